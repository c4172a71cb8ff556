package org.newsgraph.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;
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
        while (i >= 0 && (t.get(i).pos().startsWith("JJ") || TIMES_OF_DAY.contains(t.get(i).word()))) {
            i--; // "Saddam's dawn hanging"
        }
        return i >= 0 && (t.get(i).pos().equals("POS") || t.get(i).pos().equals("PRP$"));
    }

    private static final Set<String> TIMES_OF_DAY = Set.of("dawn", "morning", "midnight", "night", "evening");

    /**
     * "the rape of a 12-year-old girl by three US servicemen": a violation of a person, whose "of" names the victim and
     * "by" after it the doer; kept out of {@link #PATIENT_NOUNS}, whose other readings (a possessor as the victim) it
     * does not share.
     */
    boolean violationOf(int head) {
        return head + 1 < t.size() && t.get(head + 1).word().equals("of") && Moods.lemma(t.get(head)).equals("rape");
    }

    static final Set<String> PATIENT_NOUNS = Set.of("killing", "assassination", "murder", "massacre",
            "kidnapping", "abduction", "beheading", "arrest", "detention", "release", "extradition", "execution", "capture",
            "hanging", "hang", "poisoning");

    /** Whether token {@code i} is one of {@link #VICTIM_VERBS} as a verb ("died", "perished"). */
    boolean victimVerbAt(int i) {
        return t.get(i).pos().startsWith("VB") && VICTIM_VERBS.contains(Moods.lemma(t.get(i)));
    }

    /**
     * "Abdullah died in an attack", "Abramov survived a roadside bomb": the index of a verb of suffering just
     * before a noun trigger (its subject is the victim, not the attacker), or -1.
     */
    int victimVerbBefore(int first) {
        for (int i = first - 1; i >= Math.max(0, first - 5); i--) {
            if (t.get(i).pos().startsWith("VB") && VICTIM_VERBS.contains(Moods.lemma(t.get(i)))) {
                return i;
            }
            if (ParticipantChecks.isBoundary(t.get(i)) || t.get(i).pos().startsWith("VB")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "the deaths of 33 Nazi soldiers in an attack by resistance fighters", "the death of 19 Palestinians in Israeli
     * shelling": the ones whose death the noun trigger from {@code first} caused, or null.
     */
    Mention deathsBefore(int first) {
        int in = first - 1;
        while (in > 0 && (t.get(in).pos().equals("DT") || t.get(in).pos().startsWith("JJ"))) {
            in--;
        }
        if (in < 2 || !Set.of("in", "during").contains(t.get(in).word())) {
            return null;
        }
        for (int of = in - 1; of >= Math.max(1, in - 8); of--) {
            if (ParticipantChecks.isBoundary(t.get(of)) || t.get(of).pos().startsWith("VB")) {
                return null;
            }
            if (t.get(of).word().equals("of") && Set.of("death", "deaths").contains(t.get(of - 1).word().toLowerCase(Locale.ROOT))) {
                return participants.objectAt(of + 1, in, 6);
            }
        }
        return null;
    }

    private static final Set<String> VICTIM_VERBS = Set.of("die", "perish", "survive", "escape", "suffer", "succumb");

    /** "... was killed in a suicide bombing": the subject of a passive before a noun trigger is its victim, not its actor. */
    boolean afterPassive(int first) {
        for (int i = first - 1; i >= Math.max(1, first - 5); i--) {
            int aux = i - 1;
            while (aux > 0 && t.get(aux).pos().startsWith("RB")) {
                aux--; // "have been reportedly killed"
            }
            if (t.get(i).pos().equals("VBN") && Moods.lemma(t.get(aux)).equals("be")) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #afterPassive}, when the passive tells harm ("were killed in clashes with"), not an arrest after it. */
    boolean harmedBefore(int first) {
        for (int i = first - 1; i >= Math.max(1, first - 5); i--) {
            if (t.get(i).pos().equals("VBN") && Set.of("kill", "wound", "injure", "hurt", "shoot", "hit").contains(Moods.lemma(t.get(i)))) {
                return afterPassive(first);
            }
        }
        return false;
    }

    /** "a NATO air strike killed 80 civilians": the object of a harming verb right after a noun trigger. */
    Mention victim(int last) {
        int v = last + 1;
        if (v < t.size() && !t.get(v).pos().startsWith("VB")) {
            if (t.get(v).pos().startsWith("NN")) {
                return null; // "a car bomb explosion hit the convoy": the trigger only modifies the noun that did it
            }
            v = verbPastModifiers(v);
            if (v < 0 || !Set.of("VBD", "VBZ", "VBP").contains(t.get(v).pos())) {
                return null;
            }
        }
        if (v < t.size() && t.get(v).pos().startsWith("VB")
                && Set.of("kill", "wound", "injure", "hit", "destroy", "damage", "target", "claim", "strike").contains(Moods.lemma(t.get(v)))) {
            Mention named = participants.objectAt(v + 1, t.size(), 5);
            return named != null || !Set.of("hit", "target", "strike", "destroy", "damage").contains(Moods.lemma(t.get(v))) ? named
                    : participants.struckTarget(v + 1); // "a suicide car bomb struck a funeral ceremony", "destroyed a US Humvee"
        }
        return null;
    }

    /**
     * "Israel's 17-day offensive, launched to stamp out Hezbollah rocket attacks on northern Israel, killed 175 people",
     * "car bombings, roadside bombs claim dozens of Iraqi lives": the index of the verb the noun phrase starting at
     * {@code i} is the subject of, past the rest of the phrase, a list it heads and a participle set off by commas; or -1.
     */
    private int verbPastModifiers(int i) {
        int end = Math.min(t.size(), i + 30);
        while (i < end) {
            String w = t.get(i).word();
            String pos = t.get(i).pos();
            if (w.equals(",") && i + 1 < t.size() && Set.of("VBN", "VBG", "VBD").contains(t.get(i + 1).pos())) { // "launched/VBD to stamp out"
                int close = i + 2;
                while (close < end && !t.get(close).word().equals(",")) {
                    if (Set.of(";", ":", "--", ".").contains(t.get(close).word()) || Set.of("VBD", "VBZ", "VBP").contains(t.get(close).pos())) {
                        return -1;
                    }
                    close++;
                }
                i = close + 1;
                continue;
            }
            if (w.equals(",") || w.equals("and") || pos.startsWith("NN") || pos.startsWith("JJ") || pos.startsWith("RB")
                    || pos.equals("DT") || pos.equals("CD") || pos.equals("POS") || pos.equals("IN") && !w.equals("that")) {
                i++;
                continue;
            }
            return pos.startsWith("VB") ? i : -1;
        }
        return -1;
    }

    /**
     * "two bomb blasts occurred at a coffee shop, injuring 11 civilians": the object of a ", killing/injuring/wounding"
     * clause that tells the outcome of the attack at or before {@code last}, within the same sentence part; or null.
     */
    Mention outcomeVictim(int last) {
        boolean relative = true;
        for (int i = last + 1; i < Math.min(t.size() - 1, last + 25); i++) {
            String w = t.get(i).word();
            if (w.equals(";") || w.equals(":") || w.equals("--")) {
                return null;
            }
            if (w.equals(",") && t.get(i + 1).pos().equals("VBG")
                    && Set.of("kill", "injure", "wound").contains(Moods.lemma(t.get(i + 1)))) {
                return participants.objectAt(pastAge(i + 2), t.size(), 5);
            }
            if (relative && (w.equals("which") || w.equals("that")) && i <= last + 12) {
                relative = false;
                int v = t.get(i + 1).pos().startsWith("RB") ? i + 2 : i + 1; // "which reportedly killed"
                boolean told = v < t.size() && (t.get(v).pos().equals("VBD") || t.get(v).pos().equals("VBZ"))
                        && Set.of("kill", "injure", "wound", "leave", "target", "hit", "strike", "remove", "topple", "oust")
                        .contains(Moods.lemma(t.get(v))); // "the attack that removed the Taliban from power", "which targeted"
                Mention victims = told ? participants.objectAt(v + 1, t.size(), 5) : null;
                if (victims != null) {
                    return victims; // "the 2002 Bali bombings which killed 202 people"
                }
            }
            relative &= !t.get(i).pos().startsWith("VB"); // another clause's verb first: "an offensive was launched that"
        }
        return null;
    }

    /** Past an age told before a name ("killing five-year-old Wendy Perez"): the token after "old", or {@code from}. */
    private int pastAge(int from) {
        int j = from;
        if (j + 4 < t.size() && t.get(j).pos().equals("CD") && t.get(j + 2).word().equalsIgnoreCase("year")
                && t.get(j + 4).word().equalsIgnoreCase("old") && t.get(j + 1).word().equals("-") && t.get(j + 3).word().equals("-")
                && j + 5 < t.size() && t.get(j + 5).pos().startsWith("NNP")) {
            return j + 5;
        }
        return from;
    }

    /** "were killed in clashes with PKK members": a noun of fighting whose "with" phrase names the other side. */
    boolean fightWith(int head, int last) {
        return last + 1 < t.size() && t.get(last + 1).word().equals("with")
                && Set.of("clash", "fighting", "battle", "gunfight", "firefight", "skirmish", "gunbattle", "exchange", "shootout")
                .contains(Moods.lemma(t.get(head)));
    }

    /**
     * "Israel has stepped up raids and targeted killings of", "carried out the assassination of": the index of a verb of
     * doing just before a noun trigger (its subject is the actor even of a patient noun), or -1.
     */
    int doerVerbBefore(int first) {
        for (int i = first - 1; i >= Math.max(0, first - 9); i--) {
            Token k = t.get(i);
            if (k.pos().startsWith("VB") && DOER_VERBS.contains(Moods.lemma(k))) {
                return i;
            }
            int seized = k.word().equals("in") ? powerTaken(i) : -1;
            if (seized >= 0) {
                return seized; // "Pinochet ruled Chile after seizing power in a 1973 military coup"
            }
            int answered = k.word().equals("with") || k.word().equals("by") ? answeredWith(i) : -1;
            if (answered >= 0) {
                return answered; // "Israel retaliated with air strikes", "the rebels hit back with a wave of attacks"
            }
            boolean roundOf = k.word().equals("of") && i > 0 && (t.get(i - 1).word().equalsIgnoreCase("round")
                    || SHARES.contains(t.get(i - 1).word().toLowerCase(Locale.ROOT))); // "began a new round of clashes", "carried out dozens of"
            if (!(roundOf || k.pos().equals("RP") || k.pos().equals("RB") || k.pos().equals("DT") || k.pos().startsWith("JJ") || k.pos().equals("NNS")
                    || k.pos().equals("CD")
                    || k.pos().equals("NN") || k.pos().equals("CC") || k.pos().equals("PRP$") || k.pos().equals("HYPH")
                    || k.pos().equals("VBN") && i == first - 1 || hyphenated(i))) {
                return -1;
            }
        }
        return -1;
    }

    /** Verbs of answering or going on whose "with" phrase names what their subject did: "retaliated with air strikes". */
    private static final Set<String> ANSWERED_WITH = Set.of("respond", "retaliate", "react", "reply", "answer", "hit", "strike",
            "fight", "counter", "press", "push", "proceed", "persist", "follow");

    /**
     * The verb of "retaliated with", "hit back with", "pressed ahead with", "responded by" right before the preposition
     * at {@code with} (past adverbs and particles), or -1.
     */
    private int answeredWith(int with) {
        int v = with - 1;
        while (v > 0 && (t.get(v).pos().equals("RB") || t.get(v).pos().equals("RP"))) {
            v--;
        }
        return v >= 0 && t.get(v).pos().startsWith("VB") && !t.get(v).pos().equals("VBN") && ANSWERED_WITH.contains(Moods.lemma(t.get(v)))
                && (v < with - 1 || !Set.of("hit", "strike", "fight", "press", "push", "follow").contains(Moods.lemma(t.get(v)))) ? v : -1;
    }

    /** The verb of "seized power in", "came to power in" before the "in" at {@code in}, or -1. */
    private int powerTaken(int in) {
        if (in < 2 || !t.get(in - 1).word().equalsIgnoreCase("power")) {
            return -1;
        }
        int v = t.get(in - 2).word().equalsIgnoreCase("to") ? in - 3 : in - 2;
        return v >= 0 && t.get(v).pos().startsWith("VB")
                && Set.of("seize", "take", "grab", "assume", "come", "sweep").contains(Moods.lemma(t.get(v))) ? v : -1;
    }

    /** Whether token {@code i} stands between hyphens, inside a compound modifier ("a dusk-to-dawn curfew"). */
    private boolean hyphenated(int i) {
        return i > 0 && i + 1 < t.size() && t.get(i - 1).pos().equals("HYPH") && t.get(i + 1).pos().equals("HYPH");
    }

    /**
     * "Rice condemned a suicide bombing", "Abbas welcomed the agreement reached", "rejected the demand": the index of a verb
     * of reacting to, judging or answering an act that its object names, just before a noun trigger, or -1. Its subject
     * reacts to the act; it is not the one who did it.
     */
    int reactionVerbBefore(int first) {
        for (int i = first - 1; i >= Math.max(0, first - 7); i--) {
            Token k = t.get(i);
            if (k.pos().startsWith("VB") && REACTION_VERBS.contains(Moods.lemma(k))) {
                return i;
            }
            String p = k.pos();
            boolean answeredTo = k.word().equalsIgnoreCase("to") && i > 0 && answeringTo(i - 1); // "reacted angrily to the expulsion"
            if (!(p.equals("DT") || p.startsWith("JJ") || p.startsWith("RB") || p.equals("NN") || p.equals("NNS") || p.startsWith("NNP")
                    || p.equals("POS") || p.equals("CD") || p.equals("HYPH") || p.equals("VBN") && i == first - 1 || answeredTo)) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a verb of reacting that takes "to" ends at token {@code i}, past adverbs ("reacted angrily"). */
    private boolean answeringTo(int i) {
        while (i > 0 && t.get(i).pos().startsWith("RB")) {
            i--;
        }
        return t.get(i).pos().startsWith("VB") && Set.of("react", "respond", "object").contains(Moods.lemma(t.get(i)));
    }

    private static final Set<String> REACTION_VERBS = Set.of("condemn", "denounce", "deplore", "decry", "welcome", "hail",
            "praise", "applaud", "commend", "laud", "criticize", "criticise", "slam", "regret", "mourn", "lament",
            "reject", "dismiss", "accept", "ignore", "heed", "answer", "endorse", "investigate", "probe", "witness", "react",
            "respond", "object");

    /** Verbs by which the one asked, accused or threatened answers it ("rejected UN demands", "accepted Levy's request"). */
    private static final Set<String> REPLY_VERBS = Set.of("reject", "refuse", "dismiss", "deny", "refute", "rebut", "accept",
            "ignore", "heed", "answer", "meet", "grant", "satisfy", "defy", "spurn", "rebuff", "comply", "bow", "yield", "accede",
            "respond");
    /** Prepositions a reply verb takes before what it answers ("complied with the demand", "bowed to pressure"). */
    private static final Set<String> REPLY_PREPOSITIONS = Set.of("with", "to");

    /**
     * "Netanyahu has refused Palestinian demands", "Erbakan accepted Levy's request": the index of a verb of answering
     * just before a noun trigger (past the noun's determiners, possessor and modifiers, and a preposition right after
     * the verb), whose subject is the one the noun's demand, charge or threat was addressed to; or -1.
     */
    int replyVerbBefore(int first) {
        int i = first - 1;
        while (i >= Math.max(0, first - 6)) {
            String p = t.get(i).pos();
            if (!(p.equals("DT") || p.startsWith("JJ") || p.equals("NN") || p.startsWith("NNP") || p.equals("POS")
                    || p.equals("PRP$") || p.equals("CD") || p.equals("HYPH"))) {
                break;
            }
            i--;
        }
        if (i >= 1 && t.get(i).pos().equals("IN") && REPLY_PREPOSITIONS.contains(t.get(i).word().toLowerCase(Locale.ROOT))) {
            i--;
        }
        return i >= 0 && t.get(i).pos().startsWith("VB") && (!t.get(i).pos().equals("VBN") || perfect(i))
                && REPLY_VERBS.contains(Moods.lemma(t.get(i))) ? i : -1;
    }

    /**
     * "implicated Iranian leaders in the killing of", "five men accused of the murder of", "Saddam is on trial for the
     * massacre of", "arrested on suspicion of involvement in Edry's murder", "Syrian involvement in Hariri's killing": the
     * party a charge, trial or suspicion holds to have done the deed a noun trigger from {@code first} names, when the
     * noun phrase is what the charge is "of", "in", "over", "for" or "with"; or null. Its clause's subject, or the object
     * of an active verb of charging, or the party an "involvement" belongs to.
     */
    Mention accusedOfDeed(int first, int lo) {
        int i = first - 1;
        while (i > lo && i >= first - 8 && (NP_INSIDE.contains(t.get(i).pos()) || partOfDeeds(i) || deedVerb(i))) {
            i--; // "the majority of anti-Israeli attacks", "ordering an armed attack", "carrying out the bombing"
        }
        for (int hop = 0; hop < 3 && i > lo; hop++) {
            if (t.get(i).word().equalsIgnoreCase("behind")) {
                if (t.get(i - 1).word().equalsIgnoreCase("being")) {
                    i -= 2; // "is accused of being behind": the charge before it
                    continue;
                }
                int np = i - 1;
                while (np > lo && (NP_INSIDE.contains(t.get(np).pos()) || t.get(np).pos().equals("NNS") || t.get(np).pos().equals("PDT")
                        || t.get(np).pos().equals("VBN") && np + 1 < i && t.get(np + 1).pos().startsWith("NN"))) { // "the suspected brains"
                    np--;
                }
                if (np < i - 1 && !Moods.lemma(t.get(np)).equals("be") && !t.get(np).word().equalsIgnoreCase("as")) {
                    Mention named = participants.mentionOf[i - 1]; // "the militants behind the attack"; not "hunting the
                    return named == null || Set.of("people", "person", "men", "man", "those", "individuals", "one", "ones", "others")
                            .contains(t.get(i - 1).word().toLowerCase(Locale.ROOT)) ? null : named; // people behind", "those behind"
                }
                List<Mention> subject = participants.subject(i, lo); // "Hamas has been behind", "X is the suspected brains behind"
                return subject.isEmpty() ? null : subject.get(0);
            }
            if (!(t.get(i).pos().equals("IN") && CHARGE_PREPOSITIONS.contains(t.get(i).word().toLowerCase(Locale.ROOT)))) {
                return null;
            }
            int prep = i;
            int k = t.get(prep).word().equalsIgnoreCase("for") ? penaltyBefore(prep - 1, lo) : prep - 1;
            k = companionsBefore(k, lo);
            String lemma = Moods.lemma(t.get(k)).toLowerCase(Locale.ROOT);
            if (lemma.equals("involve") && t.get(k).pos().equals("VBN") && (afterBe(k) || k > lo && participants.mentionOf[k - 1] != null)) {
                List<Mention> subject = participants.subject(k, lo); // "Palestinians who were involved in attacks on"
                return subject.isEmpty() ? null : subject.get(0);
            }
            if (INVOLVEMENT.contains(lemma)) { // "of involvement in", "in connection with": one step further back
                if (lemma.equals("involvement") && k > 0 && !t.get(k - 1).pos().equals("IN") || possessed(k, lo)) {
                    Mention owner = participants.modifierBefore(k); // "Syrian involvement in", "Hamas's involvement in", "his role in"
                    if (owner != null) {
                        return owner;
                    }
                }
                i = k - 1;
                continue;
            }
            int verb = k;
            while (verb > lo && verb > k - 8 && !CHARGE_WORDS.contains(Moods.lemma(t.get(verb)).toLowerCase(Locale.ROOT))
                    && (participants.mentionOf[verb] != null || NP_INSIDE.contains(t.get(verb).pos()) || t.get(verb).pos().equals("NNS")
                    || t.get(verb).word().equals("of") && verb > lo && t.get(verb - 1).pos().startsWith("NN")
                    && !CHARGE_WORDS.contains(Moods.lemma(t.get(verb - 1)).toLowerCase(Locale.ROOT)))) { // not "the trial of"
                verb--; // "implicated Iranian leaders in", "implicated senior allies of Gbagbo in": past the object of an active verb
            }
            int of = verb;
            while (of > lo && of > verb - 12 && (!t.get(of).word().equals("of") || t.get(of - 1).pos().equals("CD")) // "seven of his deputies"
                    && (t.get(of).word().equals("of") || participants.mentionOf[of] != null
                    || NP_INSIDE.contains(t.get(of).pos()) || t.get(of).pos().equals("NNS") || t.get(of).word().equals("and"))) {
                of--;
            }
            if (of > lo && of < k && t.get(of).word().equals("of") && Set.of("trial", "trials").contains(t.get(of - 1).word().toLowerCase(Locale.ROOT))) {
                Mention tried = participants.objectAt(of + 1, prep, 4); // "the trial of Saddam and seven of his deputies for"
                return tried != null && Participants.ACTOR_TYPES.contains(tried.type()) ? tried : null;
            }
            if (verb <= lo || !CHARGE_WORDS.contains(Moods.lemma(t.get(verb)).toLowerCase(Locale.ROOT))) {
                return null;
            }
            if (verb < k) {
                Mention object = participants.objectAt(verb + 1, prep, 6);
                return t.get(verb).pos().startsWith("VB") && object != null && Participants.ACTOR_TYPES.contains(object.type()) ? object : null;
            }
            if (verb == k && t.get(verb).pos().startsWith("NNS") && Moods.lemma(t.get(verb)).equalsIgnoreCase("suspect")) {
                return null; // "a tribunal to try suspects in the assassination of": the suspects are no one named
            }
            if (verb == k && Moods.lemma(t.get(verb)).equalsIgnoreCase("responsible")) {
                Mention held = heldResponsible(verb, lo);
                if (held != null) {
                    return held; // "Israel held Hezbollah responsible for the attack": the one held to account, not the holder
                }
            }
            if (t.get(verb).pos().equals("VBN") && !afterBe(verb)) {
                Mention m = participants.mentionOf[verb - 1]; // "five men accused of": the noun the participle describes
                return m != null && Participants.ACTOR_TYPES.contains(m.type()) ? m : null;
            }
            if (verb == k && Set.of("VBD", "VBZ", "VBP").contains(t.get(verb).pos()) && ACCUSING_VERBS.contains(Moods.lemma(t.get(verb)))) {
                return null; // "The militants, whom the army blames for the attack,": the subject blames, its object went before
            }
            List<Mention> subject = participants.subject(verb, lo); // "Saddam is facing charges over", "five men accused of"
            return subject.isEmpty() ? null : subject.get(0);
        }
        return null;
    }

    /** Verbs whose subject holds another to account for a deed, never the one accused. */
    private static final Set<String> ACCUSING_VERBS = Set.of("accuse", "blame", "charge", "convict", "implicate", "suspect",
            "indict", "prosecute", "sentence", "jail", "imprison", "condemn", "arrest", "try");

    /**
     * "held Hezbollah responsible", "holds the government fully responsible": the party between a form of "hold" and the
     * word "responsible" at {@code responsible}; or null.
     */
    private Mention heldResponsible(int responsible, int lo) {
        int i = responsible - 1;
        while (i > lo && t.get(i).pos().startsWith("RB")) {
            i--; // "fully", "directly"
        }
        Mention held = null;
        while (i > lo && responsible - i < 10 && (participants.mentionOf[i] != null || NP_INSIDE.contains(t.get(i).pos())
                || t.get(i).pos().equals("PRP"))) {
            held = held == null ? participants.mentionOf[i] : held; // the phrase's last mention names the party
            i--;
        }
        return held != null && i >= lo && Moods.lemma(t.get(i)).equalsIgnoreCase("hold")
                && Participants.ACTOR_TYPES.contains(held.type()) ? held : null;
    }

    /**
     * "were killed during the Israeli operation", "wounded in a Taliban ambush", "killed during an operation by Afghan and
     * coalition forces": the party behind the military operation in which the passive verb at {@code head} happened,
     * named before its noun or after "by"; or null.
     */
    /**
     * The noun of a fight in which the passive harm at {@code head} happened, when a "with" or "between" follows it ("was
     * killed and several others injured Sunday in a clash with", "killed during an encounter between"), or -1.
     */
    int fightAfter(int head) {
        for (int i = head + 1; i < Math.min(t.size() - 2, head + 12); i++) {
            Token k = t.get(i);
            if (k.word().equals(",") || k.pos().startsWith("VB") && !k.pos().equals("VBN")
                    && !Set.of("kill", "wound", "injure", "hurt").contains(Moods.lemma(k)) || k.pos().equals("WDT")) {
                return -1; // (past "and several others injured")
            }
            String w = k.word().toLowerCase(Locale.ROOT);
            if (!(k.pos().equals("IN") && (w.equals("in") || w.equals("during")))) {
                continue;
            }
            int n = i + 1;
            while (n < t.size() && n < i + 5 && Set.of("DT", "JJ", "CD").contains(t.get(n).pos())) {
                n++;
            }
            return n + 1 < t.size() && t.get(n).pos().startsWith("NN") && FIGHTS.contains(Moods.lemma(t.get(n)).toLowerCase(Locale.ROOT))
                    && Set.of("with", "between").contains(t.get(n + 1).word()) ? n : -1;
        }
        return -1;
    }

    /** Nouns of a fight whose "with" names the other side of a passive harm ("killed in an encounter with"). */
    private static final Set<String> FIGHTS = Set.of("clash", "fighting", "battle", "gunfight", "firefight", "skirmish", "gunbattle",
            "exchange", "shootout", "encounter", "confrontation");

    Mention operationAgent(int head) {
        for (int i = head + 1; i < Math.min(t.size() - 1, head + 10); i++) {
            Token k = t.get(i);
            if (ParticipantChecks.isBoundary(k) || k.word().equals(",") || k.pos().startsWith("VB") && !k.pos().equals("VBN")
                    || k.pos().equals("WDT")) {
                return null; // "were killed and 250 others wounded during": past a coordinated participle
            }
            String w = k.word().toLowerCase(Locale.ROOT);
            if (!(k.pos().equals("IN") && (w.equals("in") || w.equals("during")))) {
                continue;
            }
            int n = i + 1;
            while (n < t.size() && n < i + 7 && !OPERATIONS.contains(Moods.lemma(t.get(n)).toLowerCase(Locale.ROOT))
                    && NP_INSIDE.contains(t.get(n).pos())) {
                n++;
            }
            if (n >= t.size() || n >= i + 7 || !OPERATIONS.contains(Moods.lemma(t.get(n)).toLowerCase(Locale.ROOT))
                    || !t.get(n).pos().startsWith("NN")) {
                return null;
            }
            Mention before = participants.modifierBefore(n);
            if (before != null && before.begin() >= t.get(i).end()) {
                return before; // "the Israeli operation"
            }
            if (n + 1 < t.size() && t.get(n + 1).word().equals("by")) {
                return participants.phrases.agent(n, t.size()); // "an operation by Afghan and coalition forces"
            }
            if (n + 2 < t.size() && t.get(n + 1).pos().equals("VBN") && CONDUCTED.contains(Moods.lemma(t.get(n + 1)))
                    && (t.get(n + 2).word().equals("by") || n + 3 < t.size() && t.get(n + 2).word().equals("out") && t.get(n + 3).word().equals("by"))) {
                return participants.phrases.agent(n + 1, t.size()); // "in a hostage rescue mission launched by the Nigerian military"
            }
            Mention blamed = blamedOn(n);
            if (blamed != null) {
                return blamed; // "killed in a weekend attack in western Sudan which the government blamed on Darfur rebels"
            }
            return null; // a fight's "with" names the other side on the fight's own noun (see #fightWith)
        }
        return null;
    }

    /**
     * "an attack in western Sudan which the government blamed on Darfur rebels", "an attack blamed on Darfur rebels": the
     * party the operation noun at {@code n} is blamed on, past a place phrase and a relative's subject; or null.
     */
    private Mention blamedOn(int n) {
        for (int i = n + 1; i + 1 < t.size() && i < n + 10; i++) {
            Token k = t.get(i);
            if (Moods.lemma(k).equals("blame") && (k.pos().equals("VBN") || k.pos().equals("VBD"))) {
                return t.get(i + 1).word().equals("on") ? participants.objectAt(i + 2, t.size(), 5) : null;
            }
            if (ParticipantChecks.isBoundary(k) || k.word().equals(",") || k.pos().startsWith("VB") || k.pos().equals("MD")) {
                return null;
            }
        }
        return null;
    }

    /** Nouns of a military operation or a fight, in which people are killed, wounded or captured. */
    private static final Set<String> OPERATIONS = Set.of("operation", "raid", "attack", "offensive", "assault", "strike",
            "airstrike", "incursion", "crackdown", "ambush", "bombardment", "shelling", "mission");
    /** Participles whose "by" names who carried out an operation ("a rescue mission launched by the military"). */
    private static final Set<String> CONDUCTED = Set.of("launch", "conduct", "mount", "stage", "carry", "lead", "order");

    /** Whether a form of "be" stands before the participle at {@code i}, past adverbs ("was reportedly accused"). */
    private boolean afterBe(int i) {
        int k = i - 1;
        while (k >= 0 && t.get(k).pos().startsWith("RB")) {
            k--;
        }
        return k >= 0 && Moods.lemma(t.get(k)).equals("be");
    }

    /** Parts of speech inside a noun phrase before its head: "the 1992 murder", "Hariri's killing", "a deadly air strike". */
    private static final Set<String> NP_INSIDE = Set.of("DT", "JJ", "JJR", "JJS", "CD", "NN", "NNP", "NNPS", "POS", "PRP$", "HYPH");
    private static final Set<String> CHARGE_PREPOSITIONS = Set.of("of", "in", "over", "for", "with");

    /** Whether the noun at {@code k} is owned by a possessive before it, past adjectives ("Dar's key role", "his part"). */
    private boolean possessed(int k, int lo) {
        int i = k - 1;
        while (i > lo && t.get(i).pos().startsWith("JJ")) {
            i--;
        }
        return i >= lo && i < k && (t.get(i).pos().equals("POS") || t.get(i).pos().equals("PRP$"));
    }

    /** Words between a charge and the deed it is about ("accused of involvement in", "charges in connection with"). */
    private static final Set<String> INVOLVEMENT = Set.of("involvement", "involve", "connection", "role", "part", "complicity",
            "conspiracy", "participation");
    /** Words of charging, trying, suspecting or convicting someone of a deed. */
    private static final Set<String> CHARGE_WORDS = Set.of("accuse", "charge", "convict", "implicate", "suspect", "suspicion",
            "probe", "trial", "try", "indict", "blame", "responsible", "guilty", "sentence", "arrest", "prosecute", "acquit",
            "jail", "imprison", "condemn");

    /** Whether the participle at {@code i} follows a form of "have", past adverbs ("has consistently rejected"), not a passive's "be". */
    private boolean perfect(int i) {
        int k = i - 1;
        while (k >= 0 && t.get(k).pos().startsWith("RB")) {
            k--;
        }
        return k >= 0 && Moods.lemma(t.get(k)).equals("have");
    }

    /** Nouns of a violent deed whose toll a relative clause may tell ("a series of bombings that killed"). */
    private static final Set<String> DEED_NOUNS = Set.of("attack", "bombing", "blast", "explosion", "assault", "raid",
            "shooting", "massacre", "strike", "ambush", "airstrike", "offensive", "bomb");

    /**
     * "Noordin is the suspected brains behind a series of bombings that killed", "arrested for the bombing in Pyatigorsk,
     * which killed", "convicted of ordering an armed attack in 2000 that injured": the party charged with the deed whose
     * toll the relative clause of the verb at {@code first} tells; or null.
     */
    Mention accusedOfToll(int first, int lo) {
        int i = first - 1;
        while (i > lo && t.get(i).pos().startsWith("RB")) {
            i--;
        }
        if (i <= lo || !(t.get(i).pos().equals("WDT") || t.get(i).word().equalsIgnoreCase("that") && t.get(i).pos().equals("IN"))) {
            return null;
        }
        i -= t.get(i - 1).word().equals(",") ? 2 : 1;
        for (int j = i; j > lo && j > i - 5; j--) {
            Token k = t.get(j);
            if (k.pos().startsWith("NN") && participants.mentionOf[j] == null && DEED_NOUNS.contains(Moods.lemma(k).toLowerCase(Locale.ROOT))) {
                return accusedOfDeed(j, lo);
            }
            Mention m = participants.mentionOf[j];
            boolean setting = m != null && (m.type() == MentionType.CITY || m.type() == MentionType.PLACE || m.type() == MentionType.COUNTRY)
                    || Set.of("in", "at", "on", "near").contains(k.word()) || k.pos().equals("CD") || k.pos().equals("DT");
            if (!setting) {
                return null; // "people that killed": the antecedent is no deed
            }
        }
        return null;
    }

    /**
     * Whether the deed whose noun starts at {@code first} is what a verb of charging holds someone for, or what someone
     * is "behind" ("has been blamed for a wave of bombings", "was convicted of ordering an attack"); not a noun's charge
     * ("denied the Lashker's involvement in the bombings") nor the setting of an arrest ("arrested in a raid").
     */
    boolean chargedByVerb(int first) {
        int i = first - 1;
        while (i > 0 && i >= first - 8 && (NP_INSIDE.contains(t.get(i).pos()) || partOfDeeds(i) || deedVerb(i))) {
            i--;
        }
        if (i <= 0 || !t.get(i).pos().equals("IN")) {
            return false;
        }
        String prep = t.get(i).word().toLowerCase(Locale.ROOT);
        Token before = t.get(i - 1);
        return prep.equals("behind") || !prep.equals("in") && before.pos().startsWith("VB")
                && CHARGE_WORDS.contains(Moods.lemma(before).toLowerCase(Locale.ROOT));
    }

    /** Nouns of a share of several deeds: "a series of bombings", "the majority of attacks". */
    private static final Set<String> SHARES = Set.of("series", "majority", "number", "string", "wave", "spate", "spree",
            "campaign", "some", "many", "most", "one", "all", "several", "dozens", "hundreds", "scores", "thousands", "range",
            "handful", "variety", "host", "couple");
    /** Verbs of bringing about a deed, whose doer is charged with the deed ("convicted of ordering an attack"). */
    private static final Set<String> DEED_VERBS = Set.of("order", "lead", "facilitate", "plan", "plot", "mastermind",
            "organise", "organize", "carry", "launch", "commit", "stage", "mount", "orchestrate", "finance", "fund");

    /** Whether token {@code i} is the "of" after a share of deeds ("a series of"). */
    private boolean partOfDeeds(int i) {
        return i > 0 && t.get(i).word().equals("of") && SHARES.contains(t.get(i - 1).word().toLowerCase(Locale.ROOT));
    }

    /** Whether token {@code i} is a gerund of bringing a deed about, or the particle of "carrying out". */
    private boolean deedVerb(int i) {
        return t.get(i).pos().equals("VBG") && DEED_VERBS.contains(Moods.lemma(t.get(i)))
                || t.get(i).word().equals("out") && i > 0 && Moods.lemma(t.get(i - 1)).equals("carry");
    }

    /**
     * "was sentenced Friday to more than 14 years in jail for", "was jailed for life for": the penalty verb whose term
     * runs up to token {@code k}, right before the "for" of its reason; or {@code k} itself.
     */
    private int penaltyBefore(int k, int lo) {
        for (int j = k; j > lo && j > k - 14; j--) {
            Token w = t.get(j);
            boolean active = Set.of("VBD", "VBZ", "VBP").contains(w.pos()) || w.pos().equals("VBN") && !afterBe(j) && j + 1 < k
                    && participants.mentionOf[j + 1] != null; // "A court on Thursday sentenced/VBN Bashir to"
            if (active && PENALTIES.contains(Moods.lemma(w).toLowerCase(Locale.ROOT))) {
                for (int to = j + 2; to < k; to++) {
                    if (t.get(to).word().equalsIgnoreCase("to")) {
                        return to - 1; // "sentenced Bashir to 30 months in prison for": the one sentenced ends before "to"
                    }
                }
            }
            if (w.word().equals(",") || w.pos().startsWith("VB") && !w.pos().equals("VBN") || w.pos().equals("WDT")) {
                return k;
            }
            if (w.pos().equals("VBN") && PENALTIES.contains(Moods.lemma(w).toLowerCase(Locale.ROOT)) && j < k
                    && Set.of("to", "for", "in").contains(t.get(j + 1).word().toLowerCase(Locale.ROOT))
                    || w.pos().equals("VBN") && PENALTIES.contains(Moods.lemma(w).toLowerCase(Locale.ROOT)) && j + 2 <= k
                    && t.get(j + 2).word().equalsIgnoreCase("to")) { // "sentenced Friday to"
                return j;
            }
            if (w.pos().equals("VBN")) {
                return k;
            }
        }
        return k;
    }

    /** Penalties whose term a "for" after it gives the reason of ("sentenced to 14 years in jail for", "jailed for life for"). */
    private static final Set<String> PENALTIES = Set.of("sentence", "jail", "imprison", "condemn");

    /**
     * "is on trial with seven henchmen for": the charge word before a "with" phrase that ends at {@code k}, or {@code k}
     * itself.
     */
    private int companionsBefore(int k, int lo) {
        int j = k;
        while (j > lo && j > k - 5 && participants.mentionOf[j] == null && (NP_INSIDE.contains(t.get(j).pos()) || t.get(j).pos().equals("NNS"))) {
            j--;
        }
        return j > lo + 1 && j < k && t.get(j).word().equals("with") && CHARGE_WORDS.contains(Moods.lemma(t.get(j - 1)).toLowerCase(Locale.ROOT))
                ? j - 1 : k;
    }

    private static final Set<String> DOER_VERBS = Set.of("carry", "step", "launch", "conduct", "intensify", "commit",
            "perpetrate", "mount", "stage", "escalate", "unleash", "order", "orchestrate", "mastermind", "resume", "lead",
            "impose", "enforce", "declare", "oversee",
            // "US and Iraqi forces continued a major offensive", "began a new round of clashes"
            "continue", "begin", "start", "wage", "pursue", "renew", "expand", "widen");

    /** Verbs by which one thing sets off another ("the killings sparked the looting of"). */
    private static final Set<String> CAUSING = Set.of("spark", "trigger", "provoke", "cause", "fuel", "ignite", "unleash");

    /**
     * "several villagers were killed, sparking the looting of several trucks": whether a verb of setting off governs the
     * noun trigger opening at {@code first} (past its determiners and adjectives), so that its subject did not do the deed.
     */
    boolean causedBy(int first) {
        int i = first - 1;
        while (i > 0 && (t.get(i).pos().equals("DT") || t.get(i).pos().startsWith("JJ") || t.get(i).pos().equals("CD"))) {
            i--;
        }
        return i >= 0 && t.get(i).pos().startsWith("VB") && CAUSING.contains(Moods.lemma(t.get(i)));
    }

    /**
     * "Denmark sparked sharp criticism from China": the index of a verb of drawing just before a noun trigger (its
     * subject is the target of the criticism that comes "from" someone), or -1.
     */
    int drawVerbBefore(int first) {
        for (int i = first - 1; i >= Math.max(0, first - 4); i--) {
            Token k = t.get(i);
            if (k.pos().startsWith("VB") && Set.of("draw", "spark", "provoke", "trigger", "face", "receive", "attract", "earn",
                    "prompt", "incur", "deserve", "win", "garner", "gain", "cause", "bring").contains(Moods.lemma(k))) {
                return i;
            }
            if ((k.pos().equals("IN") && (Set.of("amid", "amidst", "under", "despite").contains(k.word().toLowerCase(Locale.ROOT))
                    || Set.of("after", "following").contains(k.word().toLowerCase(Locale.ROOT))
                    && Set.of("pressure", "allegation", "accusation", "charge", "criticism", "condemnation")
                            .contains(Moods.lemma(t.get(first)).toLowerCase(Locale.ROOT)))
                    || k.word().equals("of") && i > 1 && t.get(i - 1).word().equals("face") && t.get(i - 2).word().equals("the")
                    || k.word().equals("of") && i > 0 && t.get(i - 1).word().equalsIgnoreCase("target"))) {
                return i; // "resigned amid criticism of his performance", "has come under heavy criticism", "a target of criticism",
                          // "despite threats from Beijing", "in the face of criticism", "after pressure from Congress"
            }
            if (!(k.pos().equals("DT") || k.pos().startsWith("JJ") || k.pos().startsWith("RB") || k.pos().equals("VBG") && i == first - 1)) {
                return -1; // "has earned stinging criticism": a participle may modify the noun
            }
        }
        return -1;
    }

    /**
     * "RCAF destroyed its missiles with assistance from", "Denmark's motion received support from": the party on the
     * receiving end of a noun trigger, the clause's subject; or, when the subject of a verb of drawing is a thing, its owner.
     */
    List<Mention> receiver(int first, int lo) {
        List<Mention> subject = participants.subject(first, lo);
        int draw = drawVerbBefore(first);
        if (!subject.isEmpty() || draw < 0) {
            return subject;
        }
        if (t.get(draw).pos().equals("IN") && draw == lo) {
            Mention main = Openings.mainSubjectAfterOpening(participants, first); // "Despite criticism from rights groups, the
            return main == null ? subject : List.of(main);                        // government went ahead"
        }
        int i = draw - 1;
        while (i > lo && (t.get(i).pos().startsWith("RB") || t.get(i).pos().equals("MD") || t.get(i).pos().startsWith("VB"))) {
            i--; // "has quickly drawn"
        }
        if (i <= lo || participants.mentionOf[i] != null || !(t.get(i).pos().equals("NN") || t.get(i).pos().equals("NNS"))) {
            return subject;
        }
        Mention owner = participants.modifierBefore(i);
        return owner == null ? subject : List.of(owner);
    }

    /**
     * "the proposed draft constitution was rejected": whether a common noun that no mention covers heads the subject
     * of the passive verb group starting at {@code first}, so that the subject names no party.
     */
    boolean thingBefore(int first) {
        int i = first - 1;
        while (i >= 0 && (t.get(i).pos().startsWith("RB") || t.get(i).pos().equals("MD") || t.get(i).pos().startsWith("VB"))) {
            i--;
        }
        if (i < 0 || participants.mentionOf[i] != null || !(t.get(i).pos().equals("NN") || t.get(i).pos().equals("NNS"))
                || !Character.isLowerCase(t.get(i).word().charAt(0)) || PartyNouns.contains(Moods.lemma(t.get(i)).toLowerCase(Locale.ROOT))) {
            return false; // "the HAMAS radicals were arrested": people, not a thing
        }
        int np = participants.npStart(i);
        String before = np == 0 ? "" : t.get(np - 1).word().toLowerCase(Locale.ROOT);
        if (before.equals("whose")) {
            return false; // "his economic team, whose performance has been criticised": the thing stands for its owner
        }
        return np == 0 || i == first - 1 // "the second report in two months released by": the participle's noun
                || !t.get(np - 1).pos().equals("IN") // "who along with her parents was detained": no head noun
                || Participants.SUBORDINATORS.contains(before) || before.equals("after") || before.equals("before");
    }

    /** "a string of anti-Israeli bombings": the party an "anti-" modifier before a nominal trigger names, or null. */
    Mention antiTarget(int first) {
        for (int j = first; j >= Math.max(0, first - 3); j--) {
            Mention body = antiBody(j); // "anti-government protests": a body of power named inside the adjective
            if (body != null) {
                return body;
            }
            if (j < first && !t.get(j).pos().startsWith("JJ")) {
                break;
            }
        }
        int i = first - 1;
        while (i >= 0 && !anti(i) && participants.mentionOf[i] == null && (t.get(i).pos().startsWith("JJ") || t.get(i).pos().equals("NN"))) {
            i--;
        }
        return i >= 0 && anti(i) && Participants.ACTOR_TYPES.contains(participants.mentionOf[i].type()) ? participants.mentionOf[i] : null;
    }

    /** Bodies of power an "anti-" adjective may oppose ("anti-government", "anti-regime"). */
    private static final Set<String> OPPOSED_BODIES = Set.of("government", "regime", "junta", "monarchy", "establishment");

    /** The body of power inside an "anti-" adjective at {@code i} ("anti-government"), as a party of its own, or null. */
    private Mention antiBody(int i) {
        String w = t.get(i).word();
        String lower = w.toLowerCase(Locale.ROOT);
        if (!t.get(i).pos().startsWith("JJ") || !lower.startsWith("anti-") || !OPPOSED_BODIES.contains(lower.substring(5))
                || t.get(i).end() - t.get(i).begin() != w.length()) {
            return null;
        }
        return new Mention(t.get(i).begin() + 5, t.get(i).end(), w.substring(5), MentionType.GROUP, null, "event-object", 0.5);
    }

    private boolean anti(int i) {
        return participants.mentionOf[i] != null && t.get(i).word().toLowerCase(Locale.ROOT).startsWith("anti");
    }
}
