package org.newsgraph.extract.event;

import java.util.List;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Token;

/** The main subject of a sentence that opens with a phrase of its own ("After meetings with X, the pope said"). */
final class Openings {

    private Openings() {
    }

    /** "Following his talks with Wu Yi, Ruggiero met ...": the subject after an opening phrase. */
    static Mention mainSubjectAfterOpening(Participants participants, int head) {
        List<Token> t = participants.t;
        Mention[] mentionOf = participants.mentionOf;
        if (t.isEmpty() || !(t.get(0).pos().equals("IN") || t.get(0).pos().equals("VBG") || t.get(0).pos().equals("RB"))) {
            return null;
        }
        int commas = 0;
        for (int i = 1; i < t.size() && commas < 3; i++) {
            if (!t.get(i).word().equals(",")) {
                continue;
            }
            if (commas++ == 0 && i < head) {
                return null; // the trigger is not in the opening phrase
            }
            Mention m = participants.objectAt(i + 1, t.size(), 6);
            if (m != null && (commas == 1 || predicateAfter(t, mentionOf, m, i + 1))) {
                return m; // past an appositive: "After meetings with X, leader of ..., the pope said"
            }
        }
        return null;
    }

    /** Whether a finite verb follows mention {@code m} (found from token {@code from}) within two tokens. */
    private static boolean predicateAfter(List<Token> t, Mention[] mentionOf, Mention m, int from) {
        int end = from;
        while (end < t.size() && mentionOf[end] != m) {
            end++;
        }
        while (end + 1 < t.size() && mentionOf[end + 1] == m) {
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
