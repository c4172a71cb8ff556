package org.newsgraph.extract.event;

import java.util.List;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;
import org.newsgraph.extract.Token;

/** The main subject of a sentence that opens with a phrase of its own ("After meetings with X, the pope said"). */
final class Openings {

    private Openings() {
    }

    /** "Following his talks with Wu Yi, Ruggiero met ...": the subject after an opening phrase. */
    static Mention mainSubjectAfterOpening(Participants participants, int head) {
        List<Token> t = participants.t;
        Mention[] mentionOf = participants.mentionOf;
        if (head > 0 && (t.get(head - 1).pos().equals("WDT") || t.get(head - 1).pos().equals("WP"))) {
            return null; // "Since the closure imposed after a bombing which killed three Israelis, ...": the relative's own subject
        }
        if (t.isEmpty() || !(t.get(0).pos().equals("IN") || t.get(0).pos().equals("VBG") || t.get(0).pos().equals("RB")
                || t.get(0).pos().equals("VBN") && Moods.openingParticiple(t, 0) && !byAgent(t) // "Accused of fraud ..., Pinochet was"
                || t.get(0).word().equalsIgnoreCase("when") && t.size() > 1 && t.get(1).pos().equals("VBG")) // "When meeting with Kabbah, Hu said"
                || t.size() > 1 && t.get(1).word().equalsIgnoreCase("least")) {
            return null; // "At least six people were killed ...": an amount, not an opening phrase
        }
        int commas = 0;
        int end = -1; // the comma that ends the opening phrase
        boolean relative = false; // a relative clause closed by a comma of its own was passed
        for (int i = 1; i < t.size() && commas < 3; i++) {
            if (!t.get(i).word().equals(",")) {
                continue;
            }
            if (commas++ == 0 && i < head) {
                return null; // the trigger is not in the opening phrase
            }
            if (commas == 1 && i + 1 < t.size() && (t.get(i + 1).pos().equals("WDT") || t.get(i + 1).pos().equals("WP"))) {
                int close = i + 2;
                while (close < t.size() && !t.get(close).word().equals(",")) {
                    close++;
                }
                relative = close < t.size();
                i = close < t.size() ? close : i; // "Speaking after talks with Lavrov, which Bezhuashvili described as
                                                   // "very useful," the Georgian minister said": past the relative clause
            }
            end = end < 0 ? i : end;
            Mention m = participants.objectAt(i + 1, t.size(), 6);
            if (m != null && commas == 1 && !relative && !predicateAfter(t, m, i + 1) && appositionBefore(t, i + 1)) {
                continue; // "After meetings with Bartholomew I, spiritual leader of some 150 million Orthodox faithful, the
                          // pope described": a description of the one met, then the main subject
            }
            if (m != null && (commas == 1 && !relative || predicateAfter(t, m, i + 1))) {
                return m; // past an appositive: "After meetings with X, leader of ..., the pope said"
            }
        }
        return end < 0 ? null : subjectOfFirstVerb(participants, end + 1);
    }

    /**
     * "After a meeting with X, the deputy director of the World Heritage Center in Paris Kishore Rao said": the
     * subject of the first finite verb after the opening phrase, read back from the verb (long subjects, titles).
     */
    private static Mention subjectOfFirstVerb(Participants participants, int from) {
        List<Token> t = participants.t;
        for (int j = from; j < t.size(); j++) {
            String p = t.get(j).pos();
            if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD")) {
                List<Mention> s = participants.subject(j, from);
                Mention before = participants.mentionOf[j - 1];
                if (s.isEmpty() && before != null && before.type() == MentionType.PERSON) {
                    return before; // "the deputy director of the World Heritage Center Kishore Rao said": the name the title ends in
                }
                return s.isEmpty() ? null : s.get(0);
            }
            if (t.get(j).word().equals(",") || p.equals("WDT") || p.equals("WP")
                    || Participants.SUBORDINATORS.contains(t.get(j).word().toLowerCase(java.util.Locale.ROOT))) {
                return null; // an appositive, a relative or another clause: the simple reading above had its chance
            }
        }
        return null;
    }

    /** Whether the opening phrase names its agent ("Arrested by then Colonel Mobutu in December, he died"). */
    private static boolean byAgent(List<Token> t) {
        for (int i = 1; i < t.size() && !t.get(i).word().equals(","); i++) {
            if (t.get(i).word().equals("by")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words from {@code from} describe what stands before the comma: a lower-case noun phrase with no finite
     * verb, closed by another comma within twelve tokens ("spiritual leader of some 150 million Orthodox faithful,").
     */
    private static boolean appositionBefore(List<Token> t, int from) {
        if (from + 1 < t.size() && (t.get(from).word().equals("a") || t.get(from).word().equals("an"))) {
            from++; // "Speaking on a visit to Japan, a key donor to the region, Abdullah made"
        }
        if (from >= t.size() || !Character.isLowerCase(t.get(from).word().charAt(0))
                || !(t.get(from).pos().startsWith("JJ") || t.get(from).pos().startsWith("NN"))) {
            return false;
        }
        for (int j = from + 1; j < Math.min(t.size(), from + 12); j++) {
            String p = t.get(j).pos();
            if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD")) {
                return false;
            }
            if (t.get(j).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a finite verb follows mention {@code m} (found from token {@code from}; it may be a description the finder
     * made, "the Georgian minister") within two tokens.
     */
    private static boolean predicateAfter(List<Token> t, Mention m, int from) {
        int end = from;
        while (end + 1 < t.size() && t.get(end + 1).begin() < m.end()) {
            end++;
        }
        for (int j = end + 1; j < Math.min(t.size(), end + 3); j++) {
            String p = t.get(j).pos();
            if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD")) {
                return true;
            }
        }
        return false;
    }
}
