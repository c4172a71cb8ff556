package org.newsgraph.eval;

import org.newsgraph.extract.time.TimeFinder;
import org.newsgraph.extract.time.TimeMention;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Scores {@link TimeFinder} on the TIMEX3 markables of MEANTIME (English Wikinews, CAT XML) with the measures of
 * {@link TimeBankScorer}, as a cross-check on a corpus the rules were not written on. The reference date is the
 * value of the CREATION_TIME markable; the date line that holds it is blanked out (it is the DCT, not a mention).
 * MEANTIME annotates times in the title and the first five sentences only, so the text is cut after sentence
 * {@link MeantimeDocument#LAST_ANNOTATED_SENTENCE}. Tokens are joined with single spaces except before closing
 * punctuation and clitics ("May 14, 2009", "GM's"), so that the finder sees ordinary prose. Articles without a
 * creation time in yyyy-mm-dd form are skipped (3 of the 120: two have none, one reads "03-02-2009").
 */
public final class MeantimeTimeScorer {

    /** Default location, relative to the project root (the files with intra- and cross-document annotation). */
    public static final Path DEFAULT_DIR = MeantimeScorer.DEFAULT_DIR;

    /** Tokens written without a space before them. */
    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "?", "!", ")", "%", "'s", "'",
            "n't", "'re", "'ve", "'ll", "'d", "'m");

    private MeantimeTimeScorer() {
    }

    /** Scores every .xml file under {@code root} (searched recursively). */
    public static TimeBankScorer.Result score(Path root, TimeFinder finder, java.io.PrintStream errors)
            throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        List<TimeMlDocument> docs = new ArrayList<>();
        for (Path f : files) {
            TimeMlDocument d = read(f);
            if (d != null) {
                docs.add(d);
            }
        }
        return TimeBankScorer.score(docs, finder, errors);
    }

    /** The annotated part of one article with its TIMEX3 gold; null when it has no creation time. */
    static TimeMlDocument read(Path file) throws IOException {
        Element root = SafeXml.parse(file).getDocumentElement();
        StringBuilder text = new StringBuilder();
        Map<String, int[]> span = new HashMap<>();
        NodeList tokens = root.getElementsByTagName("token");
        String sentence = null;
        for (int i = 0; i < tokens.getLength(); i++) {
            Element t = (Element) tokens.item(i);
            String s = t.getAttribute("sentence");
            if (Integer.parseInt(s) > MeantimeDocument.LAST_ANNOTATED_SENTENCE) {
                break;
            }
            String word = t.getTextContent();
            if (sentence != null) {
                boolean glued = s.equals(sentence) && (NO_SPACE_BEFORE.contains(word)
                        || text.charAt(text.length() - 1) == '(' || text.charAt(text.length() - 1) == '$');
                text.append(!s.equals(sentence) ? "\n\n" : glued ? "" : " ");
            }
            sentence = s;
            span.put(t.getAttribute("t_id"), new int[] {text.length(), text.length() + word.length()});
            text.append(word);
        }
        LocalDate creation = null;
        List<TimeMention> gold = new ArrayList<>();
        NodeList timexes = root.getElementsByTagName("TIMEX3");
        for (int i = 0; i < timexes.getLength(); i++) {
            Element x = (Element) timexes.item(i);
            int[] extent = extent(x, span);
            if (x.getAttribute("functionInDocument").equals("CREATION_TIME")) {
                creation = parseDay(x.getAttribute("value"));
                if (extent != null) {
                    for (int k = extent[0]; k < extent[1]; k++) {
                        text.setCharAt(k, ' ');
                    }
                }
            } else if (extent != null) {
                gold.add(new TimeMention(extent[0], extent[1], text.substring(extent[0], extent[1]),
                        x.getAttribute("type"), x.getAttribute("value")));
            }
        }
        if (creation == null) {
            return null;
        }
        gold.sort(java.util.Comparator.comparingInt(TimeMention::begin));
        String id = file.getFileName().toString().replaceFirst("\\.xml$", "");
        return new TimeMlDocument(id, creation, text.toString(), gold);
    }

    /** Char extent of a markable's tokens inside the kept text, or null when it has none there. */
    private static int[] extent(Element markable, Map<String, int[]> span) {
        NodeList anchors = markable.getElementsByTagName("token_anchor");
        int b = Integer.MAX_VALUE;
        int e = -1;
        for (int k = 0; k < anchors.getLength(); k++) {
            int[] s = span.get(((Element) anchors.item(k)).getAttribute("t_id"));
            if (s == null) {
                return null;
            }
            b = Math.min(b, s[0]);
            e = Math.max(e, s[1]);
        }
        return e < 0 ? null : new int[] {b, e};
    }

    private static LocalDate parseDay(String value) {
        return value.matches("\\d{4}-\\d{2}-\\d{2}.*") ? LocalDate.parse(value.substring(0, 10)) : null;
    }

    /** Usage: {@code MeantimeTimeScorer [dir] [--errors]}. */
    public static void main(String[] args) throws IOException {
        boolean showErrors = List.of(args).contains("--errors");
        Path dir = Stream.of(args).filter(a -> !a.startsWith("--")).findFirst().map(Path::of).orElse(DEFAULT_DIR);
        TimeBankScorer.print("MEANTIME", score(dir, new TimeFinder(), showErrors ? System.out : null));
    }
}
