package org.newsgraph.extract.event;

import java.util.List;
import java.util.Set;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Token;

/**
 * Clues to the roles around a noun trigger in one sentence: whether its possessor or "of" object suffers it, whether a
 * verb of suffering or a passive before it makes the clause's subject its victim, and the object of a harming verb
 * after it. One instance per sentence; not thread-safe.
 */
final class NounRoles {

    private final List<Token> t;
    private final Participants participants;

    NounRoles(List<Token> tokens, Participants participants) {
        this.t = tokens;
        this.participants = participants;
    }

    /**
     * "condemned the murder of Gemayel", "a probe into the killing of": a noun of harm or release followed by
     * "of" names its patient; the subject of the clause is someone else's, so only a possessor or "by" names the actor.
     */
    boolean patientNoun(int head) {
        return head + 1 < t.size() && t.get(head + 1).word().equals("of") && PATIENT_NOUNS.contains(Moods.lemma(t.get(head)));
    }

    /** Whether a possessive ("'s", "'", "his") stands right before the noun at {@code head}, past adjectives. */
    boolean possessive(int head) {
        int i = head - 1;
        while (i >= 0 && t.get(i).pos().startsWith("JJ")) {
            i--;
        }
        return i >= 0 && (t.get(i).pos().equals("POS") || t.get(i).pos().equals("PRP$"));
    }

    static final Set<String> PATIENT_NOUNS = Set.of("killing", "assassination", "murder", "massacre",
            "kidnapping", "abduction", "beheading", "arrest", "detention", "release", "extradition", "execution");

    /**
     * "Abdullah died in an attack", "Abramov survived a roadside bomb": the index of a verb of suffering just
     * before a noun trigger (its subject is the victim, not the attacker), or -1.
     */
    int victimVerbBefore(int first) {
        for (int i = first - 1; i >= Math.max(0, first - 5); i--) {
            if (t.get(i).pos().startsWith("VB") && VICTIM_VERBS.contains(Moods.lemma(t.get(i)))) {
                return i;
            }
            if (Participants.isBoundary(t.get(i)) || t.get(i).pos().startsWith("VB")) {
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> VICTIM_VERBS = Set.of("die", "perish", "survive", "escape", "suffer", "succumb");

    /** "... was killed in a suicide bombing": the subject of a passive before a noun trigger is its victim, not its actor. */
    boolean afterPassive(int first) {
        for (int i = first - 1; i >= Math.max(1, first - 5); i--) {
            if (t.get(i).pos().equals("VBN") && Moods.lemma(t.get(i - 1)).equals("be")) {
                return true;
            }
        }
        return false;
    }

    /** "a NATO air strike killed 80 civilians": the object of a harming verb right after a noun trigger. */
    Mention victim(int last) {
        int v = last + 1;
        if (v < t.size() && t.get(v).pos().startsWith("VB")
                && Set.of("kill", "wound", "injure", "hit", "destroy", "target", "claim").contains(Moods.lemma(t.get(v)))) {
            return participants.objectAt(v + 1, t.size(), 5);
        }
        return null;
    }
}
