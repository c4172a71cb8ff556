package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.nlp.CoreNlpAnalyzer;
import org.newsgraph.pipeline.ArticleProcessor;

/**
 * Runs the geoparsing scorer on GeoVirus (about 40 s) and LGL (about 50 s) and guards the reached numbers
 * minus a small margin; the offset conventions of both files are checked on their own. Skipped when
 * ../shared is absent.
 */
class GeoScorerTest {

    private static final Path DIR = GeoScorer.DEFAULT_DIR;
    private static final double MARGIN = 0.02;

    @Test
    void geoVirusOffsetsAreOneBasedAndAllNamesAreFound() throws Exception {
        Path f = DIR.resolve("GeoVirus.xml");
        assumeTrue(Files.isRegularFile(f), "GeoVirus not available");
        List<GeoCorpus.Doc> docs = GeoCorpus.read(f);
        assertEquals(0, docs.stream().mapToInt(GeoCorpus.Doc::misplaced).sum());
        for (GeoCorpus.Doc d : docs) {
            for (GeoCorpus.Toponym t : d.toponyms()) {
                assertEquals(t.name(), d.text().substring(t.begin(), t.end()));
            }
        }
    }

    @Test
    void lglOffsetsAreZeroBased() throws Exception {
        Path f = DIR.resolve("lgl.xml");
        assumeTrue(Files.isRegularFile(f), "LGL not available");
        List<GeoCorpus.Doc> docs = GeoCorpus.read(f);
        assertEquals(0, docs.stream().mapToInt(GeoCorpus.Doc::misplaced).sum());
        assertTrue(docs.stream().flatMap(d -> d.toponyms().stream()).anyMatch(t -> t.geonamesId() != null));
    }

    @Test
    void geoVirusDoesNotRegress() throws Exception {
        Path f = DIR.resolve("GeoVirus.xml");
        assumeTrue(Files.isRegularFile(f), "GeoVirus not available");
        GeoScorer.Result r = GeoScorer.scoreFile(f, new ArticleProcessor(CoreNlpAnalyzer.shared()), null);
        System.out.println(r);
        assertTrue(r.f1() >= Reached.GEOVIRUS_F1 - MARGIN, r.toString());
        assertTrue(r.accuracy161() >= Reached.GEOVIRUS_ACC161 - MARGIN, r.toString());
    }

    @Test
    void lglDoesNotRegress() throws Exception {
        Path f = DIR.resolve("lgl.xml");
        assumeTrue(Files.isRegularFile(f), "LGL not available");
        GeoScorer.Result r = GeoScorer.scoreFile(f, new ArticleProcessor(CoreNlpAnalyzer.shared()), null);
        System.out.println(r);
        assertTrue(r.f1() >= Reached.LGL_F1 - MARGIN, r.toString());
        assertTrue(r.accuracy161() >= Reached.LGL_ACC161 - MARGIN, r.toString());
        assertTrue(r.exactId() >= Reached.LGL_EXACT_ID - MARGIN, r.toString());
    }

    @Test
    void mentionF1CountsPlaceMentionsWithoutAPointToo() {
        // 10 gold; 6 mentions with a point and 2 without; 7 of the 8 overlap gold
        GeoScorer.Result r = new GeoScorer.Result("x", 1, 10, 6, 5, 0, 2, 5, 5, 0, 0, 0, 0, 7);
        assertEquals(2 * (7 / 8.0) * (7 / 10.0) / (7 / 8.0 + 7 / 10.0), r.mentionF1(), 1e-9);
        assertEquals(2 * (5 / 6.0) * (5 / 10.0) / (5 / 6.0 + 5 / 10.0), r.f1(), 1e-9);
    }

    @Test
    void distanceIsGreatCircle() {
        // Paris to London, about 344 km
        double km = GeoScorer.distanceKm(48.8566, 2.3522, 51.5074, -0.1278);
        assertTrue(km > 340 && km < 348, "distance " + km);
    }

    /** The numbers reached when this test was last updated. */
    private static final class Reached {
        static final double GEOVIRUS_F1 = 0.882;
        static final double GEOVIRUS_ACC161 = 0.847;
        static final double LGL_F1 = 0.623;
        static final double LGL_ACC161 = 0.852;
        static final double LGL_EXACT_ID = 0.614;
    }
}
