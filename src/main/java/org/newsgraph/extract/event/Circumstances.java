package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.extract.DependencyParse;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.TextAnalysis;
import org.newsgraph.extract.Token;
import org.newsgraph.extract.time.QuantityMention;
import org.newsgraph.extract.time.TimeMention;

/**
 * When, where and how much, for a trigger, from its own sentence only: the nearest date-valued time expression,
 * the nearest place named after a locative preposition, and the quantities right around the trigger. One
 * instance per sentence; not thread-safe.
 */
final class Circumstances {

    /**
     * Values an event can be dated by: a year, month, week or weekend, a day with a part of it or a clock time
     * ("2006-11-29TEV", "2006-11-12T13:40"), a decade ("198"); not durations, sets or reference words.
     */
    private static final Pattern DATE_VALUE = Pattern.compile(
            "\\d{4}(-\\d{2}(-\\d{2}(T(MO|AF|EV|NI|\\d{2}:\\d{2}Z?))?)?|-W\\d{2}(-WE)?)?|\\d{3}");
    private static final Set<MentionType> PLACE_TYPES = Set.of(MentionType.CITY, MentionType.COUNTRY, MentionType.PLACE);
    private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "outside", "inside", "into", "across",
            "around", "throughout", "within");
    /** Words after a hyphen that make the place before it a party's description ("US-led", "Gaza-based"). */
    private static final Set<String> LED = Set.of("led", "backed", "based", "run", "controlled", "held", "owned",
            "funded", "sponsored", "brokered", "drafted", "proposed", "allied", "made", "born", "trained", "supported");

    /** Words before "on" that lay a deed on a party rather than on a place ("an attack blamed on Syria"). */
    private static final Set<String> BLAMED = Set.of("blamed", "blame", "blames", "blaming", "pinned", "pinning", "pin",
            "pins", "focused", "focusing", "depends", "depend", "depended", "rests", "rested");

    /** Restrictions laid on a place, which "on" or "of" after them names ("a curfew on Surif", "closures of Gaza"). */
    private static final Set<String> CLOSURES = Set.of("curfew", "curfews", "closure", "closures", "blockade", "blockades",
            "siege", "cordon", "lockdown");

    /** Bearings a distance from a place is told in ("north of", "southwest of"). */
    private static final Set<String> BEARINGS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "north-east", "north-west", "south-east", "south-west");
    private static final Set<String> STREETS = Set.of("streets", "outskirts", "suburbs", "outskirt", "coast", "shores");
    private static final Set<String> PORTIONS = Set.of("third", "half", "quarter", "part", "parts");
    private static final Set<String> BORDERS = Set.of("border", "borders", "frontier", "frontiers", "boundary");

    private final TextAnalysis analysis;
    private final Sentence s;
    private final List<Token> t;
    private final Mention[] mentionOf;
    private final List<TimeMention> times;
    private final List<QuantityMention> quantities;

    Circumstances(TextAnalysis analysis, Sentence s, List<Token> tokens, Mention[] mentionOf, List<TimeMention> times,
            List<QuantityMention> quantities) {
        this.analysis = analysis;
        this.s = s;
        this.t = tokens;
        this.mentionOf = mentionOf;
        this.times = times;
        this.quantities = quantities;
    }

    /**
     * A time expression in the sentence with a value an event can be dated by, the nearest to the trigger; not a
     * deadline ("till Dec. 15", "by Sunday"), and one behind a comma before the trigger only when no other is found
     * ("Born in 1937, the witness was arrested ... in 1981"), unless it opens the sentence ("On Saturday, Mobutu
     * offered"). (A time modifying a noun, "the 2003 invasion", mostly dates the events around it too.)
     */
    TimeMention time(int head) {
        int at = t.get(head).begin();
        TimeMention best = null;
        int bestCost = Integer.MAX_VALUE;
        for (TimeMention tm : times) {
            if (tm.begin() < s.begin() || tm.end() > s.end() || !DATE_VALUE.matcher(tm.value()).matches()) {
                continue;
            }
            int first = tokenAt(tm.begin());
            int last = tokenAt(tm.end() - 1);
            if (first < 0 || last < 0 || deadline(first)) {
                continue;
            }
            int cost = Math.abs(tm.begin() - at) + (last < head && commaBetween(last, head) && !opening(first, last) ? 1000 : 0);
            if (cost < bestCost) {
                best = tm;
                bestCost = cost;
            }
        }
        best = startOfRange(best);
        java.util.regex.Matcher part = best == null ? null : PART_OF_DAY.matcher(best.value());
        return part != null && part.matches() ? new TimeMention(best.begin(), best.end(), best.text(), "DATE", part.group(1)) : best;
    }

    /**
     * The first time of a pair the chosen one closes ("a war from 1980 to 1988, during which ... were killed", "between
     * 1999 and late 2005", "two referendums, in 1980 and 1995"): an event over a span is dated by its start, as the
     * event sets' annotators do.
     */
    private TimeMention startOfRange(TimeMention chosen) {
        if (chosen == null) {
            return null;
        }
        for (TimeMention tm : times) {
            if (tm.end() <= chosen.begin() && tm.begin() >= s.begin() && DATE_VALUE.matcher(tm.value()).matches()
                    && RANGE_JOINT.matcher(analysis.text().substring(tm.end(), chosen.begin())).matches()) {
                return tm;
            }
        }
        return chosen;
    }

    private static final Pattern RANGE_JOINT = Pattern.compile("\\s*(?:to|and|through|until|-|–)\\s*(?:(?:late|early|mid)-?\\s*)?");

    private int tokenAt(int offset) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).begin() <= offset && offset < t.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    /** "till Dec. 15", "until Tuesday", "by Sunday": a time set for the event, not its own. */
    private boolean deadline(int first) {
        return first > 0 && Set.of("till", "until", "by").contains(t.get(first - 1).word().toLowerCase(Locale.ROOT));
    }

    private boolean commaBetween(int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (t.get(i).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** A time in the phrase that opens the sentence before its first comma, with no verb before it. */
    private boolean opening(int first, int last) {
        for (int i = 0; i < first; i++) {
            if (t.get(i).pos().startsWith("VB") || t.get(i).word().equals(",")) {
                return false;
            }
        }
        for (int i = last + 1; i < t.size(); i++) {
            if (t.get(i).word().equals(",")) {
                return true;
            }
            if (t.get(i).pos().startsWith("VB")) {
                return false;
            }
        }
        return false;
    }

    /**
     * A day with a part of it: an event on "Wednesday morning" is dated by the day (as the event sets' annotators do,
     * four times in five), while a clock time keeps its hour.
     */
    private static final Pattern PART_OF_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(?:MO|AF|EV|NI)");

    /** {@link #place(String, int, List, Mention, DependencyParse)} without a parse: any clause's place may do. */
    Mention place(String category, int head, List<Mention> actors, Mention recipient) {
        return place(category, head, actors, recipient, null);
    }

    /**
     * Whether the place stands plainly in the clause of the trigger at {@code head}: nothing between them that could
     * open another clause (a verb, a comma, a relative or a complementiser), so the parse need not be asked.
     */
    boolean plainlyInClause(int head, Mention place) {
        int from = -1;
        int to = -1;
        for (int i = 0; i < t.size(); i++) {
            if (mentionOf[i] == place) {
                from = from < 0 ? i : from;
                to = i;
            }
        }
        if (from < 0) {
            return false;
        }
        int lo = Math.min(head, to) + 1;
        int hi = Math.max(head, from);
        for (int i = lo; i < hi; i++) {
            Token k = t.get(i);
            String p = k.pos();
            if (p.startsWith("VB") || p.startsWith("W") || p.equals(",") || p.equals(":") || p.equals("-LRB-")
                    || k.word().equalsIgnoreCase("that") || k.word().equalsIgnoreCase("as")) {
                return false;
            }
        }
        return true;
    }

    /** Whether an event of the category needs the sentence's parse to choose its place. */
    static boolean placeNeedsParse(String category) {
        return OWN_CLAUSE.contains(category);
    }

    /**
     * Categories whose place must stand in the trigger's own clause (or a clause under it, or be the place a relative
     * clause of it is about): meetings, agreements and arrests are told with places of other clauses around them
     * ("Steinmeier, who held talks with Rice on Tuesday, raised the issue of secret CIA prisons in Europe"). Attacks are
     * not: their places sit as often in a "when" or "where" clause of the harm they do.
     */
    private static final Set<String> OWN_CLAUSE = Set.of("CONSULT", "AGREE", "COERCE");

    /** The clause heads of the basic tree: a token whose arc opens a clause of its own. */
    private static final Set<String> CLAUSAL = Set.of("ccomp", "advcl", "acl:relcl", "parataxis", "csubj", "root", "xcomp", "acl");

    /** The head of the clause token {@code i} stands in: up the basic tree to the first arc that opens a clause. */
    private static int clauseHead(DependencyParse p, List<Token> t, int i) {
        int k = i;
        for (int steps = 0; k >= 0 && steps < 60; steps++) {
            String rel = p.relationOf(k);
            if (CLAUSAL.contains(rel) || rel.equals("conj") && t.get(k).pos().startsWith("VB")) {
                return k;
            }
            if (p.headOf(k) < 0) {
                return k;
            }
            k = p.headOf(k);
        }
        return k;
    }

    /** Whether clause head {@code inner} lies under clause head {@code outer} through arcs of the given kinds. */
    private static boolean under(DependencyParse p, List<Token> t, int inner, int outer, Set<String> through) {
        int k = inner;
        for (int steps = 0; k >= 0 && steps < 60; steps++) {
            if (k == outer) {
                return true;
            }
            int c = clauseHead(p, t, k);
            if (c == outer) {
                return true;
            }
            if (!through.contains(p.relationOf(c)) || p.headOf(c) < 0) {
                return false;
            }
            k = p.headOf(c);
        }
        return false;
    }

    /**
     * A place named after "in", "at", "near"... (for visits also "to"), the nearest to the trigger; with the sentence's
     * parse, for the categories of {@link #OWN_CLAUSE} only one in the trigger's clause ({@link #sameClause}).
     */
    Mention place(String category, int head, List<Mention> actors, Mention recipient, DependencyParse parse) {
        int where = SAYINGS.contains(category) ? -1 : whereBefore(head);
        Mention best = null;
        int bestAt = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < t.size(); i++) {
            Mention m = mentionOf[i];
            if (m == null || !PLACE_TYPES.contains(m.type()) || i > 0 && mentionOf[i - 1] == m) {
                continue;
            }
            int end = i;
            while (end + 1 < t.size() && mentionOf[end + 1] == m) {
                end++;
            }
            if (end + 1 < t.size() && mentionOf[end + 1] == null && t.get(end + 1).pos().startsWith("NNP")
                    && !startsTime(end + 1)) {
                continue; // part of a longer name: "the China International Exhibition Center" (not "in Baghdad Monday")
            }
            if (describesAnother(end) && !category.equals("CONSULT")) { // (a visit's own test reads the region named)
                continue; // "the Gaza town of Beit Hanoun", "the Black Sea resort of Sochi": the town is the place
            }
            if (regionOfOwner(end) >= 0) {
                continue; // "in Iraq's volatile Anbar province": the province is the place, not the country owning it
            }
            if (end + 2 < t.size() && t.get(end + 1).pos().equals("HYPH") && LED.contains(t.get(end + 2).word().toLowerCase(Locale.ROOT))) {
                continue; // "in a US-led invasion", "the Gaza-based group": who leads it, not where it is
            }
            boolean visit = category.equals("CONSULT") || category.equals("MOBILIZE");
            boolean target = category.equals("ASSAULT") && m.type() != MentionType.COUNTRY; // "seized Mogadishu"
            boolean ofActor = modifiesActor(m, end, actors);
            if (actors.contains(m) && !ofActor || m == recipient && !visit && !target) {
                continue;
            }
            if (!(target && m == recipient) && !ofActor && !modifies(end, head) && !locative(i, end, category)
                    || SAYINGS.contains(category) && !courtIn(i) && !spokenIn(i, end)) {
                continue;
            }
            if (parse != null && OWN_CLAUSE.contains(category) && parse.size() == t.size() && !sameClause(parse, i, end, head)) {
                continue;
            }
            int distance = Math.abs(i - head) + (i < head ? 5 : 0);
            if (distance < bestDistance) {
                best = m;
                bestAt = i;
                bestDistance = distance;
            }
        }
        Mention about = where >= 0 && bestAt < where ? antecedentOfWhere(where) : null;
        if (about != null) {
            return about; // (a place in the "where" clause itself stays: "where she visited Benin")
        }
        return best != null || SAYINGS.contains(category) ? best : scene(head);
    }

    /** Verbs that make a place opening the sentence the scene of what the sentence tells. */
    private static final Set<String> SCENE_VERBS = Set.of("witness", "see", "hit", "rock", "shake", "grip", "plague",
            "wrack", "rack", "engulf", "descend", "convulse", "scar", "ravage", "tear");

    /** Nouns after "has been (a|the)" that make the place opening the sentence a scene: "has been a hotbed of". */
    private static final Set<String> SCENE_NOUNS = Set.of("scene", "hotbed", "theatre", "theater", "site", "stronghold",
            "flashpoint", "battleground", "epicentre", "epicenter");

    /**
     * The place that opens the sentence as the scene of what it tells ("Lebanon has witnessed a series of blasts since
     * ... Hariri was killed", "Acapulco was hit by a string of violence", "Paktika has been a hotbed of militants, who
     * attack"), for a trigger after its verb; null when the sentence does not open so.
     */
    private Mention scene(int head) {
        Mention m = mentionOf[0];
        int j = 0;
        if (m == null && t.size() > 1 && t.get(0).word().equalsIgnoreCase("the")) {
            m = mentionOf[1];
            j = 1;
        }
        if (m == null || !PLACE_TYPES.contains(m.type())) {
            return null;
        }
        while (j + 1 < t.size() && mentionOf[j + 1] == m) {
            j++;
        }
        int v = j + 1;
        while (v < t.size() && v <= j + 4 && (Moods.lemma(t.get(v)).equals("have") || Moods.lemma(t.get(v)).equals("be")
                || t.get(v).pos().startsWith("RB"))) {
            v++;
        }
        if (v >= t.size() || v >= head) {
            return null;
        }
        String lemma = Moods.lemma(t.get(v));
        if (t.get(v).pos().startsWith("VB") && SCENE_VERBS.contains(lemma)) {
            return m;
        }
        boolean been = v > j + 1 && Moods.lemma(t.get(v - 1)).equals("be");
        int n = t.get(v).pos().equals("DT") ? v + 1 : v;
        return been && n < t.size() && n < head && SCENE_NOUNS.contains(t.get(n).word().toLowerCase(Locale.ROOT)) ? m : null;
    }

    /**
     * Whether clause head {@code c} opens a relative clause (or a participle's) on a token from {@code from} to
     * {@code to}: "arrived in Beijing, where he held talks", "fighting which erupted in the Somali capital".
     */
    private static boolean relativeOn(DependencyParse p, int c, int from, int to) {
        String rel = p.relationOf(c);
        int h = p.headOf(c);
        return (rel.equals("acl:relcl") || rel.equals("acl")) && h >= from && h <= to;
    }

    /**
     * Whether the place from token {@code i} to {@code end} stands in the clause of the trigger at {@code head}, in a
     * clause under it ("fighting that erupted in", "sent troops to help in"), in one above it through a complement or a
     * conjunct, in a relative clause on the trigger's object, or is the place a relative clause of the trigger is about
     * ("arrived in Beijing, where he held talks").
     */
    private boolean sameClause(DependencyParse p, int i, int end, int head) {
        int ph = clauseHead(p, t, end);
        int th = clauseHead(p, t, head);
        return ph == th || under(p, t, ph, th, Set.of("advcl", "xcomp", "acl"))
                || under(p, t, th, ph, Set.of("advcl", "xcomp", "acl", "conj"))
                || relativeOn(p, th, i, placeNounEnd(end)) || relativeOn(p, ph, head, head) || relativeOnObject(p, ph, head);
    }

    /** "opened the summit, which began ... in Bamako": clause head {@code c} is a relative clause on the trigger's object. */
    private static boolean relativeOnObject(DependencyParse p, int c, int head) {
        int h = p.headOf(c);
        return (p.relationOf(c).equals("acl:relcl") || p.relationOf(c).equals("acl")) && h >= 0 && p.headOf(h) == head
                && p.relationOf(h).equals("obj");
    }

    /**
     * The last token of the noun phrase the place ending at {@code end} opens or sits in, past at most three words that
     * are neither verbs nor punctuation: a relative clause on "the central London hotel where" or on "Beijing on Sunday
     * where" is about the place.
     */
    private int placeNounEnd(int end) {
        int last = end;
        for (int j = end + 1; j < t.size() && j <= end + 3; j++) {
            String pos = t.get(j).pos();
            if (pos.startsWith("VB") || pos.equals("WRB") || pos.equals("WDT") || !Character.isLetterOrDigit(t.get(j).word().charAt(0))) {
                break;
            }
            last = j;
        }
        return last;
    }

    /**
     * Categories of what parties say or decide rather than do somewhere. A place in their sentence mostly belongs to
     * what is said ("accused Israel of killing civilians in Gaza", "called for peacekeepers in Darfur"), and the event
     * sets code it as theirs about one time in six: only a court a charge is heard in is their place.
     */
    private static final Set<String> SAYINGS = Set.of("ACCUSE", "REQUEST", "SUPPORT", "REJECT", "THREATEN", "SANCTION",
            "CONCEDE");
    private static final Set<String> COURTS = Set.of("trial", "court", "tribunal", "proceedings", "hearing", "courtroom");

    /**
     * Whether the place from token {@code i} to {@code end} is where a saying was said, fronted before its clause ("In
     * Tehran, Iran's top nuclear official warned", "Speaking in Brussels later, the spokeswoman condemned"). (Where its
     * sayer is, "People in Songkhla condemned", the sets code as its place about half the time: not read.)
     */
    private boolean spokenIn(int i, int end) {
        if (i < 1 || end + 1 >= t.size() || !t.get(i - 1).word().equalsIgnoreCase("in")) {
            return false;
        }
        return t.get(end + 1).word().equals(",") && (i == 1
                || i == 2 && Set.of("speaking", "talking", "meeting").contains(t.get(0).word().toLowerCase(Locale.ROOT)));
    }

    /** Whether the place at token {@code i} follows "trial in", "court at"...: where a charge is heard. */
    private boolean courtIn(int i) {
        for (int j = i - 1; j >= 1 && j >= i - 4; j--) {
            String w = t.get(j).word().toLowerCase(Locale.ROOT);
            if ((w.equals("in") || w.equals("at")) && COURTS.contains(t.get(j - 1).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the place ending at token {@code end} modifies the noun trigger at {@code head}, right before it or
     * before common nouns that do too: "the 2002 Bali bombings", "the Amman hotel bombings", "a Gaza rocket attack".
     */
    private boolean modifies(int end, int head) {
        if (end >= head || !t.get(head).pos().startsWith("NN") || Character.isUpperCase(t.get(head).word().charAt(0))) {
            return false;
        }
        for (int j = end + 1; j < head; j++) {
            Token k = t.get(j);
            if (!k.pos().startsWith("NN") || k.pos().startsWith("NNP") || mentionOf[j] != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the town ending at token {@code end} names where the actor is: right before the actor's mention
     * ("Istanbul police arrested"), or as the actor's own mention before a common noun ("a Santiago court released").
     */
    private boolean modifiesActor(Mention m, int end, List<Mention> actors) {
        if (m.type() != MentionType.CITY || end + 1 >= t.size()) {
            return false;
        }
        Token next = t.get(end + 1);
        boolean beforeNoun = next.pos().startsWith("NN") && Character.isLowerCase(next.word().charAt(0));
        return actors.contains(m) ? beforeNoun && mentionOf[end + 1] == null
                : mentionOf[end + 1] != null && actors.contains(mentionOf[end + 1]) && beforeNoun;
    }

    /**
     * Whether the place ending at token {@code end} only describes the place named after a common noun and "of": "the
     * Gaza town of Beit Hanoun", "in Shiite neighborhood of Sadr City".
     */
    private boolean describesAnother(int end) {
        int j = end + 1;
        while (j < t.size() && j <= end + 3 && mentionOf[j] == null && t.get(j).pos().startsWith("NN")
                && Character.isLowerCase(t.get(j).word().charAt(0))) {
            j++;
        }
        return j > end + 1 && j + 1 < t.size() && t.get(j).word().equals("of") && mentionOf[j + 1] != null
                && PLACE_TYPES.contains(mentionOf[j + 1].type());
    }

    /**
     * The position of the "where" opening the relative clause that holds the trigger at {@code head} ("in the provinces
     * Yala, Narathiwat and Pattani, where over 1,700 people have been killed"), or -1.
     */
    private int whereBefore(int head) {
        for (int j = head - 1; j >= 1 && j >= head - 12; j--) {
            Token k = t.get(j);
            String w = k.word().toLowerCase(Locale.ROOT);
            if (w.equals("where")) {
                return j;
            }
            if (k.pos().equals(".") || k.pos().equals(":") && !w.equals("--") || w.equals("who") || w.equals("which")
                    || w.equals("that") || w.equals("when")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The place a "where" at token {@code where} is about, right before it past a comma or a dash and past a time
     * ("the southern city of Malakal -- where", "arrived in Beijing on Sunday where"), or null.
     */
    private Mention antecedentOfWhere(int where) {
        int a = where - 1;
        while (a > 0 && (t.get(a).word().equals(",") || t.get(a).word().equals("--") || t.get(a).word().equals("-"))) {
            a--;
        }
        if (a > 1 && mentionOf[a] == null && timeEndsAt(a)) {
            int b = a;
            while (b > a - 4 && b > 0 && !t.get(b).word().equals("on") && !t.get(b).word().equals("in")) {
                b--;
            }
            a = t.get(b).word().equals("on") || t.get(b).word().equals("in") ? b - 1 : -1; // "in Beijing on Sunday where"
        }
        Mention m = a >= 0 ? mentionOf[a] : null;
        return m != null && PLACE_TYPES.contains(m.type()) ? m : null;
    }

    /** Whether a time expression ends at token {@code i} ("on Sunday where"). */
    private boolean timeEndsAt(int i) {
        return times.stream().anyMatch(m -> m.end() == t.get(i).end());
    }

    /** Whether a time expression begins at token {@code i} ("Monday", "November 3"). */
    private boolean startsTime(int i) {
        return times.stream().anyMatch(m -> m.begin() == t.get(i).begin());
    }

    /** Nouns for a town or an area that the place's own name can follow after a comma ("in the capital, New Delhi"). */
    private static final Set<String> AREA_NOUNS = Set.of("capital", "city", "town", "village", "province", "region",
            "district", "state", "port");

    /**
     * The first token of a place named after the possessive of the place ending at {@code end}, past at most two
     * adjectives or common nouns ("Iraq's volatile Anbar province", "China's Sichuan province"); -1 when none.
     */
    private int regionOfOwner(int end) {
        if (end + 2 >= t.size() || !t.get(end + 1).pos().equals("POS")) {
            return -1;
        }
        for (int j = end + 2; j < Math.min(t.size(), end + 5); j++) {
            Mention n = mentionOf[j];
            if (n != null) {
                return PLACE_TYPES.contains(n.type()) ? j : -1;
            }
            if (!t.get(j).pos().startsWith("JJ") && !(t.get(j).pos().equals("NN") && Character.isLowerCase(t.get(j).word().charAt(0)))) {
                return -1;
            }
        }
        return -1;
    }

    private boolean locative(int i, int end, String category) {
        for (int j = i - 1, n = 0; j >= 0 && n < 8; j--, n++) {
            if (t.get(j).pos().equals("HYPH") && j > 0) {
                j--; // "rebel-held": one word, its first half skipped with the hyphen
                n--;
                continue;
            }
            String w = t.get(j).word().toLowerCase(Locale.ROOT);
            if (t.get(j).pos().equals("POS") && j > 0 && mentionOf[j - 1] != null && PLACE_TYPES.contains(mentionOf[j - 1].type())) {
                Mention owner = mentionOf[j - 1];
                while (j > 0 && mentionOf[j - 1] == owner) {
                    j--;
                }
                continue; // "in Iraq's volatile Anbar province": the owner's name is part of the place's phrase
            }
            if (w.equals(",") && j == i - 1 && j > 0 && AREA_NOUNS.contains(t.get(j - 1).word().toLowerCase(Locale.ROOT))) {
                continue; // "in the Indian capital, New Delhi", "in the Iraqi capital, Baghdad": the name in apposition
            }
            if ((STREETS.contains(w) || category.equals("ASSAULT") && PORTIONS.contains(w)) && j + 1 < i
                    && t.get(j + 1).word().equals("of")) {
                return true; // "took to the streets of Gaza", "off the coast of Somalia", "invaded the northern third of Cyprus"
            }
            if (w.equals("of") && j > 0 && BEARINGS.contains(t.get(j - 1).word().toLowerCase(Locale.ROOT))) {
                return true; // "a village 50 kilometres north of Goma": near that town
            }
            if (w.equals("with") && j > 0 && BORDERS.contains(t.get(j - 1).word().toLowerCase(Locale.ROOT))) {
                return true; // "the frontier with Belarus": the event is at that country's border
            }
            if (category.equals("CONSULT") && t.get(j).pos().startsWith("VB") && Moods.lemma(t.get(j)).equals("visit")) {
                // "visited Shanghai": the place a visit is to is its object; not a modifier ("visiting US diplomats")
                return end + 1 >= t.size() || !t.get(end + 1).pos().startsWith("NN") && mentionOf[end + 1] == null;
            }
            if (LOCATIVES.contains(w) || w.equals("to") && (category.equals("CONSULT") || category.equals("MOBILIZE"))
                    || w.equals("from") && category.equals("RETREAT")
                    || w.equals("on") && category.equals("ASSAULT") && !(j > 0 && BLAMED.contains(t.get(j - 1).word().toLowerCase(Locale.ROOT)))
                    || category.equals("COERCE") && j > 0 && (w.equals("on") || w.equals("of"))
                        && CLOSURES.contains(t.get(j - 1).word().toLowerCase(Locale.ROOT))) { // "a curfew on Surif", "closures of the West Bank"
                return true;
            }
            String p = t.get(j).pos();
            if (j > 0 && mentionOf[j] != null && PLACE_TYPES.contains(mentionOf[j].type()) && j + 1 < i
                    && t.get(j + 1).pos().startsWith("NN") && Character.isLowerCase(t.get(j + 1).word().charAt(0))) {
                Mention other = mentionOf[j];
                while (j > 0 && mentionOf[j - 1] == other) {
                    j--;
                }
                continue; // "in the Black Sea resort of Sochi": the resort is Sochi
            }
            if (!(p.equals("DT") || p.startsWith("JJ") || p.equals("CD") || w.equals("of")
                    || p.equals("VBN") && j > 0 && t.get(j - 1).pos().equals("HYPH") // "the rebel-held city of"
                    || p.equals("VBG") && j + 1 < t.size() && t.get(j + 1).pos().startsWith("NN") && Character.isLowerCase(t.get(j).word().charAt(0))
                            && Character.isLowerCase(t.get(j + 1).word().charAt(0)) // "in the neighbouring district of"
                    || BEARINGS.contains(w) // "in southeast Zaire"
                    || p.equals("NN") && Character.isLowerCase(t.get(j).word().charAt(0)))) {
                return false;
            }
        }
        return false;
    }

    /** Amounts the trigger governs: quantities just after it (or, for forces, just before a passive verb). */
    List<QuantityMention> amounts(String category, int first, int last) {
        int b = t.get(first).begin() - 40;
        int e = t.get(last).end() + 60;
        List<QuantityMention> out = new ArrayList<>();
        for (QuantityMention q : quantities) {
            if (q.begin() < s.begin() || q.end() > s.end() || q.begin() < b || q.begin() > e || q.unit() == null) {
                continue;
            }
            if (category.equals("MOBILIZE") && !isForce(q.unit())) {
                continue;
            }
            if (analysis.text().substring(Math.min(q.begin(), t.get(last).end()), Math.max(q.begin(), t.get(last).end())).contains(";")) {
                continue;
            }
            out.add(q);
        }
        return out;
    }

    private static boolean isForce(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        for (String f : Triggers.FORCES) {
            if (u.equals(f) || u.equals(f + "s") || u.startsWith(f)) {
                return true;
            }
        }
        return u.equals("policemen") || u.equals("men");
    }
}
