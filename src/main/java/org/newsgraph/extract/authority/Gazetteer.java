package org.newsgraph.extract.authority;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newsgraph.extract.Token;
import org.newsgraph.extract.authority.GazetteerMatch.Kind;
import org.newsgraph.extract.authority.TokenUnits.Unit;

/**
 * Finds names of countries, nationalities, cities, international organisations and titles in a token
 * sequence: longest match first, left to right, no overlaps. Phrases are looked up by their {@link Names#key}
 * in one hash map (plus a set of phrase prefixes to stop early), so matching costs a few hash lookups per
 * token.
 *
 * <p>Case rules keep common words out: abbreviations and codes match case-exactly ("EU", "NATO", "Nato",
 * "U.S." but not "Eu" or "us"); country, city, nationality and organisation names must be capitalised (an
 * all-caps country or city only in a dateline such as "WARSAW, Poland"); a few titles that are common words
 * ("general", "head") only when capitalised. City names that are also common words or given names ("Nice",
 * "Reading", "Florence") need evidence: a location tag from the tagger or a following ", Country". Spans
 * the tagger marks as PERSON are never places.
 *
 * <p>Immutable and thread-safe once built; {@link #get()} builds the shared instance on first use.
 */
public final class Gazetteer {

    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "lord", "lady",
            "dame", "sen", "rep", "gov", "gen", "col", "capt", "sgt", "lt", "maj", "adm", "rev", "fr", "sheikh", "imam");

    /** Capitalised words that precede place names without being given names. */
    private static final Set<String> NOT_GIVEN_NAMES = Set.of("in", "at", "from", "to", "the", "and", "of", "for",
            "on", "by", "with", "near", "outside", "inside", "across", "around", "greater", "north", "south", "east",
            "west", "northern", "southern", "eastern", "western", "central", "downtown", "old", "upper", "lower",
            "metropolitan", "metro", "both", "between", "via", "like", "than", "while", "when", "but", "or", "since",
            "until", "after", "before", "during", "about", "into", "through", "toward", "towards", "over", "under",
            "where", "why", "if", "as", "a", "an", "this", "that", "all", "suburban", "rural", "occupied",
            "annexed", "besieged", "nearby", "capital", "city", "port", "town", "visit", "visiting", "leave",
            "leaving", "reach", "reached", "left", "entered", "hit", "attacked", "bombed", "captured", "liberated",
            // a day or a month before the name opens the clause with its time ("On Monday Beijing rejected", "In April Kabul")
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december");

    private static final Set<String> LOCATION_TAGS = Set.of("LOCATION", "CITY", "GPE", "STATE_OR_PROVINCE", "COUNTRY");

    /** One way a phrase can be read; {@code exactForms} non-null means compare case-exactly against them. */
    private record Entry(Kind kind, List<? extends AuthorityRecord> candidates, Set<String> exactForms, boolean capitalisedOnly,
            boolean ambiguous) {
    }

    private final Map<String, Entry[]> phrases = new HashMap<>(1 << 19);
    private final Set<String> prefixes = new HashSet<>();
    private int maxUnits = 1;

    private static final class Holder {
        static final Gazetteer INSTANCE = new Gazetteer(Authority.get());
    }

    /** The shared instance over {@link Authority#get()}. */
    public static Gazetteer get() {
        return Holder.INSTANCE;
    }

    private final Authority authority;

    /** The tables this gazetteer matches. */
    public Authority authority() {
        return authority;
    }

    public Gazetteer(Authority authority) {
        this.authority = authority;
        Map<String, List<Entry>> build = new HashMap<>(1 << 19);
        for (Country c : authority.countries()) {
            List<String> forms = new ArrayList<>(c.altNames());
            forms.add(0, c.name());
            addForms(build, Kind.COUNTRY, c, forms, false);
            addForms(build, Kind.NATIONALITY, c, c.demonyms(), false);
        }
        for (Organisation o : authority.organisations()) {
            List<String> names = new ArrayList<>(o.otherNames());
            names.add(0, o.name());
            addForms(build, Kind.ORGANISATION, o, names, false);
            addExact(build, Kind.ORGANISATION, o, o.abbreviations());
        }
        for (Title t : authority.titles()) {
            addForms(build, Kind.TITLE, t, t.forms(), t.capitalisedOnly());
        }
        // cities go straight into the phrase map: there are many of them and few share a key with the rest
        authority.citiesByName.forEach((key, cities) -> {
            if (authority.notCityNames.contains(key)) {
                return;
            }
            Entry city = new Entry(Kind.CITY, cities, null, false,
                    key.length() <= 2 || authority.ambiguousCityNames.contains(key));
            List<Entry> others = build.remove(key);
            if (others == null) {
                index(key, new Entry[] {city});
            } else {
                others.add(city);
                index(key, others.toArray(new Entry[0]));
            }
        });
        build.forEach((key, entries) -> index(key, entries.toArray(new Entry[0])));
    }

    private void index(String key, Entry[] entries) {
        if (entries.length > 1) {
            Arrays.sort(entries, (a, b) -> a.kind().compareTo(b.kind()));
        }
        phrases.put(key, entries);
        int words = 1;
        for (int i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
            prefixes.add(key.substring(0, i));
            words++;
        }
        maxUnits = Math.max(maxUnits, words);
    }

    /** Adds name forms; those that are codes ("UK", "PM") become case-exact entries. */
    private static void addForms(Map<String, List<Entry>> build, Kind kind, AuthorityRecord rec, List<String> forms,
            boolean capitalisedOnly) {
        List<String> codes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String f : forms) {
            if (CaseRules.isCode(f)) {
                codes.add(f);
            } else if (seen.add(Names.key(f))) {
                add(build, Names.key(f), new Entry(kind, List.of(rec), null, capitalisedOnly || f.endsWith("."), false));
            }
        }
        codes.removeIf(c -> seen.contains(Names.key(c)));
        addExact(build, kind, rec, codes);
    }

    private static void addExact(Map<String, List<Entry>> build, Kind kind, AuthorityRecord rec, List<String> forms) {
        Map<String, Set<String>> byKey = new HashMap<>();
        for (String f : forms) {
            byKey.computeIfAbsent(Names.key(f), k -> new HashSet<>()).add(CaseRules.exactKey(f));
        }
        byKey.forEach((k, exact) -> add(build, k, new Entry(kind, List.of(rec), Set.copyOf(exact), false, false)));
    }

    private static void add(Map<String, List<Entry>> build, String key, Entry e) {
        if (!key.isEmpty()) {
            List<Entry> list = build.computeIfAbsent(key, k -> new ArrayList<>(1));
            for (Entry old : list) {
                if (old.kind() == e.kind()) {
                    return;
                }
            }
            list.add(e);
        }
    }

    /** Finds the matches in {@code tokens}, in text order. */
    public List<GazetteerMatch> find(List<Token> tokens) {
        List<Unit> units = TokenUnits.of(tokens);
        List<GazetteerMatch> out = new ArrayList<>();
        int i = 0;
        while (i < units.size()) {
            int end = -1;
            int endChar = -1;
            Entry found = null;
            StringBuilder key = new StringBuilder();
            for (int j = i; j < units.size() && j - i < maxUnits; j++) {
                Unit u = units.get(j);
                if (u.key() == null) {
                    break;
                }
                int prefixLength = key.length();
                if (j > i) {
                    key.append(' ');
                }
                key.append(u.key());
                String k = key.toString();
                Entry e = null;
                int eEnd = u.end();
                if (u.baseKey() != null) {
                    // "Peru's" is "Peru" first; the joined form serves names like "People's Republic"
                    e = accepted(k.substring(0, prefixLength + (j > i ? 1 : 0)) + u.baseKey(), units, i, j + 1, tokens);
                    eEnd = u.baseEnd();
                }
                if (e == null && (u.baseKey() == null || j > i && prefixes.contains(k))) {
                    // a joined clitic only inside a longer name, never at its end ("Tueni's" is not "Tuenis")
                    e = u.baseKey() == null ? accepted(k, units, i, j + 1, tokens) : null;
                    eEnd = u.end();
                }
                if (e != null) {
                    end = j + 1;
                    endChar = eEnd;
                    found = e;
                }
                if (!prefixes.contains(k)) {
                    break;
                }
            }
            if (found == null) {
                i++;
                continue;
            }
            Unit first = units.get(i);
            Unit last = units.get(end - 1);
            out.add(new GazetteerMatch(tokens.get(first.tokenPos()).index(), tokens.get(last.tokenPos()).index() + 1,
                    first.begin(), endChar, found.kind(), found.candidates()));
            i = end;
        }
        return out;
    }

    /** The first reading of phrase {@code k} that the span passes the rules for, or null. */
    private Entry accepted(String k, List<Unit> units, int from, int to, List<Token> tokens) {
        Entry[] entries = phrases.get(k);
        if (entries != null) {
            for (Entry e : entries) {
                if (accepts(e, units, from, to, tokens)) {
                    return e;
                }
            }
        }
        return null;
    }

    private boolean accepts(Entry e, List<Unit> units, int from, int to, List<Token> tokens) {
        if (e.exactForms() != null) {
            return e.exactForms().contains(CaseRules.exactKey(surface(units, from, to)))
                    && !currencyPrefix(units.get(to - 1), tokens);
        }
        switch (e.kind()) {
            case TITLE:
                return !e.capitalisedOnly() || CaseRules.startsUpper(units.get(from).surface());
            case ORGANISATION:
                return CaseRules.nameCase(units, from, to);
            case NATIONALITY:
                return CaseRules.nameCase(units, from, to) && !CaseRules.allCaps(units, from, to)
                        && !pastMembership(units, from, to);
            default:
                break;
        }
        boolean cased = CaseRules.nameCase(units, from, to) && !CaseRules.allCaps(units, from, to)
                || CaseRules.isDateline(units, from, to, tokens);
        if (!cased || taggedAll(units, from, to, tokens, "PERSON")) {
            return false;
        }
        if (e.kind() != Kind.CITY) {
            return true;
        }
        if (to - from == 1 && afterGivenName(units, from, tokens)) {
            return false;
        }
        return !e.ambiguous() || hasPlaceEvidence(units, from, to, tokens);
    }

    /**
     * Whether a one-word city name follows an honorific or a capitalised word inside a sentence, so reads
     * as a surname ("Mr. Howard", "Bill Richardson", "President Jackson") rather than a place.
     */
    private boolean afterGivenName(List<Unit> units, int at, List<Token> tokens) {
        int pos = units.get(at).tokenPos();
        if (pos == 0 || units.get(at).begin() != tokens.get(pos).begin()) {
            return false;
        }
        String prev = tokens.get(pos - 1).word();
        String prevKey = Names.key(prev);
        if (HONORIFICS.contains(prevKey)
                || prev.equals(".") && pos >= 2 && HONORIFICS.contains(Names.key(tokens.get(pos - 2).word()))) {
            return true;
        }
        if (!CaseRules.startsUpper(prev) || prev.length() < 2 || CaseRules.allCapsWord(prev)
                || NOT_GIVEN_NAMES.contains(prevKey)
                || phrases.containsKey(prevKey) && phrases.get(prevKey)[0].kind() != Kind.TITLE) {
            return false;
        }
        if (pos == 1) {
            return false;
        }
        String before = tokens.get(pos - 2).word();
        return !(before.equals(".") || before.equals("!") || before.equals("?") || before.equals("\"")
                || before.equals("\u201C") || before.equals("``") || before.equals(":"));
    }

    /** Heads that a former state's or empire's adjective describes by what they once belonged to. */
    private static final Set<String> MEMBER_HEADS = Set.of("republic", "republics", "state", "states", "colony", "colonies",
            "territory", "territories", "satellite", "satellites", "bloc", "protectorate", "nation", "nations", "country",
            "countries", "member", "members", "dominion", "province", "provinces");

    /**
     * "the former Soviet republic of Georgia", "ex-Yugoslav states", "the former British colony": an adjective after
     * "former" or "ex-" that says what a place once belonged to, before a noun for that place. It names no party of
     * the sentence, so it is not read as a nationality.
     */
    private static boolean pastMembership(List<Unit> units, int from, int to) {
        return from > 0 && to < units.size() && Set.of("former", "ex").contains(units.get(from - 1).surface().toLowerCase(Locale.ROOT))
                && MEMBER_HEADS.contains(units.get(to).surface());
    }

    /** Whether a unit is the country prefix of a currency written as one token ("US$", "HK$", "NZ$"). */
    private static boolean currencyPrefix(Unit u, List<Token> tokens) {
        Token t = tokens.get(u.tokenPos());
        int at = u.end() - t.begin();
        return at >= 0 && at < t.word().length() && Character.getType(t.word().charAt(at)) == Character.CURRENCY_SYMBOL;
    }

    /** A location tag on the span, or a following ", Country". */
    private boolean hasPlaceEvidence(List<Unit> units, int from, int to, List<Token> tokens) {
        for (int k = from; k < to; k++) {
            String ner = tokens.get(units.get(k).tokenPos()).ner();
            if (ner != null && LOCATION_TAGS.contains(ner)) {
                return true;
            }
        }
        if (to + 1 >= units.size() || !",".equals(units.get(to).surface())) {
            return false;
        }
        StringBuilder key = new StringBuilder();
        for (int j = to + 1; j < units.size() && j <= to + maxUnits && units.get(j).key() != null; j++) {
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(units.get(j).key());
            Entry[] entries = phrases.get(key.toString());
            if (entries != null && entries[0].kind() == Kind.COUNTRY && CaseRules.startsUpper(units.get(to + 1).surface())) {
                return true;
            }
        }
        return false;
    }

    private static boolean taggedAll(List<Unit> units, int from, int to, List<Token> tokens, String tag) {
        for (int k = from; k < to; k++) {
            if (!tag.equals(tokens.get(units.get(k).tokenPos()).ner())) {
                return false;
            }
        }
        return true;
    }

    private static String surface(List<Unit> units, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(units.get(k).surface());
        }
        return b.toString();
    }

}
