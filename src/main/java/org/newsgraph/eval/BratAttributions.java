package org.newsgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads PolNeAR attributions from brat standoff: {@code T} lines hold labelled spans ("Source", "Cue",
 * "Content"), possibly discontinuous ("start end;start end"); {@code E} lines tie one attribution's spans
 * together. A few attributions have a second content span under the role "Content2" (the rest of a quote
 * interrupted by its frame: "“A,” said X. “B.”"); its parts join the content. A few have Source and Cue
 * swapped by the annotator ("Source: said", "Cue: Obama"); those are read back the right way round. A span's
 * text may run over several lines; apart from that check only the offsets are used. Offsets are UTF-16 chars.
 */
final class BratAttributions {

    /** One gold attribution: content, source and cue parts (source and cue empty when not in the text). */
    record Gold(List<int[]> content, List<int[]> source, List<int[]> cue) {
    }

    private static final Pattern T_LINE = Pattern.compile("^T\\d+\t.*");
    private static final Pattern E_LINE = Pattern.compile("^E\\d+\t.*");

    private BratAttributions() {
    }

    static List<Gold> read(Path ann) throws IOException {
        Map<String, List<int[]>> spans = new HashMap<>();
        Map<String, String> words = new HashMap<>();
        List<String> events = new ArrayList<>();
        for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
            if (T_LINE.matcher(line).matches()) {
                String[] f = line.split("\t", 3);
                String offsets = f[1].substring(f[1].indexOf(' ') + 1);
                spans.put(f[0], parse(offsets));
                words.put(f[0], f.length > 2 ? f[2] : "");
            } else if (E_LINE.matcher(line).matches()) {
                events.add(line.split("\t", 3)[1]);
            }
        }
        List<Gold> out = new ArrayList<>();
        for (String e : events) {
            List<int[]> content = new ArrayList<>();
            List<int[]> source = List.of();
            List<int[]> cue = List.of();
            String sourceWords = "", cueWords = "";
            for (String arg : e.trim().split("\\s+")) {
                int colon = arg.indexOf(':');
                String role = arg.substring(0, colon);
                String id = arg.substring(colon + 1);
                List<int[]> s = spans.get(id);
                if (s == null) continue;
                if (role.startsWith("Content")) content.addAll(s);
                if (role.equals("Source")) {
                    source = s;
                    sourceWords = words.get(id);
                }
                if (role.equals("Cue")) {
                    cue = s;
                    cueWords = words.get(id);
                }
            }
            if (isSwapped(sourceWords, cueWords)) {
                List<int[]> x = source;
                source = cue;
                cue = x;
            }
            content.sort((x, y) -> Integer.compare(x[0], y[0]));
            if (!content.isEmpty()) out.add(new Gold(content, source, cue));
        }
        return out;
    }

    /** Speech verbs that, found as a whole Source span, show that the annotator swapped Source and Cue. */
    private static final java.util.Set<String> CUE_WORDS = java.util.Set.of("said", "says", "say", "told", "tells",
            "wrote", "writes", "added", "adds", "asked", "explained", "noted");

    /**
     * A handful of attributions have their labels swapped ("Source: said", "Cue: Obama"); they are read back
     * the right way round.
     */
    static boolean isSwapped(String sourceWords, String cueWords) {
        return CUE_WORDS.contains(sourceWords.trim().toLowerCase(java.util.Locale.ROOT))
                && !CUE_WORDS.contains(cueWords.trim().toLowerCase(java.util.Locale.ROOT)) && !cueWords.isBlank();
    }

    private static List<int[]> parse(String offsets) {
        List<int[]> out = new ArrayList<>();
        for (String part : offsets.split(";")) {
            String[] be = part.trim().split(" ");
            out.add(new int[] {Integer.parseInt(be[0]), Integer.parseInt(be[1])});
        }
        return out;
    }
}
