package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.DependencyParse;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;
import org.newsgraph.extract.Token;

/**
 * Who does what to whom, read off the Universal Dependencies parse of the sentence (enhanced++ arcs, so subjects
 * reach into coordinated verbs, relative clauses and controlled infinitives): the subject or passive agent acts,
 * the object, passive subject or the object of one of the category's prepositions receives; a noun trigger's
 * possessor, nationality or "by" phrase acts. A dependency head is mapped to the party mention that covers it,
 * or to the named party before a group noun, as the surface rules do ({@link Participants}).
 *
 * <p>Token positions are sentence-relative, as in the parse. One instance per sentence; not thread-safe.
 */
final class ParseRoles {

    /**
     * What the parse says about one trigger.
     *
     * @param actors    the acting parties, the main one first; empty when the parse names none
     * @param recipient the party acted on, or null
     */
    record Roles(List<Mention> actors, Mention recipient) {
    }

    /** Nouns whose "of" phrase names the one who acts ("the withdrawal of Syrian troops", "a meeting of"). */
    private static final Set<String> OF_ACTOR_CATEGORIES = Set.of("RETREAT", "CONSULT", "PROTEST", "MOBILIZE");
    /** Nouns whose "of" phrase names the one the act is aimed at ("criticism of X", "rejection of X"). */
    private static final Set<String> OF_TARGET_CATEGORIES = Set.of("ACCUSE", "REJECT", "SUPPORT", "SANCTION", "ASSAULT", "COERCE");
    private static final Set<String> FROM_AGENT = Set.of("ACCUSE", "AID", "SUPPORT", "REQUEST", "PROTEST");

    private final DependencyParse p;
    private final List<Token> t;
    private final Mention[] mentionOf;
    private final Participants participants;

    ParseRoles(DependencyParse parse, Participants participants) {
        this.p = parse;
        this.t = participants.t;
        this.mentionOf = participants.mentionOf;
        this.participants = participants;
    }

    /** Whether the parse reads the verb at {@code head} as passive (a passive subject or auxiliary, or a participle modifier). */
    boolean passive(int head) {
        for (DependencyParse.Arc a : p.dependents(head)) {
            if (a.relation().equals("nsubj:pass") || a.relation().equals("aux:pass") || a.relation().equals("obl:agent")) {
                return true;
            }
        }
        return p.relationOf(head).equals("acl") && t.get(head).pos().equals("VBN");
    }

    /** Experiment switches, "A.v=over,R.n=fill": per slot (A actor, R recipient) and kind (v verb, p passive, n noun). */
    private static final String POLICY = System.getProperty("ev9", "");
    private static final boolean LOG = Boolean.getBoolean("ev9.log");

    /** The arguments after consulting the parse: per slot and trigger kind, the parse overrides or fills the surface ones. */
    Roles refine(String category, boolean nominal, boolean passive, int head, int last, List<Mention> actors, Mention recipient) {
        String kind = nominal ? "n" : passive || passive(head) ? "p" : "v";
        Roles parsed = nominal ? noun(category, head, last) : verb(category, head, last, kind.equals("p"));
        String a = policy("A." + kind), r = policy("R." + kind);
        List<Mention> newActors = actors;
        Mention newRecipient = recipient;
        if (!parsed.actors().isEmpty() && (a.equals("over") || a.equals("fill") && actors.isEmpty())) {
            newActors = parsed.actors();
        }
        if (parsed.recipient() != null && (r.equals("over") || r.equals("fill") && recipient == null)) {
            newRecipient = parsed.recipient();
        }
        Mention main = newActors.isEmpty() ? null : newActors.get(0);
        if (newRecipient != null && main != null && ParticipantChecks.same(main, newRecipient)) {
            newRecipient = recipient != null && !ParticipantChecks.same(main, recipient) ? recipient : null; // no one acts on himself
        }
        if (LOG) {
            System.err.println("EV9 " + kind + " " + category + " " + t.get(head).word() + " | surface A=" + names(actors) + " R="
                    + (recipient == null ? null : recipient.text()) + " | parse A=" + names(parsed.actors()) + " R="
                    + (parsed.recipient() == null ? null : parsed.recipient().text()) + " | "
                    + String.join(" ", t.stream().map(Token::word).toList()));
        }
        return new Roles(newActors, newRecipient);
    }

    private static String policy(String key) {
        for (String kv : POLICY.split(",")) {
            if (kv.startsWith(key + "=")) {
                return kv.substring(key.length() + 1);
            }
        }
        return "";
    }

    private static List<String> names(List<Mention> ms) {
        return ms.stream().map(Mention::text).toList();
    }

    /** The parties of a verb trigger at {@code head} whose match ends at {@code last}. */
    Roles verb(String category, int head, int last, boolean passive) {
        if (passive) {
            List<Mention> actors = parties(arcs(head, "obl:agent"), true);
            Mention recipient = null;
            if (!category.equals("MOBILIZE")) {
                recipient = first(parties(arcs(head, "nsubj:pass"), false));
                if (recipient == null && p.relationOf(head).equals("acl") && p.headOf(head) >= 0) {
                    recipient = party(p.headOf(head)); // "the 105 Lebanese killed by": the noun the participle modifies
                }
            }
            return new Roles(actors, recipient);
        }
        List<Integer> subjects = new ArrayList<>();
        for (DependencyParse.Arc a : p.dependents(head)) {
            if (a.relation().equals("nsubj") || a.relation().equals("nsubj:xsubj")) {
                subjects.add(a.dependent());
            }
        }
        List<Mention> actors = parties(subjects, true);
        if (actors.isEmpty() && p.relationOf(head).equals("acl") && t.get(head).pos().equals("VBG") && p.headOf(head) >= 0) {
            Mention g = party(p.headOf(head)); // "demonstrators demanding", "a case accusing Turkey"
            actors = g == null ? List.of() : List.of(g);
        }
        return new Roles(actors, objectOf(category, head, last, first(actors), true));
    }

    /** The parties of a noun trigger at {@code head} whose match ends at {@code last}. */
    Roles noun(String category, int head, int last) {
        List<Mention> actors = new ArrayList<>();
        for (DependencyParse.Arc a : p.dependents(head)) {
            String rel = a.relation();
            int d = a.dependent();
            boolean patient = NounRoles.PATIENT_NOUNS.contains(Moods.lemma(t.get(head)));
            boolean modifier = rel.equals("nmod:poss") && !patient || (rel.equals("amod") || rel.equals("compound")) && d < head;
            boolean by = rel.equals("nmod:by") || rel.equals("nmod:agent") || FROM_AGENT.contains(category) && rel.equals("nmod:from");
            boolean of = rel.equals("nmod:of") && OF_ACTOR_CATEGORIES.contains(category);
            if (modifier && t.get(d).word().toLowerCase(Locale.ROOT).startsWith("anti")) {
                continue; // "anti-Israeli bombings" are aimed at Israel
            }
            if (modifier || by || of) {
                Mention m = party(d);
                if (m != null && !(category.equals("CONSULT") && modifier
                        && (m.type() == MentionType.CITY || m.type() == MentionType.PLACE))) {
                    actors.add(m);
                }
            }
        }
        Mention recipient = objectOf(category, head, last, first(actors), false);
        if (recipient == null && NounRoles.PATIENT_NOUNS.contains(Moods.lemma(t.get(head)))) {
            recipient = first(parties(arcs(head, "nmod:poss"), false)); // "the suspects' arrest": the possessor suffers it
        }
        return new Roles(actors, recipient);
    }

    /** The object of the trigger: a direct object for transitive categories, or the object of one of its prepositions. */
    private Mention objectOf(String category, int head, int last, Mention actor, boolean verbal) {
        Set<String> preps = ObjectFinder.RECIPIENT_PREPOSITIONS.getOrDefault(category, Set.of());
        String lastWord = t.get(last).word().toLowerCase(Locale.ROOT);
        boolean trailingPrep = last > head && (t.get(last).pos().equals("IN") || t.get(last).pos().equals("TO"));
        for (DependencyParse.Arc a : p.dependents(head)) {
            String rel = a.relation();
            String prep = rel.startsWith("obl:") || rel.startsWith("nmod:") ? rel.substring(rel.indexOf(':') + 1) : null;
            boolean direct = verbal && (rel.equals("obj") || rel.equals("iobj")) && ObjectFinder.TRANSITIVE.contains(category)
                    && !ObjectFinder.THING_OBJECT.contains(Moods.lemma(t.get(head)));
            boolean prepositional = prep != null && !prep.equals("poss") && (preps.contains(prep) || trailingPrep && prep.equals(lastWord)
                    || !verbal && prep.equals("of") && OF_TARGET_CATEGORIES.contains(category));
            if (direct || prepositional) {
                Mention m = party(a.dependent());
                if (m != null && !ParticipantChecks.same(m, actor)) {
                    return m;
                }
            }
        }
        return null;
    }

    private List<Integer> arcs(int head, String relation) {
        List<Integer> out = new ArrayList<>();
        for (DependencyParse.Arc a : p.dependents(head)) {
            if (a.relation().equals(relation)) {
                out.add(a.dependent());
            }
        }
        return out;
    }

    /** The parties of the heads, each with the heads coordinated with it when {@code coordinated}. */
    private List<Mention> parties(List<Integer> heads, boolean coordinated) {
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
        Mention m;
        if (k.pos().equals("PRP") || k.pos().equals("PRP$")) {
            m = participants.pronouns.resolve(k);
        } else {
            m = named(h);
        }
        if (m != null && (m.type() == MentionType.PLACE || m.type() == MentionType.CITY && !ParticipantChecks.isCapital(m)
                && !ParticipantChecks.isSeat(m))) {
            return null; // towns and regions are where things happen; the surface rules know when they are targets
        }
        return m;
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

    private static Mention first(List<Mention> ms) {
        return ms.isEmpty() ? null : ms.get(0);
    }
}
