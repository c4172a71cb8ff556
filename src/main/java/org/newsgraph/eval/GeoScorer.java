package org.newsgraph.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;
import org.newsgraph.extract.nlp.CoreNlpAnalyzer;
import org.newsgraph.ingest.Article;
import org.newsgraph.link.Entity;
import org.newsgraph.link.LinkedArticle;
import org.newsgraph.pipeline.ArticleProcessor;

/**
 * Scores the product's toponyms against GeoVirus and LGL (see {@link GeoCorpus}): each article's text is
 * run through {@link ArticleProcessor#link} as the body of an undated article; its system toponyms are
 * the country, city and place mentions whose entity has coordinates. A system and a gold toponym match
 * when their spans overlap (one to one, largest overlap first). Reported: toponym P/R/F1; on matched
 * toponyms whose gold has coordinates, the share within 161 km (100 miles, the usual geoparsing
 * threshold) and the mean error; on matched toponyms whose gold has a GeoNames id (LGL), the share with
 * the same id.
 */
public final class GeoScorer {

    /** Default location, relative to the project root. */
    public static final Path DEFAULT_DIR = Path.of("../shared/eval/geo");
    public static final List<String> FILES = List.of("GeoVirus.xml", "lgl.xml");

    static final double KM_161 = 161.0;
    private static final Set<MentionType> PLACE_TYPES = Set.of(MentionType.COUNTRY, MentionType.CITY, MentionType.PLACE);

    /**
     * Counts over one corpus (or several, summed).
     *
     * @param misplaced gold toponyms dropped because their name is not at their stated offsets
     * @param unresolved system place mentions left out for lack of coordinates
     * @param withCoordinates matched pairs whose gold has coordinates
     * @param withId matched pairs whose gold has a GeoNames id
     * @param mentionsMatched gold toponyms matched by any system place mention, with a point or without
     *     (the unresolved ones are {@code unresolved}); toponym detection regardless of resolution
     */
    public record Result(String corpus, int articles, int gold, int system, int matched, int misplaced, int unresolved,
                         int withCoordinates, int within161, double errorKmSum, int withId, int sameId, long nanos,
                         int mentionsMatched) {

        public double precision() { return ratio(matched, system); }
        public double recall() { return ratio(matched, gold); }
        public double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
        /** Share of matched toponyms (gold with coordinates) resolved within 161 km. */
        public double accuracy161() { return ratio(within161, withCoordinates); }
        public double meanErrorKm() { return withCoordinates == 0 ? 0 : errorKmSum / withCoordinates; }
        /** Share of matched toponyms (gold with a GeoNames id) resolved to that very id. */
        public double exactId() { return ratio(sameId, withId); }
        public double millisPerArticle() { return articles == 0 ? 0 : nanos / 1e6 / articles; }
        /** F1 of place mentions with or without a point against gold toponyms: detection alone. */
        public double mentionF1() {
            double p = ratio(mentionsMatched, system + unresolved), r = ratio(mentionsMatched, gold);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Result plus(Result o) {
            return new Result(corpus + "+" + o.corpus, articles + o.articles, gold + o.gold, system + o.system,
                    matched + o.matched, misplaced + o.misplaced, unresolved + o.unresolved,
                    withCoordinates + o.withCoordinates, within161 + o.within161, errorKmSum + o.errorKmSum,
                    withId + o.withId, sameId + o.sameId, nanos + o.nanos, mentionsMatched + o.mentionsMatched);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-14s %4d articles  toponyms P %.3f R %.3f F1 %.3f (gold %d, system %d,"
                            + " matched %d, misplaced gold %d, unresolved system %d)  acc@161km %.3f (%d/%d, mean error %.0f km)"
                            + "  exact GeoNames id %s  mention F1 %.3f (with or without a point)  %.0f ms/article",
                    corpus, articles, precision(), recall(), f1(), gold, system, matched, misplaced, unresolved,
                    accuracy161(), within161, withCoordinates, meanErrorKm(),
                    withId == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f (%d/%d)", exactId(), sameId, withId),
                    mentionF1(), millisPerArticle());
        }

        private static double ratio(int a, int b) { return b == 0 ? 0 : (double) a / b; }
    }

    /** A system toponym: its span and the coordinates and GeoNames id of its entity. */
    record SystemToponym(int begin, int end, String text, double lat, double lon, String geonamesId) {
    }

    private GeoScorer() {
    }

    /** Scores each corpus file under {@code dir} that exists, in {@link #FILES} order. */
    public static List<Result> score(Path dir, ArticleProcessor processor, PrintStream errors) throws IOException {
        List<Result> out = new ArrayList<>();
        for (String f : FILES) {
            Path p = dir.resolve(f);
            if (Files.isRegularFile(p)) {
                out.add(scoreFile(p, processor, errors));
            }
        }
        return out;
    }

    /** The sum of several results. */
    public static Result overall(List<Result> results) {
        Result all = null;
        for (Result r : results) {
            all = all == null ? r : all.plus(r);
        }
        return all == null ? null : new Result("overall", all.articles(), all.gold(), all.system(), all.matched(),
                all.misplaced(), all.unresolved(), all.withCoordinates(), all.within161(), all.errorKmSum(),
                all.withId(), all.sameId(), all.nanos(), all.mentionsMatched());
    }

    public static Result scoreFile(Path file, ArticleProcessor processor, PrintStream errors) throws IOException {
        String corpus = file.getFileName().toString().replaceFirst("\\.xml$", "");
        int gold = 0, system = 0, matched = 0, misplaced = 0, unresolved = 0, withCoords = 0, within = 0, withId = 0,
                sameId = 0, mentionsMatched = 0;
        double errorSum = 0;
        long nanos = 0;
        List<GeoCorpus.Doc> docs = GeoCorpus.read(file);
        for (GeoCorpus.Doc d : docs) {
            long t0 = System.nanoTime();
            LinkedArticle linked = processor.link(article(d));
            nanos += System.nanoTime() - t0;
            List<SystemToponym> sys = new ArrayList<>();
            List<SystemToponym> mentions = new ArrayList<>();
            for (Mention m : linked.extraction().mentions()) {
                if (!PLACE_TYPES.contains(m.type())) {
                    continue;
                }
                mentions.add(new SystemToponym(m.begin(), m.end(), m.text(), 0, 0, null));
                Entity e = linked.entityOf(m);
                if (e == null || !e.hasCoordinates()) {
                    unresolved++;
                    continue;
                }
                sys.add(new SystemToponym(m.begin(), m.end(), m.text(), e.latitude(), e.longitude(), e.geonames()));
            }
            gold += d.toponyms().size();
            system += sys.size();
            misplaced += d.misplaced();
            mentionsMatched += (int) java.util.Arrays.stream(match(mentions, d.toponyms())).filter(i -> i >= 0).count();
            int[] pairOf = match(sys, d.toponyms());
            boolean[] sysMatched = new boolean[sys.size()];
            for (int g = 0; g < pairOf.length; g++) {
                GeoCorpus.Toponym t = d.toponyms().get(g);
                if (pairOf[g] < 0) {
                    report(errors, corpus, d, "MISSED", t.name(), t.begin(), "");
                    continue;
                }
                matched++;
                SystemToponym s = sys.get(pairOf[g]);
                sysMatched[pairOf[g]] = true;
                if (t.hasCoordinates()) {
                    withCoords++;
                    double km = distanceKm(t.lat(), t.lon(), s.lat(), s.lon());
                    errorSum += km;
                    if (km <= KM_161) {
                        within++;
                    } else {
                        report(errors, corpus, d, "FAR", t.name(), t.begin(), String.format(Locale.ROOT,
                                "%.0f km: system %s (%.2f,%.2f) gold (%.2f,%.2f)", km, s.geonamesId(), s.lat(), s.lon(),
                                t.lat(), t.lon()));
                    }
                }
                if (t.geonamesId() != null) {
                    withId++;
                    if (t.geonamesId().equals(s.geonamesId())) {
                        sameId++;
                    }
                }
            }
            for (int i = 0; i < sys.size(); i++) {
                if (!sysMatched[i]) {
                    report(errors, corpus, d, "SPURIOUS", sys.get(i).text(), sys.get(i).begin(), "");
                }
            }
        }
        return new Result(corpus, docs.size(), gold, system, matched, misplaced, unresolved, withCoords, within,
                errorSum, withId, sameId, nanos, mentionsMatched);
    }

    /** For each gold toponym the index of its system toponym, or -1: one to one, largest overlap first. */
    static int[] match(List<SystemToponym> sys, List<GeoCorpus.Toponym> gold) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < sys.size(); i++) {
            for (int j = 0; j < gold.size(); j++) {
                int o = Math.min(sys.get(i).end(), gold.get(j).end()) - Math.max(sys.get(i).begin(), gold.get(j).begin());
                if (o > 0) {
                    pairs.add(new int[] {o, i, j});
                }
            }
        }
        pairs.sort((a, b) -> a[0] != b[0] ? Integer.compare(b[0], a[0]) : Integer.compare(a[2], b[2]));
        int[] pairOf = new int[gold.size()];
        java.util.Arrays.fill(pairOf, -1);
        boolean[] used = new boolean[sys.size()];
        for (int[] p : pairs) {
            if (!used[p[1]] && pairOf[p[2]] < 0) {
                used[p[1]] = true;
                pairOf[p[2]] = p[1];
            }
        }
        return pairOf;
    }

    /** Great-circle distance in km on a sphere of radius 6,371 km. */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** The article the product sees: the text as body, no headline, date or dateline. */
    static Article article(GeoCorpus.Doc d) {
        return new Article(d.id(), null, null, "", null, List.of(), null, null, null, null, "en", null, -1, 0, d.text());
    }

    private static void report(PrintStream errors, String corpus, GeoCorpus.Doc d, String what, String name, int at,
            String detail) {
        if (errors != null) {
            String ctx = d.text().substring(Math.max(0, at - 40), Math.min(d.text().length(), at + name.length() + 40))
                    .replace('\n', ' ');
            errors.println(corpus + "\t" + d.id() + "\t" + what + "\t" + name + "\t" + detail + "\t" + ctx);
        }
    }

    /** Prints per-corpus and overall results; {@code args[0]} the corpus folder, {@code args[1]} an error file. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : DEFAULT_DIR.toString());
        PrintStream errors = args.length > 1 ? new PrintStream(args[1], java.nio.charset.StandardCharsets.UTF_8) : null;
        List<Result> results = score(dir, new ArticleProcessor(CoreNlpAnalyzer.shared()), errors);
        results.forEach(System.out::println);
        System.out.println(overall(results));
        if (errors != null) {
            errors.close();
        }
    }
}
