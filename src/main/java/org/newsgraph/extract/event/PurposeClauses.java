package org.newsgraph.extract.event;

import java.util.List;
import java.util.Set;
import org.newsgraph.extract.Token;

/**
 * Infinitives of purpose that report what they state. An infinitive of purpose is hypothetical in general ("went to
 * Paris to sign"), but two kinds are made by the act they follow: a demand after a protest that took place
 * ("environmentalists rallied outside the embassy on Friday to urge the Netherlands to release ...", "the opposition has
 * called a general shutdown on May 3 to demand his ouster"), and a visit or meeting after an arrival that took place
 * ("arrived in Zagreb on Thursday as the first Libyan head of government to visit Croatia"), and the message of a call, a
 * letter or a summons ("telephoned several news organizations to warn of retaliation"), and what one said at an occasion
 * one attended ("attended a security conference in Kandahar to urge foreign forces"). Stateless and thread-safe.
 */
final class PurposeClauses {

    private static final Set<String> DEMANDS = Set.of("demand", "urge", "press", "call", "seek", "appeal", "push");
    /** Verbs that are a protest by themselves. */
    private static final Set<String> PROTESTING = Set.of("rally", "demonstrate", "protest", "march", "picket");
    /** Verbs that hold a protest named by a noun after them ("staged a sit-in", "called a general strike"). */
    private static final Set<String> HOLDING = Set.of("stage", "hold", "call", "launch", "organize", "organise", "mount",
            "begin", "start", "go", "lead"); // "led a group of celebrities in a beach ceremony Friday to appeal for calm"
    private static final Set<String> PROTEST_NOUNS = Set.of("strike", "shutdown", "protest", "demonstration", "rally",
            "march", "sit-in", "bandh", "walkout", "vigil", "boycott", "protests", "demonstrations", "rallies", "strikes",
            "ceremony", "gathering", "meeting");
    /** How far back from "to" the protest may stand: the place and date phrases wire copy puts between. */
    private static final int REACH = 14;

    /** What a trip is made to do, done by arriving: a visit, a meeting, support shown in person ("flew in to offer support"). */
    private static final Set<String> VISITS = Set.of("visit", "meet", "attend", "show", "offer", "express", "pay", "join",
            "consult", "reaffirm"); // "to pay a goodwill visit", "to join talks", "to consult with", "have come to reaffirm"
    /** Moves of a trip that took place ("arrived in Zagreb", "left here on Friday for Vietnam to attend"). */
    private static final Set<String> ARRIVING = Set.of("arrive", "fly", "leave", "depart", "travel", "head", "dispatch", "send",
            "come", "lead"); // "headed a CPC delegation to pay", "dispatched a senior official Friday to Moscow to join talks"

    private PurposeClauses() {
    }

    /**
     * Whether the infinitive "to" at token {@code to}, whose verb is token {@code head}, states what an earlier act in
     * the same clause, reported as having taken place, did: a protest's demand or an arrival's visit.
     */
    static boolean asserted(List<Token> t, int to, int head) {
        return demandOfProtest(t, to, head) || visitOfArrival(t, to, head) || protestOfGathering(t, to, head)
                || messageOfContact(t, to, head) || messageAtOccasion(t, to, head);
    }

    /** Verbs of getting a message to someone, whose purpose "to warn" or "to urge" is the message sent. */
    private static final Set<String> CONTACTING = Set.of("telephone", "phone", "call", "write", "contact", "cable", "email",
            "summon");
    /** What such a message does. */
    private static final Set<String> MESSAGES = Set.of("warn", "urge", "demand", "threaten", "ask", "press",
            "express", "convey", "congratulate", "thank", "condemn", "appeal");

    /**
     * "telephoned several news organizations to warn of retaliation", "summoned the ambassador to demand": a call or a
     * letter that took place delivered the message.
     */
    static boolean messageOfContact(List<Token> t, int to, int head) {
        if (head >= t.size() || !MESSAGES.contains(Moods.lemma(t.get(head)))) {
            return false;
        }
        return happenedBefore(t, to, REACH, true, CONTACTING);
    }

    /** Verbs of taking part in an occasion where one speaks. */
    private static final Set<String> ATTENDING = Set.of("attend", "address", "open", "convene", "chair", "host");

    /**
     * "attended a high-level security conference in Kandahar to urge foreign forces": the message of an occasion that
     * took place was given there.
     */
    static boolean messageAtOccasion(List<Token> t, int to, int head) {
        if (head >= t.size() || !MESSAGES.contains(Moods.lemma(t.get(head)))) {
            return false;
        }
        return happenedBefore(t, to, REACH + 4, false, ATTENDING);
    }

    /** Verbs of a crowd coming together or moving, whose purpose "to protest" says what they did. */
    private static final Set<String> GATHERING = Set.of("gather", "assemble", "converge", "march", "rally", "pour", "flock",
            "throng", "mass", "smash", "storm", "parade", "block", "surround", "crowd", "jam");

    /** What a crowd comes together to do, which it does by coming together. */
    private static final Set<String> CROWD_PURPOSES = Set.of("protest", "demonstrate", "demand", "denounce", "condemn", "oppose");

    /**
     * "some 5,000 students smashed through police barriers to protest the killing", "the crowd gathered outside the embassy
     * to demand the release of": the crowd's act was the protest.
     */
    static boolean protestOfGathering(List<Token> t, int to, int head) {
        if (head >= t.size() || !CROWD_PURPOSES.contains(Moods.lemma(t.get(head)))) {
            return false;
        }
        return happenedBefore(t, to, REACH + 2, false, GATHERING);
    }

    /** "arrived here on Saturday to attend the summit", "flew in to offer support": the arrival began the visit. */
    static boolean visitOfArrival(List<Token> t, int to, int head) {
        if (head >= t.size() || !VISITS.contains(Moods.lemma(t.get(head)))) {
            return false;
        }
        return happenedBefore(t, to, REACH + 2, true, ARRIVING) || presentAt(t, to);
    }

    /**
     * Whether the nearest verb before the infinitive "to" at {@code to} is a "be" that took place and puts its subject
     * in a place ("was in Pattani Thursday to meet local army commanders"), not a "be" of plans ("was to meet").
     */
    private static boolean presentAt(List<Token> t, int to) {
        for (int i = to - 1; i >= Math.max(0, to - REACH); i--) {
            Token k = t.get(i);
            if (k.word().equals(";") || k.word().equals(",") || k.pos().equals("MD") || k.word().equals("to")) {
                return false;
            }
            if (k.pos().startsWith("VB")) {
                return Moods.lemma(k).equals("be") && i + 1 < to && Set.of("in", "at").contains(t.get(i + 1).word()) && happened(t, i);
            }
        }
        return false;
    }

    /**
     * Whether the nearest verb before the infinitive "to" at {@code to}, within {@code reach} tokens and the same clause
     * (no semicolon, modal or earlier "to"; no comma when {@code commaEnds}), is one of {@code verbs} and took place.
     */
    private static boolean happenedBefore(List<Token> t, int to, int reach, boolean commaEnds, Set<String> verbs) {
        for (int i = to - 1; i >= Math.max(0, to - reach); i--) {
            Token k = t.get(i);
            if (k.word().equals(";") || commaEnds && k.word().equals(",") || k.pos().equals("MD") || k.word().equals("to") && i < to - 1
                    && !k.pos().equals("IN")) { // (not the preposition: "dispatched an official to Moscow to join")
                return false;
            }
            if (k.pos().startsWith("VB")) {
                return verbs.contains(Moods.lemma(k)) && happened(t, i);
            }
        }
        return false;
    }

    /**
     * Whether the infinitive "to" at token {@code to}, whose verb is token {@code head}, states the demand of a protest
     * reported as having taken place earlier in the same clause.
     */
    static boolean demandOfProtest(List<Token> t, int to, int head) {
        if (head >= t.size() || !DEMANDS.contains(Moods.lemma(t.get(head)))) {
            return false;
        }
        boolean noun = false;
        for (int i = to - 1; i >= Math.max(0, to - REACH); i--) {
            Token k = t.get(i);
            String lemma = Moods.lemma(k);
            if (k.word().equals(";") || k.pos().equals("MD") || k.word().equals("to") && i < to - 1) {
                return false;
            }
            noun |= k.pos().startsWith("NN") && PROTEST_NOUNS.contains(lemma);
            if (k.pos().startsWith("VB")) {
                boolean protest = PROTESTING.contains(lemma) || noun && HOLDING.contains(lemma);
                return protest && happened(t, i);
            }
        }
        return false;
    }

    /** A past tense, or a perfect ("have called"), not itself under a modal or an infinitive. */
    private static boolean happened(List<Token> t, int verb) {
        String pos = t.get(verb).pos();
        if (pos.equals("VBD")) {
            return verb == 0 || !t.get(verb - 1).word().equals("to");
        }
        if (!pos.equals("VBN")) {
            return false;
        }
        for (int i = verb - 1; i >= Math.max(0, verb - 3); i--) {
            String lemma = Moods.lemma(t.get(i));
            if (t.get(i).pos().equals("MD") || lemma.equals("to")) {
                return false;
            }
            if (lemma.equals("have")) {
                return true;
            }
        }
        return false;
    }
}
