package org.newsgraph.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the geoparsing corpora of Gritta et al. ("A Pragmatic Guide to Geoparsing Evaluation"): GeoVirus
 * ({@code <location>} with name, start, end, lat, lon and a Wikipedia page) and LGL ({@code <toponym>} with
 * phrase, start, end and, when resolved, a {@code <gaztag geonameid>} with lat and lon).
 *
 * <p>Offsets: LGL's are 0-based char offsets into the text, end exclusive. GeoVirus's are one more than
 * that in all 2,170 toponyms of the published file (1-based start, end exclusive in 1-based terms): the text at
 * {@code [start - 1, end - 1)} is the name. The reader applies the corpus's declared shift, then checks the
 * name is there; a toponym whose name is not found within a few chars of the declared place is dropped and
 * counted in {@link Doc#misplaced()}, never silently kept at a wrong span.
 */
final class GeoCorpus {

    /** A gold toponym: span in the text (0-based, end exclusive), coordinates (NaN when unresolved), GeoNames id or null. */
    record Toponym(int begin, int end, String name, double lat, double lon, String geonamesId) {
        boolean hasCoordinates() {
            return !Double.isNaN(lat) && !Double.isNaN(lon);
        }
    }

    /** One article of a corpus with its gold toponyms. */
    record Doc(String id, String text, List<Toponym> toponyms, int misplaced) {
    }

    /** The offset convention of a corpus: what to add to the file's offsets to get 0-based ones. */
    enum Format {
        GEOVIRUS("location", "name", -1), LGL("toponym", "phrase", 0);

        final String element;
        final String nameElement;
        final int shift;

        Format(String element, String nameElement, int shift) {
            this.element = element;
            this.nameElement = nameElement;
            this.shift = shift;
        }

        static Format of(Path file) {
            return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).startsWith("lgl") ? LGL : GEOVIRUS;
        }
    }

    private GeoCorpus() {
    }

    static List<Doc> read(Path file) throws IOException {
        Format f = Format.of(file);
        Document xml = SafeXml.parse(file);
        NodeList articles = xml.getElementsByTagName("article");
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < articles.getLength(); i++) {
            Element a = (Element) articles.item(i);
            String text = child(a, "text");
            String id = a.hasAttribute("docid") ? a.getAttribute("docid") : f.name().toLowerCase(java.util.Locale.ROOT) + "-" + i;
            List<Toponym> gold = new ArrayList<>();
            int misplaced = 0;
            NodeList ts = a.getElementsByTagName(f.element);
            for (int k = 0; k < ts.getLength(); k++) {
                Toponym t = toponym((Element) ts.item(k), f, text);
                if (t == null) {
                    misplaced++;
                } else {
                    gold.add(t);
                }
            }
            docs.add(new Doc(id, text == null ? "" : text, gold, misplaced));
        }
        return docs;
    }

    private static Toponym toponym(Element e, Format f, String text) {
        String name = child(e, f.nameElement);
        int begin = Integer.parseInt(child(e, "start").strip()) + f.shift;
        int end = Integer.parseInt(child(e, "end").strip()) + f.shift;
        int at = locate(text, name, begin);
        if (at < 0) {
            return null;
        }
        end = at + (end - begin);
        begin = at;
        Element coords = e;
        String geonamesId = null;
        if (f == Format.LGL) {
            NodeList g = e.getElementsByTagName("gaztag");
            coords = g.getLength() == 0 ? null : (Element) g.item(0);
            geonamesId = coords == null ? null : coords.getAttribute("geonameid");
        }
        double lat = coords == null ? Double.NaN : number(child(coords, "lat"));
        double lon = coords == null ? Double.NaN : number(child(coords, "lon"));
        return new Toponym(begin, end, name, lat, lon, geonamesId == null || geonamesId.isEmpty() ? null : geonamesId);
    }

    /** Where {@code name} is written: at {@code begin}, else the nearest place within 3 chars, else -1. */
    static int locate(String text, String name, int begin) {
        if (text == null || name == null) {
            return -1;
        }
        for (int d = 0; d <= 3; d++) {
            for (int at : new int[] {begin - d, begin + d}) {
                if (at >= 0 && text.startsWith(name, at)) {
                    return at;
                }
            }
        }
        return -1;
    }

    private static double number(String s) {
        return s == null || s.isBlank() ? Double.NaN : Double.parseDouble(s.strip());
    }

    private static String child(Element e, String tag) {
        NodeList l = e.getElementsByTagName(tag);
        return l.getLength() == 0 ? null : l.item(0).getTextContent();
    }
}
