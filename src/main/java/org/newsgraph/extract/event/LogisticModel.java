package org.newsgraph.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A multinomial logistic regression over named binary features, with the decision thresholds its user tuned, as a
 * text table: a line {@code #classes} with the class names, a line {@code #thresholds} with numbers, then one line per
 * feature with one weight per class. The learned event models ({@link TriggerModel}, {@link ArgumentModel}) are
 * such tables; {@code org.newsgraph.eval.LogisticTrainer} fits them. Immutable; thread-safe.
 */
public final class LogisticModel {

    private final String[] classes;
    private final Map<String, float[]> weights;
    private final double[] thresholds;

    public LogisticModel(String[] classes, Map<String, float[]> weights, double... thresholds) {
        this.classes = classes.clone();
        this.weights = weights;
        this.thresholds = thresholds.clone();
    }

    public List<String> classes() {
        return List.of(classes);
    }

    /** The index of class {@code name}, or -1. */
    public int classIndex(String name) {
        return Arrays.asList(classes).indexOf(name);
    }

    /** Whether the table weighs some feature whose name {@code which} accepts. */
    public boolean weighs(java.util.function.Predicate<String> which) {
        return weights.keySet().stream().anyMatch(which);
    }

    /** How many thresholds the table holds. */
    public int thresholds() {
        return thresholds.length;
    }

    public double threshold(int i) {
        return thresholds[i];
    }

    public LogisticModel withThresholds(double... t) {
        return new LogisticModel(classes, weights, t);
    }

    /** The probability of each class (in {@link #classes()} order) for features {@code f}; unknown features count nothing. */
    public double[] probabilities(List<String> f) {
        double[] z = new double[classes.length];
        for (String name : f) {
            float[] w = weights.get(name);
            if (w != null) {
                for (int c = 0; c < z.length; c++) {
                    z[c] += w[c];
                }
            }
        }
        double max = Arrays.stream(z).max().orElse(0);
        double sum = 0;
        for (int c = 0; c < z.length; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < z.length; c++) {
            z[c] /= sum;
        }
        return z;
    }

    /** Writes the table {@link #read(BufferedReader)} reads. */
    public void write(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("#classes\t" + String.join("\t", classes) + "\n");
            StringBuilder t = new StringBuilder("#thresholds");
            for (double x : thresholds) {
                t.append('\t').append(x);
            }
            w.write(t.append('\n').toString());
            List<String> names = new ArrayList<>(weights.keySet());
            names.sort(null);
            for (String n : names) {
                StringBuilder sb = new StringBuilder(n);
                for (float x : weights.get(n)) {
                    sb.append('\t').append(x == 0 ? "0" : String.format(Locale.ROOT, "%.4g", x));
                }
                w.write(sb.append('\n').toString());
            }
        }
    }

    /** Reads a table written by {@link #write(Path)}. */
    public static LogisticModel read(BufferedReader in) throws IOException {
        String[] classes = null;
        double[] thresholds = new double[0];
        Map<String, float[]> weights = new HashMap<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] f = line.split("\t");
            if (f[0].equals("#classes")) {
                classes = Arrays.copyOfRange(f, 1, f.length);
            } else if (f[0].equals("#thresholds")) {
                thresholds = Arrays.stream(f, 1, f.length).mapToDouble(Double::parseDouble).toArray();
            } else if (classes != null && f.length == classes.length + 1) {
                float[] v = new float[classes.length];
                for (int c = 0; c < v.length; c++) {
                    v[c] = Float.parseFloat(f[c + 1]);
                }
                weights.put(f[0], v);
            }
        }
        if (classes == null) {
            throw new IOException("no #classes line: not a model table");
        }
        return new LogisticModel(classes, weights, thresholds);
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, java.util.Optional<LogisticModel>> LOADED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * {@link #load} once per property and resource, on first need (so that a bad path is an error of the command that
     * needs the model, not of class loading); null when there is no model.
     */
    static LogisticModel cached(String property, String resource) {
        String key = property + "=" + System.getProperty(property, "") + " " + resource;
        return LOADED.computeIfAbsent(key, k -> java.util.Optional.ofNullable(load(property, resource))).orElse(null);
    }

    /**
     * The table named by system property {@code property} (a path; "none" for no model; "bundled" for the resource),
     * else the resource {@code resource} next to this class, else null.
     *
     * @throws UncheckedIOException naming the file when it cannot be read or is no model table
     */
    static LogisticModel load(String property, String resource) {
        String override = System.getProperty(property);
        try {
            if (override != null && !override.equals("bundled")) {
                return override.equals("none") ? null : read(Files.newBufferedReader(Path.of(override), StandardCharsets.UTF_8));
            }
            InputStream in = LogisticModel.class.getResourceAsStream(resource);
            if (in == null) {
                return null;
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return read(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model " + (override != null ? override : resource) + " ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
    }

    /** The table with thresholds overridden by the system properties {@code property.<name>} that are set. */
    static LogisticModel tuned(LogisticModel m, String property, String... names) {
        if (m == null) {
            return null;
        }
        double[] t = m.thresholds.clone();
        for (int i = 0; i < names.length && i < t.length; i++) {
            String v = System.getProperty(property + "." + names[i]);
            t[i] = v == null ? t[i] : Double.parseDouble(v);
        }
        return m.withThresholds(t);
    }
}
