package org.newsgraph.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;
import org.newsgraph.extract.Token;

/**
 * Parties named only by a common noun phrase ("arrested a drug seller", "released 4,138 people", "asked the executive
 * branch to", "assured his counterpart of") in an object slot whose construction makes its filler a party whatever
 * the noun: the one arrested, detained or questioned, the one released, the one asked to act ("X to" + verb), the
 * one assured "of" support. No lexicon of people nouns is needed there; elsewhere a common noun stays no party (it
 * may be a thing: "seized 2.8 kg of heroin", "demanded a solution"). Token positions are sentence-relative.
 * Stateless apart from the sentence it reads; not thread-safe.
 */
final class CommonParties {

    /** Verbs of coercion whose direct object is a person or a body. */
    private static final Set<String> DETAINING = Set.of("arrest", "detain", "question", "interrogate", "jail", "imprison",
            "deport", "apprehend", "nab", "handcuff", "extradite");
    /** Verbs of violence whose direct object is a person ("gunmen shot dead a shopkeeper"). */
    private static final Set<String> HARMING = Set.of("kill", "wound", "injure", "murder", "kidnap", "abduct", "shoot",
            "stab", "behead", "torture", "assassinate", "hang", "lynch", "rape", "beat", "slay");
    /** Verbs of attack whose direct object, a person or a place, building or vehicle, is the target. */
    private static final Set<String> TARGETING = Set.of("attack", "storm", "raid", "bomb", "shell", "torch", "ransack", "ambush");
    /** Things among {@link #THINGS} that an attack may target. */
    private static final Set<String> BUILDINGS = Set.of("car", "vehicle", "house", "home", "building", "office", "shop", "store",
            "bus", "truck", "plane", "ship", "boat");
    /** Verbs of accusing whose passive subject is the accused ("the co-defendants had been accused of"). */
    private static final Set<String> ACCUSING = Set.of("accuse", "charge", "indict");
    /** Verbs of release whose direct object is the one set free. */
    private static final Set<String> RELEASING = Set.of("release", "free");
    /** Heads that name amounts, times or things, never a party. */
    private static final Set<String> NOT_PARTIES = Set.of("percent", "per", "cent", "dollar", "euro", "yuan", "kg",
            "kilogram", "ton", "tonne", "gram", "day", "week", "month", "year", "hour", "minute", "time", "lot", "number",
            "amount", "part", "rest", "statement", "report", "information", "detail", "details", "result", "list", "name",
            "data", "document", "funds", "money", "way", "step", "measure", "action", "effort", "use", "restraint",
            "calm", "attention", "support", "help", "aid", "assistance", "fire", "shot", "video", "footage", "tape",
            "film", "picture", "photo", "image", "record", "plan", "proposal", "bill", "law", "meeting", "conference",
            "session", "summit", "forum",
            // unnamed sides, whom the sentence does not name ("urged both sides to")
            "side", "party", "country", "nation", "state", "other", "others", "everyone", "everybody", "all");
    /** Endings of abstract nouns ("urged this interaction to continue", "arresting development"), never parties... */
    private static final java.util.regex.Pattern ABSTRACT = java.util.regex.Pattern.compile(".*(tion|sion|ment|ness|ance|ence)s?");
    /** ...except these bodies, groups and places. */
    private static final Set<String> BODIES = Set.of("administration", "organization", "organisation", "association",
            "federation", "commission", "delegation", "coalition", "nation", "opposition", "population", "generation",
            "government", "management", "parliament", "department", "movement", "establishment", "audience", "congregation",
            "constituency", "union", "convention", "alliance", "presidency", "residence", "institution");

    /** Words before a number that make it approximate ("more than 300", "at least 20"). */
    private static final Set<String> APPROXIMATE = Set.of("more", "less", "fewer", "than", "at", "least", "nearly",
            "almost", "about", "around", "over", "some", "up", "to", "approximately", "roughly");

    private final Participants s;

    CommonParties(Participants sentence) {
        this.s = sentence;
    }

    /**
     * The party a common noun phrase names right after the verb trigger at {@code head} (past a particle of "call on"
     * or "round up"), when the category and verb make that slot a party's; null otherwise, and null when the phrase
     * holds a name (the surface rules read those).
     */
    Mention object(String category, int head, int hi) {
        List<Token> t = s.t;
        String lemma = Moods.lemma(t.get(head));
        boolean detained = category.equals("COERCE") && DETAINING.contains(lemma);
        boolean released = category.equals("RETREAT") && RELEASING.contains(lemma);
        boolean asked = category.equals("REQUEST");
        boolean assured = category.equals("SUPPORT") && lemma.equals("assure");
        detained |= category.equals("ASSAULT") && HARMING.contains(lemma);
        boolean targeted = category.equals("ASSAULT") && TARGETING.contains(lemma); // "stormed the residence", "attacked a border post"
        if (!(detained || released || asked || assured || targeted) || head > 0 && s.t.get(head - 1).pos().equals("DT")) {
            return null; // "wishing the wounded quick recovery": an adjective used as a noun, not a verb
        }
        int i = head + 1;
        if (i < hi && (t.get(i).pos().equals("RP") || asked && Set.of("on", "upon").contains(word(i))
                || asked && word(i).equals("to") && Set.of("appeal", "plead").contains(lemma))) {
            i++; // "called on cities to", "rounded up 20 suspects", "appealed to the regional grouping to bar"
        }
        if (released) {
            Mention named = s.objectAt(i, hi, 6);
            if (named != null) {
                return named; // "released 4,138 people", "freed the hostages": a group noun or a name
            }
        }
        if (detained && i + 2 < hi && t.get(i).pos().equals("CD") && word(i + 1).equals("of")
                && (t.get(i + 2).pos().equals("PRP$") || t.get(i + 2).pos().equals("DT"))) {
            i += 2; // "detaining 62 of their fans": the fans
        }
        if ((detained || targeted) && i + 2 < hi && Set.of("dozens", "hundreds", "thousands", "scores").contains(word(i))
                && word(i + 1).equals("of")) {
            i += 2; // "torched dozens of cars": the cars, not the amount
        }
        if (detained && i < hi && (t.get(i).pos().equals("CD") || word(i).equals("another"))
                && !(i + 1 < hi && (t.get(i + 1).pos().startsWith("NN") || t.get(i + 1).pos().startsWith("JJ")
                        && !Set.of("last", "this", "earlier", "overnight").contains(word(i + 1))))) {
            return elidedObject(head); // "killed one drug trafficker and arrested two": the two are drug traffickers
        }
        int start = i;
        int end = commonPhraseEnd(start, hi);
        if (end < 0 || noParty(end) && !(targeted && TARGET_THINGS.contains(Moods.lemma(t.get(end)))) // "attacked a police station"
                || THINGS.contains(Moods.lemma(t.get(end))) && !(targeted && BUILDINGS.contains(Moods.lemma(t.get(end))))) {
            return null;
        }
        i = end + 1;
        if (asked) {
            i = pastPhrase(i, hi); // "encouraged foreign financial institutions with good credit to buy"
        }
        String next = i < hi ? word(i) : "";
        if (asked && !(next.equals("to") && i + 1 < hi && t.get(i + 1).pos().equals("VB")
                && !(Moods.lemma(t.get(i + 1)).equals("be") && i + 2 < hi && t.get(i + 2).pos().equals("VBN"))) // "the ban to be continued"
                || assured && !next.equals("of")
                || (detained || released) && (next.equals("of") || next.equals("'s") || t.get(i < hi ? i : end).pos().equals("POS"))) {
            return null; // the slot is a party's only in these frames ("asked X to act", "assured X of"); "of" may lead to one
        }
        return party(start, end);
    }

    /**
     * "a series of attacks on oil installations", "attacks against media workers", "attacks targeting banks": the common
     * noun phrase that the "on", "against" or "targeting" of a noun of attack (head {@code head}, ending at {@code last})
     * names as its target (a thing may be one); null when the phrase holds a name (the surface rules read those) or names
     * an amount, a time or an abstraction.
     */
    Mention attackTarget(int head, int last, int hi) {
        if (!ATTACKS.contains(Moods.lemma(s.t.get(head)).toLowerCase(Locale.ROOT))) {
            return null; // "clashes on streets of Nablus": where, not whom
        }
        int i = ON_AGAINST.contains(word(last)) ? last + 1 : last + 1 < hi && ON_AGAINST.contains(word(last + 1)) ? last + 2 : -1;
        if (i < 0 && word(last).equals("of") && BOMBARDING.contains(Moods.lemma(s.t.get(head)).toLowerCase(Locale.ROOT))) {
            i = last + 1; // "Monday's bombing of a railway station": what was bombed
        }
        if (i < 0) {
            return null;
        }
        return target(i, hi);
    }

    /**
     * The common noun phrase from {@code start} that an attack struck or was aimed at ("attacks on their homes", "a car
     * bomb struck a funeral ceremony"): a thing may be one; null when the phrase holds a name (the surface rules read
     * those) or names an amount, a time or an abstraction.
     */
    Mention target(int start, int hi) {
        int end = commonPhraseEnd(start, hi);
        int i = end + 1;
        if (end < 0 || noParty(end) && !TARGET_THINGS.contains(Moods.lemma(s.t.get(end)))
                || i < hi && (s.mentionOf[i] != null || word(i).equals("'s") || s.t.get(i).pos().equals("POS"))) {
            return null;
        }
        return party(s.t.get(start).pos().equals("PRP$") ? start + 1 : start, end); // "attacks on their homes": the homes
    }

    /** Verbs and nouns of a blast, whose "near" or "outside" phrase names what it was set off against. */
    private static final Set<String> BLASTS = Set.of("explode", "detonate", "blast", "explosion", "bomb", "go", "blow");

    /** Things a blast set off near or outside of strikes ("detonated near a German aid agency's vehicle"). */
    private static final Set<String> STRUCK_THINGS = Set.of("car", "vehicle", "convoy", "office", "building", "station",
            "embassy", "checkpoint", "post", "headquarters", "mission", "residence", "compound", "home", "house", "hotel",
            "camp", "base", "bus", "truck", "jeep");

    /**
     * "detonated near a German aid agency's vehicle", "detonated near the car belonging to the aid group", "blew up near
     * Gibran Tueni's armoured vehicle": what a blast that names no victim was set off against, from its "near", "outside"
     * or "in front of" phrase after {@code last} (a day may come first): the owner the phrase names when it has one, else a
     * building or vehicle; null otherwise.
     */
    Mention blastSite(int head, int last, int hi) {
        List<Token> t = s.t;
        if (!BLASTS.contains(Moods.lemma(t.get(head)).toLowerCase(Locale.ROOT))) {
            return null;
        }
        int i = word(last).equals("near") || word(last).equals("outside") ? last : last + 1;
        if (i < hi && i > last && t.get(i).pos().startsWith("VB") && BLASTS.contains(Moods.lemma(t.get(i)).toLowerCase(Locale.ROOT))) {
            i++; // "the car bomb blew up near": the noun's own verb
            i += i < hi && t.get(i).pos().equals("RP") ? 1 : 0;
        }
        while (i < hi && (CALENDAR.contains(word(i)) || t.get(i).pos().startsWith("RB"))) {
            i++;
        }
        if (i + 2 < hi && word(i).equals("in") && word(i + 1).equals("front") && word(i + 2).equals("of")) {
            i += 2;
        } else if (!(i < hi && (word(i).equals("near") || word(i).equals("outside")))) {
            return null;
        }
        int start = i + 1;
        int j = start < hi && t.get(start).pos().equals("DT") ? start + 1 : start;
        int pos = j;
        while (pos < hi && pos < j + 5 && !t.get(pos).pos().equals("POS") && (t.get(pos).pos().startsWith("NN")
                || t.get(pos).pos().startsWith("JJ") || s.mentionOf[pos] != null)) {
            pos++;
        }
        if (pos > j && pos < hi && t.get(pos).pos().equals("POS")) { // "near a German aid agency's vehicle": the owner
            Mention owner = s.mentionOf[pos - 1];
            if (owner != null) {
                return Participants.ACTOR_TYPES.contains(owner.type()) ? owner : null;
            }
            return s.mentionOf[pos - 1] == null && !NOT_PARTIES.contains(Moods.lemma(t.get(pos - 1))) ? party(j, pos - 1) : null;
        }
        int end = commonPhraseEnd(start, hi);
        if (end < 0 || !STRUCK_THINGS.contains(Moods.lemma(t.get(end)).toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (end + 1 < hi && t.get(end + 1).pos().equals("POS")) {
            return null; // a name's thing is read above
        }
        if (end + 3 < hi && word(end + 1).equals("belonging") && word(end + 2).equals("to")) {
            Mention named = s.mentionOf[end + 3];
            if (named != null && Participants.ACTOR_TYPES.contains(named.type())) {
                return named; // "the car belonging to UNICEF"
            }
            int ownerEnd = commonPhraseEnd(end + 3, hi);
            if (ownerEnd > 0 && !NOT_PARTIES.contains(Moods.lemma(t.get(ownerEnd)))) {
                return party(t.get(end + 3).pos().equals("DT") ? end + 4 : end + 3, ownerEnd); // "the car belonging to the aid group"
            }
        }
        return party(s.t.get(start).pos().equals("PRP$") ? start + 1 : start, end);
    }

    /** Targets whose names end like abstractions ("attacks on oil installations", "struck a police station"). */
    private static final Set<String> TARGET_THINGS = Set.of("installation", "station", "position", "residence", "compound",
            "convention", "congregation", "demonstration", "procession", "delegation", "mission");

    /** Nouns of what is done to a person only, whose "of" names the person whatever the noun ("the killing of a fan"). */
    private static final Set<String> DONE_TO_PEOPLE = Set.of("killing", "assassination", "murder", "massacre", "kidnapping",
            "abduction", "beheading", "arrest", "detention", "extradition", "poisoning", "rape");

    /**
     * "the killing of a fan by an off-duty police officer", "the capture of a known transporter of weapons": the common
     * noun phrase after the "of" at {@code of} of the noun trigger at {@code head} that tells what was done to someone;
     * for nouns that may be done to things too ("the capture of the town", "the release of the report") only a phrase
     * whose head names a person or a group. Null when the phrase holds a name (the surface rules read those).
     */
    Mention patientOf(int head, int of, int hi) {
        int start = of + 1;
        int end = commonPhraseEnd(start, hi);
        if (end < 0 || noParty(end) || THINGS.contains(Moods.lemma(s.t.get(end)))
                || end + 1 < hi && (s.mentionOf[end + 1] != null || word(end + 1).equals("'s") || s.t.get(end + 1).pos().equals("POS"))
                || end + 2 < hi && word(end + 1).equals(",") && s.mentionOf[end + 2] != null) {
            return null; // "the killing of his wife, Robinah": the name the phrase describes
        }
        String lemma = Moods.lemma(s.t.get(end)).toLowerCase(Locale.ROOT);
        if (!DONE_TO_PEOPLE.contains(Moods.lemma(s.t.get(head)).toLowerCase(Locale.ROOT)) && !PartyNouns.contains(lemma)) {
            return null;
        }
        return party(s.t.get(start).pos().equals("PRP$") ? start + 1 : start, end);
    }

    private static final Set<String> ON_AGAINST = Set.of("on", "against", "targeting", "targetting");
    /** Nouns of bombing, whose "of" names what was bombed ("the bombing of a Shiite shrine"). */
    private static final Set<String> BOMBARDING = Set.of("bombing", "bombardment", "shelling");
    /** Nouns of an attack or a crackdown aimed at a target. */
    private static final Set<String> ATTACKS = Set.of("attack", "assault", "raid", "strike", "airstrike", "bombing", "ambush",
            "offensive", "bombardment", "shelling", "crackdown");

    /**
     * "A shopkeeper was shot dead", "the two engineers were released": the common noun phrase that is the subject of
     * the passive verb trigger at {@code first} (past auxiliaries and adverbs) when the verb's subject can only be a
     * person, and the phrase opens its clause (not "the home of a journalist was raided"); null otherwise.
     */
    Mention passiveSubject(String category, int first) {
        List<Token> t = s.t;
        String lemma = Moods.lemma(t.get(first));
        boolean targeted = category.equals("ASSAULT") && TARGETING.contains(lemma); // "A navy ship was attacked by rebel boats"
        if (!(category.equals("COERCE") && DETAINING.contains(lemma) || category.equals("ASSAULT") && HARMING.contains(lemma)
                || targeted || category.equals("RETREAT") && RELEASING.contains(lemma) || category.equals("ACCUSE") && ACCUSING.contains(lemma))) {
            return null;
        }
        int i = first - 1;
        boolean be = false;
        while (i >= 0 && (t.get(i).pos().startsWith("RB") || t.get(i).pos().equals("MD") || t.get(i).pos().startsWith("VB")
                && Set.of("be", "have", "get").contains(Moods.lemma(t.get(i))))) {
            be |= Set.of("be", "get").contains(Moods.lemma(t.get(i)));
            i--;
        }
        if (be && i >= 1 && word(i).equals("who")) {
            Mention antecedent = phraseEndingAt(word(i - 1).equals(",") ? i - 2 : i - 1); // "a US serviceman who has been arrested"
            if (antecedent != null) {
                return antecedent;
            }
        }
        if (!be && i == first - 1 && t.get(first).pos().equals("VBN") && i >= 0) {
            return phraseEndingAt(i); // "linked to a radical Islamist jailed in Spain": the participle modifies its noun
        }
        if (be && i >= 0 && s.mentionOf[i] != null && Participants.ACTOR_TYPES.contains(s.mentionOf[i].type())) {
            Mention named = s.mentionOf[i];
            int start = i;
            while (start > 0 && s.mentionOf[start - 1] == named) {
                start--;
            }
            while (start > 0 && modifier(start - 1)) {
                start--;
            }
            if (partitiveOpening(start)) {
                return named; // "20 of its troops were wounded": the surface rules stop at the "of"
            }
            return postmodifiedOpening(start); // "A colonel in the Preventive Security force loyal to Abbas was wounded"
        }
        String noun = i < 0 ? "" : Moods.lemma(t.get(i));
        if (!be || i < 0 || !commonNoun(i) || NOT_PARTIES.contains(noun) && !(targeted && TARGET_THINGS.contains(noun))
                || THINGS.contains(noun) && !(targeted && BUILDINGS.contains(noun)) || abstractNoun(i)) {
            return null;
        }
        int end = i;
        while (i > 0 && (commonNoun(i - 1) || modifier(i - 1))) {
            i--;
        }
        if (!opening(i) && !partitiveOpening(i)) {
            return null; // inside a phrase of another noun, or after a name the surface rules read
        }
        return party(i, end);
    }

    /** Words that may run inside a noun's postmodifier before the name that ends it ("in the force loyal to president"). */
    private static final Set<String> POSTMODIFIER_POS = Set.of("IN", "TO", "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CC", "POS",
            "PRP$", "CD", "HYPH");
    /** Words that open a person noun's postmodifier ("a colonel in the force", "an aide to Abbas", "a colonel loyal to"). */
    private static final Set<String> POSTMODIFIER_OPENERS = Set.of("in", "of", "from", "with", "at", "to", "loyal", "close");

    /**
     * "A colonel in the Preventive Security force loyal to president Mahmud Abbas was wounded": the person noun that opens
     * the clause, when what runs from it to the name starting at token {@code start} (the name before a passive's "be") is
     * a postmodifier of prepositions, modifiers and names without a verb; -1 otherwise.
     */
    static int postmodifiedOpeningNoun(List<Token> t, Mention[] mentionOf, int start) {
        int lo = start - 1;
        while (lo > 0 && !openingAt(t, lo) && (mentionOf[lo] != null || POSTMODIFIER_POS.contains(t.get(lo).pos()))) {
            lo--;
        }
        if (lo < 0 || !openingAt(t, lo) || start - lo > 14) {
            return -1;
        }
        int i = lo;
        while (i < start && mentionOf[i] == null && (t.get(i).pos().equals("DT") || t.get(i).pos().startsWith("JJ")
                || t.get(i).pos().equals("CD"))) {
            i++;
        }
        int noun = -1;
        while (i < start && (mentionOf[i] == null || mentionOf[i].type() == MentionType.TITLE)
                && (t.get(i).pos().equals("NN") || t.get(i).pos().equals("NNS")) && Character.isLowerCase(t.get(i).word().charAt(0))) {
            noun = i++; // "a colonel": a title without a name is the person
        }
        return noun >= 0 && noun + 1 < start && POSTMODIFIER_OPENERS.contains(t.get(noun + 1).word().toLowerCase(Locale.ROOT))
                && PartyNouns.contains(Moods.lemma(t.get(noun)).toLowerCase(Locale.ROOT)) ? noun : -1;
    }

    /** The phrase of {@link #postmodifiedOpeningNoun}, or null. */
    private Mention postmodifiedOpening(int start) {
        int noun = postmodifiedOpeningNoun(s.t, s.mentionOf, start);
        if (noun < 0 || noParty(noun) || THINGS.contains(Moods.lemma(s.t.get(noun)))) {
            return null;
        }
        int lo = noun;
        while (lo > 0 && modifier(lo - 1)) {
            lo--;
        }
        return party(lo, noun);
    }

    /** Quantifiers that head a partitive subject ("One of Haniya's bodyguards was killed", "most of the detainees"). */
    private static final Set<String> PARTITIVES = Set.of("one", "some", "many", "most", "several", "dozens", "hundreds",
            "scores", "thousands", "none", "all", "each", "two", "three", "four", "five", "majority");

    /** Whether a clause's subject opens at token {@code i}: after a comma, "that", a semicolon, a dash, "and", or the start. */
    private boolean opening(int i) {
        return openingAt(s.t, i);
    }

    private static boolean openingAt(List<Token> t, int i) {
        String before = i == 0 ? "," : t.get(i - 1).word().toLowerCase(Locale.ROOT);
        return Set.of(",", "that", ";", "--", "and").contains(before) || i == 1 && t.get(0).pos().equals("``");
    }

    /**
     * "One of Haniya's bodyguards was killed", "20 of its troops were wounded": whether the noun phrase from token
     * {@code i} is the "of" phrase of a quantifier that opens the clause (past a possessor's name), so that its noun
     * names who suffered the passive.
     */
    private boolean partitiveOpening(int i) {
        List<Token> t = s.t;
        int j = i - 1;
        if (j >= 1 && t.get(j).pos().equals("POS") && s.mentionOf[j - 1] != null) {
            Mention owner = s.mentionOf[j - 1];
            j--;
            while (j > 0 && s.mentionOf[j - 1] == owner) {
                j--;
            }
            j--; // "One of Haniya's": the owner's name before the noun
            if (j >= 0 && t.get(j).pos().equals("DT")) {
                j--;
            }
        }
        if (j < 1 || !word(j).equals("of")) {
            return false;
        }
        int q = j - 1;
        if (q >= 1 && word(q).equals("majority") && t.get(q - 1).pos().equals("DT")) {
            q--; // "the majority of"
        }
        boolean quantifier = PARTITIVES.contains(word(j - 1)) || t.get(j - 1).pos().equals("CD") && !"DATE".equals(t.get(j - 1).ner());
        return quantifier && opening(q);
    }

    /**
     * The common noun phrase ending at {@code end} that a determiner opens ("a radical Islamist", "the driver"), when its
     * head can name a person; null otherwise.
     */
    private Mention phraseEndingAt(int end) {
        List<Token> t = s.t;
        boolean noun = end >= 1 && (t.get(end).pos().equals("NN") || t.get(end).pos().equals("NNS")) && s.mentionOf[end] == null;
        if (!noun || NOT_PARTIES.contains(Moods.lemma(t.get(end))) || THINGS.contains(Moods.lemma(t.get(end))) || abstractNoun(end)) {
            return null;
        }
        int i = end;
        while (i > 0 && (commonNoun(i - 1) || modifier(i - 1))) {
            i--;
        }
        int opener = i - 1;
        if (opener >= 1 && s.mentionOf[opener] != null && (s.mentionOf[opener].type() == MentionType.NATIONALITY
                || s.mentionOf[opener].type() == MentionType.COUNTRY || s.mentionOf[opener].type() == MentionType.ORGANISATION)) {
            while (opener >= 1 && s.mentionOf[opener - 1] == s.mentionOf[opener]) {
                opener--;
            }
            opener--; // "a US serviceman", "a Navy medic": the nation's or the body's name between the article and the noun
        }
        if (opener < 0 || !t.get(opener).pos().equals("DT")) {
            return null;
        }
        return new Mention(t.get(i).begin(), t.get(end).end(), text(i, end), MentionType.GROUP, null, "event-object", 0.5);
    }

    /**
     * "Mexican soldiers killed one drug trafficker and arrested two", "killed three suspected terrorists and arrested
     * another": the object of the verb joined by "and" before the verb at {@code head}, whose noun a bare number or
     * "another" leaves out; null when that verb has no such object.
     */
    private Mention elidedObject(int head) {
        List<Token> t = s.t;
        if (head < 4 || !word(head - 1).equals("and")) {
            return null;
        }
        int end = head - 2;
        Mention named = s.mentionOf[end];
        if (named != null ? !Participants.ACTOR_TYPES.contains(named.type())
                : !t.get(end).pos().equals("NNS") && !t.get(end).pos().equals("NN")
                        || NOT_PARTIES.contains(Moods.lemma(t.get(end))) || THINGS.contains(Moods.lemma(t.get(end)))) {
            return null;
        }
        int i = end;
        while (i > 0 && (named != null ? s.mentionOf[i - 1] == named : commonNoun(i - 1) || modifier(i - 1))) {
            i--;
        }
        int verb = i - 1;
        while (verb >= 0 && (t.get(verb).pos().equals("CD") || t.get(verb).pos().equals("DT"))) {
            verb--;
        }
        if (verb < 0 || !t.get(verb).pos().startsWith("VB") || !(HARMING.contains(Moods.lemma(t.get(verb)))
                || DETAINING.contains(Moods.lemma(t.get(verb))))) {
            return null; // the noun must be the object of a verb of the same kind
        }
        return named != null ? named : party(i, end);
    }

    /** Things that verbs of harm or arrest may take in a passive ("the car was shot at", "the drugs were seized"). */
    private static final Set<String> THINGS = Set.of("car", "vehicle", "house", "home", "building", "office", "shop", "store",
            "bus", "truck", "plane", "ship", "boat", "project", "plan", "bill", "deal", "talk", "process", "case", "body",
            "bodies", "weapon", "drug", "animal", "dog", "bird", "cattle", "horse", "whale", "fish", "tree", "idea", "cow", "bull",
            "goat", "sheep", "pig", "elephant", "tiger", "bear", "wolf", "monkey", "deer", "shark", "crocodile", "lion", "game",
            "match", "ball", "goal", "penalty", "record", "round", "hole", "break", "recess", "pause", "halt", "end", "stop",
            "warrant", "search", "probe", "inquiry", "review", "study", "survey", "test", "trial", "vote", "recovery", "barrage",
            "area", "region", "zone");

    /** Whether a number follows within two tokens ("at least 20", "more than 300"): "at" alone is a place's preposition. */
    private boolean amountAfter(int i) {
        for (int j = i + 1; j < Math.min(s.t.size(), i + 3); j++) {
            if (s.t.get(j).pos().equals("CD")) {
                return true;
            }
        }
        return false;
    }

    private boolean abstractNoun(int i) {
        String lemma = Moods.lemma(s.t.get(i));
        return lemma.equals("permission") || lemma.equals("development") || ABSTRACT.matcher(lemma).matches() && !BODIES.contains(lemma);
    }

    /** Days and months, which a capital letter does not make part of a name ("storm Sunday morning a training camp"). */
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december");

    /** Prepositions of a short phrase that may follow the one asked before "to" ("institutions with good credit to"). */
    private static final Set<String> QUALIFYING = Set.of("with", "in", "from", "across", "around");

    /**
     * The token after a short prepositional phrase at {@code i} (a preposition, then at most four determiners, adjectives,
     * numbers and nouns) when "to" follows it; {@code i} otherwise.
     */
    private int pastPhrase(int i, int hi) {
        if (i >= hi || !QUALIFYING.contains(word(i))) {
            return i;
        }
        int j = i + 1;
        while (j < hi && j <= i + 4) {
            String p = s.t.get(j).pos();
            if (!(p.equals("DT") || p.startsWith("JJ") || p.equals("CD") || p.startsWith("NN") || p.equals("PRP$"))) {
                break;
            }
            j++;
        }
        return j > i + 1 && j < hi && word(j).equals("to") ? j : i;
    }

    /** The phrase from {@code start} to {@code end} as a party, without its article ("drug seller", "4,138 people"; "his counterpart"). */
    private Mention party(int start, int end) {
        while (start < end && (s.t.get(start).pos().equals("DT") || APPROXIMATE.contains(word(start)))) {
            start++;
        }
        return new Mention(s.t.get(start).begin(), s.t.get(end).end(), text(start, end), MentionType.GROUP, null, "event-object", 0.5);
    }

    /** The last token of a common noun phrase from {@code from} (modifiers, then common nouns), or -1 when it has no noun. */
    private int commonPhraseEnd(int from, int hi) {
        int i = from;
        while (i < hi && modifier(i)) {
            i++;
        }
        int noun = i;
        while (i < hi && commonNoun(i)) {
            i++;
        }
        return i - 1 < noun ? -1 : i - 1;
    }

    /** Whether the noun at {@code end} names an amount, a time or an abstraction, never a party. */
    private boolean noParty(int end) {
        return NOT_PARTIES.contains(Moods.lemma(s.t.get(end))) || NOT_PARTIES.contains(word(end)) || abstractNoun(end);
    }

    /** Determiners, possessives, numbers, adjectives and participle adjectives before the noun. */
    private boolean modifier(int i) {
        Token k = s.t.get(i);
        String p = k.pos();
        if (s.mentionOf[i] != null) {
            return false;
        }
        return p.equals("DT") || p.equals("PRP$") || p.equals("CD") || p.startsWith("JJ") || p.equals("PDT") || p.equals("HYPH")
                || ParticipantChecks.innerHyphenNoun(s.t, i) // "a 12-year-old girl": the tokenizer splits the adjective
                || k.word().equalsIgnoreCase("then") && i > 0 && s.t.get(i - 1).pos().equals("DT") // "the then police chief"
                || k.word().equals("-") && i > 0 && s.t.get(i - 1).word().equalsIgnoreCase("then")
                || p.equals("NNP") && !CALENDAR.contains(word(i)) && i + 1 < s.t.size() && (s.t.get(i + 1).pos().equals("NNP") || s.t.get(i + 1).pos().startsWith("NN")
                        && Character.isLowerCase(s.t.get(i + 1).word().charAt(0))) // "the Peak Tram company"
                || APPROXIMATE.contains(word(i)) && !word(i).equals("to") && amountAfter(i)
                || (p.equals("VBN") || p.equals("VBG")) && Character.isLowerCase(k.word().charAt(0));
    }

    /** A lower-case common noun that no mention covers. */
    private boolean commonNoun(int i) {
        Token k = s.t.get(i);
        return (k.pos().equals("NN") || k.pos().equals("NNS")) && s.mentionOf[i] == null && Character.isLowerCase(k.word().charAt(0));
    }

    private String word(int i) {
        return s.t.get(i).word().toLowerCase(Locale.ROOT);
    }

    private String text(int a, int b) {
        return text(s.t, a, b);
    }

    /** The words from {@code a} to {@code b} with the text's own spacing (tokens that touch are joined). */
    static String text(List<Token> t, int a, int b) {
        StringBuilder out = new StringBuilder(t.get(a).word());
        for (int i = a + 1; i <= b; i++) {
            if (t.get(i).begin() > t.get(i - 1).end()) {
                out.append(' ');
            }
            out.append(t.get(i).word());
        }
        return out.toString();
    }

    /**
     * "Indian troops were placed on high alert": whether a passive trigger from {@code first} to {@code last} puts forces
     * on alert, so that its subject is the party mobilized and acts (unlike "police were deployed", whose deployer the
     * sentence leaves unnamed).
     */
    static boolean alerted(List<Token> t, int first, int last) {
        return t.subList(first, last + 1).stream().anyMatch(k -> k.word().equalsIgnoreCase("alert"));
    }
}
