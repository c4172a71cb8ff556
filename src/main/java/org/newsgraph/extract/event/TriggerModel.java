package org.newsgraph.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.Token;

/**
 * A learned trigger classifier: multinomial logistic regression over {@link TriggerFeatures}, trained on sentences
 * whose events carry their trigger words ({@code src/test/resources/events/train}). It reads every candidate token
 * of a sentence as one of the PLOVER categories or none. The event finder uses it two ways: a rule's event whose
 * category the model finds very unlikely at the rule's head is dropped, and a token the model reads as a trigger with
 * high probability, where no rule made an event, is tried as a trigger of its own (the rules still find its
 * participants and mood); inside the match of a rule that made no event (its actor or counterpart not found), a lower
 * probability suffices.
 *
 * <p>The model is a text table ({@code trigger-model.tsv} next to this class, written by
 * {@code newsgraph eval events-train}): a header line with the class names, the thresholds, then one line per
 * feature with one weight per class. Immutable once read; thread-safe.
 */
public final class TriggerModel {

    /** The class of tokens that are no trigger. */
    public static final String NONE = "NONE";
    /**
     * Turns the model on: "bundled" for the table the program ships with, a path for another (cross-validation), or
     * "none". Off when unset: since the fiftieth round the rules find the events alone by default, because the model's
     * extra events cost more precision than they bring recall (see {@link #bundled()}).
     */
    public static final String PROPERTY = "newsgraph.triggerModel";
    private static final String RESOURCE = "trigger-model.tsv";

    private final LogisticModel m;
    private final String[] classes;
    private final double add;
    private final double veto;
    private final double rescue;
    /** The categories the model may add events of (property {@code .categories}, comma-separated); null for all. */
    private final java.util.Set<String> adds = categoriesAsked();

    /**
     * @param m classes {@link #NONE} and categories; thresholds add, veto, then (optional, else add) rescue: the
     *          probability from which a token inside a rule's match that made no event becomes a trigger
     */
    public TriggerModel(LogisticModel m) {
        this.m = m;
        this.classes = m.classes().toArray(String[]::new);
        this.add = m.threshold(0);
        this.veto = m.threshold(1);
        this.rescue = m.thresholds() > 2 ? m.threshold(2) : add;
    }

    /**
     * @param classes class names, {@link #NONE} among them
     * @param add     probability from which a token no rule took becomes a trigger
     * @param veto    probability of the rule's category below which a rule's event is dropped
     */
    public TriggerModel(String[] classes, Map<String, float[]> weights, double add, double veto) {
        this(new LogisticModel(classes, weights, add, veto));
    }

    /**
     * The model {@link #PROPERTY} asks for ("bundled": the one the program ships with); null when it is unset or
     * "none". Cross-validated on eight slices of the training pool, the shipped model took category precision from
     * 0.857 to 0.839 and argument precision from 0.678 to 0.655 for recall 0.609 -> 0.622, so it is off unless asked
     * for. Its thresholds may be overridden by the properties {@code newsgraph.triggerModel.add}, {@code .veto} and
     * {@code .rescue} (for tuning).
     */
    public static TriggerModel bundled() {
        if (System.getProperty(PROPERTY) == null) {
            return null;
        }
        LogisticModel t = LogisticModel.tuned(LogisticModel.cached(PROPERTY, RESOURCE), PROPERTY, "add", "veto", "rescue");
        return t == null ? null : new TriggerModel(t);
    }

    private static java.util.Set<String> categoriesAsked() {
        String v = System.getProperty(PROPERTY + ".categories");
        return v == null || v.isBlank() ? null : java.util.Set.of(v.trim().split("\\s*,\\s*"));
    }

    public TriggerModel withThresholds(double add, double veto) {
        return new TriggerModel(m.withThresholds(add, veto));
    }

    public List<String> classes() {
        return m.classes();
    }

    /** The probability of each class (in {@link #classes()} order) for a token with features {@code f}. */
    public double[] probabilities(List<String> f) {
        return m.probabilities(f);
    }

    public void write(Path file) throws IOException {
        m.write(file);
    }

    public static TriggerModel read(BufferedReader in) throws IOException {
        return new TriggerModel(LogisticModel.read(in));
    }

    /** The model's reading of one sentence, given the rules' hits and the events they made. */
    Reading read(List<Token> t, List<Triggers.Hit> hits, List<EventMention> ruleEvents) {
        boolean[] inHit = TriggerFeatures.covered(t, hits);
        double[][] p = new double[t.size()][];
        for (int i = 0; i < t.size(); i++) {
            if (TriggerFeatures.candidate(t, i, inHit)) {
                p[i] = probabilities(TriggerFeatures.of(t, i, hits, ruleEvents));
            }
        }
        return new Reading(t, p, inHit);
    }

    /** Per-token class probabilities of one sentence (null for tokens that cannot be triggers). */
    final class Reading {
        private final List<Token> t;
        private final double[][] p;
        private final boolean[] inHit;

        private Reading(List<Token> t, double[][] p, boolean[] inHit) {
            this.t = t;
            this.p = p;
            this.inHit = inHit;
        }

        /** Whether the model finds event {@code e}'s category very unlikely on every token of its trigger. */
        boolean doubts(EventMention e) {
            int k = Arrays.asList(classes).indexOf(e.category());
            if (k < 0) {
                return false;
            }
            double most = -1;
            for (int i = 0; i < t.size(); i++) {
                if (p[i] != null && overlaps(i, e)) {
                    most = Math.max(most, p[i][k]);
                }
            }
            return most >= 0 && most < veto;
        }

        private boolean overlaps(int i, EventMention e) {
            return TriggerFeatures.inTrigger(t.get(i), e);
        }

        /**
         * Triggers the model reads where no rule made an event: runs of adjacent tokens whose most probable class is the
         * same category with probability of at least the add threshold (the rescue threshold for a token inside a rule's
         * match: a rule whose needs were not met, read again by the model), outside the triggers of {@code taken}.
         */
        List<Triggers.Hit> proposals(List<EventMention> taken) {
            boolean[] used = new boolean[t.size()];
            for (int i = 0; i < t.size(); i++) {
                for (EventMention e : taken) {
                    used[i] |= overlaps(i, e);
                }
            }
            List<Triggers.Hit> out = new ArrayList<>();
            int i = 0;
            while (i < t.size()) {
                String c = best(i);
                if (c == null || used[i]) {
                    i++;
                    continue;
                }
                int j = i;
                while (j + 1 < t.size() && !used[j + 1] && c.equals(best(j + 1))) {
                    j++;
                }
                out.add(hit(c, i, j));
                i = j + 1;
            }
            return out;
        }

        private String best(int i) {
            if (p[i] == null) {
                return null;
            }
            int b = 0;
            for (int c = 1; c < classes.length; c++) {
                b = p[i][c] > p[i][b] ? c : b;
            }
            return classes[b].equals(NONE) || p[i][b] < (inHit[i] ? rescue : add) || adds != null && !adds.contains(classes[b])
                    ? null : classes[b];
        }

        /** A hit over tokens {@code first..last}: headed by its first verb, or else by its last word, a noun's. */
        private Triggers.Hit hit(String category, int first, int last) {
            int head = TriggerFeatures.head(t, first, last);
            boolean nominal = !t.get(head).pos().startsWith("VB");
            Triggers.Rule r = new Triggers.Rule(category, null, null, nominal, Triggers.Need.NOTHING);
            return new Triggers.Hit(r, new TokenPattern.Match(first, last, head));
        }
    }
}
