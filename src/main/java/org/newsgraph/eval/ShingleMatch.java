package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word-shingle comparison of an extracted text with the true text, as the Zyte article-extraction
 * benchmark measures it: tokens are maximal runs of Unicode word characters (letters, numbers,
 * underscore; case kept), shingles are runs of four consecutive tokens (a text shorter than four tokens is
 * one shingle), and true positives, false positives and false negatives are multiset counts of shingles,
 * normalised to sum to 1 so long texts weigh no more than short ones.
 *
 * @param tp share of shingles found in both texts
 * @param fp share found only in the prediction
 * @param fn share found only in the truth
 */
public record ShingleMatch(double tp, double fp, double fn) {

    static final int SHINGLE_SIZE = 4;

    /** Compares {@code predicted} with {@code truth}; null counts as empty. */
    public static ShingleMatch of(String truth, String predicted) {
        Map<String, Integer> t = shingles(truth);
        Map<String, Integer> p = shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        for (Map.Entry<String, Integer> e : t.entrySet()) {
            int tc = e.getValue();
            int pc = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(tc, pc);
            fn += Math.max(0, tc - pc);
        }
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            int tc = t.getOrDefault(e.getKey(), 0);
            fp += Math.max(0, e.getValue() - tc);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new ShingleMatch(tp / sum, fp / sum, fn / sum) : new ShingleMatch(0, 0, 0);
    }

    /** Precision as the benchmark defines it (1 when nothing is wrong, 0 when nothing is right). */
    public double precision() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
    }

    /** Recall as the benchmark defines it. */
    public double recall() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
    }

    /** Whether this pair takes part in the mean precision (something was predicted). */
    public boolean hasPrediction() {
        return tp + fp > 0;
    }

    /** Whether this pair takes part in the mean recall (there was something to find). */
    public boolean hasTruth() {
        return tp + fn > 0;
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            boolean word = isWordChar(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** Python's {@code \w} on str patterns: alphabetic, any numeric, or underscore. */
    private static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<String, Integer> counts = new HashMap<>();
        int n = Math.max(1, tokens.size() - SHINGLE_SIZE + 1);
        for (int i = 0; i < n && !tokens.isEmpty(); i++) {
            // U+0001 cannot occur inside a token, so joined keys are unambiguous
            String key = String.join("\u0001", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE_SIZE)));
            counts.merge(key, 1, Integer::sum);
        }
        return counts;
    }
}
