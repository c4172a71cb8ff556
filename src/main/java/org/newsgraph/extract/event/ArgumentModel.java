package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.newsgraph.extract.DependencyParse;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Token;

/**
 * A learned argument model: for an event and each named candidate in its sentence, the probability that the
 * candidate is the event's actor, its recipient, or neither (a {@link LogisticModel} over {@link ArgumentFeatures},
 * trained on the annotated sets by {@code newsgraph eval events-args-train}). The event finder uses it only where the
 * participant rules left a slot empty: the most probable candidate fills it when its probability reaches the slot's
 * threshold. A table trained with the dependency features ({@link ParseFeatures}) asks for the sentence's parse, once
 * per sentence and only when an event has an open slot and a candidate; without a parse those features are absent.
 * Immutable; thread-safe.
 */
public final class ArgumentModel {

    public static final String NONE = "NONE";
    public static final String ACTOR = "ACTOR";
    public static final String RECIPIENT = "RECIPIENT";
    /** Overrides the bundled model with a file: a path, or "none" for the rules alone. */
    public static final String PROPERTY = "newsgraph.argumentModel";
    private static final String RESOURCE = "argument-model.tsv";

    private final LogisticModel m;
    private final int actor;
    private final int recipient;
    private final boolean readsParse;

    /** @param m classes {@link #NONE}, {@link #ACTOR}, {@link #RECIPIENT}; thresholds for filling actor, then recipient */
    public ArgumentModel(LogisticModel m) {
        this.m = m;
        this.actor = m.classIndex(ACTOR);
        this.recipient = m.classIndex(RECIPIENT);
        this.readsParse = m.weighs(ParseFeatures::fromParse);
    }

    /**
     * The model {@link #PROPERTY} asks for ("bundled": the one the program ships with; a path: a table of its own), thresholds
     * overridable by {@code .actor} and {@code .recipient}; null when the property is unset or "none". Off unless asked for
     * since the ninetieth round: the rules had come to place more arguments right than the rules with the shipped model on
     * the 21 read development sets (873 against 862), on the eight unread blind sets (160 against 159) and cross-validated
     * on slices 1-8 with the model retrained on the other slices (400 against 398).
     */
    public static ArgumentModel bundled() {
        if (System.getProperty(PROPERTY) == null) {
            return null;
        }
        LogisticModel t = LogisticModel.tuned(LogisticModel.cached(PROPERTY, RESOURCE), PROPERTY, "actor", "recipient", "override");
        return t == null ? null : new ArgumentModel(t);
    }

    /**
     * The events with empty slots filled where the model is confident enough.
     *
     * @param t        the sentence's tokens
     * @param mentions the sentence's mentions (candidates are those of actor types)
     */
    List<EventMention> fill(List<Token> t, List<Mention> mentions, List<EventMention> events) {
        return fill(t, mentions, events, () -> null);
    }

    /**
     * The events with empty slots filled where the model is confident enough, reading the dependency parse too.
     *
     * @param t        the sentence's tokens
     * @param mentions the sentence's mentions (candidates are those of actor types)
     * @param parse    gives the parse of {@code t} (or null); asked only when an event has an open slot and a candidate,
     *                 so a caller that parses on demand pays only for those sentences
     */
    List<EventMention> fill(List<Token> t, List<Mention> mentions, List<EventMention> events, Supplier<DependencyParse> parse) {
        List<EventMention> out = new ArrayList<>(events.size());
        for (EventMention e : events) {
            out.add(e.actors().isEmpty() || e.recipient() == null || override() <= 1 ? fill(t, mentions, e, parse) : e);
        }
        return out;
    }

    private EventMention fill(List<Token> t, List<Mention> mentions, EventMention e, Supplier<DependencyParse> parse) {
        ArgumentFeatures.Trigger g = ArgumentFeatures.trigger(t, e.trigger().begin(), e.trigger().end(), e.category());
        if (g == null) {
            return e;
        }
        ArgumentFeatures.Candidates found = ArgumentFeatures.candidates(t, mentions, g);
        List<Mention> cands = found.mentions();
        List<int[]> spans = found.spans();
        DependencyParse dp = cands.isEmpty() || !readsParse ? null : parse.get(); // a table without parse features: no parse
        Mention bestActor = null;
        Mention bestRecipient = null;
        double pa = e.actors().isEmpty() ? m.threshold(0) : override();
        double pr = e.recipient() == null ? m.threshold(1) : override();
        for (int i = 0; i < cands.size(); i++) {
            double[] p = m.probabilities(ArgumentFeatures.of(t, g, cands.get(i), spans.get(i), nearest(spans, i, g), dp));
            if (p[actor] >= pa && cands.get(i) != e.recipient()) {
                bestActor = cands.get(i);
                pa = p[actor];
            }
            if (p[recipient] >= pr && !e.actors().contains(cands.get(i)) && !cands.get(i).equals(e.place())) { // the rules' place stays one
                bestRecipient = cands.get(i);
                pr = p[recipient];
            }
        }
        if (bestActor != null && e.actors().contains(bestActor)) {
            bestActor = null; // the rules' own reading
        }
        if (bestRecipient != null && bestRecipient == e.recipient()) {
            bestRecipient = null;
        }
        if (bestActor != null && bestActor == bestRecipient) {
            return e; // one name read as both sides: too unsure to fill either
        }
        List<Mention> actors = bestActor == null ? e.actors() : List.of(bestActor);
        Mention rec = bestRecipient == null ? e.recipient() : bestRecipient;
        return new EventMention(e.trigger(), e.category(), e.mode(), actors.isEmpty() ? null : actors.get(0), actors, rec,
                e.time(), e.place(), e.quantities(), e.statement(), e.modality(), e.confidence());
    }

    /** The probability from which the model's pick replaces a participant the rules chose (above 1: never). */
    private double override() {
        return m.thresholds() > 2 ? m.threshold(2) : 2;
    }

    /** Whether no other candidate stands between candidate {@code i} and the trigger. */
    public static boolean nearest(List<int[]> spans, int i, ArgumentFeatures.Trigger g) {
        int[] s = spans.get(i);
        boolean before = s[1] < g.first();
        for (int[] o : spans) {
            if (o != s && (before ? o[1] < g.first() && o[1] > s[1] : o[0] > g.last() && o[0] < s[0])) {
                return false;
            }
        }
        return true;
    }
}
