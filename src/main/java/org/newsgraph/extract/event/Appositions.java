package org.newsgraph.extract.event;

import java.util.Set;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;
import org.newsgraph.extract.Token;

/**
 * Appositives around a subject: "Hariri, also a prominent anti-Syrian figure, was killed" (the appositive is passed
 * over) and "Yuval Diskin, the head of Israel's Shin Beth, told" (the body named inside the appositive only describes
 * the person, who acts; a person is always an acceptable party, the body only when the text says the person acts for
 * it). Token positions are sentence-relative. Stateless.
 */
final class Appositions {

    /** Tags that may stand inside an appositive noun phrase ("the head of Israel's Shin Beth internal security service"). */
    private static final Set<String> IN_PHRASE = Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$",
            "HYPH", "CD", "IN");

    private Appositions() {
    }

    /**
     * "Hariri, also a prominent anti-Syrian figure, was killed": when only auxiliaries and adverbs separate the
     * comma at {@code comma} from the verb at {@code head}, and an earlier comma in reach follows a name, the
     * appositive between them is skipped (a relative clause inside it too); returns the token index of that name, or of
     * the name a relative clause ending at the comma follows ("The official who gave the order, has been arrested"), or -1.
     */
    /** Openers of a clause of time, place or cause inside an aside, whose verb is not the sentence's. */
    private static final java.util.Set<String> SUBORDINATE = java.util.Set.of("when", "where", "while", "after", "since", "because");

    static int appositiveStart(Participants s, int comma, int head, int lo) {
        for (int i = pastTime(s, comma + 1, head); i < head; i++) {
            String p = s.t.get(i).pos();
            if (!(p.startsWith("VB") || p.startsWith("RB") || p.equals("MD"))) {
                return -1;
            }
        }
        boolean verb = false; // a finite verb not (yet) known to belong to a relative clause
        for (int j = comma - 1; j > lo && j >= comma - 25; j--) {
            String w = s.t.get(j).word();
            String p = s.t.get(j).pos();
            if (w.equals(";") || w.equals(":")) {
                return -1;
            }
            verb |= p.equals("VBD") || p.equals("VBZ") || p.equals("VBP");
            if ((p.equals("WP") || p.equals("WDT")) && verb) {
                verb = false; // "Watson, a Canadian citizen who is also the co-founder of Greenpeace, was arrested"
                Mention antecedent = s.mentionOf[j - 1];
                if (antecedent != null && Participants.ACTOR_TYPES.contains(antecedent.type())) {
                    int described = describedPerson(s, j - 1, lo);
                    return described >= 0 ? described : j - 1; // "The official who gave the order ..., has been arrested"
                }
                continue;
            }
            if (verb && (p.equals("WRB") || p.equals("IN")) && SUBORDINATE.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                verb = false; // "Gongadze, famous for his reports of corruption when Leonid Kuchma held the presidency, was slain"
                continue;
            }
            if (w.equals(",") && !verb && namedAppositive(s, j, comma)) {
                return comma - 1; // "Nobel Prize winner from Chicago University, the late Milton Friedman, visited": the name
            }
            if (w.equals(",")) {
                if (!verb && j >= 3 && s.t.get(j - 1).pos().equals("CD") && s.t.get(j - 2).word().equals(",")
                        && s.mentionOf[j - 3] != null && s.mentionOf[j - 3].type() == MentionType.PERSON) {
                    return j - 3; // "Jerry Wolf Stuchiner, 45, a top immigration official at the US consulate, was": past the age
                }
                int named = j - 1;
                if (named - 2 > lo && s.t.get(named).pos().equals("-RRB-") && s.t.get(named - 2).pos().equals("-LRB-")) {
                    named = named - 3; // "The Islamic Resistance Movement (HAMAS), a fierce opponent of ..., welcomed"
                }
                Mention m = s.mentionOf[named];
                return !verb && m != null && Participants.ACTOR_TYPES.contains(m.type()) ? named : -1;
            }
        }
        return -1;
    }

    /**
     * "Jerry Singirok, sacked commander of the PNG Defence Force who made the accusations, demanded": when the body at
     * {@code end}, which a relative clause follows, closes a description (a lowercase noun or a title after a determiner
     * and adjectives, then "of" and the body) that stands after a person's name and a comma, the person is the one the
     * relative clause and the sentence speak of; returns the name's last token, or -1.
     */
    private static int describedPerson(Participants s, int end, int lo) {
        int j = end;
        while (j > lo && s.mentionOf[j] != null && s.mentionOf[j] == s.mentionOf[end]) {
            j--;
        }
        while (j > lo && s.t.get(j).pos().equals("DT")) {
            j--;
        }
        if (j <= lo + 2 || !s.t.get(j).word().equals("of")) {
            return -1;
        }
        int k = j - 1;
        boolean noun = false;
        while (k > lo && !s.t.get(k).word().equals(",")) {
            Token w = s.t.get(k);
            boolean lowerNoun = w.pos().startsWith("NN") && Character.isLowerCase(w.word().charAt(0)) && s.mentionOf[k] == null;
            boolean title = s.mentionOf[k] != null && s.mentionOf[k].type() == MentionType.TITLE;
            if (!(lowerNoun || title || w.pos().equals("DT") || w.pos().startsWith("JJ") || w.pos().equals("VBN"))) {
                return -1;
            }
            noun |= lowerNoun || title;
            k--;
        }
        Mention person = k > lo ? s.mentionOf[k - 1] : null;
        return noun && person != null && person.type() == MentionType.PERSON ? k - 1 : -1;
    }

    /** Words that open a time adjunct between a subject and its verb ("on Monday", "last week", "earlier this month"). */
    private static final Set<String> TIME_OPENERS = Set.of("on", "last", "this", "earlier", "late", "early", "in");
    private static final Set<String> TIME_NOUNS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "week", "month", "year", "weekend", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "yesterday", "today");

    /**
     * The first token from {@code from} past a time adjunct that starts there ("Hariri, the leader of the Future Movement,
     * on Monday urged": "on Monday"), at most {@code to}; {@code from} when none starts there.
     */
    static int pastTime(Participants s, int from, int to) {
        int j = from;
        while (j < to && (TIME_OPENERS.contains(s.t.get(j).word().toLowerCase(java.util.Locale.ROOT)) || s.t.get(j).pos().equals("CD"))) {
            j++;
        }
        int nouns = j;
        while (j < to && (TIME_NOUNS.contains(s.t.get(j).word().toLowerCase(java.util.Locale.ROOT))
                || j > nouns && s.t.get(j).pos().equals("CD"))) {
            j++;
        }
        return j > nouns ? j : from;
    }

    /**
     * Whether the appositive between the commas at {@code open} and {@code close} is a person's name (past a determiner
     * and lowercase adjectives, and a title) that follows a description no person's name ends: "winner of the prize, the
     * late Milton Friedman,", "leading Republican, Senator Richard Lugar,".
     */
    private static boolean namedAppositive(Participants s, int open, int close) {
        Mention person = s.mentionOf[close - 1];
        Mention before = s.mentionOf[open - 1];
        if (person == null || person.type() != MentionType.PERSON || before != null && before.type() == MentionType.PERSON
                || !Character.isLowerCase(s.t.get(open - 1).word().charAt(0)) && before == null) {
            return false;
        }
        int d = open + 1;
        while (d < close - 1 && (s.t.get(d).pos().equals("DT") || s.t.get(d).pos().equals("JJ") && s.mentionOf[d] == null
                && Character.isLowerCase(s.t.get(d).word().charAt(0))
                || s.mentionOf[d] != null && s.mentionOf[d].type() == MentionType.TITLE)) { // "leading Republican, Senator Richard Lugar,"
            d++;
        }
        return s.mentionOf[d] == person;
    }

    /**
     * "Yuval Diskin, the head of Israel's Shin Beth internal security service, told": when the mention from {@code start}
     * to {@code end} lies inside an appositive that follows a person's name and a comma, and the appositive's closing
     * comma is followed only by the verb (with auxiliaries, adverbs and a determiner) up to {@code head}, the person;
     * else null.
     */
    static Mention personBefore(Participants s, int start, int end, int head) {
        int j = start - 1;
        for (int steps = 0; j > 0 && steps < 12 && !s.t.get(j).word().equals(","); j--, steps++) {
            Token k = s.t.get(j);
            if (s.mentionOf[j] == null && !IN_PHRASE.contains(k.pos()) || k.pos().equals("IN") && !k.word().equals("of")) {
                return null;
            }
        }
        if (j < 1 || !s.t.get(j).word().equals(",")) {
            return null;
        }
        Mention person = s.mentionOf[j - 1];
        int d = j + 1;
        while (d < start && (s.t.get(d).pos().equals("DT") || s.t.get(d).pos().equals("JJ") && s.mentionOf[d] == null
                && Character.isLowerCase(s.t.get(d).word().charAt(0)))) {
            d++; // "Ahtisaari, former Finnish president"
        }
        boolean described = d <= start && (Character.isLowerCase(s.t.get(d).word().charAt(0)) && s.t.get(d).pos().startsWith("NN")
                || s.mentionOf[d] != null && s.mentionOf[d].type() == MentionType.TITLE);
        if (person == null || person.type() != MentionType.PERSON || !described || d == start) {
            return null; // a list of names ("Germany, the Netherlands and"), or no descriptor before the body
        }
        int c = end + 1;
        for (int steps = 0; c < head && steps < 6 && !s.t.get(c).word().equals(","); c++, steps++) {
            if (s.mentionOf[c] == null && !IN_PHRASE.contains(s.t.get(c).pos()) && !s.t.get(c).word().equals("and")
                    || s.t.get(c).pos().equals("IN")) { // "president and veteran peace broker"
                return null;
            }
        }
        if (c >= head || !s.t.get(c).word().equals(",")) {
            return null;
        }
        for (int i = pastTime(s, c + 1, head); i < head; i++) {
            String p = s.t.get(i).pos();
            if (Set.of("VBD", "VBZ", "VBP", "MD").contains(p)) {
                return person; // "Ahtisaari, former Finnish president, told a press conference following meetings with": the clause's verb
            }
            if (!(p.startsWith("VB") || p.startsWith("RB") || p.equals("MD") || p.equals("DT"))) {
                return null;
            }
        }
        return person;
    }
}
