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
 * reach into coordinated verbs, relative clauses and controlled infinitives): the subject acts, the object or the
 * object of one of the category's prepositions receives (also through a thing: "banned visits to Iran", "against US
 * policy"; or through an infinitive of purpose); a noun trigger's possessor, nationality or "by" phrase acts. A
 * dependency head is mapped to a party by the surface rules' own reading of its noun phrase
 * ({@link ObjectFinder#objectAt}), so places, unnamed parties and descriptions are treated alike.
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
    private final ParseParties heads;
    private final Mention[] mentionOf;

    ParseRoles(DependencyParse parse, Participants participants) {
        this.p = parse;
        this.t = participants.t;
        this.mentionOf = participants.mentionOf;
        this.heads = new ParseParties(parse, participants);
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

    /**
     * The arguments after consulting the parse, for active verbs and nouns (passives keep the surface reading: on the
     * annotated sets a parsed passive only added errors). The parse fills an actor or a recipient the surface rules
     * left empty; it overrides them only where word order is known to mislead: the subject of a relative clause or of a
     * participle is its antecedent ("demonstrators who gathered ... to protest"), a coordination the surface rules
     * cut short ("X as well as Y offered"), and a subject the surface rules took for the object. Elsewhere the surface
     * reading wins: on the seven sets it is right more often where the two disagree.
     */
    Roles refine(String category, boolean nominal, boolean passive, int head, int last, List<Mention> actors, Mention recipient) {
        if (!nominal && (passive || passive(head))) {
            return new Roles(actors, recipient);
        }
        Roles parsed = nominal ? noun(category, head, last) : verb(category, head, last);
        boolean afterComma = t.get(head).pos().equals("VBG") && head > 0 && t.get(head - 1).word().equals(",") && !actors.isEmpty();
        boolean relative = !nominal && (inRelativeClause(head) || participleOfNoun(head) && !afterComma) // the antecedent acts
                && !parsed.actors().isEmpty(); // (", condemning" after an object is the main clause's, whatever the parse says)
        boolean more = !nominal && !actors.isEmpty() && parsed.actors().size() > actors.size()
                && actors.stream().allMatch(m -> parsed.actors().stream().anyMatch(x -> ParticipantChecks.same(m, x)));
        boolean embedded = !nominal && !actors.isEmpty() && !parsed.actors().isEmpty()
                && !ParticipantChecks.same(actors.get(0), parsed.actors().get(0)) && inOtherClause(actors.get(0), head);
        List<Mention> newActors = actors.isEmpty() || relative || more || embedded ? parsed.actors() : actors; // more: "Ban and Taro agreed"
        Mention newRecipient = recipient == null ? parsed.recipient() : recipient;
        if (!nominal && actors.isEmpty() && recipient != null && !parsed.actors().isEmpty()
                && ParticipantChecks.same(parsed.actors().get(0), recipient)) {
            newRecipient = parsed.recipient(); // "The Cypriot government called on both parties": the subject was taken for the object
        }
        Mention main = newActors.isEmpty() ? null : newActors.get(0);
        if (newRecipient != null && main != null && ParticipantChecks.same(main, newRecipient)) {
            newRecipient = recipient; // no one acts on himself: one of the two readings is wrong, keep the surface one
            newActors = newRecipient != null && ParticipantChecks.same(main, newRecipient) ? actors : newActors;
        }
        return new Roles(newActors, newRecipient);
    }

    /**
     * Whether the parse can change the arguments the surface rules found for the trigger whose match starts at
     * {@code first} (see {@link #refine}): a verb trigger lacks a party, or a noun trigger its recipient, while another
     * party is named. Parsing costs about 5 ms a sentence, so only such sentences are parsed: on the eight annotated sets
     * and a probe draw the parse never changed the arguments of a verb whose two slots were filled, nor those of a noun
     * whose recipient was found (the surface rules read relative clauses and coordinations as the parse does).
     */
    static boolean worthParsing(List<Token> t, Mention[] mentionOf, int first, boolean nominal, List<Mention> actors,
            Mention recipient) {
        return !nominal && actors.isEmpty() && partyBesides(t, mentionOf, 0, recipient)
                || recipient == null && partyBesides(t, mentionOf, first, first(actors));
    }

    /** Whether a party other than {@code known} is named at or after token {@code from} (a pronoun may be one). */
    private static boolean partyBesides(List<Token> t, Mention[] mentionOf, int from, Mention known) {
        for (int i = from; i < mentionOf.length; i++) {
            Mention m = mentionOf[i];
            if (m != null && m != known && Participants.ACTOR_TYPES.contains(m.type()) || t.get(i).pos().startsWith("PRP")) {
                return true;
            }
        }
        return false;
    }

    /** The parties of an active verb trigger at {@code head} whose match ends at {@code last}. */
    Roles verb(String category, int head, int last) {
        List<Integer> subjects = new ArrayList<>();
        for (DependencyParse.Arc a : p.dependents(head)) {
            if (a.relation().equals("nsubj") || a.relation().equals("nsubj:xsubj")) {
                subjects.add(a.dependent());
            }
        }
        List<Mention> actors = heads.parties(subjects, true);
        if (actors.isEmpty() && participleOfNoun(head)) {
            int noun = p.headOf(head);
            Mention g = heads.party(noun); // "demonstrators demanding"
            if (g == null && AUTHORED.contains(Moods.lemma(t.get(noun))) && p.relationOf(noun).equals("obj") && p.headOf(noun) >= 0) {
                g = first(heads.parties(heads.arcs(p.headOf(noun), "nsubj"), false)); // "the US filed a case accusing Turkey": its author
            }
            actors = g == null ? List.of() : List.of(g);
        }
        Mention recipient = objectOf(category, head, last, first(actors), true);
        if (recipient == null && PURPOSE_CATEGORIES.contains(category)) {
            recipient = purposeObject(head, first(actors));
        }
        return new Roles(actors, recipient);
    }

    /** Acts whose purpose clause names their target ("fired tear gas to disperse the protesters", "protested to pressure police"). */
    private static final Set<String> PURPOSE_CATEGORIES = Set.of("COERCE", "ASSAULT", "PROTEST");

    /** The direct object of an infinitive of purpose under the verb at {@code head}, or null. */
    private Mention purposeObject(int head, Mention actor) {
        for (DependencyParse.Arc a : ParseParties.inOrder(p.dependents(head))) {
            if (!(a.relation().equals("xcomp") || a.relation().equals("advcl")) || heads.arcs(a.dependent(), "mark").stream()
                    .noneMatch(m -> t.get(m).word().equalsIgnoreCase("to"))) {
                continue;
            }
            for (int o : heads.arcs(a.dependent(), "obj")) {
                Mention m = heads.party(o);
                if (m != null && !ParticipantChecks.same(m, actor)) {
                    return m;
                }
            }
        }
        return null;
    }


    /** Prepositions after a lifted or eased measure that name whom it concerned ("the ban on his trip"). */
    private static final Set<String> EASED_FOR = Set.of("on", "for", "to", "against");

    /** The party a thing-object of the trigger is aimed at through one of the category's prepositions, or null. */
    private Mention objectOfThing(String category, int thing, Set<String> preps) {
        for (DependencyParse.Arc a : ParseParties.inOrder(p.dependents(thing))) {
            String rel = a.relation();
            if (!rel.startsWith("nmod:") || NOT_TARGETS.contains(rel.substring(5))) {
                continue;
            }
            String prep = rel.substring(5);
            if (preps.contains(prep) || category.equals("CONCEDE") && EASED_FOR.contains(prep)) {
                Mention m = heads.party(a.dependent());
                if (m == null && OWNER_TARGETS.contains(category) || m == null && category.equals("CONCEDE")) {
                    m = heads.owner(a.dependent());
                }
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /** Acts aimed at a party through something of its own: its policy, plan, candidacy or remarks. */
    private static final Set<String> OWNER_TARGETS = Set.of("ACCUSE", "REJECT", "PROTEST", "SUPPORT");

    /** Documents and filings that speak for whoever issued them ("filed a case accusing Turkey", "issued a statement urging"). */
    private static final Set<String> AUTHORED = Set.of("statement", "resolution", "letter", "declaration", "communique", "report",
            "message", "note", "case", "complaint", "lawsuit", "motion", "petition", "bill", "appeal");

    /** Whether the verb at {@code head} is a present participle modifying a noun ("a case accusing Turkey"). */
    private boolean participleOfNoun(int head) {
        return p.relationOf(head).equals("acl") && t.get(head).pos().equals("VBG") && p.headOf(head) >= 0
                && p.dependents(head).stream().noneMatch(a -> a.relation().equals("mark")); // not "journalists after paying a call"
    }

    /**
     * Whether mention {@code m} stands inside a clause that is a complement of another verb and does not hold the trigger
     * at {@code head}: "Blair claimed the Conservatives saw ... and accused them": the Conservatives are the subject of
     * "saw", and "accused" shares the subject of "claimed".
     */
    private boolean inOtherClause(Mention m, int head) {
        int at = -1;
        for (int i = 0; i < t.size() && at < 0; i++) {
            if (mentionOf[i] == m) {
                at = i;
            }
        }
        for (int h = at, steps = 0; h >= 0 && steps < 8; h = p.headOf(h), steps++) {
            if (p.relationOf(h).equals("ccomp")) {
                return !dominates(h, head);
            }
        }
        return false;
    }

    /** Whether token {@code top} is {@code i} or one of its ancestors in the basic tree. */
    private boolean dominates(int top, int i) {
        for (int h = i, steps = 0; h >= 0 && steps < 40; h = p.headOf(h), steps++) {
            if (h == top) {
                return true;
            }
        }
        return false;
    }

    /** Whether the verb at {@code head}, or the verb whose complement it is, heads a relative clause ("X, who ... urged"). */
    boolean inRelativeClause(int head) {
        for (int h = head, steps = 0; h >= 0 && steps < 3; h = p.headOf(h), steps++) {
            if (p.relationOf(h).equals("acl:relcl")) {
                return true;
            }
            if (!p.relationOf(h).equals("xcomp") && !p.relationOf(h).equals("conj")) {
                return false;
            }
        }
        return false;
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
                Mention m = heads.party(d);
                if (m != null && !(category.equals("CONSULT") && modifier
                        && (m.type() == MentionType.CITY || m.type() == MentionType.PLACE))) {
                    actors.add(m);
                }
            }
        }
        Mention recipient = objectOf(category, head, last, first(actors), false);
        if (recipient == null && NounRoles.PATIENT_NOUNS.contains(Moods.lemma(t.get(head)))) {
            recipient = first(heads.parties(heads.arcs(head, "nmod:poss"), false)); // "the suspects' arrest": the possessor suffers it
        }
        return new Roles(actors, recipient);
    }

    /** The object of the trigger: a direct object for transitive categories, or the object of one of its prepositions. */
    private Mention objectOf(String category, int head, int last, Mention actor, boolean verbal) {
        Set<String> preps = ObjectFinder.RECIPIENT_PREPOSITIONS.getOrDefault(category, Set.of());
        if (category.equals("CONCEDE")) {
            preps = EASED_FOR; // "lifted the ban on his trip", "eased restrictions for Pakistanis"
        }
        String lastWord = t.get(last).word().toLowerCase(Locale.ROOT);
        boolean trailingPrep = last > head && (t.get(last).pos().equals("IN") || t.get(last).pos().equals("TO"));
        boolean objectSeen = false;
        for (DependencyParse.Arc a : ParseParties.inOrder(p.dependents(head))) {
            String rel = a.relation();
            String prep = rel.startsWith("obl:") || rel.startsWith("nmod:") ? rel.substring(rel.indexOf(':') + 1) : null;
            boolean object = rel.equals("obj") || rel.equals("iobj");
            boolean direct = verbal && object && !objectSeen && ObjectFinder.TRANSITIVE.contains(category)
                    && !ObjectFinder.THING_OBJECT.contains(Moods.lemma(t.get(head)));
            objectSeen |= object; // a second object is the parser's mistake more often than not
            boolean prepositional = prep != null && !NOT_TARGETS.contains(prep) && (preps.contains(prep) && (verbal || !prep.equals("by"))
                    || trailingPrep && prep.equals(lastWord) || !verbal && prep.equals("of") && OF_TARGET_CATEGORIES.contains(category));
            if (direct || prepositional) {
                Mention m = heads.party(a.dependent());
                if (m == null && a.dependent() > last && (OWNER_TARGETS.contains(category) || category.equals("CONCEDE") && !object)) {
                    m = heads.owner(a.dependent()); // "protest against US policy", "opponent of Macedonia's candidacy"
                }
                if (m == null && object) {
                    m = objectOfThing(category, a.dependent(), preps); // "banned ministerial visits to Iran", "lifted the ban on his trip"
                }
                if (m != null && !ParticipantChecks.same(m, actor)) {
                    return m;
                }
            }
        }
        return null;
    }

    /** Case words that never mark the one acted on: possessors, agents, places and times. */
    private static final Set<String> NOT_TARGETS = Set.of("poss", "agent", "in", "at", "during", "tmod", "npmod");

    /**
     * Whether the parse agrees that token {@code dependent} fills a slot of the trigger from {@code first} to
     * {@code last}: its governor is a trigger token and the relation is an object, an oblique or a nominal modifier.
     */
    boolean governs(int first, int last, int dependent) {
        return governs(first, last, dependent, false);
    }

    /** As {@link #governs(int, int, int)}; {@code agent}: the slot of the one acting (an agent, a "by" modifier or a possessor). */
    boolean governs(int first, int last, int dependent, boolean agent) {
        int h = p.headOf(dependent);
        String rel = p.relationOf(dependent);
        if (h < first || h > last) {
            return false;
        }
        if (agent) {
            return rel.equals("nmod:poss") || rel.equals("obl:agent") || rel.startsWith("obl") || rel.startsWith("nmod");
        }
        return rel.equals("obj") || rel.equals("iobj")
                || (rel.startsWith("obl") || rel.startsWith("nmod")) && !NOT_TARGETS.contains(rel.substring(rel.indexOf(':') + 1));
    }

    /** Whether the parse makes token {@code owner} the possessor of token {@code thing}. */
    boolean possessorOf(int owner, int thing) {
        return p.headOf(owner) == thing && p.relationOf(owner).equals("nmod:poss");
    }

    /** Whether the parse makes token {@code dependent} the subject ({@code relation}) of a trigger token from {@code first} to {@code last}. */
    boolean subjectOf(int first, int last, int dependent, String relation) {
        int h = p.headOf(dependent);
        return h >= first && h <= last && p.relationOf(dependent).equals(relation);
    }

    private static Mention first(List<Mention> ms) {
        return ms.isEmpty() ? null : ms.get(0);
    }
}
