package org.newsgraph.extract.event;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;
import org.newsgraph.extract.Token;

/**
 * The other side of an event in one sentence: the direct object or the object of a preposition the category
 * takes, read off word order past determiners, adjectives, amounts and the trigger's own words. Works on the
 * tokens and mentions of its {@link Participants}; one instance per sentence, not thread-safe.
 */
final class ObjectFinder {

    private static final Set<String> QUANTIFIERS = Set.of("up", "to", "more", "less", "fewer", "than", "at", "least",
            "nearly", "almost", "about", "around", "over", "some", "as", "many", "approximately", "roughly", "estimated");
    /** Nouns after a name that still denote its party ("the US embassy", "Israeli forces"), unlike "the ECA conclusions". */
    private static final Set<String> INSTITUTIONS = Set.of("embassy", "government", "forces", "troops", "army", "military",
            "officials", "authorities", "ministry", "police", "delegation", "leaders", "leader", "side", "regime",
            "administration", "parliament", "president", "minister", "spokesman", "officer", "officers", "soldiers", "members", "member");
    static final Map<String, Set<String>> RECIPIENT_PREPOSITIONS = Map.ofEntries(
            Map.entry("AGREE", Set.of("with", "between")), Map.entry("CONSULT", Set.of("with", "to", "between", "of")),
            Map.entry("SUPPORT", Set.of("for", "with", "to")), Map.entry("CONCEDE", Set.of("to")),
            Map.entry("COOPERATE", Set.of("with", "alongside")), Map.entry("AID", Set.of("to", "for")),
            Map.entry("REQUEST", Set.of("to", "from")), Map.entry("ACCUSE", Set.of("against")),
            Map.entry("REJECT", Set.of("by", "from")), Map.entry("THREATEN", Set.of("against", "to", "on")),
            Map.entry("PROTEST", Set.of("against", "outside", "at")), Map.entry("SANCTION", Set.of("on", "against", "to", "with", "for", "from")),
            Map.entry("MOBILIZE", Set.of("against")), Map.entry("COERCE", Set.of("against", "on")),
            Map.entry("ASSAULT", Set.of("on", "against", "with", "at", "into")));
    /** What protesters burn or trample that stands for a party. */
    private static final Set<String> EMBLEMS = Set.of("flag", "flags", "effigy", "effigies", "portrait", "portraits");

    /** The flag or effigy at {@code last} or among the next words of the clause, when a verb of burning comes before it; or -1. */
    private int emblemAfter(int last, int hi) {
        boolean burnt = false;
        for (int i = Math.max(0, last - 4); i < Math.min(hi, last + 5); i++) {
            Token k = sentence.t.get(i);
            if (i > last && ParticipantChecks.isBoundary(k)) {
                return -1;
            }
            burnt |= Set.of("burn", "torch", "trample", "tear", "set").contains(Moods.lemma(k)) && k.pos().startsWith("VB");
            if (burnt && i >= last && EMBLEMS.contains(k.word().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The party whose flag or effigy ends the match at {@code last}: a name right before it ("US flags", "the Danish
     * flag"), a possessor ("Denmark's flag") or the object of "of" right after it ("the flag of the European Union").
     */
    private Mention emblemOwner(int last, int hi) {
        if (last + 2 < hi && sentence.t.get(last + 1).word().equals("of")) {
            return objectAt(last + 2, hi, 4);
        }
        int i = last - 1;
        if (i >= 1 && sentence.t.get(i).pos().equals("POS")) {
            i--;
        }
        Mention m = i >= 0 ? sentence.mentionOf[i] : null;
        return m != null && Participants.ACTOR_TYPES.contains(m.type()) && !PLACE_TYPES.contains(m.type()) || m != null
                && m.type() == MentionType.COUNTRY ? m : null;
    }

    /** A state's own bodies, which a possessive pronoun before them names the state of ("warning its judiciary"). */
    private static final Set<String> OWN_BODIES = Set.of("judiciary", "courts", "parliament", "legislature", "cabinet",
            "government", "leadership", "leaders", "authorities", "army", "military", "embassy", "diplomats", "ambassador");

    /** Penalties a court hands down, whose "for" or "to" names the one punished. */
    private static final Set<String> SENTENCES = Set.of("sentence", "term", "penalty", "fine");
    /** Verbs of taking goods by force of law, whose "from" names the one they are taken from. */
    private static final Set<String> SEIZING = Set.of("seize", "confiscate", "impound");
    /** Verbs of lashing out and voicing anger, whose "at" names the one criticised. */
    private static final Set<String> ANGER = Set.of("lash", "hit", "express", "voice", "vent");

    /** Categories whose direct object is the recipient ("urged Israel", "met Lee", "arrested five traffickers"). */
    static final Set<String> TRANSITIVE = Set.of("CONSULT", "SUPPORT", "REQUEST", "ACCUSE", "THREATEN",
            "COERCE", "ASSAULT", "SANCTION", "REJECT");

    /** Verbs of setting free, the one retreat whose direct object is a party: the one set free. */
    private static final Set<String> FREEING = Set.of("release", "free");

    /** Plural nouns of states and their leaders, which make a region's name a party ("Gulf states", "Balkan leaders"). */
    private static final Set<String> REGION_PARTIES = Set.of("states", "countries", "nations", "governments", "leaders",
            "neighbours", "neighbors", "allies", "monarchies", "republics");

    /** Categories whose noun's "of" phrase names the one acted on, as the verb's object would ("condemnation of X"). */
    static final Set<String> PATIENT_OF = Set.of("ACCUSE", "COERCE", "ASSAULT", "SANCTION", "REJECT");
    /** Verbs whose direct object is what is talked about, not the one talked with ("discussed Sao Tome's debt with dos Santos"). */
    static final Set<String> TOPIC_OBJECT = Set.of("discuss");
    /** Words for a portion of a territory, whose "of" names the whole ("the northern third of Cyprus"). */
    private static final Set<String> TERRITORY_PORTIONS = Set.of("third", "half", "quarter", "part", "parts", "portion", "portions",
            "rest", "bulk", "swathes", "swaths", "section", "sections", "areas");

    /** Verbs whose direct object is the thing asked for, not the one asked ("demanded neutral experts"). */
    static final Set<String> THING_OBJECT = Set.of("demand");
    /** Adjectives that head a phrase naming a portion of what follows "of" ("the northern third of Cyprus"). */
    private static final Set<String> PORTIONS = Set.of("half", "third", "quarter", "part", "rest", "whole", "most");
    /** Verbs of letting and giving whose object an agreement is made for ("agreed to let New Zealand fish"). */
    private static final Set<String> GRANTING = Set.of("let", "allow", "permit", "give", "grant", "help", "supply",
            "provide", "compensate", "recognize", "recognise", "receive", "accept");
    /** Acts toward someone whose refusal rejects that someone. */
    private static final Set<String> REFUSED_ACTS = Set.of("give", "grant", "meet", "recognize", "recognise", "receive",
            "allow", "let", "admit", "host", "accept", "join", "help", "support", "talk", "deal", "negotiate", "cooperate", "work",
            "bend", "bow", "yield", "submit", "comply", "heed", "obey", "forgive", "pardon", "release", "free", "extradite",
            "back", "endorse", "trust", "invite", "consult");
    /** Verbs of giving whose receiver a "to" phrase after the thing given names ("give food aid to North Korea"). */
    private static final Set<String> GIVING = Set.of("give", "grant", "hand", "send", "supply", "provide", "sell", "extend", "return");

    /**
     * The receiver named after "to" past the thing given, from {@code from} on: up to five words of a noun phrase
     * (determiners, numbers, adjectives, nouns) and then "to" ("food aid to North Korea", "the two suspects to the United
     * Nations"), or null.
     */
    private Mention receiverAfterThing(int from, int hi) {
        for (int i = from; i < Math.min(hi - 1, from + 6); i++) {
            Token k = sentence.t.get(i);
            if (k.word().equals("to") && i > from) {
                return sentence.t.get(i + 1).pos().equals("VB") ? null : objectAt(i + 1, hi, 3);
            }
            if (!(k.pos().equals("DT") || k.pos().equals("CD") || k.pos().startsWith("JJ") || k.pos().startsWith("NN"))) {
                return null;
            }
        }
        return null;
    }

    /** Things refused to someone, whose "to" names the one refused ("refused permission to Belgian troops"). */
    private static final Set<String> REFUSED_GRANTS = Set.of("permission", "access", "entry", "visa", "visas", "asylum",
            "clearance", "passage");
    /** Departures asked for, whose "of" names the one asked to go ("called for the resignation of President Berisha"). */
    private static final Set<String> DEPARTURES = Set.of("resignation", "withdrawal", "ouster", "removal", "dismissal",
            "sacking", "departure", "pullout", "expulsion", "exit");
    /** Conduct asked of others, whose "of" names the ones asked ("called for restraint of all arms carriers"). */
    private static final Set<String> CONDUCT_ASKED = Set.of("restraint", "cooperation", "support", "help", "assistance",
            "contribution", "participation", "involvement", "understanding", "backing", "solidarity");
    /** Feelings of blame whose "that" clause names the one blamed ("expressed disappointment that Pinochet died without"). */
    private static final Set<String> FEELINGS = Set.of("disappointment", "regret", "dismay", "outrage", "anger", "indignation",
            "displeasure", "frustration");
    /** Words of accusing whose "that" clause has the accused as its subject ("accused that the government was blocking"). */
    private static final Set<String> CHARGING = Set.of("accuse", "accusation", "allege", "allegation", "charge", "complain",
            "complaint", "claim");
    /** Aims of an offensive that name its target ("launched their offensive to topple Mobutu"). */
    private static final Set<String> AIMS = Set.of("topple", "oust", "overthrow", "unseat", "dislodge", "crush");
    /** Vehicles whose "carrying" phrase names the people attacked ("opened fire at a car carrying two lawyers"). */
    private static final Set<String> VEHICLES = Set.of("car", "vehicle", "bus", "truck", "convoy", "motorcade", "boat",
            "minibus", "van", "jeep", "plane", "helicopter");

    private static final Set<String> WEEKDAYS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday");

    /** Months, which may follow a name without being part of it ("a visit to China November 3-4"). */
    private static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.");

    private static final Set<MentionType> PLACE_TYPES = Set.of(MentionType.CITY, MentionType.PLACE, MentionType.COUNTRY);

    /** Participles that modify a name as adjectives ("the government of neighbouring Pakistan"). */
    private static final Set<String> ADJECTIVAL_VBG = Set.of("neighbouring", "neighboring", "ruling", "governing", "leading", "warring",
            "opposing", "outgoing", "incoming", "visiting");

    private static final Set<String> DAY_PARTS = Set.of("morning", "afternoon", "evening", "night");

    private final Participants sentence;
    /** The actor of the event whose recipient is sought, which an object pronoun does not stand for; or null. */
    private Mention subjectOfClause;

    ObjectFinder(Participants sentence) {
        this.sentence = sentence;
    }

    /**
     * The recipient after the trigger: a direct object (for transitive categories, when {@code direct}) or the
     * object of one of the category's prepositions, within the clause.
     */
    Mention recipient(String category, int from, int last, int hi, Mention actor, boolean direct) {
        subjectOfClause = actor;
        try {
            int end = Math.max(from, last);
            if (openingPhrase(from) && end + 1 < hi && sentence.t.get(end + 1).word().equals(",")) {
                hi = end + 1; // "After their meeting, Fino went on to Athens": the phrase ends at its comma
            }
            Mention r = recipientOf(category, from, last, hi, actor, direct);
            return category.equals("SUPPORT") && r != null && (nationalityOfAThing(r) || gerundObject(from, last, r)) ? null : r;
        } finally {
            subjectOfClause = null;
        }
    }

    /** Kin and companions, who travel with someone rather than receive them. */
    private static final Set<String> KIN = Set.of("wife", "husband", "son", "daughter", "sons", "daughters", "children",
            "family", "mother", "father", "brother", "sister", "spouse", "entourage");

    /** Whether {@code m} is named as the kin of someone, after "with his wife" and the like. */
    boolean companion(Mention m) {
        int s = -1;
        for (int i = 0; i < sentence.t.size() && s < 0; i++) {
            s = sentence.mentionOf[i] == m ? i : -1;
        }
        for (int i = s - 1; i >= Math.max(0, s - 3); i--) {
            if (KIN.contains(sentence.t.get(i).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the noun at {@code from} stands in a phrase of an earlier or later time opening the sentence, with no verb
     * before it ("After their meeting"; not "During their visit, they waved to the Hong Kong citizens").
     */
    private boolean openingPhrase(int from) {
        if (from < 1 || !sentence.t.get(from).pos().startsWith("NN")
                || !Set.of("after", "following", "before").contains(sentence.t.get(0).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = 1; i < from; i++) {
            String p = sentence.t.get(i).pos();
            if (p.startsWith("VB") || p.equals("MD") || sentence.t.get(i).word().equals(",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code m} is a nationality that modifies a lower-case noun of no party ("hailed the Zairean peace talks"):
     * a thing of that people, which support or praise is given to, not the people.
     */
    private boolean nationalityOfAThing(Mention m) {
        if (m.type() != MentionType.NATIONALITY) {
            return false;
        }
        int end = -1;
        for (int i = 0; i < sentence.t.size(); i++) {
            if (sentence.mentionOf[i] == m) {
                end = i;
            }
        }
        if (end < 1 || end + 1 >= sentence.t.size() || sentence.mentionOf[end + 1] != null || !sentence.t.get(end - 1).pos().equals("DT")) {
            return false; // "the Zairean peace talks", not "Sino-German relations"
        }
        Token next = sentence.t.get(end + 1);
        return (next.pos().equals("NN") || next.pos().equals("NNS")) && Character.isLowerCase(next.word().charAt(0))
                && !PartyNouns.contains(Moods.lemma(next).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code m} is the object of a gerund right after the trigger ("supported sending more troops"): an act (but
     * "endorsing departing UN chief Kofi Annan's call": a participle before a name modifies it).
     */
    private boolean gerundObject(int from, int last, Mention m) {
        int after = Math.max(from, last) + 1;
        return after + 1 < sentence.t.size() && sentence.t.get(after).pos().equals("VBG") && !sentence.t.get(after + 1).pos().startsWith("NNP")
                && !ADJECTIVAL_VBG.contains(sentence.t.get(after).word().toLowerCase(Locale.ROOT)) && m.begin() > sentence.t.get(after).begin();
    }

    /** Whether the trigger over tokens {@code from..last} is a protest lodged, a noun ("lodged a protest", "a demarche"). */
    private boolean diplomaticProtest(int from, int last) {
        for (int i = from; i <= Math.max(from, last) && i < sentence.t.size(); i++) {
            Token k = sentence.t.get(i);
            if (k.pos().startsWith("NN") && Set.of("protest", "demarche").contains(Moods.lemma(k).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the trigger over tokens {@code from..last} is an attack or a tirade, here in words. */
    private boolean attackInWords(int from, int last) {
        for (int i = from; i <= Math.max(from, last) && i < sentence.t.size(); i++) {
            if (Set.of("attack", "tirade").contains(Moods.lemma(sentence.t.get(i)).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Ties and conflicts kept with another party, whose "with" names that party ("the truce with Israel"). */
    private static final Set<String> RELATIONS = Set.of("war", "truce", "ceasefire", "relations", "ties", "peace", "conflict",
            "confrontation", "cooperation", "talks", "dialogue", "negotiations", "agreement", "deal", "contacts", "border",
            "cooperating", "negotiating", "trading");

    /**
     * The party after "with" following a noun of ties or conflict between tokens {@code from} and {@code to}, in the same
     * clause; null when there is none or it is the actor.
     */
    private Mention partnerOfRelation(int from, int to, Mention actor) {
        for (int i = from; i + 1 < to; i++) {
            Token k = sentence.t.get(i);
            if (i > from && ParticipantChecks.isBoundary(k) || Set.of("if", "unless", "because", "after", "while").contains(k.word())) {
                return null;
            }
            if (k.word().equals("with") && i > 0 && RELATIONS.contains(sentence.t.get(i - 1).word().toLowerCase(Locale.ROOT))) {
                Mention m = objectAt(i + 1, to + 3, 4);
                return m == null || ParticipantChecks.same(m, actor) ? null : m;
            }
        }
        return null;
    }

    private Mention recipientOf(String category, int from, int last, int hi, Mention actor, boolean direct) {
        Set<String> preps = RECIPIENT_PREPOSITIONS.getOrDefault(category, Set.of());
        if (category.equals("CONCEDE") && Set.of("ease", "lift", "relax", "lifting", "easing", "relaxation")
                .contains(Moods.lemma(sentence.t.get(from)))) {
            preps = Set.of("to", "for", "on"); // "eased travel restrictions for Pakistanis", "the lifting of sanctions on Iraq"
            if (Set.of("blockade", "siege", "closure", "encirclement").contains(Moods.lemma(sentence.t.get(last)))) {
                preps = Set.of("to", "for", "on", "of"); // "lifted the blockade of Gaza": the one blockaded
            }
        }
        if (category.equals("COERCE") && Set.of("border", "borders", "frontier").contains(sentence.t.get(last).word().toLowerCase(Locale.ROOT))) {
            preps = Set.of("against", "on", "with", "to"); // "closed its border with Lebanon"
        }
        if (category.equals("COERCE") && Set.of("gas", "tear", "bullets", "cannon", "water").contains(sentence.t.get(last).word().toLowerCase(Locale.ROOT))) {
            preps = Set.of("against", "on", "at"); // "fired tear gas at protesters"
        }
        if (category.equals("ACCUSE") && ANGER.contains(Moods.lemma(sentence.t.get(from)))) {
            preps = Set.of("against", "at", "over"); // "lashed out at the settlers", "expressed outrage at", "vented anger over"
            if (!Set.of("lash", "hit").contains(Moods.lemma(sentence.t.get(from)))) { // "hit out at Washington"
                // "expressed concern ... about the independence of the Polish central bank", "expressed doubts on the
                // credibility of Kabila's rebel movement", "expressed his deep regret for the United States' opposition"
                preps = Set.of("against", "at", "over", "about", "on", "for", "regarding");
            }
        }
        if (category.equals("SUPPORT") && Set.of("praise", "plaudits", "accolades").contains(Moods.lemma(sentence.t.get(from)))
                && sentence.t.get(from).pos().startsWith("NN")) {
            preps = Set.of("for", "on", "upon", "to"); // "poured special praise on Siniora"
        }
        if (category.equals("ACCUSE") && diplomaticProtest(from, last)) {
            preps = Set.of("against", "to", "with"); // "lodged a strong protest with Japan", "sent a diplomatic protest to Beijing"
        }
        if (category.equals("ACCUSE") && attackInWords(from, last)) {
            preps = Set.of("on", "against"); // "Ahmadinejad's verbal attacks on Israel", "a scathing attack on the government"
        }
        if (category.equals("COERCE") && SENTENCES.contains(Moods.lemma(sentence.t.get(last)))
                && sentence.t.get(last).pos().startsWith("NN")) { // the noun, not "sentenced a blogger ... for insulting the president"
            preps = Set.of("against", "on", "for", "to"); // "handed down jail sentences for two pro-democracy activists"
        }
        if (category.equals("COERCE") && SEIZING.contains(Moods.lemma(sentence.t.get(from)))) {
            preps = Set.of("from", "against", "on"); // "seized weapons from Hamas": the one whose goods are taken
        }
        int end0 = Math.max(from, last);
        boolean topic = TOPIC_OBJECT.contains(Moods.lemma(sentence.t.get(from))) || category.equals("CONSULT") && end0 + 1 < hi
                && sentence.t.get(end0).pos().startsWith("NN") && Set.of("on", "about", "over", "regarding", "concerning")
                        .contains(sentence.t.get(end0 + 1).word().toLowerCase(Locale.ROOT)); // "holding discussion on how to react to Iran's decision"
        if (category.equals("CONSULT") && topic) {
            preps = Set.of("with"); // "discussed issues relating to the WTO", "the cooperation between the two countries": topics
        }
        int emblem = category.equals("PROTEST") ? emblemAfter(Math.max(from, last), hi) : -1;
        if (emblem > 0) {
            Mention owner = emblemOwner(emblem, hi); // "burned Denmark's flag", "burned US flags", "an effigy of Bush"
            if (owner != null && !ParticipantChecks.same(owner, actor)) {
                return owner;
            }
        }
        if (category.equals("AID") && last > from + 2) {
            for (int w = from + 2; w < last; w++) {
                if (sentence.t.get(w).word().equals("with")) {
                    Mention provided = objectAt(from + 1, w, w - from - 1); // "provided Indonesia with emergency aid"
                    if (provided != null && !ParticipantChecks.same(provided, actor)) {
                        return provided;
                    }
                    break;
                }
            }
        }
        Mention blamed = category.equals("ACCUSE") ? blamedOn(from, hi, actor) : null;
        if (blamed != null) {
            return blamed;
        }
        if (category.equals("THREATEN") && last > from && last + 1 < hi
                && Set.of("if", "unless").contains(sentence.t.get(last).word().toLowerCase(Locale.ROOT))) {
            Mention warned = objectAt(last + 1, hi, 4); // "warned that Iran would respond if the EU ...": the one warned
            if (warned != null && !ParticipantChecks.same(warned, actor)) {
                return warned;
            }
        }
        int condition = category.equals("THREATEN") ? retaliationIf(from + 1, Math.max(from, last) + 20, hi) : -1;
        if (condition > 0) {
            Mention warned = objectAt(condition + 1, hi, 4); // "warned that the United States would resort to "Plan B" if
            if (warned != null && !ParticipantChecks.same(warned, actor)) { // Khartoum refused": the one warned acts in the "if"
                return warned;
            }
        }
        if (category.equals("THREATEN")) {
            Mention partner = partnerOfRelation(Math.max(from, last), Math.min(hi, Math.max(from, last) + 12), actor);
            if (partner != null) {
                return partner; // "threatened to end the truce with Israel", "vowed a long war with Ethiopia"
            }
        }
        int reach = (last - from) + (category.equals("THREATEN") || topic ? 14 : 10); // "discussed Sao Tome's 20 million dollar debt with"
        int end = Math.max(from, last);
        int pressure = from;
        while (pressure < end && pressure < from + 4 && !PRESSING.contains(Moods.lemma(sentence.t.get(pressure)))) {
            pressure++; // "put pressure on foreign banks not to lend": the verb's noun
        }
        if (!direct && category.equals("REQUEST") && PRESSING.contains(Moods.lemma(sentence.t.get(pressure))) && pressure + 2 < hi
                && (sentence.t.get(pressure + 1).word().equals("on") || !Moods.lemma(sentence.t.get(pressure)).equals("pressure")
                && sentence.t.get(pressure + 1).word().equals("for"))) { // "a campaign for the Myanmar junta to release"
            Mention pressed = objectAt(pressure + 2, hi, 4); // "EU pressure on Ankara to halt the trial": the one pressed to act
            if (pressed != null && !ParticipantChecks.same(pressed, actor)) {
                return pressed;
            }
        }
        if (category.equals("REQUEST") && sentence.t.get(end).word().equalsIgnoreCase("for")) {
            int k = end + 1;
            while (k < hi && k < end + 4 && (sentence.t.get(k).pos().startsWith("JJ") || sentence.t.get(k).pos().equals("DT"))) {
                k++;
            }
            if (k + 2 < hi && TALKS.contains(sentence.t.get(k).word().toLowerCase(Locale.ROOT))
                    && sentence.t.get(k + 1).word().equals("with")) {
                Mention partner = objectAt(k + 2, hi, 5); // "a call for talks with Tamil Tiger rebels": the side asked to talk
                if (partner != null && !ParticipantChecks.same(partner, actor)) {
                    return partner;
                }
            }
        }
        int that = end + 1 < hi && sentence.t.get(end + 1).word().equalsIgnoreCase("that") ? end + 1
                : end > from && sentence.t.get(end).word().equalsIgnoreCase("that") ? end : -1; // the rule may end at "that"
        if (!direct && category.equals("REQUEST") && that > 0 && clauseSubjectAfter(that, hi)) {
            Mention asked = objectAt(that + 1, hi, 4); // "UN demands that Syria stop interfering": the one asked to act
            if (asked != null && !ParticipantChecks.same(asked, actor)) {
                return asked;
            }
        }
        if (!direct && category.equals("REQUEST") && actor != null && end + 1 < hi && sentence.mentionOf[end + 1] != null
                && ParticipantChecks.same(sentence.mentionOf[end + 1], actor)) {
            int afterActor = sentence.endOf(end + 1) + 1; // "a demand by Gazprom that Ukraine pay": the one asked to act
            if (afterActor < hi && sentence.t.get(afterActor).word().equalsIgnoreCase("that") && clauseSubjectAfter(afterActor, hi)) {
                Mention asked = objectAt(afterActor + 1, hi, 4);
                if (asked != null && !ParticipantChecks.same(asked, actor)) {
                    return asked;
                }
            }
        }
        if (!direct && category.equals("REQUEST") && actor != null && end + 1 < hi && sentence.mentionOf[end + 1] != null
                && ParticipantChecks.same(sentence.mentionOf[end + 1], actor)) {
            int afterActor = sentence.endOf(end + 1) + 1; // "demands from critics for Britain to seek an exit": the one asked to act
            if (afterActor + 1 < hi && sentence.t.get(afterActor).word().equalsIgnoreCase("for")) {
                Mention asked = objectAt(afterActor + 1, hi, 4);
                int after = asked == null ? -1 : tokenAfter(asked, afterActor + 1, hi);
                if (asked != null && after > 0 && after + 1 < hi && sentence.t.get(after).word().equals("to")
                        && sentence.t.get(after + 1).pos().equals("VB") && !ParticipantChecks.same(asked, actor)) {
                    return asked;
                }
            }
        }
        if (category.equals("REJECT") && !direct && from + 2 < hi && sentence.t.get(from + 1).word().equals("to")) {
            Mention asker = pronounOfARequest(from + 2, hi); // "expressed regret over the US's refusal to their demand"
            if (asker == null) {
                asker = possessorOfARequest(from + 2, hi); // "following his refusal to Israel's demands"
            }
            if (asker != null && !ParticipantChecks.same(asker, actor)) {
                return asker;
            }
        }
        if (direct && category.equals("AGREE") && from + 1 < hi) {
            Mention asker = possessorOfARequest(from + 1, hi); // "accepted Mandela's invitation for talks"
            if (asker == null) {
                asker = pronounOfARequest(from + 1, hi); // "accepted his offer"
            }
            if (asker != null && !ParticipantChecks.same(asker, actor)) {
                return asker;
            }
        }
        if ((category.equals("ACCUSE") || category.equals("SUPPORT")) && last > from && last + 1 < hi
                && sentence.t.get(last).pos().equals("IN")) {
            Mention owner = pronounOfAThing(last + 1, hi); // "spoke highly of her long-term contributions": hers
            if (owner != null && !ParticipantChecks.same(owner, actor)) {
                return owner;
            }
        }
        if (!direct && (category.equals("ACCUSE") || category.equals("SUPPORT")) && last + 2 < hi
                && sentence.t.get(last + 1).word().equals("of") && sentence.t.get(last).pos().startsWith("NN")) {
            Mention owner = pronounOfAThing(last + 2, hi); // "European criticism of its human rights record": whose record
            if (owner != null && !ParticipantChecks.same(owner, actor) && !ParticipantChecks.same(owner, subjectOfClause)) { // (not "Beijing faced criticism of its record")
                return owner;
            }
        }
        if (direct && (category.equals("ACCUSE") || category.equals("SUPPORT")) && from + 1 < hi && last <= from) {
            Mention owner = pronounOfAThing(from + 1, hi); // "after the EU criticised its record": whose record
            if (owner != null && !ParticipantChecks.same(owner, actor)) {
                return owner;
            }
        }
        if (direct && category.equals("REJECT")) {
            Mention asker = pronounOfARequest(from + 1, hi); // "met with strike leaders and rejected their pay demands"
            if (asker == null) {
                asker = possessorOfARequest(from + 1, hi); // "rejected Washington's demands"
            }
            if (asker != null && !ParticipantChecks.same(asker, actor)) {
                return asker;
            }
            Mention proposed = partyOfAPlan(Math.max(from, last) + 1, hi);
            if (proposed != null && !ParticipantChecks.same(proposed, actor)) {
                return proposed;
            }
        }
        if (direct && (category.equals("SUPPORT") || category.equals("ACCUSE") || category.equals("COERCE"))) {
            // "denounced attacks by Arab militias", "welcomed a move by the UN", "banned the rally by ex-Mungiki leader Ndura
            // Wairunge"
            Mention doer = agentOfObject(from + 1, hi);
            if (doer != null && !ParticipantChecks.same(doer, actor)) {
                return doer;
            }
        }
        if (direct && (category.equals("SUPPORT") || category.equals("ACCUSE") || category.equals("REJECT"))) {
            Mention owner = subjectOfObjectsClause(Math.max(from, last) + 1, hi); // "praised the four suggestions that Li put forward"
            if (owner != null && !ParticipantChecks.same(owner, actor)) {
                return owner;
            }
        }
        if (category.equals("REQUEST")) {
            Mention askedPlace = placeAskedToAct(Math.max(from, last) + 1, hi);
            if (askedPlace != null && !ParticipantChecks.same(askedPlace, actor)) {
                return askedPlace; // "called on Kabile to assist": asked to act, so a party the tagger took for a place
            }
        }
        Mention named = namedByObject(category, Math.max(from, last), hi);
        if (named != null && !ParticipantChecks.same(named, actor)) {
            return named;
        }
        int next = from + 1;
        while (next + 1 < hi && sentence.t.get(next).pos().startsWith("RB") && category.equals("REQUEST")) {
            next++; // "demanded afresh that Singh be dumped"
        }
        boolean askedFor = category.equals("REQUEST") && end > from && sentence.t.get(end).word().equalsIgnoreCase("for");
        if (askedFor) {
            // "called for aid to Pakistan": what is asked for names no one asked, unlike "help from" or "a review by the
            // EAC" ("as called for by Peretz": the one who asked)
            boolean passive = end + 1 < hi && sentence.t.get(end + 1).word().equals("by");
            preps = passive || byAmount(end + 1, hi) ? Set.of("from") : Set.of("from", "by");
        }
        boolean freeing = category.equals("RETREAT") && FREEING.contains(Moods.lemma(sentence.t.get(from))); // "released Pinochet on bail"
        if (direct && (TRANSITIVE.contains(category) || freeing) && !TOPIC_OBJECT.contains(Moods.lemma(sentence.t.get(from)))
                && (!THING_OBJECT.contains(Moods.lemma(sentence.t.get(from))) || clauseSubjectAfter(next, hi))) {
            int start = next < hi && sentence.t.get(next).word().equalsIgnoreCase("that") && category.equals("REQUEST")
                    && clauseSubjectAfter(next, hi) ? next + 1 : from + 1; // "demanded that Iran halt": the one asked to act
            if (last == from && start + 2 < hi && sentence.t.get(start).word().equals("and") && sentence.t.get(start + 1).pos().equals(sentence.t.get(from).pos())) {
                start += 2; // "invaded and occupied the northern third of Cyprus": the two verbs share their object
            }
            Mention object = objectAt(start, hi, category.equals("THREATEN") ? 8 : 5, last);
            if (object != null && !ParticipantChecks.same(object, actor) && !(askedFor && prepositionBefore(end + 1, object))) {
                return object; // "called for the next British government to", not "called for high-level visits to Hong Kong"
            }
        }
        if (direct && (category.equals("SUPPORT") || category.equals("COERCE") || category.equals("ASSAULT"))) {
            Mention owner = ownerOfObject(from + 1, hi); // "supports the efforts of the Zajedno coalition", "seized the house of"
            if (owner != null && !ParticipantChecks.same(owner, actor)) {
                return owner;
            }
        }
        if (category.equals("AGREE") && Math.max(from, last) + 2 < hi && sentence.t.get(Math.max(from, last)).word().equals("to")
                && GRANTING.contains(Moods.lemma(sentence.t.get(Math.max(from, last) + 1)))) {
            Mention granted = objectAt(Math.max(from, last) + 2, hi, 4); // "agreed to let the Maoists enter parliament"
            if (granted != null && !ParticipantChecks.same(granted, actor)) {
                return granted;
            }
        }
        if (category.equals("AGREE") && Math.max(from, last) + 2 < hi && sentence.t.get(Math.max(from, last)).word().equals("to")
                && sentence.t.get(Math.max(from, last) + 1).pos().equals("VB")) {
            Mention other = partyOfAgreedAct(Math.max(from, last) + 1, hi); // "agreed to meet US officials", "agreed to pay 7.45
            if (other != null && !ParticipantChecks.same(other, actor)) {   // billion dollars to the consortium"
                return other;
            }
        }
        if (category.equals("REJECT") && from + 3 < hi && sentence.t.get(from + 1).word().equals("to")
                && GIVING.contains(Moods.lemma(sentence.t.get(from + 2)))) {
            int o = from + 3 < hi - 1 && Set.of("over", "back").contains(sentence.t.get(from + 3).word()) ? from + 4 : from + 3;
            Mention receiver = receiverAfterThing(o, hi); // "refused to give food aid to North Korea", "to hand over the suspects to"
            if (receiver != null && !ParticipantChecks.same(receiver, actor)) {
                return receiver;
            }
        }
        if (category.equals("REJECT") && from + 3 < hi && sentence.t.get(from + 1).word().equals("to")
                && REFUSED_ACTS.contains(Moods.lemma(sentence.t.get(from + 2)))) {
            int o = from + 3 < hi - 1 && Set.of("with", "to").contains(sentence.t.get(from + 3).word()) ? from + 4 : from + 3;
            Mention refused = objectAt(o, hi, 4); // "refused to give Pinochet full state honors", "refused to work with the BJP"
            if (refused != null && !ParticipantChecks.same(refused, actor)) {
                return refused;
            }
        }
        int limit = from + reach;
        for (int i = from + 1; i < Math.min(hi, limit); i++) {
            Token k = sentence.t.get(i);
            if (k.word().equals("(") || k.pos().equals("-LRB-")) {
                int close = closingBracket(i, hi);
                if (close > i) {
                    limit += close - i + 1; // "demanded 20 million pounds (30 million euros, 39 million dollars) in compensation from"
                    i = close;
                    continue;
                }
            }
            if (k.pos().equals("''") && quoteOpenedWithin(from, i) || k.pos().equals("``") && i <= last) {
                continue; // "expressed "strong support" for the Kimberley process": the quoted words close
            }
            if (ParticipantChecks.isBoundary(k) && !k.word().equals(",")) {
                break; // the clause ends: only an aside judging the thing may still name the party
            }
            if (!direct && i > last && (k.pos().equals("WDT") || k.pos().equals("WP"))) {
                return null; // "a bombing in which five Israelis were killed and called on": a noun's phrase ends at its relative clause
            }
            String w = k.word().toLowerCase(Locale.ROOT);
            boolean front = w.equals("of") && i > 0 && sentence.t.get(i - 1).word().equalsIgnoreCase("front");
            boolean infinitive = w.equals("to") && i + 1 < hi && sentence.t.get(i + 1).pos().equals("VB")
                    && (category.equals("REQUEST") || category.equals("CONSULT") && !CONTACTS.contains(Moods.lemma(sentence.t.get(i + 1))));
                    // ("engaged in talks for months to form a unity government"; "arrived here to meet Mubarak" names whom)
            if (category.equals("REJECT") && w.equals("to") && i + 1 < hi && sentence.t.get(i + 1).pos().equals("VB")) {
                return null; // "refusal to part with its rebate, secured by Thatcher": the phrases of the act refused
            }
            boolean aim = category.equals("ASSAULT") && w.equals("to") && i + 1 < hi && AIMS.contains(Moods.lemma(sentence.t.get(i + 1)));
            boolean dated = i == last + 3 && sentence.t.get(last + 1).word().equals("on")
                    && WEEKDAYS.contains(sentence.t.get(last + 2).word()); // "renewed its condemnation on Wednesday of"
            boolean farOf = w.equals("of") && i != from + 1 && i != last + 1 && !dated; // "the summit of SAARC", "lifted the blockade of
                                                                              // Gaza", not "reforms of the UN" later on
            boolean patientOf = !direct && w.equals("of") && (i == from + 1 || dated) && PATIENT_OF.contains(category); // "invasion of Kuwait"
            if (category.equals("CONSULT") && i > last && k.pos().equals("IN") && Set.of("after", "before", "following").contains(w)) {
                break; // "Hu arrived here Thursday after a state visit to Britain": the earlier visit's host, not this one's
            }
            if (w.equals("with") && absoluteWith(i, hi)) {
                break; // "froze negotiations, with a spokesman saying": the subject of an absolute clause, not a party
            }
            if (!direct && i > last + 1 && w.equals("and") && k.pos().equals("CC") && i + 1 < hi && sentence.t.get(i + 1).pos().equals("PRP$")) {
                break; // "the Daily Mail's support for facism and its opposition to allowing Jews": a second thing of its owner's
            }
            if (!infinitive && !farOf && preps.contains(w) || patientOf || front && category.equals("PROTEST") || aim) {
                Mention m = objectAt(i + 1, hi, 5);
                if (m == null && (category.equals("ACCUSE") || category.equals("PROTEST"))) {
                    m = agentOfObject(i + 1, hi); // "lashed criticism at the policy of restraint employed by the IDF",
                                                  // "walked out in protest against financial sanctions imposed by Washington"
                }
                if (m != null && !ParticipantChecks.same(m, actor)) {
                    return m;
                }
            }
        }
        return category.equals("ACCUSE") && direct ? partyOfAside(Math.max(from, last) + 1, hi, actor) : null;
    }

    /**
     * Whether the "with" at {@code with}, after a comma, opens an absolute clause: a noun phrase and a participle ("with a
     * spokesman for Prime Minister Ariel Sharon saying", "with witnesses saying").
     */
    private boolean absoluteWith(int with, int hi) {
        if (with < 1 || !sentence.t.get(with - 1).word().equals(",")) {
            return false;
        }
        for (int j = with + 2; j < Math.min(hi, with + 10); j++) {
            Token k = sentence.t.get(j);
            if (k.pos().equals("VBG")) {
                Token before = sentence.t.get(j - 1);
                return before.pos().startsWith("NN") || before.pos().equals("PRP") || sentence.mentionOf[j - 1] != null;
            }
            if (ParticipantChecks.isBoundary(k) || k.word().equals(",") || k.pos().startsWith("VB") || k.pos().equals("MD")) {
                return false;
            }
        }
        return false;
    }

    /** Verbs of an agreed act whose object is the other party ("agreed to meet US officials", "to host the talks"). */
    private static final Set<String> MEETING_ACTS = Set.of("meet", "receive", "visit", "host", "join", "help", "assist");

    /**
     * The other party of the act an infinitive after "agreed to" at {@code verb} tells: the object of a verb of meeting,
     * or the party after "to", "from" or "with" in the act's own phrase ("agreed to buy a satellite from China"); null
     * when the phrase names none before its clause ends.
     */
    private Mention partyOfAgreedAct(int verb, int hi) {
        if (MEETING_ACTS.contains(Moods.lemma(sentence.t.get(verb)))) {
            return objectAt(verb + 1, hi, 4);
        }
        for (int i = verb + 1; i < Math.min(hi - 1, verb + 10); i++) {
            Token k = sentence.t.get(i);
            if (ParticipantChecks.isBoundary(k) || k.word().equals(",") || k.pos().equals("WDT") || k.pos().equals("VB")
                    || k.word().equals("that")) {
                return null;
            }
            if (Set.of("to", "from", "with").contains(k.word()) && !sentence.t.get(i + 1).pos().equals("VB")) {
                Mention m = objectAt(i + 1, hi, 4);
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /** Participles of an aside that says what a criticised thing is ("condemned the decision, calling it"). */
    private static final Set<String> ASIDE_JUDGING = Set.of("calling", "describing", "terming", "branding", "labelling",
            "labeling", "dubbing", "saying");

    /**
     * "Saeb Erakat condemned the decision, calling it part of an Israeli design to sabotage the whole election": when the
     * thing criticised from {@code from} names no party and an aside right after it judges the thing, the first party
     * the aside names, not the critic; null otherwise.
     */
    private Mention partyOfAside(int from, int hi, Mention actor) {
        if (from < hi && ParticipantChecks.isBoundary(sentence.t.get(from)) && !sentence.t.get(from).word().equals(",")) {
            from++; // "\"strongly condemned\" the attack"
        }
        if (from >= hi || !sentence.t.get(from).pos().equals("DT")) {
            return null;
        }
        int comma = -1;
        for (int i = from + 1; i < Math.min(hi, from + 5) && comma < 0; i++) {
            Token k = sentence.t.get(i);
            if (sentence.mentionOf[i] != null || !(k.pos().startsWith("NN") || k.pos().startsWith("JJ") || k.word().equals(","))) {
                return null; // the thing has an owner or a phrase of its own: read by the rules above
            }
            comma = k.word().equals(",") && i > from + 1 ? i : -1;
        }
        if (comma < 0 || comma + 2 >= hi || !ASIDE_JUDGING.contains(sentence.t.get(comma + 1).word().toLowerCase(Locale.ROOT))
                || !Set.of("it", "this", "that", "them", "they").contains(sentence.t.get(comma + 2).word().toLowerCase(Locale.ROOT))) {
            return null; // the aside must judge the thing ("calling it"), not name a party of its own ("describing Tueni as")
        }
        for (int i = comma + 2; i < Math.min(hi, comma + 20); i++) {
            Token k = sentence.t.get(i);
            if (Set.of(";", ".", ":").contains(k.word())) {
                return null;
            }
            Mention m = sentence.mentionOf[i];
            if (m != null && sentence.t.get(i - 1).word().equalsIgnoreCase("to")) {
                i = sentence.endOf(i);
                continue; // "describing it to AFP as a crime": whom the critic spoke to
            }
            if (m != null && Participants.ACTOR_TYPES.contains(m.type()) && !ParticipantChecks.same(m, actor)) {
                return m;
            }
        }
        return null;
    }

    /**
     * Verbs of contact or of address whose infinitive after a meeting or a trip names its counterpart ("arrived here to meet
     * Mubarak", "arrived here Monday determined to ask Egyptian President Hosni Mubarak").
     */
    private static final Set<String> CONTACTS = Set.of("meet", "attend", "visit", "discuss", "see", "talk", "hold", "confer",
            "consult", "join", "greet", "ask", "brief", "inform", "urge", "tell", "convey", "deliver", "hand", "present", "convince",
            "persuade");

    /** Words of demanding before a departure ("chanting for the fall of", "to demand the resignation of"). */
    private static final Set<String> DEMANDING = Set.of("demand", "call", "chant", "seek", "urge", "press", "push", "want", "for");

    /**
     * "marched ..., chanting for the fall of the Lebanese government", "a sit-in to demand the resignation of the
     * government": the one whose departure a protest demands, within 24 tokens from {@code from} (not past a
     * semicolon or a colon, nor past a comma unless {@code pastComma}: a noun's protest ends there), after a word of
     * demanding; null when there is none.
     */
    Mention departureDemanded(int from, int hi, boolean pastComma) {
        for (int i = from + 1; i + 1 < Math.min(hi, from + 24); i++) {
            String w = sentence.t.get(i).word().toLowerCase(Locale.ROOT);
            if (w.equals(";") || w.equals(":") || w.equals(",") && !pastComma) {
                return null;
            }
            boolean departure = DEPARTURES.contains(w) || w.equals("fall") || w.equals("downfall") || w.equals("overthrow");
            Mention owner = departure && i - 2 >= from && sentence.t.get(i - 1).pos().equals("POS")
                    && sentence.t.get(i).pos().startsWith("NN") ? sentence.mentionOf[i - 2] : null;
            if (owner != null && Participants.ACTOR_TYPES.contains(owner.type())) {
                int start = i - 2;
                while (start > from && sentence.mentionOf[start - 1] == owner) {
                    start--;
                }
                for (int j = start - 1; j >= Math.max(from, start - 3); j--) {
                    if (DEMANDING.contains(Moods.lemma(sentence.t.get(j)))) {
                        return sentence.headOfChain(start, hi); // "to demand the government's resignation"
                    }
                }
            }
            if (!departure || !sentence.t.get(i).pos().startsWith("NN") || !sentence.t.get(i + 1).word().equals("of")) {
                continue;
            }
            for (int j = i - 1; j >= Math.max(from, i - 4); j--) {
                if (DEMANDING.contains(Moods.lemma(sentence.t.get(j))) || DEMANDING.contains(sentence.t.get(j).word().toLowerCase(Locale.ROOT))) {
                    return objectAt(i + 2, hi, 5);
                }
            }
            return null;
        }
        return null;
    }

    /** Verbs of striking back, whose subject in a warning is the side that warns. */
    private static final Set<String> RETALIATING = Set.of("resort", "retaliate", "respond", "react", "hit", "strike", "act");

    /**
     * The "if" or "unless" from {@code from} up to {@code to} (not past a semicolon or a colon) when a verb of striking
     * back comes before it ("would resort to what he called "Plan B" if", "could hit back ... unless"); -1 otherwise.
     */
    private int retaliationIf(int from, int to, int hi) {
        boolean retaliation = false;
        for (int i = from; i < Math.min(hi, to); i++) {
            String w = sentence.t.get(i).word().toLowerCase(Locale.ROOT);
            if (w.equals(";") || w.equals(":")) {
                return -1;
            }
            retaliation |= sentence.t.get(i).pos().startsWith("VB") && RETALIATING.contains(Moods.lemma(sentence.t.get(i)));
            if ((w.equals("if") || w.equals("unless")) && i + 1 < hi) {
                return retaliation ? i : -1;
            }
        }
        return -1;
    }

    /** The index of the bracket closing the one at {@code open}, within twelve tokens; -1 if none. */
    private int closingBracket(int open, int hi) {
        for (int j = open + 1; j < Math.min(hi, open + 13); j++) {
            Token k = sentence.t.get(j);
            if (k.word().equals(")") || k.pos().equals("-RRB-")) {
                return j;
            }
            if (k.word().equals("(") || k.pos().equals("-LRB-")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The token where a name starts that follows a possessor ending at {@code end}, its "'s" and only common nouns,
     * adjectives or titles ("Iraq's neighbours Iran and Syria"); -1 when no name follows so.
     */
    private int namedAfterPossessive(int end, int hi) {
        if (end + 2 >= hi || !sentence.t.get(end + 1).pos().equals("POS")) {
            return -1;
        }
        for (int j = end + 2; j < Math.min(hi, end + 7); j++) {
            Mention n = sentence.mentionOf[j];
            Token k = sentence.t.get(j);
            if (n != null && n.type() != MentionType.TITLE && n.type() != MentionType.GROUP) {
                return j > end + 2 && Participants.ACTOR_TYPES.contains(n.type()) && !PLACE_TYPES.contains(n.type())
                        || j > end + 2 && n.type() == MentionType.COUNTRY ? j : -1; // not "Ethiopia's southeastern Ogaden region"
            }
            boolean descriptor = n != null || (k.pos().equals("NN") || k.pos().equals("NNS") || k.pos().startsWith("JJ"))
                    && Character.isLowerCase(k.word().charAt(0));
            if (!descriptor) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "praised the four suggestions that Li put forward", "rejected the plan which Washington drew up": the party named as
     * the subject of a relative clause on the object that starts at token {@code i} (a determiner, adjectives, numbers
     * and common nouns, no name), who made, said or did the thing judged; null otherwise.
     */
    private Mention subjectOfObjectsClause(int i, int hi) {
        int j = i;
        boolean noun = false;
        while (j < hi && j < i + 6 && sentence.mentionOf[j] == null && (Set.of("DT", "CD", "PRP$").contains(sentence.t.get(j).pos())
                || sentence.t.get(j).pos().startsWith("JJ") || (sentence.t.get(j).pos().equals("NN") || sentence.t.get(j).pos().equals("NNS"))
                && Character.isLowerCase(sentence.t.get(j).word().charAt(0)))) {
            noun |= sentence.t.get(j).pos().startsWith("NN");
            j++;
        }
        if (!noun || j + 2 >= hi || !Set.of("that", "which").contains(sentence.t.get(j).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        Mention m = sentence.mentionOf[j + 1];
        if (m == null || !Participants.ACTOR_TYPES.contains(m.type()) || PLACE_TYPES.contains(m.type())) {
            return null;
        }
        int after = sentence.endOf(j + 1) + 1;
        return after < hi && Set.of("VBD", "VBZ", "VBP", "MD").contains(sentence.t.get(after).pos()) ? sentence.headOfChain(j + 1, hi) : null;
    }

    /** Nouns of a course proposed, whose content may name the party it concerns ("a plan to allow UN peacekeepers"). */
    private static final Set<String> PLANS = Set.of("plan", "plans", "proposal", "proposals", "idea", "option", "offer",
            "suggestion", "bid", "scheme", "possibility");

    /**
     * "rejected a plan to allow UN peacekeepers", "rejected a proposal that Spain and Britain should share", "ruled out
     * working with Iraq's neighbours Iran and Syria": the first party the content of the course rejected names, from token
     * {@code i} (right after the trigger); null when the object is no such course.
     */
    private Mention partyOfAPlan(int i, int hi) {
        while (i < hi && Set.of("DT", "JJ", "PDT").contains(sentence.t.get(i).pos())) {
            i++;
        }
        if (i + 2 >= hi) {
            return null;
        }
        Token k = sentence.t.get(i);
        Token next = sentence.t.get(i + 1);
        if (PLANS.contains(k.word().toLowerCase(Locale.ROOT)) && next.word().equals("to") && sentence.t.get(i + 2).pos().equals("VB")) {
            return objectAt(i + 3, hi, 4);
        }
        if (PLANS.contains(k.word().toLowerCase(Locale.ROOT)) && next.word().equals("that")) {
            return objectAt(i + 2, hi, 3);
        }
        if (k.pos().equals("VBG") && REFUSED_ACTS.contains(Moods.lemma(k)) && Set.of("with", "to").contains(next.word())) {
            return objectAt(i + 2, hi, 5);
        }
        return null;
    }

    /**
     * The common noun phrase from token {@code s} (past adjectives) that is the subject of a finite verb right after it,
     * when its head names a person, an office or a body ("the bank", "the authorities"); null otherwise.
     */
    private Mention describedSubject(int s, int hi) {
        int j = s;
        while (j < hi && sentence.t.get(j).pos().startsWith("JJ") && sentence.mentionOf[j] == null) {
            j++;
        }
        if (j + 1 >= hi || sentence.mentionOf[j] != null || !sentence.t.get(j).pos().startsWith("NN")
                || !Character.isLowerCase(sentence.t.get(j).word().charAt(0))
                || !Set.of("VBD", "VBZ", "VBP", "MD").contains(sentence.t.get(j + 1).pos())) {
            return null;
        }
        String lemma = Moods.lemma(sentence.t.get(j)).toLowerCase(Locale.ROOT);
        if (!DescribedParties.HEADS.contains(lemma) && !PartyNouns.contains(lemma)) {
            return null;
        }
        return new Mention(sentence.t.get(s).begin(), sentence.t.get(j).end(), CommonParties.text(sentence.t, s, j),
                MentionType.GROUP, null, "event-object", 0.5);
    }

    /**
     * The one a trigger's complement names, from token {@code end} (the trigger's last): the accused as the subject of a
     * "that" clause ("accused that the government was blocking", "charges that British troops raped"), the one asked to
     * go ("called for the resignation of Berisha") and the one refused ("refused permission to Belgian troops").
     */
    private Mention namedByObject(String category, int end, int hi) {
        int i = end + 1;
        while (i < hi && sentence.t.get(i).pos().startsWith("RB")) {
            i++;
        }
        boolean endsAtThat = end > 0 && sentence.t.get(end).word().equalsIgnoreCase("that")
                && CHARGING.contains(Moods.lemma(sentence.t.get(end - 1))); // the rule's match took the "that"
        boolean feeling = FEELINGS.contains(Moods.lemma(sentence.t.get(end)).toLowerCase(Locale.ROOT)); // "expressed disappointment that"
        boolean agentInRule = end > 0 && Set.of("by", "from").contains(sentence.t.get(end).word()); // the rule took "by"
        int thatAfterAgent = category.equals("ACCUSE") && CHARGING.contains(Moods.lemma(sentence.t.get(agentInRule ? end - 1 : end)))
                ? thatAfterAgent(agentInRule ? end : i, hi) : -1;
        if (thatAfterAgent > 0) {
            i = thatAfterAgent; // "accusations by 45 people that priests abused them": past the accusers
        }
        if (category.equals("ACCUSE") && (endsAtThat || thatAfterAgent > 0 || i < hi && sentence.t.get(i).word().equalsIgnoreCase("that")
                && (CHARGING.contains(Moods.lemma(sentence.t.get(end))) || feeling))) {
            int s = endsAtThat ? end + 1 : i + 1;
            while (s < hi && sentence.t.get(s).pos().equals("DT")) {
                s++;
            }
            Mention agent = feeling ? null : passiveAgent(s, hi);
            if (agent != null) {
                return agent; // "accusations that they were sexually abused by priests": the ones who did it
            }
            Mention m = s < hi ? sentence.mentionOf[s] : null;
            if (m == null && feeling) {
                return null; // "expressed concern that any reduction in supplies": no party told
            }
            if (m == null) {
                return describedSubject(s, hi); // "complained that the bank was giving them the cold shoulder"
            }
            int after = pastQuotes(sentence.endOf(s) + 1, hi);
            return after < hi && Participants.ACTOR_TYPES.contains(m.type())
                    && Set.of("VBD", "VBZ", "VBP", "MD").contains(sentence.t.get(after).pos()) ? m : null;
        }
        if (!category.equals("REQUEST") && !category.equals("REJECT") || i >= hi) {
            return null;
        }
        if (category.equals("REQUEST") && CONDUCT_ASKED.contains(Moods.lemma(sentence.t.get(end)).toLowerCase(Locale.ROOT))
                && sentence.t.get(i).word().equals("of") && i + 1 < hi) {
            return objectAt(i + 1, hi, 4); // "sought support of all classes of people": the rule took the noun
        }
        Mention departing = category.equals("REQUEST") ? ownerOfDeparture(i, hi) : null;
        if (departing != null) {
            return departing; // "demand his ouster", "demanded Yadav's resignation": the one asked to go
        }
        int head = pastCommonNouns(pastModifiers(i, hi), hi);
        if (head <= i || head + 1 >= hi) {
            return null;
        }
        String noun = sentence.t.get(head - 1).word().toLowerCase(Locale.ROOT);
        String prep = sentence.t.get(head).word();
        boolean asked = category.equals("REQUEST") && prep.equals("of") && (DEPARTURES.contains(noun) || CONDUCT_ASKED.contains(noun));
        boolean refused = category.equals("REJECT") && prep.equals("to") && REFUSED_GRANTS.contains(noun);
        return asked || refused ? objectAt(head + 1, hi, 4) : null;
    }

    /**
     * The one whose departure the words from {@code i} ask for, named by a possessive: "his ouster", "Yadav's
     * resignation", "their immediate withdrawal"; null otherwise.
     */
    private Mention ownerOfDeparture(int i, int hi) {
        Token k = sentence.t.get(i);
        int noun;
        Mention owner;
        if (k.pos().equals("PRP$") && Set.of("his", "her", "their", "its").contains(k.word().toLowerCase(Locale.ROOT))) {
            noun = i + 1;
            owner = null;
        } else {
            owner = sentence.mentionOf[i];
            int end = owner == null ? -1 : sentence.endOf(i);
            if (end < 0 || end + 2 >= hi || !sentence.t.get(end + 1).pos().equals("POS") || !Participants.ACTOR_TYPES.contains(owner.type())) {
                return null;
            }
            noun = end + 2;
        }
        while (noun < hi && sentence.t.get(noun).pos().startsWith("JJ")) {
            noun++;
        }
        if (noun >= hi || !DEPARTURES.contains(sentence.t.get(noun).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return owner != null ? owner : sentence.pronouns.resolve(k, subjectOfClause);
    }

    /**
     * The "that" after an accuser's "by" or "from" phrase at {@code from} ("accusations by 45 people that", "claims from
     * his friends that"), or -1.
     */
    private int thatAfterAgent(int from, int hi) {
        if (from >= hi || !Set.of("by", "from").contains(sentence.t.get(from).word())) {
            return -1;
        }
        for (int j = from + 1; j < Math.min(hi, from + 9); j++) {
            Token k = sentence.t.get(j);
            if (k.word().equalsIgnoreCase("that") && j > from + 1) {
                return j;
            }
            if (k.pos().startsWith("VB") || k.pos().equals("MD") || ParticipantChecks.isBoundary(k) || k.word().equals(",")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The agent of a passive clause whose subject starts at {@code s} ("they were sexually abused by priests", "he was
     * killed by a Russian hit squad"): the party of its "by" phrase, or null.
     */
    Mention passiveAgent(int s, int hi) {
        int j = s;
        while (j < Math.min(hi, s + 6) && !Set.of("was", "were", "had", "has", "have", "is", "are").contains(sentence.t.get(j).word())) {
            Token k = sentence.t.get(j);
            if (!(k.pos().startsWith("NN") || k.pos().startsWith("JJ") || k.pos().equals("PRP") || k.pos().equals("DT")
                    || k.pos().equals("CD") || sentence.mentionOf[j] != null)) {
                return null;
            }
            j++;
        }
        if (j == s || j >= hi) {
            return null;
        }
        j++;
        while (j < hi && (sentence.t.get(j).pos().startsWith("RB") || sentence.t.get(j).word().equals("been") || sentence.t.get(j).word().equals("being"))) {
            j++;
        }
        if (j + 2 >= hi || !sentence.t.get(j).pos().equals("VBN")) {
            return null;
        }
        j++;
        while (j < hi && sentence.t.get(j).pos().startsWith("RB")) {
            j++;
        }
        if (j + 1 >= hi || !sentence.t.get(j).word().equals("by")) {
            return null;
        }
        Mention m = objectAt(j + 1, hi, 5);
        return m != null && Participants.ACTOR_TYPES.contains(m.type()) ? m : null;
    }

    /** The party "the latter" at token {@code the} stands for: the last one named before it in the sentence, or null. */
    private Mention latter(int the) {
        for (int j = the - 1; j >= 0; j--) {
            Mention m = sentence.mentionOf[j];
            if (m != null && Participants.ACTOR_TYPES.contains(m.type()) && m.type() != MentionType.NATIONALITY
                    && m.type() != MentionType.TITLE) {
                return m;
            }
        }
        return null;
    }

    /** Whether the first "by" from token {@code from} tells an amount ("a call for boosting by 15 officers"). */
    private boolean byAmount(int from, int hi) {
        for (int i = from; i + 1 < hi; i++) {
            if (sentence.t.get(i).word().equals("by")) {
                return sentence.t.get(i + 1).pos().equals("CD");
            }
        }
        return false;
    }

    /** Whether a preposition stands from token {@code from} up to mention {@code m}. */
    private boolean prepositionBefore(int from, Mention m) {
        for (int i = from; i < sentence.t.size() && sentence.t.get(i).begin() < m.begin(); i++) {
            if (sentence.t.get(i).pos().equals("IN") || sentence.t.get(i).pos().equals("TO")) {
                return true;
            }
        }
        return false;
    }

    /** The first token from {@code from} that is no quotation mark. */
    private int pastQuotes(int from, int hi) {
        int i = from;
        while (i < hi && (sentence.t.get(i).pos().equals("``") || sentence.t.get(i).pos().equals("''"))) {
            i++;
        }
        return i;
    }

    /** The first token from {@code from} past determiners, possessives and adjectives that no name covers. */
    private int pastModifiers(int from, int hi) {
        int i = from;
        while (i < hi && (sentence.t.get(i).pos().equals("DT") || sentence.t.get(i).pos().equals("PRP$")
                || sentence.t.get(i).pos().startsWith("JJ")) && sentence.mentionOf[i] == null) {
            i++;
        }
        return i;
    }

    /** The first token from {@code from} past lowercase common nouns that no name covers (a thing's head noun). */
    private int pastCommonNouns(int from, int hi) {
        int i = from;
        while (i < hi && (sentence.t.get(i).pos().equals("NN") || sentence.t.get(i).pos().equals("NNS")) && sentence.mentionOf[i] == null
                && Character.isLowerCase(sentence.t.get(i).word().charAt(0))) {
            i++;
        }
        return i;
    }

    /**
     * "supported the rights of the Kurds", "backed the efforts of Zajedno": the party of an "of" phrase right after the
     * head noun of a direct object that names a thing (past determiners and adjectives), or null.
     */
    private Mention ownerOfObject(int from, int hi) {
        int head = pastModifiers(from, hi);
        int i = pastCommonNouns(head, hi);
        if (i > head && i + 2 < hi && sentence.t.get(i).word().equals("and") && pastCommonNouns(i + 1, hi) > i + 1) {
            i = pastCommonNouns(i + 1, hi); // "praised the courage and commitment of her armed forces"
        }
        if (i == head && i > from && i + 1 < hi && sentence.t.get(i).word().equals("of") && sentence.t.get(i - 1).pos().equals("JJ")
                && PORTIONS.contains(sentence.t.get(i - 1).word().toLowerCase(Locale.ROOT))) {
            return objectAt(i + 1, hi, 4); // "invaded the northern third of Cyprus"
        }
        if (i > head && i + 2 < hi && sentence.t.get(i).word().equals("belonging") && sentence.t.get(i + 1).word().equals("to")) {
            return objectAt(i + 2, hi, 4); // "seized a craft belonging to the Sierra Leone Navy"
        }
        if (i == head || i + 1 >= hi || !sentence.t.get(i).word().equals("of")) {
            return null;
        }
        return objectAt(i + 1, hi, 4);
    }

    /**
     * "called on Kabile to assist", "urged Muhammad to resign": a name tagged as a town or region (not a capital, which
     * objects read as its government) right at {@code i} and followed by "to" and a verb, which only a party can be; or
     * null.
     */
    private Mention placeAskedToAct(int i, int hi) {
        if (i < hi && sentence.t.get(i).word().equalsIgnoreCase("the") && i + 1 < hi) {
            i++; // "urged the Islamic Republic to"
        }
        if (i >= hi || sentence.mentionOf[i] == null) {
            return null;
        }
        Mention m = sentence.mentionOf[i];
        int after = sentence.endOf(i) + 1;
        if (after + 2 < hi && sentence.t.get(after).word().equals("in")) {
            int j = after + 1; // "urged Guangxi Zhuang Autonomous Region in south China to": where the place lies
            while (j < Math.min(hi, after + 4) && sentence.mentionOf[j] == null && (sentence.t.get(j).pos().startsWith("JJ")
                    || sentence.t.get(j).pos().startsWith("NN") && Character.isLowerCase(sentence.t.get(j).word().charAt(0)))) {
                j++;
            }
            after = j < hi && sentence.mentionOf[j] != null && PLACE_TYPES.contains(sentence.mentionOf[j].type()) ? sentence.endOf(j) + 1 : after;
        }
        boolean town = m.type() == MentionType.PLACE || m.type() == MentionType.CITY;
        if (!town || after + 1 >= hi || !sentence.t.get(after).word().equals("to")) {
            return null;
        }
        int verb = pastQuotes(after + 1, hi);
        while (verb < hi && sentence.t.get(verb).pos().startsWith("RB")) {
            verb = pastQuotes(verb + 1, hi); // "to \"immediately\" conform"
        }
        return verb < hi && sentence.t.get(verb).pos().equals("VB") && Character.isUpperCase(m.text().charAt(0)) ? m : null;
    }

    /** What one party asks or puts to another, whose owner a rejection answers. */
    private static final Set<String> REQUESTS = Set.of("demand", "request", "call", "proposal", "offer", "plan", "ultimatum",
            "allegation", "charge", "claim", "choice", "bid", "appeal", "condition", "accusation", "application", "invitation",
            "candidate", "nominee", "nomination", "suggestion", "plea");

    /**
     * "his refusal to Israel's demands", "bowing to the EU's conditions": the party named as the possessor at {@code i}
     * (past a determiner) of a phrase that ends in a noun of asking; or null.
     */
    private Mention possessorOfARequest(int i, int hi) {
        int b = i < hi && sentence.t.get(i).pos().equals("DT") ? i + 1 : i;
        Mention m = b < hi ? sentence.mentionOf[b] : null;
        if (m == null || !Participants.ACTOR_TYPES.contains(m.type())) {
            return null;
        }
        int j = sentence.endOf(b) + 1;
        if (j >= hi || !sentence.t.get(j).pos().equals("POS")) {
            return null;
        }
        j++;
        int k = j;
        while (k < hi && sentence.mentionOf[k] == null && (sentence.t.get(k).pos().startsWith("JJ") || sentence.t.get(k).pos().equals("NN")
                || sentence.t.get(k).pos().equals("NNS"))) {
            k++;
        }
        return k > j && REQUESTS.contains(Moods.lemma(sentence.t.get(k - 1)).toLowerCase(Locale.ROOT)) ? m : null;
    }

    /**
     * "rejected their pay demands", "turned down his request": the party a possessive pronoun right at {@code i} stands
     * for, when the phrase it opens ends in a noun of asking; or null.
     */
    private Mention pronounOfARequest(int i, int hi) {
        if (i >= hi || !sentence.t.get(i).pos().equals("PRP$") || !Set.of("their", "its", "his", "her").contains(sentence.t.get(i).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int j = i + 1;
        while (j < hi && sentence.mentionOf[j] == null && (sentence.t.get(j).pos().startsWith("JJ") || sentence.t.get(j).pos().equals("NN")
                || sentence.t.get(j).pos().equals("NNS"))) {
            j++;
        }
        return j > i + 1 && REQUESTS.contains(Moods.lemma(sentence.t.get(j - 1)).toLowerCase(Locale.ROOT))
                ? sentence.pronouns.resolve(sentence.t.get(i), subjectOfClause) : null;
    }

    /**
     * "criticised its human rights record", "praised their cooperation": the party "its" or "their" right at {@code i}
     * stands for, when the phrase it opens is of common words only and ends the object (no "of" or name follows); or null.
     */
    private Mention pronounOfAThing(int i, int hi) {
        if (i >= hi || !sentence.t.get(i).pos().equals("PRP$") || !Set.of("their", "its").contains(sentence.t.get(i).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int j = i + 1;
        while (j < hi && sentence.mentionOf[j] == null && (sentence.t.get(j).pos().startsWith("JJ") || sentence.t.get(j).pos().equals("NN")
                || sentence.t.get(j).pos().equals("NNS") || sentence.t.get(j).pos().equals("HYPH"))
                && Character.isLowerCase(sentence.t.get(j).word().charAt(0))) {
            j++;
        }
        boolean ends = j >= hi || !sentence.t.get(j).word().equals("of") && sentence.mentionOf[j] == null;
        return j > i + 1 && ends && !PartyNouns.contains(Moods.lemma(sentence.t.get(j - 1)).toLowerCase(Locale.ROOT))
                ? sentence.pronouns.resolve(sentence.t.get(i), subjectOfClause) : null;
    }

    /**
     * "denounced attacks by government-backed militias", "praised the efforts made by Deleye": the party of a "by" phrase
     * (right after the head noun of a direct object that names a thing, or after a participle there) whose deed the
     * verb judges, or null.
     */
    private Mention agentOfObject(int from, int hi) {
        int head = pastModifiers(from, hi);
        while (head + 2 < hi && sentence.t.get(head).word().equals("and") && sentence.t.get(head + 1).pos().startsWith("JJ")) {
            head = pastModifiers(head + 1, hi); // "this perceptive and intelligent decision"
        }
        int i = head < hi && QUOTES.contains(sentence.t.get(head).word()) ? pastQuotedTitle(head, hi) : pastCommonNouns(head, hi);
        if (i > head && i + 1 < hi && sentence.t.get(i).word().equals("of") && pastCommonNouns(i + 1, hi) > i + 1) {
            i = pastCommonNouns(i + 1, hi); // "the policy of restraint employed by the IDF"
        }
        if (i > head && i < hi && QUOTES.contains(sentence.t.get(i).word())) {
            i++; // "this perceptive and intelligent decision" by Chirac
        }
        boolean attributed = i > head && i + 1 < hi && ATTRIBUTING.contains(sentence.t.get(i).word().toLowerCase(Locale.ROOT))
                && sentence.t.get(i + 1).word().equals("to");
        if (i > head && i < hi && sentence.t.get(i).pos().equals("VBN")) {
            i++; // "the efforts made by", "the framework announced by"
        }
        if (i > head && i < hi && !attributed && Set.of("to", "of", "on", "in").contains(sentence.t.get(i).word())) {
            for (int j = i + 1; j < Math.min(hi, i + 8); j++) { // "the first visit to Vietnam by Abe", "the donation of
                Token k = sentence.t.get(j);                      // a male black rhino to Botswana by Zimbabwe"
                if (k.word().equals("by")) {
                    i = j;
                    break;
                }
                if (ParticipantChecks.isBoundary(k) || k.pos().startsWith("VB") || Set.of("MD", "WDT", "WP").contains(k.pos())
                        || k.pos().equals("IN") && !Set.of("of", "to", "on", "in").contains(k.word())) {
                    break; // not "amendments to end blanket immunity held by judges", "an investigation ... after a report by"
                }
            }
        }
        if (i == head || i + 1 >= hi || !sentence.t.get(i).word().equals("by") && !attributed) {
            return null;
        }
        return objectAt(i + 1, hi, 4); // "the comments attributed to President Ahmadinejad"
    }

    /** Quotation marks around a title or a phrase quoted. */
    private static final Set<String> QUOTES = Set.of("``", "''", "\"", "'");
    /** Participles whose "to" names the one a thing is said of or given to ("the comments attributed to"). */
    private static final Set<String> ATTRIBUTING = Set.of("attributed", "ascribed", "granted");

    /** The token after the closing mark of a quoted title opening at {@code open} ("the 'Nairobi Framework'"), or {@code open}. */
    private int pastQuotedTitle(int open, int hi) {
        for (int i = open + 1; i < Math.min(hi, open + 8); i++) {
            if (QUOTES.contains(sentence.t.get(i).word())) {
                return i + 1;
            }
            if (ParticipantChecks.isBoundary(sentence.t.get(i))) {
                return open;
            }
        }
        return open;
    }

    /**
     * "blaming the tension on the police's rough ways", "the abuse is blamed on proxy militias": the party after the
     * "on" of a "blame" at {@code from} is the one accused (the direct object is the thing blamed), or null.
     */
    Mention blamedOn(int from, int hi, Mention actor) {
        if (!Moods.lemma(sentence.t.get(from)).equals("blame")) {
            return null;
        }
        for (int i = from + 1; i < Math.min(hi, from + 16); i++) {
            if (sentence.t.get(i).word().equals(",") && i + 1 < hi && sentence.t.get(i + 1).pos().startsWith("W")) {
                int close = i + 2;
                while (close < hi && close < i + 12 && !sentence.t.get(close).word().equals(",")) {
                    close++;
                }
                if (close < hi && sentence.t.get(close).word().equals(",")) {
                    i = close;
                    continue; // "blamed the attack, which took place Wednesday, on terrorist organisations"
                }
            }
            if (ParticipantChecks.isBoundary(sentence.t.get(i)) || i >= from + 8 && !sentence.t.get(i).word().equals("on")) {
                return null;
            }
            if (sentence.t.get(i).word().equals("on")) {
                Mention m = objectAt(i + 1, hi, 5);
                int of = pastCommonNouns(pastModifiers(i + 1, hi), hi);
                if (m == null && of > i + 1 && of + 1 < hi && sentence.t.get(of).word().equals("of")) {
                    m = objectAt(of + 1, hi, 5); // "blamed on remnants of the ousted Taliban regime"
                }
                return m == null || ParticipantChecks.same(m, actor) ? null : m;
            }
        }
        return null;
    }

    /**
     * "demanding Syria cooperate fully", "demanded that Israel stop": whether the party right after a verb of demanding
     * (past "that" and determiners) is the subject of a bare verb, so that it is the one asked, not the thing demanded.
     */
    private boolean clauseSubjectAfter(int from, int hi) {
        boolean that = from < hi && sentence.t.get(from).word().equalsIgnoreCase("that");
        int i = that ? from + 1 : from;
        while (i < hi && sentence.mentionOf[i] == null && (sentence.t.get(i).pos().equals("DT") || sentence.t.get(i).pos().equals("PRP$")
                || sentence.t.get(i).pos().equals("CD")
                || Set.of("JJ", "VBG", "VBN").contains(sentence.t.get(i).pos()) && Character.isLowerCase(sentence.t.get(i).word().charAt(0)))) {
            i++; // "called for his supporters to", "called for the ailing Mobutu to", "demanding two top officials step down"
        }
        if (i >= hi || sentence.mentionOf[i] == null || !Participants.ACTOR_TYPES.contains(sentence.mentionOf[i].type())
                && sentence.mentionOf[i].type() != MentionType.TITLE) {
            return false;
        }
        int after = pastQuotes(sentence.endOf(i) + 1, hi);
        if (after >= hi) {
            return false;
        }
        if (that && after + 1 < hi && sentence.t.get(after).pos().startsWith("RB")) {
            after++; // "demands that they immediately remove"
        }
        Token v = sentence.t.get(after);
        boolean bare = that && v.pos().equals("VBD") && v.word().equalsIgnoreCase(Moods.lemma(v)); // "demands that Mobutu quit"
        boolean verbAfterThat = bare || that && (v.pos().equals("MD") || v.pos().equals("NN") && Character.isLowerCase(v.word().charAt(0))
                && sentence.mentionOf[after] == null); // "demanded that Iran halt/NN enrichment", "that Iran should halt"
        int verb = pastQuotes(after + 1, hi);
        boolean infinitive = !that && v.word().equals("to") && verb < hi && sentence.t.get(verb).pos().equals("VB"); // "demanded the government to stop"
        return v.pos().equals("VB") || v.pos().equals("VBP") || verbAfterThat || infinitive;
    }

    /** Nouns of a state that a nationality describes before its name ("the Arab country of Tunisia"). */
    private static final Set<String> STATE_NOUNS = Set.of("country", "nation", "state", "kingdom", "republic", "emirate",
            "island", "sultanate");

    /** Whether a quotation opens among the tokens {@code from} (inclusive) to {@code to} (exclusive) and is not closed there. */
    private boolean quoteOpenedWithin(int from, int to) {
        boolean open = false;
        for (int j = from; j < to; j++) {
            String p = sentence.t.get(j).pos();
            open = p.equals("``") || open && !p.equals("''");
        }
        return open;
    }

    private int tokenAfter(Mention m, int from, int hi) {
        for (int i = from; i < hi; i++) {
            if (sentence.t.get(i).end() == m.end()) {
                return i + 1;
            }
        }
        return -1;
    }

    Mention objectAt(int from, int hi, int reach) {
        return objectAt(from, hi, reach, -1);
    }

    /** Participles that glue an ally's name to the party a phrase names ("Al Qaeda-linked", "Iran-backed"). */
    private static final Set<String> ASSOCIATED = Set.of("linked", "backed", "allied", "affiliated", "inspired", "sponsored",
            "supported", "funded", "aligned", "connected");

    /**
     * The first token of the party an organisation's name ending at {@code end} is glued to by a hyphen and a participle
     * of association ("the Al Qaeda-linked Jemaah Islamiyah network"): a name within the next three words; -1 when there
     * is no such glue. A country's ("the US-backed government") is left to the rules that read it as the party.
     */
    private int associateNamed(int end, int hi) {
        if (end + 3 >= hi || !sentence.t.get(end + 1).pos().equals("HYPH")
                || !ASSOCIATED.contains(sentence.t.get(end + 2).word().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        for (int j = end + 3; j < Math.min(hi, end + 6); j++) {
            Mention n = sentence.mentionOf[j];
            if (n != null && Participants.ACTOR_TYPES.contains(n.type())) {
                return j;
            }
            if (ParticipantChecks.isBoundary(sentence.t.get(j))) {
                return -1;
            }
        }
        return -1;
    }

    /** As {@link #objectAt(int, int, int)}, passing over any token up to {@code inside} (the trigger's own words). */
    Mention objectAt(int from, int hi, int reach, int inside) {
        if (from + 1 < hi && Set.of("both", "either", "neither").contains(sentence.t.get(from).word().toLowerCase(Locale.ROOT))
                && sentence.t.get(from).pos().equals("CC")) {
            from++; // "rejected by both the United States and United Nations": the tagger's conjunction opens the pair
        }
        int the = from + 1 < hi && sentence.t.get(from).word().equalsIgnoreCase("the") ? from : from - 1;
        if (the >= 0 && the + 1 < hi && the + 1 > inside && sentence.t.get(the).word().equalsIgnoreCase("the")
                && sentence.t.get(the + 1).word().equalsIgnoreCase("latter")) {
            return latter(the); // "met with Koizumi, strongly protesting the latter's repeated pilgrimages": Koizumi
        }
        int titled = 0; // the words of titles passed over, which do not count against the reach
        for (int i = from; i < Math.min(hi, Math.max(from + reach, inside + 3 + titled)); i++) {
            Mention m = sentence.mentionOf[i];
            if (m == null && sentence.t.get(i).pos().equals("HYPH")) {
                reach += 2;
                continue; // "a high-ranking Malaysian politician": a hyphenated word is one word of the reach, not three
            }
            if (m != null && Participants.ACTOR_TYPES.contains(m.type()) && sentence.endOf(i) + 2 <= inside && sentence.t.get(sentence.endOf(i) + 1).pos().equals("POS")
                    && supportNoun(inside)) {
                i = sentence.endOf(i) + 1;
                continue; // "stressed Paris's support": the possessor is the trigger's own actor
            }
            int possessed = m == null ? -1 : namedAfterPossessive(sentence.endOf(i), hi);
            if (possessed > 0) {
                reach += possessed - i;
                i = possessed - 1;
                continue; // "Iraq's neighbours Iran and Syria", "the UN agency's Deputy Executive Director Shafqat Kakakhel"
            }
            int associate = m == null || m.type() != MentionType.ORGANISATION ? -1 : associateNamed(sentence.endOf(i), hi);
            if (associate > 0) {
                reach += associate - i;
                i = associate - 1;
                continue; // "blamed on the Al Qaeda-linked Jemaah Islamiyah network": the network, not its ally
            }
            if (m != null && modifierOfAThing(sentence.endOf(i))) {
                return null; // part of a longer name the tagger did not take as a whole
            }
            int after = m == null ? -1 : sentence.endOf(i) + 1;
            if (m != null && m.type() == MentionType.PLACE && after < hi
                    && (sentence.mentionOf[after] == null || sentence.mentionOf[after].type() == MentionType.GROUP)
                    && REGION_PARTIES.contains(sentence.t.get(after).word().toLowerCase(Locale.ROOT))) {
                Token n = sentence.t.get(after); // "urged Gulf states to", "Balkan countries": the region's states act
                return new Mention(m.begin(), n.end(), CommonParties.text(sentence.t, i, after), MentionType.GROUP,
                        null, "event-object", 0.5);
            }
            if (m != null && (m.type() == MentionType.CITY || m.type() == MentionType.PLACE) && after < hi && sentence.mentionOf[after] != null
                    && (sentence.mentionOf[after].type() == MentionType.TITLE || sentence.mentionOf[after].type() == MentionType.GROUP
                    && !ParticipantChecks.isCapital(m) && !ParticipantChecks.isSeat(m))) {
                i = after - 1;
                continue; // "called on the Moscow mayor", "the Hamburg police" (but "the Beirut government" is Lebanon's)
            }
            if (m != null && (m.type() == MentionType.CITY && !ParticipantChecks.isCapital(m) || m.type() == MentionType.PLACE && !ParticipantChecks.isSeat(m)
                    || m.type() == MentionType.CITY && thingAfter(sentence.endOf(i)))) {
                return null; // a place, not a party (a capital stands for its government: "sanctions on Tehran")
            }
            if (m != null && m.type() == MentionType.TITLE && describedPerson(i, hi)) {
                int noun = i;
                while (noun > from && sentence.mentionOf[noun - 1] == null && sentence.t.get(noun - 1).pos().equals("NN")
                        && Character.isLowerCase(sentence.t.get(noun - 1).word().charAt(0))) {
                    noun--; // "arrested the opposition leader": the noun before the title says whose
                }
                return noun == i ? m : new Mention(sentence.t.get(noun).begin(), m.end(),
                        CommonParties.text(sentence.t, noun, sentence.endOf(i)), MentionType.GROUP, null, "event-object", 0.5);
                // "detained a former defence secretary": the description is all the sentence gives
            }
            if (m != null && m.type() == MentionType.TITLE && i > inside) {
                Mention named = nameAfterTitle(sentence.endOf(i) + 1, hi);
                if (named != null) {
                    return named; // "met the Palestinian president, Mahmoud Abbas,", "met Chairman of the Council Rafsanjani"
                }
                reach += sentence.endOf(i) - i + 1;
                titled += sentence.endOf(i) - i + 1; // "paid a courtesy call on Prime Minister Joseph Msika"
                i = sentence.endOf(i);
                continue; // "met Secretary of State Condoleezza Rice": a title of several words leads to the name
            }
            int stateNoun = m == null ? -1 : m.type() == MentionType.NATIONALITY && after < hi && sentence.mentionOf[after] == null ? after
                    : m.type() == MentionType.GROUP ? sentence.endOf(i) : -1;
            if (stateNoun >= 0 && stateNoun + 2 < hi && STATE_NOUNS.contains(sentence.t.get(stateNoun).word().toLowerCase(Locale.ROOT))
                    && sentence.t.get(stateNoun + 1).word().equals("of") && sentence.mentionOf[stateNoun + 2] != null) {
                i = stateNoun + 1;
                continue; // "to visit the Arab country of Tunisia": the country named after the description
            }
            if (m != null && unnamedParties(m, i)) {
                return null; // "urged both parties", "each side": the sentence names no one
            }
            if (m != null && Participants.ACTOR_TYPES.contains(m.type())) {
                int end = sentence.endOf(i);
                if (m.type() == MentionType.GROUP && end + 2 < hi && sentence.t.get(end + 1).word().equals("of")
                        && !(sentence.t.get(end + 2).pos().equals("VBG") && !ADJECTIVAL_VBG.contains(sentence.t.get(end + 2).word().toLowerCase(Locale.ROOT)))
                        && m.text().matches("(?i).*\\b(government|authorities|leadership|administration|force|group|groups|members)")) {
                    // not "accused the authorities of damaging Turkey's image": the charge; but "the government of neighbouring Pakistan"
                    Mention of = objectAt(end + 2, hi, 5);
                    if (of != null) {
                        return of;
                    }
                }
                return sentence.headOfChain(i, hi);
            }
            Token k = sentence.t.get(i);
            String p = k.pos();
            if (k.pos().equals("PRP") || k.pos().equals("PRP$")) {
                if (k.word().equalsIgnoreCase("its") || k.word().equalsIgnoreCase("their") || k.word().equalsIgnoreCase("his")
                        || k.word().equalsIgnoreCase("our") || k.word().equalsIgnoreCase("my")
                        || k.word().equalsIgnoreCase("her") && possessiveHer(i)) {
                    Mention owner = i + 2 < hi && (k.word().equalsIgnoreCase("its") || k.word().equalsIgnoreCase("their"))
                            && OWN_BODIES.contains(sentence.t.get(i + 1).word().toLowerCase(Locale.ROOT))
                            && (sentence.mentionOf[i + 1] == null || sentence.endOf(i + 1) == i + 1)
                            ? sentence.pronouns.resolve(k, subjectOfClause) : null;
                    if (owner != null) {
                        return owner; // "stepped up pressure on Germany, warning its judiciary against": Germany's judiciary
                    }
                    continue;
                }
                boolean objective = Set.of("him", "them", "her", "it", "us").contains(k.word().toLowerCase(Locale.ROOT));
                Mention resolved = sentence.pronouns.resolve(k, objective ? subjectOfClause : null);
                if (resolved == null && (k.word().equalsIgnoreCase("him") || k.word().equalsIgnoreCase("her"))) {
                    resolved = describedObjectBeforeParticiple(i); // "expelled the UN envoy, accusing him of meddling"
                }
                Mention opening = resolved == null && objective && !k.word().equalsIgnoreCase("it") && !k.word().equalsIgnoreCase("us")
                        ? sentence.described.openingParty(i, k.word().equalsIgnoreCase("them")) : null;
                return resolved != null ? resolved : opening != null && !ParticipantChecks.same(opening, subjectOfClause) ? opening : null;
            }
            if (p.equals("NN") && Character.isLowerCase(k.word().charAt(0)) && i + 2 < hi && sentence.t.get(i + 1).pos().equals("POS")) {
                i++;
                continue; // a common noun's possessive before the party: "urged the country's major parties"
            }
            if (i + 1 < hi && sentence.t.get(i + 1).word().equals("of") && TERRITORY_PORTIONS.contains(k.word().toLowerCase(Locale.ROOT))) {
                i++;
                continue; // "invaded the northern third of Cyprus", "occupied parts of southern Lebanon": the country
            }
            if (p.equals("NN") && i + 1 < hi && (sentence.t.get(i + 1).word().equals("from") || sentence.t.get(i + 1).word().equals("of"))
                    && Character.isLowerCase(k.word().charAt(0)) && !(i > inside && NounRoles.PATIENT_NOUNS.contains(Moods.lemma(k)))) {
                i++;
                continue; // "his counterpart from North Korea"
            }
            if (p.startsWith("NN") && VEHICLES.contains(Moods.lemma(k)) && i + 1 < hi && sentence.t.get(i + 1).word().equals("carrying")) {
                i++;
                continue; // "a car carrying the two defense lawyers"
            }
            if (k.word().equals("on") && i + 1 < hi && WEEKDAYS.contains(sentence.t.get(i + 1).word())) {
                i++;
                if (i + 1 < hi && DAY_PARTS.contains(sentence.t.get(i + 1).word())) {
                    i++;
                }
                continue; // "hailed on Wednesday the Democrats' control", "stormed early on Wednesday morning the town"
            }
            if (p.equals("NN") && Character.isLowerCase(k.word().charAt(0)) && i + 2 < hi && sentence.mentionOf[i + 1] != null
                    && (sentence.mentionOf[i + 1].type() == MentionType.TITLE || sentence.mentionOf[i + 1].type() == MentionType.NATIONALITY)
                    && personAfterDescriptor(sentence.endOf(i + 1) + 1, hi)) {
                continue; // a noun before a title or a nationality and a name: "by police chief Rahim Noor", "by the chief
                          // Chechen negotiator Movladi Udugov"
            }
            boolean afterOf = i > 0 && sentence.t.get(i - 1).word().equals("of"); // "the capture of ex-dictator Saddam Hussein"
            if (p.equals("NN") && Character.isLowerCase(k.word().charAt(0)) && (i > from || afterOf) && i + 1 < hi
                    && (afterOf || Set.of("DT", "JJ", "NN", "NNP", "VBG").contains(sentence.t.get(i - 1).pos())
                            || sentence.t.get(i - 1).pos().equals("PRP$") && !KIN.contains(k.word())) // "its ally Israel", not "his wife Anne"
                    && (sentence.mentionOf[i + 1] != null
                    && sentence.mentionOf[i + 1].type() != MentionType.GROUP && (i + 2 >= hi || !sentence.t.get(i + 2).pos().startsWith("NN")
                    || sentence.endOf(i + 1) > i + 1) || personAhead(i + 1, hi))) {
                continue; // a descriptor before the name: "the ruling Islamist movement Hamas", "the rebel group FARC"
            }
            int person = i + 1;
            while (person < Math.min(hi, i + 3) && sentence.mentionOf[person] == null && (sentence.t.get(person).pos().startsWith("NN")
                    && Character.isLowerCase(sentence.t.get(person).word().charAt(0)) || sentence.t.get(person).word().equals("suspect"))) {
                person++;
            }
            if (p.startsWith("NN") && Character.isLowerCase(k.word().charAt(0)) && person > i + 1 && person < hi
                    && sentence.mentionOf[person] != null && sentence.mentionOf[person].type() == MentionType.PERSON) {
                i = person - 1;
                continue; // descriptors before a person's name: "football star George Weah", "war crimes suspect Ante Gotovina"
            }
            if ((p.equals("NN") || p.equals("NNS")) && Character.isLowerCase(k.word().charAt(0)) && i + 1 < hi && sentence.mentionOf[i + 1] != null
                    && sentence.mentionOf[i + 1].type() == MentionType.GROUP && sentence.endOf(i + 1) == i + 1) {
                continue; // a noun before a group noun: "street protesters", "village guards", "media workers"
            }
            if ((p.equals("CD") || QUANTITY_HEADS.contains(k.word().toLowerCase(Locale.ROOT))) && i + 2 < hi
                    && sentence.t.get(i + 1).word().equals("of") && i > inside) {
                i++;
                continue; // "detaining 62 of their fans", "killed dozens of civilians"
            }
            if (quantifier(i, hi) || modifyingParticiple(i, hi)) {
                continue; // "up to 80 civilians", "six suspected insurgents"
            }
            int named = appositeName(from, i, hi);
            if (named >= 0) {
                return sentence.headOfChain(named, hi); // "had backed a different right-winger, Eduardo Montealegre, for president"
            }
            // "the Hamas-led Palestinian Authority", "a high-ranking Malaysian politician": a participle after a hyphen
            // ends a compound modifier (the hyphen widened the reach)
            boolean compound = (p.equals("VBN") || p.equals("VBG")) && i > from && sentence.t.get(i - 1).pos().equals("HYPH");
            boolean adjectival = (p.equals("VBG") || p.equals("NN")) && ADJECTIVAL_VBG.contains(k.word().toLowerCase(Locale.ROOT)); // "the now ruling ANC", "the ruling/NN Conservatives"
            boolean coordinatedModifiers = p.equals("CC") && i > from && i + 1 < hi && sentence.t.get(i - 1).pos().startsWith("JJ")
                    && sentence.t.get(i + 1).pos().startsWith("JJ"); // "from national and regional governments"
            boolean skippable = compound || adjectival || coordinatedModifiers || p.equals("DT") || p.startsWith("JJ") || p.startsWith("RB") || p.equals("CD") || p.equals("PDT")
                    || p.equals("TO") || p.startsWith("VB") && i == from || k.word().equals("some") || p.equals("NNP")
                    || p.equals("RP") && i > 0 && sentence.t.get(i - 1).pos().startsWith("VB") // "hunt down the attackers"
                    || p.equals("POS") || p.equals("HYPH") || k.word().equals("``") || k.word().equals("\"");
            if (!skippable && i > inside) {
                return null;
            }
        }
        return null;
    }

    /**
     * The first token of a name set in apposition after the common noun at {@code i} ("a different right-winger, Eduardo
     * Montealegre,"): a person or an organisation between commas (or before the sentence's end), after a phrase from
     * {@code from} of determiners, modifiers and lower-case nouns only; else -1.
     */
    private int appositeName(int from, int i, int hi) {
        Token k = sentence.t.get(i);
        if (!k.pos().startsWith("NN") || k.pos().startsWith("NNP") || !Character.isLowerCase(k.word().charAt(0)) || i + 2 >= hi
                || !sentence.t.get(i + 1).word().equals(",") || sentence.mentionOf[i + 2] == null
                || sentence.mentionOf[i + 2].type() != MentionType.PERSON && sentence.mentionOf[i + 2].type() != MentionType.ORGANISATION) {
            return -1;
        }
        int end = sentence.endOf(i + 2);
        if (end + 1 < hi && !Set.of(",", ".", ";").contains(sentence.t.get(end + 1).word())) {
            return -1;
        }
        for (int j = from; j < i; j++) {
            Token b = sentence.t.get(j);
            boolean modifier = b.pos().equals("DT") || b.pos().startsWith("JJ") || b.pos().equals("HYPH") || b.word().equals("-")
                    || b.pos().equals("CD") || b.pos().startsWith("NN") && !b.pos().startsWith("NNP") && Character.isLowerCase(b.word().charAt(0));
            if (!modifier || sentence.mentionOf[j] != null) {
                return -1;
            }
        }
        return i + 2;
    }

    /** Whether a person's name follows at {@code from}, past at most one lower-case common noun ("negotiator"). */
    private boolean personAfterDescriptor(int from, int hi) {
        int j = from;
        if (j < hi && sentence.mentionOf[j] == null && sentence.t.get(j).pos().equals("NN")
                && Character.isLowerCase(sentence.t.get(j).word().charAt(0))) {
            j++;
        }
        return j < hi && sentence.mentionOf[j] != null && sentence.mentionOf[j].type() == MentionType.PERSON;
    }

    /**
     * The place that is the direct object from token {@code from} ("stormed early on Wednesday the town of Beit Hanoun"),
     * past determiners, time phrases and a head noun with "of"; null when a party or anything else comes first.
     */
    Mention placeAt(int from, int hi) {
        for (int i = from; i < Math.min(hi, from + 8); i++) {
            Mention m = sentence.mentionOf[i];
            if (m != null) {
                return m.type() == MentionType.CITY || m.type() == MentionType.PLACE ? m : null;
            }
            Token k = sentence.t.get(i);
            if (k.word().equals("on") && i + 1 < hi && WEEKDAYS.contains(sentence.t.get(i + 1).word())) {
                i++;
                continue;
            }
            boolean ofHead = k.pos().startsWith("NN") && i + 1 < hi && sentence.t.get(i + 1).word().equals("of");
            if (ofHead) {
                i++;
                continue; // "the town of", "the village of"
            }
            String p = k.pos();
            if (!(p.equals("DT") || p.startsWith("JJ") || p.startsWith("RB") || DAY_PARTS.contains(k.word()) || WEEKDAYS.contains(k.word()))) {
                return null;
            }
        }
        return null;
    }

    /**
     * The person a title from token {@code j} on names past an appositive comma ("the Palestinian president, Mahmoud
     * Abbas,") or the body it heads ("Chairman of the Expediency Council Akbar Hashemi Rafsanjani"); null otherwise.
     */
    private Mention nameAfterTitle(int j, int hi) {
        if (j + 1 < hi && sentence.t.get(j).word().equals(",") && person(j + 1)) {
            int after = sentence.endOf(j + 1) + 1;
            return after >= hi || Set.of(",", ".").contains(sentence.t.get(after).word()) ? sentence.mentionOf[j + 1] : null;
        }
        if (j + 1 < hi && sentence.t.get(j).word().equals("of")) {
            int k = j + 1;
            if (k < hi && sentence.t.get(k).pos().equals("DT")) {
                k++;
            }
            while (k < hi && k < j + 8 && (sentence.mentionOf[k] != null && !person(k) || sentence.t.get(k).pos().startsWith("NNP")
                    && sentence.mentionOf[k] == null)) {
                k = sentence.mentionOf[k] != null ? sentence.endOf(k) + 1 : k + 1;
            }
            return k < hi && k > j + 1 && person(k) ? sentence.mentionOf[k] : null;
        }
        return null;
    }

    private boolean person(int i) {
        return sentence.mentionOf[i] != null && sentence.mentionOf[i].type() == MentionType.PERSON;
    }

    /**
     * Whether a person's name comes from token {@code j} past at most two more lower-case nouns and two capitalised
     * words that are no name ("top hostage mediator Archbishop Juan Luis Cipriani"): the nouns describe that person.
     */
    private boolean personAhead(int j, int hi) {
        int k = j;
        while (k < hi && k < j + 2 && sentence.mentionOf[k] == null && sentence.t.get(k).pos().equals("NN")
                && Character.isLowerCase(sentence.t.get(k).word().charAt(0))) {
            k++;
        }
        int caps = k;
        while (k < hi && k < caps + 2 && sentence.mentionOf[k] == null && sentence.t.get(k).pos().equals("NNP")) {
            k++;
        }
        return k < hi && sentence.mentionOf[k] != null && (sentence.mentionOf[k].type() == MentionType.PERSON
                || sentence.mentionOf[k].type() == MentionType.TITLE);
    }

    /** A title after "a" or "the" (past adjectives) that no name follows: it describes the person acted on. */
    private boolean describedPerson(int i, int hi) {
        int end = sentence.endOf(i);
        if (end + 1 < hi && (sentence.mentionOf[end + 1] != null || sentence.t.get(end + 1).pos().startsWith("NNP")
                || sentence.t.get(end + 1).word().equals(","))) {
            return false; // "the ambassador, Konrad Seitz," or "President Lee": the name follows
        }
        int b = i - 1;
        while (b >= 0 && (sentence.t.get(b).pos().startsWith("JJ") || thenModifier(b) || sentence.mentionOf[b] != null
                && PLACE_TYPES.contains(sentence.mentionOf[b].type()) || sentence.mentionOf[b] == null && sentence.t.get(b).pos().equals("NNP")
                || sentence.mentionOf[b] == null && sentence.t.get(b).pos().equals("NN") && Character.isLowerCase(sentence.t.get(b).word().charAt(0)))) {
            b--; // "a former defence secretary", "the Moscow mayor", "the UN secretary-general", "the opposition leader"
        }
        return b >= 0 && sentence.t.get(b).pos().equals("DT");
    }

    /** "then" before a title, alone or joined by a hyphen ("the then-police chief"), and that hyphen. */
    private boolean thenModifier(int b) {
        String w = sentence.t.get(b).word();
        return w.equalsIgnoreCase("then") && b + 1 < sentence.t.size() && !sentence.t.get(b + 1).pos().startsWith("VB")
                || (w.equals("-") || sentence.t.get(b).pos().equals("HYPH")) && b > 0 && sentence.t.get(b - 1).word().equalsIgnoreCase("then");
    }

    /** Whether the "her" at {@code i} is a possessive before its noun ("her husband"), not an object ("congratulated her on"). */
    private boolean possessiveHer(int i) {
        if (i + 1 >= sentence.t.size()) {
            return false;
        }
        String p = sentence.t.get(i + 1).pos();
        return p.startsWith("NN") || p.startsWith("JJ") || p.equals("CD") || p.equals("VBG") || p.equals("VBN");
    }

    /** Nouns of talks that one may call for with a party. */
    private static final Set<String> TALKS = Set.of("talks", "dialogue", "negotiations", "consultations", "discussions");

    /** Nouns of pressing a party to act, whose "on" (or "for") names it ("pressure on Ankara to", "a campaign for Iran to"). */
    private static final Set<String> PRESSING = Set.of("pressure", "campaign", "drive", "push");

    /** Nouns of a number of people before "of" ("dozens of civilians", "some of the protesters"). */
    private static final Set<String> QUANTITY_HEADS = Set.of("dozens", "hundreds", "thousands", "scores", "some", "many",
            "most", "several", "tens", "all", "none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    /**
     * Generic party nouns under "both" or "each", which name no one. "All parties" and "the two countries" are kept:
     * the pool's annotators code them as the parties asked or met ("called on all parties to", "the two countries
     * signed").
     */
    private static final Set<String> PARTY_NOUNS = Set.of("party", "side", "government", "leader", "country", "nation",
            "delegation", "state");

    private boolean unnamedParties(Mention m, int i) {
        if (m.type() != MentionType.GROUP || i == 0) {
            return false;
        }
        int end = sentence.endOf(i);
        if (!PARTY_NOUNS.contains(Moods.lemma(sentence.t.get(end)))) {
            return false;
        }
        int b = i;
        while (b > 0 && sentence.mentionOf[b - 1] == m) {
            b--;
        }
        String before = b > 0 ? sentence.t.get(b - 1).word().toLowerCase(Locale.ROOT) : "";
        return Set.of("both", "each").contains(before);
    }

    /** A word of an approximate amount ("up to", "more than", "at least", "nearly") right before a number. */
    private boolean quantifier(int i, int hi) {
        if (!QUANTIFIERS.contains(sentence.t.get(i).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int j = i + 1; j < Math.min(hi, i + 3); j++) {
            if (sentence.t.get(j).pos().equals("CD")) {
                return true;
            }
            if (!QUANTIFIERS.contains(sentence.t.get(j).word().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return false;
    }

    /** A lower-case participle used as an adjective before a noun ("suspected insurgents", "armed men"). */
    private boolean modifyingParticiple(int i, int hi) {
        Token k = sentence.t.get(i);
        return (k.pos().equals("VBN") || k.pos().equals("VBD") || k.pos().equals("VBG")) && Character.isLowerCase(k.word().charAt(0)) && i > 0
                && (sentence.t.get(i - 1).pos().equals("CD") || sentence.t.get(i - 1).pos().equals("DT") || sentence.t.get(i - 1).pos().startsWith("JJ")
                        || sentence.t.get(i - 1).pos().equals("PRP$")) // "his visiting Japanese counterpart"
                && i + 1 < hi && (sentence.t.get(i + 1).pos().startsWith("NN") || sentence.t.get(i + 1).pos().startsWith("JJ")
                        || i + 2 < hi && QUOTES.contains(sentence.t.get(i + 1).word())
                        && sentence.t.get(i + 2).pos().startsWith("NN")); // "arrested 10 suspected "terrorists""
    }

    /** Whether the trigger's last word is a noun of support ("Paris's support"), whose possessor acts. */
    private boolean supportNoun(int inside) {
        return inside >= 0 && Set.of("support", "solidarity", "backing", "sympathy").contains(Moods.lemma(sentence.t.get(inside)));
    }

    /** A common noun after a name that is no institution: "three Amman hotels" are things, not Jordan's government. */
    private boolean thingAfter(int end) {
        if (end + 1 >= sentence.t.size()) {
            return false;
        }
        Token next = sentence.t.get(end + 1);
        return (next.pos().equals("NN") || next.pos().equals("NNS")) && Character.isLowerCase(next.word().charAt(0))
                && !INSTITUTIONS.contains(next.word().toLowerCase(Locale.ROOT));
    }

    /** A name followed by more of a proper name ("the China International Exhibition Center"): it names a thing. */
    private boolean modifierOfAThing(int end) {
        if (end + 1 >= sentence.t.size()) {
            return false;
        }
        Token next = sentence.t.get(end + 1);
        if (sentence.mentionOf[end + 1] != null) {
            return false;
        }
        return next.pos().startsWith("NNP") && !INSTITUTIONS.contains(next.word().toLowerCase(Locale.ROOT))
                && !"DATE".equals(next.ner()) && !WEEKDAYS.contains(next.word()) && !MONTHS.contains(next.word()) // "warned Iran Wednesday"
                && !titleAfter(end + 1);
    }

    /**
     * Whether the capitalised words from {@code i} lead to a title or a person's name ("Lebanese Industry Minister Pierre
     * Gemayel"): the portfolio of an office, not a longer name of a thing.
     */
    private boolean titleAfter(int i) {
        for (int j = i; j < Math.min(sentence.t.size(), i + 3); j++) {
            Mention m = sentence.mentionOf[j];
            if (m != null && m.type() == MentionType.GROUP && sentence.t.get(j).pos().startsWith("NNP")) {
                continue; // "Papua New Guinea Defence Force Brigadier General Jerry Singirok": a capitalised force leads on
            }
            if (m != null) {
                return m.type() == MentionType.TITLE || m.type() == MentionType.PERSON;
            }
            if (!sentence.t.get(j).pos().startsWith("NNP")) {
                return false;
            }
        }
        return false;
    }
    /**
     * "Sudan expelled the UN envoy, accusing him of meddling": the title the verb before a participle clause took as its
     * object, which the participle's "him" or "her" at {@code i} stands for when no name does; or null.
     */
    private Mention describedObjectBeforeParticiple(int i) {
        if (i < 3 || !sentence.t.get(i - 1).pos().equals("VBG") || !sentence.t.get(i - 2).word().equals(",")) {
            return null;
        }
        for (int j = i - 3; j >= Math.max(0, i - 10); j--) {
            Token k = sentence.t.get(j);
            Mention m = sentence.mentionOf[j];
            if (m != null) {
                int start = j;
                while (start > 0 && sentence.mentionOf[start - 1] == m) {
                    start--;
                }
                boolean determined = start > 0 && (sentence.t.get(start - 1).pos().equals("DT") || sentence.mentionOf[start - 1] != null);
                return m.type() == MentionType.TITLE && determined ? m : null;
            }
            if (!(k.pos().startsWith("NN") || k.pos().startsWith("JJ") || k.pos().equals("DT"))) {
                return null;
            }
        }
        return null;
    }

}
