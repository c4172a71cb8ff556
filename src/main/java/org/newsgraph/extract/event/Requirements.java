package org.newsgraph.extract.event;

import java.util.List;
import java.util.Set;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;
import org.newsgraph.extract.Token;

/**
 * Whether a trigger's match has what its rule needs besides its words ({@link Triggers.Need}): an actor, a
 * counterpart, armed forces, workers, a victim outside an accident. One instance per sentence; not thread-safe.
 */
final class Requirements {

    /** Words of accidents and disasters: a death among them is no assault unless someone is named as the attacker. */
    private static final Set<String> MISHAPS = Set.of("accident", "crash", "collision", "collide", "avalanche",
            "earthquake", "quake", "flood", "landslide", "hurricane", "typhoon", "cyclone", "tsunami", "blaze",
            "derail", "capsize", "sink", "disease", "virus", "flu", "outbreak", "epidemic", "stampede", "lightning",
            "drown", "overturn", "mudslide", "eruption", "heatwave", "collapse", "fall", "colliery", "coal", "veer",
            "plunge", "tornado", "wildfire", "fireworks");
    /** Where a withdrawal can be from. */
    private static final Set<MentionType> PLACE_TYPES = Set.of(MentionType.CITY, MentionType.COUNTRY, MentionType.PLACE);

    private final List<Token> t;
    private final Mention[] mentionOf;
    private final Circumstances circumstances;

    /** @param mentionOf for each token, the actor or place mention covering it, or null */
    Requirements(List<Token> tokens, Mention[] mentionOf, Circumstances circumstances) {
        this.t = tokens;
        this.mentionOf = mentionOf;
        this.circumstances = circumstances;
    }

    /**
     * Whether rule {@code r}, matched over tokens {@code first..last} with head {@code head}, has what it needs.
     *
     * @param anonymous whether the subject is a personal pronoun for someone the article does not name ("He called
     *                  for ..." as a story's first sentence): an actor the text has, though no name
     */
    boolean satisfied(Triggers.Rule r, List<Mention> actors, Mention recipient, int first, int last, int head,
            boolean passive, boolean anonymous) {
        return switch (r.need()) {
            case ACTOR -> !actors.isEmpty() || anonymous || documentSubject(first) || r.nominal() && passive && recipient != null
                    || r.category().equals("AGREE") && !r.nominal() && !passive && manySubject(first); // "We agreed that", "the meeting also agreed"
            case PARTY -> recipient != null || !actors.isEmpty() && near(actors.get(0), first, last);
            case LABOUR -> labour(first, last);
            case ACTOR_OR_VICTIM -> !actors.isEmpty() || passive && (recipient != null || personSubject(first)) && !mishap()
                    || !passive && anonymous && recipient != null && personalSubject(first) && !mishap() // "he suffocated Aguda with a pillow"
                    || !passive && recipient != null && Mishaps.weapon(t, first - 30, first) && !mishap(); // "the blast destroyed a car, killing three people"
            case VICTIM -> passive && (recipient != null || personSubject(first));
            case TARGET -> recipient != null;
            case ACTOR_OR_TARGET -> recipient != null || !actors.isEmpty() || anonymous;
            case FORCE_OR_PLACE -> forceOrPlace(actors, first, last);
            case COUNTERPART -> jointPledge(r, actors, first, head) && (recipient != null || actors.size() >= 2)
                    || r.category().equals("AGREE") && !actors.isEmpty() && collectiveSubject(first)
                    || "meet".equals(r.mode()) && !r.nominal() && t.get(head).pos().startsWith("VB")
                    && Set.of("meet", "discuss").contains(Moods.lemma(t.get(head))) && collectiveSubject(first) // "Senior Likud officials met", "the leaders discussed"
                    || !r.nominal() && Set.of("meet", "convene").contains(Moods.lemma(t.get(head))) && bodyMet(first, head)
                    || r.mode() != null && r.mode().equals("visit") && foreign(circumstances.place(r.category(), head, actors, null), first, actors)
                    || r.mode() != null && r.mode().equals("visit") && Set.of("visit", "trip", "tour").contains(Moods.lemma(t.get(head)))
                    && describedCountryAfter(last)
                    || r.nominal() && "visit".equals(r.mode()) && !actors.isEmpty() && ownVisit(first, head)
                    && !atHome(circumstances.place(r.category(), head, actors, null), first, actors);
            default -> true;
        };
    }

    /** Modifiers of a visit not (or not yet) made: "his upcoming visit", "the planned trip". */
    private static final Set<String> UNMADE = Set.of("upcoming", "planned", "forthcoming", "next", "possible", "proposed",
            "scheduled", "coming", "expected", "future", "postponed", "cancelled", "canceled", "intended", "impending");

    /** Words before a visit's owner that make it one still to come: "looking forward to Chirac's visit", "before his trip". */
    private static final Set<String> AWAITED = Set.of("arrange", "prepare", "plan", "await", "forward", "welcome", "expect",
            "schedule", "postpone", "cancel", "invite", "delay", "ahead", "before", "prior");

    /**
     * "Mubarak's visit is part of a flurry of diplomacy", "Millon's five-day visit, which started Sunday": one visit (or
     * trip, or tour) a possessive gives its visitor is a visit made, where it went or whom it saw told or not; not one
     * still to come ("his upcoming visit", "Japan is arranging his visit", a sentence that says what will be done during
     * it) nor visits in the plural ("during his personal visits"), nor one to a place in the visitor's own country
     * ("Chinese President Hu Jintao said during his visit to Shanghai": a tour at home, see {@link #atHome}). The pool
     * codes 6 of the 7 this admits.
     */
    private boolean ownVisit(int first, int head) {
        if (!Set.of("visit", "trip", "tour").contains(t.get(head).word().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        int i = first - 1;
        while (i >= 0 && (t.get(i).pos().startsWith("JJ") || t.get(i).pos().equals("CD") || t.get(i).pos().equals("HYPH")
                || t.get(i).pos().equals("NNP") || t.get(i).pos().equals("NN"))) { // "his first China visit", "Millon's five-day visit"
            if (UNMADE.contains(t.get(i).word().toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
            i--;
        }
        if (i < 0 || !(t.get(i).pos().equals("POS") || t.get(i).pos().equals("PRP$"))) {
            return false;
        }
        for (int k = Math.max(0, i - 8); k < i; k++) {
            if (AWAITED.contains(Moods.lemma(t.get(k)).toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        for (int k = 0; k < t.size(); k++) {
            String w = t.get(k).word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("will") || w.equals("would") || w.equals("shall") || w.equals("'ll")) {
                return false;
            }
        }
        return true;
    }

    /** Nouns that describe a country without naming it ("the crisis-wracked nation", "the South Asian country"). */
    private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation", "kingdom", "republic", "island", "emirate",
            "archipelago");

    /**
     * "during a visit to the crisis-wracked nation", "his first ever visit to the South Asian country", "visited the
     * Islamic republic": a country named by a description after the trip's words (past "to" and "the", up to four
     * modifiers), which a visit goes to from abroad; not "the country's north", a part of it.
     */
    private boolean describedCountryAfter(int last) {
        int i = last + 1;
        if (i < t.size() && t.get(i).word().equals("to")) {
            i++;
        }
        if (i >= t.size() || !t.get(i).word().equalsIgnoreCase("the")) {
            return false;
        }
        for (int j = i + 1; j < t.size() && j <= i + 5; j++) {
            Token k = t.get(j);
            if ((COUNTRY_NOUNS.contains(k.word().toLowerCase(java.util.Locale.ROOT)) || k.word().equalsIgnoreCase("region")) // "a visit to the region"
                    && k.pos().startsWith("NN")) {
                return !(j + 1 < t.size() && t.get(j + 1).pos().equals("POS"));
            }
            if (!(k.pos().startsWith("JJ") || k.pos().startsWith("NN") || k.pos().equals("HYPH") || k.pos().equals("VBN")
                    || k.word().equals("-"))) {
                return false;
            }
        }
        return false;
    }

    /** Plural nouns of parties that agree among themselves: "the ministers agreed that", "OPEC members agreed to". */
    private static final Set<String> COLLECTIVES = Set.of("minister", "leader", "member", "country", "side", "party",
            "delegate", "negotiator", "nation", "state", "government", "economy", "representative", "delegation", "official",
            "association", "group");

    /**
     * "The statement called for", "the interim report also urged": whether the subject right before the verb at
     * {@code first} (past adverbs and a day) is a document, which speaks for authors the sentence need not name.
     */
    private boolean documentSubject(int first) {
        int j = first - 1;
        while (j >= 0 && (t.get(j).pos().startsWith("RB") || "DATE".equals(t.get(j).ner()) || Moods.lemma(t.get(j)).equals("have"))) {
            j--;
        }
        if (j >= 0 && t.get(j).word().equals(",")) {
            for (int k = j - 1; k > 0 && k >= j - 16; k--) { // "That initiative, which was not well received by Israel, called for"
                if (t.get(k).pos().equals("WDT") && t.get(k - 1).word().equals(",")) {
                    return document(k - 2) || document(headBeforePhrase(k - 2)); // "A synod on Lebanon, which met ..., called for"
                }
                if (t.get(k).word().equals(",") || t.get(k).pos().startsWith("VB") && k < j - 1 && t.get(k + 1).word().equals(",")) {
                    break;
                }
            }
            return false;
        }
        if (j >= 1 && t.get(j).pos().equals("WDT")) { // "the resolution, which calls for", "the ministers' conclusions, which called for"
            j -= t.get(j - 1).word().equals(",") ? 2 : 1;
            return document(j);
        }
        return document(j);
    }

    /** The noun a short prepositional phrase ending at token {@code end} follows ("synod on Lebanon"), or -1. */
    private int headBeforePhrase(int end) {
        for (int j = end; j > 0 && j >= end - 4; j--) {
            if (t.get(j).pos().equals("IN")) {
                return t.get(j - 1).pos().startsWith("NN") ? j - 1 : -1;
            }
        }
        return -1;
    }

    /** Whether token {@code j} is a document's noun (besides {@link Participants#DOCUMENTS}: motions, initiatives, plans). */
    private boolean document(int j) {
        return j >= 0 && t.get(j).pos().startsWith("NN") && mentionOf[j] == null
                && (Participants.DOCUMENTS.contains(Moods.lemma(t.get(j))) || PROPOSALS.contains(Moods.lemma(t.get(j)))
                || GATHERINGS.contains(Moods.lemma(t.get(j))) || COURT_SIDES.contains(Moods.lemma(t.get(j))));
    }

    /** Meetings that speak for those who met ("This year's conference also called for", "A synod on Lebanon ... called for"). */
    private static final Set<String> GATHERINGS = Set.of("conference", "summit", "meeting", "forum", "synod", "seminar", "symposium");

    /** The sides of a trial, which ask the court for what they want ("The prosecution ... called Friday for"). */
    private static final Set<String> COURT_SIDES = Set.of("prosecution", "defence", "defense", "prosecutor", "prosecutors");

    /** Texts put forward that call for what their authors want ("the ministers' conclusions, which called for"). */
    private static final Set<String> PROPOSALS = Set.of("motion", "initiative", "plan", "proposal", "conclusion", "draft", "bill");

    /** Whether the subject right before the verb at {@code first} (past adverbs and a day) is a plural of {@link #COLLECTIVES}. */
    /**
     * Whether a pledge, if the rule is one, was made together: "China and Russia pledged to deepen", "the two leaders
     * pledged"; one party's pledge to talk or work with another is a promise of its own ("Syria has pledged to cooperate
     * with the UN inquiry", "pledged to restart talks with Palestinians"), no agreement. True for other words.
     */
    private boolean jointPledge(Triggers.Rule r, List<Mention> actors, int first, int head) {
        if (!r.category().equals("AGREE") || !Moods.lemma(t.get(head)).equals("pledge")) {
            return true;
        }
        int j = first - 1;
        while (j >= 0 && (t.get(j).pos().startsWith("RB") || Moods.lemma(t.get(j)).equals("have"))) {
            j--;
        }
        return actors.size() >= 2 || collectiveSubject(first)
                || j >= 0 && Set.of("they", "we", "both", "sides", "parties").contains(t.get(j).word().toLowerCase(java.util.Locale.ROOT));
    }

    private boolean collectiveSubject(int first) {
        int j = first - 1;
        while (j >= 0 && (t.get(j).pos().startsWith("RB") || "DATE".equals(t.get(j).ner()) || Moods.lemma(t.get(j)).equals("have")
                || Moods.lemma(t.get(j)).equals("be") && t.get(first).pos().equals("VBG"))) { // "OPEC ministers were meeting in Abuja"
            j--;
        }
        return j >= 0 && (t.get(j).pos().equals("NNS") && COLLECTIVES.contains(Moods.lemma(t.get(j)))
                || j > 0 && t.get(j).word().equalsIgnoreCase("two") && t.get(j - 1).word().equalsIgnoreCase("the")); // "when the two met"
    }

    /**
     * Whether the subject right before the verb at {@code first} (past adverbs) speaks for many: "we", or a gathering
     * opened by a determiner ("A meeting of the party's central council held in Bhaktapur on Wednesday also agreed that").
     */
    private boolean manySubject(int first) {
        int j = first - 1;
        while (j >= 0 && (t.get(j).pos().startsWith("RB") || Moods.lemma(t.get(j)).equals("have"))) {
            j--;
        }
        if (j >= 0 && t.get(j).word().equalsIgnoreCase("we")) {
            return true;
        }
        for (int k = j; k >= 1 && k >= j - 12; k--) {
            if (ParticipantChecks.isBoundary(t.get(k)) || t.get(k).pos().startsWith("VB") && !t.get(k).pos().equals("VBN")) {
                return false;
            }
            if (t.get(k).pos().startsWith("NN") && GATHERINGS.contains(Moods.lemma(t.get(k))) && t.get(k - 1).pos().equals("DT")
                    && (k == 1 || ParticipantChecks.isBoundary(t.get(k - 2)))) {
                return true; // the gathering opens the clause
            }
        }
        return false;
    }

    private static final Set<String> DAYS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday");
    /** Whether a personal pronoun is the subject right before the verb at {@code first} ("he", "they"; not "it", a disease). */
    private boolean personalSubject(int first) {
        int j = first - 1;
        while (j >= 0 && (t.get(j).pos().startsWith("RB") || t.get(j).pos().equals("MD") || Set.of("have", "be").contains(Moods.lemma(t.get(j))))) {
            j--;
        }
        return j >= 0 && Set.of("he", "she", "they", "we", "i").contains(t.get(j).word().toLowerCase(java.util.Locale.ROOT));
    }

    /** Bodies whose members meet among themselves ("the committee has met 14 times", "a synod ..., which met in Rome"). */
    private static final Set<String> BODIES = Set.of("committee", "council", "commission", "forum", "synod", "assembly",
            "cabinet", "group", "panel", "association", "alliance", "bloc", "grouping");
    /** Plural nouns of people who meet among themselves: a gathering, though no one else is met. */
    private static final Set<String> GATHERED = Set.of("minister", "leader", "member", "delegate", "negotiator",
            "representative", "official", "expert", "association", "head", "envoy", "diplomat");

    /**
     * "Officials from various government ministries met Wednesday", "a synod on Lebanon, which met in November 1995",
     * "an informal forum which first met in December 1999": whether the verb at {@code head}, a past tense with no object,
     * has for subject a body or a plural of people, past its own phrase and a relative pronoun; a meeting among them.
     */
    private boolean bodyMet(int first, int head) {
        String pos = t.get(head).pos();
        if (!(pos.equals("VBD") || pos.equals("VBN") && head > 0 && Moods.lemma(t.get(head - 1)).equals("have"))
                || head + 1 < t.size() && Set.of("DT", "NNP", "PRP", "PRP$", "NNS", "NN").contains(t.get(head + 1).pos())
                && !Set.of("DATE", "TIME").contains(t.get(head + 1).ner()) && !DAYS.contains(t.get(head + 1).word())) {
            return false; // a present tense is a habit ("which meets twice a year"); an object is someone met
        }
        int j = first - 1;
        while (j >= 0 && (t.get(j).pos().startsWith("RB") || Moods.lemma(t.get(j)).equals("have"))) {
            j--;
        }
        if (j >= 1 && (t.get(j).pos().equals("WDT") || t.get(j).pos().equals("WP"))) {
            j = t.get(j - 1).word().equals(",") ? j - 2 : j - 1; // the relative clause's antecedent
        }
        if (j < 0 || !t.get(j).pos().startsWith("NN")) {
            return false;
        }
        int k = j;
        while (k > 0 && (t.get(k - 1).pos().startsWith("NN") || t.get(k - 1).pos().startsWith("JJ") || t.get(k - 1).pos().equals("DT")
                || t.get(k - 1).pos().equals("CD"))) {
            k--;
        }
        if (k >= 2 && t.get(k - 1).pos().equals("IN") && Set.of("from", "of", "on").contains(t.get(k - 1).word())
                && t.get(k - 2).pos().startsWith("NN")) {
            j = k - 2; // "Officials from various government ministries", "A synod on Lebanon": the phrase's head
        }
        String lemma = Moods.lemma(t.get(j));
        return t.get(j).pos().equals("NNS") && GATHERED.contains(lemma) || t.get(j).pos().equals("NN") && BODIES.contains(lemma);
    }

    /**
     * Whether mention {@code m} lies around a noun trigger: before it in its phrase or in a phrase after it ("Togo's
     * support", "criticism by Paris"), not the subject of the clause the noun stands in.
     */
    private boolean near(Mention m, int first, int last) {
        for (int i = Math.max(0, first - 4); i < Math.min(t.size(), last + 8); i++) {
            if (mentionOf[i] == m) {
                return true;
            }
        }
        return false;
    }

    /**
     * "He was captured in Indonesia", "who were killed", "1,500 have been killed": a personal pronoun or a count as the
     * passive's subject stands for people who suffered it, though the sentence alone does not say who.
     */
    private boolean personSubject(int first) {
        int i = first - 1;
        while (i >= 0 && (Moods.lemma(t.get(i)).equals("be") || Moods.lemma(t.get(i)).equals("have") || t.get(i).pos().startsWith("RB"))) {
            i--;
        }
        if (i >= 0 && i < first - 1 && mentionOf[i] != null) {
            int start = i;
            while (start > 0 && mentionOf[start - 1] == mentionOf[i]) {
                start--;
            }
            if (start > 0 && t.get(start - 1).pos().startsWith("NN") && mentionOf[start - 1] != null) {
                start--; // "loyal to president Mahmud Abbas": a title before the name
            }
            if (CommonParties.postmodifiedOpeningNoun(t, mentionOf, start) >= 0) {
                return true; // "A colonel in the Preventive Security force loyal to president Mahmud Abbas was wounded"
            }
        }
        return i >= 0 && i < first - 1 && (PERSONAL.contains(t.get(i).word().toLowerCase(java.util.Locale.ROOT))
                || t.get(i).pos().equals("CD") && !t.get(i).word().matches("(19|20)\\d\\d") // "more than 1,500 have been killed"
                || t.get(i).pos().startsWith("NN") && Character.isLowerCase(t.get(i).word().charAt(0))
                && PartyNouns.contains(Moods.lemma(t.get(i)).toLowerCase(java.util.Locale.ROOT))); // "a Buddhist trader was gunned down"
    }

    private static final Set<String> PERSONAL = Set.of("he", "she", "they", "we", "i", "who");

    /** Whether the sentence tells of an accident or a disaster ("killed when their car was hit by an avalanche"). */
    boolean mishap() {
        return t.stream().anyMatch(k -> MISHAPS.contains(Moods.lemma(k))) && !Mishaps.weapon(t, 0, t.size()); // rockets that "fell"
    }

    /** A country, region or capital: a visit there meets its government ("visited rural areas in Qionghai" meets no one). */
    private boolean foreign(Mention place, int first, List<Mention> actors) {
        return place != null && (place.type() == MentionType.COUNTRY || place.type() == MentionType.PLACE || ParticipantChecks.isCapital(place)
                || abroad(place, first, actors));
    }

    /**
     * "Sudanese President El-Bashir arrived at Sanya", "the French minister's visit to Shanghai": a city of another country
     * than the one a nationality or country named before the trigger at {@code first} stands for.
     */
    private boolean abroad(Mention city, int first, List<Mention> actors) {
        String country = ParticipantChecks.countryOf(city);
        String home = country == null ? null : homeCountry(first, actors);
        return home != null && !home.equalsIgnoreCase(country);
    }

    /**
     * Whether the place a visit went to lies in the visitor's own country ("Chinese President Hu Jintao said during his
     * visit to Shanghai"); false when either country is unknown.
     */
    private boolean atHome(Mention place, int first, List<Mention> actors) {
        String country = place == null ? null : place.type() == MentionType.COUNTRY && place.authorityId() != null
                && place.authorityId().startsWith("country:") ? place.authorityId().substring("country:".length())
                : ParticipantChecks.countryOf(place);
        String home = country == null ? null : homeCountry(first, actors);
        return home != null && home.equalsIgnoreCase(country);
    }

    /**
     * The ISO code of the visitor's country before the trigger at {@code first}: the visitor's own nationality first (in
     * "China's approach is resolute, said Xavier Bertrand, the French minister, during his visit to Shanghai" the visitor
     * is French, whatever country the sentence opened with), else the first country the sentence names; or null.
     */
    private String homeCountry(int first, List<Mention> actors) {
        if (!actors.isEmpty()) {
            int from = Math.max(0, tokenAt(actors.get(0).begin()) - 3);
            for (int i = from; i < first && i < from + 16; i++) {
                String home = countryAt(i);
                if (home != null) {
                    return home;
                }
            }
        }
        for (int i = 0; i < first; i++) {
            String home = countryAt(i);
            if (home != null) {
                return home;
            }
        }
        return null;
    }

    /**
     * The ISO code of the country a token names or stands for: a nationality, country or government mention, or a
     * nationality inside a longer name ("the French Minister of Health and Solidarity"); null for any other token.
     */
    private String countryAt(int i) {
        Mention m = mentionOf[i];
        if (m != null && (m.type() == MentionType.NATIONALITY || m.type() == MentionType.COUNTRY || m.type() == MentionType.GOVERNMENT)
                && m.authorityId() != null && m.authorityId().startsWith("country:")) {
            return m.authorityId().substring(8);
        }
        return m != null && m.type() != MentionType.NATIONALITY && t.get(i).pos().startsWith("NNP")
                ? org.newsgraph.extract.authority.Authority.get().countryByDemonym(t.get(i).word()).map(c -> c.iso2()).orElse(null) : null;
    }

    /** The index of the token that begins at or covers character {@code offset}. */
    private int tokenAt(int offset) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).end() > offset) {
                return i;
            }
        }
        return t.size();
    }

    /** Working people or their unions within a few tokens of a strike. */
    private boolean labour(int first, int last) {
        for (int i = Math.max(0, first - 8); i < Math.min(t.size(), last + 9); i++) {
            if (LABOUR_WORDS.contains(Moods.lemma(t.get(i)))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> LABOUR_WORDS = Set.of("worker", "union", "teacher", "employee", "miner", "docker",
            "nurse", "doctor", "driver", "pilot", "staff", "labour", "labor", "trucker", "farmer", "student", "workforce",
            "unionist", "trade-union", "civil", "servant", "railway", "transport", "general", "wage", "pay", "salary");

    /** Places only armed forces hold: pulling out of them is a retreat. */
    private static final Set<String> MILITARY_SITES = Set.of("base", "bases", "garrison", "barracks", "outpost",
            "outposts", "checkpoint", "checkpoints", "trench", "trenches");

    /** Lines held by armed forces: "retreated from their frontlines" (not "the United Front"). */
    private static final Set<String> FRONTS = Set.of("front", "frontline", "frontlines", "front-line", "front-lines",
            "position", "positions", "stronghold", "strongholds");

    /** Armed forces, a state actor, or "from" a place: a withdrawal that is a retreat, not a resignation. */
    private boolean forceOrPlace(List<Mention> actors, int first, int last) {
        for (int i = Math.max(0, first - 4); i < Math.min(t.size(), last + 6); i++) {
            if (Triggers.FORCES.contains(Moods.lemma(t.get(i))) || i > last && MILITARY_SITES.contains(Moods.lemma(t.get(i)))
                    || i > last && !t.get(i).pos().startsWith("NNP") && FRONTS.contains(t.get(i).word().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
            boolean outOf = t.get(i).word().equals("of") && i > 0 && t.get(i - 1).word().equals("out");
            if ((t.get(i).word().equals("from") || outOf) && i + 1 < t.size() && i > last) {
                for (int j = i + 1; j < Math.min(t.size(), i + 4); j++) {
                    if (mentionOf[j] != null && PLACE_TYPES.contains(mentionOf[j].type())) {
                        return true;
                    }
                }
            }
        }
        return actors.stream().anyMatch(m -> m.type() == MentionType.COUNTRY || m.type() == MentionType.GOVERNMENT);
    }
}
