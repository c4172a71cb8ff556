package org.newsgraph.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;
import org.newsgraph.extract.Token;

/**
 * The fifteenth round's policy: a recipient slot that the name rules leave empty is filled by the noun phrase in it
 * when that phrase describes a party ("his talks with the US president", "offensives against armed warriors",
 * "threw rocks at the police"): its head is a title or office, an institution, a collective of people or a demonym
 * (a closed list, with what {@link Groups} knows), never an abstract noun, a thing or an amount. The slot is read off
 * the surface (the trigger's own preposition, one of the category's recipient prepositions, or a transitive verb's
 * direct object) and must be confirmed by the dependency parse: the phrase's head depends on the trigger as its object
 * or as an oblique or nominal modifier. A visit with no counterpart takes the visited country (or capital) as its
 * recipient, as the annotators code "Wen's visit to ... France". Token positions are sentence-relative. One instance
 * per sentence; not thread-safe.
 */
final class DescribedParties {

    /** Heads that name a person by office, a body, or a collective of people (besides {@link Groups#NOUNS}). */
    static final Set<String> HEADS = Set.of(
            // titles and offices
            "president", "premier", "chancellor", "king", "queen", "prince", "emperor", "monarch", "chief", "head",
            "spokesman", "spokeswoman", "ambassador", "envoy", "secretary", "governor", "mayor", "senator", "counterpart",
            "chairman", "chairwoman", "director", "commissioner", "bishop", "archbishop", "imam", "sheikh", "colonel",
            "captain", "inspector", "mediator", "host", "hosts", "visitor", "delegation", "ally", "partner", "neighbour",
            "neighbor", "player", "coach",
            // institutions
            "military", "navy", "congress", "senate", "assembly", "legislature", "board", "regime", "bloc", "company",
            "firm", "bank", "club", "university", "school", "hospital", "church", "newspaper", "broadcaster", "police", "press",
            "media", "gang", "ring", "syndicate",
            // collectives
            "citizen", "community", "family", "population", "warrior", "soldier",
            "priest", "doctor", "nurse", "farmer", "fisherman", "fishermen", "men", "women", "occupier", "insurgency",
            "movement", "league", "staff", "personnel", "protestors", "marcher", "striker", "demonstrators", "body", "taikonaut",
            "astronaut", "engineer", "scientist", "official", "docker", "tribesmen", "policemen", "servicemen", "management", "unit",
            // people named by what they do or are, as the victims and suspects of wire copy ("the driver ... has been arrested")
            "driver", "pilot", "boy", "girl", "teenager", "reporter", "photographer", "candidate", "businesswoman", "owner");

    /** Heads in {@link Groups#NOUNS} that are no party in a recipient slot (things, places, unnamed sides). */
    private static final Set<String> NOT_HEADS = Set.of("aircraft", "warplane", "helicopter", "gunboat", "economy",
            "province", "services", "patrol", "convoy", "party", "countries", "nations", "force", "man", "person", "public");

    /** Words before which a subject opens its clause. */
    private static final Set<String> OPENERS = Set.of(",", "that", ";", "--", "``", "\"", "and", "but", "when", "after", "as",
            "while", "because", "since", "before", "where", "although", "though", "if");

    private final Participants s;

    DescribedParties(Participants sentence) {
        this.s = sentence;
    }

    /**
     * The first token of a described party in the recipient slot of the trigger from {@code first} to {@code last}
     * (head {@code head}) by the surface reading, with its head token as the second element; null when the slot holds
     * no such phrase. The caller confirms the slot with the parse ({@link ParseRoles#governs}).
     */
    int[] candidate(String category, boolean nominal, int head, int last) {
        List<Token> t = s.t;
        Set<String> preps = ObjectFinder.RECIPIENT_PREPOSITIONS.getOrDefault(category, Set.of());
        int i = last + 1;
        boolean trailingPrep = last > head && (t.get(last).pos().equals("IN") || t.get(last).pos().equals("TO"));
        if (nominal && ObjectFinder.PATIENT_OF.contains(category)) {
            preps = union(preps, "of"); // "the killing of two soldiers", "criticism of the authorities"
        }
        if (category.equals("CONSULT") && Set.of("hold", "give", "host", "throw").contains(Moods.lemma(t.get(head)))) {
            preps = union(preps, "for"); // "held a welcoming ceremony for the visiting Kenyan president": the guest
        }
        if (trailingPrep && (word(last).equals("by") || !preps.contains(word(last)) && !word(last).equals("against"))) {
            return null; // "attacks by the warriors": the agent, not the one acted on
        }
        if (!trailingPrep) {
            if (i < t.size() && (t.get(i).pos().equals("IN") || t.get(i).pos().equals("TO"))
                    && preps.contains(word(i)) && !(nominal && word(i).equals("by"))) {
                i++;
            } else if (nominal || !ObjectFinder.TRANSITIVE.contains(category)
                    || ObjectFinder.THING_OBJECT.contains(Moods.lemma(t.get(head)))) {
                return null;
            }
        }
        boolean charged = !nominal && category.equals("ACCUSE") && CHARGING.contains(Moods.lemma(t.get(head)));
        // not "the head of X", "the council's demand": the phrase after names the party or the thing; a meeting or a visit
        // is with an office or a body of the hand list ("his physiotherapist" is no counterpart)
        int[] span = phraseAt(i, charged, !category.equals("CONSULT"));
        return span == null && !nominal && i == last + 1 && JUDGED.contains(category) ? possessorAt(i) : span;
    }

    /** Categories whose direct object may be a party's deed or stance, judged in its owner ("hailed the sponsors' decision"). */
    private static final Set<String> JUDGED = Set.of("SUPPORT", "ACCUSE");

    /**
     * "praised his followers' sacrifices", "hailed the sponsors' decision": a described party as the possessor of a direct
     * object that names a thing, as its first token, head and the head of the thing; null otherwise.
     */
    private int[] possessorAt(int start) {
        List<Token> t = s.t;
        int end = headAt(start);
        int i = end + 1;
        if (end < 0 || i >= t.size() || !t.get(i).pos().equals("POS") || !partyHead(end)) {
            return null;
        }
        int thing = i + 1;
        while (thing < t.size() && s.mentionOf[thing] == null && (t.get(thing).pos().startsWith("JJ") || t.get(thing).pos().equals("VBN"))) {
            thing++;
        }
        while (thing + 1 < t.size() && s.mentionOf[thing + 1] == null && t.get(thing + 1).pos().startsWith("NN")
                && Character.isLowerCase(t.get(thing + 1).word().charAt(0))) {
            thing++;
        }
        if (thing >= t.size() || s.mentionOf[thing] != null || !noun(thing) || partyHead(thing)) {
            return null; // "the government's spokesman": the one possessed is the party
        }
        start = pastDeterminers(start, end);
        return new int[] {start, end, thing};
    }

    /**
     * The described party acted on: the subject of a passive verb trigger ("the rebel commanders were attacked"), else
     * the phrase in the trigger's recipient slot ({@link #fill}); null when there is none.
     */
    Mention slot(Triggers.Rule r, boolean passive, int head, int first, int last, Mention actor,
            java.util.function.Supplier<ParseRoles> parse) {
        Mention m = passive && !r.nominal() ? passiveSubject(first, last, parse) : null;
        return m != null ? m : fill(r.category(), r.nominal(), head, first, last, actor, parse);
    }

    /**
     * The described party acting in the trigger, as a list (empty when there is none): the agent or possessor of a noun
     * or passive ({@link #agent}), else the subject of an active verb ({@link #subject}).
     */
    List<Mention> actors(boolean nominal, boolean passive, int first, int last, java.util.function.Supplier<ParseRoles> parse) {
        Mention m = nominal || passive ? agent(nominal, passive, first, last, parse) : subject(first, last, parse);
        return m == null ? List.of() : List.of(m);
    }

    /**
     * The described party in the recipient slot (see {@link #candidate}) when the parse, made on demand, agrees on
     * the slot; null otherwise, and null when it is the actor's own phrase.
     */
    Mention fill(String category, boolean nominal, int head, int first, int last, Mention actor,
            java.util.function.Supplier<ParseRoles> parse) {
        int[] span = candidate(category, nominal, head, last);
        if (span == null || actor != null && actor.begin() <= s.t.get(span[1]).begin() && s.t.get(span[1]).end() <= actor.end()) {
            return null;
        }
        ParseRoles roles = parse.get();
        if (roles == null || !(span.length > 2 ? roles.governs(first, last, span[2]) && roles.possessorOf(span[1], span[2])
                : roles.governs(first, last, span[1]))) {
            return null;
        }
        int after = span[1] + 1;
        if (after + 1 < s.t.size() && s.t.get(after).word().equals(",") && s.mentionOf[after + 1] != null
                && s.mentionOf[after + 1].type() == MentionType.PERSON && !s.t.get(span[1]).pos().endsWith("S")) {
            Mention name = s.mentionOf[after + 1];
            int next = s.endOf(after + 1) + 1;
            if (next >= s.t.size() || Set.of(",", ".", "-RRB-").contains(s.t.get(next).pos().equals("-RRB-") ? "-RRB-" : word(next))) {
                return name; // "a meeting with the provincial premier, Ralph Klein, on": the name it describes
            }
        }
        return mention(span);
    }

    /**
     * The described party that is the subject of the active verb trigger starting at {@code first} ("Zimbabwe's top
     * union body has held several protests"): the phrase right before the verb (past auxiliaries and adverbs) opens its
     * clause, and the parse makes its head the verb's nominal subject; null otherwise.
     */
    Mention subject(int first, int last, java.util.function.Supplier<ParseRoles> parse) {
        return subject(first, last, parse, "nsubj");
    }

    /**
     * As {@link #subject(int, int, java.util.function.Supplier)} for the subject of a passive verb trigger ("the rebel
     * commanders were attacked"), which is the one acted on; the parse must make it the passive subject.
     */
    Mention passiveSubject(int first, int last, java.util.function.Supplier<ParseRoles> parse) {
        return subject(first, last, parse, "nsubj:pass");
    }

    private Mention subject(int first, int last, java.util.function.Supplier<ParseRoles> parse, String relation) {
        List<Token> t = s.t;
        int i = first - 1;
        while (i >= 0 && (t.get(i).pos().startsWith("RB") || t.get(i).pos().equals("MD") || "DATE".equals(t.get(i).ner())
                || t.get(i).pos().startsWith("VB") && Set.of("be", "have", "do").contains(Moods.lemma(t.get(i))))) {
            i--; // past auxiliaries, adverbs and a day ("the official Thursday called on")
            if (i >= 2 && relation.equals("nsubj:pass") && Set.of("and", "or").contains(word(i)) && t.get(i - 1).pos().equals("VBN")) {
                first = i - 1; // "was kidnapped and killed": the subject of the first participle
                i -= 2;
            }
        }
        Mention m = i < 0 ? null : subjectEndingAt(first, last, i, parse, relation);
        if (m == null && i >= 0) {
            int[] modified = modifiedSubject(first, last, i, parse, relation);
            if (modified == null && word(i).equals(",")) {
                modified = subjectBeforeInsert(first, last, i, parse, relation);
            }
            return modified == null ? null : mention(modified);
        }
        return m;
    }

    /**
     * "The president, who has called for new elections, criticized": the described party before a relative clause or an
     * apposition set off by commas, the second of which is at {@code comma}, confirmed by the parse as the subject; or null.
     */
    private int[] subjectBeforeInsert(int first, int last, int comma, java.util.function.Supplier<ParseRoles> parse, String relation) {
        List<Token> t = s.t;
        for (int j = comma - 1; j > 0 && j > comma - 25; j--) {
            if (Set.of(";", ":", "--", "\"", "``", "''").contains(word(j))) {
                return null;
            }
            if (word(j).equals(",")) {
                String opens = j + 1 < comma ? t.get(j + 1).pos() : "";
                if (!(opens.equals("WP") || opens.equals("WDT") || opens.equals("DT") || opens.equals("VBG") || opens.equals("IN"))) {
                    return null; // not "The president, who ...,", "The envoy, a veteran diplomat,", "The minister, speaking to
                }                // reporters,", "the central bank, under the supervision of the finance ministry,"
                int end = j - 1;
                if (!noun(end) || !partyHead(end)) {
                    return null;
                }
                int i = phraseStart(end);
                if (i > 0 && !t.get(i - 1).pos().equals("POS") && !OPENERS.contains(word(i - 1))) {
                    return null;
                }
                ParseRoles roles = parse.get();
                return roles != null && roles.subjectOf(first, last, end, relation) ? new int[] {pastDeterminers(i, end), end} : null;
            }
        }
        return null;
    }

    private Mention subjectEndingAt(int first, int last, int i, java.util.function.Supplier<ParseRoles> parse, String relation) {
        List<Token> t = s.t;
        if (!noun(i) || !partyHead(i)) {
            return null;
        }
        int end = i;
        i = phraseStart(end);
        String before = i == 0 ? "," : word(i - 1);
        boolean possessed = i > 0 && t.get(i - 1).pos().equals("POS");
        if (!possessed && !OPENERS.contains(before)) {
            return null; // inside another phrase ("members of a delegation met"), whose head the name rules read
        }
        int start = pastDeterminers(i, end);
        ParseRoles roles = parse.get();
        if (roles == null) {
            return null;
        }
        if (roles.subjectOf(first, last, end, relation)) {
            return mention(new int[] {start, end});
        }
        return before.equals("and") && i >= 2 ? firstConjunct(first, last, i - 2, roles, relation) : null;
    }

    /**
     * "The president and the prime minister condemned the killing": the first of two described parties joined by "and"
     * that the parse makes the subject (the second is its conjunct), whose head is at {@code end}; or null.
     */
    private Mention firstConjunct(int first, int last, int end, ParseRoles roles, String relation) {
        if (!noun(end) || !partyHead(end)) {
            return null;
        }
        int i = phraseStart(end);
        String before = i == 0 ? "," : word(i - 1);
        if (!OPENERS.contains(before) || before.equals("and") || !roles.subjectOf(first, last, end, relation)) {
            return null;
        }
        return mention(new int[] {pastDeterminers(i, end), end});
    }

    /** The first token of the noun phrase whose head is at {@code end}, past its nouns and modifiers. */
    private int phraseStart(int end) {
        int i = end;
        while (i > 0 && (noun(i - 1) || modifier(i - 1))) {
            i--;
        }
        return i;
    }

    /**
     * "arrested a third paratrooper accused of sadism": the described party whose head noun at {@code end} a participle
     * follows, when its phrase stands after no preposition (in "an executive with a company arrested", whom the
     * participle is said of is unclear); null otherwise.
     */
    Mention beforeParticiple(int end) {
        if (!noun(end) || !partyHead(end)) {
            return null;
        }
        int i = end;
        while (i > 0 && (noun(i - 1) || modifier(i - 1) && !s.t.get(i - 1).pos().startsWith("VB"))) {
            i--; // not "arrested" in "have arrested a third paratrooper accused of"
        }
        return i > 0 && s.t.get(i - 1).pos().equals("IN") ? null : mention(new int[] {pastDeterminers(i, end), end});
    }

    /**
     * "The two presidents also discussed": a described party that opens the trigger's own match (from {@code first},
     * before its head {@code head}) and that only adverbs and auxiliaries separate from the head; or null.
     */
    Mention opening(int first, int head) {
        List<Token> t = s.t;
        int i = first;
        while (i < head && (t.get(i).pos().equals("DT") || t.get(i).pos().equals("CD") || t.get(i).pos().startsWith("JJ"))) {
            i++;
        }
        if (i >= head || !noun(i) || !partyHead(i)) {
            return null;
        }
        for (int j = i + 1; j < head; j++) {
            if (!(t.get(j).pos().startsWith("RB") || t.get(j).pos().equals("MD")
                    || t.get(j).pos().startsWith("VB") && Set.of("be", "have", "do").contains(Moods.lemma(t.get(j))))) {
                return null;
            }
        }
        return mention(new int[] {pastDeterminers(first, i), i});
    }

    /**
     * "An impoverished widow in eastern India had her head shaved after a wealthy farmer accused her", "The former British
     * soldier said that he was beaten up": the described party that opens the sentence, for a third-person pronoun at
     * {@code pronoun} that no name before it stands for; it must agree in number ({@code plural}). Null otherwise.
     */
    Mention openingParty(int pronoun, boolean plural) {
        List<Token> t = s.t;
        int start = 0;
        while (start < pronoun && (t.get(start).pos().equals("``") || t.get(start).word().equals("\"")
                || start == 0 && t.get(start).pos().equals("CC"))) {
            start++; // ("But the US leader has ruled out ... whom he accuses")
        }
        int end = headAt(start);
        Mention group = openingGroup(start, pronoun, plural);
        if (group != null) {
            return group; // "The former British soldier told a news conference that he was beaten up": a group noun
        }
        if (end < 0 || end >= pronoun || !partyHead(end) || t.get(end).pos().equals("NNS") != plural) {
            return null;
        }
        if (end + 1 < t.size() && t.get(end + 1).pos().equals("POS")) {
            int owned = headAt(end + 2); // "The queen's speech came a day after she praised": the one whose act it is
            if (owned < 0 || owned >= pronoun || partyHead(owned) || s.mentionOf[owned] != null) {
                return null;
            }
        } else if (end + 1 < t.size() && s.mentionOf[end + 1] != null) {
            return null; // "His military consultancy company Sandline International": the name follows
        }
        for (int i = start; i <= end; i++) {
            MentionType type = s.mentionOf[i] == null ? null : s.mentionOf[i].type();
            if (type != null && type != MentionType.TITLE && !(i < end && (type == MentionType.NATIONALITY
                    || type == MentionType.COUNTRY))) {
                return null; // a name inside: the name rules read it ("the French minister", "the US leader" describe)
            }
        }
        return mention(new int[] {pastDeterminers(start, end), end});
    }

    /**
     * The group noun that the sentence opens with as its subject, past determiners, adjectives and a nationality, in the
     * number of the pronoun at {@code pronoun}, a verb right after it; or null.
     */
    private Mention openingGroup(int start, int pronoun, boolean plural) {
        List<Token> t = s.t;
        int i = start;
        while (i < pronoun && (t.get(i).pos().equals("DT") || t.get(i).pos().startsWith("JJ") && (s.mentionOf[i] == null
                || s.mentionOf[i].type() == MentionType.NATIONALITY))) {
            i++;
        }
        Mention m = i < pronoun ? s.mentionOf[i] : null;
        if (m == null || m.type() != MentionType.GROUP) {
            return null;
        }
        int end = i;
        while (end + 1 < pronoun && s.mentionOf[end + 1] == m) {
            end++;
        }
        return t.get(end).pos().equals(plural ? "NNS" : "NN") && end + 1 < pronoun && t.get(end + 1).pos().startsWith("VB") ? m : null;
    }

    /** Prepositions of a phrase that describes a subject without being it ("a colonel in the security service"). */
    private static final Set<String> SUBJECT_MODIFIERS = Set.of("in", "of", "from", "at", "with");

    /**
     * "A colonel in the Palestinian security service was kidnapped and killed": the described party whose own phrase
     * ends in a prepositional phrase before the verb (ending at {@code before}). The parse must make the party's head the
     * subject ({@code relation}) of a trigger token, the phrase must open its clause, and the words between it and the
     * verb must be one phrase of place or membership with no verb or comma of its own. Its first token and head, or null.
     */
    private int[] modifiedSubject(int first, int last, int before, java.util.function.Supplier<ParseRoles> parse, String relation) {
        List<Token> t = s.t;
        int end = -1;
        for (int j = before; j >= 0 && j > before - 20; j--) {
            if (t.get(j).word().equals(",") || t.get(j).pos().startsWith("VB") && !t.get(j).pos().equals("VBN") && !t.get(j).pos().equals("VBG")
                    || t.get(j).pos().equals("WDT") || t.get(j).pos().equals("WP")) {
                return null;
            }
            boolean participle = t.get(j).pos().equals("VBN") && j + 1 <= before && t.get(j + 1).pos().equals("IN"); // "the driver involved in"
            if ((SUBJECT_MODIFIERS.contains(word(j)) || participle) && j > 0 && noun(j - 1) && partyHead(j - 1)) {
                end = j - 1;
                break;
            }
        }
        if (end < 0) {
            return null;
        }
        int i = phraseStart(end);
        if (i > 0 && !OPENERS.contains(word(i - 1))) {
            return null;
        }
        int start = pastDeterminers(i, end);
        ParseRoles roles = parse.get();
        return roles != null && roles.subjectOf(first, last, end, relation) ? new int[] {start, end} : null;
    }

    /**
     * The described party that acts in a noun or passive trigger from {@code first} to {@code last}: the phrase after
     * its "by" ("attacks by the warriors", "was rejected by the council") or, for a noun, the possessor before it ("the
     * union's strike"), each confirmed by the parse (an agent or modifier of a trigger token, or its possessor); null
     * otherwise.
     */
    Mention agent(boolean nominal, boolean passive, int first, int last, java.util.function.Supplier<ParseRoles> parse) {
        List<Token> t = s.t;
        int[] span = null;
        int by = word(last).equals("by") ? last + 1 : last + 1 < t.size() && word(last + 1).equals("by") ? last + 2 : -1;
        if ((nominal || passive) && by > 0) {
            span = phraseAt(by, passive && CHARGING.contains(Moods.lemma(t.get(first))), true); // "was accused by superiors of"
        }
        if (span == null && nominal) {
            int i = first - 1;
            while (i >= 0 && (t.get(i).pos().startsWith("JJ") || t.get(i).pos().equals("NN") && s.mentionOf[i] == null)) {
                i--;
            }
            if (i >= 1 && t.get(i).pos().equals("POS") && noun(i - 1) && partyHead(i - 1)) {
                int start = i - 1;
                while (start > 0 && (noun(start - 1) || modifier(start - 1))) {
                    start--;
                }
                start = pastDeterminers(start, i - 1);
                span = new int[] {start, i - 1};
            }
        }
        if (span == null) {
            return null;
        }
        ParseRoles roles = parse.get();
        return roles != null && roles.governs(first, last, span[1], true) ? mention(span) : null;
    }

    /** Verbs whose object is followed by "of" and the charge ("accused management of"). */
    private static final Set<String> CHARGING = Set.of("accuse", "suspect", "convict", "acquit");

    /**
     * A described party's phrase starting at token {@code i} (its first token and head), or null; {@code charged}: an
     * "of" after the phrase tells the charge ("accused management of"), not a longer name; {@code wide}: WordNet's
     * person and group nouns head a party too.
     */
    private int[] phraseAt(int start, boolean charged, boolean wide) {
        List<Token> t = s.t;
        int end = headAt(start);
        int i = end + 1;
        if (end < 0 || !partyHead(end, wide) || i < t.size() && (word(i).equals("of") && !charged || t.get(i).pos().equals("POS"))
                || nameFollows(i)) {
            return null;
        }
        start = pastDeterminers(start, end);
        return new int[] {start, end};
    }

    /** The last common noun of the noun phrase from token {@code i} (past its modifiers), or -1 when it has none. */
    private int headAt(int i) {
        while (i < s.t.size() && modifier(i)) {
            i++;
        }
        int noun = i;
        while (i < s.t.size() && noun(i)) {
            i++;
        }
        return i > noun ? i - 1 : -1;
    }

    /**
     * Whether a person's name follows the phrase ending before {@code i} in the same noun phrase ("the assassination of
     * five-time premier and Damascus critic Rafiq Hariri"): the phrase then describes that person, whom the name rules read.
     */
    private boolean nameFollows(int i) {
        if (i >= s.t.size() || !word(i).equals("and")) {
            return false;
        }
        for (int j = i + 1; j < Math.min(s.t.size(), i + 5); j++) {
            if (s.mentionOf[j] != null && s.mentionOf[j].type() == MentionType.PERSON) {
                return true;
            }
            if (s.t.get(j).pos().startsWith("VB") || s.t.get(j).word().equals(",")) {
                return false;
            }
        }
        return false;
    }

    private static Set<String> union(Set<String> a, String b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.add(b);
        return out;
    }

    /** The first token from {@code start} (at most {@code end}) past determiners and possessive pronouns. */
    private int pastDeterminers(int start, int end) {
        while (start < end && (s.t.get(start).pos().equals("DT") || s.t.get(start).pos().equals("PRP$"))) {
            start++;
        }
        return start;
    }

    /** The mention for a confirmed candidate. */
    Mention mention(int[] span) {
        List<Token> t = s.t;
        return new Mention(t.get(span[0]).begin(), t.get(span[1]).end(), text(span[0], span[1]), MentionType.GROUP, null,
                "event-description", 0.5);
    }

    /**
     * The visited place as the recipient of a visit that names no counterpart: a country, or a capital (which the
     * annotators accept for its country) named after the trigger {@code last} in its own clause; null otherwise (a
     * region, a town at home, a site, a place before the visit or in another clause).
     */
    Mention visited(Triggers.Hit h, List<Token> tokens, int last, Mention place) {
        if (!"CONSULT".equals(h.rule().category()) || !"visit".equals(Triggers.mode(h, tokens)) || place == null
                || place.begin() < s.t.get(last).end()) {
            return null;
        }
        for (int i = last + 1; i < s.t.size() && s.t.get(i).end() <= place.begin(); i++) {
            if (Set.of("VBD", "VBZ", "VBP", "MD", "WDT", ":").contains(s.t.get(i).pos())) {
                return null; // "his visit came ahead of a meeting in Hong Kong": the place of another clause
            }
            if (s.t.get(i).pos().equals("PRP$") || s.mentionOf[i] != null && s.mentionOf[i].type() == MentionType.PERSON
                    || s.mentionOf[i] == null && noun(i) && partyHead(i, false)) {
                return null; // "visiting her physiotherapist in Ireland": a person visited, the place only where he is
            }
            if (i == last + 1 && Character.isUpperCase(s.t.get(i).word().charAt(0)) && (s.mentionOf[i] == null
                    || s.mentionOf[i].type() != MentionType.COUNTRY && s.mentionOf[i].type() != MentionType.CITY)) {
                return null; // "visited Best in London's hospital": a name no place mention covers
            }
        }
        return place.type() == MentionType.COUNTRY || place.type() == MentionType.CITY && ParticipantChecks.isCapital(place)
                || WORLD_REGIONS.contains(place.text().toLowerCase(Locale.ROOT)) ? place : null;
    }

    /**
     * Continents and their parts that a tour visits as a whole ("a three-week trip to Africa"); not the Middle East or the
     * Gulf, whose visits the annotators leave without a recipient ("a visit to the Middle East aimed at").
     */
    private static final Set<String> WORLD_REGIONS = Set.of("africa", "asia", "europe", "latin america", "south america",
            "north america", "central america", "east asia", "southeast asia", "south asia", "central asia", "west africa",
            "east africa", "southern africa", "north africa", "eastern europe", "western europe", "oceania");

    /** Whether token {@code i} heads a described party by the hand list or WordNet's person and group nouns. */
    private boolean partyHead(int i) {
        return partyHead(i, true);
    }

    /** As {@link #partyHead(int)}; {@code wide}: WordNet's nouns count too, not only the hand list. */
    private boolean partyHead(int i, boolean wide) {
        Token k = s.t.get(i);
        if (s.mentionOf[i] != null) {
            MentionType type = s.mentionOf[i].type();
            return type == MentionType.TITLE || type == MentionType.NATIONALITY && k.pos().equals("NNPS");
        }
        String lemma = Moods.lemma(k).toLowerCase(Locale.ROOT);
        if (NOT_HEADS.contains(lemma) || NOT_HEADS.contains(word(i))) {
            return false;
        }
        return HEADS.contains(lemma) || HEADS.contains(word(i)) || Groups.NOUNS.contains(lemma) || Groups.NOUNS.contains(word(i))
                || wide && (PartyNouns.contains(lemma) || PartyNouns.contains(word(i)));
    }

    /** Determiners, possessive pronouns, numbers, adjectives, and the nationality, country or title before the head. */
    private boolean modifier(int i) {
        Token k = s.t.get(i);
        String p = k.pos();
        Mention m = s.mentionOf[i];
        if (m != null) {
            return (m.type() == MentionType.NATIONALITY || m.type() == MentionType.COUNTRY) && i + 1 < s.t.size()
                    && noun(i + 1) && s.mentionOf[i + 1] != m;
        }
        return p.equals("DT") || p.equals("PRP$") || p.equals("CD") || p.startsWith("JJ") || p.equals("HYPH")
                || ParticipantChecks.innerHyphenNoun(s.t, i) // "a 12-year-old girl": the tokenizer splits the adjective
                || p.startsWith("RB") && i + 1 < s.t.size() && s.t.get(i + 1).pos().startsWith("JJ") // "most notorious"
                || k.word().equalsIgnoreCase("then") && i > 0 && s.t.get(i - 1).pos().equals("DT") // "the then police chief"
                || k.word().equals("-") && i > 0 && s.t.get(i - 1).word().equalsIgnoreCase("then")
                || (p.equals("VBN") || p.equals("VBG")) && Character.isLowerCase(k.word().charAt(0))
                || p.equals("NNP") && i + 1 < s.t.size() && noun(i + 1); // "a Buddhist trader", a word the taggers left bare
    }

    /** A common noun, or a title mention ("the US president"). */
    private boolean noun(int i) {
        Token k = s.t.get(i);
        Mention m = s.mentionOf[i];
        if (m != null) {
            return m.type() == MentionType.TITLE || m.type() == MentionType.NATIONALITY && k.pos().equals("NNPS");
        }
        return (k.pos().equals("NN") || k.pos().equals("NNS")) && (Character.isLowerCase(k.word().charAt(0)) || opensSentence(i));
    }

    /** Whether token {@code i} starts the sentence or a quotation, where a common noun is capitalised ("Commentators have"). */
    private boolean opensSentence(int i) {
        return i == 0 || i == 1 && (s.t.get(0).pos().equals("``") || s.t.get(0).word().equals("\""));
    }

    private String word(int i) {
        return s.t.get(i).word().toLowerCase(Locale.ROOT);
    }

    private String text(int a, int b) {
        return CommonParties.text(s.t, a, b);
    }
}
