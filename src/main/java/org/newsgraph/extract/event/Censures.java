package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;
import org.newsgraph.extract.Token;
import org.newsgraph.extract.quote.Attribution;
import org.newsgraph.extract.quote.Span;

/**
 * Accusations, demands and praise made in a statement ("..., it is unacceptable," X wrote; "is a right step forward, Ben
 * Ali said"): events linked to that statement. Stateless.
 */
final class Censures {

    private static final Set<String> WORDS = Set.of("unacceptable", "outrageous", "deplorable",
            "reprehensible", "inadmissible", "intolerable", "shameful", "irresponsible", "unconstitutional", "appalling",
            "barbaric", "cowardly", "regrettable", "despicable", "disgraceful", "abhorrent", "atrocious", "unjustified",
            "unwarranted", "illegitimate", "hypocritical", "travesty", "mistake", "contempt");


    private Censures() {
    }

    /**
     * An ACCUSE by the statement's speaker against the first party named in its content, for each word of censure
     * in it ("not acceptable" is none).
     *
     * @param tokens   the tokens of the sentence the statement's content begins in
     * @param mentions the sentence's mentions
     */
    static List<EventMention> of(Attribution a, List<Token> tokens, List<Mention> mentions, Pronouns pronouns,
            Circumstances circumstances) {
        List<EventMention> out = new ArrayList<>();
        if (a.cue() != null && OWN_EVENTS.contains(a.cueLemma())) {
            return out; // "condemned the massacre as barbaric": the verb's own accusation
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token k = tokens.get(i);
            if (!a.content().contains(k.begin()) || !WORDS.contains(k.word().toLowerCase(Locale.ROOT))
                    || a.sources().isEmpty() || i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("not")
                    || i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("by") // "sent to his house by mistake"
                    || k.word().equalsIgnoreCase("mistake") && !graveMistake(tokens, i)) {
                continue;
            }
            Mention speaker = pronouns.at(a.sources().get(0).speakerSpan()); // through the antecedent of a pronoun
            Mention target = mentions.stream() // named before the word ("the police had committed a serious mistake"), not after
                    .filter(m -> a.content().contains(m.begin()) && m.begin() < k.begin() && m.type() != MentionType.TITLE // it ("any
                            // cabinet meeting was unconstitutional after the resignation of Shiite ministers")
                            && m.type() != MentionType.NATIONALITY && (speaker == null || !m.text().equals(speaker.text())))
                    .min(Comparator.comparingInt(Mention::begin)).orElse(null);
            Mention owner = possessor(tokens, i, mentions);
            if (owner != null && (speaker == null || !owner.text().equals(speaker.text()))) {
                target = owner; // "Iran's contempt for": the party whose deed or attitude is censured
            }
            Span trigger = new Span(k.begin(), k.end());
            out.add(new EventMention(trigger, "ACCUSE", "criticize", speaker, speaker == null ? List.of() : List.of(speaker),
                    target, circumstances.time(i), null, List.of(), a, Modality.ASSERTED,
                    EventFinder.round(0.7 * a.confidence() + 0.1)));
        }
        return out;
    }

    /** Adjectives that make a mistake a grave one, a censure ("a terrible mistake", "a historic mistake"). */
    private static final Set<String> GRAVE = Set.of("terrible", "grave", "serious", "big", "historic", "historical", "huge",
            "fundamental", "strategic", "tragic", "catastrophic", "major", "costly", "dangerous", "grievous", "monumental",
            "colossal", "enormous", "great", "fatal", "horrible", "awful", "massive", "terrific", "gross", "unforgivable");

    /**
     * Whether the noun "mistake" at {@code i} is called a grave one ("was a terrible mistake", "a serious mistake"): a
     * plain "it was a mistake to use private email" is more often owned than charged, and "make no mistake" is neither.
     */
    private static boolean graveMistake(List<Token> tokens, int i) {
        int j = i - 1;
        while (j >= 0 && tokens.get(j).pos().startsWith("RB")) {
            j--;
        }
        return tokens.get(i).pos().startsWith("NN") && j >= 0 && GRAVE.contains(tokens.get(j).word().toLowerCase(Locale.ROOT));
    }

    /** The party right before "'s" and the adjectives of the word at {@code i} ("Iran's blatant contempt"), or null. */
    private static Mention possessor(List<Token> tokens, int i, List<Mention> mentions) {
        int j = i - 1;
        while (j > 0 && (tokens.get(j).pos().startsWith("JJ") || tokens.get(j).pos().startsWith("RB"))) {
            j--;
        }
        if (j < 1 || !tokens.get(j).pos().equals("POS")) {
            return null;
        }
        int end = tokens.get(j - 1).end();
        return mentions.stream().filter(m -> m.end() == end && party(m)).findFirst().orElse(null);
    }

    /** Words of praise in a statement ("a milestone", "inspiring", "commendable"). */
    private static final Set<String> PRAISE = Set.of("milestone", "inspiring", "commendable", "laudable", "praiseworthy",
            "admirable", "exemplary");
    /** Nouns after "positive" or "right" that praise a step taken ("a positive step", "a right step forward"). */
    private static final Set<String> STEPS = Set.of("step", "steps", "development", "move", "sign", "signal", "contribution");
    /** Cues that are support of their own, which the trigger rules read. */
    private static final Set<String> OWN_PRAISE = Set.of("praise", "hail", "welcome", "commend", "applaud", "laud", "salute",
            "congratulate", "support", "back", "endorse");

    /**
     * A SUPPORT by the statement's speaker for the first party named in its content, for each word of praise in it:
     * "Russia called the referendum ... a milestone", "The development of Kenya-China relations is inspiring, said Kibaki",
     * "Israel's withdrawal from Gaza is a right step forward, Ben Ali said"; not when negated or when the cue praises by
     * itself ("hailed the deal as a milestone").
     */
    static List<EventMention> praise(Attribution a, List<Token> tokens, List<Mention> mentions, Pronouns pronouns,
            Circumstances circumstances) {
        List<EventMention> out = new ArrayList<>();
        if (a.sources().isEmpty() || a.cue() != null && OWN_PRAISE.contains(a.cueLemma())) {
            return out;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token k = tokens.get(i);
            String w = k.word().toLowerCase(Locale.ROOT);
            boolean step = Set.of("positive", "right").contains(w) && i + 1 < tokens.size()
                    && STEPS.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT));
            if (!a.content().contains(k.begin()) || !(PRAISE.contains(w) || step) || negatedBefore(tokens, i)) {
                continue; // "will not be a milestone"
            }
            if (w.equals("milestone") && i >= 2 && Set.of("achieve", "reach", "hit", "pass", "cross")
                    .contains(Moods.lemma(tokens.get(i - 2)).toLowerCase(Locale.ROOT))) {
                continue; // "the sector could achieve another milestone": a target reached, not praise of a party
            }
            Mention speaker = pronouns.at(a.sources().get(0).speakerSpan());
            Mention target = mentions.stream()
                    .filter(m -> a.content().contains(m.begin()) && m.type() != MentionType.TITLE && party(m)
                            && (speaker == null || !ParticipantChecks.same(m, speaker)))
                    .min(Comparator.comparingInt(Mention::begin)).orElse(null);
            out.add(new EventMention(new Span(k.begin(), k.end()), "SUPPORT", "praise", speaker,
                    speaker == null ? List.of() : List.of(speaker), target, circumstances.time(i), null, List.of(), a,
                    Modality.ASSERTED, EventFinder.round(0.6 * a.confidence() + 0.1)));
        }
        return out;
    }

    /** Whether "not", "n't", "no" or "never" stands within four tokens before token {@code i}, no comma between. */
    private static boolean negatedBefore(List<Token> tokens, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 4) && !tokens.get(j).word().equals(","); j--) {
            if (Set.of("not", "n't", "no", "never").contains(tokens.get(j).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of a deed one may be blamed for ("the attack was carried out by", "behind the bombings"). */
    private static final Set<String> DEEDS = Set.of("attack", "bombing", "blast", "explosion", "killing", "assassination",
            "murder", "massacre", "raid", "ambush", "shooting", "crime", "kidnapping", "abduction", "violence", "atrocity",
            "incident", "plot", "hoax", "poisoning", "arson", "bomb"); // "were behind the incident", "the bomb hoaxes were the work of"
    /** Participles of doing a deed, before "by" and its doer. */
    private static final Set<String> DONE = Set.of("carry", "commit", "perpetrate", "orchestrate", "mastermind", "stage");
    /** Words of being to blame, after the party and a form of "be" ("Syria is behind", "X was responsible for"). */
    private static final Set<String> BLAMED = Set.of("behind", "responsible", "involved");

    /**
     * An ACCUSE by the statement's speaker against the party its content blames for a deed: "the governor said the
     * attack was carried out by rebel groups", "the statement said some elements of the NRF were behind this attack",
     * "Maniga said that Hass was involved in a number of bloody attacks", "Israel said Hezbollah was to blame for the
     * violence". Not when the blame is put in doubt ("if Iran is behind", "not behind", "neither party was to blame").
     */
    static List<EventMention> blame(Attribution a, List<Token> tokens, List<Mention> mentions, Pronouns pronouns,
            Circumstances circumstances) {
        List<EventMention> out = new ArrayList<>();
        if (a.sources().isEmpty()) {
            return out;
        }
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token k = tokens.get(i);
            String w = k.word().toLowerCase(Locale.ROOT);
            boolean work = w.equals("work") && i >= 2 && tokens.get(i - 1).word().equalsIgnoreCase("the")
                    && Moods.lemma(tokens.get(i - 2)).equals("be") && tokens.get(i + 1).word().equals("of")
                    && !doubted(tokens, i - 2) && deedWithin(tokens, i - 8, i - 3);
            if (work && a.content().contains(k.begin())) { // "the bomb hoaxes were the work of militants"
                Mention target = after(tokens, mentions, i + 1, a);
                Mention speaker = pronouns.at(a.sources().get(0).speakerSpan());
                if (target != null && !(speaker != null && speaker.text().equals(target.text()))) {
                    out.add(new EventMention(new Span(k.begin(), tokens.get(i + 1).end()), "ACCUSE", "allege", speaker,
                            speaker == null ? List.of() : List.of(speaker), target, circumstances.time(i), null, List.of(), a,
                            Modality.ASSERTED, EventFinder.round(0.6 * a.confidence() + 0.1)));
                }
                continue;
            }
            if (!a.content().contains(k.begin()) || !Moods.lemma(tokens.get(i - 1)).equals("be") || doubted(tokens, i - 1)) {
                continue;
            }
            Mention target = null;
            int cue = -1;
            if (BLAMED.contains(w) && deedWithin(tokens, i + 1, i + 7)) {
                target = before(tokens, mentions, i - 1, a);
                cue = i;
            } else if (w.equals("to") && tokens.get(i + 1).word().equalsIgnoreCase("blame") && deedWithin(tokens, i + 2, i + 8)) {
                target = before(tokens, mentions, i - 1, a); // "Hezbollah was to blame for the violence"
                cue = i + 1;
            } else if (k.pos().equals("VBN") && DONE.contains(Moods.lemma(k)) && deedWithin(tokens, i - 6, i - 1)) {
                int by = i + 1 < tokens.size() && tokens.get(i + 1).word().equals("out") ? i + 2 : i + 1;
                if (by < tokens.size() && tokens.get(by).word().equals("by")) {
                    target = after(tokens, mentions, by, a);
                    cue = by;
                }
            }
            if (target == null || ownPeople(tokens, target)) {
                continue; // "the attack was carried out by one of our mujahedin": a claim, not a charge
            }
            Mention speaker = pronouns.at(a.sources().get(0).speakerSpan());
            if (speaker != null && speaker.text().equals(target.text())) {
                continue;
            }
            Token c = tokens.get(cue);
            out.add(new EventMention(new Span(c.begin(), c.end()), "ACCUSE", "allege", speaker,
                    speaker == null ? List.of() : List.of(speaker), target, circumstances.time(cue), null, List.of(), a,
                    Modality.ASSERTED, EventFinder.round(0.6 * a.confidence() + 0.1)));
        }
        return out;
    }

    /** Whether the speaker's "our" or "my" owns {@code target} ("our fighters", "one of our mujahedin"). */
    private static boolean ownPeople(List<Token> tokens, Mention target) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).begin() < target.begin()) {
            i++;
        }
        for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
            String w = tokens.get(j).word().toLowerCase(Locale.ROOT);
            if (w.equals("our") || w.equals("my")) {
                return true;
            }
            if (!tokens.get(j).pos().startsWith("JJ")) {
                return false;
            }
        }
        return false;
    }

    /** Speakers whose statements about a party are criticism by what they are ("critics say", "opponents charge"). */
    private static final Set<String> CRITICS = Set.of("critics", "critic", "opponents", "detractors");

    /** Cues that are accusations of their own, which the trigger rules read. */
    private static final Set<String> OWN_EVENTS = Set.of("accuse", "blame", "condemn", "criticize", "criticise", "denounce",
            "allege");

    /**
     * An ACCUSE by critics against the first party their statement names ("critics say the country has yet to fully
     * embrace the EU's democracy norms", "which critics say has turned the former regional breadbasket into a food-hungry
     * state"), anchored on the cue; none when the statement is denied or has no cue.
     */
    static List<EventMention> critics(Attribution a, List<Token> tokens, List<Mention> mentions, Pronouns pronouns,
            Circumstances circumstances) {
        if (a.sources().isEmpty() || a.cue() == null || OWN_EVENTS.contains(a.cueLemma())) {
            return List.of(); // ("critics accuse the giant company of": the verb's own accusation)
        }
        Mention speaker = pronouns.at(a.sources().get(0).speakerSpan());
        String[] words = speaker == null ? new String[0] : speaker.text().toLowerCase(Locale.ROOT).split(" ");
        if (words.length == 0 || !CRITICS.contains(words[words.length - 1])) {
            return List.of();
        }
        int cue = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).begin() == a.cue().begin()) {
                cue = i;
            }
        }
        if (cue < 0 || cue > 0 && Set.of("not", "n't", "never").contains(tokens.get(cue - 1).word().toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        int verb = Integer.MAX_VALUE; // the content's subject is what the critics fault ("critics say Attorney General Amos
        for (Token k : tokens) {      // Wako incorporated"), not a party named further on ("the case was chosen because ... Washington")
            if (a.content().contains(k.begin()) && (k.pos().startsWith("VB") || k.pos().equals("MD"))) {
                verb = k.begin();
                break;
            }
        }
        int subjectEnd = verb;
        Mention target = mentions.stream().filter(m -> a.content().contains(m.begin()) && m.begin() < subjectEnd && party(m)
                && m.type() != MentionType.NATIONALITY && !m.text().equals(speaker.text())).min(Comparator.comparingInt(Mention::begin)).orElse(null);
        return List.of(new EventMention(a.cue(), "ACCUSE", "criticize", speaker, List.of(speaker), target, circumstances.time(cue),
                null, List.of(), a, Modality.ASSERTED, EventFinder.round(0.6 * a.confidence() + 0.1)));
    }

    /** Verbs of a wrong done to a rule, a deal or a party, and "biased": said of a party, an accusation. */
    private static final Set<String> WRONGS = Set.of("violate", "mislead", "deceive", "betray", "flout",
            "sabotage", "rig", "cheat", "biased", "bias");

    /** Cues of a statement that denies what it says. */
    private static final Set<String> DENIALS = Set.of("deny", "dismiss", "reject", "refute");

    /** What one breaks or breaches wrongly, and what one commits. */
    private static final Map<String, Set<String>> WRONG_OBJECTS = Map.of(
            "break", Set.of("truce", "ceasefire", "cease-fire", "agreement", "accord", "promise", "promises", "pledge", "deal",
                    "law", "laws", "rules", "embargo", "sanctions", "commitment", "commitments", "treaty"),
            "breach", Set.of("truce", "ceasefire", "cease-fire", "agreement", "accord", "law", "laws", "rules", "embargo",
                    "sanctions", "treaty", "resolution", "resolutions"),
            "commit", Set.of("crime", "crimes", "atrocities", "atrocity", "abuses", "massacre", "massacres", "genocide",
                    "fraud", "murder", "murders", "violations"));

    /** Whether the verb at {@code i} (lemma {@code lemma}) breaks a deal or commits a crime within its next four words. */
    private static boolean wrongObject(List<Token> tokens, int i, String lemma) {
        Set<String> objects = WRONG_OBJECTS.get(lemma);
        if (objects == null) {
            return false;
        }
        for (int j = i + 1; j < Math.min(tokens.size(), i + 5); j++) {
            if (objects.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (tokens.get(j).word().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * An ACCUSE by the statement's speaker against the party its content says did wrong: "Steiner said that ...
     * Petric had "violated the constitution"", "told YTN the MBC team had misled them", "Gomery was biased against him",
     * "the rebels said government troops had broken the truce", "the report said the army had committed war crimes".
     * The party is the verb's subject, right before it past auxiliaries and adverbs; not when put in doubt.
     */
    static List<EventMention> wrongs(Attribution a, List<Token> tokens, List<Mention> mentions, Pronouns pronouns,
            Circumstances circumstances) {
        List<EventMention> out = new ArrayList<>();
        if (a.sources().isEmpty() || a.cue() != null && DENIALS.contains(a.cueLemma())) {
            return out; // "the US military has denied that its soldiers committed any crimes": no charge
        }
        for (int i = 1; i < tokens.size(); i++) {
            Token k = tokens.get(i);
            boolean biased = k.word().equalsIgnoreCase("biased");
            boolean verb = k.pos().equals("VBD") || k.pos().equals("VBN") || k.pos().equals("JJ") && biased;
            String lemma = Moods.lemma(k).toLowerCase(Locale.ROOT);
            if (!a.content().contains(k.begin()) || !verb || !(WRONGS.contains(lemma) || wrongObject(tokens, i, lemma))) {
                continue;
            }
            int j = i - 1;
            while (j > 0 && (tokens.get(j).pos().startsWith("RB") || tokens.get(j).pos().equals("``") || tokens.get(j).word().equals("\"")
                    || Set.of("have", "be").contains(Moods.lemma(tokens.get(j))))) {
                j--;
            }
            boolean passive = false;
            for (int x = j + 1; x < i; x++) {
                passive |= Moods.lemma(tokens.get(x)).equals("be") && !biased;
            }
            if (passive || j < 0 || doubted(tokens, j) || Set.of("not", "n't", "never").contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))) {
                continue; // "the rules were violated": no one said to have done it
            }
            int head = j;
            while (j > 0 && j > head - 2 && tokens.get(j).pos().startsWith("NN") && tokens.get(j).ner().equals("O")) {
                j--; // "the MBC team": the name before its common noun
            }
            int last = tokens.get(j).end();
            int end = tokens.get(head).end();
            Mention target = mentions.stream().filter(m -> a.content().contains(m.begin()) && m.end() >= last && m.end() <= end && party(m))
                    .findFirst().orElse(null);
            Mention speaker = pronouns.at(a.sources().get(0).speakerSpan());
            if (target == null || speaker != null && speaker.text().equals(target.text())) {
                continue;
            }
            out.add(new EventMention(new Span(k.begin(), k.end()), "ACCUSE", "allege", speaker,
                    speaker == null ? List.of() : List.of(speaker), target, circumstances.time(i), null, List.of(), a,
                    Modality.ASSERTED, EventFinder.round(0.6 * a.confidence() + 0.1)));
        }
        return out;
    }

    /**
     * A REQUEST by the statement's speaker to the party its content says "must" act: "Portman said India must help in
     * solving the standoff", "Lavrov said that Georgia must back up its desire", ""Israel must stop the killings," Abbas
     * said". The party opens the content, right before "must" and a bare verb; not the speaker, and not in a question or
     * a condition. A speaker the article does not name asks nothing here.
     */
    static List<EventMention> demands(Attribution a, List<Token> tokens, List<Mention> mentions, Pronouns pronouns,
            Circumstances circumstances) {
        Mention speaker = a.sources().isEmpty() ? null : pronouns.at(a.sources().get(0).speakerSpan());
        List<EventMention> out = new ArrayList<>();
        for (int i = 1; speaker != null && i + 1 < tokens.size(); i++) {
            Token k = tokens.get(i);
            int verb = tokens.get(i + 1).pos().startsWith("RB") && i + 2 < tokens.size() ? i + 2 : i + 1;
            if (!a.content().contains(k.begin()) || !k.word().equalsIgnoreCase("must") || !tokens.get(verb).pos().equals("VB")
                    || Moods.lemma(tokens.get(verb)).equals("be") || doubted(tokens, i)) {
                continue; // "must be made": no party is asked
            }
            int end = tokens.get(i - 1).end();
            Mention target = mentions.stream().filter(m -> m.end() == end && a.content().contains(m.begin())
                    && (party(m) || m.type() == MentionType.CITY && ParticipantChecks.isCapital(m)) && m.type() != MentionType.NATIONALITY)
                    .findFirst().orElse(null);
            if (target == null || !opens(a, tokens, target)) {
                continue;
            }
            if (ParticipantChecks.same(speaker, target)) {
                continue;
            }
            out.add(new EventMention(new Span(k.begin(), k.end()), "REQUEST", "demand", speaker, List.of(speaker), target,
                    circumstances.time(i), null, List.of(), a, Modality.ASSERTED, EventFinder.round(0.6 * a.confidence() + 0.1)));
        }
        return out;
    }

    /** Whether the mention opens the statement's content, past "that", "the" and quotation marks. */
    private static boolean opens(Attribution a, List<Token> tokens, Mention m) {
        for (Token k : tokens) {
            if (k.begin() >= m.begin()) {
                return true;
            }
            String w = k.word().toLowerCase(Locale.ROOT);
            if (a.content().contains(k.begin()) && !Set.of("that", "the", "\"", "``", "''").contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** What a threat promises to do, as a verb or a noun after "will" or "would" ("will respond", "would be consequences"). */
    private static final Set<String> REPRISALS = Set.of("strike", "attack", "respond", "retaliate", "intervene", "hit",
            "punish", "penalize", "penalise", "crush", "fight", "destroy", "response", "consequence", "consequences",
            "reprisal", "reprisals", "retaliation");

    /**
     * A THREATEN by the statement's speaker when its content promises a reprisal on a condition: ""If we are hit in our
     * countries, we will not stop striking you"", "told President Jiang that the United States would be prepared to
     * intervene if China ...", ""there would be consequences if there are democratic erosions"". The party threatened is
     * the one the condition names first, if any; not a question, nor an answer ("we will respond truthfully if asked").
     */
    static List<EventMention> conditionalThreats(Attribution a, List<Token> tokens, List<Mention> mentions, Pronouns pronouns,
            Circumstances circumstances) {
        List<EventMention> out = new ArrayList<>();
        if (a.sources().isEmpty()) {
            return out;
        }
        int condition = -1;
        for (Token k : tokens) {
            String w = k.word().toLowerCase(Locale.ROOT);
            if (a.content().contains(k.begin()) && (w.equals("?") || w.equals("asked"))) {
                return out;
            }
            if (condition < 0 && a.content().contains(k.begin()) && (w.equals("if") || w.equals("unless"))) {
                condition = k.end();
            }
        }
        if (condition < 0) {
            return out;
        }
        final int from = condition;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token k = tokens.get(i);
            if (!a.content().contains(k.begin()) || !k.pos().equals("MD")
                    || !Set.of("will", "would", "'ll", "shall").contains(k.word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int j = i + 1; j < Math.min(tokens.size(), i + 6); j++) {
                Token r = tokens.get(j);
                if (r.word().equals(",") || r.word().equals(";")) {
                    break;
                }
                if (!REPRISALS.contains(Moods.lemma(r).toLowerCase(Locale.ROOT)) && !REPRISALS.contains(r.word().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                Mention speaker = pronouns.at(a.sources().get(0).speakerSpan());
                Mention target = mentions.stream() // the party whose act the condition names ("if China attacked Taiwan")
                        .filter(m -> m.begin() >= from && m.begin() <= from + 40 && a.content().contains(m.begin()) && party(m)
                                && !ownedByUs(tokens, m) // "if we are hit in our countries": the speaker's side
                                && m.type() != MentionType.NATIONALITY && (speaker == null || !m.text().equals(speaker.text())))
                        .min(Comparator.comparingInt(Mention::begin)).orElse(null);
                out.add(new EventMention(new Span(r.begin(), r.end()), "THREATEN", null, speaker,
                        speaker == null ? List.of() : List.of(speaker), target, circumstances.time(j), null, List.of(), a,
                        Modality.ASSERTED, EventFinder.round(0.5 * a.confidence() + 0.1)));
                return out; // one threat per statement
            }
        }
        return out;
    }

    /**
     * A THREATEN by the speaker of a warning told after what it says, when what it says is what will happen: ""In case of
     * a biased verdict, we won't remain silent," warned Kar-va-Kargar", ""School leaders will be penalized if ...," the
     * circular warns". A warning of what would, could or may happen is a forecast ("Any violence could derail the
     * process, a senior US diplomat warned"). The party warned is the first named in the statement other than the
     * speaker, if any.
     */
    static List<EventMention> warnings(Attribution a, List<Token> tokens, List<Mention> mentions, Pronouns pronouns,
            Circumstances circumstances) {
        if (a.sources().isEmpty() || a.cue() == null || !"warn".equals(a.cueLemma()) || a.cue().begin() < a.content().end()) {
            return List.of();
        }
        boolean will = false;
        for (Token k : tokens) {
            String w = k.word().toLowerCase(Locale.ROOT);
            if (a.content().contains(k.begin()) && w.equals("?")) {
                return List.of();
            }
            will |= a.content().contains(k.begin()) && k.pos().equals("MD") && Set.of("will", "'ll", "wo", "shall").contains(w);
        }
        if (!will) {
            return List.of();
        }
        Mention speaker = pronouns.at(a.sources().get(0).speakerSpan());
        Mention target = mentions.stream()
                .filter(m -> a.content().contains(m.begin()) && party(m) && !ownedByUs(tokens, m) && m.type() != MentionType.NATIONALITY
                        && (speaker == null || !m.text().equals(speaker.text())))
                .min(Comparator.comparingInt(Mention::begin)).orElse(null);
        int at = -1;
        for (int i = 0; i < tokens.size() && at < 0; i++) {
            at = tokens.get(i).begin() == a.cue().begin() ? i : -1;
        }
        return List.of(new EventMention(a.cue(), "THREATEN", null, speaker, speaker == null ? List.of() : List.of(speaker), target,
                at < 0 ? null : circumstances.time(at), null, List.of(), a, Modality.ASSERTED, EventFinder.round(0.5 * a.confidence() + 0.1)));
    }

    /** Whether a first-person possessive stands right before mention {@code m} ("our countries"). */
    private static boolean ownedByUs(List<Token> t, Mention m) {
        for (int i = 1; i < t.size(); i++) {
            if (t.get(i).begin() == m.begin()) {
                return Set.of("our", "my").contains(t.get(i - 1).word().toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /** "if Iran is behind", "whether ... was involved", "not behind": blame put in doubt or denied. */
    private static boolean doubted(List<Token> t, int be) {
        if (be + 1 < t.size() && Set.of("not", "n't", "never").contains(t.get(be + 1).word().toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (int j = be - 1; j >= Math.max(0, be - 10); j--) {
            String w = t.get(j).word().toLowerCase(Locale.ROOT);
            if (Set.of("if", "whether", "who", "what", "unless", "neither", "nor").contains(w) || t.get(j).pos().equals("MD")) {
                return true;
            }
            if (w.equals(",") || w.equals("that") || w.equals(";")) {
                return false;
            }
        }
        return false;
    }

    private static boolean deedWithin(List<Token> t, int from, int to) {
        for (int j = Math.max(0, from); j <= Math.min(to, t.size() - 1); j++) {
            if (t.get(j).pos().startsWith("NN") && DEEDS.contains(Moods.lemma(t.get(j)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The party named right before the form of "be" at {@code be} (a bracketed abbreviation may follow it), in the
     * content: the subject blamed.
     */
    private static Mention before(List<Token> t, List<Mention> mentions, int be, Attribution a) {
        int end = t.get(be).begin();
        int last = be >= 2 ? t.get(be - 2).end() : 0; // "some elements of the National Redemption Front (NRF) were"
        return mentions.stream().filter(m -> a.content().contains(m.begin()) && m.end() >= last && m.end() <= end && party(m))
                .min(Comparator.comparingInt(Mention::begin)).orElse(null);
    }

    /** The first party named within five tokens after "by" at {@code by}. */
    private static Mention after(List<Token> t, List<Mention> mentions, int by, Attribution a) {
        int from = t.get(by).end();
        int to = t.get(Math.min(t.size() - 1, by + 5)).end();
        return mentions.stream().filter(m -> m.begin() >= from && m.begin() < to && party(m))
                .min(Comparator.comparingInt(Mention::begin)).orElse(null);
    }

    private static boolean party(Mention m) {
        return m.type() != MentionType.TITLE && m.type() != MentionType.CITY && m.type() != MentionType.PLACE
                && m.type() != MentionType.PRONOUN;
    }
}
