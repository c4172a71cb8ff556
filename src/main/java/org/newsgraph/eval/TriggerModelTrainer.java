package org.newsgraph.eval;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.TextAnalysis;
import org.newsgraph.extract.Token;
import org.newsgraph.extract.event.Categories;
import org.newsgraph.extract.event.TriggerFeatures;
import org.newsgraph.extract.event.TriggerModel;
import org.newsgraph.extract.nlp.CoreNlpAnalyzer;

/**
 * Trains the learned trigger model ({@link TriggerModel}) on event sets whose events carry their trigger words
 * ({@code "trigger"}: the exact words of the sentence, or null for an event no words express). Each candidate token
 * of a sentence is one example: the category of the gold trigger that covers it, or {@link TriggerModel#NONE}.
 * Sentences with an event lacking the trigger field are skipped (their tokens would be false negatives).
 *
 * <p>Multinomial logistic regression, fitted by AdaGrad with L2 regularisation and a fixed shuffling seed, so the
 * same data gives the same model.
 */
public final class TriggerModelTrainer {

    /** One token: its feature ids and its class. */
    record Example(int[] features, int label) {
    }

    /** What was read: examples, and counts for the report. */
    record Data(List<Example> examples, int sentences, int skipped, int triggers, int unaligned) {
    }

    private final Map<String, Integer> ids = new LinkedHashMap<>();
    private final String[] classes;

    public TriggerModelTrainer() {
        List<String> c = new ArrayList<>();
        c.add(TriggerModel.NONE);
        c.addAll(Categories.PLOVER);
        this.classes = c.toArray(String[]::new);
    }

    /** Reads the sets' sentences into examples, analysing each sentence with CoreNLP as the event scorer does. */
    Data read(List<Path> files) throws IOException {
        CoreNlpAnalyzer analyzer = CoreNlpAnalyzer.shared();
        List<Example> out = new ArrayList<>();
        int sentences = 0, skipped = 0, triggers = 0, unaligned = 0;
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonObject o = JsonParser.parseString(line).getAsJsonObject();
                String text = o.get("text").getAsString();
                Map<int[], String> spans = new HashMap<>();
                boolean complete = true;
                for (JsonElement e : o.getAsJsonArray("events")) {
                    JsonObject ev = e.getAsJsonObject();
                    if (!ev.has("trigger")) {
                        complete = false;
                    } else if (!ev.get("trigger").isJsonNull()) {
                        String trig = ev.get("trigger").getAsString();
                        int at = text.indexOf(trig);
                        triggers++;
                        if (at < 0) {
                            unaligned++;
                        } else {
                            spans.put(new int[] {at, at + trig.length()}, ev.get("category").getAsString());
                        }
                    }
                }
                if (!complete) {
                    skipped++;
                    continue;
                }
                sentences++;
                TextAnalysis a = analyzer.analyze(text);
                for (Sentence s : a.sentences()) {
                    List<Token> t = a.tokens(s);
                    List<List<String>> feats = TriggerFeatures.ofSentence(t);
                    for (int i = 0; i < t.size(); i++) {
                        if (feats.get(i) != null) {
                            out.add(new Example(index(feats.get(i)), label(t.get(i), spans)));
                        }
                    }
                }
            }
        }
        return new Data(out, sentences, skipped, triggers, unaligned);
    }

    private int[] index(List<String> f) {
        int[] x = new int[f.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = ids.computeIfAbsent(f.get(i), k -> ids.size());
        }
        return x;
    }

    private int label(Token k, Map<int[], String> spans) {
        for (Map.Entry<int[], String> e : spans.entrySet()) {
            if (k.begin() < e.getKey()[1] && e.getKey()[0] < k.end()) {
                int c = List.of(classes).indexOf(e.getValue());
                return Math.max(c, 0);
            }
        }
        return 0;
    }

    /** Fits the weights: {@code epochs} passes of AdaGrad over the shuffled examples. */
    TriggerModel train(List<Example> examples, int epochs, double rate, double l2, double add, double veto) {
        int n = ids.size();
        int k = classes.length;
        double[][] w = new double[n][k];
        double[][] g2 = new double[n][k];
        List<Example> order = new ArrayList<>(examples);
        Random rnd = new Random(20261130L);
        double[] z = new double[k];
        for (int epoch = 0; epoch < epochs; epoch++) {
            java.util.Collections.shuffle(order, rnd);
            for (Example ex : order) {
                java.util.Arrays.fill(z, 0);
                for (int f : ex.features()) {
                    for (int c = 0; c < k; c++) {
                        z[c] += w[f][c];
                    }
                }
                double max = java.util.Arrays.stream(z).max().orElse(0);
                double sum = 0;
                for (int c = 0; c < k; c++) {
                    z[c] = Math.exp(z[c] - max);
                    sum += z[c];
                }
                for (int c = 0; c < k; c++) {
                    double grad = z[c] / sum - (c == ex.label() ? 1 : 0);
                    for (int f : ex.features()) {
                        double g = grad + l2 * w[f][c];
                        g2[f][c] += g * g;
                        w[f][c] -= rate * g / Math.sqrt(g2[f][c] + 1e-8);
                    }
                }
            }
        }
        Map<String, float[]> weights = new HashMap<>();
        for (Map.Entry<String, Integer> e : ids.entrySet()) {
            float[] v = new float[k];
            boolean any = false;
            for (int c = 0; c < k; c++) {
                v[c] = Math.abs(w[e.getValue()][c]) < 1e-3 ? 0 : (float) w[e.getValue()][c];
                any |= v[c] != 0;
            }
            if (any) {
                weights.put(e.getKey(), v);
            }
        }
        return new TriggerModel(classes, weights, add, veto);
    }

    /**
     * {@code newsgraph eval events-train FILE... --out MODEL [--epochs N] [--add P] [--veto P]}: trains on the files
     * and writes the model.
     */
    public static void main(String[] args) throws IOException {
        List<Path> files = new ArrayList<>();
        Path out = null;
        int epochs = 15;
        double add = 0.6;
        double veto = 0.05;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--epochs" -> epochs = Integer.parseInt(args[++i]);
                case "--add" -> add = Double.parseDouble(args[++i]);
                case "--veto" -> veto = Double.parseDouble(args[++i]);
                default -> files.add(Path.of(args[i]));
            }
        }
        if (out == null || files.isEmpty()) {
            System.err.println("usage: newsgraph eval events-train FILE... --out MODEL [--epochs N] [--add P] [--veto P]");
            System.exit(2);
        }
        TriggerModelTrainer trainer = new TriggerModelTrainer();
        Data d = trainer.read(files);
        long positives = d.examples().stream().filter(e -> e.label() != 0).count();
        TriggerModel m = trainer.train(d.examples(), epochs, 0.1, 1e-4, add, veto);
        m.write(out);
        System.out.printf(Locale.ROOT, "%d sentences (%d skipped: events without trigger), %d triggers (%d not found in their"
                + " sentence), %d token examples (%d in triggers), %d features -> %s%n", d.sentences(), d.skipped(),
                d.triggers(), d.unaligned(), d.examples().size(), positives, trainer.ids.size(), out);
    }
}
