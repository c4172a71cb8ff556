package org.newsgraph.eval;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The argument model's training examples of one file kept on disk, so that cross-validation folds do not run the
 * pipeline and the parser again over the same slices. One line per gold event: its candidates' labels joined by
 * commas ("-" for none), then a tab-separated field per candidate with its features joined by U+001F (feature names may
 * hold spaces). Only what training needs is kept: the gold names and the candidates' mentions are not.
 */
final class ExampleCache {

    private static final String SEP = "\u001f";

    private ExampleCache() {
    }

    static void write(List<ArgumentModelTrainer.Event> events, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (ArgumentModelTrainer.Event e : events) {
                StringBuilder line = new StringBuilder(e.labels().length == 0 ? "-" : join(e.labels()));
                for (List<String> f : e.features()) {
                    line.append('\t').append(String.join(SEP, f));
                }
                w.write(line.toString());
                w.newLine();
            }
        }
    }

    static List<ArgumentModelTrainer.Event> read(Path file) throws IOException {
        List<ArgumentModelTrainer.Event> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] fields = line.split("\t", -1);
                int[] labels = fields[0].equals("-") ? new int[0]
                        : Arrays.stream(fields[0].split(",")).mapToInt(Integer::parseInt).toArray();
                if (labels.length != fields.length - 1) {
                    throw new IOException(file + ": a line whose labels and candidates differ in number; delete the cache");
                }
                List<List<String>> features = new ArrayList<>(labels.length);
                for (int i = 1; i < fields.length; i++) {
                    features.add(List.of(fields[i].split(SEP, -1)));
                }
                out.add(new ArgumentModelTrainer.Event(features, labels, null, null, List.of()));
            }
        }
        return out;
    }

    private static String join(int[] labels) {
        StringBuilder s = new StringBuilder();
        for (int l : labels) {
            s.append(s.isEmpty() ? "" : ",").append(l);
        }
        return s.toString();
    }
}
