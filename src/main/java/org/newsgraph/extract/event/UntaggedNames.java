package org.newsgraph.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;
import org.newsgraph.extract.TextAnalysis;
import org.newsgraph.extract.Token;

/**
 * A sentence's subject named by capitalised words no tagger took ("The Asian Age, in an article, accused ...",
 * "Media watchdog Reporters Without Borders on Thursday called on ..."): a run of two or more capitalised
 * words ending right before the first finite verb (past adverbs), comma or "on" + weekday in the sentence's first nine
 * tokens, or a single proper noun opening the sentence before its verb, a surname ("Ban arrived in Japan"), with only a determiner and common-noun descriptors before it. Only the sentence's first noun phrase is considered, so nothing is invented from
 * elsewhere. Stateless and thread-safe.
 */
final class UntaggedNames {

    /** Lowercase words that may join the capitalised words of one name ("Doctors without Borders", "Bank of Japan"). */
    private static final Set<String> JOINERS = Set.of("of", "for", "and", "&");
    /** Lowercase particles that open or join Arabic and European names ("al-Muzini", "bin Laden", "van der Veer"). */
    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "abu", "van", "von", "der", "de", "da", "du");
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
            "new", "year", "day", "christmas", "easter");

    private UntaggedNames() {
    }

    /** The untagged name opening the sentence {@code t}, when no mention in {@code known} overlaps it. */
    static Optional<Mention> subject(TextAnalysis a, List<Token> t, List<Mention> known) {
        Optional<Mention> first = subjectFrom(a, t, known, 0);
        if (first.isPresent() || t.isEmpty() || !OPENERS.contains(t.get(0).pos())) {
            return first;
        }
        for (int c = 1; c < Math.min(t.size() - 2, 30); c++) {
            if (t.get(c).word().equals(",")) {
                int from = c + 1 < t.size() && t.get(c + 1).pos().equals("''") ? c + 2 : c + 1; // (past a closing quotation mark)
                return subjectFrom(a, t, known, from); // "During his meeting with Merkel, Hu congratulated her"
            }
            if (ParticipantChecks.isBoundary(t.get(c)) && !quotedWords(t, c)) {
                break;
            }
        }
        return first;
    }

    /**
     * Whether the quotation mark at {@code c} opens or closes a few quoted words inside the opening phrase
     * ("Denouncing the situation there as a "disaster", de Larosiere warned"): the phrase goes on past it.
     */
    private static boolean quotedWords(List<Token> t, int c) {
        if (t.get(c).pos().equals("''")) {
            return true; // the closing mark of words whose opening mark was passed
        }
        if (!t.get(c).pos().equals("``")) {
            return false;
        }
        for (int j = c + 1; j < Math.min(t.size(), c + 6); j++) {
            if (t.get(j).pos().equals("''")) {
                return true;
            }
        }
        return false;
    }

    /** Common nouns that open a sentence capitalised and that the tagger may take for a name ("Press reports said"). */
    private static final Set<String> COMMON_OPENERS = Set.of("press", "media", "television", "radio", "reports", "sources",
            "witnesses", "newspapers", "state", "news");

    /** Parts of speech that open an adverbial phrase before the subject ("During ...,", "Declining to ...,"). */
    private static final Set<String> OPENERS = Set.of("IN", "VBG", "RB", "TO");

    /** The untagged name opening the clause that starts at token {@code s}. */
    private static Optional<Mention> subjectFrom(TextAnalysis a, List<Token> t, List<Mention> known, int s) {
        int e = s + 1;
        while (e < Math.min(t.size(), s + 9) && !followedByPredicate(t, e)) {
            e++;
        }
        if (e >= Math.min(t.size(), s + 9)) {
            return Optional.empty();
        }
        while (e > s + 1 && t.get(e - 1).pos().startsWith("RB") && !t.get(e).word().equals(",")) {
            e--; // "Jihad also rebuked": the adverb is not part of the name
        }
        int b = e;
        while (b > s && nameWord(t.get(b - 1))) {
            b--;
        }
        while (b < e && (t.get(b).pos().equals("DT") || (t.get(b).pos().equals("IN") || t.get(b).pos().equals("CC")) && capital(t.get(b)))) {
            b++; // "The", and a capitalised preposition opening the sentence ("In Solo, PPP supporters clashed")
        }
        boolean surname = b == s && e == s + 1 && t.get(s).pos().equals("NNP") // "Ban arrived in Japan", "Som, who is expected to"
                && (!t.get(e).word().equals(",") || e + 1 < t.size() && t.get(e + 1).word().equalsIgnoreCase("who"))
                && !COMMON_OPENERS.contains(t.get(s).word().toLowerCase(Locale.ROOT))
                && !Groups.NOUNS.contains(t.get(s).word().toLowerCase(Locale.ROOT)); // not "Press reports said"
        if (e - b < 2 && !surname || b >= e || !capital(t.get(b)) && !PARTICLES.contains(t.get(b).word())) {
            return Optional.empty();
        }
        for (int k = s; k < b; k++) {
            String p = t.get(k).pos();
            boolean owner = k + 2 == b && t.get(k + 1).pos().equals("POS") && ownerNamed(t.get(k), known)
                    || k + 1 == b && p.equals("POS") && k > s && ownerNamed(t.get(k - 1), known);
            if (!(p.equals("DT") || p.equals("NN") || p.equals("JJ") || owner)) {
                return Optional.empty(); // only descriptors or a named owner before the name: "Media watchdog", "The", "Iran's"
            }
        }
        for (int k = b; k < e; k++) {
            if (CALENDAR.contains(t.get(k).word().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
        }
        int begin = t.get(b).begin();
        int end = t.get(e - 1).end();
        if (known.stream().anyMatch(m -> m.overlaps(begin, end))) {
            return partnerOfAPerson(a, t, known, b, e);
        }
        return Optional.of(new Mention(begin, end, a.text().substring(begin, end), surname ? MentionType.PERSON : MentionType.ORGANISATION,
                null, "event-name", 0.5));
    }

    /** Words that open a clause inside a sentence, whose subject an untagged name may be. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("which", "that", "when", "while", "after", "as", "because", "but",
            "where", "since", "until", "before", "whereas", "although");

    /**
     * Untagged names of two or more capitalised words that are the subject of a clause opened inside the sentence ("said
     * that the Revolutionary Guards fired", "maneuvers, during which the Revolutionary Guards test fired"): as {@link
     * #subject} does for the sentence's opening, from the token after a clause opener ("which" only after a
     * preposition), with a finite verb, a modal or an adverb right after the name.
     */
    static List<Mention> clauseSubjects(TextAnalysis a, List<Token> t, List<Mention> known) {
        List<Mention> out = new java.util.ArrayList<>();
        for (int c = 1; c + 3 < t.size(); c++) {
            String w = t.get(c).word().toLowerCase(Locale.ROOT);
            String p = t.get(c).pos();
            if (!CLAUSE_OPENERS.contains(w) || !Set.of("IN", "WDT", "WRB", "CC").contains(p)
                    || w.equals("which") && !t.get(c - 1).pos().equals("IN")) {
                continue;
            }
            List<Mention> all = new java.util.ArrayList<>(known);
            all.addAll(out);
            Optional<Mention> m = subjectFrom(a, t, all, c + 1).filter(n -> n.type() == MentionType.ORGANISATION);
            if (m.isEmpty()) {
                continue;
            }
            int after = c + 1;
            while (after < t.size() && t.get(after).begin() < m.get().end()) {
                after++;
            }
            String next = after < t.size() ? t.get(after).pos() : "";
            if (Set.of("VBD", "VBZ", "VBP", "MD").contains(next) || next.startsWith("RB")
                    || after < t.size() && t.get(after).word().equals("test")) {
                out.add(m.get());
            }
        }
        return out;
    }

    /** Whether a country or organisation in {@code known} ends at the token: the owner in "Iran's Revolutionary Guards". */
    private static boolean ownerNamed(Token k, List<Mention> known) {
        return known.stream().anyMatch(m -> m.end() == k.end()
                && (m.type() == MentionType.COUNTRY || m.type() == MentionType.ORGANISATION));
    }

    /**
     * "Abe and Ban exchanged ideas": in a subject from token {@code b} to {@code e} (exclusive) that a tagged name
     * overlaps, a single proper noun after "and" that follows a person's name is a second person.
     */
    private static Optional<Mention> partnerOfAPerson(TextAnalysis a, List<Token> t, List<Mention> known, int b, int e) {
        int and = e - 2;
        if (and <= b || !t.get(and).word().equals("and") || !t.get(e - 1).pos().equals("NNP") || !capital(t.get(e - 1))) {
            return Optional.empty();
        }
        Token name = t.get(e - 1);
        Token before = t.get(and - 1);
        boolean person = known.stream().anyMatch(m -> m.type() == MentionType.PERSON && m.overlaps(before.begin(), before.end()));
        boolean free = known.stream().noneMatch(m -> m.overlaps(name.begin(), name.end()));
        return person && free ? Optional.of(new Mention(name.begin(), name.end(), name.word(), MentionType.PERSON, null,
                "event-name", 0.5)) : Optional.empty();
    }

    /**
     * Untagged names that are the direct object of a verb ("shelled the GPO", "urged the International Quartet"):
     * a run of capitalised nouns and adjectives (the tagger often calls them common: "GPO/NN") right after a verb and an
     * optional "with" ("met with Muoi") or "on" after "call" ("called on Muhammad") and "the", which no mention in {@code known} overlaps.
     */
    static List<Mention> objects(TextAnalysis a, List<Token> t, List<Mention> known) {
        List<Mention> out = new java.util.ArrayList<>();
        for (int v = 0; v + 1 < t.size(); v++) {
            if (!t.get(v).pos().startsWith("VB")) {
                continue;
            }
            int b = v + 1;
            if ((t.get(b).word().equals("with") || t.get(b).word().equals("on") && Moods.lemma(t.get(v)).equals("call")) && b + 1 < t.size()) {
                b++; // "Rubin met with Muoi in the palace", "called on Muhammad to resign"
            }
            if (t.get(b).word().equalsIgnoreCase("the")) {
                b++;
            }
            int e = b;
            while (e < t.size() && (t.get(e).pos().startsWith("NN") || t.get(e).pos().equals("JJ")) && capital(t.get(e))
                    && !CALENDAR.contains(t.get(e).word().toLowerCase(Locale.ROOT))) {
                e++;
            }
            if (e == b || !t.get(e - 1).pos().startsWith("NN") || e < t.size() && (t.get(e).pos().startsWith("NN")
                    || t.get(e).pos().equals("HYPH") || t.get(e).word().equals("-"))) {
                continue; // none, or a modifier of a common noun ("the UN resolution") or of a hyphenated word ("the Hamas-led")
            }
            int begin = t.get(b).begin();
            int end = t.get(e - 1).end();
            if (known.stream().noneMatch(m -> m.overlaps(begin, end))) {
                out.add(new Mention(begin, end, a.text().substring(begin, end), MentionType.ORGANISATION, null,
                        "event-name", 0.5));
            }
        }
        return out;
    }

    /** Nouns of a meeting or a trip whose possessor is the one who made it ("Wen's visit", "the Dalai Lama's six-day visit"). */
    private static final Set<String> OWNED_MEETINGS = Set.of("visit", "visits", "trip", "tour", "talks", "meeting", "arrival",
            "stay");

    /**
     * Capitalised words no tagger took, in the possessive before a noun of a visit or a meeting, past adjectives and
     * numbers ("a briefing on Wen's visit here", "During the Dalai Lama's recent six-day visit to Taiwan"): the visitor.
     */
    static List<Mention> possessors(TextAnalysis a, List<Token> t, List<Mention> known) {
        List<Mention> out = new java.util.ArrayList<>();
        for (int p = 1; p + 1 < t.size(); p++) {
            if (!t.get(p).pos().equals("POS")) {
                continue;
            }
            int n = p + 1;
            while (n < t.size() && n <= p + 5 && (t.get(n).pos().startsWith("JJ") || t.get(n).pos().equals("CD")
                    || t.get(n).pos().equals("HYPH") || t.get(n).word().equals("-")
                    || t.get(n).pos().equals("NN") && (t.get(n - 1).pos().equals("HYPH") || t.get(n - 1).word().equals("-")))) {
                n++;
            }
            if (n >= t.size() || !OWNED_MEETINGS.contains(t.get(n).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int b = p;
            while (b > 0 && t.get(b - 1).pos().startsWith("NNP") && capital(t.get(b - 1))
                    && !CALENDAR.contains(t.get(b - 1).word().toLowerCase(Locale.ROOT))) {
                b--;
            }
            if (b == p) {
                continue;
            }
            int begin = t.get(b).begin();
            int end = t.get(p - 1).end();
            if (known.stream().noneMatch(m -> m.overlaps(begin, end))) {
                out.add(new Mention(begin, end, a.text().substring(begin, end), MentionType.PERSON, null, "event-name", 0.5));
            }
        }
        return out;
    }

    /** Capitalised abbreviations that name no party: diseases, measures, titles, media and units. */
    private static final Set<String> NOT_PARTIES = Set.of("AIDS", "HIV", "SARS", "GDP", "GNP", "CEO", "CFO", "TV", "AM",
            "PM", "GMT", "UTC", "OK", "DNA", "CD", "DVD", "IT", "PC", "MW", "KM", "USD", "EUR", "RMB", "FM", "AFP", "AP",
            "BBC", "CNN", "VAT", "IPO", "SMS", "GPS", "ID", "MP", "MPS", "VIP", "RPG", "AK", "TNT", "LPG", "LNG", "CPI",
            "WMD", "WMDS", "MOU", "FTA", "FTAS", "RTA", "RTAS", "IAP", "IAPS", "CAP", "CAPS", "NO", "UK", "US", "EU", "UN", "A",
            "I", "II", "III", "IV", "PS", "RE", "HQ", "AD", "BC", "ECCE", "MDG", "MDGS", "WTO", "ODA", "FDI", "ICT", "R&D", "ATM",
            "ATMS", "SUV", "UAV");

    /**
     * Abbreviations of bodies no tagger took ("The Angolan government and FCD signed", "the CPP-NPA"): a token of two to
     * seven capital letters that no mention in {@code known} overlaps, not a dateline's place, not an abbreviation of
     * something that is no party, and not one in brackets after a name already known (an alias of that name).
     */
    static List<Mention> acronyms(TextAnalysis a, List<Token> t, List<Mention> known) {
        List<Mention> out = new java.util.ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            Token k = t.get(i);
            String w = k.word();
            if (w.length() < 2 || w.length() > 7 || !w.chars().allMatch(Character::isUpperCase) || !k.pos().startsWith("NN")
                    || NOT_PARTIES.contains(w) || known.stream().anyMatch(m -> m.overlaps(k.begin(), k.end()))) {
                continue;
            }
            if (i + 1 < t.size() && t.get(i + 1).word().equals(",") && i <= 1) {
                continue; // "BANGKOK, Nov. 28 (Xinhua) --": a dateline
            }
            if (i + 1 < t.size() && (t.get(i + 1).pos().equals("HYPH") || t.get(i + 1).word().equals("-") || t.get(i + 1).pos().equals("CD"))) {
                continue; // "SA-80 assault rifles", "MiG 29": a model's name
            }
            if (i >= 2 && t.get(i - 1).word().equals("-LRB-") || i >= 2 && t.get(i - 1).word().equals("(")) {
                Token before = t.get(i - 2);
                if (known.stream().anyMatch(m -> m.overlaps(before.begin(), before.end()))) {
                    continue; // "the National Army Force in the DRC (FARDC)": another name of a known party
                }
            }
            out.add(new Mention(k.begin(), k.end(), w, MentionType.ORGANISATION, null, "event-name", 0.5));
        }
        return out;
    }

    /**
     * "Taliban-led violence", "Taliban-blamed suicide attacks": a capitalised proper noun that no mention in {@code known}
     * overlaps, glued by a hyphen to "led" or "blamed" before a common word: the body that led the deed, or is blamed
     * for it.
     */
    static List<Mention> leaders(TextAnalysis a, List<Token> t, List<Mention> known) {
        List<Mention> out = new java.util.ArrayList<>();
        for (int i = 0; i + 2 < t.size(); i++) {
            Token k = t.get(i);
            if (k.pos().startsWith("NNP") && capital(k) && (t.get(i + 1).pos().equals("HYPH") || t.get(i + 1).word().equals("-"))
                    && t.get(i + 2).word().toLowerCase(Locale.ROOT).matches("led|blamed") && !CALENDAR.contains(k.word().toLowerCase(Locale.ROOT))
                    && i + 3 < t.size() && Character.isLowerCase(t.get(i + 3).word().charAt(0)) // not "the Hamas-led Palestinian Authority"
                    && known.stream().noneMatch(m -> m.overlaps(k.begin(), k.end()))) {
                out.add(new Mention(k.begin(), k.end(), k.word(), MentionType.ORGANISATION, null, "event-name", 0.5));
            }
        }
        return out;
    }

    /** A capitalised noun, adjective or joining word that can be part of a name. */
    private static boolean nameWord(Token k) {
        String p = k.pos();
        return capital(k) && (p.startsWith("NN") || p.equals("JJ") || p.equals("IN") || p.equals("DT") || p.equals("CC"))
                || JOINERS.contains(k.word()) || PARTICLES.contains(k.word()) || p.equals("HYPH");
    }

    private static boolean followedByPredicate(List<Token> t, int e) {
        Token n = t.get(e);
        String p = n.pos();
        if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD") || n.word().equals(",")) {
            return true;
        }
        if (n.word().equals("test") && e + 1 < t.size() && t.get(e + 1).pos().equals("VBD")) {
            return true; // "Iran's Revolutionary Guards test fired three new models of missiles"
        }
        return n.word().equals("on") && e + 1 < t.size() && CALENDAR.contains(t.get(e + 1).word().toLowerCase(Locale.ROOT));
    }

    private static boolean capital(Token k) {
        return Character.isUpperCase(k.word().charAt(0));
    }
}
