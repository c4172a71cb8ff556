package org.newsgraph.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.Token;

/**
 * Voice and modality of a trigger from the words before it: the auxiliary chain ("has been", "will not",
 * "did not"), an infinitive "to" and the verb governing it ("threatened to", "refused to"), conditionals
 * ("if", "whether") and, for nouns, words like "planned". Stateless and thread-safe.
 */
final class Moods {

    /** How a trigger reads in its clause. {@code skip} means it is no event of its own (a participle modifier). */
    record Mood(Modality modality, boolean passive, boolean skip) {
    }

    private static final Mood SKIP = new Mood(Modality.ASSERTED, false, true);
    private static final Set<String> AUX = Set.of("be", "have", "do", "get", "not", "n't", "never", "to", "also", "already",
            "again", "now", "still", "so", "far", "reportedly", "allegedly", "just", "only", "later", "first", "once",
            "steadfastly", "publicly", "recently", "previously", "then", "further", "jointly", "formally", "officially");
    /** Participles that "stand" makes passive as "be" does ("stands accused by the report", "stood charged with"). */
    private static final Set<String> STOOD = Set.of("accuse", "charge", "indict", "convict");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> NEGATING_VERBS = Set.of("refuse", "fail", "decline", "deny", "reject");
    private static final Set<String> ASPECTUAL = Set.of("start", "begin", "continue", "keep", "resume");
    /** Verbs whose infinitive happened: "was forced to back down", "managed to free". */
    private static final Set<String> IMPLICATIVE = Set.of("force", "manage", "compel", "oblige", "prompt", "help");
    private static final Set<String> TEMPORAL_PREPOSITIONS = Set.of("after", "before", "following", "since", "while",
            "upon", "on", "during", "by", "when");
    private static final Set<String> CONDITIONALS = Set.of("if", "unless", "whether");
    private static final Set<String> IRREALIS_MODIFIERS = Set.of("planned", "proposed", "possible", "upcoming", "future",
            "expected", "scheduled", "potential", "would-be", "prospective", "impending", "forthcoming", "pending", "further",
            "alleged", "purported", "imminent", "looming", "any", // "against any attack on its nuclear sites"
            "slated", "mooted", "anticipated", "envisaged", "contemplated", // "the slated visit of U.S. President Bill Clinton"
            "planning", "plotting"); // "suspected of planning/NN attacks on the embassy": the tagger's noun, a plan all the same
    /**
     * Verbs whose object noun is wanted, not yet real: "expecting assistance from China", "sought help"; or won, a
     * state rather than an act of the one who gives it ("to get his support for the government").
     */
    private static final Set<String> WANTING = Set.of("expect", "seek", "need", "want", "hope", "await", "request", "ask", "appeal",
            "demand", "promise", "plan", "propose", "consider", "prepare", "threaten", "urge", "call", "push", "press", "brace",
            "pledge", "vow", "prevent", "avoid", "avert", "stop", "curb", "block", "hamper", "hinder", "obstruct", "impede",
            "restrict", "delay", "get", "win", "secure", "garner", "enlist", "muster",
            "gain", "woo", "court", "warn", "fear");

    /** "warned against attacks", "a moratorium on attacks": a preposition right after a verb or a noun of stopping. */
    private static boolean prepositionOfAGoverningWord(List<Token> t, int i) {
        String w = t.get(i).word().toLowerCase(Locale.ROOT);
        if (i == 0 || !Set.of("against", "of", "on", "to").contains(w)) {
            return false;
        }
        Token before = t.get(i - 1);
        return before.pos().startsWith("VB") && (w.equals("against") || w.equals("of")) && WANTING.contains(lemma(before))
                && !lemma(before).equals("appeal") // "would appeal against the sentencing of": a court's act done
                || before.pos().startsWith("NN") && STOPPED.contains(lemma(before));
    }

    /** Words of a stance toward what their "to" phrase names, which has not taken place: "opposed to talks". */
    private static final Set<String> DISPOSED = Set.of("opposed", "committed", "open", "ready", "averse", "objected", "agreeable",
            "agreed", "agree", "agrees", "consented"); // "has agreed to historic face-to-face talks with Mobutu"

    /** Nouns of stopping, whose "on"/"to"/"of" phrase is what does not go on: "a moratorium on attacks". */
    private static final Set<String> STOPPED = Set.of("moratorium", "cessation", "suspension", "ban"); // "a 27-year ban on direct negotiations"

    /** Verbs whose object noun did not take place: "postponed a visit", "called off the summit". */
    private static final Set<String> UNDONE = Set.of("postpone", "cancel", "defer", "scrap", "shelve", "suspend", "ban", "prohibit",
            "forbid"); // "Police had banned the rally by ex-Mungiki leader Ndura Wairunge": not held
    /** Nouns of wishes and offers whose "for"/"of" phrase is wanted, not real: "a proposal for talks". */
    private static final Set<String> WISHES = Set.of("proposal", "plan", "call", "hope", "prospect", "offer",
            "invitation", "bid", "demand", "request", "idea", "possibility", "chance", "prospects", "hopes", "calls", "need");
    /** Nouns of arranging what has not taken place yet ("the organisation of high-level political meetings"), common nouns only. */
    private static final Set<String> ARRANGING = Set.of("organisation", "organization", "preparation", "preparations");

    /**
     * Verbs that bring about, hold or carry on what their object names ("to hold talks", "to launch attacks"): as an
     * infinitive their object is yet to take place. Verbs of things that already are ("to settle accusations", "to
     * thwart attacks that killed", "voted to continue the strike") are not among them.
     */
    private static final Set<String> BRINGING = Set.of("hold", "open", "launch", "relaunch", "resume", "restart", "start",
            "begin", "join", "conduct", "attend", "convene", "host", "pay", "make", "stage", "organize",
            "organise", "bring", "accelerate", "provide", "mount", "intensify", "step", "expand", "carry");

    /** Whether an "and" stands between tokens {@code from} and {@code to} (both exclusive). */
    private static boolean andBetween(List<Token> t, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (t.get(k).word().equals("and")) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens {@code from} to {@code to} (exclusive) are only determiners, pronouns, adjectives and numbers. */
    private static boolean determinersOnly(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            String p = t.get(k).pos();
            if (!(p.equals("DT") || p.startsWith("PRP") || p.startsWith("JJ") || p.startsWith("RB") || p.equals("CD"))) {
                return false;
            }
        }
        return true;
    }

    /** Verbs that give or keep up what their object noun names ("give their support", "maintain their support"). */
    private static final Set<String> GIVING = Set.of("give", "maintain", "offer", "lend", "grant");

    private Moods() {
    }

    /** Whether the participle at {@code head} is "called" before "for", "on" or "upon" (past adverbs and a day), with no auxiliary. */
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "yesterday");

    /**
     * A verb quoted on its own between its subject and its object: an opening mark before it (adverbs between), a name or
     * noun before the mark, and the closing mark right after the verb, followed by the object.
     */
    private static boolean scareQuoted(List<Token> t, int head) {
        int open = head - 1;
        while (open >= 0 && t.get(open).pos().startsWith("RB")) {
            open--;
        }
        if (open < 1 || !QUOTE_MARKS.contains(t.get(open).word()) || head + 2 >= t.size()
                || !QUOTE_MARKS.contains(t.get(head + 1).word())) {
            return false;
        }
        String subject = t.get(open - 1).pos();
        String object = t.get(head + 2).pos();
        return (subject.startsWith("NN") || subject.equals("PRP"))
                && (object.equals("DT") || object.startsWith("NN") || object.startsWith("PRP") || object.equals("JJ"));
    }

    private static final Set<String> QUOTE_MARKS = Set.of("\"", "\u201c", "\u201d");

    /**
     * Whether the "and" or "or" at {@code cc} ends a list of passives governed by a modal ("could be banned ..., ordered
     * ..., suspended ... or be censured"): a modal followed by "be" earlier in the clause, with no present-tense verb, no
     * relative pronoun and no semicolon or colon between.
     */
    private static boolean modalPassiveList(List<Token> t, int cc) {
        for (int k = cc - 1; k >= Math.max(0, cc - 40); k--) {
            Token a = t.get(k);
            String p = a.pos();
            if (p.equals("MD") && !lemma(a).equals("do")) {
                return k + 1 < cc && lemma(t.get(k + 1)).equals("be");
            }
            if (p.equals("VBZ") || p.equals("VBP") || p.startsWith("W") || a.word().equals(";") || a.word().equals(":")) {
                return false;
            }
        }
        return false;
    }

    private static boolean callFor(List<Token> t, int head) {
        if (!lemma(t.get(head)).equals("call") || head > 0 && AUX.contains(lemma(t.get(head - 1)))) {
            return false;
        }
        int i = head + 1;
        while (i < t.size() && i <= head + 3 && (t.get(i).pos().startsWith("RB") || "DATE".equals(t.get(i).ner())
                || WEEKDAYS.contains(t.get(i).word().toLowerCase(Locale.ROOT)))) {
            i++;
        }
        return i < t.size() && Set.of("for", "on", "upon").contains(t.get(i).word().toLowerCase(Locale.ROOT));
    }

    /**
     * @param head  the trigger's head token index in {@code t} (a sentence)
     * @param first the trigger's first token index
     */
    static Mood of(List<Token> t, int head, int first, boolean nominal) {
        if (nominal) {
            return new Mood(nominalModality(t, head, first), false, false);
        }
        Token h = t.get(head);
        String pos = h.pos();
        if ((pos.equals("VBN") || pos.equals("VBD")) && head >= 2 && Set.of("or", "and", "nor").contains(t.get(head - 1).word())
                && (t.get(head - 2).pos().equals("VBN") || t.get(head - 2).pos().equals("VBD"))) {
            Mood conjunct = of(t, head - 2, head - 2, false); // "No policemen were killed or injured": the first verb's mood
            if (conjunct.modality() == Modality.NEGATED || conjunct.modality() == Modality.HYPOTHETICAL) {
                return new Mood(conjunct.modality(), conjunct.passive(), false);
            }
        }
        int infinitive = coordinatedInfinitive(t, head);
        if (infinitive >= 0) {
            Mood conjunct = of(t, infinitive, infinitive, false); // "pressed Japan to invest more and support": the first's mood
            if (conjunct.modality() == Modality.NEGATED || conjunct.modality() == Modality.HYPOTHETICAL
                    || conjunct.modality() == Modality.ASSERTED && !conjunct.skip()) { // "was forced to step down and offer an apology"
                return new Mood(conjunct.modality(), false, false);
            }
        }
        if (noObject(t, head)) {
            return new Mood(Modality.NEGATED, false, false);
        }
        if (pos.equals("VBN") && callFor(t, head)) {
            pos = "VBD"; // "Ruggiero called here Monday for", "the board on Friday called for": a past tense the tagger missed
        }
        if (pos.equals("VBN") && scareQuoted(t, head)) {
            pos = "VBD"; // Erakat "strongly condemned" the attack: the quotation marks hide the past tense from the tagger
        }
        if (pos.equals("VBN") && afterRelativeClause(t, head)) {
            pos = "VBD"; // "Sison, who lives in exile in the Netherlands, accused Arroyo's government of": the predicate
        }
        if ((pos.equals("VBN") || pos.equals("VBD")) && determinedModifier(t, head)) {
            return SKIP; // "the accused soldier", "its detained members"
        }
        boolean be = false;
        boolean have = false;
        boolean modal = false;
        boolean negated = false;
        int i = head - 1;
        while (i >= 0) {
            Token a = t.get(i);
            String lemma = lemma(a);
            boolean stands = lemma.equals("stand") && i == head - 1 && STOOD.contains(lemma(t.get(head))); // "Blair stands accused"
            if ((a.pos().equals("``") || a.pos().equals("''")) && i > 0 && (t.get(i - 1).pos().equals("MD")
                    || AUX.contains(lemma(t.get(i - 1))) || t.get(i - 1).pos().equals("RB"))) {
                i--; // a quotation opened inside the verb group: both parties should "continue to instruct
                continue;
            }
            if (a.pos().equals("MD")) {
                modal = !lemma.equals("do");
            } else if (!(AUX.contains(lemma) || stands || a.pos().equals("RB") && !lemma.equals("when"))) {
                break;
            }
            be |= lemma.equals("be") || lemma.equals("get") || stands;
            have |= lemma.equals("have");
            negated |= NEGATIONS.contains(lemma);
            if (lemma.equals("to")) {
                Modality m = PurposeClauses.asserted(t, i, head) ? Modality.ASSERTED : infinitive(t, i);
                return new Mood(m, be && pos.equals("VBN"), m == null);
            }
            i--;
        }
        Token before = i >= 0 ? t.get(i) : null;
        negated |= noneSubject(t, i);
        if (!modal && before != null && (before.pos().equals("PRP") || before.pos().equals("NNP")) && i > 0
                && Set.of("should", "had", "were").contains(t.get(i - 1).word().toLowerCase(Locale.ROOT))
                && !(i > 1 && (t.get(i - 2).pos().startsWith("VB") || t.get(i - 2).pos().equals("MD")))
                && !question(t, head)) {
            modal = true; // "to avoid possible embarrassment should he be refused": a condition told by inversion
        }
        if (!modal && be && before != null && (before.word().equals("or") || before.word().equals("and")) && modalPassiveList(t, i)) {
            modal = true; // "he could be banned from office for five years, ordered to make an apology, ... or be censured"
        }
        if (pos.equals("VBD") && be) {
            pos = "VBN"; // "was initially refused a visa": no past tense follows "was"
        }
        if (pos.equals("VBD") && !be && !have && reducedHarm(t, head, before)) {
            pos = "VBN"; // "US soldiers killed/VBD in Iraq were flown home": a verb that needs its object, with none, is the participle
        }
        if (pos.equals("VBN") && !be && !have && before != null && before.pos().equals("VBN") && RAISING.contains(lemma(before))
                && i > 0 && lemma(t.get(i - 1)).equals("be")) {
            be = true; // "were reported killed", "are feared kidnapped"
        }
        if (pos.equals("VBN") && !be && !have && objectAfterDay(t, head)) {
            pos = "VBD"; // "Police arrested/VBN on Monday three men": its object follows the day, active
        }
        boolean objectRelative = (pos.equals("VBN") || pos.equals("VBD")) && !be && !have && objectRelative(t, head);
        if ((pos.equals("VBN") || pos.equals("VBD")) && !be && !have && !objectRelative && !objectAfterDay(t, head)
                && (chargedWith(t, head) || coordinatedPassive(t, head)
                || appositiveParticiple(t, head) || closingAppositive(t, head) || commaParticipleBy(t, head) || headline(t, head)
                || pos.equals("VBN") && head > 1 && t.get(head - 1).word().equalsIgnoreCase("those")
                        && t.get(head - 2).word().equalsIgnoreCase("among") // "were among those killed in the air raid"
                || openingParticiple(t, head) || pos.equals("VBD") && head == first && afterPrepositionalObject(t, head))) {
            be = true; // "officers ... accused of installing mines", "was convicted ... and sentenced to"
            pos = "VBN";
        }
        boolean passive = pos.equals("VBN") && be && !(head + 1 < t.size() && t.get(head + 1).word().equalsIgnoreCase(
                STATES_OF_ACTING.getOrDefault(lemma(t.get(head)), "-"))); // "have been engaged in talks", "is sworn to the Jewish
                                                                             // state's destruction": states of the subject's own act
        if ((pos.equals("VBN") || pos.equals("VBD") && !objectFollows(t, head)) && !be && !have && gapped(t, head)) {
            return new Mood(Modality.ASSERTED, true, false); // "one was killed and nine others wounded"
        }
        if (pos.equals("VBN") && objectRelative) {
            pos = "VBD"; // "the opposition leader, whom police arrested/VBN last week": the relative clause's own verb, active
        }
        if (pos.equals("VBN") && !be && !have && (mainVerbAfterAppositive(t, head) || mainVerbAfterDashes(t, head))) {
            pos = "VBD"; // "Security forces under the command of Mobutu's son, Major Mobutu Kongolo, detained/VBN Tshisekedi"
        }
        if (pos.equals("VBN") && !be && !have && (adverbsAfter(t, head, false) && (objectFollows(t, head)
                || head + 1 < t.size() && t.get(head + 1).pos().equals("NNP")) || adverbsAfter(t, head, true) && objectFollows(t, head))) {
            pos = "VBD"; // "Leotard recently strongly condemned/VBN French African policy": a name, adverbs, the verb, its object
        }                // (or an apposition's closing comma: "X, junior partner in the coalition, recently strongly condemned")
        if (pos.equals("VBN") && !be && !have && chargedObject(t, head)) {
            pos = "VBD"; // "The rebels accused/VBN government troops of killing civilians": an object before "of" makes it active
        }
        if (pos.equals("VBN") && !be && !have && participle(t, head, before)) {
            return reducedPassive(t, head, before) ? new Mood(Modality.ASSERTED, true, false) : SKIP;
        }
        if (pos.equals("VBG") && !be && before != null && before.pos().startsWith("NN") && STANCES.contains(lemma(t.get(head)))) {
            return SKIP; // "Fighters backing the government took control", "protesters backing Chinese claims": who they are
        }
        if (pos.equals("VBG") && !be && proposedList(t, head)) {
            return new Mood(Modality.HYPOTHETICAL, false, false); // "will recommend increasing the number of trainers, while
                                                                 // withdrawing troops": one more thing proposed
        }
        if (pos.equals("VBG") && !be && before != null && (before.word().equals("and") || before.word().equals("or"))) {
            int gerund = previousGerund(t, head);
            if (gerund >= 0) {
                return of(t, gerund, gerund, false); // "are clashing with insurgents and training local forces": as the first
            }
        }
        if (pos.equals("VBG") && !be) {
            String b = before == null ? "" : lemma(before);
            if (b.equals("without")) {
                return new Mood(Modality.NEGATED, false, false);
            }
            if (ASPECTUAL.contains(b) && before.pos().equals("VB") && futureBare(t, i)) {
                return new Mood(Modality.HYPOTHETICAL, false, false); // "urged ... to continue giving", "vowed to keep fighting"
            }
            if (!TEMPORAL_PREPOSITIONS.contains(b) && !ASPECTUAL.contains(b) && !participleClause(t, head, before)
                    && !(b.equals("for") && judgedFor(t, i))
                    && !(openingParticiple(t, head) && !lemma(t.get(head)).equals("visit"))) { // "Slamming the council for ..., the
                // ambassador said" (not Xinhua's "Visiting Chinese Premier Wen Jiabao said", an adjective)
                return SKIP;
            }
        }
        if (negated || denied(t, i + 1) || negatedCoordinate(t, i)) {
            return new Mood(Modality.NEGATED, passive, false);
        }
        boolean bareAfterSubject = pos.equals("VB") && before != null && !modal
                && (before.pos().startsWith("NN") || before.pos().equals("PRP")
                    || lemma(before).equals("help") && (before.pos().equals("VBD") || before.pos().equals("VBN"))); // "helped negotiate the withdrawal"
        if (modal || pos.equals("VB") && !bareAfterSubject || conditional(t, head) || mandated(t, i + 1) || supposed(t, i + 1)
                || pos.equals("VBG") && meansOfInfinitive(t, head)
                || (pos.equals("VBZ") || pos.equals("VBP")) && !be && !have && presentInTimeClause(t, head)
                || pos.equals("VBG") && !be && (futureAfterParticiple(t, head, before) || futureClauseOfParticiple(t, head))
                || pos.equals("VBG") && be && !have && comingTime(t, head)
                || pos.equals("VBD") && !be && !have && pastInFutureTimeClause(t, head)) {
            return new Mood(Modality.HYPOTHETICAL, passive, false);
        }
        return new Mood(Modality.ASSERTED, passive, false);
    }

    /**
     * "EU leaders, meeting at a summit in Brussels from Thursday, will try": a participle between commas after its
     * subject takes the time of the verb after the closing comma, here still to come.
     */
    private static boolean futureAfterParticiple(List<Token> t, int head, Token before) {
        if (before == null || !before.word().equals(",")) {
            return false;
        }
        int j = head + 1;
        while (j < t.size() && j <= head + 15 && !t.get(j).word().equals(",") && !t.get(j).word().equals(";")
                && !FINITE_TAGS.contains(t.get(j).pos())) {
            j++;
        }
        if (j >= t.size() || !t.get(j).word().equals(",")) {
            return false;
        }
        j++;
        while (j < t.size() && t.get(j).pos().startsWith("RB")) {
            j++;
        }
        return j < t.size() && t.get(j).pos().equals("MD") && Set.of("will", "'ll", "shall").contains(t.get(j).word().toLowerCase(Locale.ROOT));
    }

    /**
     * "will deliver speeches when attending the regional summits", "is expected to meet some African ministers attending
     * the conference": a participle in a clause whose verb is future (a "will" or a verb of the future before "to"), past
     * its objects and a "when" or "while", but not past a comma, a relative pronoun or "that".
     */
    private static boolean futureClauseOfParticiple(List<Token> t, int head) {
        for (int j = head - 1; j >= Math.max(0, head - 12); j--) {
            Token a = t.get(j);
            String w = a.word().toLowerCase(Locale.ROOT);
            if (w.equals(",") || w.equals(";") || w.equals("that") || a.pos().startsWith("W") && !w.equals("when") && !w.equals("while")
                    || FINITE_TAGS.contains(a.pos()) && !a.pos().equals("MD") && !lemma(a).equals("be")) {
                return false;
            }
            if (a.pos().equals("MD")) {
                return Set.of("will", "'ll", "shall", "would").contains(w);
            }
            if (futureInfinitive(t, j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the signing would take place after he attended the meeting": a past tense in a clause of time under a "would" or
     * "will" of the clause it depends on tells what is still to come.
     */
    private static boolean pastInFutureTimeClause(List<Token> t, int head) {
        int j = head - 1;
        while (j >= 0 && j >= head - 5 && !Set.of("after", "before", "once", "when", "until").contains(t.get(j).word().toLowerCase(Locale.ROOT))) {
            String p = t.get(j).pos();
            if (!(p.equals("PRP") || p.startsWith("NN") || p.equals("DT") || p.startsWith("RB") || p.startsWith("JJ"))) {
                return false;
            }
            j--;
        }
        if (j < 1 || j < head - 5) {
            return false;
        }
        for (int k = j - 1; k >= Math.max(0, j - 8); k--) {
            Token a = t.get(k);
            String w = a.word().toLowerCase(Locale.ROOT);
            if (w.equals(",") || w.equals(";") || a.pos().startsWith("W") || w.equals("that") || FINITE_TAGS.contains(a.pos()) && !a.pos().equals("MD")) {
                return false;
            }
            if (a.pos().equals("MD")) {
                return Set.of("will", "'ll", "shall", "would").contains(w);
            }
        }
        return false;
    }

    /** Words opening a clause of time, in which a present tense tells what is still to come. */
    private static final Set<String> TIME_OPENERS = Set.of("when", "once", "until", "till", "before", "whenever");

    /**
     * Whether the present-tense verb at {@code head} is in a clause of time ("when he visits Beijing", "by the time
     * Hashimoto meets Clinton"): in a news report told in the past, such a present is yet to come.
     */
    private static boolean presentInTimeClause(List<Token> t, int head) {
        for (int j = head - 1; j >= Math.max(0, head - 8); j--) {
            Token a = t.get(j);
            String w = a.word().toLowerCase(Locale.ROOT);
            if (TIME_OPENERS.contains(w) || w.equals("time") && j >= 2 && t.get(j - 1).word().equalsIgnoreCase("the")
                    && t.get(j - 2).word().equalsIgnoreCase("by")) {
                return true;
            }
            if (w.equals(",") || w.equals(";") || w.equals("that") || a.pos().startsWith("VB") || a.pos().equals("MD") || a.pos().startsWith("W")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "the prime minister made "no apology"", "gave no support": an object denied right after the verb ("said no to" is
     * a refusal of its own).
     */
    private static boolean noObject(List<Token> t, int head) {
        int k = head + 1;
        if (k < t.size() && t.get(k).pos().equals("``")) {
            k++;
        }
        return k + 1 < t.size() && t.get(k).word().equalsIgnoreCase("no") && t.get(k + 1).pos().startsWith("NN")
                && !lemma(t.get(head)).equals("say");
    }

    /**
     * "Nobody asked the miners", "No policemen were killed", "none of the civilians were killed": a subject ending at
     * token {@code end} that says no one did or underwent the act.
     */
    private static boolean noneSubject(List<Token> t, int end) {
        if (end < 0) {
            return false;
        }
        String w = t.get(end).word().toLowerCase(Locale.ROOT);
        if (w.equals("nobody") || w.equals("none")) {
            return true;
        }
        boolean nor = false;
        for (int j = end; j >= 0 && j >= end - (nor ? 8 : 4); j--) {
            Token k = t.get(j);
            String p = k.pos();
            if (k.word().equalsIgnoreCase("neither") && j < end) {
                return true; // "Neither side has accepted the plan", "Neither Israel nor the Palestinians have accepted"
            }
            if (k.word().equalsIgnoreCase("nor")) {
                nor = true;
                continue;
            }
            if (k.word().equalsIgnoreCase("no") && j < end) {
                return j == 0 || !t.get(j - 1).pos().startsWith("VB") && !t.get(j - 1).pos().equals("IN");
            }
            if (k.word().equalsIgnoreCase("none") && j + 1 <= end && t.get(j + 1).word().equals("of")) {
                return true;
            }
            if (!(p.startsWith("NN") || p.startsWith("JJ") || p.equals("CD") || p.equals("DT") || p.equals("IN") && k.word().equals("of")
                    || p.equals("PRP$"))) {
                return false;
            }
        }
        return false;
    }

    /** Verbs of going on with what their object names ("to continue its attacks"; not "to meet a NATO request"). */
    private static final Set<String> CONTINUING = Set.of("continue", "keep", "maintain", "sustain", "escalate", "intensify",
            "expand", "extend", "renew", "increase", "pursue", "step");

    /** Whether only the words of one noun phrase stand between the verb at {@code verb} and the noun at {@code first}. */
    private static boolean directObject(List<Token> t, int verb, int first) {
        for (int j = verb + 1; j < first; j++) {
            String p = t.get(j).pos();
            if (!(p.equals("DT") || p.equals("PRP$") || p.startsWith("JJ") || p.startsWith("NN") || p.equals("CD") || p.equals("POS")
                    || p.equals("HYPH"))) {
                return false;
            }
        }
        return true;
    }

    /** Words that say a thing is wanted, not had. */
    private static final Set<String> NEEDED = Set.of("needed", "required", "necessary", "essential", "vital", "crucial",
            "indispensable", "planned", "scheduled", "slated", "envisaged", "proposed"); // "A meeting of ... is planned for Tuesday"

    /** Whether the noun at {@code head} (with its own phrases) is the subject of "is needed", "are necessary" and the like. */
    private static boolean neededAfter(List<Token> t, int head) {
        int i = head + 1;
        while (i < t.size() && i <= head + 8 && (Set.of("IN", "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP$", "CD", "POS").contains(t.get(i).pos())
                && !t.get(i).word().equalsIgnoreCase("that") && !t.get(i).word().equalsIgnoreCase("if"))) {
            i++;
        }
        if (i >= t.size() || !Set.of("be").contains(lemma(t.get(i))) || !t.get(i).pos().startsWith("VB")) {
            return false;
        }
        i++;
        while (i < t.size() && t.get(i).pos().startsWith("RB")) {
            i++;
        }
        return i < t.size() && NEEDED.contains(t.get(i).word().toLowerCase(Locale.ROOT));
    }

    /** Verbs of keeping someone from harm. */
    private static final Set<String> SHIELDING = Set.of("protect", "shield", "guard", "defend", "safeguard", "insulate");

    /** Whether a verb of keeping from harm stands within five tokens before the "from" at {@code from}. */
    private static boolean shieldedBefore(List<Token> t, int from) {
        for (int j = from - 1; j >= 0 && j >= from - 5; j--) {
            if (t.get(j).pos().startsWith("VB") && SHIELDING.contains(lemma(t.get(j)))) {
                return true;
            }
            if (t.get(j).word().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "talks have stalled over the degree to which rich countries offer financial support", "showed their interest in
     * signing a deal": whether the trigger from token {@code first} stands in a clause that measures how far it goes, or
     * in what a party is interested in doing; it tells no act.
     */
    static boolean measuredClause(List<Token> t, int first) {
        if (first >= 2 && t.get(first).pos().equals("VBG") && t.get(first - 1).word().equalsIgnoreCase("in")
                && t.get(first - 2).word().equalsIgnoreCase("interest")) {
            return true;
        }
        if (wished(t, first)) {
            return true;
        }
        for (int i = first - 1; i >= 2 && i >= first - 8; i--) {
            String w = t.get(i).word().toLowerCase(Locale.ROOT);
            if (w.equals("which") && t.get(i - 1).word().equalsIgnoreCase("to")
                    && Set.of("degree", "extent").contains(t.get(i - 2).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (w.equals(",") || w.equals(";")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "was not interested in capturing Mogadishu", "I look forward to seeing him and exchanging views": a wish, not an
     * act; the gerund and the gerunds coordinated with it (up to eight tokens back to the cue).
     */
    private static boolean wished(List<Token> t, int first) {
        if (!t.get(first).pos().equals("VBG")) {
            return false;
        }
        for (int i = first - 1; i >= 1 && i >= first - 10; i--) {
            String w = t.get(i).word().toLowerCase(Locale.ROOT);
            String before = t.get(i - 1).word().toLowerCase(Locale.ROOT);
            if (w.equals("in") && Set.of("interested", "keen").contains(before)
                    || w.equals("to") && before.equals("forward") && i >= 2 && Set.of("look", "looks", "looked", "looking")
                            .contains(t.get(i - 2).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (w.equals(",") || w.equals(";") || t.get(i).pos().startsWith("VB") && !t.get(i).pos().equals("VBG")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a form of "have" stands before token {@code i}, adverbs between: a participle there is a perfect tense, not a
     * modifier of the noun after it ("The incidents have prompted officials to call for calm").
     */
    static boolean afterHave(List<Token> t, int i) {
        int j = i - 1;
        while (j >= 0 && t.get(j).pos().startsWith("RB")) {
            j--;
        }
        return j >= 0 && Set.of("have", "has", "had", "having").contains(t.get(j).word().toLowerCase(Locale.ROOT));
    }

    /** Words that open a direct question: an auxiliary or modal before its subject, or a question word. */
    private static final Set<String> QUESTION_OPENERS = Set.of("will", "would", "can", "could", "should", "shall", "may",
            "might", "must", "do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "how", "why", "what",
            "when", "where", "who", "whom", "which");

    /**
     * "How can I fight people in military uniforms?", "Will Israel attack Iran?": whether token {@code head} stands in a
     * direct question (its sentence, or the quote it is in, opens with an auxiliary, a modal or a question word and ends
     * with a question mark), which asks and tells nothing.
     */
    static boolean question(List<Token> t, int head) {
        int end = head + 1;
        while (end < t.size() && !Set.of(".", "!", "?").contains(t.get(end).word()) && !isQuote(t.get(end))) {
            end++;
        }
        if (end >= t.size() || !t.get(end).word().equals("?")) {
            return false;
        }
        int start = head;
        while (start > 0 && !isQuote(t.get(start - 1)) && !Set.of(".", "!", "?", ":", ";").contains(t.get(start - 1).word())) {
            start--;
        }
        return QUESTION_OPENERS.contains(t.get(start).word().toLowerCase(Locale.ROOT));
    }

    private static boolean isQuote(Token k) {
        return k.pos().equals("``") || k.pos().equals("''") || k.word().equals("\"");
    }

    /** Nouns of what may be or may come, whose "that" clause tells no fact: "ruled out the possibility that". */
    private static final Set<String> SUPPOSITIONS = Set.of("possibility", "likelihood", "chance", "chances", "prospect",
            "danger", "risk", "hypothesis", "speculation", "rumour", "rumor", "rumours", "rumors", "scenario",
            // what is alleged, not found: "insufficient proof to back charges that British troops raped"
            "allegation", "allegations", "accusation", "accusations", "claim", "claims", "charge", "charges", "suspicion",
            "suspicions", "report", "reports");

    /** Nouns of what is said, whose "that" clause a denial rejects ("denied reports that"). */
    private static final Set<String> CLAIMS = Set.of("report", "reports", "claim", "claims", "allegation", "allegations",
            "accusation", "accusations", "suggestion", "suggestions", "charge", "charges", "speculation", "rumours", "rumors");

    /**
     * "The Pentagon denied that US troops had killed civilians", "denied reports that the army had shelled the town": the
     * verb group from token {@code verb} stands in a "that" clause a denial rejects, no report of fact.
     */
    /**
     * The verb group ending before token {@code end + 1} is the second of a denied pair: "Syria neither condemned the
     * attack nor praised the attackers", "We have not asked him to resign or asked anybody else to", "Israel has not
     * attacked Syria or threatened its neighbours" (a verb after "or" shares the negation of the verb group before it
     * in the clause).
     */
    static boolean negatedCoordinate(List<Token> t, int end) {
        if (end < 0) {
            return false;
        }
        String w = t.get(end).word().toLowerCase(Locale.ROOT);
        if (w.equals("nor") || w.equals("neither")) {
            return true;
        }
        if (!w.equals("or")) {
            return false;
        }
        for (int j = end - 1; j >= 0 && end - j <= 15; j--) {
            Token k = t.get(j);
            String p = k.pos();
            if (p.equals(".") || p.equals(":") || k.word().equals(",") || p.equals("WDT") || p.equals("WRB")
                    || p.equals("IN") && !k.word().equalsIgnoreCase("of") && (k.word().equalsIgnoreCase("that") || k.word().equalsIgnoreCase("because")
                    || k.word().equalsIgnoreCase("if") || k.word().equalsIgnoreCase("whether"))
                    || k.word().equalsIgnoreCase("but") || k.word().equalsIgnoreCase("and")) {
                return false;
            }
            if (NEGATIONS.contains(lemma(k)) && !k.word().equalsIgnoreCase("no") && j + 1 < end) {
                for (int v = j + 1; v <= Math.min(end - 1, j + 3); v++) {
                    if (t.get(v).pos().startsWith("VB")) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static boolean denied(List<Token> t, int verb) {
        int i = verb - 1;
        while (i > 0 && verb - i <= 10 && (subjectWord(t.get(i)) || t.get(i).pos().startsWith("RB")) && !t.get(i).word().equalsIgnoreCase("that")) {
            i--;
        }
        if (i <= 0 || !t.get(i).word().equalsIgnoreCase("that")) {
            return false;
        }
        int d = i - 1;
        if (CLAIMS.contains(t.get(d).word().toLowerCase(java.util.Locale.ROOT))) {
            d--;
            while (d > 0 && (t.get(d).pos().startsWith("JJ") || t.get(d).pos().equals("DT"))) {
                d--; // "denied the recent reports that"
            }
        }
        while (d > 0 && t.get(d).pos().startsWith("RB")) {
            d--; // "flatly denied that"
        }
        return d >= 0 && lemma(t.get(d)).equals("deny") && t.get(d).pos().startsWith("VB");
    }

    /**
     * "ruled out the possibility that the aircraft was shot down": the verb group from token {@code verb} stands in a
     * "that" clause after a noun of what may be.
     */
    private static boolean supposed(List<Token> t, int verb) {
        int i = verb - 1;
        while (i > 0 && verb - i <= 10 && (subjectWord(t.get(i)) || t.get(i).pos().startsWith("RB")) && !t.get(i).word().equalsIgnoreCase("that")) {
            i--;
        }
        // a noun, not a verb ("Israel claims that"), and a clause with its own subject, not a relative one ("a report that urged")
        return i > 0 && i < verb - 1 && t.get(i).word().equalsIgnoreCase("that") && t.get(i - 1).pos().startsWith("NN")
                && SUPPOSITIONS.contains(t.get(i - 1).word().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "threatens to retaliate by refusing to allow transit", "vowed to retaliate by attacking": a participle after "by"
     * that tells how an infinitive of a promise or threat would be done is still to come.
     */
    private static boolean meansOfInfinitive(List<Token> t, int head) {
        if (head < 3 || !t.get(head - 1).word().equalsIgnoreCase("by")) {
            return false;
        }
        for (int i = head - 2; i > 0 && i >= head - 7; i--) {
            Token k = t.get(i);
            if (k.pos().equals("VB") && t.get(i - 1).word().equalsIgnoreCase("to")) {
                return i >= 2 && PROMISING.contains(lemma(t.get(i - 2))); // not "wishing to extend fear by shooting": done
            }
            if (k.word().equals(",") || k.pos().startsWith("VB") || k.pos().equals("MD") || k.pos().startsWith("W")) {
                return false;
            }
        }
        return false;
    }

    /** Verbs of acts to come whose infinitive's means are to come too. */
    private static final Set<String> PROMISING = Set.of("threaten", "vow", "pledge", "promise", "warn", "plan", "intend",
            "offer", "propose", "threat", "decide", "agree", "prepare");

    /** Verbs and nouns of demanding, whose "that" clause says what is wanted, not what happened. */
    private static final Set<String> MANDATIVE = Set.of("demand", "urge", "request", "recommend", "propose", "ask", "order",
            "require", "insist", "suggest", "stipulate", "decree", "command", "recommendation", "proposal", "insistence", "petition");

    /**
     * "demanded that India withdraw its troops", "demands that Syria cooperate", "demand that Gotovina be tried": a
     * present or bare verb (from token {@code verb}, the verb group's first word) whose subject follows "that" after a
     * word of demanding is a subjunctive, the act demanded.
     */
    static boolean mandated(List<Token> t, int verb) {
        if (verb <= 2 || !(t.get(verb).pos().equals("VB") || t.get(verb).pos().equals("VBP"))) {
            return false;
        }
        int i = verb - 1;
        while (i > 0 && verb - i <= 8 && subjectWord(t.get(i))) {
            i--;
        }
        if (i < verb - 1 && t.get(i).pos().startsWith("VB") && !t.get(i + 1).pos().equals("PRP$")
                && Set.of("demand", "request", "recommend", "propose", "insist", "suggest", "require").contains(lemma(t.get(i)))) {
            return true; // "demanded the president resign", "a resolution demanding two top officials step down": no "that"
        }
        if (i == verb - 1 || !t.get(i).word().equalsIgnoreCase("that")) {
            return false;
        }
        int j = i - 1;
        while (j > 0 && t.get(j).pos().startsWith("RB")) {
            j--;
        }
        return MANDATIVE.contains(lemma(t.get(j))) || t.get(j).word().equalsIgnoreCase("demands");
    }

    private static boolean subjectWord(Token k) {
        String p = k.pos();
        return p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("PRP") || p.equals("PRP$")
                || p.equals("CD") || p.equals("POS") || p.equals("HYPH")
                || p.equals("CC") && Set.of("and", "or").contains(k.word().toLowerCase(Locale.ROOT)); // "that ministers and leaders endorse"
    }

    /**
     * A past participle without auxiliary is a modifier ("the miners killed", ", extradited to") unless the tagger
     * mistook a past tense for it: then it follows its subject and no other predicate follows in the clause.
     */
    private static boolean participle(List<Token> t, int head, Token before) {
        if (before != null && before.word().equals(",") && !agentAfter(t, head) && !finiteOutsideBrackets(t)) {
            return false; // "Xu Jialu, vice-chairman of ..., met Flahaut": the sentence's only verb is its predicate
        }
        if (before != null && before.word().equals(",") && afterRelativeOfSubject(t, head)) {
            return false; // "Sadako Ogata, who discussed the crisis with Annan, also called on": the subject's predicate
        }
        if (before != null && before.word().equals(",") && seriesOfActs(t, head)) {
            return false; // "security forces have raided radio stations, seized radio transmission equipment and detained"
        }
        if (before == null || before.word().equals(",") || head + 1 < t.size() && t.get(head + 1).word().equals("by")) {
            return true;
        }
        if (head + 1 < t.size() && lemma(t.get(head)).equals("blame") && t.get(head + 1).word().equals("on")
                && before.pos().startsWith("NN")) {
            return true; // "died in an attack blamed on rebels": blaming names its object first, so this is the participle
        }
        // a predicate later in the sentence, past an appositive ("three men released from Guantanamo Bay, the US base,
        // have arrived"), but not a reporting verb (", officials said") nor one after a semicolon
        if (before.word().equals("and") && previousVerbIsPast(t, head)) {
            return false; // "police stepped in and arrested": a second past tense, mis-tagged
        }
        if ((before.pos().startsWith("NNP") || (before.pos().startsWith("NN") || before.pos().equals("JJ"))
                && Groups.NOUNS.contains(lemma(before).toLowerCase(java.util.Locale.ROOT))) && predicateBefore(t, head)) {
            return true; // "The court freed a businessman detained since 2004": a party, after the sentence's predicate
        }
        for (int i = head + 1; i < t.size(); i++) {
            Token k = t.get(i);
            if (k.word().equals(";") || k.word().equals(",") && i + 1 < t.size() && t.get(i + 1).pos().startsWith("W")) {
                return false; // a relative clause's verb is not this clause's predicate
            }
            if ((k.pos().equals("VBD") || k.pos().equals("VBZ") || k.pos().equals("VBP") || k.pos().equals("MD"))
                    && !REPORTING.contains(lemma(k))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of harm and arrest that cannot stand without their object. */
    private static final Set<String> NEEDING_OBJECT = Set.of("kill", "wound", "injure", "arrest", "detain", "abduct", "kidnap");

    /**
     * "US soldiers killed in Iraq were flown home", "the number of US soldiers killed in Iraq has increased": a verb of harm
     * or arrest tagged as a past tense right after a plural noun and right before a preposition (so with no object), with
     * a finite verb of the sentence after it: the participle of a reduced relative.
     */
    private static boolean reducedHarm(List<Token> t, int head, Token before) {
        if (before == null || !before.pos().equals("NNS") || head + 1 >= t.size() || !NEEDING_OBJECT.contains(lemma(t.get(head)))
                || !Set.of("in", "during", "near", "since", "over").contains(t.get(head + 1).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = head + 2; i < t.size(); i++) {
            Token k = t.get(i);
            if (k.word().equals(";") || k.word().equals(",")) {
                return false;
            }
            if ((k.pos().equals("VBD") || k.pos().equals("VBZ") || k.pos().equals("VBP") || k.pos().equals("MD"))
                    && !REPORTING.contains(lemma(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the participle at {@code head} follows, past adverbs and a comma, a relative clause (", who ...," or ",
     * which ...,") that describes the sentence's opening subject, with no finite verb before that clause: the participle
     * is then the subject's predicate, a past tense the tagger mistook.
     */
    private static boolean afterRelativeOfSubject(List<Token> t, int head) {
        int comma = head - 1;
        while (comma > 0 && t.get(comma).pos().startsWith("RB")) {
            comma--;
        }
        if (comma < 3 || !t.get(comma).word().equals(",") || head + 1 >= t.size() || t.get(head + 1).word().equals("by")) {
            return false;
        }
        for (int i = comma - 1; i >= 2; i--) {
            Token k = t.get(i);
            if (k.word().equals(";") || k.word().equals(":") || k.word().equals("--") || k.word().equals("\"")) {
                return false;
            }
            if ((k.pos().equals("WP") || k.pos().equals("WDT")) && t.get(i - 1).word().equals(",")) {
                for (int j = 0; j < i - 1; j++) {
                    String p = t.get(j).pos();
                    if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD") || t.get(j).word().equals(",")
                            && j < i - 1 && SUBORDINATE.contains(t.get(0).word().toLowerCase(java.util.Locale.ROOT))) {
                        return false;
                    }
                }
                return t.get(0).pos().startsWith("NN") || t.get(0).pos().equals("DT") || t.get(0).pos().startsWith("JJ");
            }
        }
        return false;
    }

    /** Words that open a clause of its own, whose verb is not the predicate of what follows it. */
    private static final Set<String> SUBORDINATE = Set.of("after", "before", "when", "while", "as", "since", "because",
            "although", "though", "if", "until", "once", "whereas", "unless");

    /** Whether a finite verb stands before the noun phrase that ends right before {@code head}, in the same clause. */
    private static boolean predicateBefore(List<Token> t, int head) {
        for (int i = head - 2; i >= 0; i--) {
            Token k = t.get(i);
            String p = k.pos();
            if (k.word().equals(",") || k.word().equals(";") || p.equals("CC") || p.startsWith("W") || p.equals("``") || p.equals("''")
                    || p.equals("IN") && SUBORDINATE.contains(k.word().toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
            if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD")) {
                if (lemma(k).equals("have") && perfectParticiple(t, i, head)) {
                    return true; // "Police have discovered nine bodies of civilians shot dead": the perfect is the predicate
                }
                return !REPORTING.contains(lemma(k)) && !lemma(k).equals("have") && !t.get(i + 1).word().equals("that");
            }
        }
        return false;
    }

    /** Whether the "have" at {@code have} is the auxiliary of a perfect whose participle (not a reporting verb) comes before {@code head}. */
    private static boolean perfectParticiple(List<Token> t, int have, int head) {
        int v = have + 1;
        while (v < head && t.get(v).pos().startsWith("RB")) {
            v++;
        }
        return v < head - 1 && t.get(v).pos().equals("VBN") && !REPORTING.contains(lemma(t.get(v))) && !lemma(t.get(v)).equals("be");
    }

    /**
     * Whether the participle at {@code head} follows the comma that closes a relative clause after a name ("Sison, who
     * lives in exile ..., accused"), takes a direct object, and the sentence has no finite verb after it: the tagger's
     * participle is the sentence's past tense.
     */
    private static boolean afterRelativeClause(List<Token> t, int head) {
        if (head < 4 || !t.get(head - 1).word().equals(",") || head + 1 >= t.size()
                || !OBJECT_OPENERS.contains(t.get(head + 1).pos())) {
            return false;
        }
        for (int j = head + 1; j < t.size(); j++) {
            String p = t.get(j).pos();
            if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD") || t.get(j).word().equals(";")) {
                return false;
            }
        }
        for (int j = head - 2; j >= 1 && j >= head - 25; j--) {
            if (t.get(j).word().equals(",")) {
                return (t.get(j + 1).pos().equals("WP") || t.get(j + 1).pos().equals("WDT")) && t.get(j - 1).pos().startsWith("NNP");
            }
        }
        return false;
    }

    /** Tags that open a direct object, which no passive participle takes. */
    private static final Set<String> OBJECT_OPENERS = Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP$", "CD");

    /**
     * Whether the participle at {@code head}, after a comma, is the next of a series of past acts: its direct object
     * follows it and the phrase before the comma is the object of a past tense or a perfect ("raided radio stations,
     * seized equipment").
     */
    private static boolean seriesOfActs(List<Token> t, int head) {
        if (head + 1 >= t.size() || !OBJECT_OPENERS.contains(t.get(head + 1).pos())) {
            return false;
        }
        for (int i = head - 2; i >= Math.max(1, head - 10); i--) {
            Token k = t.get(i);
            String p = k.pos();
            if (p.equals("VBD") || p.equals("VBN") && Set.of("have", "has", "had").contains(t.get(i - 1).word().toLowerCase(java.util.Locale.ROOT))) {
                return i < head - 2 && !lemma(k).equals("be") && !lemma(k).equals("have") && !REPORTING.contains(lemma(k));
            }
            if (!(OBJECT_OPENERS.contains(p) || p.equals("POS") || p.equals("IN") && !k.word().equals("that"))) {
                return false;
            }
        }
        return false;
    }

    private static boolean previousVerbIsPast(List<Token> t, int head) {
        for (int i = head - 2; i >= Math.max(0, head - 8); i--) {
            String p = t.get(i).pos();
            if (p.startsWith("VB")) {
                int a = i - 1;
                while (a > 0 && t.get(a).pos().startsWith("RB")) {
                    a--;
                }
                boolean perfect = p.equals("VBN") && a >= 0 // "have retreated from their frontlines and accused/VBN"
                        && Set.of("have", "has", "had").contains(t.get(a).word().toLowerCase(Locale.ROOT));
                return (p.equals("VBD") || perfect) && !lemma(t.get(i)).equals("be") && !lemma(t.get(i)).equals("have");
            }
        }
        return false;
    }

    private static final Set<String> REPORTING = Set.of("say", "tell", "report", "add", "announce", "state", "claim");

    /** Words of an approximate number ("more than 250 others", "at least nine"). */
    private static final Set<String> APPROXIMATING = Set.of("than", "at", "about", "around", "over", "some", "nearly", "to", "as");

    /**
     * A participle whose auxiliary is left out after "and": "one militant was killed and nine others wounded". A
     * passive "be + participle" ends the first conjunct, and only the second subject stands between "and" and here.
     */
    /** "called on Palestinians to act", "called for talks": a verb of calling with its own object, active. */
    static boolean calledOnSomeone(List<Token> t, int head) {
        return head + 2 < t.size() && lemma(t.get(head)).equals("call") && Set.of("on", "upon", "for").contains(t.get(head + 1).word())
                && !t.get(head + 2).word().equals("to");
    }

    private static boolean gapped(List<Token> t, int head) {
        for (int i = head - 1; i >= Math.max(2, head - 8); i--) {
            if (t.get(i).word().equals("and")) {
                if (i == head - 1 && head + 1 < t.size() && Set.of("DT", "CD", "PRP", "PRP$", "NNS", "NNP", "NNPS").contains(t.get(head + 1).pos())) {
                    return false; // "said the vote was rigged and urged supporters to": two verbs, no gapped subject (see #coordinatedWith)
                }
                if (i == head - 1 && calledOnSomeone(t, head)) {
                    return false; // "a bombing in which five Israelis were killed and called on Palestinians to act": Rice called
                }
                for (int p = i - 1; p >= Math.max(1, i - 4); p--) {
                    if (t.get(p).pos().equals("VBN")) {
                        return lemma(t.get(p - 1)).equals("be") || p > 1 && lemma(t.get(p - 2)).equals("be");
                    }
                }
                return false;
            }
            if (!(t.get(i).pos().startsWith("NN") || t.get(i).pos().startsWith("JJ") || t.get(i).pos().equals("CD")
                    || t.get(i).pos().equals("DT") || t.get(i).pos().startsWith("RB") || APPROXIMATING.contains(t.get(i).word()))) {
                return false;
            }
        }
        return false;
    }

    /** "Arrested by Colonel Mobutu in December, he died": a participle opening the sentence, its clause ended by a comma. */
    static boolean openingParticiple(List<Token> t, int head) {
        int start = head > 0 && (t.get(0).pos().equals("``") || t.get(0).word().equals("\"")) ? 1 : 0;
        while (start < head && start < 2 && t.get(start).pos().equals("RB")) {
            start++; // "Once accused of fraud, Pinochet"
        }
        if (head != start || head + 1 < t.size() && t.get(head + 1).word().equals("to")) {
            return false; // not "Asked to describe his wife, he said": a question put to him
        }
        for (int i = head + 1; i < Math.min(t.size(), head + 16); i++) {
            String p = t.get(i).pos();
            if (t.get(i).word().equals(",")) {
                return i > head + 1;
            }
            if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD")) {
                return false;
            }
        }
        return false;
    }

    /** Verbs that judge someone for a deed they name with "for" + participle. */
    private static final Set<String> JUDGING = Set.of("criticize", "criticise", "accuse", "condemn", "blame", "denounce",
            "slam", "praise", "thank", "commend", "hail", "punish", "fine", "arrest", "jail", "sentence", "convict", "sue",
            "execute", "imprison", "detain", "hang", "indict", "prosecute");

    /**
     * "criticized the United States for imposing economic sanctions", "was jailed for attacking": the deed a verb of
     * judging before the "for" at {@code forAt} names has been done.
     */
    private static boolean judgedFor(List<Token> t, int forAt) {
        return judgingVerb(t, forAt) >= 0;
    }

    /** The verb of judging before the "for" at {@code forAt} (within eight words, no comma between), or -1. */
    static int judgingVerb(List<Token> t, int forAt) {
        for (int j = forAt - 1; j >= Math.max(0, forAt - 8); j--) {
            if (t.get(j).word().equals(",") || t.get(j).word().equals(";")) {
                return -1;
            }
            if (t.get(j).pos().startsWith("VB") && JUDGING.contains(lemma(t.get(j)))) {
                return j;
            }
            if (j > 0 && (t.get(j).word().equals("bars") && t.get(j - 1).word().equals("behind")
                    || Set.of("prison", "jail").contains(t.get(j).word()) && t.get(j - 1).word().equals("in") && j + 1 == forAt
                    && j >= 2 && Set.of("is", "are", "was", "were", "been", "remain", "remains", "remained").contains(t.get(j - 2).word()))) {
                return j; // "are behind bars in Chile for killing", "has been in jail for attacking": punished for a deed done
            }
        }
        return -1;
    }

    /** Participles of report and belief that an event's passive participle may follow ("were reported killed"). */
    private static final Set<String> RAISING = Set.of("report", "fear", "believe", "say", "feared", "think", "know",
            "confirm", "understand", "presume", "suspect", "rumour", "rumor");

    /** Verbs whose active form puts their object before this preposition: right after the verb, they are passive. */
    private static final java.util.Map<String, Set<String>> CHARGED = java.util.Map.of("accuse", Set.of("of"),
            "suspect", Set.of("of"), "convict", Set.of("of"), "charge", Set.of("with"), "blame", Set.of("for"),
            "sentence", Set.of("to"), "sentenced", Set.of("to"));

    /**
     * "found the bodies of two young Jewish women stabbed to death", "behind the coffin of a young Shiite Muslim killed
     * during protests": a past form right after the object of a preposition, in a clause whose verb came before, is a
     * participle the tagger took for a past tense (a prepositional object is no subject).
     */
    private static boolean afterPrepositionalObject(List<Token> t, int head) {
        int i = head - 1;
        while (i > 0 && (t.get(i).pos().startsWith("NN") || t.get(i).pos().startsWith("JJ") || t.get(i).pos().equals("CD")
                || t.get(i).pos().equals("DT") || t.get(i).pos().equals("PRP$"))) {
            i--;
        }
        if (i == head - 1 || i <= 0 || !PURE_PREPOSITIONS.contains(t.get(i).word().toLowerCase(Locale.ROOT))
                || !t.get(head - 1).pos().startsWith("NN")) {
            return false; // not a subordinator tagged IN: "after Israeli police released", "as Rovers refused"
        }
        for (int j = i - 1; j >= 0; j--) {
            Token k = t.get(j);
            String w = k.word().toLowerCase(Locale.ROOT);
            if (w.equals(",") || w.equals(";") || w.equals("--") || w.equals("and") || w.equals("but") || w.equals("that")
                    || k.pos().startsWith("W") || CLAUSE_OPENERS.contains(w)) {
                return false;
            }
            if ((k.pos().equals("VBD") || k.pos().equals("VBZ") || k.pos().equals("VBP")) && !AUX.contains(lemma(k))
                    && !REPORTING.contains(lemma(k))) {
                return j == 0 || !t.get(j - 1).pos().startsWith("W"); // "rebels who spoke to AFP accused the army": the relative's own verb
            }
        }
        return false;
    }

    /** Prepositions that never open a clause. */
    private static final Set<String> PURE_PREPOSITIONS = Set.of("of", "behind", "near", "inside", "outside", "at", "from",
            "with", "among", "beside", "under", "in", "on", "for", "to", "into");

    /**
     * "Jacques Attali, criticized for his lavish spending, resigned": a participle between commas right after a name, with
     * a preposition after it and the main clause's verb after the closing comma, tells what was done to the name.
     */
    private static boolean appositiveParticiple(List<Token> t, int head) {
        int comma = head - 1;
        if (head >= 4 && Set.of("and", "or").contains(t.get(comma).word()) && t.get(head - 2).pos().equals("VBN")) {
            comma = head - 3; // "The bodies of 20 men, bound and shot in the head, were found"
        }
        if (head < 2 || head + 1 >= t.size() || !t.get(comma).word().equals(",") || !t.get(comma - 1).pos().startsWith("NN")
                || !t.get(head + 1).pos().equals("IN") && !(t.get(head + 1).pos().equals("RP") && head + 2 < t.size()
                        && t.get(head + 2).word().equals("by"))) { // "The exercises, agreed on/RP by Chinese and U.S. leaders,"
            return false;
        }
        for (int i = head + 2; i + 1 < t.size() && i <= head + 14; i++) {
            if (t.get(i).word().equals(",")) {
                int v = i + 1;
                while (v < t.size() && t.get(v).pos().startsWith("RB")) {
                    v++;
                }
                return v < t.size() && Set.of("VBD", "VBZ", "VBP", "MD").contains(t.get(v).pos());
            }
            if (t.get(i).pos().startsWith("VB") && !t.get(i).pos().equals("VBG") || t.get(i).word().equals(";")) {
                return false;
            }
        }
        return false;
    }

    /** Verbs of harm and seizure, which a headline tells in the participle of what its subject suffered. */
    private static final Set<String> SUFFERED = Set.of("kill", "wound", "injure", "hurt", "shoot", "arrest", "detain", "kidnap",
            "abduct", "capture", "seize", "jail", "execute", "deport", "expel", "behead", "stab", "beat", "torture", "slay",
            "massacre", "hold", "hang", "convict", "sentence");

    /**
     * A participle in a sentence with no finite verb, a headline's ("Three policemen killed in bomb attack in southern
     * Thailand"): the passive without its "be", unless an object follows it.
     */
    private static boolean headline(List<Token> t, int head) {
        // only verbs that take an object of harm ("Hu arrived in", "called for" are active), and no number after the
        // preposition ("The attacks killed/VBN at least 57 people": the tagger's participle has its object)
        if (head == 0 || head + 1 >= t.size() || !Set.of("IN", ",", ".", ":").contains(t.get(head + 1).pos())
                || !SUFFERED.contains(lemma(t.get(head)))
                || head + 2 < t.size() && (t.get(head + 2).pos().equals("CD") || t.get(head + 2).word().equals("least"))) {
            return false;
        }
        for (int i = 0; i < t.size(); i++) {
            if (i != head && Set.of("VBD", "VBZ", "VBP", "MD").contains(t.get(i).pos())) {
                return false;
            }
        }
        return t.get(head - 1).pos().startsWith("NN");
    }

    /**
     * "exercises, agreed on by Chinese and U.S. military leaders", "the truce, brokered by Egypt": a past form right after a
     * noun's comma with its agent's "by" next (past a particle) is the noun's participle, told in the passive.
     */
    private static boolean commaParticipleBy(List<Token> t, int head) {
        int by = head + 1 < t.size() && t.get(head + 1).pos().equals("RP") ? head + 2 : head + 1;
        return head >= 2 && by < t.size() && t.get(head - 1).word().equals(",") && t.get(head - 2).pos().startsWith("NN")
                && t.get(by).word().equals("by") && !NOT_PASSIVE_BY.contains(lemma(t.get(head)));
    }

    /** Verbs whose "by" is no agent ("stood by his decision", "abided by the ruling", "swore by"). */
    private static final Set<String> NOT_PASSIVE_BY = Set.of("stand", "abide", "swear", "go", "come", "pass", "drop", "stop", "live");

    /**
     * A participle tagged as a past tense that closes the sentence after a name set off by commas, the main clause's verb
     * told before the name ("forced the resignation of its first president, Jacques Attali, criticized for his spending"):
     * said of the name, in the passive.
     */
    private static boolean closingAppositive(List<Token> t, int head) {
        if (head < 4 || head + 1 >= t.size() || !t.get(head - 1).word().equals(",") || !t.get(head - 2).pos().startsWith("NNP")
                || !t.get(head + 1).pos().equals("IN")) {
            return false;
        }
        int j = head - 2;
        while (j > 0 && Set.of("NNP", "NNPS", "NN", "DT", "JJ", "POS").contains(t.get(j).pos())) {
            j--;
        }
        if (!t.get(j).word().equals(",")) {
            return false;
        }
        boolean mainVerb = false;
        for (int i = 0; i < j; i++) {
            mainVerb |= Set.of("VBD", "VBZ", "VBP").contains(t.get(i).pos());
        }
        for (int i = head + 2; i < t.size(); i++) {
            if (Set.of("VBD", "VBZ", "VBP", "MD").contains(t.get(i).pos()) || t.get(i).word().equals(";")) {
                return false;
            }
        }
        return mainVerb;
    }

    /**
     * A verb of charging tagged as a participle with a noun phrase between it and its preposition ("The rebels accused
     * government troops of killing"), which only the active verb takes: the participle's own phrase follows it at once
     * ("the rebels accused of killing").
     */
    private static final Set<String> MONTHS_ = Set.of("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.");

    /**
     * Whether the past participle at {@code head} is the predicate the tagger missed after an appositive: a comma right
     * before it, a name right after it (its object, not a day or a month), and no verb, modal or wh-word anywhere before
     * it in the sentence, so that what precedes can only be the subject.
     */
    /**
     * Whether the verb at {@code head} is the predicate of an object relative clause: "whom" or "which" after a comma or
     * a noun, then the clause's subject (a noun phrase), then the verb ("the minister, whom protesters accused of",
     * "the village which Israeli jets bombed"). Not "blame" ("which the military blamed on a malfunction": a deed).
     */
    static boolean objectRelative(List<Token> t, int head) {
        int i = head - 1;
        while (i >= 0 && Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "PRP$", "HYPH").contains(t.get(i).pos())) {
            i--;
        }
        if (i == head - 1 || i < 1) {
            return false;
        }
        String w = t.get(i).word().toLowerCase(Locale.ROOT);
        String b = t.get(i - 1).pos();
        return !lemma(t.get(head)).equals("blame") && (w.equals("whom") || w.equals("which"))
                && (t.get(i - 1).word().equals(",") || b.startsWith("NN"));
    }

    private static boolean mainVerbAfterAppositive(List<Token> t, int head) {
        if (head < 3 || !t.get(head - 1).word().equals(",") || head + 1 >= t.size() || !t.get(head + 1).pos().startsWith("NNP")
                || WEEKDAYS.contains(t.get(head + 1).word().toLowerCase(Locale.ROOT)) || MONTHS_.contains(t.get(head + 1).word())) {
            return false;
        }
        for (int i = head - 2; i >= 0; i--) {
            if (t.get(i).pos().startsWith("VB") || t.get(i).pos().equals("MD") || t.get(i).pos().startsWith("W")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "another gang -- again in the uniforms of the security forces -- shot/VBN dead one councillor": a participle right
     * after an aside in dashes that follows the sentence's subject, with its object after it, is the main verb.
     */
    private static boolean mainVerbAfterDashes(List<Token> t, int head) {
        if (head < 4 || !t.get(head - 1).word().equals("--") || head + 1 >= t.size()) {
            return false;
        }
        int open = -1;
        for (int i = head - 3; i >= 1 && open < 0; i--) {
            open = t.get(i).word().equals("--") ? i : -1;
        }
        if (open < 1) {
            return false;
        }
        for (int i = open - 1; i >= 0; i--) {
            if (t.get(i).pos().startsWith("VB") || t.get(i).pos().equals("MD") || t.get(i).pos().startsWith("W")) {
                return false;
            }
        }
        int o = head + 1 < t.size() - 1 && t.get(head + 1).word().equalsIgnoreCase("dead") ? head + 2 : head + 1;
        return Set.of("DT", "CD", "NNP", "NNS", "NN", "PRP$", "JJ", "PRP").contains(t.get(o).pos());
    }

    /** "arrested on Monday three men": "on" and a weekday right after the verb, then the start of a noun phrase. */
    private static boolean objectAfterDay(List<Token> t, int head) {
        return head + 3 < t.size() && t.get(head + 1).word().equals("on") && WEEKDAYS.contains(t.get(head + 2).word().toLowerCase(Locale.ROOT))
                && Set.of("DT", "CD", "PRP$", "NNS", "NNP").contains(t.get(head + 3).pos());
    }

    private static boolean chargedObject(List<Token> t, int head) {
        Set<String> preps = CHARGED.get(lemma(t.get(head)));
        if (preps == null || head == 0 || !(t.get(head - 1).pos().startsWith("NN") || t.get(head - 1).pos().equals("PRP"))) {
            return false;
        }
        for (int i = head + 1; i < t.size() && i <= head + 5; i++) {
            String p = t.get(i).pos();
            if (preps.contains(t.get(i).word().toLowerCase(Locale.ROOT))) {
                return i > head + 1;
            }
            if (!(p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("CD") || p.equals("POS") || p.equals("PRP")
                    || p.equals("PRP$"))) {
                return false;
            }
        }
        return false;
    }

    private static boolean chargedWith(List<Token> t, int head) {
        Set<String> preps = CHARGED.get(lemma(t.get(head)));
        return preps != null && head > 0 && head + 1 < t.size() && preps.contains(t.get(head + 1).word().toLowerCase(Locale.ROOT))
                && !t.get(head - 1).pos().equals("DT") && !t.get(head - 1).pos().equals("PRP"); // "nightspots which it accused of"
    }

    /**
     * "was convicted of terrorism by a court and sentenced to life", "has been issued a summons and accused of": a
     * participle right after "and" shares the passive auxiliary of the verb before it in the same clause.
     */
    private static boolean coordinatedPassive(List<Token> t, int head) {
        return coordinatedWith(t, head) >= 0;
    }

    /**
     * The passive participle whose auxiliary the participle at {@code head} shares ({@link #coordinatedPassive}), or -1.
     * Not when an object or an infinitive follows ("... were killed, and sentenced him", "was opposed ... and refused to send").
     */
    static int coordinatedWith(List<Token> t, int head) {
        int and = head - 1;
        if (and < 1 || !t.get(and).word().equals("and")) {
            and = head - 2;
            if (and < 1 || !t.get(and).word().equals("and") || !t.get(head - 1).pos().startsWith("RB")) {
                return -1;
            }
        }
        if (objectFollows(t, head) || head + 2 < t.size() && t.get(head + 1).word().equals("to") && t.get(head + 2).pos().equals("VB")
                || calledOnSomeone(t, head)) {
            return -1;
        }
        for (int i = and - 1; i >= Math.max(1, and - 16); i--) {
            Token k = t.get(i);
            if (k.pos().equals("WDT") || k.pos().equals("WP") || k.pos().equals("MD") || k.word().equals(";")) {
                return -1;
            }
            if (k.pos().equals("VBN") || k.pos().equals("VBD") || k.pos().equals("VBZ") || k.pos().equals("VBP")) {
                if (!k.pos().equals("VBN") && !k.pos().equals("VBD")) {
                    return -1;
                }
                int j = i - 1;
                while (j > 0 && t.get(j).pos().startsWith("RB")) {
                    j--;
                }
                if (t.get(j).word().equals(",") && k.pos().equals("VBN")) {
                    continue; // "was beaten up, intimidated and threatened": a list of participles shares the first one's "was"
                }
                return lemma(t.get(j)).equals("be") || lemma(t.get(j)).equals("get") ? i : -1;
            }
        }
        return -1;
    }

    /**
     * The last participle of a list that the passive participle at {@code head} opens ("was beaten up, intimidated and
     * threatened with death by rebels"), whose "by" phrase names the agent of all; or -1.
     */
    static int lastConjunct(List<Token> t, int head) {
        int i = head + 1;
        while (i < t.size() && t.get(i).pos().equals("RP")) {
            i++;
        }
        while (i + 1 < t.size() && t.get(i).word().equals(",") && t.get(i + 1).pos().equals("VBN")) {
            i += 2;
        }
        return i + 1 < t.size() && (t.get(i).word().equals("and") || t.get(i).word().equals("or")) && t.get(i + 1).pos().equals("VBN")
                ? i + 1 : -1;
    }

    /** Whether a noun phrase or pronoun starts right after the verb (an object: the verb is active). */
    /**
     * Whether adverbs stand right before the verb at {@code head} and a proper name (or a personal pronoun) right before
     * them, which opens the sentence or follows a comma: the tagger reads a past tense there as a participle.
     */
    private static boolean adverbsAfter(List<Token> t, int head, boolean comma) {
        int i = head - 1;
        while (i >= 0 && t.get(i).pos().startsWith("RB")) {
            i--;
        }
        if (i == head - 1 || i < 0) {
            return false;
        }
        return comma ? t.get(i).word().equals(",") && !finiteBefore(t, i)
                : (t.get(i).pos().equals("NNP") || t.get(i).pos().equals("PRP"))
                        && (i == 0 || t.get(i - 1).pos().equals("NNP") || t.get(i - 1).word().equals(","));
    }

    /** Whether a verb with a tense, or a modal, stands before token {@code end}. */
    private static boolean finiteBefore(List<Token> t, int end) {
        for (int i = 0; i < end; i++) {
            String p = t.get(i).pos();
            if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD")) {
                return true;
            }
        }
        return false;
    }

    private static boolean objectFollows(List<Token> t, int head) {
        if (head + 1 >= t.size()) {
            return false;
        }
        String p = t.get(head + 1).pos();
        return p.equals("DT") || p.equals("CD") || p.startsWith("PRP") || p.startsWith("JJ") || p.equals("NN") || p.equals("NNS");
    }

    /** A participle between a determiner and the noun it modifies, maybe after an adjective ("the exiled Tibetan leader"). */
    private static boolean determinedModifier(List<Token> t, int head) {
        int noun = head + 1 < t.size() && t.get(head + 1).pos().startsWith("JJ") ? head + 2 : head + 1;
        return head > 0 && noun < t.size() && (t.get(head - 1).pos().equals("DT") || t.get(head - 1).pos().equals("PRP$"))
                && !t.get(head - 1).word().equalsIgnoreCase("those") && t.get(noun).pos().startsWith("NN");
    }

    /** Whether a finite verb stands outside brackets ("(CAN)" may be tagged a modal). */
    private static boolean finiteOutsideBrackets(List<Token> t) {
        int depth = 0;
        for (Token k : t) {
            depth += k.pos().equals("-LRB-") ? 1 : k.pos().equals("-RRB-") ? -1 : 0;
            if (depth == 0 && (k.pos().equals("VBD") || k.pos().equals("VBZ") || k.pos().equals("VBP") || k.pos().equals("MD"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean agentAfter(List<Token> t, int head) {
        for (int i = head + 1; i < Math.min(t.size(), head + 4); i++) {
            if (t.get(i).word().equals("by")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A present participle that heads a clause of its own ("filed a case accusing Turkey", "Aso, currently visiting
     * Washington,", "progress in pulling out of"): after a comma, a noun or "in"/"by", and followed by no noun it
     * would modify ("the ruling party", "visiting delegations").
     */
    /** Verbs of a standing stance, whose participle after a noun describes the noun rather than tells an act. */
    private static final Set<String> STANCES = Set.of("back", "support", "favor", "favour", "oppose");

    /**
     * Verbs of saying whose gerund after a text makes no compound with the noun after it: "a statement urging pilots to",
     * "a letter condemning officials" is a clause with its object, where "the rebel fighting units" is one noun.
     */
    private static final Set<String> SPEECH_GERUNDS = Set.of("urge", "condemn", "ask", "criticize", "criticise", "praise",
            "welcome", "accuse", "warn", "blame", "reject", "request", "denounce", "threaten");

    /** What such a gerund's clause is told in ("the official welcoming ceremony" is one noun). */
    private static final Set<String> WRITINGS = Set.of("statement", "letter", "message", "resolution", "declaration",
            "communique", "motion", "note", "editorial", "speech", "leaflet", "leaflets", "letters", "statements", "messages",
            "report", "article", "commentary", "appeal", "bill", "text", "document");

    private static boolean participleClause(List<Token> t, int head, Token before) {
        if (before == null) {
            return false;
        }
        String p = before.pos();
        boolean opens = before.word().equals(",") || p.startsWith("NN") || p.equals("-RRB-")
                || lemma(before).equals("in") || lemma(before).equals("by");
        boolean modifier = head + 1 < t.size() && t.get(head + 1).pos().startsWith("NN")
                && !t.get(head + 1).pos().startsWith("NNP") && !p.equals(",")
                && !(SPEECH_GERUNDS.contains(lemma(t.get(head))) && WRITINGS.contains(lemma(before)))
                && !(p.equals("NNS") && t.get(head + 1).pos().equals("NNS") // "soldiers fighting militias": a party acted on
                        && Groups.NOUNS.contains(lemma(t.get(head + 1)).toLowerCase(java.util.Locale.ROOT)));
        return opens && !modifier && !(before.word().equals(",") && allegedBefore(t, head));
    }

    /** "accused Angola of attacking X, sending troops": a gerund after "of" earlier makes what follows its content. */
    private static boolean allegedBefore(List<Token> t, int head) {
        for (int i = head - 1; i > 0; i--) {
            if (t.get(i).pos().equals("VBG") && lemma(t.get(i - 1)).equals("of")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A past participle after the noun it tells of, a clause of its own: "a firehouse ... seized by police Monday",
     * "among those detained was", "three men released from Guantanamo", "and seized by police"; a passive whose subject is that noun.
     * Not before a noun it modifies ("signed peace deals").
     */
    private static boolean reducedPassive(List<Token> t, int head, Token before) {
        if (before == null || counted(t, head)) {
            return false;
        }
        String p = before.pos();
        boolean people = p.equals("JJ") && (Character.isUpperCase(before.word().charAt(0)) // "the 105 Lebanese killed by"
                || Groups.NOUNS.contains(before.word().toLowerCase(java.util.Locale.ROOT))); // "an Islamic militant/JJ arrested"
        boolean opens = before.word().equals(",") || p.startsWith("NN") || p.equals("PRP") || p.equals("-RRB-") || people
                || before.word().equalsIgnoreCase("those")
                || head + 1 < t.size() && t.get(head + 1).word().equals("by") && (p.equals("CC") || p.startsWith("RB"));
        boolean modifier = head + 1 < t.size() && (t.get(head + 1).pos().startsWith("NN") || t.get(head + 1).pos().equals("JJ")
                && !(head + 2 < t.size() && t.get(head + 2).pos().equals("IN"))); // (not "a rebel captured alive by")
        return opens && !modifier;
    }

    /** Nouns of an occasion one uses or takes to say something. */
    private static final Set<String> USED_OCCASIONS = Set.of("opportunity", "occasion", "speech", "address", "visit", "meeting",
            "start", "opening", "platform", "chance", "remarks", "appearance", "statement", "interview", "message", "ceremony",
            "summit", "conference", "session", "talks", "anniversary", "day", "broadcast");

    /**
     * Whether the infinitive after "to" at {@code to} is what a party did on an occasion it used or took ("used the start of
     * the Islamic Eid festival Saturday to again call on", "took the opportunity to urge"): a past "use", "take" or "seize"
     * (not a future one) whose object, an occasion noun in it, runs up to the "to".
     */
    private static boolean occasionUsed(List<Token> t, int to) {
        boolean occasion = false;
        for (int i = to - 1; i >= Math.max(0, to - 12); i--) {
            Token k = t.get(i);
            String p = k.pos();
            if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBN") && i > 0 && lemma(t.get(i - 1)).equals("have")) {
                return occasion && Set.of("use", "take", "seize").contains(lemma(k)) && !futureBefore(t, i);
            }
            if (!(p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("IN") || p.equals("CD") || p.equals("POS")
                    || p.equals("PRP$") || p.equals("HYPH") || p.startsWith("RB"))) {
                return false;
            }
            occasion |= p.startsWith("NN") && USED_OCCASIONS.contains(lemma(k).toLowerCase(java.util.Locale.ROOT));
        }
        return false;
    }

    /**
     * "the number of miners killed", "the toll of people killed": a count, not the report of an event; but a count of
     * soldiers, civilians or a people killed ("the number of British troops killed in Iraq", "the total number of the
     * Palestinians killed") tells the killings of a conflict.
     */
    private static boolean counted(List<Token> t, int head) {
        Token victim = head > 0 ? t.get(head - 1) : null;
        if (victim != null && (COUNTED_IN_CONFLICT.contains(lemma(victim).toLowerCase(java.util.Locale.ROOT))
                || victim.pos().equals("NNPS") || victim.pos().equals("NNS") && Character.isUpperCase(victim.word().charAt(0)))) {
            return false;
        }
        int i = head - 1;
        while (i > 0 && (t.get(i).pos().startsWith("NN") || t.get(i).pos().startsWith("JJ") || t.get(i).pos().equals("CD"))) {
            i--;
        }
        return i > 0 && t.get(i).word().equals("of") && COUNTS.contains(lemma(t.get(i - 1)));
    }

    private static final Set<String> COUNTS = Set.of("number", "toll", "tally", "count", "total");

    /** Who a count of the killed or wounded tells a conflict's victims by. */
    private static final Set<String> COUNTED_IN_CONFLICT = Set.of("troop", "troops", "soldier", "civilian", "fighter", "militant", "rebel",
            "insurgent", "policeman", "marine", "peacekeeper", "guerrilla", "militiaman", "serviceman", "protester");

    /** A trigger after "to": what the governing verb makes of it; null when it is a purpose clause of another event. */
    private static Modality infinitive(List<Token> t, int to) {
        if (to > 1 && t.get(to - 1).word().equalsIgnoreCase("only") && (t.get(to - 2).word().equals(",")
                || to + 1 < t.size() && t.get(to + 1).word().equalsIgnoreCase("be"))) {
            return Modality.ASSERTED; // "was ordered under house arrest, only to be released a few days later": what followed
        }
        if (ableDone(t, to)) {
            return Modality.ASSERTED; // "the ASEAN countries have been able to persuade Myanmar"
        }
        if (ordinalAgent(t, to)) {
            return Modality.ASSERTED; // "Gingrich is the first speaker to visit Taiwan": it has happened
        }
        if (occasionUsed(t, to)) {
            return Modality.ASSERTED; // "Karzai used the start of the Eid festival to again call on": done on the occasion
        }
        if (to > 0 && to + 1 < t.size() && lemma(t.get(to + 1)).equals("have") && lemma(t.get(to - 1)).equals("claim")) {
            return Modality.ASSERTED; // "Somali Islamists claimed to have captured a frontline position": a claim of a deed done
        }
        for (int i = to - 1; i >= Math.max(0, to - 12); i--) {
            Token k = t.get(i);
            String p = k.pos();
            if (IMPLICATIVE.contains(lemma(k)) && (p.equals("VBD") || p.equals("VBN")) && i < to - 4) {
                return Modality.ASSERTED; // "prompted the prefectural governor, Masahide Ota, to seek": made to act, past a long object
            }
            if (!(p.startsWith("NN") || p.equals("DT") || p.startsWith("JJ") || p.equals("POS") || p.equals("CD")
                    || p.equals("PRP$") || k.word().equals(","))) {
                break;
            }
        }
        for (int i = to - 1; i >= Math.max(0, to - 4); i--) {
            String lemma = lemma(t.get(i));
            if (NEGATING_VERBS.contains(lemma)) {
                return Modality.NEGATED;
            }
            if (ASPECTUAL.contains(lemma) && t.get(i).pos().equals("VB") && futureBare(t, i)) {
                return Modality.HYPOTHETICAL; // "will continue to support", "vowed to keep fighting": not yet
            }
            if (ASPECTUAL.contains(lemma) || IMPLICATIVE.contains(lemma) && (t.get(i).pos().equals("VBN") || t.get(i).pos().equals("VBD"))) {
                return Modality.ASSERTED;
            }
            if (IMPLICATIVE.contains(lemma) && t.get(i).pos().equals("VBG") && i > 0 && t.get(i - 1).word().equals(",")) {
                return Modality.ASSERTED; // "launched a heavy attack against the Islamists, forcing them to retreat"
            }
            if (i == to - 1 && lemma.equals("use") && t.get(i).pos().equals("VBD") && !futureBefore(t, i)) {
                return Modality.ASSERTED; // "Israel used to demand": done, and often (not "banners used to cordon off", a means)
            }
            if ((i == to - 1 || i == to - 2 && t.get(to - 1).pos().startsWith("RB") && t.get(to - 1).word().endsWith("ly")) // "voted unanimously to"
                    && (DECIDING.contains(lemma) && (t.get(i).pos().equals("VBN") || t.get(i).pos().equals("VBD"))
                    || lemma.equals("decision") && t.get(i).pos().startsWith("NN")) && !futureBefore(t, i)) {
                return Modality.ASSERTED; // "the president's decision to deploy the army", "Iran has decided to halt talks"
            }
            if (t.get(i).pos().startsWith("VB") || t.get(i).pos().equals("JJ")) {
                return Modality.HYPOTHETICAL;
            }
        }
        return Modality.HYPOTHETICAL;
    }

    /**
     * The infinitive that a bare verb at {@code head} after "and" or "or" is joined to, within six words and its clause
     * ("to invest more and support"), or -1.
     */
    private static int coordinatedInfinitive(List<Token> t, int head) {
        if (!Set.of("VB", "VBP").contains(t.get(head).pos()) || head < 3 || !Set.of("and", "or").contains(t.get(head - 1).word().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        for (int i = head - 2; i > 0 && i >= head - 7; i--) {
            Token k = t.get(i);
            if (k.word().equals(",") || k.word().equals(";") || FINITE_TAGS.contains(k.pos()) || k.pos().startsWith("W")) {
                return -1; // (a present tense after "and" is the tagger's reading of a bare verb only when an infinitive leads)
            }
            if (k.pos().equals("VB") && t.get(i - 1).word().equalsIgnoreCase("to")) {
                return i;
            }
        }
        return -1;
    }

    /** Verbs of deciding whose infinitive is the act decided, done by deciding it ("voted to back Royal", "chose to back"). */
    private static final Set<String> DECIDING = Set.of("decide", "vote", "choose", "opt", "elect");

    /**
     * The progressive gerund that a gerund after "and" at {@code head} is joined to, within its clause ("are clashing with
     * insurgents and training"), or -1.
     */
    /** Prepositions whose gerund a second gerund joined by "and" shares ("for calling for ... and demanding"). */
    private static final Set<String> GERUND_PREPOSITIONS = Set.of("for", "without", "after", "while");

    /** Verbs whose gerund object is only put forward: "recommend increasing", "favours placing". */
    private static final Set<String> PROPOSING = Set.of("recommend", "favour", "favor", "propose", "suggest", "advocate",
            "envisage", "envision", "consider", "mull");

    /**
     * Whether the gerund at {@code head}, after a comma (and "while"), continues a list opened by the gerund object of a
     * verb of proposing ("Rumsfeld favours placing more US trainers with Iraqi units, withdrawing other troops").
     */
    private static boolean proposedList(List<Token> t, int head) {
        int comma = head - 1;
        if (comma >= 1 && t.get(comma).word().equalsIgnoreCase("while")) {
            comma--;
        }
        if (comma < 1 || !t.get(comma).word().equals(",")) {
            return false;
        }
        for (int j = comma - 1; j >= Math.max(1, comma - 15); j--) {
            Token a = t.get(j);
            if (a.pos().equals("VBG")) {
                int v = j - 1;
                while (v > 0 && t.get(v).pos().startsWith("RB")) {
                    v--;
                }
                return t.get(v).pos().startsWith("VB") && PROPOSING.contains(lemma(t.get(v)));
            }
            if (FINITE_TAGS.contains(a.pos()) || a.word().equals(",") || a.word().equals(";") || a.word().equals(":")) {
                return false;
            }
        }
        return false;
    }

    private static int previousGerund(List<Token> t, int head) {
        for (int j = head - 2; j >= Math.max(0, head - 12); j--) {
            String p = t.get(j).pos();
            if (p.equals("VBG")) {
                int aux = j - 1;
                while (aux > 0 && t.get(aux).pos().startsWith("RB")) {
                    aux--;
                }
                if (aux >= 0 && GERUND_PREPOSITIONS.contains(t.get(aux).word().toLowerCase(java.util.Locale.ROOT)) && aux == j - 1) {
                    return j; // "arrested 24 students for calling for a boycott ... and demanding a new president": as the first
                }
                return aux >= 0 && lemma(t.get(aux)).equals("be") ? j : -1; // a progressive, not an outcome ("killing nine and injuring")
            }
            if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD") || t.get(j).word().equals(";")
                    || t.get(j).word().equals(":") || t.get(j).word().equals(",")) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a "for" stands between tokens {@code from} and {@code to}. */
    private static boolean forBetween(List<Token> t, int from, int to) {
        for (int j = from + 1; j < to; j++) {
            if (t.get(j).word().equalsIgnoreCase("for")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a modal or a verb of wanting stands within four words before token {@code i} ("would decide to"). */
    private static boolean futureBefore(List<Token> t, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
            if (t.get(j).pos().equals("MD") || t.get(j).pos().startsWith("VB") && WANTING.contains(lemma(t.get(j)))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "fifth", "last", "only", "latest");
    /** Nouns after an ordinal that name an occasion or a means, not the one who acts ("the first time to meet"). */
    private static final Set<String> OCCASIONS = Set.of("time", "chance", "opportunity", "attempt", "step", "way", "bid",
            "sign", "quarter", "half", "round", "stop", "stage", "phase", "move", "effort", "day", "week", "month", "year");

    /**
     * "the first Indian premier in five years to visit Japan", "the latest Iraqi leader to angrily reject": whether the
     * infinitive "to" at {@code to} completes a noun phrase opened by "the" or "a" and an ordinal, with no verb between,
     * whose infinitive tells what its head did.
     */
    /** "accused of failing to prevent the massacre", "failed to stop the attacks": what was not stopped took place. */
    private static boolean failedToStop(List<Token> t, int verb) {
        return Set.of("prevent", "stop", "avert", "halt", "curb").contains(lemma(t.get(verb))) && verb >= 2
                && t.get(verb - 1).word().equalsIgnoreCase("to") && lemma(t.get(verb - 2)).equals("fail");
    }

    /** "have been able to persuade Myanmar", "was able to free": an ability told in the past was used. */
    private static boolean ableDone(List<Token> t, int to) {
        if (to < 2 || !t.get(to - 1).word().equalsIgnoreCase("able")) {
            return false;
        }
        Token be = t.get(to - 2);
        if (be.word().equalsIgnoreCase("been")) {
            return to >= 3 && Set.of("has", "have").contains(t.get(to - 3).word().toLowerCase(Locale.ROOT));
        }
        return Set.of("was", "were").contains(be.word().toLowerCase(Locale.ROOT));
    }

    private static boolean ordinalAgent(List<Token> t, int to) {
        for (int i = to - 1; i >= Math.max(1, to - 10); i--) {
            Token k = t.get(i);
            String w = k.word().toLowerCase(Locale.ROOT);
            if (ORDINALS.contains(w) && Set.of("the", "a").contains(t.get(i - 1).word().toLowerCase(Locale.ROOT))) {
                if (i >= 3 && lemma(t.get(i - 2)).equals("be") && t.get(i - 3).pos().equals("MD")) {
                    return false; // "will be the first to deploy", "would be the second country to sign": not yet
                }
                for (int j = i + 1; j < to; j++) {
                    if (t.get(j).pos().equals("NN") || t.get(j).pos().equals("NNS")) {
                        return !OCCASIONS.contains(lemma(t.get(j)).toLowerCase(Locale.ROOT)); // the phrase's first common noun
                    }
                }
                return true;
            }
            if (w.equals("of") && i >= 3 && t.get(i - 1).word().equalsIgnoreCase("one") && lemma(t.get(i - 2)).equals("be")
                    && !t.get(i - 3).pos().equals("MD") && i + 1 < to && t.get(i + 1).pos().equals("CD")) {
                return true; // "Angola was one of three countries to send troops": one of those who did
            }
            String p = k.pos();
            if (!(p.startsWith("NN") || p.startsWith("JJ") || p.equals("CD") || p.equals("DT") || p.equals("IN") || p.equals("POS")
                    || p.equals("HYPH") || p.startsWith("RB"))) {
                return false;
            }
        }
        return false;
    }

    /** Whether the bare verb at {@code i} follows a modal or an infinitive "to" (past adverbs). */
    private static boolean futureBare(List<Token> t, int i) {
        int j = i - 1;
        while (j >= 0 && (t.get(j).pos().startsWith("RB") || t.get(j).pos().equals("``") || t.get(j).pos().equals("''"))) {
            j--; // adverbs, and a quotation opened inside the verb group ("should "continue to")
        }
        return j >= 0 && (t.get(j).pos().equals("MD") && !lemma(t.get(j)).equals("do") || t.get(j).word().equalsIgnoreCase("to"));
    }

    /** Participles that with their preposition tell a state of the subject's own acting, not a passive. */
    private static final java.util.Map<String, String> STATES_OF_ACTING = java.util.Map.of("engage", "in", "swear", "to");

    /** Verbs of getting, whose object is had once the getting is told as done. */
    private static final Set<String> ACQUIRING = Set.of("win", "gain", "garner", "secure", "get");

    /**
     * "The city has already won wide praise from International Olympic Committee chiefs", "Its proposed measures won
     * widespread support both from industry and political parties": whether the verb at {@code verb} tells a getting
     * done (a past tense, or a participle after "have") of the noun at {@code head}, with only modifiers between and the
     * giver after "from" or "of"; "to get his support" and "seeking to win backing" are still wanted.
     */
    private static boolean acquired(List<Token> t, int verb, int head) {
        Token v = t.get(verb);
        if (!ACQUIRING.contains(lemma(v)) || head + 1 >= t.size()) {
            return false;
        }
        boolean done = v.pos().equals("VBD") && !futureBare(t, verb)
                || v.pos().equals("VBN") && verb > 0 && Set.of("have", "has", "had").contains(t.get(verb > 1 && t.get(verb - 1).pos().startsWith("RB")
                        ? verb - 2 : verb - 1).word().toLowerCase(Locale.ROOT));
        for (int j = verb + 1; done && j < head; j++) {
            String p = t.get(j).pos();
            done = p.equals("DT") || p.startsWith("JJ") || p.startsWith("RB") || p.equals("PRP$");
        }
        int after = head + 1;
        if (after + 1 < t.size() && Set.of("both", "mainly", "mostly", "largely").contains(t.get(after).word().toLowerCase(Locale.ROOT))) {
            after++;
        }
        return done && Set.of("from", "of").contains(t.get(after).word().toLowerCase(Locale.ROOT));
    }

    private static Modality nominalModality(List<Token> t, int head, int first) {
        boolean scheduled = SCHEDULED.contains(lemma(t.get(head)));
        if (neededAfter(t, head)) {
            return Modality.HYPOTHETICAL; // "substantial support from the government is needed", "more talks were still needed"
        }
        for (int i = first; i < head; i++) {
            if (t.get(i).word().equalsIgnoreCase("no") && !lemma(t.get(first)).equals("say")) {
                return Modality.NEGATED; // "made "no apology"", "offered no support": the trigger's own words deny it
            }
        }
        for (int i = first - 1; i >= Math.max(0, first - 3); i--) {
            String w = t.get(i).word().toLowerCase(Locale.ROOT);
            if (IRREALIS_MODIFIERS.contains(w) || scheduled && w.equals("next")) {
                return Modality.HYPOTHETICAL; // "the planned visit", "the next round of talks"
            }
            if (w.equals("no")) {
                return Modality.NEGATED;
            }
        }
        for (int i = first - 1; i >= Math.max(0, first - 7); i--) {
            Token k = t.get(i);
            if (i < first - 3 && IRREALIS_MODIFIERS.contains(k.word().toLowerCase(Locale.ROOT))) {
                return Modality.HYPOTHETICAL; // "the possible airborne and sea-based terror attacks": past a chain of modifiers
            }
            if (!(k.pos().startsWith("JJ") || k.pos().equals("CC") || k.pos().equals("HYPH") || k.pos().equals("NN")
                    || k.pos().equals("NNS") || k.pos().equals("VBN") || k.word().equals("-"))) {
                break;
            }
        }
        for (int i = first - 1; i >= Math.max(0, first - 8); i--) {
            if (scheduled && (t.get(i).word().equalsIgnoreCase("of") && i > 0 && t.get(i - 1).word().equalsIgnoreCase("ahead")
                    || t.get(i).word().equalsIgnoreCase("before") && t.get(i).pos().equals("IN"))) {
                return Modality.HYPOTHETICAL; // "comes ahead of a summit meeting between Roh and Koizumi on Friday", "said in the
                                              // weekend before his visit to China": still to come
            }
            if (t.get(i).pos().startsWith("VB") && (WANTING.contains(lemma(t.get(i))) || UNDONE.contains(lemma(t.get(i))))
                    && !acquired(t, i, head) && !failedToStop(t, i)) {
                return Modality.HYPOTHETICAL;
            }
            if (t.get(i).pos().startsWith("NN") && (WISHES.contains(lemma(t.get(i)))
                    || !t.get(i).pos().startsWith("NNP") && ARRANGING.contains(lemma(t.get(i)).toLowerCase(Locale.ROOT))) && i + 1 < first
                    && Set.of("for", "of").contains(t.get(i + 1).word().toLowerCase(Locale.ROOT))) {
                return Modality.HYPOTHETICAL; // "a proposal for talks", "hopes of a meeting": wanted, not held
            }
            if ((t.get(i).word().equals("from") || t.get(i).word().equals("by")) && i > 0 && t.get(i - 1).pos().startsWith("NN")
                    && WISHES.contains(lemma(t.get(i - 1))) && forBetween(t, i, first)) {
                return Modality.HYPOTHETICAL; // "calls from Jewish groups for his resignation": the one who wants it named first
            }
            if (t.get(i).pos().startsWith("NN") && STOPPED.contains(lemma(t.get(i))) && i + 1 < first
                    && Set.of("on", "to", "of").contains(t.get(i + 1).word().toLowerCase(Locale.ROOT))
                    && !(t.get(first - 1).pos().startsWith("NN") && first - 1 > i + 1)) { // (not "the cessation of hostilities
                                                                                        // agreement": the agreement's name)
                return Modality.NEGATED; // "a moratorium on its campaign of attacks" ("an end to the offensive" is coded: it went on)
            }
            if (scheduled && t.get(i).word().equalsIgnoreCase("to") && i > 0 && DISPOSED.contains(t.get(i - 1).word().toLowerCase(Locale.ROOT))) {
                return Modality.HYPOTHETICAL; // "remained opposed to talks with Syria", "committed to negotiations"
            }
            if (t.get(i).pos().equals("VB") && BRINGING.contains(lemma(t.get(i))) && i > 0 && t.get(i - 1).word().equalsIgnoreCase("to")
                    && !(i > 1 && IMPLICATIVE.contains(lemma(t.get(i - 2))))
                    && !PurposeClauses.visitOfArrival(t, i - 1, i)) { // (not "headed a delegation to pay a visit": it was paid)
                return Modality.HYPOTHETICAL; // "pledged to restart talks", "plans to pay a visit": yet to take place
            }
            if (t.get(i).pos().equals("VB") && CONTINUING.contains(lemma(t.get(i))) && i > 1 && t.get(i - 1).word().equalsIgnoreCase("to")
                    && PROMISING.contains(lemma(t.get(i - 2))) && directObject(t, i, first)) {
                return Modality.HYPOTHETICAL; // "is threatening to continue its attacks": what goes on after the threat is to come
            }
            if (t.get(i).pos().equals("VB") && GIVING.contains(lemma(t.get(i))) && i > 0 && t.get(i - 1).word().equalsIgnoreCase("to")
                    && determinersOnly(t, i + 1, first)) {
                Modality verbal = of(t, i, i, false).modality();
                if (verbal == Modality.HYPOTHETICAL || verbal == Modality.NEGATED) {
                    return verbal; // "urges member states to maintain their support", "to convince the World Bank to give
                                   // us their support": what an infinitive still wanted would give is wanted too (not
                                   // "to heed the council's demand", which was made)
                }
            }
            if (t.get(i).word().equalsIgnoreCase("from") && shieldedBefore(t, i)) {
                return Modality.HYPOTHETICAL; // "to protect Iraqi Kurds from air attack by Baghdad": kept off, not made
            }
            if (!(t.get(i).pos().equals("DT") || t.get(i).pos().startsWith("JJ") || t.get(i).pos().startsWith("NN")
                    || t.get(i).pos().equals("PRP$") || t.get(i).pos().equals("POS") || t.get(i).pos().equals("CD")
                    || t.get(i).pos().equals("VBN") && i > 0 && t.get(i - 1).pos().equals("DT") // "the stalled national talks"
                    || t.get(i).word().equals("for") || t.get(i).word().equals("and") || t.get(i).pos().startsWith("RB")
                    || t.get(i).word().equals("of") && i > 0 && t.get(i - 1).pos().startsWith("NN")
                    || (t.get(i).word().equals("on") || t.get(i).word().equals("to")) && i > 0 && t.get(i - 1).pos().startsWith("NN")
                            && andBetween(t, i, first) // "demanding progress on political reforms and the release of"
                    || t.get(i).pos().equals("HYPH") || t.get(i).word().equals("-") // "called for high-level visits"
                    || i > 0 && i + 1 < t.size() && t.get(i - 1).word().equals("-") && t.get(i + 1).word().equals("-") // "face-to-face"
                    || t.get(i).pos().equals("PRP") && i > 0 && t.get(i - 1).pos().equals("VB") // "to give us their support"
                    || t.get(i).pos().equals("VBG") && i > 0 && t.get(i - 1).word().equals("for") // "called for exchanging visits"
                    || prepositionOfAGoverningWord(t, i))) {
                break; // ("a campaign of attacks", "a wave of bombings": the noun before "of" belongs to the phrase)
            }
        }
        int verb = first - 1;
        while (verb > 0 && verb >= first - 4 && (t.get(verb).pos().equals("DT") || t.get(verb).pos().startsWith("JJ")
                || t.get(verb).pos().equals("PRP$"))) {
            verb--;
        }
        if (scheduled && verb > 0 && t.get(verb).pos().equals("VBD") && pastInFutureTimeClause(t, verb)) {
            return Modality.HYPOTHETICAL; // "the signing would take place after he attended the meeting"
        }
        if (t.get(first).word().equals(",") && futureAfterParticiple(t, head, t.get(first))) {
            return Modality.HYPOTHETICAL; // "EU leaders, meeting at a summit in Brussels from Thursday, will try"
        }
        if (futureAfter(t, first, scheduled ? 14 : 6) || scheduled && futureAfterAside(t, head) || claimed(t, first) || rejectedObject(t, first)
                || scheduled && comingTime(t, head)) {
            return Modality.HYPOTHETICAL;
        }
        boolean crossed = false; // a comma passed: the far reach of a scheduled noun stops there
        for (int i = first - 1; i >= Math.max(0, first - (scheduled && !crossed ? 20 : 10)); i--) {
            Token a = t.get(i);
            crossed |= a.word().equals(",");
            boolean listComma = a.word().equals(",") && i + 1 < first && t.get(i + 1).pos().startsWith("JJ"); // "serious, open and direct"
            if (!listComma && (a.word().equals(",") || a.word().equals(";") || CLAUSE_OPENERS.contains(a.word().toLowerCase(Locale.ROOT))
                    || scheduled && (a.word().equalsIgnoreCase("that") || a.pos().startsWith("W")))) {
                break; // "will not be blackmailed ... after three deadly bombings": the modal is another clause's
            }
            if (a.pos().equals("MD") && !scheduled && answers(t, i, first)) {
                break; // "will not answer a call by rebels", "would not be swayed by Chinese warnings": told before, still real
            }
            if (a.pos().equals("MD") || scheduled && futureInfinitive(t, i)) {
                return Modality.HYPOTHETICAL; // "is expected to discuss trade during his visit"
            }
            if (scheduled && DUE.contains(a.word().toLowerCase(Locale.ROOT)) && i > 0 && lemma(t.get(i - 1)).equals("be")) {
                return Modality.HYPOTHETICAL; // "is due in Kenya on Friday for a two-day visit": an arrival still to come
            }
        }
        if (scheduled && (openingOfFutureClause(t, first) || afterFutureVerb(t, first))) {
            return Modality.HYPOTHETICAL;
        }
        return conditional(t, first) ? Modality.HYPOTHETICAL : Modality.ASSERTED;
    }

    /** Verbs that answer or meet something already said or done: their object was there before the modal's clause. */
    private static final Set<String> ANSWERING = Set.of("answer", "heed", "reject", "respond", "react", "sway",
            "defy", "ignore", "comply", "welcome", "oppose", "resist", "counter", "challenge", "appeal", "bow", "yield",
            "give", "cave", "rebuff", "dismiss", "obey", "honour", "honor", "fulfil", "fulfill", "meet");

    /**
     * Whether a verb of answering stands between the modal at {@code modal} and the noun at {@code first}, with
     * only its particle, preposition and the noun's own words between them ("will not agree to the UN request", "could
     * hit back at the sanctions", "will not answer a call by rebels").
     */
    private static boolean answers(List<Token> t, int modal, int first) {
        for (int i = modal + 1; i < first; i++) {
            Token a = t.get(i);
            if (!a.pos().startsWith("VB")) {
                continue;
            }
            String l = lemma(a);
            boolean agreeTo = l.equals("agree") && i + 1 < first && t.get(i + 1).word().equalsIgnoreCase("to");
            boolean hitBack = l.equals("hit") && i + 1 < first && t.get(i + 1).word().equalsIgnoreCase("back");
            if (!(ANSWERING.contains(l) || agreeTo || hitBack) || l.equals("give") && !(i + 1 < first && t.get(i + 1).word().equalsIgnoreCase("in"))
                    || l.equals("meet") && !(i + 1 < first && t.get(i + 1).pos().equals("DT"))) {
                continue;
            }
            for (int j = i + 1; j < first; j++) {
                Token b = t.get(j);
                if (!(b.pos().equals("DT") || b.pos().startsWith("JJ") || b.pos().startsWith("NN") || b.pos().equals("PRP$")
                        || b.pos().equals("POS") || b.pos().equals("IN") || b.pos().equals("TO") || b.pos().equals("RP")
                        || b.pos().equals("RB"))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * "the US's refusal to their demand", "rejected his appeal": what a refusal answers, referred back to with a
     * pronoun, was told before; the report asserts the refusal, not a new demand ("rebuffed the US appeal" names it anew).
     */
    private static boolean rejectedObject(List<Token> t, int first) {
        boolean preposition = false;
        boolean pronoun = false;
        for (int i = first - 1; i >= Math.max(0, first - 6); i--) {
            Token a = t.get(i);
            pronoun |= a.pos().equals("PRP$");
            if (REJECTING.contains(lemma(a)) && (a.pos().startsWith("VB") || a.pos().startsWith("NN"))) {
                return pronoun;
            }
            boolean of = !preposition && (a.word().equals("to") || a.word().equals("of"));
            preposition |= of;
            if (!(of || a.pos().equals("DT") || a.pos().startsWith("JJ") || a.pos().startsWith("NN") || a.pos().equals("PRP$")
                    || a.pos().equals("POS"))) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> REJECTING = Set.of("refusal", "rejection", "reject", "refuse", "dismiss", "rebuff",
            "ignore", "spurn", "deny", "denial");

    /**
     * Events that are arranged ahead and so reported ahead: a meeting or a protest in a clause of the future is yet to
     * be held ("is to visit Ireland, where he will meet ... during his visit"), while an attack or a request named there
     * is mostly one that took place ("are to face charges over the killing of", "plans to meet a NATO request"). The
     * charges themselves are yet to be brought, though.
     */
    private static final Set<String> SCHEDULED = Set.of("charge", "meeting", "talk", "talks", "visit", "summit", "conference", "trip",
            "tour", "session", "negotiation", "consultation", "deployment", "protest", "demonstration", "rally", "march");

    /**
     * "Yeltsin will take a holiday after his visit to Germany", "Olmert is to fly to Rome following talks with": a
     * scheduled event in a phrase of time after a verb of the future, in the same clause, is yet to take place too.
     */
    private static boolean afterFutureVerb(List<Token> t, int first) {
        int i = first - 1;
        while (i >= 0 && (t.get(i).pos().equals("DT") || t.get(i).pos().equals("PRP$") || t.get(i).pos().startsWith("JJ")
                || t.get(i).pos().startsWith("NN") || t.get(i).pos().equals("POS"))) {
            i--;
        }
        if (i < 1 || !Set.of("after", "following", "during", "before").contains(t.get(i).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int j = i - 1; j >= Math.max(0, i - 12); j--) {
            Token a = t.get(j);
            if (a.word().equals(",") || a.word().equals(";") || a.pos().startsWith("W") || a.word().equalsIgnoreCase("that")) {
                return false;
            }
            if (a.pos().equals("MD")) {
                return Set.of("will", "'ll", "shall").contains(a.word().toLowerCase(Locale.ROOT));
            }
            if (futureInfinitive(t, j)) {
                return true;
            }
        }
        return false;
    }

    /** Prepositions of time that open a sentence with a scheduled event ("During his visit, ..."). */
    private static final Set<String> OPENING_TIMES = Set.of("during", "at", "on", "in", "after", "before", "following");

    /** Whether token {@code i} is the "to" of an infinitive that a verb of the future governs ("scheduled to meet"). */
    private static boolean futureInfinitive(List<Token> t, int i) {
        return t.get(i).word().equalsIgnoreCase("to") && i + 1 < t.size() && t.get(i + 1).pos().equals("VB") && i > 0
                && (FUTURE_PARTICIPLES.contains(t.get(i - 1).word().toLowerCase(Locale.ROOT)) && !t.get(i - 1).word().equalsIgnoreCase("to")
                    || t.get(i - 1).pos().startsWith("VB") && Set.of("plan", "intend", "hope", "want", "aim").contains(lemma(t.get(i - 1)))
                    || lemma(t.get(i - 1)).equals("be") && !t.get(i - 1).pos().equals("VBN")); // "was to have travelled"
    }

    /**
     * "During his visit, businessmen will discuss trade": a noun in a phrase of time that opens the sentence dates a
     * clause whose verb is future, so it is yet to take place too.
     */
    private static boolean openingOfFutureClause(List<Token> t, int first) {
        int i = first - 1;
        if (OPENING_TIMES.contains(t.get(first).word().toLowerCase(Locale.ROOT))) {
            i = first; // the trigger's own words hold the preposition: "During their meeting, ..."
        }
        while (i >= 0 && (t.get(i).pos().equals("DT") || t.get(i).pos().equals("PRP$") || t.get(i).pos().startsWith("JJ")
                || t.get(i).pos().startsWith("NN") && !t.get(i).pos().startsWith("NNP") || t.get(i).pos().equals("POS"))) {
            i--;
        }
        if (i < 0 || !OPENING_TIMES.contains(t.get(i).word().toLowerCase(Locale.ROOT))
                || !(i == 0 || t.get(i - 1).word().equals(",") || i == 1 && t.get(0).pos().startsWith("RB"))) { // "Also during his talks"

            return false;
        }

        int comma = first + 1;
        while (comma < t.size() && comma <= first + 12 && !t.get(comma).word().equals(",")) {
            comma++;
        }
        for (int j = comma + 1; j < t.size() && j <= comma + 14; j++) {
            Token a = t.get(j);
            if (a.pos().equals("MD")) {
                return !lemma(a).equals("do");
            }
            if (FUTURE_PARTICIPLES.contains(a.word().toLowerCase(Locale.ROOT)) && j + 1 < t.size() && t.get(j + 1).word().equalsIgnoreCase("to")) {
                continue; // "are expected to discuss": the infinitive tells
            }
            if (futureInfinitive(t, j) || a.pos().startsWith("VB") && !lemma(a).equals("be")) {
                return futureInfinitive(t, j);
            }
        }
        return false;
    }

    /** "over what he said were repeated attacks by": someone's claim, which the report does not assert. */
    private static boolean claimed(List<Token> t, int first) {
        boolean say = false;
        for (int i = first - 1; i >= Math.max(0, first - 7); i--) {
            String w = t.get(i).word().toLowerCase(Locale.ROOT);
            say |= Set.of("say", "call", "describe", "claim", "term").contains(lemma(t.get(i)));
            if (w.equals("what")) {
                return say;
            }
        }
        return false;
    }

    /**
     * "NATO commanders were holding a meeting later Tuesday", "a meeting in Kuala Lumpur next month": a time still to
     * come ("later" with a day, "next" with a week, month or year) within eight tokens after a scheduled noun, in its
     * clause.
     */
    private static boolean comingTime(List<Token> t, int head) {
        for (int i = head + 1; i + 1 < t.size() && i <= head + 8; i++) {
            String w = t.get(i).word().toLowerCase(Locale.ROOT);
            if (w.equals(",") || w.equals(";") || t.get(i).pos().startsWith("W") || w.equals("that") || FINITE_TAGS.contains(t.get(i).pos())) {
                return false;
            }
            String n = t.get(i + 1).word().toLowerCase(Locale.ROOT);
            if (w.equals("later") && (n.equals("today") || n.equals("this") || n.endsWith("day"))
                    || w.equals("next") && Set.of("week", "month", "year", "weekend").contains(n)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");

    private static boolean futureAfter(List<Token> t, int first, int reach) {
        int i = first + 1;
        while (i < t.size() && i <= first + reach && (t.get(i).pos().startsWith("NN") || t.get(i).pos().startsWith("JJ")
                || t.get(i).pos().equals("IN") && !t.get(i).word().equals("that") || t.get(i).pos().equals("DT")
                || t.get(i).pos().equals("VBG") && t.get(i - 1).pos().equals("IN") || reach > 6 && (t.get(i).pos().equals("CD") // (a scheduled noun's only: "The revocation of the Order No.7 will allow")
                || t.get(i).word().equalsIgnoreCase("plus") || t.get(i).word().equals("and") && i + 1 < t.size()
                        && t.get(i - 1).pos().startsWith("NNP") && t.get(i + 1).pos().startsWith("NNP")))) {
            i++; // "talks with the rebels will ...", "talks among all factions on forming a government are expected to",
                 // "A meeting of the five permanent members of the UN Security Council plus Germany is planned"
        }
        if (i + 1 < t.size() && Set.of("has", "have", "had").contains(t.get(i).word().toLowerCase(Locale.ROOT))
                && t.get(i + 1).word().equalsIgnoreCase("been")) {
            i++; // "Fresh rounds of talks between Nepal and Bhutan had been scheduled for November"
        }
        if (i >= t.size()) {
            return false;
        }
        if (t.get(i).pos().equals("MD") && !lemma(t.get(i)).equals("do")) {
            return true;
        }
        return lemma(t.get(i)).equals("be") && i + 1 < t.size()
                && FUTURE_PARTICIPLES.contains(t.get(i + 1).word().toLowerCase(Locale.ROOT));
    }

    /**
     * "The meeting with Abdelaziz in Tindouf, southwest Algeria, will be", "The Ban-Aso meeting, to be held at": a
     * scheduled event noun whose phrase, past an aside between commas, goes on with a future verb or "to be held".
     */
    private static boolean futureAfterAside(List<Token> t, int head) {
        int i = head + 1;
        while (i < t.size() && i <= head + 12 && !t.get(i).word().equals(",") && !t.get(i).pos().startsWith("VB")
                && !t.get(i).pos().equals("MD") && !t.get(i).pos().startsWith("W") && !t.get(i).word().equalsIgnoreCase("that")
                && !t.get(i).pos().equals("CC")) { // "starts his visit to Germany ... and will meet": another verb's modal
            i++;
        }
        if (i + 2 < t.size() && t.get(i).word().equals(",") && t.get(i + 1).word().equalsIgnoreCase("to")
                && lemma(t.get(i + 2)).equals("be")) {
            return true; // ", to be held"
        }
        if (i < t.size() && t.get(i).word().equals(",")) {
            int j = i + 1;
            while (j < t.size() && j <= i + 8 && !t.get(j).word().equals(",") && !t.get(j).pos().startsWith("VB")
                    && !t.get(j).pos().startsWith("W")) {
                j++;
            }
            i = j < t.size() && t.get(j).word().equals(",") ? j + 1 : i + 1;
        }
        return i < t.size() && t.get(i).pos().equals("MD") && Set.of("will", "'ll", "shall").contains(t.get(i).word().toLowerCase(Locale.ROOT));
    }

    /** Words after a form of "be" that put a trip or a meeting still ahead ("is due in Kenya for a visit"). */
    private static final Set<String> DUE = Set.of("due", "expected", "slated", "scheduled");

    private static final Set<String> FUTURE_PARTICIPLES = Set.of("expected", "scheduled", "due", "set", "slated", "planned",
            "likely", "to", "possible", "unlikely");
    private static final Set<String> CLAUSE_OPENERS = Set.of("after", "since", "following", "when", "because", "before", "despite", "amid",
            "while", "as", "until");

    /** An "if", "unless", "whether" or "in case" earlier in the same clause. */
    private static boolean conditional(List<Token> t, int head) {
        for (int i = head - 1; i >= Math.max(0, head - 12); i--) {
            String w = t.get(i).word().toLowerCase(Locale.ROOT);
            if (w.equals(",") || w.equals(";") || w.equals("but")) { // "clarify whether ... would ... but he called on"
                return false;
            }
            if (CONDITIONALS.contains(w) || w.equals("case") && i > 0 && t.get(i - 1).word().equalsIgnoreCase("in")) {
                return true; // "in case of attacks" is a condition like "if"
            }
            if (w.equals("until") && Set.of("VBZ", "VBP", "VB").contains(t.get(head).pos())) {
                return true; // "sanctions until Iran agrees to suspend": not yet
            }
            if (w.equals("long") && i > 0 && i + 1 < head && t.get(i - 1).word().equalsIgnoreCase("as")
                    && t.get(i + 1).word().equalsIgnoreCase("as") && Set.of("VBZ", "VBP").contains(t.get(head).pos())) {
                return true; // "would stay as long as that government asks us to": a condition
            }
        }
        return false;
    }

    static String lemma(Token t) {
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }
}
