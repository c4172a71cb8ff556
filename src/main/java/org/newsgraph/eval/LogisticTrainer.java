package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.newsgraph.extract.event.LogisticModel;

/**
 * Fits a {@link LogisticModel}: multinomial logistic regression by AdaGrad with L2 regularisation, over named binary
 * features that occur in at least a given number of examples. The shuffling seed is fixed, so the same examples give
 * the same model. Not thread-safe.
 */
final class LogisticTrainer {

    /** One example: its feature ids and its class index. */
    record Example(int[] features, int label) {
    }

    private final Map<String, Integer> ids = new LinkedHashMap<>();

    /** The ids of feature names, numbering new names as they come. */
    int[] index(List<String> names) {
        int[] x = new int[names.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = ids.computeIfAbsent(names.get(i), k -> ids.size());
        }
        return x;
    }

    int features() {
        return ids.size();
    }

    /**
     * @param minCount   features in fewer examples than this are dropped
     * @param thresholds the decision thresholds to store with the model
     */
    LogisticModel fit(List<Example> examples, String[] classes, int epochs, double rate, double l2, int minCount,
            double... thresholds) {
        int[] count = new int[ids.size()];
        for (Example e : examples) {
            for (int f : e.features()) {
                count[f]++;
            }
        }
        List<Example> order = new ArrayList<>();
        for (Example e : examples) {
            order.add(new Example(Arrays.stream(e.features()).filter(f -> count[f] >= minCount).toArray(), e.label()));
        }
        int k = classes.length;
        double[][] w = new double[ids.size()][k];
        double[][] g2 = new double[ids.size()][k];
        Random rnd = new Random(20261130L);
        double[] z = new double[k];
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, rnd);
            for (Example ex : order) {
                Arrays.fill(z, 0);
                for (int f : ex.features()) {
                    for (int c = 0; c < k; c++) {
                        z[c] += w[f][c];
                    }
                }
                double max = Arrays.stream(z).max().orElse(0);
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
                double x = w[e.getValue()][c];
                v[c] = Math.abs(x) < 1e-3 ? 0 : (float) x;
                any |= v[c] != 0;
            }
            if (any) {
                weights.put(e.getKey(), v);
            }
        }
        return new LogisticModel(classes, weights, thresholds);
    }
}
