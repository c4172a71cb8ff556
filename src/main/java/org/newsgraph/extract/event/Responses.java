package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Token;

/**
 * One party's answer to another's act told in the same sentence names the other party without a name in its own
 * clause. A demand answered ("Tehran has rejected UN demands", "after hearing Zhou's request") was made of the one who
 * answers it; an act taken up by a later clause ("Abbas called for early elections, but Hamas rejected the move", "Bush
 * invited Triet ..., and the Vietnamese president accepted the invitation", "accuses Iran of ..., a charge rejected by
 * Tehran") is answered to the one who did it. Only empty recipients are filled, but for an attack on a thing that a
 * possessive pronoun gives an owner ("attacked their checkpoint"), which is aimed at the owner. Token positions are
 * sentence-relative. Stateless.
 */
final class Responses {

    /** Nouns of a demand made of someone, which the party answering it received. */
    private static final Set<String> DEMANDS = Set.of("demand", "call", "request", "appeal", "plea", "ultimatum", "pressure");
    /** Verbs of answering a demand, whose subject is the one the demand was made of. */
    private static final Set<String> ANSWERING = Set.of("reject", "accept", "refuse", "heed", "ignore", "hear", "receive",
            "answer", "meet", "grant", "deny", "dismiss", "defy", "turn", "comply", "respond", "bow", "yield", "resist",
            "snub", "spurn", "brush", "agree", "consider", "study", "welcome", "cave", "bend", "give", "succumb", "submit",
            "react", "throw");
    /** Nouns that take up an act told before them in the sentence ("the move", "the invitation", "a charge"). */
    private static final Set<String> ACTS = Set.of("move", "invitation", "offer", "proposal", "plan", "idea", "request",
            "demand", "call", "charge", "charges", "accusation", "accusations", "allegation", "allegations", "claim",
            "claims", "suggestion", "initiative", "decision", "ultimatum", "step", "appeal");
    /** Categories of an answer to an act: taking it up, turning it down, welcoming or condemning it. */
    private static final Set<String> ANSWERS = Set.of("REJECT", "AGREE", "SUPPORT", "ACCUSE");

    private Responses() {
    }

    /**
     * The sentence's events with the recipients that answers name filled in.
     *
     * @param found the events found in the sentence, in any order
     * @param lo    the first token the sentence's subjects may lie at (a quote's start)
     */
    static List<EventMention> fill(List<EventMention> found, List<Token> t, Participants participants, int lo) {
        if (found.isEmpty()) {
            return found;
        }
        List<EventMention> out = new ArrayList<>(found.size());
        for (EventMention e : found) {
            Mention recipient = e.recipient() != null ? ownerOfTarget(e, t, participants)
                    : recipient(e, found, t, participants, lo);
            out.add(recipient == null ? e : new EventMention(e.trigger(), e.category(), e.mode(), e.actor(), e.actors(),
                    recipient, e.time(), e.place(), e.quantities(), e.statement(), e.modality(), e.confidence()));
        }
        return out;
    }

    /** Things of a party that an attack on them is aimed at their owner through ("attacked their checkpoint"). */
    private static final Set<String> OWNED_TARGETS = Set.of("convoy", "motorcade", "vehicle", "car", "checkpoint", "home", "house",
            "office", "residence", "headquarters", "compound", "base", "post", "camp", "position", "positions");

    /**
     * The party that a possessive pronoun before an attack's target stands for, when the target is one of {@link
     * #OWNED_TARGETS} ("a suicide car bomber attacked their checkpoint", "firing on his convoy"); null otherwise, or when the
     * pronoun stands for no one or for the attacker.
     */
    private static Mention ownerOfTarget(EventMention e, List<Token> t, Participants participants) {
        if (!e.category().equals("ASSAULT")) {
            return null;
        }
        Mention m = e.recipient();
        int first = -1;
        int last = -1;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).begin() >= m.begin() && t.get(i).end() <= m.end()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0 || !OWNED_TARGETS.contains(Moods.lemma(t.get(last)).toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        int p = last - 1;
        while (p >= Math.max(0, first - 1) && (t.get(p).pos().startsWith("JJ") || t.get(p).pos().equals("NN"))) {
            p--; // "his armoured convoy"
        }
        if (p < Math.max(0, first - 1) || !t.get(p).pos().equals("PRP$")) {
            return null;
        }
        Mention owner = participants.pronouns.resolve(t.get(p), e.actor());
        return owner == null || e.actors().stream().anyMatch(a -> ParticipantChecks.same(a, owner)) ? null : owner;
    }

    private static Mention recipient(EventMention e, List<EventMention> found, List<Token> t, Participants participants, int lo) {
        int first = tokenAt(t, e.trigger().begin());
        if (first < 0) {
            return null;
        }
        Mention answerer = e.category().equals("REQUEST") ? answererOf(first, e, found, t, participants, lo) : null;
        if (answerer != null) {
            return answerer;
        }
        return ANSWERS.contains(e.category()) && e.actor() != null && takesUpAnAct(t, participants, first) ? earlierActor(e, found) : null;
    }

    /**
     * The party that answers the demand whose noun is at {@code noun}: the subject of the verb of answering before the
     * demand's phrase ("rejected UN demands", "heard Zhou's request", "turned down the union's call").
     */
    private static Mention answererOf(int noun, EventMention e, List<EventMention> found, List<Token> t, Participants participants,
            int lo) {
        if (Set.of("at", "upon").contains(t.get(noun).word())) {
            for (int k = noun + 1; k < Math.min(t.size(), noun + 5); k++) {
                if ("request".equals(Moods.lemma(t.get(k)))) {
                    return doerAt(noun, e, t, participants, lo); // "at Pyongyang's request", "at the request of"
                }
            }
        }
        if (!(t.get(noun).pos().startsWith("NN") || t.get(noun).pos().equals("VBZ")) || !DEMANDS.contains(Moods.lemma(t.get(noun)))) {
            return null;
        }
        if (noun + 1 < t.size() && t.get(noun + 1).word().equals("for") && !(Set.of("request", "demand", "plea").contains(Moods.lemma(t.get(noun))))) {
            return null; // "rejected Annan's call for a conference": a call for something is made to all, not to its critic
        }
        int i = noun - 1;
        while (i >= lo && Set.of("DT", "PRP$", "JJ", "NNP", "NNPS", "POS", "NN", "CD").contains(t.get(i).pos())
                && noun - i <= 6) {
            i--;
        }
        if (i >= lo && (t.get(i).pos().equals("RP") || Set.of("to", "with").contains(t.get(i).word()))) {
            i--; // "turned down", "responded to", "complied with"
        }
        if (i > lo && t.get(i).word().equals("in") && t.get(i + 1).word().equals("to") && Set.of("cave", "give").contains(Moods.lemma(t.get(i - 1)))) {
            i--; // "cave in to pressure from", "give in to demands"
        }
        if (i > lo && "request".equals(Moods.lemma(t.get(noun)))
                && Set.of("at", "upon", "following").contains(t.get(i).word())) {
            return doerAt(i, e, t, participants, lo);
        }
        if (i < lo || !t.get(i).pos().startsWith("VB") || !ANSWERING.contains(Moods.lemma(t.get(i)))) {
            return null;
        }
        int verb = i;
        Mention subject = null;
        for (EventMention other : found) {
            if (other != e && tokenAt(t, other.trigger().begin()) == verb) {
                subject = other.actor(); // the answer is an event of its own: its actor
            }
        }
        if (subject == null && verb > lo && t.get(verb - 1).word().equals("to") && t.get(verb).pos().equals("VB")) {
            for (EventMention other : found) {
                if (other != e && other.actor() != null && other.trigger().begin() <= t.get(verb - 1).begin()
                        && other.trigger().end() >= t.get(verb - 1).begin() - 1 && "REJECT".equals(other.category())) {
                    subject = other.actor(); // "the Islamists' refusal to bend to Western demands", "not ready to give in to"
                }
            }
        }
        if (subject == null && (!t.get(verb).pos().equals("VBN") || perfect(t, verb, lo))) {
            List<Mention> s = participants.subject(verb, lo);
            subject = s.isEmpty() ? null : s.get(0);
        }
        Mention answering = subject;
        return answering == null || e.actors().stream().anyMatch(a -> ParticipantChecks.same(a, answering)) ? null : answering;
    }

    /** Whether the participle at {@code verb} follows a form of "have" ("the UNRWA has rejected his request"), not a passive's "be". */
    private static boolean perfect(List<Token> t, int verb, int lo) {
        int k = verb - 1;
        while (k > lo && t.get(k).pos().startsWith("RB")) {
            k--;
        }
        return k >= lo && "have".equals(Moods.lemma(t.get(k)));
    }

    /**
     * The one who acts at another's request, which was made of it: the subject of the verb the phrase at {@code prep}
     * follows ("the police began investigations following a request from", "troops stationed there at the request of").
     */
    private static Mention doerAt(int prep, EventMention e, List<Token> t, Participants participants, int lo) {
        int verb = prep - 1;
        while (verb >= lo && !t.get(verb).pos().startsWith("VB") && prep - verb <= 8 && !t.get(verb).word().equals(",")) {
            verb--;
        }
        if (verb < lo || !t.get(verb).pos().startsWith("VB") || t.get(verb).pos().equals("VBN") && verb > lo
                && Set.of("be", "been", "was", "were", "is", "are").contains(t.get(verb - 1).word())) {
            return null;
        }
        int before = verb - 1;
        while (before >= lo && (t.get(before).pos().startsWith("VB") || Set.of("MD", "RB").contains(t.get(before).pos()))) {
            before--;
        }
        if (before >= lo && t.get(before).pos().equals("PRP")) {
            return null; // "they were there at the request of": a pronoun's party is too far to tell
        }
        List<Mention> s = participants.subject(verb, lo);
        Mention doer = s.isEmpty() ? null : s.get(0);
        return doer == null || e.actors().stream().anyMatch(a -> ParticipantChecks.same(a, doer)) ? null : doer;
    }

    /**
     * Whether the verb at {@code first} takes up an act named by a noun: as its object ("rejected the move", "accepted the
     * invitation") or as the noun its participle follows ("a charge rejected by").
     */
    private static boolean takesUpAnAct(List<Token> t, Participants participants, int first) {
        if (!t.get(first).pos().startsWith("VB")) {
            return false;
        }
        int i = first + 1;
        if (i < t.size() && Set.of("DT", "PRP$").contains(t.get(i).pos())
                && Set.of("the", "this", "that", "these", "those", "a", "such").contains(t.get(i).word().toLowerCase(java.util.Locale.ROOT))) {
            int j = i + 1;
            while (j < t.size() && t.get(j).pos().startsWith("JJ")) {
                j++;
            }
            if (j < t.size() && ACTS.contains(t.get(j).word().toLowerCase(java.util.Locale.ROOT))
                    && (j + 1 >= t.size() || !Set.of("to", "for").contains(t.get(j + 1).word()) && !t.get(j + 1).pos().equals("POS")
                    && !(Set.of("of", "by", "from").contains(t.get(j + 1).word()) && partyWithin(participants, j + 2, 3)))) {
                return true; // "the move", "the offer of cease-fire": not "the proposal of X" nor "the plan to", which name their own author or content
            }
        }
        return t.get(first).pos().equals("VBN") && first >= 2 && ACTS.contains(t.get(first - 1).word().toLowerCase(java.util.Locale.ROOT))
                && t.get(first - 2).pos().equals("DT") && first + 1 < t.size() && t.get(first + 1).word().equals("by");
    }

    /** Whether an actor mention covers one of the {@code n} tokens from {@code from}. */
    private static boolean partyWithin(Participants participants, int from, int n) {
        for (int i = from; i < Math.min(participants.t.size(), from + n); i++) {
            if (participants.mentionOf[i] != null && Participants.ACTOR_TYPES.contains(participants.mentionOf[i].type())) {
                return true;
            }
        }
        return false;
    }

    /** The actor of the nearest event told before {@code e} in the sentence by another party, or null. */
    private static Mention earlierActor(EventMention e, List<EventMention> found) {
        EventMention best = null;
        for (EventMention other : found) {
            if (other != e && other.actor() != null && other.trigger().begin() < e.trigger().begin()
                    && e.actors().stream().noneMatch(a -> ParticipantChecks.same(a, other.actor()))
                    && !describesAnswerer(e, other)
                    && (best == null || other.trigger().begin() > best.trigger().begin())) {
                best = other;
            }
        }
        return best == null ? null : best.actor();
    }

    /** Ties of support that describe a party rather than an act it may take up ("Syria, backed by Iran, rejected the plan"). */
    private static final Set<String> TIES = Set.of("SUPPORT", "AID", "COOPERATE");

    /**
     * Whether {@code other} is a tie of support to the answering party told between its name and its answer ("Syria,
     * backed by Iran, rejected the plan"): part of the party's description, not the act answered.
     */
    private static boolean describesAnswerer(EventMention e, EventMention other) {
        return TIES.contains(other.category()) && e.actor() != null && other.recipient() != null
                && ParticipantChecks.same(other.recipient(), e.actor()) && other.trigger().begin() > e.actor().end();
    }

    private static int tokenAt(List<Token> t, int offset) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).begin() == offset) {
                return i;
            }
        }
        return -1;
    }
}
