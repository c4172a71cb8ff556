package org.newsgraph.extract.event;

import java.util.List;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;
import org.newsgraph.extract.Token;

/**
 * Parties named in phrases around a trigger: the agent after "by", the source after "from", the two sides after
 * "between", and a party coordinated by "and". Works on the tokens and mentions of its {@link Participants}; one
 * instance per sentence, not thread-safe.
 */
final class Phrases {

    private final Participants p;

    Phrases(Participants sentence) {
        this.p = sentence;
    }

    /** Words opening another phrase or clause, whose "by" belongs to its own noun or verb. */
    private static final java.util.Set<String> OTHER_PHRASE = java.util.Set.of("after", "before", "during", "following",
            "amid", "despite", "when", "while", "since", "until", "which", "who", "that");

    /** "by X" within a few tokens after {@code after}: the agent of a passive or of a noun. */
    Mention agent(int after, int hi) {
        List<Mention> all = agents(after, hi);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Participles whose "by" names the doer of the noun they follow ("rallies organized by", "attacks carried out by"). */
    private static final java.util.Set<String> DOING = java.util.Set.of("organize", "organise", "stage", "hold", "lead",
            "launch", "carry", "claim", "conduct", "mount", "commit", "perpetrate", "call", "make", "sponsor", "initiate");

    /**
     * As {@link #agent(int, int)} for a noun trigger whose match ends at token {@code last}, except a "by" that follows a
     * participle past the match, whose agent it is ("in protest against sanctions imposed by Washington": Washington imposed, it did
     * not protest).
     */
    Mention agentOfNoun(int after, int last, int hi) {
        for (int i = after + 1; i < Math.min(hi, after + 8); i++) {
            if (p.t.get(i).word().equals("by")) {
                return i - 1 > last && p.t.get(i - 1).pos().equals("VBN") && !DOING.contains(Moods.lemma(p.t.get(i - 1)))
                        ? null : agent(after, hi); // "demonstrations organized by the communists" are theirs
            }
        }
        return agent(after, hi);
    }

    /**
     * Every agent in "by X" within seven tokens after {@code after} ("was condemned for bringing ruin to Afghanistan by
     * the Taliban"), in the same phrase, with one coordinated after it ("signed by Solana and Kinsman");
     * for "by X's ... Y" the person Y who acts for X. Empty when there is no "by" phrase.
     */
    List<Mention> agents(int after, int hi) {
        for (int i = after + 1; i < Math.min(hi, after + 8); i++) {
            if (ParticipantChecks.isBoundary(p.t.get(i)) || OTHER_PHRASE.contains(p.t.get(i).word())) {
                return List.of(); // "reached on Tuesday after intense mediation by Rice": that "by" is the mediation's
            }
            if (p.t.get(i).word().equals("to") && i + 1 < hi && p.t.get(i + 1).pos().equals("VB")) {
                return List.of(); // "deployed along the routes to be used by the pilgrims": that "by" is the infinitive's
            }
            if (p.t.get(i).word().equals("by")) {
                int of = partitiveOf(i + 1, hi);
                Mention first = of > 0 ? p.objectAt(of + 1, hi, 4) : null; // "by at least four of other European nations"
                first = first != null ? first : personAfterPossessor(p.objectAt(i + 1, hi, 4), i + 1, hi);
                if (first == null) {
                    first = instrumentUser(i + 1, hi);
                }
                if (first == null) {
                    first = namedInApposition(i + 1, hi);
                }
                if (first == null) {
                    return List.of();
                }
                List<Mention> listed = listedAfter(first, hi);
                if (!listed.isEmpty()) {
                    return listed; // "is supported by Germany, Italy and Spain"
                }
                Mention second = coordinated(first, hi);
                return second == null ? List.of(first) : List.of(first, second);
            }
        }
        return List.of();
    }

    /** Words of a share or a number before "of" ("at least four of", "some of", "most of"). */
    private static final java.util.Set<String> SHARES = java.util.Set.of("at", "least", "more", "than", "some", "most", "many",
            "all", "several", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
            // "by a majority of the council members", "by half of the deputies", "by a number of countries"
            "a", "the", "majority", "half", "number");

    /** The "of" after a share or a number that opens the phrase at {@code from} ("at least four of"), or -1. */
    private int partitiveOf(int from, int hi) {
        int i = from;
        while (i < Math.min(hi, from + 4) && (SHARES.contains(p.t.get(i).word().toLowerCase(java.util.Locale.ROOT))
                || p.t.get(i).pos().equals("CD"))) {
            i++;
        }
        return i > from && i + 1 < hi && p.t.get(i).word().equals("of") ? i : -1;
    }

    /** Participles of using a weapon, whose own "by" names who used it ("wounded by rubber bullets fired by soldiers"). */
    private static final java.util.Set<String> WIELDED = java.util.Set.of("fire", "launch", "throw", "hurl", "drop", "plant",
            "detonate", "lob", "shoot");

    /**
     * The agent of a weapon named after "by" at {@code from}: "by rubber bullets fired by soldiers", the one who fired it;
     * or null.
     */
    private Mention instrumentUser(int from, int hi) {
        for (int i = from; i < Math.min(hi - 1, from + 5); i++) {
            Token k = p.t.get(i);
            if (p.mentionOf[i] != null || !(k.pos().startsWith("NN") || k.pos().startsWith("JJ") || k.pos().equals("DT")
                    || k.pos().equals("CD") || k.pos().equals("VBN"))) {
                return null;
            }
            if (k.pos().equals("VBN") && WIELDED.contains(Moods.lemma(k)) && i > from
                    && p.t.get(i + 1).word().equals("by")) {
                return personAfterPossessor(p.objectAt(i + 2, hi, 4), i + 2, hi);
            }
        }
        return null;
    }

    /**
     * The name in apposition to a description after "by" at {@code from} that names no party itself: "by the former
     * agent's friend, Vladimir Bukovsky"; or null.
     */
    private Mention namedInApposition(int from, int hi) {
        for (int i = from; i < Math.min(hi - 1, from + 8); i++) {
            Token k = p.t.get(i);
            if (k.word().equals(",")) {
                Mention m = i > from ? p.mentionOf[i + 1] : null;
                int j = i + 1;
                while (m == null && j < Math.min(hi, i + 8) && (p.t.get(j).pos().startsWith("JJ") || p.t.get(j).pos().startsWith("NN")
                        || p.t.get(j).pos().equals("DT")) && Character.isLowerCase(p.t.get(j).word().charAt(0))) {
                    j++; // "first deputy prime minister Movladi Udugov"
                    m = j < hi ? p.mentionOf[j] : null;
                }
                return m != null && (m.type() == MentionType.PERSON || m.type() == MentionType.ORGANISATION) ? m : null;
            }
            if (!(k.pos().startsWith("NN") || k.pos().startsWith("JJ") || k.pos().equals("DT") || k.pos().equals("POS")
                    || k.pos().equals("CD")) || k.pos().equals("NNP") && p.mentionOf[i] != null && p.mentionOf[i].type() == MentionType.PERSON) {
                return null;
            }
        }
        return null;
    }

    /** "from X" right after a noun trigger ("criticism from China"): the party it comes from, or null. */
    Mention source(int after, int hi) {
        for (int i = after; i < Math.min(hi, after + 3); i++) {
            if (p.t.get(i).word().equals("from")) {
                int at = pastQuantity(i + 1, hi); // "criticism from a broad range of Palestinian officials"
                return personAfterPossessor(p.objectAt(at, hi, 4), at, hi);
            }
        }
        return null;
    }

    /** Nouns of a quantity whose "of" names who are counted: "a broad range of Palestinian officials". */
    private static final java.util.Set<String> QUANTITIES = java.util.Set.of("range", "host", "array", "variety", "chorus", "string", "series",
            "cross-section", "spectrum", "coalition", "wave");

    /**
     * The first token past a quantity's "of" from {@code from} ("a broad range of", "a host of"): the start of who is
     * counted; {@code from} itself when no such phrase opens there.
     */
    private int pastQuantity(int from, int hi) {
        int i = from;
        if (i < hi && p.t.get(i).pos().equals("DT")) {
            i++;
        }
        while (i < hi && i < from + 4 && p.t.get(i).pos().startsWith("JJ") && p.mentionOf[i] == null) {
            i++;
        }
        return i + 1 < hi && p.mentionOf[i] == null && QUANTITIES.contains(p.t.get(i).word().toLowerCase(java.util.Locale.ROOT))
                && p.t.get(i + 1).word().equals("of") ? i + 2 : from;
    }

    /**
     * "support from nine fellow EU members, the United States, Norway and Iceland": every party of the list after the
     * "from" of {@link #source}, in order; empty when there is no such phrase.
     */
    List<Mention> sources(int after, int hi) {
        return listFrom(source(after, hi), after, hi);
    }

    /**
     * "The six-party talks group China, the DPRK, the United States, ...", "The talks bring together China, the two
     * Koreas, ...": the parties a gathering's noun before {@code after} brings together, listed after a verb of
     * including within a few tokens; empty when there is none.
     */
    List<Mention> gathered(int after, int hi) {
        for (int i = after; i < Math.min(hi, after + 25); i++) {
            String lemma = Moods.lemma(p.t.get(i));
            String pos = p.t.get(i).pos();
            boolean together = lemma.equals("bring") && i + 1 < hi && p.t.get(i + 1).word().equals("together");
            if ((pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBD")) && (GATHERING.contains(lemma) || together)) {
                int from = together ? i + 2 : i + 1;
                List<Mention> list = from < hi ? listFrom(p.objectAt(from, hi, 4), from, hi) : List.of();
                return list.size() >= 3 ? list : List.of(); // (a list: "the talks included a dinner" names no one)
            }
            if (pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBD") || pos.equals("MD") || p.t.get(i).word().equals(";")) {
                return List.of(); // the clause's own verb tells something else
            }
        }
        return List.of();
    }

    /** Verbs by which talks or a forum name those taking part ("the talks involve", "the six-party talks group"). */
    private static final java.util.Set<String> GATHERING = java.util.Set.of("involve", "group", "gather", "include");

    /** The list of parties that opens with {@code first} (found from token {@code after}), in order. */
    List<Mention> listOf(Mention first, int after, int hi) {
        return listFrom(first, after, hi);
    }

    /** The list of parties that opens with {@code first} (found from token {@code after}), in order; empty without one. */
    private List<Mention> listFrom(Mention first, int after, int hi) {
        List<Mention> out = new java.util.ArrayList<>();
        if (first == null) {
            return out;
        }
        out.add(first);
        int end = indexOf(first, after, hi);
        while (end >= 0 && out.size() < 8) {
            int i = end + 1;
            while (i < hi && (p.mentionOf[i] == null || p.mentionOf[i].type() == MentionType.GROUP) && p.t.get(i).pos().startsWith("NN")
                    && Character.isLowerCase(p.t.get(i).word().charAt(0))) {
                i++; // past the head noun of "EU members"
            }
            boolean comma = i < hi && p.t.get(i).word().equals(",");
            i += comma ? 1 : 0;
            boolean and = i < hi && p.t.get(i).word().equals("and");
            i += and ? 1 : 0;
            if (!comma && !and || i >= hi) {
                break;
            }
            Mention next = p.mentionOf[i] != null || i + 1 < hi && p.t.get(i).pos().equals("DT") ? p.objectAt(i, hi, 4) : null;
            if (next == null || out.stream().anyMatch(m -> ParticipantChecks.same(m, next))) {
                break; // ", saying ...", "and other countries": the list ends
            }
            int past = indexOf(next, i, hi) + 1;
            if (comma && !and && past > 0 && past < hi && java.util.Set.of("VBD", "VBZ", "VBP", "MD").contains(p.t.get(past).pos())) {
                break; // "Despite criticism from rights groups, the government went ahead": the main clause's subject
            }
            out.add(next);
            end = indexOf(next, i, hi);
        }
        return out;
    }

    /**
     * "talks between Dung and his Japanese counterpart Abe", "clashes in Gaza between Fatah and Hamas": the two parties
     * after a "between" within a few tokens of {@code after}, or an empty list.
     */
    List<Mention> between(int after, int hi) {
        for (int i = after; i < Math.min(hi, after + 7); i++) {
            if (i > after && ParticipantChecks.isBoundary(p.t.get(i))) {
                return List.of();
            }
            if (p.t.get(i).word().equals("between")) {
                int s = i + 1;
                if (s + 2 < hi && p.t.get(s).pos().equals("DT") && p.t.get(s + 1).pos().equals("NNS") && p.mentionOf[s + 1] == null
                        && p.t.get(s + 2).word().equals("of")) {
                    s += 3; // "between the delegations of Japan and the DPRK": the sides they stand for
                } else if (s + 1 < hi && p.t.get(s).pos().equals("NNS") && p.t.get(s + 1).word().equals("of")
                        && (p.mentionOf[s] == null || p.mentionOf[s].type() == MentionType.GROUP)) {
                    s += 2; // "clashes between supporters of BNP and AL"
                }
                Mention first = personAfterPossessor(p.objectAt(s, hi, 5), s, hi); // ("China's Commerce Minister Bo Xilai and")
                Mention second = first == null ? null : coordinated(first, hi);
                return second == null ? List.of() : List.of(first, second);
            }
        }
        return List.of();
    }

    /**
     * "negotiations among member economies", "talks are going on among the parties": the party after an "among" right
     * after a nominal trigger or its verb ({@code last}), or null. Unnamed parties ("among themselves") name no one.
     */
    Mention among(int last, int hi) {
        for (int i = last + 1; i < Math.min(hi, last + 3); i++) {
            if (p.t.get(i).word().equals("among")) {
                return p.objectAt(i + 1, hi, 4);
            }
            if (ParticipantChecks.isBoundary(p.t.get(i))) {
                return null;
            }
        }
        return null;
    }

    /**
     * The party named from token {@code from} (within four tokens), or the person its possessor's title phrase leads to
     * ("the resignation of the EBRD's first president, Jacques Attali"); or null.
     */
    Mention namedFrom(int from, int hi) {
        return personAfterPossessor(p.objectAt(from, hi, 4), from, hi);
    }

    /** "EU's foreign policy chief Javier Solana": the person a possessor's title phrase leads to, else {@code m}. */
    private Mention personAfterPossessor(Mention m, int from, int hi) {
        if (m == null) {
            return null;
        }
        int end = indexOf(m, from, hi);
        if (end < 0 || end + 1 >= hi || !p.t.get(end + 1).pos().equals("POS")) {
            return m;
        }
        for (int j = end + 2; j < Math.min(hi, end + 10); j++) {
            if (p.t.get(j).word().equals(",") && j + 1 < hi && p.mentionOf[j - 1] != null && p.mentionOf[j - 1].type() == MentionType.TITLE
                    && p.mentionOf[j + 1] != null && p.mentionOf[j + 1].type() == MentionType.PERSON) {
                return p.mentionOf[j + 1]; // "the EBRD's first president, Jacques Attali": the name in apposition to the title
            }
            if (ParticipantChecks.isBoundary(p.t.get(j)) || p.t.get(j).pos().startsWith("VB") || p.t.get(j).pos().equals("IN")) {
                return m;
            }
            if (p.mentionOf[j] != null && p.mentionOf[j].type() == MentionType.PERSON) {
                return p.mentionOf[j];
            }
        }
        return m;
    }

    /**
     * The names of a list that opens with {@code first} ("Germany, Italy and Spain"): each after a comma a name, the last
     * after "and"; empty when no such list follows.
     */
    private List<Mention> listedAfter(Mention first, int hi) {
        int i = -1;
        for (int j = 0; j < hi; j++) {
            if (p.mentionOf[j] == first) {
                i = j + 1;
            }
        }
        java.util.ArrayList<Mention> out = new java.util.ArrayList<>(List.of(first));
        while (i > 0 && i + 1 < hi && p.t.get(i).word().equals(",")) {
            int j = p.t.get(i + 1).pos().equals("DT") ? i + 2 : i + 1;
            Mention m = j < hi ? p.mentionOf[j] : null;
            if (m == null || !Participants.ACTOR_TYPES.contains(m.type()) || j > 0 && p.mentionOf[j - 1] == m) {
                return List.of();
            }
            out.add(m);
            i = p.endOf(j) + 1;
        }
        Mention last = out.size() > 1 ? coordinated(out.get(out.size() - 1), hi) : null;
        if (last == null) {
            return List.of();
        }
        out.add(last);
        return out;
    }

    Mention coordinated(Mention m, int hi) {
        int end = -1;
        for (int i = 0; i < hi; i++) {
            if (p.mentionOf[i] == m) {
                end = i;
            }
        }
        if (end >= 0 && end + 3 < hi && (p.t.get(end + 1).pos().equals("-LRB-") || p.t.get(end + 1).word().equals("("))
                && (p.t.get(end + 3).pos().equals("-RRB-") || p.t.get(end + 3).word().equals(")"))) {
            end += 3; // "between the Seven Party Alliance (SPA) and guerrillas": past the acronym
        }
        while (end >= 0 && end + 1 < hi && end < p.t.size() - 1 && !p.t.get(end + 1).word().equals("and")
                && (p.mentionOf[end + 1] != null && p.mentionOf[end + 1].type() == MentionType.GROUP
                        || p.t.get(end + 1).pos().equals("NN") && Character.isLowerCase(p.t.get(end + 1).word().charAt(0)))) {
            end++; // "his secular Fatah faction and the ruling Hamas": past the name's head noun
        }
        if (end < 0 || end + 2 >= hi || !p.t.get(end + 1).word().equals("and")) {
            return null;
        }
        Mention next = p.objectAt(end + 2, hi, 5);
        if (next == null) {
            next = titleAt(end + 2, hi); // "between President Jiang and the Japanese foreign minister"
        }
        return next == null || ParticipantChecks.same(next, m) ? null : next;
    }

    /** A title that a determiner, adjectives and a nationality lead to from token {@code i}, naming no one after it; or null. */
    private Mention titleAt(int i, int hi) {
        while (i < hi && p.mentionOf[i] == null && (p.t.get(i).pos().equals("DT") || p.t.get(i).pos().startsWith("JJ"))
                || i < hi && p.mentionOf[i] != null && p.mentionOf[i].type() == MentionType.NATIONALITY) {
            i = p.mentionOf[i] != null ? p.endOf(i) + 1 : i + 1;
        }
        if (i >= hi || p.mentionOf[i] == null || p.mentionOf[i].type() != MentionType.TITLE) {
            return null;
        }
        int after = p.endOf(i) + 1;
        return after < hi && (p.mentionOf[after] != null || p.t.get(after).pos().startsWith("NNP")) ? null : p.mentionOf[i];
    }

    /** The last token of mention {@code m} at or after {@code from}, or -1. */
    private int indexOf(Mention m, int from, int hi) {
        for (int i = from; i < hi; i++) {
            if (p.mentionOf[i] == m) {
                return p.endOf(i);
            }
        }
        return -1;
    }
}
