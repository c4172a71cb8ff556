package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.DependencyParse;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;
import org.newsgraph.extract.Token;

/**
 * The party a dependency head stands for: the surface rules' own reading of its noun phrase
 * ({@link ObjectFinder#objectAt}), the named party before a group noun, a pronoun's antecedent, or the owner of a
 * thing. Token positions are sentence-relative. One instance per sentence; not thread-safe.
 */
final class ParseParties {

    private final DependencyParse p;
    private final List<Token> t;
    private final Mention[] mentionOf;
    private final Participants participants;

    ParseParties(DependencyParse parse, Participants participants) {
        this.p = parse;
        this.t = participants.t;
        this.mentionOf = participants.mentionOf;
        this.participants = participants;
    }

    static List<DependencyParse.Arc> inOrder(List<DependencyParse.Arc> arcs) {
        List<DependencyParse.Arc> out = new ArrayList<>(arcs);
        out.sort(java.util.Comparator.comparingInt(DependencyParse.Arc::dependent));
        return out;
    }

    List<Integer> arcs(int head, String relation) {
        List<Integer> out = new ArrayList<>();
        for (DependencyParse.Arc a : p.dependents(head)) {
            if (a.relation().equals(relation)) {
                out.add(a.dependent());
            }
        }
        return out;
    }

    /** The parties of the heads, each with the heads coordinated with it when {@code coordinated}. */
    List<Mention> parties(List<Integer> heads, boolean coordinated) {
        List<Mention> out = new ArrayList<>();
        for (int h : heads) {
            add(out, party(h));
            if (coordinated) {
                for (int c : p.dependents(h, "conj")) {
                    add(out, party(c));
                }
            }
        }
        return out;
    }

    private static void add(List<Mention> out, Mention m) {
        if (m != null && out.stream().noneMatch(x -> ParticipantChecks.same(x, m))) {
            out.add(m);
        }
    }

    /**
     * The party a dependency head stands for: a pronoun's antecedent, the actor mention that covers it (the named
     * party before a group noun: "Somali government officials"), else a named modifier of it ("Israeli forces"),
     * or null.
     */
    Mention party(int h) {
        Token k = t.get(h);
        if (k.pos().equals("PRP") || k.pos().equals("PRP$")) {
            Mention m = participants.pronouns.resolve(k);
            return m != null && (m.type() == MentionType.PLACE || m.type() == MentionType.CITY && !ParticipantChecks.isCapital(m)) ? null : m;
        }
        int start = phraseStart(h);
        for (DependencyParse.Arc a : p.dependents(h)) {
            if (a.relation().equals("det:qmod") && a.dependent() < start) {
                start = a.dependent(); // "hundreds of demonstrators", "some of the protesters": the quantity opens the phrase
            }
        }
        Mention m = participants.objectAt(start, t.size(), h - start + 1); // the surface rules' reading of the phrase
        if (m != null && m.type() == MentionType.GROUP) {
            Mention n = named(h);
            return n != null && n.type() != MentionType.PLACE && n.type() != MentionType.CITY ? n : m;
        }
        return m;
    }

    /** Relations that keep a word inside the noun phrase of its head. */
    private static final Set<String> IN_PHRASE = Set.of("det", "det:predet", "amod", "compound", "nummod", "flat",
            "case", "punct", "advmod", "nmod:npmod", "obl:npmod", "compound:prt");

    /** The first token of the noun phrase headed by {@code h}: its determiners and modifiers, not a possessor ("bin Laden's deputy"). */
    private int phraseStart(int h) {
        int start = h;
        while (start > 0 && inPhraseOf(start - 1, h)) {
            start--;
        }
        return start;
    }

    private boolean inPhraseOf(int i, int h) {
        for (int j = i, steps = 0; j >= 0 && steps < 8; j = p.headOf(j), steps++) {
            if (j == h) {
                return true;
            }
            if (!IN_PHRASE.contains(p.relationOf(j))) {
                return false;
            }
        }
        return false;
    }

    private Mention named(int h) {
        Token k = t.get(h);
        Mention m = mentionOf[h];
        if (m != null && m.type() != MentionType.GROUP && m.type() != MentionType.TITLE && Participants.ACTOR_TYPES.contains(m.type())) {
            return m;
        }
        String lemma = Moods.lemma(k);
        if (m == null && !Participants.GENERIC_HEADS.contains(lemma) && !Triggers.FORCES.contains(lemma)) {
            return null; // "three Amman hotels", "Saddam's trial": a thing, not a party
        }
        for (DependencyParse.Arc a : p.dependents(h)) {
            String rel = a.relation();
            int d = a.dependent();
            if (d < h && (rel.equals("compound") || rel.equals("amod")) || rel.equals("appos") || rel.equals("flat")) {
                Mention n = mentionOf[d];
                if (n != null && n != m && n.type() != MentionType.GROUP && n.type() != MentionType.TITLE
                        && Participants.ACTOR_TYPES.contains(n.type())
                        && (n.type() != MentionType.NATIONALITY || Participants.GENERIC_HEADS.contains(lemma))) {
                    return n; // "Somali government officials", "Israeli forces"; but "Polish students" are students
                }
            }
        }
        return m;
    }

    /** The party that owns the thing at {@code h}: a possessor or a name modifying it ("US policy", "Iran's programme"). */
    Mention owner(int h) {
        if (t.get(h).pos().startsWith("NNP")) {
            return null; // part of a name: "the Korean Peninsula" is no Korean thing
        }
        for (DependencyParse.Arc a : inOrder(p.dependents(h))) {
            String rel = a.relation();
            int d = a.dependent();
            if (d < h && (rel.equals("nmod:poss") || rel.equals("compound") || rel.equals("amod"))) {
                Mention m = rel.equals("nmod:poss") ? party(d) : mentionOf[d];
                if (m != null && OWNERS.contains(m.type())) {
                    return m;
                }
            }
        }
        return null;
    }

    private static final Set<MentionType> OWNERS = Set.of(MentionType.COUNTRY, MentionType.NATIONALITY, MentionType.ORGANISATION,
            MentionType.GOVERNMENT, MentionType.PERSON);
}
