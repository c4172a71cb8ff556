package org.newsgraph.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;
import org.newsgraph.extract.Token;

/**
 * The participants of a nominal trigger ("attacks by X", "talks between X and Y", "criticism from China", "the
 * suspects' arrest", "anti-Israeli bombings"): who acts and who is acted on, read from the noun's modifiers, its
 * prepositional phrases and the verbs it follows. Token positions are sentence-relative. Holds one sentence; not
 * thread-safe.
 */
final class NounParticipants {

    /** Categories whose nouns name their actor in a "from" phrase ("criticism from China", "aid from Japan", "threats from Beijing"). */
    private static final Set<String> FROM_AGENT = Set.of("ACCUSE", "AID", "SUPPORT", "REQUEST", "PROTEST", "THREATEN", "REJECT");
    /** Meetings whose parties a verb of including may list ("The talks involve China, the DPRK, ..."). */
    private static final Set<String> GATHERINGS = Set.of("talk", "talks", "summit", "meeting", "negotiation", "negotiations",
            "conference", "forum");
    /** Categories whose nouns may name both parties after "between" ("talks between X and Y"). */
    private static final Set<String> PAIRED = Set.of("ASSAULT", "CONSULT", "AGREE", "COOPERATE");
    /** Categories whose noun is addressed to someone, who may answer it ("rejected UN demands", "dismissed the charges"). */
    private static final Set<String> ADDRESSED = Set.of("REQUEST", "ACCUSE", "THREATEN");
    /** Nominal triggers that name the one who acts. */
    private static final Set<String> AGENT_NOUNS = Set.of("bomber", "attacker", "assailant", "gunman", "kidnapper", "hijacker");

    /** What a noun's phrase names: the actors, the recipient, and whether the target was named without a verb. */
    /**
     * Whether the noun starting at {@code first} is dated by the day or year it happened, after "the" ("since the 2003
     * invasion", "the May 2003 bombings in Casablanca", "the Aug. 7 bombings"): one attack told as made, not a bare
     * "the attack" that refers back.
     */
    private boolean dated(int first) {
        int i = first - 1;
        if (i < 0 || !t.get(i).pos().equals("CD")) {
            return false;
        }
        String w = t.get(i).word();
        boolean year = w.matches("(19|20)\\d\\d");
        if (!year && !(w.matches("[1-3]?\\d") && i > 0 && MONTHS.contains(monthOf(t.get(i - 1).word())))) {
            return false; // "the two attacks", "the 15 bombings": a count, no date
        }
        i--;
        while (i >= 0 && (MONTHS.contains(monthOf(t.get(i).word())) || t.get(i).word().equals(","))) {
            i--;
        }
        return i >= 0 && Set.of("the", "its", "their").contains(t.get(i).word().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the noun starting at {@code first} is named after "the" by the place or building where it happened, which no
     * mention takes for a party ("the Tiananmen Square massacre", "the World Trade Center attack", "the Olympic park
     * bombing"): one attack told as made.
     */
    private boolean namedByPlace(int first) {
        int i = first - 1;
        if (i >= 0 && t.get(i).word().equalsIgnoreCase("bomb")) {
            i--;
        }
        int names = 0;
        while (i >= 0 && (t.get(i).pos().equals("NNP"))) {
            Mention m = mentionOf[i];
            if (m != null && m.type() != MentionType.PLACE && m.type() != MentionType.ORGANISATION) {
                return false; // "the Hezbollah attacks": a party's own, read as its actor
            }
            names++;
            i--;
        }
        return names > 0 && i >= 0 && t.get(i).word().equalsIgnoreCase("the");
    }

    /** Month names and their abbreviations as news writes them. */
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec");

    private static String monthOf(String word) {
        return word.toLowerCase(Locale.ROOT).replace(".", "");
    }

    record Slots(List<Mention> actors, Mention recipient, boolean targetNamed) {
    }

    private final List<Token> t;
    private final Mention[] mentionOf;
    private final Participants participants;
    private final NounRoles roles;

    NounParticipants(List<Token> t, Mention[] mentionOf, Participants participants, NounRoles roles) {
        this.t = t;
        this.mentionOf = mentionOf;
        this.participants = participants;
        this.roles = roles;
    }

    /** Categories whose noun takes no actor from its clause's subject, only from a verb of doing it ("launched attacks"). */
    private static final Set<String> NO_SUBJECT = Set.of("ASSAULT");
    /** Nouns of fighting between two sides, either of which may be the one harmed. */
    private static final Set<String> MUTUAL = Set.of("clash", "fighting", "battle", "skirmish", "firefight", "gunbattle",
            "gunfight", "encounter", "exchange", "shootout", "confrontation");
    /** Words of the armed and uniformed services of a state, whose members are one side against any other. */
    private static final Set<String> SERVICES = Set.of("soldier", "soldiers", "troop", "troops", "police", "policeman",
            "policemen", "officer", "officers", "guard", "guards", "force", "forces", "army", "military", "security", "marine",
            "marines", "paratrooper", "paratroopers", "serviceman", "servicemen");

    /**
     * Whether the harmed party {@code victim} belongs to the side {@code side}: a capitalised word (a nationality) they
     * share, or both named by a word of a state's services ("one soldier" and "the government troops").
     */
    static boolean sameSide(Mention victim, Mention side) {
        List<String> v = List.of(victim.text().split("[\\s-]+"));
        List<String> w = List.of(side.text().split("[\\s-]+"));
        if (v.stream().anyMatch(x -> !x.isEmpty() && Character.isUpperCase(x.charAt(0)) && w.contains(x))) {
            return true;
        }
        return v.stream().anyMatch(x -> SERVICES.contains(x.toLowerCase(Locale.ROOT)))
                && w.stream().anyMatch(x -> SERVICES.contains(x.toLowerCase(Locale.ROOT)));
    }
    /** Charges someone faces or is held on: the clause's subject is the accused, and the accuser goes unnamed. */
    private static final Set<String> CHARGES = Set.of("charge");

    /** Categories of deeds someone may be charged with, tried or suspected for ("accused of the murder of"). */
    static final Set<String> DEEDS = Set.of("ASSAULT", "COERCE");

    /**
     * Restrictions in force, which the clause's subject rarely imposed ("the PA faces a deficit due to the closures"), and
     * coups, told as the past that dates what came after ("martial law, imposed after the Sept. 19 coup"), and revolts,
     * which the clause's subject survived or followed ("Arroyo, who survived a military uprising"), and riots, which it
     * met or answered ("Cate Blanchett led a ceremony to appeal for calm after race riots"); those who staged or led them
     * are read from the verb of doing.
     */
    private static final Set<String> RESTRICTIONS = Set.of("closure", "curfew", "coup", "uprising", "revolt", "rebellion",
            "mutiny", "riot");

    /** Prepositions that date a clause by another happening ("after the missile test", "following its nuclear test"). */
    private static final Set<String> TIME_PREPOSITIONS = Set.of("after", "following", "since", "before", "despite", "amid");

    /**
     * Whether the noun phrase whose first token is {@code first} is the object of a preposition of time: a test or a
     * deployment that dates the clause was not done by the clause's subject ("Japan suspended its aid after the missile test").
     */
    private boolean afterTimePreposition(int first) {
        int i = first - 1;
        while (i >= 0 && Set.of("DT", "PRP$", "JJ", "NN", "NNP", "POS", "CD").contains(t.get(i).pos()) && first - i <= 5) {
            i--;
        }
        return i >= 0 && TIME_PREPOSITIONS.contains(t.get(i).word().toLowerCase(Locale.ROOT));
    }

    /** Categories whose noun, after a city's name, happened there ("the Beirut bomb blast", "the Tehran protests"). */
    private static final Set<String> PLACED = Set.of("ASSAULT", "PROTEST", "COERCE");

    /**
     * Verbs by which a party holds the support or praise "of" or "from" another ("had the support of", "benefitted from the
     * support of", "drew warm praise from a host of other EU leaders").
     */
    private static final Set<String> HOLDING = Set.of("have", "enjoy", "benefit", "win", "gain", "receive", "secure", "garner",
            "draw", "earn");

    /**
     * "Kabila had the support of countries of the Great Lakes region", "the rebel troops benefitted from the active
     * support of the local population": the index of the verb of holding before a support noun at {@code head} that an
     * "of" follows, or -1.
     */
    private int supportHolder(int head) {
        if (head + 2 >= t.size() || !t.get(head + 1).word().equals("of") && !t.get(head + 1).word().equals("from")) {
            return -1;
        }
        for (int i = head - 1; i >= Math.max(0, head - 5); i--) {
            Token k = t.get(i);
            if (k.pos().startsWith("VB")) {
                return HOLDING.contains(Moods.lemma(k)) ? i : -1;
            }
            if (!(k.pos().equals("DT") || k.pos().startsWith("JJ") || k.pos().startsWith("RB") || k.pos().equals("PRP$")
                    || k.word().equals("from"))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The one a warrant ending at {@code last} is out for: after "for" or "against", maybe past the verb that issued it
     * ("arrest warrants were issued against"), or after the "of" of the arrest it orders ("a warrant for the arrest of").
     */
    private Mention wanted(int last) {
        int j = last + 1;
        if (j + 1 < t.size() && t.get(j).word().equals("of") && Set.of("arrest", "detention", "extradition", "capture")
                .contains(Moods.lemma(t.get(last)))) {
            return participants.objectAt(j + 1, t.size(), 5);
        }
        while (j < t.size() && j <= last + 4 && (t.get(j).pos().startsWith("RB") || t.get(j).pos().startsWith("VB")
                && (Set.of("be", "have").contains(Moods.lemma(t.get(j))) || t.get(j).pos().equals("VBN")))) {
            j++;
        }
        return j + 1 < t.size() && Set.of("for", "against").contains(t.get(j).word()) ? participants.objectAt(j + 1, t.size(), 5) : null;
    }

    /** Whether mention {@code m}, before the trigger from {@code first}, is a possessor ("Moscow's bombing"). */
    private boolean possessor(Mention m, int first) {
        for (int i = first - 1; i >= Math.max(0, first - 6); i--) {
            if (mentionOf[i] == m) {
                return i + 1 < t.size() && t.get(i + 1).pos().equals("POS");
            }
        }
        return false;
    }

    /**
     * The participants of the nominal trigger of rule {@code r} from {@code first} to {@code last} (head {@code head}),
     * looking for a subject no further back than {@code lo}; null when the rule needs an actor right beside the noun
     * and none is there.
     */
    Slots read(Triggers.Rule r, int head, int matchFirst, int last, int lo) {
        // "caused an international backlash": a match that opens at a verb of drawing is read from its noun
        // one that opens at a verb of dying ("have died since January last year in near-daily attacks") names the victims
        boolean diedIn = matchFirst < head && roles.victimVerbAt(matchFirst);
        int first = matchFirst < head && roles.drawVerbBefore(head) == matchFirst ? head : matchFirst;
        List<Mention> actors;
        Mention recipient;
        boolean targetNamed = false;
            Mention a = participants.modifierBefore(diedIn ? head : first); // "died in Taliban-led violence": its doer
            for (int i = first; a == null && (r.category().equals("PROTEST") || r.category().equals("ASSAULT")) && i < head; i++) {
                if (mentionOf[i] != null && Participants.ACTOR_TYPES.contains(mentionOf[i].type())
                        && mentionOf[i].type() != MentionType.CITY && mentionOf[i].type() != MentionType.PLACE
                        && (r.category().equals("PROTEST") || mentionOf[i].type() == MentionType.GROUP)) {
                    a = mentionOf[i]; // "amid opposition protests", "student protests": the protesters, whoever the clause's subject
                }                     // is; "escaped a rebel ambush": the attackers
            }
            if (a == null && r.category().equals("PROTEST") && first < head) {
                a = partyModifier(first + 1, head); // the trigger's own modifier ("opposition protests"), from its first word
            }
            boolean placed = false; // "the Bali bombings": named by where they happened, by no one who acted
            if (a != null && (r.category().equals("CONSULT") || (PLACED.contains(r.category()) || "investigate".equals(r.mode())) && !possessor(a, first))
                    && (a.type() == MentionType.CITY || a.type() == MentionType.PLACE)) {
                placed = !r.category().equals("CONSULT");
                a = null; // "the Beijing Summit", "the Beirut bomb blast", "the Haditha investigation": where it is held, not a party to it
            }
            Mention possessedPatient = null;
            if (NounRoles.PATIENT_NOUNS.contains(Moods.lemma(t.get(head))) && roles.possessive(head)) {
                possessedPatient = participants.modifierBefore(head); // "the suspects' arrest": the possessor suffers it
                a = participants.phrases.agentOfNoun(Math.min(head, last - 1), last, t.size()); // "attacks by X": the match may end at "by"
                if (a == null && possessedPatient != null && head + 2 < t.size() && t.get(head + 1).word().equals("of")
                        && participants.objectAt(head + 2, t.size(), 5) != null) {
                    a = possessedPatient; // "Israel's killing of three militants", "the army's arrest of": with an "of" the
                    possessedPatient = null; // possessor did it to the one after "of"
                }
            }
            if (Moods.lemma(t.get(head)).equals("warrant") && first < head && roles.possessive(first)
                    && !(head + 1 < t.size() && Set.of("against", "for").contains(t.get(head + 1).word()))) { // not "X's warrant against Y"
                Mention wanted = participants.modifierBefore(first); // "Montiglio's arrest warrant": the one it is for
                if (wanted != null && wanted.type() == MentionType.PERSON) {
                    possessedPatient = wanted;
                    a = participants.phrases.agentOfNoun(Math.min(head, last - 1), last, t.size());
                }
            }
            if (a == null && !placed && r.need() == Triggers.Need.ADJACENT_ACTOR && roles.antiTarget(first) == null
                    && !(r.category().equals("ASSAULT") && !Set.of("fire", "fires").contains(Moods.lemma(t.get(head)))
                            && (dated(first) || namedByPlace(first)))
                    && !(DEEDS.contains(r.category()) && roles.chargedByVerb(first) && roles.accusedOfDeed(first, lo) != null)) { // "blamed for a wave of bombings": the one blamed did it
                return null;
            }
            if (a == null) {
                a = participants.phrases.agentOfNoun(Math.min(head, last - 1), last, t.size()); // "attacks by X": the match may end at "by"
            }
            if ((a == null || first < head && !t.get(first).pos().startsWith("NN") && !t.get(first).pos().startsWith("JJ"))
                    && r.category().equals("REQUEST") && Set.of("request", "demand", "insistence", "urging", "behest").contains(Moods.lemma(t.get(head)))
                    && head + 2 < t.size() && t.get(head + 1).word().equals("of")) {
                // "at the request of the United Nations": the one who asked (not a name before "at": "to meet Kabila at the
                // request of Mandela")
                a = participants.objectAt(head + 2, t.size(), 5);
            }
            if (a == null && DEEDS.contains(r.category()) && last > head + 1 && t.get(last).word().equals("on")
                    && Moods.lemma(t.get(last - 1)).equals("blame") || a == null && last > head + 2 && t.get(last).word().equals("by")
                    && t.get(last - 1).word().equals("out") || a == null && r.category().equals("AID") && last > head + 1
                    && t.get(last).word().equals("by") && t.get(last - 1).pos().equals("VBN")) {
                // "bombings blamed on the Taliban", "carried out by the militants", "the aid, provided by the EU,"
                a = participants.objectAt(last + 1, t.size(), 5);
            }
            boolean givenTo = r.category().equals("AID") && t.get(last).word().equals("to");
            for (int j = last + 1; a == null && givenTo && j + 1 < Math.min(t.size(), last + 7); j++) {
                if (t.get(j).word().equals("by")) {
                    a = participants.objectAt(j + 1, t.size(), 5); // "the donation of a rhino to Botswana by Zimbabwe": the giver
                } else if (t.get(j).word().equals(",") || t.get(j).pos().startsWith("VB")) {
                    break;
                }
            }
            if (a == null && DEEDS.contains(r.category()) && last + 3 < t.size() && Moods.lemma(t.get(last + 1)).equals("blame")
                    && t.get(last + 1).pos().equals("VBN") && t.get(last + 2).word().equals("on")) {
                a = participants.objectAt(last + 3, t.size(), 5); // "died in an attack blamed on rebels": the match ends at the noun
            }
            if (a == null && mentionOf[head] != null && mentionOf[head].type() == MentionType.GROUP
                    && AGENT_NOUNS.contains(Moods.lemma(t.get(head)))) {
                a = mentionOf[head]; // "a suicide bomber drove his car into mourners": the trigger names the attacker
            }
            boolean fromSource = false;
            if (a == null && FROM_AGENT.contains(r.category())) {
                a = participants.phrases.source(last, t.size()); // "criticism from China", "aid from Japan"
                fromSource = a != null;
            }
            List<Mention> pair = a == null && PAIRED.contains(r.category()) ? participants.phrases.between(last, t.size()) : List.of();
            List<Mention> hyphened = a != null && PAIRED.contains(r.category()) ? participants.hyphenPair(first) : List.of();
            if (!hyphened.isEmpty()) {
                pair = hyphened; // "the EU-Russia summit", "US-China talks": the two sides the compound names
                a = null;
            }
            if (a == null && pair.isEmpty() && r.category().equals("CONSULT")) {
                a = participants.phrases.among(last, t.size()); // "negotiations are going on among member economies"
            }
            List<Mention> gathered = a == null && pair.isEmpty() && r.category().equals("CONSULT")
                    && GATHERINGS.contains(Moods.lemma(t.get(head)))
                    ? participants.phrases.gathered(last + 1, t.size()) : List.of();
            if (!gathered.isEmpty()) {
                return new Slots(gathered, null, false); // "The talks bring together China, the two Koreas, the United States"
            }
            if (a != null && CHARGES.contains(Moods.lemma(t.get(head))) && first > 0
                    && Set.of("face", "faces", "facing", "faced").contains(t.get(first - 1).word().toLowerCase(Locale.ROOT))) {
                a = null; // "Allan Githenji face/NN charges of": the tagger's noun is the verb, its subject the accused
            }
            if (a == null && CHARGES.contains(Moods.lemma(t.get(head)))) {
                boolean ofDeed = head > 0 && t.get(head - 1).pos().startsWith("NN") && mentionOf[head - 1] == null; // "genocide charges against Kurds": the victims
                int against = ofDeed || head + 1 >= t.size() || !t.get(head + 1).word().equals("against") ? -1 : head + 1;
                Mention charged = against < 0 ? null : participants.objectAt(against + 1, t.size(), 5);
                if (charged != null) {
                    return new Slots(List.of(), charged, false); // "the release order follows charges against Pinochet"
                }
                List<Mention> accused = participants.subject(first, lo); // "Saddam is facing charges", "Pamuk appeared ... on charges of"
                return new Slots(List.of(), accused.isEmpty() ? null : accused.get(0), false);
            }
            int holder = r.category().equals("SUPPORT") && a == null ? supportHolder(head) : -1;
            if (holder >= 0) {
                Mention giver = participants.objectAt(head + 2, t.size(), 5);
                List<Mention> held = participants.subject(holder, lo);
                if (!held.isEmpty()) { // "Kabila had the support of countries of the Great Lakes region"
                    return new Slots(giver == null ? List.of() : List.of(giver), held.get(0), false);
                }
            }
            int victimVerb = diedIn ? matchFirst : roles.victimVerbBefore(first);
            boolean drawn = a == null && roles.drawVerbBefore(first) >= 0 && FROM_AGENT.contains(r.category()); // "drew praise from a host of leaders"
            boolean agentUnnamed = drawn || a == null && last + 1 < t.size() && t.get(last + 1).word().equals("by") && !r.category().equals("CONSULT");
            actors = agentUnnamed ? List.of() : fromSource ? participants.phrases.sources(last, t.size()) : a != null ? List.of(a)
                    : !pair.isEmpty() ? pair.subList(0, 1)
                    : roles.afterPassive(first) || roles.patientNoun(head) || possessedPatient != null || victimVerb >= 0
                    || roles.reactionVerbBefore(first) >= 0 || placed || NO_SUBJECT.contains(r.category()) || roles.causedBy(first)
                    || RESTRICTIONS.contains(Moods.lemma(t.get(head)))
                    || r.category().equals("MOBILIZE") && afterTimePreposition(first) ? List.of()
                    : !r.category().equals("PROTEST") && reportedSubject(first) ? List.of() // (a protest needs its protesters)
                    : subjectPastObject(first, lo); // an attack's noun names no attacker in its clause's subject
            if (actors.isEmpty() && a == null && pair.isEmpty() && !placed && possessedPatient == null && (NO_SUBJECT.contains(r.category())
                    || r.category().equals("PROTEST"))) {
                Mention modifier = partyModifier(first, head); // "insurgent attacks", "opposition rallies", "student protests"
                actors = modifier == null ? actors : List.of(modifier);
            }
            int doer = roles.doerVerbBefore(first);
            if (a == null && !placed && pair.isEmpty() && possessedPatient == null && doer >= 0) {
                actors = participants.subject(doer, lo); // "Israel has stepped up targeted killings of"
            }
            int withVerb = actors.isEmpty() && a == null && t.get(first).word().equals("with") ? verbBeforeWith(first) : -1;
            if (withVerb >= 0) {
                actors = participants.subject(withVerb, lo); // "the new army chief took command Tuesday with a call for talks"
            }
            recipient = !pair.isEmpty() ? pair.get(1) : roles.patientNoun(head) ? participants.objectAt(head + 2, t.size(), 6)
                    : possessedPatient;
            int harm = first - 1;
            while (harm > first - 5 && harm > 0 && !t.get(harm).pos().startsWith("VB")) {
                harm--;
            }
            if (pair.size() == 2 && a == null && r.category().equals("ASSAULT") && harm > 0
                    && Set.of("VBN", "VBD").contains(t.get(harm).pos()) && Set.of("kill", "wound", "injure", "hurt").contains(Moods.lemma(t.get(harm)))
                    && MUTUAL.contains(Moods.lemma(t.get(head)))) {
                List<Mention> victims = participants.subject(harm, lo);
                if (!victims.isEmpty() && sameSide(victims.get(0), pair.get(0)) && !sameSide(victims.get(0), pair.get(1))) {
                    actors = pair.subList(1, 2); // "two Turkish soldiers were killed in a clash between the Turkish security
                    recipient = pair.get(0); // forces and PKK members": the side the dead belonged to was attacked
                }
            }
            if (recipient == null && pair.isEmpty() && (roles.patientNoun(head) || roles.violationOf(head))) {
                recipient = participants.patientOf(head, head + 1); // "the killing of a fan", "the capture of a known transporter"
                int after = recipient == null ? -1 : tokenAfter(recipient);
                if (actors.isEmpty() && after >= 0 && after + 1 < t.size() && t.get(after).word().equals("by")) {
                    Mention by = participants.objectAt(after + 1, t.size(), 5); // "... of a fan by an off-duty police officer"
                    actors = by == null ? actors : List.of(by);
                }
            }
            if (recipient == null && pair.isEmpty() && last > head + 1 && t.get(last).word().equals("of")
                    && NounRoles.PATIENT_NOUNS.contains(Moods.lemma(t.get(head)))) {
                recipient = participants.patientOf(head, last); // "the killings on September 8 last year of 12 soldiers"
                recipient = recipient == null ? participants.objectAt(last + 1, t.size(), 5) : recipient;
            }
            if (recipient == null && r.category().equals("ASSAULT")) {
                recipient = livesClaimed(last); // "A similar mine attack ... claimed the lives of five police officers"
            }
            if (recipient == null) {
                recipient = participants.recipient(r.category(), head, last, t.size(), first(actors), false);
            }
            if (recipient == null) {
                recipient = roles.victim(last);
            }
            if (recipient == null && r.category().equals("ACCUSE") && Moods.lemma(t.get(head)).equals("protest")
                    && head + 2 < t.size() && t.get(head + 1).word().equals("to")) {
                recipient = participants.objectAt(head + 2, t.size(), 6); // "his protests to the judge": the one it was lodged with
            }
            if (recipient == null && Moods.lemma(t.get(head)).equals("warrant")) {
                recipient = wanted(last); // "an arrest warrant for Dhari", "arrest warrants were issued against seven employees"
            }
            if (recipient == null && !actors.isEmpty() && (fromSource && (r.category().equals("AID") || roles.drawVerbBefore(first) >= 0)
                    || "visit".equals(r.mode()) && head + 1 < t.size() && t.get(head + 1).word().equals("by"))) { // "agreed during a visit by Lavrov"
                List<Mention> receiver = roles.receiver(first, lo); // "RCAF destroyed its missiles with assistance from"
                recipient = receiver.isEmpty() || ParticipantChecks.same(receiver.get(0), actors.get(0)) ? null : receiver.get(0);
            }
            if (drawn) {
                List<Mention> receiver = roles.receiver(first, lo); // "Tudjman ... rejected their choice, drawing international condemnation"
                boolean same = !receiver.isEmpty() && recipient != null && ParticipantChecks.same(receiver.get(0), recipient);
                recipient = recipient != null ? recipient : receiver.isEmpty() ? null : receiver.get(0);
                targetNamed = recipient != null && (same || !receiver.isEmpty() && recipient == receiver.get(0)); // ("faced criticism of its record")
            }
            if (recipient == null && r.category().equals("ASSAULT")) {
                recipient = roles.deathsBefore(first); // "following the death of 19 Palestinians in Israeli shelling"
            }
            if (recipient == null && r.category().equals("REQUEST") && t.get(last).word().equalsIgnoreCase("for")) {
                recipient = askedToAct(last + 1); // "demands for Halutz, Olmert and Peretz to resign"
            }
            if (recipient == null && victimVerb >= 0) {
                List<Mention> victims = participants.subject(victimVerb, lo); // "Abdullah died in an attack on"
                recipient = victims.isEmpty() ? null : victims.get(0);
            }
            if ((actors.isEmpty() && r.category().equals("RETREAT") || "resign".equals(r.mode()) && a == null) && head + 2 < t.size()
                    && t.get(head + 1).word().equals("of")) {
                Mention of = participants.phrases.namedFrom(head + 2, t.size()); // "the withdrawal of Syrian troops", "the resignation of"
                actors = of == null ? actors : List.of(of);
            }
            if (actors.isEmpty() && recipient != null && roles.fightWith(head, last) && !roles.harmedBefore(first) && victimVerb < 0
                    && roles.afterPassive(first)) {
                List<Mention> side = participants.subject(first, lo); // "Two other militants were arrested after the shootout with the BSF"
                actors = side.isEmpty() || ParticipantChecks.same(side.get(0), recipient) ? actors : side.subList(0, 1);
            } else if (actors.isEmpty() && recipient != null && roles.fightWith(head, last) && (roles.harmedBefore(first) || victimVerb >= 0)) {
                List<Mention> victims = participants.subject(victimVerb >= 0 ? victimVerb : first, lo);
                actors = List.of(recipient); // "soldiers were killed in clashes with PKK members": the other side attacked
                recipient = victims.isEmpty() ? null : victims.get(0);
            }
            if (actors.isEmpty() && a == null && pair.isEmpty() && DEEDS.contains(r.category())) {
                Mention accused = roles.accusedOfDeed(first, lo); // "implicated Iranian leaders in the killing of"
                actors = accused == null || recipient != null && ParticipantChecks.same(accused, recipient) ? actors : List.of(accused);
            }
            boolean callFor = Moods.lemma(t.get(head)).equals("call") && head + 1 < t.size() && t.get(head + 1).word().equals("for");
            int reply = ADDRESSED.contains(r.category()) && !callFor ? roles.replyVerbBefore(first) : -1; // a call for elections is addressed to no one
            if (recipient == null && reply >= 0) {
                List<Mention> answering = participants.subject(reply, lo); // "Tehran rejected UN demands": Tehran was asked
                boolean fromClause = a == null && pair.isEmpty() && !actors.isEmpty() && !answering.isEmpty()
                        && ParticipantChecks.same(answering.get(0), actors.get(0));
                if (fromClause) {
                    actors = List.of(); // "Kuchma has denied accusations of": the one who answers is not the accuser
                }
                recipient = answering.isEmpty() || !actors.isEmpty() && ParticipantChecks.same(answering.get(0), actors.get(0))
                        ? null : answering.get(0);
            }
            if (PAIRED.contains(r.category()) && !r.category().equals("ASSAULT") && recipient == null && actors.size() == 1
                    && theirBefore(head)) {
                List<Mention> subject = participants.subject(first, lo); // "Ciampi told a news conference with Sezer after their meeting"
                int told = subject.isEmpty() ? -1 : verbRightBefore(subject.get(0));
                if (told >= 0 && ParticipantChecks.same(subject.get(0), actors.get(0))) {
                    subject = participants.subject(told, lo); // "The president told Lee during their meeting": Lee is the one told
                }
                if (!subject.isEmpty() && !ParticipantChecks.same(subject.get(0), actors.get(0))) {
                    recipient = actors.get(0);
                    actors = subject.subList(0, 1);
                }
            }
            Mention opposed = roles.antiTarget(first); // "anti-Israeli bombings": the modifier names the target, whatever
            if (opposed != null) {                     // a phrase after the noun seemed to name ("anti-Israeli bomb attacks by
                recipient = opposed;                   // HAMAS, saying he works only on the organisation's ...")
                targetNamed = true;
            }
        return new Slots(actors, recipient, targetNamed);
    }

    /**
     * "demands for Halutz, Prime Minister Ehud Olmert and Defence Minister Amir Peretz to resign", "calls for the ailing
     * Mobutu to give way": the first party of the names (a list of them, with their titles) from {@code from} that an
     * infinitive follows, the one asked to act; null when anything else stands before the "to".
     */
    private Mention askedToAct(int from) {
        Mention first = null;
        for (int i = from; i + 1 < t.size() && i < from + 20; i++) {
            Token k = t.get(i);
            if (k.word().equals("to")) {
                return t.get(i + 1).pos().equals("VB") ? first : null;
            }
            if (mentionOf[i] != null && Participants.ACTOR_TYPES.contains(mentionOf[i].type())) {
                first = first == null ? mentionOf[i] : first;
                continue;
            }
            String p = k.pos();
            boolean listed = k.word().equals(",") || k.word().equalsIgnoreCase("and") || p.equals("DT") || p.startsWith("JJ")
                    || p.startsWith("NNP") || p.equals("PRP$") || p.equals("POS") || p.equals("NN") && Character.isUpperCase(k.word().charAt(0));
            if (!listed) {
                return null;
            }
        }
        return null;
    }

    /** The index of the first token after mention {@code m}, or -1 when none follows. */
    private int tokenAfter(Mention m) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).begin() >= m.end()) {
                return i;
            }
        }
        return -1;
    }

    /** Common nouns of a side that, as a bare modifier of an attack or a protest, name who did it ("insurgent attacks"). */
    private static final Set<String> PARTY_MODIFIERS = Set.of("insurgent", "militant", "rebel", "guerrilla", "guerilla",
            "opposition", "student", "separatist", "worker", "workers", "coalition");

    /** A bare common noun of {@link #PARTY_MODIFIERS} right before the head of a noun trigger (from {@code first}), as a party; or null. */
    private Mention partyModifier(int first, int head) {
        for (int i = Math.max(0, first - 1); i < head; i++) {
            Token k = t.get(i);
            if (mentionOf[i] == null && (k.pos().startsWith("NN") || k.pos().startsWith("JJ")) && i + 1 < t.size()
                    && (i + 1 == head || t.get(i + 1).pos().startsWith("NN") || t.get(i + 1).pos().startsWith("JJ"))
                    && PARTY_MODIFIERS.contains(k.word())) {
                return new Mention(k.begin(), k.end(), k.word(), MentionType.GROUP, null, "event-modifier", 0.5);
            }
        }
        return null;
    }

    /**
     * The subject of the clause a noun trigger from {@code first} stands in, past the object of its verb: "Gingrich told
     * President Jiang during a visit to China" (the one told is no visitor).
     */
    private List<Mention> subjectPastObject(int first, int lo) {
        int governing = finiteVerbBefore(first, lo);
        List<Mention> subject = participants.subject(first, lo);
        if (governing >= 0 && !subject.isEmpty() && (!ADDRESSING.contains(Moods.lemma(t.get(governing)))
                || verbRightBefore(subject.get(0)) != governing)) { // "told Lee during a visit": Lee is only addressed
            List<Mention> ofVerb = participants.subject(governing, lo);
            if (!ofVerb.isEmpty() && !ParticipantChecks.same(ofVerb.get(0), subject.get(0))) {
                return ofVerb; // "Ahtisaari, former Finnish president, told a press conference following meetings with"
            }
        }
        int verb = subject.isEmpty() ? -1 : verbRightBefore(subject.get(0));
        if (verb > 0 && Set.of("VBD", "VBZ", "VBP").contains(t.get(verb).pos()) && ADDRESSING.contains(Moods.lemma(t.get(verb)))) {
            List<Mention> before = participants.subject(verb, lo);
            return before.isEmpty() ? subject : before;
        }
        return subject;
    }

    /** Verbs that report a clause, whose subject is not the doer of what the clause's subject names. */
    private static final Set<String> REPORTING = Set.of("say", "tell", "claim", "add", "report", "announce", "insist", "state",
            "believe", "confirm", "note", "stress", "argue");

    /**
     * Whether the noun phrase of the trigger at {@code first} is the subject of a clause a verb of reporting opens, so
     * the speaker only reports the act ("Sneh
     * said the overnight arrests were aimed at", "Wilton told AFP that Friday's demonstration was very peaceful"): the
     * phrase follows the verb (its listener and "that"), and a finite verb follows the phrase.
     */
    private boolean reportedSubject(int first) {
        int start = first;
        while (start > 0 && mentionOf[start - 1] == null && (Set.of("DT", "JJ", "CD", "POS", "PRP$", "NN", "NNS").contains(t.get(start - 1).pos())
                || t.get(start - 1).pos().equals("NNP") && t.get(start).pos().equals("POS"))) { // "Friday's demonstration"
            start--;
        }
        int j = start - 1;
        if (j > 0 && t.get(j).word().equalsIgnoreCase("that")) {
            j--;
        }
        if (j > 0 && mentionOf[j] != null && t.get(j - 1).pos().startsWith("VB")) {
            j = j - 1; // "told AFP that"
        } else if (j > 1 && mentionOf[j] != null && mentionOf[j - 1] == mentionOf[j]) {
            j = -1;
        }
        if (j < 0 || !Set.of("VBD", "VBZ", "VBP").contains(t.get(j).pos()) || !REPORTING.contains(Moods.lemma(t.get(j)))) {
            return false;
        }
        int after = first;
        while (after < t.size() && (t.get(after).pos().startsWith("NN") || t.get(after).pos().startsWith("JJ")) && mentionOf[after] == null) {
            after++;
        }
        while (after < t.size() && t.get(after).pos().startsWith("RB")) {
            after++;
        }
        return after < t.size() && Set.of("VBD", "VBZ", "VBP", "MD").contains(t.get(after).pos());
    }

    /**
     * The finite verb of the clause a noun at {@code first} stands in, after it as its object or in a phrase after
     * that ("told a press conference following meetings with"), within twelve tokens and not past a comma, a relative
     * pronoun or a clause opener; or -1.
     */
    private int finiteVerbBefore(int first, int lo) {
        for (int i = first - 1; i >= Math.max(lo, first - 12); i--) {
            Token k = t.get(i);
            if (k.word().equals(",") || k.word().equals(";") || k.pos().startsWith("W") || k.word().equalsIgnoreCase("that")
                    || Participants.SUBORDINATORS.contains(k.word().toLowerCase(Locale.ROOT))) {
                return -1;
            }
            if (Set.of("VBD", "VBZ", "VBP").contains(k.pos())) {
                return Set.of("say", "add", "tell", "state", "announce", "declare").contains(Moods.lemma(k)) && mentionOf[i + 1] != null
                        ? -1 : i; // "said Vukaj after talks with": the speaker follows the verb
            }
        }
        return -1;
    }

    /** Verbs whose object is the one addressed, not the one who acts in a phrase after it ("told Lee during a visit"). */
    private static final Set<String> ADDRESSING = Set.of("tell", "inform", "brief", "assure", "warn", "thank", "remind", "reassure");

    /** The index of a verb right before mention {@code m} (whose object it is: "told Lee"), or -1. */
    private int verbRightBefore(Mention m) {
        for (int i = 1; i < t.size(); i++) {
            if (t.get(i).begin() == m.begin()) {
                return t.get(i - 1).pos().startsWith("VB") ? i - 1 : -1;
            }
        }
        return -1;
    }

    /** Whether "their" stands right before the noun at {@code head}, past adjectives ("their first meeting"). */
    private boolean theirBefore(int head) {
        int i = head - 1;
        while (i >= 0 && (t.get(i).pos().startsWith("JJ") || t.get(i).pos().equals("NN"))) {
            i--;
        }
        return i >= 0 && t.get(i).word().equalsIgnoreCase("their");
    }

    private static Mention first(List<Mention> ms) {
        return ms.isEmpty() ? null : ms.get(0);
    }

    /** The people whose lives a verb of claiming after the trigger's match (ending at {@code last}) says were taken, or null. */
    private Mention livesClaimed(int last) {
        for (int i = last + 1; i + 4 < t.size() && i <= last + 10; i++) {
            if (Set.of(".", ";", ":").contains(t.get(i).word())) {
                return null;
            }
            if (Moods.lemma(t.get(i)).equals("claim") && t.get(i + 1).word().equalsIgnoreCase("the")
                    && Set.of("lives", "life").contains(t.get(i + 2).word().toLowerCase(java.util.Locale.ROOT))
                    && t.get(i + 3).word().equals("of")) {
                return participants.objectAt(i + 4, t.size(), 5);
            }
        }
        return null;
    }

    /** The finite verb a "with" phrase at {@code with} follows in its clause (past its object and a time), or -1. */
    private int verbBeforeWith(int with) {
        for (int i = with - 1; i >= Math.max(0, with - 6); i--) {
            String p = t.get(i).pos();
            if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP")) {
                return i;
            }
            if (!(p.startsWith("NN") || p.equals("DT") || p.startsWith("JJ") || p.startsWith("RB") || p.equals("CD") || p.equals("IN"))) {
                return -1;
            }
        }
        return -1;
    }
}
