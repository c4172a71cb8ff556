package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;
import org.newsgraph.extract.Token;

/**
 * Who does what to whom in one sentence, read off word order and the mentions already found (no parser):
 * the subject is the nearest actor mention before the verb that is not inside a prepositional phrase or a
 * possessive; a relative "who"/"which" stands for the name before it; the recipient is the direct object or
 * the object of a preposition the category takes ("with", "on", "against", "to"; found by {@link ObjectFinder}).
 * Pronouns are resolved by {@link Pronouns}. One instance per sentence; not thread-safe.
 */
final class Participants {

    static final Set<MentionType> ACTOR_TYPES = Set.of(MentionType.PERSON, MentionType.ORGANISATION,
            MentionType.COUNTRY, MentionType.CITY, MentionType.GOVERNMENT, MentionType.GROUP, MentionType.NATIONALITY,
            MentionType.DESCRIPTION, MentionType.PLACE);
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "from", "with", "to", "for", "on", "at", "by",
            "against", "over", "under", "into", "between", "among", "including", "like", "near", "about", "through",
            "across", "towards", "toward", "during", "via", "within", "without", "outside",
            "inside", "around", "throughout", "behind", "amid", "despite", "unlike", "along");
    /** Heads whose "of" phrase names the actor: "the presidents of Croatia", "hundreds of people". */
    private static final Set<String> OF_HEADS = Set.of("president", "presidents", "leader", "leaders", "minister",
            "ministers", "head", "heads", "chief", "chiefs", "government", "officials", "troops", "forces", "members",
            "hundreds", "thousands", "dozens", "scores", "group", "number", "army", "police", "supporters", "delegation",
            "representatives", "spokesman", "spokeswoman", "most", "many", "some", "all", "each", "one", "two", "three",
            "several", "both", "majority", "countries", "nations", "states", "member", "board", "personnel", "soldiers",
            "units", "staff", "council", "total", "four", "five", "six", "seven", "eight", "nine", "ten", "none", "half",
            "tens", "millions", "couple", "handful", "remnants", "remnant", "column", "columns", "contingent", "detachment");
    /** Month names, which may date a nominal trigger between it and its possessor ("its August 1990 invasion"). */
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");
    /** Words after "since" or "until" that make it a preposition of time ("since 1994"), not a clause opener. */
    private static final Set<String> TIME_WORDS = Set.of("then", "last", "early", "late", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "week", "month", "year");

    /** Group nouns that say less than the nationality before them ("a Burmese official" acts for Burma). */
    static final Set<String> GENERIC_HEADS = Set.of("official", "minister", "leader", "government", "force",
            "authority", "authorities", "diplomat", "delegation", "spokesman", "officer", "leadership", "administration");

    /** People who act for the place they come from ("officials from China"). */
    private static final Set<String> SENT_FROM = Set.of("official", "representative", "delegate", "leader", "minister",
            "delegation", "expert", "envoy", "diplomat", "negotiator", "researcher", "analyst", "scholar", "professor",
            "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "economist");
    /** Those who speak "for" a body ("a spokesman for the Taliban"), unlike a minister "for" a portfolio. */
    private static final Set<String> SPEAKERS_FOR = Set.of("spokesman", "spokeswoman", "spokesperson", "representative");
    /** Prepositions by which such people name the body they work for ("a senior researcher with the State Council"). */
    private static final Set<String> WORKS_FOR = Set.of("from", "with", "at");

    /** Whether an adverbial clause opens between tokens {@code i} and {@code head}: "said after being released" is the speaker's. */
    private boolean adjunctBetween(int i, int head) {
        for (int j = i + 1; j < head; j++) {
            String w = t.get(j).word().toLowerCase(Locale.ROOT);
            if ((t.get(j).pos().equals("IN") || t.get(j).pos().equals("WRB")) && ADJUNCTS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The first token from {@code from} that is no adverb, at most {@code to} ("after allegedly assaulting"). */
    private int pastAdverbs(int from, int to) {
        int j = from;
        while (j < to && t.get(j).pos().startsWith("RB")) {
            j++;
        }
        return j;
    }

    private static final Set<String> ADJUNCTS = Set.of("after", "before", "following", "while", "when", "since", "upon",
            "during", "as", "by");

    /** Verbs whose complement clause reports what someone else did: "officials say the fire killed". */
    /**
     * Whether the noun phrase that ends at {@code noun} opens the complement clause of a verb of saying ("Officials said
     * talks took place", "said that fighting erupted"): its subject is that noun, not the speaker.
     */
    boolean reportedNounSubject(int noun, int lo) {
        int j = noun - 1;
        while (j > lo && mentionOf[j] == null && Set.of("DT", "JJ", "CD", "NN", "NNS", "PRP$", "HYPH").contains(t.get(j).pos())) {
            j--;
        }
        if (j > lo && t.get(j).word().equalsIgnoreCase("that")) {
            j--;
        }
        return j >= lo && mentionOf[j] == null && Set.of("VBD", "VBZ", "VBP").contains(t.get(j).pos())
                && (REPORTING.contains(Moods.lemma(t.get(j))) || SAY_VERBS.contains(Moods.lemma(t.get(j))));
    }

    private static final Set<String> REPORTING = Set.of("say", "claim", "allege", "report", "believe", "think", "insist",
            "confirm", "deny", "fear", "estimate", "suspect", "acknowledge", "admit", "reveal", "indicate", "suggest", "know",
            "find", "show", "conclude", "learn");
    /** Words that open a subordinate clause, beyond which a subject is not looked for. */
    static final Set<String> SUBORDINATORS = Set.of("since", "when", "while", "because", "although", "though",
            "whereas", "unless", "until", "if");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i", "it");
    private static final Set<String> RELATIVES = Set.of("who", "whom", "which", "that");
    /** Heads of a description of a named body ("Al-Itihad, a group of ethnic Somalis fighting", "Hamas as a movement that"). */
    private static final Set<String> BODY_DESCRIPTIONS = Set.of("group", "organisation", "organization", "movement", "faction",
            "party", "militia", "network", "outfit");
    /** Words that take a part of the group a relative "of whom" refers to ("some of whom", "both of whom"). */
    private static final Set<String> PART_QUANTIFIERS = Set.of("some", "many", "most", "all", "several", "both", "none", "each",
            "half", "one", "two", "three", "four", "five", "dozens", "hundreds", "thousands", "few", "either", "neither");
    /** Verbs after which a name starts a reported clause ("said 22 civilians were killed"), not an object. */
    private static final Set<String> SAY_VERBS = Set.of("say", "tell", "claim", "report", "announce", "add", "believe",
            "state", "insist", "confirm", "allege", "warn", "note", "argue", "think", "fear", "hope", "know", "find", "show", "conclude");
    /** Documents that speak for their authors ("a statement that welcomed ..."). */
    static final Set<String> DOCUMENTS = Set.of("statement", "resolution", "letter", "declaration", "communique",
            "report", "message", "note", "decision", "ruling");

    /** Texts put to a vote, which speak for those who pass them ("voted for the document which urged"). */
    private static final Set<String> VOTED_TEXTS = Set.of("document", "motion", "text", "bill", "draft");

    /** Relative pronouns that can stand for the object of their clause's verb. */
    private static final Set<String> RELATIVE_OBJECTS = Set.of("which", "whom", "who", "that");
    /** Auxiliaries between a subject and its verb. */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "are", "was", "were", "been", "be",
            "being", "did", "does", "do");

    final List<Token> t;
    final Mention[] mentionOf;
    final Pronouns pronouns;
    private final ObjectFinder objects = new ObjectFinder(this);
    private final CommonParties common = new CommonParties(this);
    /** Parties described by a common noun phrase in a recipient slot (the fifteenth round's policy). */
    final DescribedParties described = new DescribedParties(this);
    /** The parties of "by", "from", "between" and "and" phrases. */
    final Phrases phrases = new Phrases(this);

    /**
     * @param tokens    the sentence's tokens
     * @param mentionOf for each token, the actor or place mention covering it, or null
     */
    Participants(List<Token> tokens, Mention[] mentionOf, Pronouns pronouns) {
        this.t = tokens;
        this.mentionOf = mentionOf;
        this.pronouns = pronouns;
    }

    /** Whether the last {@link #subject} call ended at a personal pronoun the article gives no antecedent for. */
    private boolean unresolvedPronoun;

    boolean unresolvedPronoun() {
        return unresolvedPronoun;
    }

    /** The subject before token {@code head}, with coordinated subjects ("Poland and the EU"); empty if none. */
    List<Mention> subject(int head, int lo) {
        unresolvedPronoun = false;
        List<Mention> reporter = reporterBeforeParticiple(head, lo);
        if (reporter != null) {
            return reporter;
        }
        int main = verbBeforeParticiple(head, lo);
        if (main >= 0) {
            List<Mention> doer = subject(main, lo);
            if (!doer.isEmpty() || unresolvedPronoun) {
                return doer; // "Ottri sent a cable of condolences to his Jordanian counterpart, condemning": Ottri condemned
            }
        }
        int earlier = coordinatedPassiveVerb(head, lo);
        if (earlier >= 0) {
            List<Mention> shared = subject(earlier, lo);
            if (!shared.isEmpty()) {
                return shared; // "Williams abandoned the trailer in Victoria, Texas ... but was later arrested": Williams was
            }
        }
        int main2 = verbBeforeRelative(head, lo);
        if (main2 >= 0) {
            List<Mention> shared = subject(main2, lo);
            if (!shared.isEmpty()) {
                return shared; // "Rice condemned a bombing in which five Israelis were killed and called on": Rice called
            }
        }
        int i = includedListStart(head, lo) - 1;
        int steps = 0;
        boolean comma = false;
        while (i >= lo && steps++ < 30) {
            Token k = t.get(i);
            String w = k.word().toLowerCase(Locale.ROOT);
            int opening = w.equals("--") ? openingDash(i, lo) : -1;
            if (opening >= 0) {
                i = opening - 1; // "another gang -- again in the uniforms of the security forces -- shot dead": past the aside
                continue;
            }
            if (w.equals(";") || w.equals(":") || w.equals("--")
                    || SUBORDINATORS.contains(w) && (k.pos().equals("IN") || k.pos().equals("WRB")) && !commaBetween(i, head)
                    && !((w.equals("since") || w.equals("until")) && i + 1 < head
                            && (t.get(i + 1).pos().equals("CD") || TIME_WORDS.contains(t.get(i + 1).word().toLowerCase(Locale.ROOT))))
                    && !(w.equals("because") && i + 1 < head && t.get(i + 1).word().equals("of")) // "because of its size": a preposition
                    && !(pastAdverbs(i + 1, head) == head && t.get(head).pos().equals("VBG"))) {
                break; // "since a bomb attack killed ...": the main clause's subject is not this clause's ("while praising" shares it)
            }
            if (i < head - 1 && REPORTING.contains(Moods.lemma(k)) && (k.pos().equals("VBD") || k.pos().equals("VBZ") || k.pos().equals("VBP"))
                    && t.get(head).pos().startsWith("VB") && !t.get(head).pos().equals("VBG") && !commaBetween(i, head)
                    && !t.get(i + 1).word().equals("to") && !adjunctBetween(i, head)) {
                break; // "Saudi officials say the fire killed 343": the speaker is not the subject of what is reported
            }
            if ((w.equals("after") || w.equals("before")) && k.pos().equals("IN") && t.get(head).pos().startsWith("VB")
                    && !t.get(pastAdverbs(i + 1, head)).pos().equals("VBG") && !commaBetween(i, head) && !verbBetween(i, head)) {
                break; // "a day after the draft was rejected": the verb is in the clause that "after" opens
            }
            if (w.equals(",") && !comma) {
                int named = Appositions.appositiveStart(this, i, head, lo);
                if (named >= 0) {
                    i = named;
                    comma = true;
                    continue;
                }
                Mention blamed = blamedInRelative(i, head, lo);
                if (blamed != null) {
                    return List.of(blamed);
                }
                Mention restricted = restrictedOpeningSubject(i, head, lo);
                if (restricted != null) {
                    return List.of(restricted); // "The official who gave the order ..., killing three people, has been arrested"
                }
                int relative = relativeClauseBefore(i, head, lo);
                if (relative >= 0) {
                    i = relative - 1; // "The French leader, who gathered here with ... officials from across the continent, also urged"
                    comma = true;
                    continue;
                }
            }
            comma |= w.equals(",");
            if (w.equals("whose") && commonNounsOnly(i + 1, head)) {
                Mention m = antecedentOfRelative(i, lo); // "Indo'adhe, whose movement has been accused of": the movement's owner
                return m == null ? List.of() : List.of(m);
            }
            if (RELATIVES.contains(w) && (k.pos().startsWith("W") || k.pos().equals("IN") && w.equals("that"))) {
                Mention m = antecedentOfRelative(i, lo);
                if (m != null) {
                    Mention first = partnerBefore(m);
                    return first == null ? List.of(m) : List.of(first, m); // "Musharraf and Singh, who met in Havana"
                }
                if (!comma && !documentBefore(i) || comma && commonNounBefore(i)) {
                    return List.of(); // "the blast, which happened at 10 a.m., killed": a thing is the subject
                }
                i--;
                continue;
            }
            Mention m = mentionOf[i];
            if (m != null && m.type() == MentionType.TITLE && describedSubject(i, head) >= 0) {
                int from = describedSubject(i, head); // "The defence minister also urged": the description is all the sentence gives
                int to = whoseEnd(titleHeadEnd(endOf(i), head), head);
                return List.of(from == startOf(i) && to == endOf(i) ? m : new Mention(t.get(from).begin(), t.get(to).end(),
                        CommonParties.text(t, from, to), MentionType.TITLE, null, m.source(), m.confidence())); // "the leftist leader", "the chief justice"
            }
            if (m != null && ACTOR_TYPES.contains(m.type())) {
                int start = startOf(i);
                while (start > lo && m.type() != MentionType.PERSON && mentionOf[start - 1] != null && mentionOf[start - 1] != m
                        && ACTOR_TYPES.contains(mentionOf[start - 1].type())) {
                    start = startOf(start - 1); // "the UN agency", "Spanish coast guards": a name chained before the head
                }
                if (possessorOfSubject(start, i, head)) {
                    return List.of(m); // "Indonesia's head telecommunications official Thursday called on": who the official acts for
                }
                boolean participleSubject = endOf(i) == head - 1 && t.get(head).pos().equals("VBG") // "with lawmakers calling for"
                        || withParticipleSubject(start, endOf(i), head); // "with the UN and African Union regional grouping urging"
                boolean lodgedWith = filedWith(start, endOf(i), head); // (not "filed a case with the WTO accusing Turkey": the case accuses)
                if (!lodgedWith && (participleSubject || eligible(start, i) || opensClauseAfterObject(npStart(start), endOf(i), head))) {
                    // "Somali government officials", "EU foreign ministers": the named party before a group noun
                    // ("Polish students" are students, not Poland)
                    Mention named = mentionOf[start];
                    boolean party = namesParty(named, i); // "Hamburg police" are police
                    Mention chosen = m.type() == MentionType.GROUP && party ? named : m;
                    if (chosen.type() == MentionType.GROUP && start >= 2 && t.get(start - 1).word().equals(",")
                            && mentionOf[start - 2] != null && mentionOf[start - 2].type() != MentionType.GROUP
                            && ACTOR_TYPES.contains(mentionOf[start - 2].type()) && !afterPreposition(startOf(start - 2))
                            && t.get(start).pos().equals("DT")) { // (not "As education is key to the MDGs, participants called")
                        chosen = mentionOf[start - 2]; // "the EU, the largest aid donor, provided": the appositive's name
                    }
                    Mention person = Appositions.personBefore(this, start, i, head);
                    Mention owner = person == null && chosen.type() == MentionType.GROUP && i == head - 1 ? ownerOfTroops(start, i, lo) : null;
                    if (owner != null) {
                        return List.of(owner); // "Britain has more than 7,000 soldiers fighting militias": Britain fights
                    }
                    return withCoordinates(person != null ? person : chosen, start, lo); // "Diskin, the head of Shin Beth, told"
                }
                i = start - 1;
                if (i > lo + 1 && t.get(i).pos().equals("DT") && (t.get(i - 1).word().equals("and") || t.get(i - 1).word().equals(","))) {
                    i--; // "Jordan, Kuwait and the United Arab Emirates and asked": the article of the list's last member
                }
                while (i > lo && (t.get(i).word().equals("and") || t.get(i).word().equals(",")) && mentionOf[i - 1] != null
                        && ACTOR_TYPES.contains(mentionOf[i - 1].type()) && !eligible(startOf(i - 1), i - 1, true)) {
                    i = startOf(i - 1) - 1; // the earlier members of a list in the same phrase ("Germany, the Netherlands and")
                }
                continue;
            }
            if (k.pos().equals("PRP") && SUBJECT_PRONOUNS.contains(w)) {
                Mention mainSubject = mainSubjectForPronoun(i, lo);
                Mention p = mainSubject != null ? mainSubject : pronouns.resolve(k);
                if (p == null && !w.equals("it") && !w.equals("we") && !w.equals("i")) {
                    p = described.openingParty(i, w.equals("they")); // "The former British soldier said that he was beaten up"
                }
                unresolvedPronoun = p == null;
                return p == null ? List.of() : List.of(p);
            }
            if (w.equals("but") && i > lo && t.get(i - 1).word().equals(",") && thingSubjectAfter(i, head)) {
                return List.of(); // "A patrol headed to the scene, but a homemade bomb went off, wounding": the clause's own subject
            }
            i--;
        }
        return List.of();
    }

    /**
     * Whether a common noun no mention covers stands between the conjunction at {@code and} and the verb at {@code head}
     * (or is the token at {@code head}).
     */
    private boolean thingSubjectAfter(int and, int head) {
        for (int j = and + 1; j <= head && j < t.size(); j++) { // (the trigger itself may open with the noun: "bomb went off")
            if (mentionOf[j] != null || t.get(j).pos().startsWith("VB") || t.get(j).word().equals(",")) {
                return false;
            }
            if (t.get(j).pos().equals("NN") || t.get(j).pos().equals("NNS")) {
                return true;
            }
        }
        return false;
    }

    /** Clause openers after which a subject pronoun goes with the subject of the main clause before them. */
    private static final Set<String> LATER_CLAUSES = Set.of("when", "as", "after", "because", "while", "before", "until");

    /**
     * "American soldiers killed six suspected insurgents, two women and a child when they called in an air strike": a
     * "they", "he" or "she" at {@code pronoun} right after a clause opener stands for the subject of the clause right
     * before the opener, when it agrees in number; null otherwise.
     */
    private Mention mainSubjectForPronoun(int pronoun, int lo) {
        String w = t.get(pronoun).word().toLowerCase(Locale.ROOT);
        int opener = pronoun - 1;
        if (!Set.of("they", "he", "she").contains(w) || opener <= lo
                || !LATER_CLAUSES.contains(t.get(opener).word().toLowerCase(Locale.ROOT)) || !Set.of("IN", "WRB").contains(t.get(opener).pos())) {
            return null;
        }
        int verb = -1;
        for (int j = opener - 1; j >= Math.max(lo, 0); j--) { // the nearest clause before ("were disarmed when they were captured")
            String x = t.get(j).word();
            if (x.equals(";") || x.equals(":") || isQuoteMark(x) || SUBORDINATORS.contains(x.toLowerCase(Locale.ROOT))) {
                return null;
            }
            if (Set.of("VBD", "VBZ", "VBP").contains(t.get(j).pos())) {
                verb = j;
                break;
            }
        }
        if (verb < 0 || REPORTING.contains(Moods.lemma(t.get(verb))) || SAY_VERBS.contains(Moods.lemma(t.get(verb)))) {
            return null;
        }
        List<Mention> subject = subject(verb, lo);
        if (subject.size() != 1 || !ACTOR_TYPES.contains(subject.get(0).type())) {
            return null;
        }
        Mention m = subject.get(0);
        boolean person = m.type() == MentionType.PERSON || m.type() == MentionType.TITLE;
        boolean plural = m.type() == MentionType.GROUP && t.get(endOf(startOfMention(m))).pos().equals("NNS");
        return w.equals("they") ? (plural ? m : null) : (person ? m : null);
    }

    /** The first token of mention {@code m}. */
    private int startOfMention(Mention m) {
        for (int j = 0; j < t.size(); j++) {
            if (mentionOf[j] == m) {
                return j;
            }
        }
        return 0;
    }

    /**
     * "troops fired on street protesters and police made random mass arrests": a noun phrase from {@code start} to
     * {@code end} right before a finite verb at {@code head}, joined by "and" to the object of a verb before it, is the
     * subject of a clause of its own, not a second object ("talks between Israel and the Palestinians ended" is no such
     * clause: the earlier noun is a noun's complement).
     */
    private boolean opensClauseAfterObject(int start, int end, int head) {
        if (end + 1 != head || !Set.of("VBD", "VBZ", "VBP").contains(t.get(head).pos()) || start < 3
                || !t.get(start - 1).word().equals("and") || !t.get(start - 2).pos().startsWith("NN")) {
            return false;
        }
        int object = npStart(start - 2) - 1;
        if (object < 1) {
            return false;
        }
        Token before = t.get(object);
        boolean verbObject = before.pos().startsWith("VB") && !before.pos().equals("VBN");
        boolean verbPreposition = before.pos().equals("IN") && t.get(object - 1).pos().startsWith("VB");
        return verbObject || verbPreposition;
    }

    /**
     * The finite verb of the clause whose subject a passive at {@code head} shares when it is joined to it by "and" or
     * "but" with no subject of its own ("abandoned the trailer ... but was later arrested", "arrived on Monday and was
     * greeted by"), or -1: only auxiliaries and adverbs between the conjunction and the participle, the verb within the
     * sentence part before it.
     */
    private int coordinatedPassiveVerb(int head, int lo) {
        if (!t.get(head).pos().equals("VBN")) {
            return -1;
        }
        int j = head - 1;
        boolean auxiliary = false;
        while (j > lo && (t.get(j).pos().startsWith("RB") || AUXILIARIES.contains(t.get(j).word().toLowerCase(Locale.ROOT)))) {
            auxiliary |= AUXILIARIES.contains(t.get(j).word().toLowerCase(Locale.ROOT));
            j--;
        }
        if (!auxiliary || j <= lo || !Set.of("and", "but").contains(t.get(j).word().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        for (int k = j - 1; k >= Math.max(lo, j - 25); k--) {
            String w = t.get(k).word();
            if (w.equals(";") || w.equals(":") || w.equals("--") || RELATIVES.contains(w.toLowerCase(Locale.ROOT))) {
                return -1;
            }
            if (FINITE.contains(t.get(k).pos()) && !t.get(k).pos().equals("MD")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The finite verb of the main clause that a finite verb at {@code head}, joined by "and" with no subject of its own,
     * shares its subject with when a relative clause stands between them ("condemned a bombing in which five Israelis were
     * killed and called on", "applauded the co-operation that exists at provincial levels and urged"), or -1. The clause
     * must be one the verb cannot continue: opened by a preposition ("in which"), or with a verb of another tense or in
     * the passive, while the main verb has the tense of the verb at {@code head}.
     */
    private int verbBeforeRelative(int head, int lo) {
        String form = t.get(head).pos().equals("VBN") && Moods.calledOnSomeone(t, head) ? "VBD" : t.get(head).pos(); // "called/VBN on"
        if (!form.equals("VBD") && !form.equals("VBZ") && !form.equals("VBP")) {
            return -1;
        }
        int j = head - 1;
        while (j > lo && t.get(j).pos().startsWith("RB")) {
            j--;
        }
        if (j <= lo || !t.get(j).word().equalsIgnoreCase("and")) {
            return -1;
        }
        for (int r = j - 1; r > lo && r >= j - 30; r--) {
            Token k = t.get(r);
            String w = k.word().toLowerCase(Locale.ROOT);
            if (w.equals(";") || w.equals(":") || w.equals("--") || w.equals("and") && t.get(r + 1).pos().startsWith("VB")) {
                return -1;
            }
            if (!(RELATIVES.contains(w) && (k.pos().startsWith("W") || k.pos().equals("IN") && w.equals("that")))) {
                continue;
            }
            boolean prepositional = t.get(r - 1).pos().equals("IN") || t.get(r - 1).pos().equals("TO");
            int own = -1;
            boolean passive = false;
            for (int v = r + 1; v < j; v++) {
                if (FINITE.contains(t.get(v).pos()) && !t.get(v).pos().equals("MD")) {
                    own = own < 0 ? v : own;
                }
                passive |= t.get(v).pos().equals("VBN") && v > r + 1 && AUXILIARIES.contains(t.get(v - 1).word().toLowerCase(Locale.ROOT))
                        && !Set.of("has", "have", "had").contains(t.get(v - 1).word().toLowerCase(Locale.ROOT));
            }
            if (own < 0 || !(prepositional || passive || !t.get(own).pos().equals(form))) {
                return -1;
            }
            for (int v = r - 1; v > lo; v--) {
                String x = t.get(v).word();
                if (x.equals(";") || x.equals(":") || x.equals("--")) {
                    return -1;
                }
                if (t.get(v).pos().equals(form) && !(v > lo && t.get(v - 1).word().equals(","))) {
                    return v;
                }
                if (FINITE.contains(t.get(v).pos())) {
                    return -1;
                }
            }
            return -1;
        }
        return -1;
    }

    /**
     * The comma that opens a relative clause ", who ..." or ", which ..." with a verb of its own, closed by the comma at
     * {@code close}, when only adverbs and auxiliaries stand between that comma and the verb at {@code head} and a name
     * stands before the clause; or -1. The clause's own names are not the subject of the verb after it.
     */
    /**
     * The party a relative clause closing at the comma {@code close} blames its antecedent on ("The blast, which police
     * blamed on Tamil Tiger rebels, killed seven soldiers": the rebels set it off), or null.
     */
    private Mention blamedInRelative(int close, int head, int lo) {
        for (int k = close + 1; k < head; k++) {
            if (!(t.get(k).pos().startsWith("RB") || t.get(k).pos().equals("MD") || AUXILIARIES.contains(t.get(k).word().toLowerCase(Locale.ROOT)))) {
                return null;
            }
        }
        for (int j = close - 2; j > lo && j >= close - 20; j--) {
            String w = t.get(j).word();
            if (w.equals(";") || w.equals(":") || w.equals("--")) {
                return null;
            }
            if (w.equals(",") && Set.of("which", "that").contains(t.get(j + 1).word().toLowerCase(Locale.ROOT))) {
                for (int b = j + 2; b + 1 < close; b++) {
                    if (Set.of("blame", "attribute").contains(Moods.lemma(t.get(b))) && t.get(b).pos().startsWith("VB")) {
                        for (int o = b + 1; o < close && o <= b + 4; o++) {
                            if ((t.get(o).word().equals("on") || t.get(o).word().equals("to")) && o + 1 < close) {
                                Mention m = objectAt(o + 1, close, 4);
                                return m != null && ACTOR_TYPES.contains(m.type()) ? m : null;
                            }
                        }
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** Whether from {@code from} to before {@code head} stand only common nouns and their modifiers, then auxiliaries and adverbs. */
    private boolean commonNounsOnly(int from, int head) {
        int j = from;
        while (j < head && mentionOf[j] == null && (Set.of("NN", "NNS", "JJ").contains(t.get(j).pos()))) {
            j++;
        }
        if (j == from) {
            return false;
        }
        while (j < head && (t.get(j).pos().startsWith("RB") || t.get(j).pos().equals("MD") || AUXILIARIES.contains(t.get(j).word().toLowerCase(Locale.ROOT)))) {
            j++;
        }
        return j == head;
    }

    /**
     * "The official who gave the order for security forces to open fire, killing at least three people, has been
     * arrested": the party that opens the sentence when a relative clause with no comma before its pronoun follows it
     * and runs, with a verb of its own, up to the comma at {@code close}, after which only adverbs and auxiliaries stand
     * before the verb at {@code head}; or null.
     */
    private Mention restrictedOpeningSubject(int close, int head, int lo) {
        for (int k = close + 1; k < head; k++) {
            if (!(t.get(k).pos().startsWith("RB") || t.get(k).pos().equals("MD") || AUXILIARIES.contains(t.get(k).word().toLowerCase(Locale.ROOT)))) {
                return null;
            }
        }
        for (int r = Math.max(lo, 0) + 1; r < close - 1 && r <= lo + 8; r++) {
            Token k = t.get(r);
            if (!(k.pos().equals("WP") || k.pos().equals("WDT")) || !Set.of("who", "that", "which").contains(k.word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Mention m = mentionOf[r - 1];
            if (m == null || !ACTOR_TYPES.contains(m.type()) || npStart(startOf(r - 1)) != Math.max(lo, 0)) {
                return null;
            }
            boolean ownVerb = false;
            for (int j = r + 1; j < close; j++) {
                String w = t.get(j).word();
                if (w.equals(";") || w.equals(":") || w.equals("--") || w.equals(",") && mentionOf[j + 1] != null) {
                    return null; // (not "A strong man who hates to be made a fool of, Talabani reprimanded": the name after it)
                }
                ownVerb |= FINITE.contains(t.get(j).pos());
            }
            return ownVerb ? m : null;
        }
        return null;
    }

    private int relativeClauseBefore(int close, int head, int lo) {
        for (int k = close + 1; k < head; k++) {
            if (!(t.get(k).pos().startsWith("RB") || t.get(k).pos().equals("MD") || AUXILIARIES.contains(t.get(k).word().toLowerCase(Locale.ROOT)))) {
                return -1;
            }
        }
        for (int j = close - 2; j > lo && j >= close - 30; j--) {
            String w = t.get(j).word();
            if (w.equals(";") || w.equals(":") || w.equals("--")) {
                return -1;
            }
            if (w.equals(",") && (t.get(j + 1).pos().equals("WP") || t.get(j + 1).pos().equals("WDT")
                    || t.get(j + 1).pos().equals("WP$"))) { // ("Abbas, whose Fatah party lost the vote,")
                boolean ownVerb = false; // ("X, which, for the first time, has agreed": the pronoun is the subject)
                // ("The minister, whom protesters accused/VBN of corruption, resigned": an object relative's participle)
                boolean objectRelative = Set.of("whom", "which").contains(t.get(j + 1).word().toLowerCase(Locale.ROOT))
                        && j + 2 < close && !t.get(j + 2).pos().startsWith("VB") && !t.get(j + 2).pos().equals("MD");
                for (int k = j + 2; k < close; k++) {
                    ownVerb |= FINITE.contains(t.get(k).pos()) || objectRelative && t.get(k).pos().equals("VBN");
                }
                return ownVerb && mentionOf[j - 1] != null ? j : -1; // ("the blast, which happened at 10 a.m., killed": no party)
            }
        }
        return -1;
    }

    /** Prepositions that open a participle clause sharing the main clause's subject: "called for a session after blaming". */
    private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("after", "before", "while", "by", "despite", "without", "upon");

    /** Tags of a verb that has a tense, or of a modal: the predicate of a clause of its own. */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

    /** Speech acts told by a participle, which goes on with the speaker of a report before it rather than with its clause. */
    private static final Set<String> SPEECH_PARTICIPLES = Set.of("urge", "call", "accuse", "condemn", "criticize", "criticise",
            "demand", "praise", "welcome", "blame", "denounce", "appeal", "reject", "threaten", "slam", "ask", "hail", "thank");

    /** Verbs of speaking whose clause a participle of the same speaker may follow ("warned Tuesday, urging"). */
    /** Verbs of crying out, which may follow the slogan they tell ("chanted the crowd"). */
    private static final Set<String> CHANTING = Set.of("chant", "shout", "cry", "scream", "yell", "sing");
    private static final Set<String> SPEAKING = Set.of("say", "warn", "tell", "add", "state", "announce", "write", "note");

    /**
     * The speaker of a reporting clause that a participle after a comma continues: "a respected think-tank warned
     * Tuesday, urging the United States", "... said the vice governor, urging the local governments". Null when
     * the participle follows no such clause.
     */
    private List<Mention> reporterBeforeParticiple(int head, int lo) {
        if (!t.get(head).pos().equals("VBG") || head - 3 < lo || !t.get(head - 1).word().equals(",")) {
            return null;
        }
        int j = head - 2;
        while (j > lo && (t.get(j).pos().startsWith("RB") || t.get(j).pos().equals("NNP") && mentionOf[j] == null
                && Moods.lemma(t.get(j)).toLowerCase(Locale.ROOT).endsWith("day"))) {
            j--; // "warned Tuesday"
        }
        Mention described = speaking(j) || t.get(j).pos().equals("VBN") && SPEAKING.contains(Moods.lemma(t.get(j)))
                ? invertedDescribedSpeaker(j, lo) : null; // (the tagger may read "warned" as a participle there)
        if (described != null) {
            return List.of(described); // "Iraq faces chaos, a respected think-tank warned Tuesday, urging": the think-tank
        }
        if (speaking(j)) {
            List<Mention> s = subject(j, lo);
            return s.isEmpty() ? null : s;
        }
        int b = head - 2;
        while (b > lo && head - 2 - b < 6 && (mentionOf[b - 1] != null || Set.of("DT", "JJ", "NN", "NNS", "NNP", "POS")
                .contains(t.get(b - 1).pos()))) {
            b--;
        }
        boolean chanted = b - 1 >= lo && CHANTING.contains(Moods.lemma(t.get(b - 1))) && t.get(b - 1).pos().startsWith("VBD");
        if (b - 1 < lo || !speaking(b - 1) && !chanted || !Set.of(",", "''", "\"").contains(b - 2 >= lo ? t.get(b - 2).word() : ",")) {
            return null;
        }
        Mention last = mentionOf[head - 2];
        if (chanted && (last == null || !ACTOR_TYPES.contains(last.type()))) {
            return List.of(); // ""Death to Siniora," chanted the crowd, marching": the crowd, not the name in its slogan
        }
        if (last != null && ACTOR_TYPES.contains(last.type()) && last.type() != MentionType.CITY && last.type() != MentionType.PLACE) {
            return List.of(last); // "said Song, demanding"
        }
        if (last != null && last.type() == MentionType.TITLE) {
            int from = t.get(b).pos().equals("DT") ? b + 1 : b; // "said the vice governor, urging"
            return List.of(new Mention(t.get(from).begin(), t.get(head - 2).end(), CommonParties.text(t, from, head - 2),
                    MentionType.TITLE, null, last.source(), last.confidence()));
        }
        return null;
    }

    /**
     * The finite verb of the main clause that a participle after a comma at {@code head} goes with ("X sent a cable to
     * his counterpart Y, condemning ..."): the first finite verb of the sentence from {@code lo}, past an opening
     * adverbial clause and past a verb of saying that reports a clause; or -1.
     */
    private int verbBeforeParticiple(int head, int lo) {
        boolean beingPassive = t.get(head).pos().equals("VBN") && head - 4 >= lo && t.get(head - 1).word().equalsIgnoreCase("being");
       
        if ((t.get(head).pos().equals("VBG") || beingPassive) && head - 3 >= lo) { // "was arrested after being accused"
            int p = beingPassive ? head - 2 : head - 1;
            while (p > lo && t.get(p).pos().startsWith("RB")) {
                p--;
            }
            if (ADJUNCT_PREPOSITIONS.contains(t.get(p).word().toLowerCase(Locale.ROOT)) && p - 1 > lo && !t.get(p - 1).word().equals(",")) {
                for (int j = p - 1; j > lo; j--) {
                    Token k = t.get(j);
                    if ((k.word().equalsIgnoreCase("while") || ADJUNCT_PREPOSITIONS.contains(k.word().toLowerCase(Locale.ROOT)))
                            && t.get(j + 1).pos().equals("VBG")) {
                        continue; // "said this while addressing journalists after paying a call on": one more participle
                    }
                    if (Set.of(",", ";", ":", "--").contains(k.word()) || isQuoteMark(k.word()) || k.pos().startsWith("W")
                            || k.word().equalsIgnoreCase("that") || SUBORDINATORS.contains(k.word().toLowerCase(Locale.ROOT))) {
                        return -1;
                    }
                    if (k.pos().equals("VBD") || k.pos().equals("VBZ") || k.pos().equals("VBP")
                            || k.pos().equals("VBN") && t.get(j - 1).word().equals(",")) { // "The coalition, a group of politicians, called/VBN"
                        return j; // "he told BBC radio after sealing an accord": the speaker sealed it
                    }
                }
            }
        }
        int framed = t.get(head).pos().equals("VBG") && SPEECH_PARTICIPLES.contains(Moods.lemma(t.get(head)).toLowerCase(Locale.ROOT))
                ? speechFrame(head, lo) : -1;
        if (framed >= 0) {
            return mainVerbBefore(framed, lo, head); // "..., in his strongest words yet blaming Islamabad": the speaker's own words
        }
        if (!t.get(head).pos().equals("VBG") || head - 3 < lo || !t.get(head - 1).word().equals(",")) {
            return -1;
        }
        return mainVerbBefore(head - 1, lo, head);
    }

    /** Nouns of what a speaker says, in which a participle of speaking goes on ("in a speech blaming"). */
    private static final Set<String> SPEECHES = Set.of("speech", "statement", "words", "remarks", "interview", "letter",
            "address", "message", "comments");

    /**
     * The comma before "in his strongest words yet", "in a speech", "in a statement" right before the participle at
     * {@code head}; or -1.
     */
    private int speechFrame(int head, int lo) {
        int i = head - 1;
        while (i > lo && (t.get(i).pos().startsWith("RB") || t.get(i).word().equalsIgnoreCase("yet"))) {
            i--;
        }
        if (i <= lo || !SPEECHES.contains(t.get(i).word().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        i--;
        while (i > lo && (t.get(i).pos().startsWith("JJ") || t.get(i).pos().equals("DT") || t.get(i).pos().equals("PRP$"))) {
            i--;
        }
        return i - 1 > lo && t.get(i).word().equalsIgnoreCase("in") && t.get(i - 1).word().equals(",") ? i - 1 : -1;
    }

    /** The finite verb of the main clause that ends at the comma at {@code comma}, before the participle at {@code head}; or -1. */
    private int mainVerbBefore(int comma, int lo, int head) {
        int start = lo;
        String opener = t.get(lo).word().toLowerCase(Locale.ROOT);
        if (SUBORDINATORS.contains(opener) || ADJUNCTS.contains(opener)) {
            while (start < comma && !t.get(start).word().equals(",")) {
                start++; // "After the rebels attacked the town, the army ...": the main clause follows the comma
            }
            start++;
        }
        for (int j = start; j < comma; j++) {
            Token k = t.get(j);
            String w = k.word();
            if (w.equals(";") || w.equals(":") || w.equals("--") || isQuoteMark(w)) {
                return -1;
            }
            if (FINITE.contains(k.pos()) && !k.pos().equals("MD") || k.pos().equals("MD") && j + 1 < comma && t.get(j + 1).pos().equals("VB")) {
                int verb = k.pos().equals("MD") ? j + 1 : j;
                if (REPORTING.contains(Moods.lemma(t.get(verb))) || SAY_VERBS.contains(Moods.lemma(t.get(verb)))) {
                    // "officials said the army shelled the town, killing": the participle is the report's; but a speech act
                    // goes on with the speaker ("Amanullah claimed pilgrims had been locked in by their guides, condemning them")
                    return SPEECH_PARTICIPLES.contains(Moods.lemma(t.get(head)).toLowerCase(Locale.ROOT)) ? verb : -1;
                }
                return j > lo && (t.get(j - 1).pos().startsWith("W") || t.get(j - 1).word().equalsIgnoreCase("that")) ? -1 : verb;
            }
        }
        return -1;
    }

    private static boolean isQuoteMark(String w) {
        return w.equals("\"") || w.equals("``") || w.equals("''");
    }

    /** Whether token {@code i} is a finite verb of speaking. */
    /**
     * "Iraq faces ... chaos, a respected think-tank warned": the speaker of an inverted report that a common noun phrase
     * right before the verb of saying at {@code verb} names, after the comma or quote that closes what is reported; a
     * described party even when its noun is no party noun (it speaks); null when the phrase is not such.
     */
    private Mention invertedDescribedSpeaker(int verb, int lo) {
        int end = verb - 1;
        if (end <= lo || mentionOf[end] != null || !Set.of("NN", "NNS").contains(t.get(end).pos())
                || !Character.isLowerCase(t.get(end).word().charAt(0))) {
            return null;
        }
        int b = end;
        while (b - 1 > lo && mentionOf[b - 1] == null && Set.of("DT", "JJ", "NN", "NNS", "HYPH", "VBN").contains(t.get(b - 1).pos())
                && (Character.isLowerCase(t.get(b - 1).word().charAt(0)) || t.get(b - 1).pos().equals("HYPH"))) {
            b--;
        }
        if (!Set.of(",", "''", "\"").contains(t.get(b - 1).word()) || !t.get(b).pos().equals("DT")) {
            return null;
        }
        int from = b + 1;
        return described.mention(new int[] {from, end});
    }

    private boolean speaking(int i) {
        Token k = t.get(i);
        return SPEAKING.contains(Moods.lemma(k)) && (k.pos().equals("VBD") || k.pos().equals("VBZ") || k.pos().equals("VBP"));
    }

    /**
     * Whether the title mention ending at {@code end} is a whole subject of the verb at {@code head}: "the" before it
     * (past lowercase adjectives: "the leftist leader") opens the clause, no name follows it, and only an "on", "for" or
     * "in" phrase of common words ("the spokeswoman on external affairs"), adverbs and auxiliaries stand between it and
     * the verb. The token where the description starts, or -1.
     */
    private int describedSubject(int end, int head) {
        int j = describingPhraseEnd(titleHeadEnd(end, head), head) + 1;
        if (j < head && t.get(j).pos().equals("NNP") && Moods.lemma(t.get(j)).toLowerCase(Locale.ROOT).endsWith("day")) {
            j++; // "The leader of Hong Kong's Catholics Friday condemned"
        }
        j = Appositions.pastTime(this, j, head); // "The president this month accused", "the minister on Monday urged"
        for (; j < head; j++) {
            String p = t.get(j).pos();
            if (!(p.startsWith("RB") || p.equals("MD") || p.startsWith("VB"))) {
                return -1;
            }
        }
        int start = startOf(end);
        while (start >= 2 && (mentionOf[start - 1] == null || mentionOf[start - 1].type() == MentionType.GROUP
                && startOf(start - 1) == start - 1 && endOf(start - 1) == start - 1)
                && (t.get(start - 1).pos().equals("JJ") || t.get(start - 1).pos().equals("NN"))
                && Character.isLowerCase(t.get(start - 1).word().charAt(0))) {
            start--; // "the leftist leader", "the party leader", "the army chief"
        }
        return start >= 1 && Set.of("the", "a", "an").contains(t.get(start - 1).word().toLowerCase(Locale.ROOT))
                && (start == 1 || ParticipantChecks.isBoundary(t.get(start - 2)) || t.get(start - 2).word().equals("that")) ? start : -1;
    }

    /** The last token of a title's noun phrase: the title ending at {@code end}, or a common noun it modifies ("the chief justice"). */
    private int titleHeadEnd(int end, int head) {
        int e = end;
        while (e + 1 < head && e < end + 2 && mentionOf[e + 1] == null && t.get(e + 1).pos().equals("NN")
                && Character.isLowerCase(t.get(e + 1).word().charAt(0))) {
            e++;
        }
        return e;
    }

    /**
     * The last token of an "on", "for" or "in" phrase of common words right after token {@code end} and before {@code head}
     * ("the spokeswoman on external affairs", "the minister for trade"), or {@code end} when there is none.
     */
    private int describingPhraseEnd(int end, int head) {
        int j = end + 1;
        if (j + 1 < head && t.get(j).word().equals("of")) {
            return whoseEnd(end, head);
        }
        if (j < head && t.get(j).pos().equals("IN") && Set.of("on", "for", "in").contains(t.get(j).word())) {
            j++;
            while (j < head && j <= end + 5 && mentionOf[j] == null && (t.get(j).pos().equals("DT") || t.get(j).pos().startsWith("JJ")
                    || t.get(j).pos().equals("NN") || t.get(j).pos().equals("NNS"))) {
                j++;
            }
            return j - 1;
        }
        return end;
    }

    /**
     * "the leader of Hong Kong's Catholics": the last token of an "of" phrase right after token {@code end} that names
     * whose the title is (a name, with its possessive and capitalised words, before {@code head}), or {@code end}.
     */
    private int whoseEnd(int end, int head) {
        int j = end + 1;
        if (j + 1 >= head || !t.get(j).word().equals("of")) {
            return end;
        }
        int k = j + 1;
        boolean named = false;
        while (k < head && k <= j + 6 && (mentionOf[k] != null || t.get(k).pos().equals("POS") || t.get(k).pos().startsWith("NNP")
                && !Moods.lemma(t.get(k)).toLowerCase(Locale.ROOT).endsWith("day") || t.get(k).pos().equals("DT") && k == j + 1)) {
            named |= mentionOf[k] != null && mentionOf[k].type() != MentionType.TITLE;
            k++;
        }
        return named && !t.get(k - 1).pos().equals("POS") ? k - 1 : end;
    }

    /** Heads of a subject that speaks or acts for its possessor ("Indonesia's top official", "the ICG's new report"). */
    private static final Set<String> SPEAKING_FOR = Set.of("official", "spokesman", "spokeswoman", "spokesperson", "report",
            "statement", "representative", "envoy", "delegation", "delegate", "ambassador", "negotiator", "mission", "communique",
            "motion", "resolution", "letter", "declaration");

    /**
     * "Indonesia's head telecommunications official Thursday called on", "The ICG's new report endorsed": whether the state
     * or organisation from {@code start} to {@code end} is the possessor of a subject that opens the clause of the verb at
     * {@code head} and that no name heads (common nouns ending in a title or a noun of {@link #SPEAKING_FOR}, then a day,
     * adverbs and auxiliaries before the verb).
     */
    private boolean possessorOfSubject(int start, int end, int head) {
        Mention m = mentionOf[end];
        if (end + 2 >= head || !t.get(end + 1).pos().equals("POS") || m.type() == MentionType.PERSON || m.type() == MentionType.GROUP) {
            return false;
        }
        int j = end + 2;
        boolean noun = false;
        while (j < head && (mentionOf[j] == null || mentionOf[j].type() == MentionType.TITLE)
                && (t.get(j).pos().startsWith("JJ") || t.get(j).pos().equals("NN") || t.get(j).pos().equals("NNS")
                || t.get(j).pos().equals("HYPH") || mentionOf[j] != null)) {
            noun |= t.get(j).pos().startsWith("NN");
            j++;
        }
        int last = j - 1;
        if (!noun || !(mentionOf[last] != null || SPEAKING_FOR.contains(Moods.lemma(t.get(last)).toLowerCase(Locale.ROOT)))) {
            return false; // "Zimbabwe's top union body": a body of its own, not the state's voice
        }
        j = describingPhraseEnd(last, head) + 1; // "the European Commission's spokeswoman on external affairs"
        if (j < head && t.get(j).pos().equals("NNP") && Moods.lemma(t.get(j)).toLowerCase(Locale.ROOT).endsWith("day")) {
            j++; // "official Thursday called"
        }
        for (; j < head; j++) {
            String p = t.get(j).pos();
            if (!(p.startsWith("RB") || p.equals("MD") || p.startsWith("VB"))) {
                return false;
            }
        }
        int before = npStart(start) - 1;
        return before < 0 || ParticipantChecks.isBoundary(t.get(before)) || t.get(before).word().equals(",")
                || t.get(before).word().equalsIgnoreCase("that");
    }

    /** Whether a verb other than an auxiliary stands between two tokens ("after the quake struck and mobilized"). */
    private boolean verbBetween(int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (t.get(i).pos().startsWith("VB") && !Set.of("be", "have", "get").contains(Moods.lemma(t.get(i)))) {
                return true;
            }
        }
        return false;
    }

    private boolean commaBetween(int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (t.get(i).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** A name right before a nominal trigger ("an Israeli air strike", "Paris's support", "his phone call"). */
    Mention modifierBefore(int first) {
        int i = first - 1;
        while (i >= 0 && (t.get(i).pos().startsWith("JJ") || t.get(i).pos().equals("NN") || t.get(i).pos().equals("POS")
                || t.get(i).pos().equals("CD") || t.get(i).pos().equals("HYPH") || led(i) || hyphenated(i)
                || MONTHS.contains(t.get(i).word().toLowerCase(Locale.ROOT))) && mentionOf[i] == null) {
            if (i >= 1 && i + 1 < first && t.get(i + 1).pos().equals("POS") && t.get(i - 1).word().equalsIgnoreCase("the")
                    && Set.of("latter", "former").contains(t.get(i).word().toLowerCase(Locale.ROOT))) {
                return earlierParty(i - 1, t.get(i).word().equalsIgnoreCase("latter") ? 1 : 2); // "during the latter's visit"
            }
            i--;
        }
        if (i < 0) {
            return null;
        }
        if (t.get(i).pos().equals("PRP$")) {
            return pronouns.resolve(t.get(i));
        }
        if (mentionOf[i] != null && t.get(i).word().toLowerCase(Locale.ROOT).startsWith("anti")) {
            return null; // "anti-Israeli bombings" are aimed at Israel (see NounRoles#antiTarget)
        }
        Mention m = mentionOf[i];
        if (m != null && m.type() == MentionType.TITLE && i + 1 < first && t.get(i + 1).pos().equals("POS")
                && i > 0 && t.get(i - 1).word().equalsIgnoreCase("the")) {
            return m; // "the pope's visit", "the president's trip": the one the title names
        }
        return m != null && ACTOR_TYPES.contains(m.type()) ? ParticipantChecks.possessorBeyondPlace(this, i, m) : null;
    }

    /** Whether the adverb or participle at {@code i} is part of a hyphenated modifier ("Bush's just-concluded visit"). */
    private boolean hyphenated(int i) {
        String p = t.get(i).pos();
        boolean hyphenBefore = i > 0 && t.get(i - 1).pos().equals("HYPH");
        boolean hyphenAfter = i + 1 < t.size() && t.get(i + 1).pos().equals("HYPH");
        boolean modified = hyphenBefore && i > 1 && mentionOf[i - 2] == null
                && (t.get(i - 2).pos().startsWith("RB") || t.get(i - 2).pos().startsWith("JJ")); // not "US-backed": its backer
        return (p.equals("VBN") || p.equals("VBG")) && modified || p.startsWith("RB") && hyphenAfter;
    }

    /**
     * "the EU-Russia summit", "US-China talks": the two parties whose names, joined by a hyphen, end right before the
     * noun at {@code first} (neither a place); else an empty list.
     */
    List<Mention> hyphenPair(int first) {
        List<Mention> owners = possessivePair(first);
        if (!owners.isEmpty()) {
            return owners;
        }
        int end = first - 1;
        Mention m = end >= 2 ? mentionOf[end] : null;
        if (m == null) {
            return List.of();
        }
        int start = startOf(end);
        if (start < 2 || !(t.get(start - 1).pos().equals("HYPH") || t.get(start - 1).word().equals("-"))) {
            return List.of();
        }
        Mention other = mentionOf[start - 2];
        Set<MentionType> places = Set.of(MentionType.CITY, MentionType.PLACE);
        return other != null && other != m && ACTOR_TYPES.contains(other.type()) && ACTOR_TYPES.contains(m.type())
                && !places.contains(other.type()) && !places.contains(m.type()) ? List.of(other, m) : List.of();
    }

    /** "Cohen and Kyuma's talks": the two parties joined by "and" whose possessive ends right before the noun at {@code first}. */
    private List<Mention> possessivePair(int first) {
        int pos = first - 1;
        if (pos < 3 || !t.get(pos).pos().equals("POS") || mentionOf[pos - 1] == null) {
            return List.of();
        }
        Mention m = mentionOf[pos - 1];
        int start = startOf(pos - 1);
        Mention other = start >= 2 && t.get(start - 1).word().equals("and") ? mentionOf[start - 2] : null;
        return other != null && other != m && (other.type() == MentionType.PERSON || other.type() == MentionType.COUNTRY
                || other.type() == MentionType.ORGANISATION) && other.type() == m.type() ? List.of(other, m) : List.of();
    }

    /**
     * "Both Abu Mazen and Olmert ... they", "a meeting between Chinese and Russian prime ministers, the two sides": the
     * last two parties joined by "and" before token {@code before} (neither a place nor a title), or an empty list.
     */
    List<Mention> pairBefore(int before) {
        Set<MentionType> none = Set.of(MentionType.CITY, MentionType.PLACE, MentionType.TITLE, MentionType.PRONOUN);
        for (int i = before - 2; i >= 1; i--) {
            Mention a = mentionOf[i - 1];
            Mention b = mentionOf[i + 1] == null && i + 2 < before && t.get(i + 1).word().equalsIgnoreCase("the")
                    ? mentionOf[i + 2] : mentionOf[i + 1]; // "Moslem guerrillas and the Philippine government"
            if (t.get(i).word().equals("and") && a != null && b != null && a != b && ACTOR_TYPES.contains(a.type())
                    && ACTOR_TYPES.contains(b.type()) && !none.contains(a.type()) && !none.contains(b.type())
                    && !ParticipantChecks.same(a, b)) {
                return List.of(a, b);
            }
        }
        return List.of();
    }

    /** The {@code n}th party named before token {@code before}, counting back (1: the last one), or null. */
    private Mention earlierParty(int before, int n) {
        Mention last = null;
        int seen = 0;
        for (int i = before - 1; i >= 0; i--) {
            Mention m = mentionOf[i];
            if (m != null && m != last && (m.type() == MentionType.PERSON || m.type() == MentionType.COUNTRY
                    || m.type() == MentionType.ORGANISATION)) {
                last = m;
                if (++seen == n) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * "the US-led invasion", "Taliban-blamed suicide attacks": a "led" or "blamed" glued by a hyphen to the name before
     * it, whose bearer did what the noun tells.
     */
    private boolean led(int i) {
        return t.get(i).word().toLowerCase(Locale.ROOT).matches("led|blamed") && i >= 2 && (t.get(i - 1).pos().equals("HYPH") || t.get(i - 1).word().equals("-"))
                && mentionOf[i - 2] != null;
    }

    /** The recipient after the trigger (see {@link ObjectFinder#recipient}). */
    Mention recipient(String category, int from, int last, int hi, Mention actor, boolean direct) {
        return objects.recipient(category, from, last, hi, actor, direct);
    }

    /**
     * A party named only by a common noun in a slot only a party fills ({@link CommonParties}): the subject of a passive
     * verb trigger at {@code first}, else the object after the active verb at {@code head}; null when there is none.
     * Called once an event stands, so that it never makes one.
     */
    Mention commonParty(String category, boolean passive, int head, int first) {
        return passive ? common.passiveSubject(category, first) : common.object(category, head, t.size());
    }

    /** The common noun phrase an attack's "on" names as its target (see {@link CommonParties#attackTarget}). */
    Mention attackTarget(int head, int last) {
        return common.attackTarget(head, last, t.size());
    }

    /** What a blast naming no victim was set off against (see {@link CommonParties#blastSite}). */
    Mention blastSite(int head, int last) {
        return common.blastSite(head, last, t.size());
    }

    /** The common noun phrase after the "of" at {@code of} of a noun of harm or arrest (see {@link CommonParties#patientOf}). */
    Mention patientOf(int head, int of) {
        return common.patientOf(head, of, t.size());
    }

    /** The common noun phrase from token {@code from} that an attack struck (see {@link CommonParties#target}). */
    Mention struckTarget(int from) {
        return common.target(from, t.size());
    }

    /** The one whose departure a protest demands after token {@code from} (see {@link ObjectFinder#departureDemanded}). */
    Mention departureDemanded(int from, boolean pastComma) {
        return objects.departureDemanded(from, t.size(), pastComma);
    }

    /** A town or region as the direct object from token {@code from}: the target of an attack, or null. */
    Mention placeObject(int from, int hi) {
        return objects.placeAt(from, hi);
    }

    /** The first actor mention from token {@code from} (see {@link ObjectFinder#objectAt(int, int, int)}). */
    /** The party of the "by" phrase of a passive clause whose subject starts at {@code s}, or null. */
    Mention passiveAgent(int s, int hi) {
        int i = s;
        while (i < hi && t.get(i).pos().equals("DT")) {
            i++;
        }
        return objects.passiveAgent(i, hi);
    }

    Mention objectAt(int from, int hi, int reach) {
        return objects.objectAt(from, hi, reach);
    }

    /**
     * "Taiwanese President Lee Teng-hui": in a run of adjacent mentions, the last one names the party; but the nation
     * names the party of its embassy ("protest in front of the German embassy").
     */
    /**
     * The organisation named right after a description of common words starting at {@code j} ("natural gas monopoly
     * Gazprom", "oil company BP"), or null: a nationality before such a description tells the body's country.
     */
    private Mention describedBody(int j, int hi) {
        int k = j;
        while (k < hi && k < j + 4 && mentionOf[k] == null && (t.get(k).pos().startsWith("NN") || t.get(k).pos().startsWith("JJ"))
                && Character.isLowerCase(t.get(k).word().charAt(0))) {
            k++;
        }
        return k > j && k < hi && t.get(k - 1).pos().startsWith("NN") && mentionOf[k] != null
                && mentionOf[k].type() == MentionType.ORGANISATION ? mentionOf[k] : null;
    }

    Mention headOfChain(int i, int hi) {
        Mention m = mentionOf[i];
        int j = portfolio(endOf(i) + 1, hi);
        while (j < hi && mentionOf[j] != null && mentionOf[j] != m && !(m.type() == MentionType.NATIONALITY
                && mentionOf[j].text().toLowerCase(Locale.ROOT).matches("embassy|embassies|consulate|legation"))
                && (m.type() == MentionType.NATIONALITY || m.type() == MentionType.TITLE || mentionOf[j].type() == MentionType.TITLE
                        || mentionOf[j].type() == MentionType.PERSON)) {
            m = mentionOf[j];
            j = endOf(j) + 1;
        }
        if (m.type() == MentionType.TITLE && j + 1 < hi && t.get(j).word().equals(",") && mentionOf[j + 1] != null
                && mentionOf[j + 1].type() == MentionType.PERSON) {
            return mentionOf[j + 1]; // "the Palestinian president, Mahmoud Abbas,"
        }
        if (m.type() == MentionType.NATIONALITY || m.type() == MentionType.GROUP) {
            int k = j;
            while (k < hi && k < j + 2 && mentionOf[k] == null && t.get(k).pos().startsWith("NN")
                    && Character.isLowerCase(t.get(k).word().charAt(0))) {
                k++;
            }
            if (k > j && k < hi && mentionOf[k] != null && mentionOf[k].type() == MentionType.PERSON) {
                return mentionOf[k]; // "the chief Chechen negotiator Movladi Udugov", "police chief Rahim Noor": the person
            }
            Mention described = m.type() == MentionType.NATIONALITY ? describedBody(j, hi)
                    : j < hi && mentionOf[j] != null && mentionOf[j].type() == MentionType.ORGANISATION ? mentionOf[j] : null;
            if (described != null) {
                return described; // "the Russian natural gas monopoly Gazprom", "the militant group Hamas": the body named
            }
        }
        Mention first = mentionOf[i];
        if (m.type() == MentionType.TITLE && first != m && first.type() != MentionType.TITLE && first.type() != MentionType.PERSON
                && (j >= hi || mentionOf[j] == null && !t.get(j).pos().startsWith("NNP"))) {
            // "asked the UN secretary-general to": the office of a body, with no name after it, is all the sentence gives
            return new Mention(first.begin(), m.end(), CommonParties.text(t, startOf(i), endOf(j - 1)), MentionType.TITLE, null,
                    m.source(), m.confidence());
        }
        if (m.type() == MentionType.TITLE) {
            return null;
        }
        return m;
    }

    /**
     * "eight people, including four men, one woman and three children, were killed": when an "including" list (names,
     * nouns, numbers, commas and "and") ends right before the verb at {@code head} (past auxiliaries and adverbs), the
     * token where that aside starts, so that the subject is read before it; {@code head} otherwise.
     */
    private int includedListStart(int head, int lo) {
        for (int i = head - 1; i > lo && i >= head - 20; i--) {
            Token k = t.get(i);
            String w = k.word().toLowerCase(Locale.ROOT);
            if (w.equals("including")) {
                return i > lo && t.get(i - 1).word().equals(",") ? i - 1 : i;
            }
            String p = k.pos();
            boolean listLike = mentionOf[i] != null || p.startsWith("NN") || p.equals("CD") || p.startsWith("JJ") || p.equals("DT")
                    || w.equals(",") || w.equals("and") || p.startsWith("RB") || Set.of("be", "have").contains(Moods.lemma(k))
                    || p.equals("HYPH");
            if (!listLike) {
                return head;
            }
        }
        return head;
    }

    /** Whether the mention whose first token is {@code start} can be a subject: not possessive, not in a phrase after a preposition. */
    private boolean eligible(int start, int end) {
        return eligible(start, end, false);
    }

    /** As {@link #eligible(int, int)}; {@code listed}: the mention is a later member of a list joined by "and". */
    private boolean eligible(int start, int end, boolean listed) {
        if (end + 1 < t.size() && t.get(end + 1).pos().equals("POS")) {
            return false;
        }
        int i = npStart(start) - 1;
        if (start > 0 && mentionOf[start - 1] == null && ("DATE".equals(t.get(start - 1).ner())
                || t.get(start - 1).word().matches("(1[89]|20)\\d\\ds?") || DAYS_AND_MONTHS.contains(t.get(start - 1).word()))) {
            return true; // "In the late 1980s Botha initiated": the name opens its clause after a time phrase
        }
        if (i < 0) {
            return true;
        }
        Token k = t.get(i);
        String w = k.word().toLowerCase(Locale.ROOT);
        if ((w.equals("and") || listed && w.equals(",")) && i > 0 && mentionOf[i - 1] != null && ACTOR_TYPES.contains(mentionOf[i - 1].type())) {
            return eligible(startOf(i - 1), i - 1, true); // "from all over Germany, the Netherlands and Belgium": as the first member
        }
        boolean approximate = (w.equals("over") || w.equals("about") || w.equals("around") || w.equals("nearly"))
                && t.get(i + 1).pos().equals("CD"); // "over 3,200 people have been killed": an amount, not a place
        if (approximate || w.equals("at") && t.get(i + 1).word().equalsIgnoreCase("least")) {
            return i == 0 || !PREPOSITIONS.contains(t.get(i - 1).word().toLowerCase(Locale.ROOT)) && (!t.get(i - 1).pos().startsWith("VB")
                    || SAY_VERBS.contains(Moods.lemma(t.get(i - 1)))); // "sources said around 10 more teachers were detained"
        }
        if (w.equals("by") && i >= 2 && LED_BY.contains(t.get(i - 1).word()) && BODIES_LED.contains(Moods.lemma(t.get(i - 2)))
                && mentionOf[i - 2] == null) {
            return eligible(npStart(i - 2), i - 2); // "A seven-member team led by Tek Nath Rijal met": the body acts through its leader
        }
        if ((WORKS_FOR.contains(w) || w.equals("for") && i > 0 && SPEAKERS_FOR.contains(Moods.lemma(t.get(i - 1)).toLowerCase(Locale.ROOT))
                && mentionOf[end].type() != MentionType.PERSON) // (a spokesman for a person speaks for him, not his country)
                && i > 0 && SENT_FROM.contains(Moods.lemma(t.get(i - 1)))) { // "A spokesman for the Taliban claimed"
            return eligible(npStart(i - 1), i - 1); // "senior officials from China and 48 African countries concluded"
        }
        int doc = i - 1;
        while (doc > 0 && t.get(doc).pos().startsWith("RB")) {
            doc--;
        }
        if (w.equals("from") && doc >= 0 && DOCUMENTS.contains(Moods.lemma(t.get(doc)).toLowerCase(Locale.ROOT))
                && !listed) {
            return eligible(npStart(doc), doc); // "an Internet statement purportedly from the Ansar al-Sunna group threatened": its author
        }
        if (w.equals("of")) {
            return i > 0 && (OF_HEADS.contains(t.get(i - 1).word().toLowerCase(Locale.ROOT))
                    || t.get(i - 1).pos().equals("CD") && !"DATE".equals(t.get(i - 1).ner()) // "Thirteen of the 30 men ... have been released"
                    || mentionOf[i - 1] != null && mentionOf[i - 1].type() == MentionType.TITLE)
                    && eligible(npStart(i - 1), i - 1);
        }
        if (k.pos().equals("VBG") && (i == 0 || Set.of("IN", "DT", "CC", ",", "WRB").contains(t.get(i - 1).pos()))
                && !(i < start - 1 && t.get(i + 1).pos().equals("DT")
                        && !Set.of("following", "including", "regarding", "concerning", "excluding").contains(w))) {
            return eligible(i, end, listed); // "after retreating Islamist fighters opened fire": a participle adjective
        }
        if (w.equals(",") && i > 0 && mentionOf[i - 1] != null && mentionOf[i - 1].type() == MentionType.CITY
                && mentionOf[start] != null && mentionOf[start].type() == MentionType.COUNTRY) {
            int after = end + 1;
            while (after < t.size() && t.get(after).pos().startsWith("RB")) {
                after++;
            }
            if (after < t.size() && Set.of("VBD", "VBZ", "VBP", "MD").contains(t.get(after).pos())) {
                return true; // "In Paris, France called for talks": a country its finite verb follows opens the clause
            }
            return eligible(startOf(i - 1), i - 1, listed); // "in a prison in Valledupar, Colombia,": the town's country
        }
        if (k.pos().startsWith("VB") && !SAY_VERBS.contains(Moods.lemma(k))) {
            return false; // the object of another verb
        }
        if (w.equals(",") && !listed && i > 0 && mentionOf[i - 1] != null && mentionOf[start] != null
                && mentionOf[i - 1].type() == mentionOf[start].type() && mentionOf[start].type() == MentionType.CITY) {
            return eligible(startOf(i - 1), i - 1, true); // "Lawyers in Dhaka, Chittagong, Gazipur, Sylhet and": a list of towns
        }
        if (k.pos().equals("RP") && i > 0 && t.get(i - 1).pos().startsWith("VB")) {
            return false; // the object of a phrasal verb: "refused to pull out its forces and launched"
        }
        return !PREPOSITIONS.contains(w);
    }

    /** Nouns of a complaint lodged with a body, which a participle after the body goes with ("a case with the WTO accusing"). */
    private static final Set<String> COMPLAINTS = Set.of("case", "complaint", "lawsuit", "suit", "petition", "appeal", "protest",
            "claim", "motion", "charge", "charges", "grievance");

    /**
     * Whether the name from {@code start} to {@code end}, right before the participle at {@code head} (or before its
     * parenthesised acronym), follows "with" after a noun of a complaint ("filed a trade case with the WTO (WTO) accusing"):
     * the body the complaint is lodged with, not the participle's subject.
     */
    private boolean filedWith(int start, int end, int head) {
        int w = npStart(start) - 1;
        if (w >= 1 && t.get(w).pos().equals("-LRB-") && mentionOf[w - 1] != null) {
            w = npStart(startOf(w - 1)) - 1; // "the World Trade Organization (WTO)"
        }
        return w >= 1 && t.get(w).word().equalsIgnoreCase("with") && COMPLAINTS.contains(Moods.lemma(t.get(w - 1)).toLowerCase(Locale.ROOT))
                && t.get(head).pos().equals("VBG");
    }

    /** Days and months, whose phrase a name may follow to open its clause ("and in April Damascus pulled out"). */
    private static final Set<String> DAYS_AND_MONTHS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December");

    /** Nouns of troops, which a state "has" somewhere to act for it. */
    private static final Set<String> TROOPS = Set.of("troops", "soldiers", "forces", "peacekeepers", "marines", "personnel",
            "servicemen", "paratroopers");

    /**
     * "Britain has more than 7,000 soldiers fighting militias", "France, which has 4,000 troops": the named party that
     * has the troops ending at token {@code end} (the object of "have", past a number), or null.
     */
    private Mention ownerOfTroops(int start, int end, int lo) {
        if (!TROOPS.contains(t.get(end).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int j = start - 1;
        while (j > lo && (Set.of("CD", "JJ", "JJR", "RB", "DT").contains(t.get(j).pos()) || t.get(j).word().equals("than"))) {
            j--;
        }
        if (j <= lo || !Moods.lemma(t.get(j)).equals("have") || !Set.of("VBZ", "VBP", "VBD").contains(t.get(j).pos())) {
            return null;
        }
        int k = j - 1;
        if (k > lo && RELATIVES.contains(t.get(k).word().toLowerCase(Locale.ROOT)) && t.get(k - 1).word().equals(",")) {
            k -= 2; // "France, which has"
        }
        Mention m = k >= lo ? mentionOf[k] : null;
        return m != null && ACTOR_TYPES.contains(m.type()) && m.type() != MentionType.GROUP && m.type() != MentionType.PERSON
                && (startOf(k) == 0 || !PREPOSITIONS.contains(t.get(startOf(k) - 1).word().toLowerCase(Locale.ROOT))) ? m : null;
    }

    /** Participles whose "by" names who leads or puts forward the body before them. */
    private static final Set<String> LED_BY = Set.of("led", "headed", "presented", "sponsored", "tabled", "drafted",
            "submitted", "chaired");
    /** Bodies and motions that act through the one who leads or puts them forward ("a team led by", "a motion presented by"). */
    private static final Set<String> BODIES_LED = Set.of("team", "delegation", "mission", "group", "coalition", "committee",
            "commission", "panel", "motion", "resolution", "proposal", "draft", "bill", "alliance", "force", "government");

    /** Whether a preposition comes right before token {@code i} ("in Ramallah, teachers refused": a place, not an appositive). */
    private boolean afterPreposition(int i) {
        return i > 0 && PREPOSITIONS.contains(t.get(i - 1).word().toLowerCase(Locale.ROOT));
    }

    /** The first token of the noun phrase that ends at or contains token {@code i}. */
    int npStart(int i) {
        while (i > 0 && (t.get(i - 1).pos().equals("DT") || t.get(i - 1).pos().startsWith("JJ") || t.get(i - 1).pos().equals("CD")
                || t.get(i - 1).pos().equals("POS") || t.get(i - 1).pos().equals("VBN") && (Character.isLowerCase(t.get(i - 1).word().charAt(0)) || i == 1) // "Duped investors"
                || t.get(i - 1).pos().equals("PRP$") || mentionOf[i - 1] != null
                || t.get(i - 1).pos().startsWith("NN") || t.get(i - 1).pos().equals("HYPH"))) {
            i--;
        }
        return i;
    }

    /**
     * "a Security Council resolution in October calling on Syria to": the party named inside the noun phrase of a
     * document that a participle at {@code head} follows (past a short phrase of time or place), which speaks for it; or
     * null.
     */
    Mention documentOwnerBefore(int head) {
        if (head >= 3 && RELATIVES.contains(t.get(head - 1).word().toLowerCase(Locale.ROOT))
                && (t.get(head - 1).pos().startsWith("W") || t.get(head - 1).word().equalsIgnoreCase("that"))
                && (DOCUMENTS.contains(Moods.lemma(t.get(head - 2))) || VOTED_TEXTS.contains(Moods.lemma(t.get(head - 2))))
                && mentionOf[head - 2] == null) {
            return adopterOf(head - 2); // "182 countries voted for the document which urged the United States to"
        }
        Mention author = authorOfDocumentSubject(head);
        if (author != null) {
            return author;
        }
        if (head < 2 || !t.get(head).pos().equals("VBG")) {
            return null;
        }
        int j = head - 1;
        for (int k = head - 1; k >= Math.max(0, head - 4); k--) {
            if (t.get(k).pos().equals("IN")) {
                j = k - 1; // "in October", "on Tuesday", "at the summit"
                break;
            }
            if (!(t.get(k).pos().startsWith("NNP") || t.get(k).pos().equals("CD") || t.get(k).pos().equals("DT"))) {
                break;
            }
        }
        if (j < 1 || !DOCUMENTS.contains(Moods.lemma(t.get(j))) || mentionOf[j] != null) {
            return null;
        }
        for (int k = j - 1; k >= npStart(j); k--) {
            if (mentionOf[k] != null && ACTOR_TYPES.contains(mentionOf[k].type())) {
                return mentionOf[k];
            }
        }
        return null;
    }

    /**
     * "A statement by Hamas condemned the attack", "A letter attributed to Litvinenko accused Putin", "A statement issued by
     * the ministry urged": the author named after the document noun that opens the sentence as the subject of the finite
     * verb at {@code head}; or null.
     */
    private Mention authorOfDocumentSubject(int head) {
        if (head < 4 || !Set.of("VBD", "VBZ", "VBP").contains(t.get(head).pos())) {
            return null;
        }
        int end = head - 1;
        while (end > 0 && t.get(end).pos().startsWith("RB")) {
            end--; // "A statement by Hamas also condemned"
        }
        Mention author = mentionOf[end];
        if (author == null || !ACTOR_TYPES.contains(author.type())) {
            return null;
        }
        int by = startOf(end) - 1;
        while (by > 0 && (t.get(by).pos().equals("DT") || t.get(by).pos().startsWith("JJ"))) {
            by--; // "by the ministry", "from the Chinese foreign ministry"
        }
        String w = t.get(by).word().toLowerCase(Locale.ROOT);
        int doc = by - 1;
        if (w.equals("to") && doc >= 0 && t.get(doc).word().equalsIgnoreCase("attributed")) {
            doc--;
        } else if (w.equals("by") && doc >= 0 && t.get(doc).pos().equals("VBN")) {
            doc--; // "issued by", "released by", "signed by"
        } else if (!w.equals("by") && !w.equals("from")) {
            return null;
        }
        if (doc < 0 || !DOCUMENTS.contains(Moods.lemma(t.get(doc)).toLowerCase(Locale.ROOT)) || mentionOf[doc] != null) {
            return null;
        }
        int start = npStart(doc);
        return start == 0 || start == 1 && t.get(0).pos().equals("CC") ? author : null; // the sentence's own subject
    }

    /**
     * The party that voted for, adopted or issued the document whose noun is at {@code doc}: the subject of the verb the
     * document's phrase is the object of (past "for"); or null (not a name inside the phrase: "an influential US report
     * that urged Washington" is no act of the US government's).
     */
    private Mention adopterOf(int doc) {
        int verb = npStart(doc) - 1;
        if (verb > 0 && t.get(verb).word().equals("for")) {
            verb--;
        }
        if (verb < 1 || !Set.of("VBD", "VBZ", "VBP", "VBN").contains(t.get(verb).pos())) {
            return null;
        }
        List<Mention> s = subject(verb, 0);
        return s.isEmpty() ? null : s.get(0);
    }

    /** Whether a document noun ("a presidential statement Thursday that ...") stands before a relative pronoun. */
    private boolean documentBefore(int rel) {
        for (int i = rel - 1; i >= Math.max(0, rel - 3); i--) {
            if (DOCUMENTS.contains(Moods.lemma(t.get(i)))) {
                return true;
            }
        }
        return false;
    }

    private List<Mention> withCoordinates(Mention m, int start, int lo) {
        List<Mention> out = new ArrayList<>();
        out.add(m);
        int i = start - 1;
        if (i > lo && t.get(i).pos().equals("-LRB-") && mentionOf[i - 1] != null && ACTOR_TYPES.contains(mentionOf[i - 1].type())) {
            i = startOf(i - 1) - 1; // "China and the European Union (EU) signed": the name the acronym repeats
        }
        int plain = i;
        while (plain > lo && (t.get(plain).pos().equals("DT") || t.get(plain).pos().equals("CD") || titleOrNationality(plain))) {
            plain--; // "China and 48 African countries", "Hu Jintao and Japanese Prime Minister Shinzo Abe"
        }
        int described = 0;
        if (i > lo && i == start - 1 && mentionOf[i] == null && mentionOf[start].type() == MentionType.GROUP
                && (t.get(i).pos().startsWith("NNP") || t.get(i).pos().equals("JJ") && Character.isUpperCase(t.get(i).word().charAt(0)))) {
            described++;
            i--; // "The government and Maoist leaders met": a side's untagged name before its group noun
        }
        while (i > lo && (t.get(i).pos().equals("DT") || t.get(i).pos().equals("CD") || titleOrNationality(i)
                || described < 4 && descriptor(i))) {
            described += descriptor(i) ? 1 : 0;
            i--; // "Karzai and his Pakistani counterpart Pervez Musharaf", "Abe and visiting minister Ban"
            if (i > lo + 1 && t.get(i).pos().equals("POS") && mentionOf[i - 1] == null && t.get(i - 1).pos().startsWith("NNP")
                    && titleOrNationality(i + 1)) {
                described++;
                i -= 2; // "Jospin and Greens' leader Dominique Voynet": the possessor of the title describes the person
            }
        }
        if (described > 0 && !t.get(i).word().equals("and") && !asWellAs(i)) {
            i = plain; // an appositive ("Watson, a 46-year old Canadian citizen"), not a list
        }
        if (i > lo + 3 && asWellAs(i)) {
            int j = i - 3;
            while (j > lo && t.get(j).pos().equals("DT")) {
                j--;
            }
            if (mentionOf[j] != null && ACTOR_TYPES.contains(mentionOf[j].type()) && eligible(startOf(j), j)) {
                out.add(0, mentionOf[j]); // "The United States as well as Britain condemned": both
                i = startOf(j) - 1;
            }
        }
        while (i > lo && (t.get(i).word().equals("and") || t.get(i).word().equals(","))) {
            int j = i - 1;
            while (j >= lo && (t.get(j).pos().equals("DT"))) {
                j--;
            }
            if (j > lo + 2 && t.get(i).word().equals("and") && t.get(j).pos().equals("-RRB-") && (mentionOf[j - 1] != null || acronym(t.get(j - 1)))) {
                int open = (mentionOf[j - 1] != null ? startOf(j - 1) : j - 1) - 1; // "The Ministry of Health (MOH) and China Meteorological Administration": the
                if (open > lo && t.get(open).pos().equals("-LRB-") && mentionOf[open - 1] != null) { // name the acronym repeats
                    j = open - 1;
                }
            }
            if (j < lo || mentionOf[j] == null || !ACTOR_TYPES.contains(mentionOf[j].type()) || !eligible(startOf(j), j)) {
                break;
            }
            int s = startOf(j);
            out.add(0, mentionOf[j]);
            i = s - 1;
        }
        return out;
    }

    /** Whether tokens {@code i - 2} to {@code i} read "as well as", which joins two subjects as "and" does. */
    private boolean asWellAs(int i) {
        return i >= 2 && t.get(i).word().equals("as") && t.get(i - 1).word().equals("well") && t.get(i - 2).word().equalsIgnoreCase("as");
    }

    /** Whether the token is written in capitals, as an acronym is ("MOH"). */
    private static boolean acronym(Token k) {
        return k.word().length() >= 2 && k.word().chars().allMatch(c -> Character.isUpperCase(c) || c == '-' || c == '&');
    }

    /** A word describing the next name of a list: "his", "visiting", "Maoist", "counterpart". */
    private boolean descriptor(int i) {
        String p = t.get(i).pos();
        return mentionOf[i] == null && (p.equals("PRP$") || p.startsWith("JJ") || p.equals("VBG") && !t.get(i).word().equals("including")
                || p.equals("HYPH")
                || p.equals("NN") && Character.isLowerCase(t.get(i).word().charAt(0)));
    }

    /**
     * Past the capitalised words of a portfolio before a title ("Lebanese Industry Minister Pierre Gemayel"): the index of
     * the title when one to two such words lead to it, else {@code j} itself.
     */
    private int portfolio(int j, int hi) {
        int k = j;
        while (k < hi && k < j + 2 && (mentionOf[k] == null || mentionOf[k].type() == MentionType.GROUP) && t.get(k).pos().startsWith("NNP")) {
            k++; // "Papua New Guinea Defence Force Brigadier General": a capitalised force is of the portfolio
        }
        return k > j && k < hi && mentionOf[k] != null && mentionOf[k].type() == MentionType.TITLE ? k : j;
    }

    private boolean titleOrNationality(int i) {
        return mentionOf[i] != null && (mentionOf[i].type() == MentionType.TITLE || mentionOf[i].type() == MentionType.NATIONALITY);
    }

    /**
     * "the court, which defence lawyers have accused of being chaotic", "nightspots which it accused of harboring": the
     * antecedent of a relative clause whose subject is the actor of the verb at {@code head} and whose object is the
     * relative pronoun itself (nothing stands between the verb and its preposition); or null.
     */
    Mention relativeObject(int head) {
        if (Moods.lemma(t.get(head)).equals("blame") && head + 1 < t.size() && t.get(head + 1).word().equals("on")) {
            return null; // "the town, which the military blamed on a malfunction": what is blamed is a deed, not a party
        }
        int next = head + 1;
        while (next < t.size() && t.get(next).pos().startsWith("RB")) {
            next++;
        }
        if (next >= t.size() || !(t.get(next).pos().equals("IN") || t.get(next).pos().equals("TO")
                || t.get(next).word().equals(",") || "DATE".equals(t.get(next).ner()) // "whom police arrested last week,"
                || Set.of("last", "this", "next", "earlier", "later").contains(t.get(next).word().toLowerCase(Locale.ROOT)))) {
            return null; // the verb has an object of its own
        }
        int i = head - 1;
        while (i > 0 && (t.get(i).pos().startsWith("RB") || t.get(i).pos().equals("MD")
                || AUXILIARIES.contains(t.get(i).word().toLowerCase(Locale.ROOT)))) {
            i--;
        }
        int start;
        if (i >= 0 && t.get(i).pos().equals("PRP")) {
            start = i;
        } else if (i >= 0 && mentionOf[i] != null && ACTOR_TYPES.contains(mentionOf[i].type())) {
            start = startOf(i);
            while (start > 0 && t.get(start - 1).pos().equals("NN") && Character.isLowerCase(t.get(start - 1).word().charAt(0))) {
                start--; // "which defence lawyers have accused"
            }
            while (start > 0 && Set.of("DT", "JJ").contains(t.get(start - 1).pos())) {
                start--; // "whom the army attacked"
            }
        } else {
            return null;
        }
        if (start < 1 || !RELATIVE_OBJECTS.contains(t.get(start - 1).word().toLowerCase(Locale.ROOT))
                || !(t.get(start - 1).pos().startsWith("W") || t.get(start - 1).pos().equals("IN"))) {
            return null;
        }
        return antecedentOfRelative(start - 1, 0);
    }

    /**
     * "The attacks killed 57 people, mostly Jordanians, and wounded 110 others": the finite verb before "and" whose subject
     * the finite verb at {@code head} shares, within its clause; or -1.
     */
    /** The dash that opens an aside closed by the dash at {@code close}, within twenty tokens and no clause's end; or -1. */
    private int openingDash(int close, int lo) {
        for (int j = close - 2; j > lo && j >= close - 20; j--) {
            String w = t.get(j).word();
            if (w.equals("--")) {
                return j;
            }
            if (w.equals(";") || w.equals(":") || w.equals(".")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Verbs of deeds done with force, which follow the deed before them, not a report of it ("Reuters said he entered the
     * room and assaulted her": he assaulted; but "officials said ... were behind the incident and called for caution").
     */
    private static final Set<String> DEEDS_DONE = Set.of("kill", "assault", "attack", "shoot", "beat", "rape", "stab", "abduct",
            "kidnap", "seize", "capture", "arrest", "detain", "bomb", "raid", "storm", "torture", "loot", "burn", "wound",
            "injure", "hijack", "execute", "behead", "murder", "massacre", "ambush", "snatch", "shell");

    int coordinatedVerb(int head, int lo) {
        String p = t.get(head).pos();
        int i = head - 1;
        while (i > lo && (t.get(i).pos().startsWith("RB") || Set.of("have", "has", "had").contains(t.get(i).word().toLowerCase(Locale.ROOT)))) {
            i--; // "... and has given his backing to"
        }
        if (!(p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("VBN")) || i <= lo || !(t.get(i).word().equals("and") || t.get(i).word().equals("but"))) {
            return -1;
        }
        boolean commaAnd = i > lo && t.get(i - 1).word().equals(",");
        int floor = head - 24;
        for (i--; i >= lo && i >= floor; i--) {
            Token k = t.get(i);
            String w = k.word().toLowerCase(Locale.ROOT);
            if (w.equals("and") && i > lo && mentionOf[i - 1] != null && i + 1 < head && mentionOf[i + 1] != null) {
                continue; // "stormed polling stations in the cities of Deer al-Balah, Khan Younis and Beit Hanoun, and ordered": a list
            }
            if (ParticipantChecks.isBoundary(k) && !w.equals(",") || k.pos().startsWith("W") || w.equals("and") || SUBORDINATORS.contains(w)
                    || k.pos().equals("IN") && (w.equals("that") || w.equals("after") || w.equals("before") || w.equals("until"))) {
                return -1;
            }
            if (k.pos().equals("VBD") || k.pos().equals("VBZ") || k.pos().equals("VBP") || k.pos().equals("VBN") && p.equals("VBN")
                    || k.pos().equals("VBN") && i > lo && t.get(i - 1).word().equals("and")) { // "preyed on ... and murdered/VBN ... and attacked"
                int speaking = commaAnd ? speechParticipleBefore(i, lo) : -1;
                if (speaking >= 0) {
                    i = speaking; // "attacked the ODIHR, saying it had an unacceptable autonomy, and urged": the verb before the aside
                    continue;
                }
                int free = freeRelativeOpening(i, lo);
                if (free >= 0) {
                    i = free; // "praised what China has done and urged the country": the verb whose object that clause is
                    continue;
                }
                int inner = commaAnd ? complementOpening(i, lo) : -1;
                if (inner >= 0) {
                    floor -= i - inner; // the complement does not count against the reach
                    i = inner; // "was disappointed that the deal was not as big as his team had sought, but hailed Blair": the
                    continue;  // verb before the complement, not the one inside it
                }
                int rel = commaAnd ? relativeBefore(i, lo) : -1; // without the comma, "a danger which strikes ... and threatens"
                if (rel >= 0) {
                    i = rel; // "convicted Barghouti of leading the Intifada in which several Israelis were killed, and sentenced him"
                    continue;
                }
                int reporting = DEEDS_DONE.contains(Moods.lemma(t.get(head))) ? -1 : reportingBeforeComplement(i, lo);
                if (reporting < 0 && Moods.lemma(k).equals("be") && !k.pos().equals("VBN")) {
                    reporting = reporterBeforeCopula(i, lo); // "officials said Taliban remnants were behind the incident and called for caution"
                }
                return reporting >= 0 ? reporting : i; // the tagger may read both past tenses as participles ("The attacks killed/VBN ... and wounded/VBN")
            }
        }
        return -1;
    }

    /**
     * The start of the complement clause holding the verb at {@code verb}: its "that", its "than", or the first "as" of
     * "as big as", when only the clause's subject stands between it and the verb; or -1.
     */
    private int complementOpening(int verb, int lo) {
        int limit = verb - 12;
        for (int j = verb - 1; j > lo && j >= limit; j--) {
            Token k = t.get(j);
            String w = k.word().toLowerCase(Locale.ROOT);
            if (w.equals("that") && k.pos().equals("IN") || w.equals("than")
                    || w.equals("as") && k.pos().equals("IN") && t.get(j - 1).pos().matches("JJ.*|RB.*") && j >= 2
                    && t.get(j - 2).word().equalsIgnoreCase("as")) {
                return w.equals("as") ? j - 2 : j;
            }
            int aside = w.equals(",") ? relativeAsideStart(j, lo) : -1;
            if (aside >= 0) {
                limit -= j - aside; // the aside does not count against the reach
                j = aside; // "that the deal, which represents 1.045 percent of gross national income, was not as big as"
                continue;
            }
            if (ParticipantChecks.isBoundary(k) || w.equals(",") || FINITE.contains(k.pos())) {
                return -1;
            }
        }
        return -1;
    }

    /** The comma opening a relative aside (", which ...,") that the comma at {@code close} ends; or -1. */
    private int relativeAsideStart(int close, int lo) {
        for (int c = close - 2; c > lo && c >= close - 16; c--) {
            if (t.get(c).word().equals(",")) {
                String next = t.get(c + 1).word().toLowerCase(Locale.ROOT);
                return next.equals("which") || next.equals("who") || next.equals("whose") ? c : -1;
            }
        }
        return -1;
    }

    /**
     * "what China has done", "how the army had acted": the "what" or "how" opening a clause that is the object of a verb or
     * preposition before it, the clause whose verb is at {@code verb}; or -1.
     */
    private int freeRelativeOpening(int verb, int lo) {
        int j = verb - 1;
        while (j > lo && (t.get(j).pos().startsWith("RB") || t.get(j).pos().equals("MD") || Moods.lemma(t.get(j)).equals("have")
                || Moods.lemma(t.get(j)).equals("be"))) {
            j--;
        }
        int subject = j;
        while (j > lo && subject - j < 8 && (mentionOf[j] != null || Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "PRP", "CD")
                .contains(t.get(j).pos()))) {
            j--;
        }
        boolean opener = j > lo && j < subject + 1 && Set.of("what", "how").contains(t.get(j).word().toLowerCase(Locale.ROOT))
                && (t.get(j - 1).pos().startsWith("VB") || t.get(j - 1).pos().equals("IN"));
        return opener && j < verb - 1 ? j : -1;
    }

    /**
     * ", saying it had violated the deal": the participle of saying after a comma whose complement clause opens with the
     * subject of the verb at {@code verb} (past "that"), or -1.
     */
    private int speechParticipleBefore(int verb, int lo) {
        int j = verb - 1;
        while (j > lo && verb - j <= 6 && (t.get(j).pos().equals("DT") || t.get(j).pos().startsWith("JJ")
                || t.get(j).pos().startsWith("NN") || t.get(j).pos().equals("PRP") || t.get(j).pos().equals("POS"))) {
            j--;
        }
        if (j > lo && t.get(j).word().equalsIgnoreCase("that")) {
            j--;
        }
        return j > lo && j < verb - 1 && t.get(j).pos().equals("VBG") && REPORTING_VERBS.contains(Moods.lemma(t.get(j)))
                && t.get(j - 1).word().equals(",") ? j : -1;
    }

    /** Verbs of saying and thinking whose complement clause a coordinated verb may follow. */
    private static final Set<String> REPORTING_VERBS = Set.of("say", "tell", "add", "state", "announce", "note", "stress",
            "admit", "acknowledge", "understand", "believe", "insist", "argue", "concede");

    /**
     * "The cleric said it was regrettable that ... and called for a ban": the reporting verb whose complement clause holds
     * the verb at {@code verb}, when that clause's subject names no party; so the verb after "and" goes with the reporter.
     * -1 otherwise.
     */
    private int reportingBeforeComplement(int verb, int lo) {
        int j = verb - 1;
        while (j > lo && verb - j <= 6 && mentionOf[j] == null && (t.get(j).pos().equals("DT") || t.get(j).pos().startsWith("JJ")
                || t.get(j).pos().startsWith("NN") || t.get(j).pos().equals("PRP") || t.get(j).pos().equals("POS"))) {
            j--;
        }
        if (j > lo && t.get(j).word().equalsIgnoreCase("that")) {
            j--;
        }
        if (j >= lo && j < verb - 1 && (t.get(j).pos().equals("VBD") || t.get(j).pos().equals("VBZ"))
                && REPORTING_VERBS.contains(Moods.lemma(t.get(j)))) {
            return j;
        }
        return reporterPastPredicate(verb, lo);
    }

    /**
     * "said it was "highly regrettable" that there had not been better safety measures and called for", "said he understood
     * that Gotovina's arrest was an emotional issue but called for": the reporting verb some words before the verb at
     * {@code verb}, with no party named as a subject, no other clause joined and no relative between; when its own subject
     * is a pronoun, the reporting verb before it ("said he understood"). -1 otherwise.
     */
    private int reporterPastPredicate(int verb, int lo) {
        for (int j = verb - 1; j >= lo && j >= verb - 14; j--) {
            Token k = t.get(j);
            String w = k.word().toLowerCase(Locale.ROOT);
            if (w.equals(";") || w.equals(":") || w.equals("--") || w.equals("and") || w.equals("but") || k.pos().startsWith("W")) {
                return -1;
            }
            Mention m = mentionOf[j];
            if (m != null && ACTOR_TYPES.contains(m.type()) && !(j + 1 < t.size() && t.get(j + 1).pos().equals("POS"))) {
                return -1; // "claimed Chavez planned to ... and called him": the clause names its own subject
            }
            if ((k.pos().equals("VBD") || k.pos().equals("VBZ")) && REPORTING_VERBS.contains(Moods.lemma(k))) {
                if (j - 1 > lo && t.get(j - 1).pos().equals("PRP")) {
                    int outer = reporterPastPredicate(j - 1, lo);
                    return outer >= 0 ? outer : j;
                }
                return j;
            }
        }
        return -1;
    }

    /**
     * "Embassy officials said Taliban remnants or al-Qaida fighters were behind the incident and called for caution", "said
     * the court set up under US occupation was forbidden by international law, and called for": the reporting verb whose
     * complement clause a form of "be" at {@code be} is the predicate of, even when that clause names its own subject. A
     * statement of what is so does not go on with the subject's deeds; the verb after "and" is the reporter's (the pool and
     * the read sets give it to the reporter in all 6 such sentences). -1 otherwise.
     */
    private int reporterBeforeCopula(int be, int lo) {
        for (int j = be - 1; j >= lo && j >= be - 14; j--) {
            Token k = t.get(j);
            String w = k.word().toLowerCase(Locale.ROOT);
            if (w.equals(";") || w.equals(":") || w.equals("--") || w.equals("and") || w.equals("but") || k.pos().startsWith("W")) {
                return -1;
            }
            if ((k.pos().equals("VBD") || k.pos().equals("VBZ")) && REPORTING_VERBS.contains(Moods.lemma(k))) {
                return j;
            }
            if (k.pos().startsWith("VB") && j < be - 1 && !Moods.lemma(k).equals("be") && !k.pos().equals("VBN")) {
                return -1; // another finite verb between: "said the rebels attacked the town ... and"
            }
        }
        return -1;
    }

    /** The relative pronoun a few tokens before the verb at {@code verb} whose clause the verb is in, or -1. */
    private int relativeBefore(int verb, int lo) {
        for (int j = verb - 1; j > lo && j >= verb - 6; j--) {
            Token k = t.get(j);
            if (k.pos().equals("WDT") || k.pos().equals("WP")) {
                return j;
            }
            if (k.pos().startsWith("VB") && !Set.of("were", "was", "been", "be", "had", "has", "have").contains(k.word().toLowerCase(Locale.ROOT))
                    || ParticipantChecks.isBoundary(k)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "with the United Nations and African Union regional grouping urging": whether the names from {@code start} to
     * {@code end}, with a list before them and up to three common nouns and adjectives after, open a "with" clause whose
     * participle is at {@code head}.
     */
    private boolean withParticipleSubject(int start, int end, int head) {
        if (!t.get(head).pos().equals("VBG") || end >= head - 1 || end < head - 4) {
            return false;
        }
        for (int j = end + 1; j < head; j++) {
            String p = t.get(j).pos();
            if (mentionOf[j] != null || !(p.equals("NN") || p.equals("NNS") || p.startsWith("JJ"))
                    || !Character.isLowerCase(t.get(j).word().charAt(0))) {
                return false;
            }
        }
        int s = start;
        while (s > 0 && (mentionOf[s - 1] != null || Set.of("and", ",", "the", "DT").contains(t.get(s - 1).word().toLowerCase(Locale.ROOT))
                || t.get(s - 1).pos().equals("DT")) && s > start - 12) {
            s--;
        }
        return s > 0 && t.get(s - 1).word().equalsIgnoreCase("with");
    }

    /** Whether a common noun no mention covers heads the phrase before the comma of the relative pronoun at {@code rel}. */
    private boolean commonNounBefore(int rel) {
        int i = rel - 2;
        return i >= 1 && t.get(rel - 1).word().equals(",") && mentionOf[i] == null && mentionOf[i - 1] == null // "the Hamas movement, which" && (t.get(i).pos().equals("NN") || t.get(i).pos().equals("NNS"))
                && Character.isLowerCase(t.get(i).word().charAt(0)) && !DOCUMENTS.contains(Moods.lemma(t.get(i)))
                && !PartyNouns.contains(Moods.lemma(t.get(i)).toLowerCase(Locale.ROOT));
    }

    /**
     * The party a "with whom" or "with which" clause is about, when the token at {@code head} stands in that clause
     * ("Kovac, with whom Chernomyrdin met", "Egypt, with which Israel signed a peace treaty"); null otherwise. The clause
     * runs from the relative pronoun to {@code head} without a comma or a semicolon.
     */
    Mention withWhom(int head, int lo) {
        for (int i = head - 1; i > lo && i >= head - 12; i--) {
            String w = t.get(i).word().toLowerCase(Locale.ROOT);
            if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("--")) {
                return null;
            }
            if ((w.equals("whom") || w.equals("which")) && t.get(i - 1).word().equalsIgnoreCase("with")) {
                return i - 2 >= lo ? antecedentOfRelative(i - 1, lo) : null;
            }
        }
        return null;
    }

    private Mention antecedentOfRelative(int rel, int lo) {
        int i = rel - 1;
        if (i - 1 > lo && t.get(i).word().equals("of") && (t.get(i - 2).word().equals(",") || t.get(i - 2).word().equals("--"))
                && (t.get(rel).word().equalsIgnoreCase("whom") || t.get(rel).word().equalsIgnoreCase("which"))
                && (t.get(i - 1).pos().equals("CD") || PART_QUANTIFIERS.contains(t.get(i - 1).word().toLowerCase(Locale.ROOT)))) {
            i -= 2; // "the Islamists, some of whom are accused", "Lugovoi and Kovtun, both of whom met": the group a part is of
        }
        while (i >= lo && (t.get(i).word().equals(",") || t.get(i).word().equals("--") || t.get(i).pos().equals("-RRB-"))) {
            if (t.get(i).pos().equals("-RRB-")) {
                while (i >= lo && !t.get(i).pos().equals("-LRB-")) {
                    i--;
                }
            }
            i--;
        }
        if (i - 2 >= lo && t.get(i).pos().equals("CD") && t.get(i - 1).word().equals(",") && mentionOf[i - 2] != null
                && mentionOf[i - 2].type() == MentionType.PERSON) {
            i -= 2; // "De Larosiere, 67, who has been asked": past the age
        }
        if (i >= lo && mentionOf[i] != null && mentionOf[i].type() == MentionType.TITLE) {
            return describedAntecedent(i, lo);
        }
        if (i >= lo && (mentionOf[i] == null || mentionOf[i].type() == MentionType.GROUP)) {
            Mention described = personBeforeDescription(i, lo);
            if (described != null) {
                return described; // "Peter Sutcliffe, the "Yorkshire Ripper", who": the name the description is in apposition to
            }
            boolean which = t.get(rel).word().equalsIgnoreCase("which") && t.get(rel - 1).word().equals(",")
                    && i - 1 >= lo && mentionOf[i - 1] == null; // "The school, which was accused", not "the Hamas movement, which"
            Mention party = (t.get(rel).word().equalsIgnoreCase("who") || which) && (t.get(rel - 1).word().equals(",") || t.get(i).pos().equals("NNS"))
                    ? this.described.beforeParticiple(i) : null; // (not "Li Yizhong, the SAWS head who": the name)
            if (party != null) {
                return party; // "his wife, a prominent anti-corruption advocate, who was shot": the party the noun describes
            }
        }
        if (i >= lo && mentionOf[i] == null) {
            Mention described = copularSubject(i, lo);
            if (described != null) {
                return described; // "The G20 is an informal forum which first met": the party the noun is said of
            }
        }
        if (i < lo || mentionOf[i] == null || !ACTOR_TYPES.contains(mentionOf[i].type())) {
            return null;
        }
        int named = startOf(i);
        if (t.get(rel).word().equalsIgnoreCase("who") && rel - 1 == i && PLACE_TYPES.contains(mentionOf[i].type())
                && named > lo && Set.of("in", "from", "to", "at").contains(t.get(named - 1).word().toLowerCase(Locale.ROOT))) {
            return null; // "a Palestinian with a license to work in Israel who has carried out": the place is no one who acts
        }
        if (mentionOf[i].type() == MentionType.GROUP && t.get(rel).word().equalsIgnoreCase("who")) {
            int s = npStart(i);
            if (s - 2 >= lo && t.get(s - 1).word().equals(",") && mentionOf[s - 2] != null
                    && mentionOf[s - 2].type() == MentionType.PERSON && Set.of("CD", "DT").contains(t.get(s).pos())) {
                return mentionOf[s - 2]; // "Dylan Klebold and Eric Harris, two Colorado teenagers who killed": the persons described
            }
        }
        return namedBeforeGroup(i, lo);
    }

    /**
     * "The G20 is an informal forum which", "Hamas is a group that": the party a copula says the common noun phrase ending
     * at {@code i} of (a noun phrase after "a", "an" or "the" right after the verb, the party right before the verb past
     * adverbs); null otherwise.
     */
    private Mention copularSubject(int i, int lo) {
        if (!(t.get(i).pos().equals("NN") || t.get(i).pos().equals("NNS")) || !Character.isLowerCase(t.get(i).word().charAt(0))) {
            return null;
        }
        int s = i;
        while (s - 1 > lo && mentionOf[s - 1] == null && (t.get(s - 1).pos().startsWith("NN") && Character.isLowerCase(t.get(s - 1).word().charAt(0))
                || t.get(s - 1).pos().startsWith("JJ") || t.get(s - 1).pos().equals("HYPH") || t.get(s - 1).pos().equals("CD")
                || t.get(s - 1).pos().equals("RB") && s - 1 < i)) {
            s--;
        }
        if (s - 2 < lo || !Set.of("a", "an", "the").contains(t.get(s - 1).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int v = s - 2;
        if (!Set.of("VBZ", "VBD", "VBP").contains(t.get(v).pos()) || !Moods.lemma(t.get(v)).equals("be")) {
            return null;
        }
        int j = v - 1;
        while (j > lo && t.get(j).pos().startsWith("RB")) {
            j--;
        }
        Mention m = j >= lo ? mentionOf[j] : null;
        return m != null && ACTOR_TYPES.contains(m.type()) ? m : null;
    }

    /**
     * The mention at token {@code i}, or, when it is a group noun, the party named right before it ("Taliban militants,
     * who have vowed": the Taliban), as for a subject, when the group is plural; a nationality only before a generic head
     * ("Palestinian militants" are militants), a town no party.
     */
    private Mention namedBeforeGroup(int i, int lo) {
        Mention m = mentionOf[i];
        if (m.type() != MentionType.GROUP || !t.get(i).pos().equals("NNS")) {
            return m; // "a US serviceman who has been arrested": one person, the serviceman
        }
        int start = startOf(i);
        while (start > lo && mentionOf[start - 1] != null && mentionOf[start - 1] != m && ACTOR_TYPES.contains(mentionOf[start - 1].type())) {
            start = startOf(start - 1);
        }
        Mention named = mentionOf[start];
        return named != m && namesParty(named, i) ? named : m;
    }

    /**
     * Whether a name before the group noun at token {@code head} names the group's party: not another group, a
     * nationality only before a generic head ("Somali government officials", but "Polish students" are students), no town
     * that is not a capital ("Hamburg police" are police).
     */
    private boolean namesParty(Mention named, int head) {
        return named.type() != MentionType.GROUP
                && (named.type() != MentionType.NATIONALITY || GENERIC_HEADS.contains(Moods.lemma(t.get(head))))
                && !((named.type() == MentionType.CITY || named.type() == MentionType.PLACE) && !ParticipantChecks.isCapital(named));
    }

    /**
     * The person named before an appositive description that ends at token {@code end} and that no mention covers ("Peter
     * Sutcliffe, the "Yorkshire Ripper","): a comma, "the" or "a", then only modifiers, nouns and quotes; null otherwise.
     */
    private Mention personBeforeDescription(int end, int lo) {
        for (int j = end; j > lo + 1 && j >= end - 8; j--) {
            Token k = t.get(j);
            if (t.get(j - 1).word().equals(",") && Set.of("the", "a", "an").contains(k.word().toLowerCase(Locale.ROOT))) {
                Mention m = mentionOf[j - 2];
                return m != null && (m.type() == MentionType.PERSON || BODY_DESCRIPTIONS.contains(Moods.lemma(t.get(end)))
                        && (m.type() == MentionType.ORGANISATION || m.type() == MentionType.GROUP)) ? m : null;
            }
            if (t.get(j - 1).word().equalsIgnoreCase("as") && Set.of("a", "an").contains(k.word().toLowerCase(Locale.ROOT))
                    && mentionOf[j - 2] != null && BODY_DESCRIPTIONS.contains(Moods.lemma(t.get(end)))
                    && (mentionOf[j - 2].type() == MentionType.ORGANISATION || mentionOf[j - 2].type() == MentionType.GROUP)) {
                return mentionOf[j - 2]; // "views Hamas as a terrorist organisation that refuses": the body so described
            }
            String p = k.pos();
            if (!(p.startsWith("NN") || p.startsWith("JJ") || p.equals("POS") || p.equals("``") || p.equals("''")
                    || k.word().equals("\"") || p.equals("HYPH")) || mentionOf[j] != null && mentionOf[j].type() != MentionType.TITLE
                    && !(mentionOf[j].type() == MentionType.GROUP && BODY_DESCRIPTIONS.contains(Moods.lemma(t.get(end))))) {
                return null;
            }
        }
        return null;
    }

    /**
     * A relative clause's antecedent named by a title ending at token {@code end}: the name the title is in apposition
     * to ("Patrice Lumumba, the prime minister who was murdered"), or the description itself ("The opposition leader,
     * who was arrested"), which "the" or "a" must open; null otherwise.
     */
    Mention titleAntecedent(int end, int lo) {
        return describedAntecedent(end, lo);
    }

    private Mention describedAntecedent(int end, int lo) {
        int s = startOf(end);
        while (s - 1 > lo && mentionOf[s - 1] == null && (t.get(s - 1).pos().equals("JJ") || t.get(s - 1).pos().equals("NN"))
                && Character.isLowerCase(t.get(s - 1).word().charAt(0))) {
            s--; // "the opposition leader"
        }
        if (s - 1 < lo || !Set.of("the", "a", "an").contains(t.get(s - 1).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int d = s - 1;
        if (d - 2 >= lo && t.get(d - 1).word().equals(",") && mentionOf[d - 2] != null && mentionOf[d - 2].type() == MentionType.PERSON) {
            return mentionOf[d - 2];
        }
        return new Mention(t.get(s).begin(), t.get(end).end(), CommonParties.text(t, s, end), MentionType.TITLE, null,
                mentionOf[end].source(), mentionOf[end].confidence());
    }

    /** Heads that name a state's or a body's organ without saying whose ("the government", "officials"). */
    private static final Set<String> BARE_ORGANS = Set.of("government", "officials", "leaders", "leader", "authorities",
            "administration", "ministry", "forces", "force");

    /**
     * "The Chechen government", "the Siniora government": a bare organ found as a party, widened to the name right before
     * it that says whose it is; {@code m} itself otherwise (also when null).
     */
    Mention withOwner(Mention m) {
        Mention whose = whoseOwner(m);
        if (whose != null) {
            return whose; // "The Taliban, whose regime was toppled": the Taliban's regime
        }
        Mention leader = leaderOf(m);
        if (leader != null) {
            return leader; // "US-led forces invaded": the forces the US led
        }
        if (m != null && m.type() == MentionType.GROUP) {
            int g = tokenOf(m);
            if (g >= 2 && t.get(g - 1).pos().equals("POS") && mentionOf[g - 2] != null && Set.of(MentionType.PERSON,
                    MentionType.ORGANISATION, MentionType.COUNTRY).contains(mentionOf[g - 2].type())) {
                int from = startOf(g - 2); // "Nkunda's men launched attacks": the men are Nkunda's side
                int to = endOf(g);
                return new Mention(t.get(from).begin(), t.get(to).end(), CommonParties.text(t, from, to), MentionType.GROUP, null,
                        m.source(), m.confidence());
            }
        }
        if (m == null || m.type() != MentionType.GROUP || !BARE_ORGANS.contains(m.text().toLowerCase(Locale.ROOT))) {
            return m;
        }
        int s = tokenOf(m);
        boolean bare = s > 1 && mentionOf[s - 1] == null && (t.get(s - 1).pos().equals("JJ") || t.get(s - 1).pos().equals("NNP"))
                && Character.isUpperCase(t.get(s - 1).word().charAt(0)); // "The Chechen government": a word the taggers left bare
        if (s < 1 || !bare && (mentionOf[s - 1] == null || !Set.of(MentionType.NATIONALITY, MentionType.COUNTRY, MentionType.PERSON,
                MentionType.ORGANISATION).contains(mentionOf[s - 1].type()))) {
            return m;
        }
        int from = bare ? s - 1 : startOf(s - 1);
        if (from > 1 && t.get(from - 1).pos().equals("HYPH") && Character.isUpperCase(t.get(from - 2).word().charAt(0))) {
            from -= 2; // "Pacific-Rim leaders"
        }
        int to = endOf(s);
        return new Mention(t.get(from).begin(), t.get(to).end(), CommonParties.text(t, from, to), MentionType.GROUP, null, m.source(),
                m.confidence());
    }

    /** A state's bodies that may own an armed body ("the government ... its forces"). */
    private static final Set<String> STATE_BODIES = Set.of("government", "army", "military", "administration", "regime", "junta");
    /** Armed or police bodies that act for whoever owns them. */
    private static final Set<String> ARMED_BODIES = Set.of("troops", "forces", "soldiers", "army", "police", "policemen",
            "fighters", "militiamen", "gunmen", "militia", "militias", "warplanes", "jets", "aircraft", "navy");

    /**
     * "its troops", "their Ethiopian-backed forces": for an actor, the state or body a possessive pronoun before an armed
     * body stands for (a country, a government or an organisation named earlier); {@code m} itself otherwise. (A victim
     * stays the part: "20 of its troops were wounded".)
     */
    Mention pronounOwned(Mention m) {
        Mention owner = pronounOwner(m);
        return owner == null ? m : owner; // "Israel said its troops killed two militants": Israel's troops
    }

    private Mention pronounOwner(Mention m) {
        if (m == null || m.type() != MentionType.GROUP || pronouns == null) {
            return null;
        }
        int g = tokenOf(m);
        if (g < 1 || !ARMED_BODIES.contains(t.get(g).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int i = startOf(g) - 1;
        while (i >= 0 && i >= g - 4 && mentionOf[i] == null && (t.get(i).pos().startsWith("JJ") || t.get(i).pos().equals("HYPH")
                || t.get(i).pos().equals("VBN") || t.get(i).pos().equals("NNP"))) {
            i--; // "its Ethiopia-backed forces", "their elite troops"
        }
        if (i < 0 || !t.get(i).pos().equals("PRP$") || !Set.of("its", "their").contains(t.get(i).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        Mention owner = pronouns.resolve(t.get(i));
        if (owner != null && owner.type() == MentionType.GROUP && STATE_BODIES.contains(owner.text().toLowerCase(Locale.ROOT))
                && tokenOf(owner) >= 0) {
            return withOwner(owner); // "the government says its forces", "Somalia's government ... its forces"
        }
        return owner != null && Set.of(MentionType.COUNTRY, MentionType.ORGANISATION, MentionType.GOVERNMENT).contains(owner.type())
                ? owner : null;
    }

    /** The party glued by a hyphen to the "led" right before a common noun group ("US-led coalition"), or null. */
    private Mention leaderOf(Mention m) {
        int s = m == null || m.type() != MentionType.GROUP ? -1 : tokenOf(m);
        if (s < 3 || !t.get(s - 1).word().equalsIgnoreCase("led") || !(t.get(s - 2).pos().equals("HYPH") || t.get(s - 2).word().equals("-"))) {
            return null;
        }
        Mention leader = mentionOf[s - 3];
        return leader != null && ACTOR_TYPES.contains(leader.type()) && leader.type() != MentionType.CITY && leader.type() != MentionType.PLACE
                ? leader : null;
    }

    /** The party a common noun group belongs to by a "whose" right after the party's name and a comma, or null. */
    private Mention whoseOwner(Mention m) {
        int s = m == null || m.type() != MentionType.GROUP ? -1 : tokenOf(m);
        if (s < 3 || !t.get(s - 1).word().equalsIgnoreCase("whose") || !t.get(s - 2).word().equals(",")) {
            return null;
        }
        Mention owner = mentionOf[s - 3];
        return owner != null && ACTOR_TYPES.contains(owner.type()) && owner.type() != MentionType.CITY && owner.type() != MentionType.PLACE ? owner : null;
    }

    /**
     * "A suicide bombing killed the governor, and the Taliban claimed responsibility", "responsibility for the attack was
     * claimed by Islamic Jihad": the party that claims an attack in the same sentence, or null; none for an attack at
     * {@code trigger} told in a clause the claimant reports after the claim.
     */
    Mention claimant(int trigger) {
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!Moods.lemma(t.get(i)).equals("claim") || !t.get(i).pos().startsWith("VB")) {
                continue;
            }
            if (t.get(i + 1).word().equalsIgnoreCase("responsibility")) {
                for (int j = i + 2; j < trigger; j++) {
                    if (t.get(j).pos().startsWith("VB") && SAY_VERBS.contains(Moods.lemma(t.get(j)))) {
                        return null; // "claimed responsibility for the attack but said only one rebel was killed": what the
                    }                // claimant then tells of is not the claim
                }
                List<Mention> subject = subject(i, 0);
                return subject.isEmpty() ? null : subject.get(0);
            }
            if (t.get(i + 1).word().equals("by") && i >= 2 && (t.get(i - 1).word().equals("was") || t.get(i - 1).word().equals("been"))) {
                for (int j = Math.max(0, i - 8); j < i; j++) {
                    if (t.get(j).word().equalsIgnoreCase("responsibility")) {
                        return objectAt(i + 2, t.size(), 4);
                    }
                }
            }
        }
        return null;
    }

    /** Titles of those who speak for a party. */
    private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson", "spokesmen");

    /**
     * The party a claim of responsibility at {@code claim} (the verb "claimed") is made for: the one named after "on behalf
     * of" further on ("claimed responsibility for the attack on behalf of the ousted Islamists"), else the party whose
     * spokesman is the person {@code claimer} ("Taliban spokesman Qari Yousuf Ahmadi claimed"); null when none is named.
     */
    Mention claimedFor(int claim, Mention claimer) {
        for (int i = claim + 1; i + 3 < t.size(); i++) {
            if (t.get(i).word().equals("on") && t.get(i + 1).word().equalsIgnoreCase("behalf") && t.get(i + 2).word().equals("of")) {
                Mention m = objectAt(i + 3, t.size(), 5);
                if (m != null) {
                    return m;
                }
            }
        }
        int c = claimer == null || claimer.type() != MentionType.PERSON ? -1 : tokenOf(claimer);
        int title = c < 0 ? -1 : startOf(c) - 1;
        if (title >= 1 && SPOKESPEOPLE.contains(t.get(title).word().toLowerCase(Locale.ROOT))) {
            Mention owner = mentionOf[title - 1];
            return owner != null && Set.of(MentionType.ORGANISATION, MentionType.GROUP, MentionType.COUNTRY, MentionType.GOVERNMENT)
                    .contains(owner.type()) ? owner : null;
        }
        return null;
    }

    /**
     * "South Korean and DPR Korean officials met", "a meeting between Chinese and Russian prime ministers": when a party
     * of a meeting or an agreement is a plural noun after two coordinated nationalities, each nationality is one side.
     * The first nationality and the second conjunct (with its noun), or null when no party reads so.
     */
    Mention[] nationalSides(List<Mention> actors, Mention recipient) {
        List<Mention> parties = new ArrayList<>(actors);
        if (recipient != null) {
            parties.add(recipient);
        }
        for (Mention m : parties) {
            int s = tokenOf(m);
            if (s >= 0 && national(s) && endOf(s) + 3 < t.size() && t.get(endOf(s) + 1).word().equals("and")) {
                int second = endOf(s) + 2; // "a meeting of Burmese and ASEAN officials": the nationality found first
                int end = second;
                while (end < t.size() && end < second + 4 && !t.get(end).pos().equals("NNS")
                        && (mentionOf[end] != null || Character.isUpperCase(t.get(end).word().charAt(0)))) {
                    end++;
                }
                if (end < t.size() && t.get(end).pos().equals("NNS") && Character.isUpperCase(t.get(second).word().charAt(0))
                        && bothSides(parties, s, end)) {
                    return new Mention[] {m, new Mention(t.get(second).begin(), t.get(end).end(), CommonParties.text(t, second, end),
                            MentionType.GROUP, null, "event-sides", 0.5)};
                }
            }
            if (s < 2 || !t.get(endOf(s)).pos().equals("NNS")) {
                continue;
            }
            int second = s;
            int k = s - 1;
            if (national(k)) {
                second = startOf(k);
                k = second - 1;
            } else if (mentionOf[k] == null && Character.isUpperCase(t.get(k).word().charAt(0)) && t.get(k).pos().startsWith("NN")) {
                second = k; // "DPR Korean officials": a word the taggers left bare
                k--;
            }
            if (k < 1 || !t.get(k).word().equals("and") || !national(k - 1) || !Character.isUpperCase(t.get(second).word().charAt(0))
                    || !bothSides(parties, startOf(k - 1), endOf(s))) {
                continue;
            }
            Mention first = mentionOf[k - 1];
            int end = endOf(s);
            Mention other = new Mention(t.get(second).begin(), t.get(end).end(), CommonParties.text(t, second, end), MentionType.GROUP,
                    null, "event-sides", 0.5);
            return new Mention[] {first, other};
        }
        return null;
    }

    /**
     * Whether the coordination from token {@code from} to {@code to} holds both sides: it is all the parties found, or it
     * follows "between" or "of" ("a meeting of Burmese and ASEAN officials"). "Ross met with both Israeli and Palestinian
     * leaders" met them as one side.
     */
    private boolean bothSides(List<Mention> parties, int from, int to) {
        if (from > 0 && Set.of("between", "of").contains(t.get(from - 1).word().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (from > 0 && Set.of("with", "to", "and").contains(t.get(from - 1).word().toLowerCase(Locale.ROOT))) {
            return false; // "meetings with South Korean and US officials": the other side is missing, not inside
        }
        for (Mention p : parties) {
            if (p.begin() < t.get(from).begin() || p.end() > t.get(to).end()) {
                return false;
            }
        }
        return true;
    }

    private boolean national(int i) {
        return i >= 0 && mentionOf[i] != null
                && (mentionOf[i].type() == MentionType.NATIONALITY || mentionOf[i].type() == MentionType.COUNTRY);
    }

    /** The first token of mention {@code m} in this sentence, or -1. */
    private int tokenOf(Mention m) {
        for (int i = 0; i < t.size(); i++) {
            if (mentionOf[i] == m) {
                return i;
            }
        }
        return -1;
    }

    /** Words that open a clause told at the same time as the one before it. */
    private static final Set<String> MEANWHILE = Set.of("as", "when", "while");

    /**
     * The party that acts in the clause an "as", "when" or "while" opens after the passive at {@code head}: "All
     * hostage-takers were killed as security forces ended the siege", "Two Palestinians were killed as the troops
     * battled the protestors". Only the first such clause, and only an armed party that is its subject before a verb in
     * the past or present; null otherwise ("when a bomb exploded" names no party, "as protesters took to the streets" no
     * killer).
     */
    Mention simultaneousActor(int head) {
        for (int i = head + 1; i + 2 < t.size() && i < head + 16; i++) {
            Token k = t.get(i);
            if (k.word().equals(";") || k.word().equals(":")) {
                return null;
            }
            if (!MEANWHILE.contains(k.word().toLowerCase(Locale.ROOT)) || !(k.pos().equals("IN") || k.pos().equals("WRB"))) {
                continue;
            }
            int j = i + 1;
            while (j < t.size() && mentionOf[j] == null && Set.of("DT", "JJ", "CD", "PDT").contains(t.get(j).pos())) {
                j++;
            }
            if (j >= t.size() || mentionOf[j] == null || !ACTOR_TYPES.contains(mentionOf[j].type())
                    || PLACE_TYPES.contains(mentionOf[j].type())) {
                return null;
            }
            int v = endOf(j) + 1;
            while (v < t.size() && t.get(v).pos().startsWith("RB")) {
                v++;
            }
            // (also a raid or an attack: "was killed ... when the soldiers raided a house": the soldiers killed)
            boolean acts = v < t.size() && Set.of("VBD", "VBZ", "VBP").contains(t.get(v).pos()) && !Moods.lemma(t.get(v)).equals("be");
            Mention m = mentionOf[j];
            boolean force = m.type() == MentionType.GROUP && FORCES.contains(Moods.lemma(t.get(endOf(j))).toLowerCase(Locale.ROOT));
            return acts && force ? m : null;
        }
        return null;
    }

    private static final Set<MentionType> PLACE_TYPES = Set.of(MentionType.CITY, MentionType.PLACE, MentionType.COUNTRY);
    /** Armed parties, which a clause told at the time of a killing names as the killers ("as the troops battled"). */
    private static final Set<String> FORCES = Set.of("force", "forces", "troop", "troops", "soldier", "police", "policeman",
            "army", "military", "militant", "gunman", "rebel", "insurgent", "guerrilla", "fighter", "militia", "militiaman",
            "attacker", "assailant", "officer", "guard");

    /** The party joined by "and" right before mention {@code m} ("Musharraf and Singh"), or null. */
    private Mention partnerBefore(Mention m) {
        int s = tokenOf(m) - 1;
        while (s > 0 && s > tokenOf(m) - 6 && (mentionOf[s] != null
                && (mentionOf[s].type() == MentionType.TITLE || mentionOf[s].type() == MentionType.NATIONALITY)
                || mentionOf[s] == null && (t.get(s).pos().equals("NNP") || t.get(s).pos().equals("JJ")))) {
            s--; // "and Indian Prime Minister Manmohan Singh": past the title
        }
        if (s < 1 || !t.get(s).word().equalsIgnoreCase("and")) {
            return null;
        }
        Mention before = mentionOf[s - 1];
        return before != null && before != m && ACTOR_TYPES.contains(before.type()) && before.type() != MentionType.CITY
                && before.type() != MentionType.PLACE ? before : null;
    }

    int startOf(int i) {
        Mention m = mentionOf[i];
        while (i > 0 && mentionOf[i - 1] == m) {
            i--;
        }
        return i;
    }

    int endOf(int i) {
        Mention m = mentionOf[i];
        while (i + 1 < t.size() && mentionOf[i + 1] == m) {
            i++;
        }
        return i;
    }
}
