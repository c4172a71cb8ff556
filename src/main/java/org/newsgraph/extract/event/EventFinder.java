package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import org.newsgraph.extract.DependencyParse;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.SentenceParser;
import org.newsgraph.extract.TextAnalysis;
import org.newsgraph.extract.Token;
import org.newsgraph.extract.quote.Attribution;
import org.newsgraph.extract.quote.Span;
import org.newsgraph.extract.time.QuantityMention;
import org.newsgraph.extract.time.TimeMention;

/**
 * Finds PLOVER-typed events sentence by sentence: trigger words ({@link Triggers}), their modality
 * ({@link Moods}), and their participants, place, time and amounts from the same sentence only
 * ({@link Participants}, {@link NounParticipants} for nominal triggers). Accusations made in a statement ("... is unacceptable," X wrote) become events
 * linked to that statement. Two learned models can stand beside the rules (both off unless asked for): {@link TriggerModel}
 * adds triggers where the rules made no event of their category, and {@link ArgumentModel} fills participant slots the
 * rules left empty.
 *
 * <p>Offsets are UTF-16 char indices into the analysed text. Stateless and thread-safe: one instance may
 * serve all threads.
 */
public final class EventFinder {

    /** Currencies that a country's or people's name may qualify ("US dollars", "Swiss francs", "Hong Kong dollars"). */
    private static final Set<String> CURRENCY_NAMES = Set.of("dollar", "dollars", "franc", "francs", "euro", "euros", "pound",
            "pounds", "yuan", "yen", "rupee", "rupees", "ruble", "rubles", "rouble", "roubles", "peso", "pesos", "dinar", "dinars",
            "riyal", "riyals", "shekel", "shekels", "lira", "krone", "kroner", "kronor", "crowns", "baht", "ringgit");

    /** The events of one article and the group mentions ("protesters") they use, which are not yet mentions. */
    public record Result(List<EventMention> events, List<Mention> groups) {
    }

    /** The auxiliaries of a passive verb group ("have been", "were", "being"). */
    /** Categories of the decisions a meeting takes as a body ("the summit approved", "the conference called for"). */
    private static final Set<String> DECIDED = Set.of("AGREE", "SUPPORT", "REQUEST", "REJECT", "ACCUSE");

    /** Common nouns of a meeting whose participants decide together. */
    private static final Set<String> MEETING_NOUNS = Set.of("meeting", "summit", "conference", "session", "forum", "assembly", "congress",
            "convention", "gathering", "plenum");

    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("has", "have", "had", "is", "are", "was", "were", "been", "be",
            "being");
    /** Nouns of a penalty that a passive of imposing may have as its subject ("sanctions imposed on Sudan"). */
    private static final Set<String> PENALTY_NOUNS = Set.of("sanction", "sanctions", "embargo", "blockade", "siege");

    /** Verbs of setting money aside, which tell aid only when they name who receives it. */
    private static final Set<String> BUDGETING = Set.of("allocate", "earmark");
    /** Words of lifting a restriction, whose curfew or closure is the thing lifted ("the curfew was lifted"). */
    private static final Set<String> LIFTING = Set.of("lift", "lifting", "ease", "easing", "relax", "revoke", "rescind", "scrap");
    /** Categories whose triggers keep their sense in sport news (fans arrested, players on strike; charges, below). */
    private static final Set<String> NOT_GAME_MOVES = Set.of("COERCE", "PROTEST", "SANCTION");
    /** Words that name the police and the law, whose raids are searches and seizures, not attacks. */
    private static final java.util.regex.Pattern LAW = java.util.regex.Pattern.compile(
            "(?i).*\\b(police|policemen|policeman|authorities|prosecutors?|investigators?|agents|detectives?|customs|fbi"
            + "|inspectors?|security forces|anti-graft|anti-corruption)\\b.*");

    /**
     * A raid carried out by the police or the law ("the authorities acted on a tip-off about tomb thieves and carried out
     * a raid", "Police carried out a raid on the home of the suspect") is a search and seizure, COERCE; a raid by troops or
     * gunmen stays an attack.
     */
    static EventMention policeRaid(EventMention e, String body) {
        if (!e.category().equals("ASSAULT") || e.actors().isEmpty() || !e.trigger().of(body).toLowerCase(Locale.ROOT).contains("raid")
                || !e.actors().stream().allMatch(a -> LAW.matcher(a.text()).matches())) {
            return e;
        }
        return new EventMention(e.trigger(), "COERCE", "seize", e.actor(), e.actors(), e.recipient(), e.time(), e.place(),
                e.quantities(), e.statement(), e.modality(), e.confidence());
    }
    /** Triggers that tell only the injuries of an attack told beside them ("killed one and wounded nine"). */
    private static final java.util.regex.Pattern INJURY = java.util.regex.Pattern.compile("(?i)(wound|injur)");
    /** A killing told by its verb alone, with no attacker named: the toll of an attack told beside it, if there is one. */
    private static final java.util.regex.Pattern KILLING = java.util.regex.Pattern.compile("(?i)(kill|killed|killing|kills)");
    /** Verbs that tell a killing or an injury of their own. */
    private static final java.util.regex.Pattern VIOLENT_VERB =
            java.util.regex.Pattern.compile("(?i)(kill|shot|shoot|murder|stab|wound|injur|behead|slain|slay|gun)");

    /** Prints each sentence's trigger hits and what became of them to standard error (a developer's aid). */
    private static final boolean TRACE = Boolean.getBoolean("newsgraph.traceEvents");
    /** Nouns of force that, named before a freeing, make it a rescue rather than a release. */
    private static final Set<String> FORCEFUL_RESCUES = Set.of("attack", "raid", "assault", "operation", "rescue", "force",
            "storming", "commando");

    private final SentenceParser parser;
    private final TriggerModel model = TriggerModel.bundled();
    private final ArgumentModel arguments = ArgumentModel.bundled();

    /** A finder that reads participants off word order alone. */
    public EventFinder() {
        this(null);
    }

    /**
     * @param parser parses the sentences in which a trigger fired, for the participant rules that use the parse;
     *               null for word order alone
     */
    public EventFinder(SentenceParser parser) {
        this.parser = parser;
    }

    /**
     * @param mentions     the article's mentions so far (actors, places, titles)
     * @param attributions the article's statements
     * @param inNews       whether a char range {@code [begin, end)} lies in news text
     */
    public Result find(TextAnalysis analysis, List<Mention> mentions, List<TimeMention> times,
            List<QuantityMention> quantities, List<Attribution> attributions, BiPredicate<Integer, Integer> inNews) {
        List<Mention> known = new ArrayList<>(mentions);
        known.sort(Comparator.comparingInt(Mention::begin));
        List<Mention> antecedents = Pronouns.antecedents(known, analysis.text());
        java.util.Set<Integer> pluralNouns = new java.util.HashSet<>();
        for (Sentence s : analysis.sentences()) {
            for (Token k : analysis.tokens(s)) {
                if (k.pos().equals("NNS") && Character.isLowerCase(k.word().charAt(0))) {
                    pluralNouns.add(k.begin());
                }
            }
        }
        Pronouns pronouns = new Pronouns(antecedents, Pronouns.modifiers(antecedents, analysis.text(), pluralNouns), attributions, analysis.text());
        List<EventMention> events = new ArrayList<>();
        List<Mention> usedGroups = new ArrayList<>();
        for (Sentence s : analysis.sentences()) {
            if (!inNews.test(s.begin(), s.end())) {
                continue;
            }
            List<Token> tokens = pastInSeries(presentAfterOpeningSubject(pastAfterOpeningName(pastAfterAdverbs(pastBeforeDead(possessedParticiples(everNouns(analysis.tokens(s))))))));
            List<Triggers.Hit> hits = Triggers.find(tokens);
            List<Attribution> stated = attributions.stream()
                    .filter(a -> a.content().begin() >= s.begin() && a.content().begin() < s.end()).toList();
            boolean quiet = hits.isEmpty() && stated.isEmpty(); // no rule can make an event here: only the model may
            TriggerModel.Reading reading = quiet && model != null ? model.read(tokens, hits, List.of()) : null;
            if (quiet && (reading == null || reading.proposals(List.of()).isEmpty())) {
                continue;
            }
            List<Mention> inSentence = new ArrayList<>(known.stream()
                    .filter(m -> m.begin() >= s.begin() && m.end() <= s.end()).toList());
            List<Mention> groups = Groups.in(analysis, s, inSentence);
            inSentence.addAll(groups);
            pronouns.add(groups);
            SentenceEvents se = new SentenceEvents(analysis, s, tokens, inSentence, pronouns, times, quantities, attributions, parser);
            List<EventMention> found = new ArrayList<>();
            java.util.Set<Triggers.Hit> fired = new java.util.HashSet<>(); // a fallback stands only for hits that made nothing
            for (Triggers.Hit h : hits) {
                EventMention e = h.blockedBy().stream().anyMatch(fired::contains) ? null : se.event(h);
                if (TRACE) {
                    System.err.println("hit " + h.rule().category() + "/" + h.rule().mode() + " '"
                            + analysis.text().substring(tokens.get(h.match().first()).begin(), tokens.get(h.match().last()).end())
                            + "' -> " + (e == null ? "nothing" : e.category() + " " + e.modality()));
                }
                if (e != null && !(se.resultClause(h) && OUTCOMES.contains(e.category())
                        && found.stream().anyMatch(f -> f.category().equals(e.category())))) {
                    found.add(e);
                    fired.add(h);
                }
            }
            for (Attribution a : stated) {
                found.addAll(se.censure(a, tokens));
            }
            found = se.responses(found);
            found.addAll(se.blamedDeeds(found));
            String body = analysis.text();
            found = model == null ? found : learned(reading != null ? reading : model.read(tokens, hits, found), found, se);
            List<EventMention> merged = Dedup.merge(found, (x, y) -> toll(x, y, body) && !sinceAnchor(x, y, body) && !sinceAnchor(y, x, body)
                            || coordinatedVerbs(x, y, tokens),
                    (x, y) -> separateVerbs(x, y, tokens) || sinceAnchor(x, y, body) || sinceAnchor(y, x, body)
                            || attacksListed(x, y, tokens) || tripAndTalks(x, y, tokens) || tripAndTalks(y, x, tokens)
                            || contactsApart(x, y, tokens) || answered(x, y, body) || answered(y, x, body)
                            || series(x, y, tokens) || series(y, x, tokens) || reportedApart(x, y, body) || reportedApart(y, x, body)
                            || sequenced(x, y, tokens) || sequenced(y, x, tokens));
            merged = sharedVictims(merged, tokens);
            merged = includedDeeds(merged, tokens);
            merged = refusedRequests(merged, tokens, body);
            merged = censuredDoers(merged, tokens);
            merged = se.fightSides(merged);
            merged = se.metSeparately(merged);
            merged = se.withWhom(merged);
            if (TRACE) {
                System.err.println("tokens " + tokens.stream().map(k -> k.word() + "/" + k.pos()).collect(java.util.stream.Collectors.joining(" ")));
                System.err.println("found " + found.size() + ", merged " + merged.stream()
                        .map(x -> x.category() + " '" + body.substring(x.trigger().begin(), x.trigger().end()) + "' " + x.modality()).toList());
            }
            // after the merge, so that a clash keeps its toll before it is read as a riot
            merged = merged.stream().map(x -> QuotedCharges.of(Abductions.of(VerbalAttacks.of(Riots.of(x, body, tokens), tokens, body)), body)).toList();
            merged = merged.stream().map(x -> policeRaid(x, body)).toList(); // the law's raids search and seize
            List<EventMention> told = merged;
            merged = merged.stream().map(x -> Riots.crowdsDemand(x, body, tokens, told)).filter(java.util.Objects::nonNull).toList();
            for (EventMention filled : arguments == null ? merged : arguments.fill(tokens, inSentence, merged, se::dependencies)) {
                EventMention e = accusedInClause(namedMembers(withoutVictimCensured(filled), inSentence, body), inSentence, body);
                e = opposedNotActing(e, body);
                events.add(e);
                for (Mention m : participants(e)) {
                    if (groups.contains(m) && !usedGroups.contains(m)) {
                        usedGroups.add(m);
                    }
                }
            }
        }
        return new Result(events, usedGroups);
    }

    /**
     * The tokens with a base verb read as the noun it is after "ever" and the adjective it intensifies, in a phrase a
     * determiner or possessive opens ("his first ever visit/VB to", "the largest ever attack/VB"): no verb stands there.
     */
    static List<Token> everNouns(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 3; i < tokens.size(); i++) {
            Token k = tokens.get(i);
            if (!(k.pos().equals("VB") || k.pos().equals("VBP")) || !tokens.get(i - 1).word().equalsIgnoreCase("ever")
                    || !tokens.get(i - 2).pos().startsWith("JJ")) {
                continue;
            }
            int j = i - 3;
            while (j > 0 && (tokens.get(j).pos().startsWith("JJ") || tokens.get(j).pos().equals("CD") || tokens.get(j).pos().equals("NNP"))) {
                j--;
            }
            if (Set.of("DT", "PRP$", "POS").contains(tokens.get(j).pos())) {
                out = retagged(out, tokens, i, "NN");
            }
        }
        return out == null ? tokens : out;
    }

    /**
     * The tokens with a past tense or participle right after a possessive "'s" and before a noun read as the adjective it
     * is there ("China's continued/VBD support"): no finite verb can stand in that place.
     */
    static List<Token> possessedParticiples(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token k = tokens.get(i);
            if (tokens.get(i - 1).pos().equals("POS") && (k.pos().equals("VBD") || k.pos().equals("VBN"))
                    && tokens.get(i + 1).pos().startsWith("NN")) {
                out = retagged(out, tokens, i, "JJ");
            }
        }
        return out == null ? tokens : out;
    }

    /**
     * The tokens with a participle read as the past tense it is after a named subject and its adverbs, and before its
     * object ("Maliki also bitterly criticised/VBN Annan"): no auxiliary stands before it, so it is the clause's verb.
     */
    static List<Token> pastAfterAdverbs(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 2; i + 1 < tokens.size(); i++) {
            Token k = tokens.get(i);
            if (!k.pos().equals("VBN") || !tokens.get(i - 1).pos().equals("RB") || !OBJECT_OPENERS.contains(tokens.get(i + 1).pos())) {
                continue;
            }
            int j = i - 1;
            while (j > 0 && tokens.get(j).pos().equals("RB")) {
                j--;
            }
            Token subject = tokens.get(j);
            boolean named = (subject.pos().equals("NNP") || subject.pos().equals("NNPS")) && !subject.ner().equals("O")
                    || subject.pos().equals("PRP");
            if (named && (j == 0 || !tokens.get(j - 1).pos().equals("IN"))) {
                out = retagged(out, tokens, i, "VBD");
            }
        }
        return out == null ? tokens : out;
    }

    /**
     * The tokens with a participle read as the past tense it is when "dead" and an object follow it and a noun stands
     * before it ("Suspected separatist insurgents shot/VBN dead four men"): a reduced relative ("the men shot dead in
     * the raid") has no object after "dead". A quotation may open between the noun and the verb ("ISAF troops "shot/VBN
     * dead one civilian").
     */
    static List<Token> pastBeforeDead(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 1; i + 2 < tokens.size(); i++) {
            Token k = tokens.get(i);
            int before = i - 1 > 0 && QUOTE_MARKS.contains(tokens.get(i - 1).pos()) ? i - 2 : i - 1; // ISAF troops "shot dead one civilian
            if (k.pos().equals("VBN") && tokens.get(i + 1).word().equalsIgnoreCase("dead")
                    && Set.of("DT", "CD", "PRP$", "NNP").contains(tokens.get(i + 2).pos())
                    && tokens.get(before).pos().startsWith("NN")) {
                out = retagged(out, tokens, i, "VBD");
            }
        }
        return out == null ? tokens : out;
    }

    /**
     * The tokens with a participle read as the past tense it is when it stands in a series of past verbs with their
     * objects ("authorities reported 12,068 crimes, seized/VBN 239.4 kg of heroin, and arrested 18,260 people"): after a
     * comma, with an object after it, a past tense before it in the sentence with only its object between, and "and" with
     * a past verb later.
     */
    static List<Token> pastInSeries(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 2; i + 1 < tokens.size(); i++) {
            Token k = tokens.get(i);
            if (!k.pos().equals("VBN") || !tokens.get(i - 1).word().equals(",")
                    || !Set.of("CD", "DT", "PRP$", "NNS").contains(tokens.get(i + 1).pos())) {
                continue;
            }
            int j = i - 2;
            while (j > 0 && Set.of("CD", "NN", "NNS", "JJ", "DT", "HYPH", "IN", "PRP$", "VBN").contains(tokens.get(j).pos())
                    && !tokens.get(j).word().equals(",")) {
                j--;
            }
            if (!tokens.get(j).pos().equals("VBD") || i - j > 10) {
                continue;
            }
            boolean andLater = false;
            for (int m = i + 2; m + 1 < tokens.size() && m < i + 12; m++) {
                if (tokens.get(m).word().equals("and") && Set.of("VBD", "VBN").contains(tokens.get(m + 1).pos())) {
                    andLater = true;
                    break;
                }
            }
            if (andLater) {
                out = retagged(out, tokens, i, "VBD");
            }
        }
        return out == null ? tokens : out;
    }

    /** Verbs of asking whose present tense the tagger may take for a plural noun ("The secretary-general appeals/NNS to"). */
    private static final Set<String> ASKING_PRESENTS = Set.of("appeals", "calls", "urges", "pleads");

    /**
     * The tokens with a plural noun read as the present tense of asking it is right after the subject that opens the
     * sentence or a quotation ("The secretary-general strongly appeals/NNS to the parties", "He calls/NNS on"), when "to",
     * "for", "on" or "upon" follows: a subject of a pronoun, or of a determiner and nouns alone.
     */
    static List<Token> presentAfterOpeningSubject(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 1; i + 1 < tokens.size() && i < 10; i++) {
            Token k = tokens.get(i);
            if (!k.pos().equals("NNS") || !ASKING_PRESENTS.contains(k.word())
                    || !Set.of("to", "for", "on", "upon").contains(tokens.get(i + 1).word())) {
                continue;
            }
            int j = i - 1;
            while (j > 0 && tokens.get(j).pos().equals("RB")) {
                j--;
            }
            int start = 0;
            while (start < j && (tokens.get(start).pos().equals("``") || tokens.get(start).word().equals("\""))) {
                start++;
            }
            boolean pronoun = j == start && tokens.get(j).pos().equals("PRP") && !tokens.get(j).word().equalsIgnoreCase("it");
            boolean described = tokens.get(start).pos().equals("DT") && j > start;
            for (int n = start + 1; described && n <= j; n++) {
                String p = tokens.get(n).pos();
                described = p.equals("NN") || p.equals("NNP") || p.startsWith("JJ") || p.equals("HYPH");
            }
            boolean head = tokens.get(j).pos().startsWith("NN") || j > 1 && tokens.get(j - 1).pos().equals("HYPH"); // "secretary-general/JJ"
            boolean bare = j - start < 3; // "RSF/NN calls/NNS on": a name of up to three words alone
            for (int n = start; bare && n <= j; n++) {
                bare = tokens.get(n).pos().equals("NNP") || tokens.get(n).pos().equals("NN") && Character.isUpperCase(tokens.get(n).word().charAt(0));
            }
            if (pronoun || described && head || bare) {
                out = retagged(out, tokens, i, "VBZ");
            }
        }
        return out == null ? tokens : out;
    }

    /**
     * The tokens with a participle read as the past tense it is right after the name that opens the sentence and before
     * its object ("The NCAA revoked/VBN ADC's certificate after the plane landed"): a reduced relative ("The troops
     * deployed in Iraq were") is followed by its phrase, not by an object.
     */
    static List<Token> pastAfterOpeningName(List<Token> tokens) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).pos().equals("DT")) {
            i++;
        }
        int name = i;
        while (i < tokens.size() && (tokens.get(i).pos().equals("NNP") || tokens.get(i).pos().equals("NNPS"))
                && !tokens.get(i).ner().equals("O")) {
            i++;
        }
        if (i == name || i + 1 >= tokens.size() || !tokens.get(i).pos().equals("VBN")) {
            return tokens;
        }
        Token next = tokens.get(i + 1);
        boolean object = OBJECT_OPENERS.contains(next.pos()) || next.pos().startsWith("NN") && !next.ner().equals("O");
        return object ? retagged(null, tokens, i, "VBD") : tokens;
    }

    /** {@code out} (a copy of {@code tokens} made on first need) with token {@code i} tagged {@code pos}. */
    private static List<Token> retagged(List<Token> out, List<Token> tokens, int i, String pos) {
        List<Token> copy = out == null ? new ArrayList<>(tokens) : out;
        Token k = tokens.get(i);
        copy.set(i, new Token(k.index(), k.begin(), k.end(), k.word(), pos, k.lemma(), k.ner()));
        return copy;
    }

    /** Tags of quotation marks. */
    private static final Set<String> QUOTE_MARKS = Set.of("``", "''");

    /** Tags that open a verb's object. */
    private static final java.util.Set<String> OBJECT_OPENERS = java.util.Set.of("DT", "NNP", "NNPS", "PRP", "PRP$");

    /**
     * The rules' events the learned model does not doubt, and the events of triggers it reads where they made none, of
     * categories the rules did not find in the sentence.
     */
    private static List<EventMention> learned(TriggerModel.Reading reading, List<EventMention> ruleEvents, SentenceEvents se) {
        List<EventMention> out = new ArrayList<>(ruleEvents.stream().filter(e -> !e.asserted() || !reading.doubts(e)).toList());
        for (Triggers.Hit h : reading.proposals(ruleEvents)) {
            if (ruleEvents.stream().anyMatch(r -> r.category().equals(h.rule().category()))) {
                continue; // most likely the rules' event told again ("ministers meeting ... discussed")
            }
            EventMention e = se.event(h); // the rules still read its participants, time, place and mood
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The event with the party its actor names moved to the recipient when that party is named in an "anti-" modifier
     * ("anti-US demonstrations", "Anti-Japanese protests"): the side protested against, not the protesters.
     */
    static EventMention opposedNotActing(EventMention e, String body) {
        Mention a = e.actor();
        if (!e.category().equals("PROTEST") || a == null || e.actors().size() != 1 || a.begin() < 5
                || !body.regionMatches(true, a.begin() - 5, "anti-", 0, 5)) {
            return e;
        }
        return new EventMention(e.trigger(), e.category(), e.mode(), null, List.of(), e.recipient() == null ? a : e.recipient(),
                e.time(), e.place(), e.quantities(), e.statement(), e.modality(), e.confidence());
    }

    /** Plain words for the victims of a deed, which a criticism or an apology is not addressed to. */
    private static final Set<String> VICTIMS = Set.of("people", "persons", "civilians", "residents", "victims", "villagers");

    /**
     * The event without its recipient when it is a criticism or an apology whose recipient is only the deed's victims
     * ("We condemn such an attack against civilians", "the black incident and shameful catastrophe which was imposed on
     * our people", "apologized for the previous government's mistreatment to the people": the pool and the read sets name
     * no recipient in any of the 7); the event itself otherwise.
     */
    static EventMention withoutVictimCensured(EventMention e) {
        Mention r = e.recipient();
        if (r == null || !(e.category().equals("ACCUSE") || e.category().equals("CONCEDE"))) {
            return e;
        }
        String[] words = r.text().toLowerCase(Locale.ROOT).split("\\s+");
        if (!VICTIMS.contains(words[words.length - 1]) || words.length > 2) {
            return e;
        }
        if ("allege".equals(e.mode()) && r.end() <= e.trigger().begin()) {
            return e; // "Twenty people have been indicted": those charged, not the victims of a deed
        }
        return new EventMention(e.trigger(), e.category(), e.mode(), e.actor(), e.actors(), null, e.time(), e.place(),
                e.quantities(), e.statement(), e.modality(), e.confidence());
    }

    /**
     * A verb of accusation whose words end where the clause it makes begins: "complained that", "alleged", "charged
     * that" (not a noun: "allegations that", "charges for alleged abuses").
     */
    private static final java.util.regex.Pattern CLAUSE_OPENING = java.util.regex.Pattern.compile(
            "(?is)(complained|complains|alleged|alleges|claimed|charged|objected|protested|argued|argues|asserted|insisted"
            + "|insists|contended)(\\s+\\w+)?\\s+that|alleged|alleges|claimed|charged");

    /** A possessive pronoun right before a noun: "his supporters", "their own people". */
    private static final java.util.regex.Pattern OWN = java.util.regex.Pattern.compile("(?i)\\b(his|her|their|its|our|my)\\s+$");

    /** Parties a clause can accuse. */
    private static final Set<MentionType> ACCUSABLE = Set.of(MentionType.COUNTRY, MentionType.ORGANISATION,
            MentionType.GOVERNMENT, MentionType.PERSON, MentionType.GROUP);

    /**
     * An accusation with no recipient whose trigger opens a clause takes the first party the clause names ("the
     * opposition complained that media bias and pressure from the authorities had made a fair campaign impossible",
     * "objected that ... the United States is demonstrating regulatory hegemony"); the event itself otherwise.
     */
    static EventMention accusedInClause(EventMention e, List<Mention> inSentence, String body) {
        if (!e.category().equals("ACCUSE") || e.recipient() != null || !CLAUSE_OPENING.matcher(e.trigger().of(body)).matches()) {
            return e;
        }
        Mention accused = null;
        for (Mention m : inSentence) {
            if (m.begin() >= e.trigger().end() && ACCUSABLE.contains(m.type())
                    && e.actors().stream().noneMatch(a -> ParticipantChecks.same(a, m))
                    && (accused == null || m.begin() < accused.begin())
                    && body.substring(e.trigger().end(), m.begin()).indexOf(';') < 0) {
                accused = m;
            }
        }
        if (accused != null && OWN.matcher(body.substring(Math.max(0, accused.begin() - 6), accused.begin())).find()) {
            return e; // "alleged that ballot papers ... were intercepted by his supporters": the speaker's own side
        }
        return accused == null ? e : new EventMention(e.trigger(), e.category(), e.mode(), e.actor(), e.actors(), accused,
                e.time(), e.place(), e.quantities(), e.statement(), e.modality(), e.confidence());
    }

    /** Plural nouns of states and bodies that a list of names after "including" or "such as" spells out. */
    private static final Set<String> MEMBER_NOUNS = Set.of("countries", "nations", "states", "parties", "groups",
            "organisations", "organizations", "governments", "powers");

    /** The words between such a plural and the names it counts: "a number of countries, including China". */
    private static final java.util.regex.Pattern INCLUDING = java.util.regex.Pattern.compile(
            ",?\\s+(including|such as|notably|among them)\\s+");

    /** Named parties: a country, an organisation, a government or a person. */
    private static final Set<MentionType> NAMED = Set.of(MentionType.COUNTRY, MentionType.ORGANISATION,
            MentionType.GOVERNMENT, MentionType.PERSON);

    /**
     * The event with the names a plural of states or bodies counts in place of the plural ("despite opposition from a
     * number of countries, including China, Japan and the United States": the three, as the annotators code them; "talks
     * ... with several countries, including Australia, Canada and New Zealand"); the event itself otherwise.
     */
    static EventMention namedMembers(EventMention e, List<Mention> inSentence, String body) {
        List<Mention> actors = new ArrayList<>();
        boolean changed = false;
        for (Mention a : e.actors()) {
            List<Mention> names = listedAfter(a, inSentence, body);
            changed |= !names.isEmpty();
            actors.addAll(names.isEmpty() ? List.of(a) : names);
        }
        List<Mention> recipients = e.recipient() == null ? List.of() : listedAfter(e.recipient(), inSentence, body);
        if (!changed && recipients.isEmpty()) {
            return e;
        }
        return new EventMention(e.trigger(), e.category(), e.mode(), actors.isEmpty() ? e.actor() : actors.get(0), actors,
                recipients.isEmpty() ? e.recipient() : recipients.get(0), e.time(), e.place(), e.quantities(), e.statement(),
                e.modality(), e.confidence());
    }

    /** The names listed right after a plural of {@link #MEMBER_NOUNS} past "including" or "such as"; empty when none. */
    private static List<Mention> listedAfter(Mention m, List<Mention> inSentence, String body) {
        String[] words = m.text().toLowerCase(Locale.ROOT).split("\\s+");
        if (!MEMBER_NOUNS.contains(words[words.length - 1])) {
            return List.of();
        }
        java.util.regex.Matcher lead = INCLUDING.matcher(body).region(m.end(), body.length());
        if (!lead.lookingAt()) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        int at = lead.end();
        for (Mention n : inSentence.stream().sorted(Comparator.comparingInt(Mention::begin)).toList()) {
            if (n.begin() < at) {
                continue;
            }
            String gap = body.substring(at, n.begin());
            if (!(out.isEmpty() ? gap.matches("(the\\s+)?") : gap.matches(",?\\s+(and\\s+)?(the\\s+)?|,\\s*"))
                    || !NAMED.contains(n.type())) {
                break;
            }
            out.add(n);
            at = n.end();
        }
        return out;
    }

    /**
     * Whether {@code y} is the event a toll {@code x} is counted from ("26 soldiers have been killed since the Jewish
     * state's offensive against Hezbollah", "37,000 people have been killed since the rebel group took up arms"): an
     * earlier act of its own, not the attack that made the toll.
     */
    private static boolean sinceAnchor(EventMention x, EventMention y, String body) {
        if (!x.category().equals("ASSAULT") || !y.category().equals("ASSAULT") || y.trigger().begin() <= x.trigger().end()
                || !TOLL_VERB.matcher(x.trigger().of(body)).matches()) {
            return false;
        }
        String between = body.substring(x.trigger().end(), y.trigger().begin());
        return SINCE_ANCHOR.matcher(between).find();
    }

    /**
     * Whether the attack {@code y}, told after an "after" that follows the attack {@code x} of a named party, is the
     * earlier attack {@code x} answered ("Israeli forces have stepped up raids ... after a deadly suicide bomb attack killed
     * six Israelis"): two attacks, the second with no doer named.
     */
    private static boolean answered(EventMention x, EventMention y, String body) {
        if (!x.category().equals("ASSAULT") || !y.category().equals("ASSAULT") || y.trigger().begin() <= x.trigger().end()
                || x.actor() == null || y.actor() != null) {
            return false;
        }
        return body.substring(x.trigger().end(), y.trigger().begin()).matches("(?s).*\\bafter\\b.*");
    }

    /** Passives of a party's removal from power, and the prepositions that tell the attack or coup that removed it. */
    private static final Set<String> OUSTING = Set.of("topple", "overthrow", "oust", "depose", "unseat", "remove", "drive");
    private static final Set<String> OUSTING_WAYS = Set.of("in", "during", "by");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    /** Nouns of a party's will, whose infinitive or gerund tells what that party does ("a government decision to call for"). */
    private static final Set<String> WILLS = Set.of("decision", "insistence", "refusal", "bid", "move", "plan", "readiness",
            "willingness", "determination", "intention");
    /** Nouns of a pair of persons and of a pair of states ("the two leaders", "the two countries"). */
    private static final Set<String> PAIR_OF_PERSONS = Set.of("leaders", "men", "presidents", "ministers", "premiers");
    private static final Set<String> PAIR_OF_STATES = Set.of("countries", "nations", "states", "governments");
    /** Verbs of taking a person or a place by force. */
    private static final Set<String> TAKING = Set.of("capture", "seize", "recapture", "retake", "overrun");
    /** Those who attacked first, at whom fire is returned. */
    private static final Set<String> ASSAILANTS = Set.of("attackers", "attacker", "assailants", "assailant", "gunmen", "gunman");

    /** Verbs of a fight two sides wage on each other, told with both sides as the subject. */
    private static final Set<String> RECIPROCAL_FIGHTING = Set.of("clash", "fight", "battle", "skirmish", "wage");
    /** Participles by whose "by" a deed names the one who led or carried it out. */
    private static final Set<String> LEADING = Set.of("lead", "spearhead", "carry", "launch", "mount", "stage", "conduct",
            "orchestrate", "mastermind", "perpetrate");
    /** What two sides trade or exchange when they fight each other ("Hamas and Fatah gunmen traded fire"). */
    private static final Set<String> EXCHANGED_FIRE = Set.of("fire", "gunfire", "shots", "blows", "rockets", "shells");

    private static final java.util.regex.Pattern TOLL_VERB = java.util.regex.Pattern.compile("(?i)killed|wounded|injured|died");

    /** A clause opened after an event that tells what happened in its course ("a war ..., during which"). */
    private static final java.util.regex.Pattern DURING_WHICH = java.util.regex.Pattern.compile("(?i),\\s*(during|in) which\\b");

    /** "since" opening a phrase or clause that reaches the other trigger: no sentence mark between. */
    private static final java.util.regex.Pattern SINCE_ANCHOR = java.util.regex.Pattern.compile("(?i)\\bsince\\b[^.;,()]*$");

    /**
     * Whether {@code x} tells only the toll of the attack {@code y} beside it: its injuries ("killed one and wounded
     * nine"), or a killing with no attacker named beside an attack told by a noun ("a suicide bombing that killed one
     * person"), not beside another killing verb ("shot dead ..., and a farmer was killed": two victims, two events).
     */
    private static boolean toll(EventMention x, EventMention y, String body) {
        String trigger = x.trigger().of(body);
        return x.category().equals("ASSAULT") && (INJURY.matcher(trigger).lookingAt()
                || (x.actor() == null || placeNamed(x.actor())) && KILLING.matcher(trigger).matches()
                        && !VIOLENT_VERB.matcher(y.trigger().of(body)).lookingAt())
                && !(y.trigger().end() <= x.trigger().begin() // "fought a lengthy war ..., during which 500,000 people were killed": two events
                        && (DURING_WHICH.matcher(body.substring(y.trigger().end(), x.trigger().begin())).find()
                                || reportedApart(x, y, body)));
    }

    /**
     * Whether {@code x} is told in a phrase of time before a comma ("After their meeting, Fino went on to Athens for talks
     * with"), and {@code y} after that comma: one act after the other.
     */
    private static boolean sequenced(EventMention x, EventMention y, List<Token> tokens) {
        Token a = firstToken(x, tokens);
        Token b = firstToken(y, tokens);
        if (a == null || b == null || b.index() <= a.index()) {
            return false;
        }
        int i = a.index() - 1;
        Token k = a.pos().startsWith("NN") ? tokenAt(tokens, i) : a; // the trigger may open with the preposition
        while (k != null && Set.of("DT", "PRP$", "JJ", "CD", "POS", "NNP").contains(k.pos())) {
            k = tokenAt(tokens, --i);
        }
        if (k == null || !Set.of("after", "following").contains(k.word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int j = a.index() + 1; j < b.index(); j++) {
            Token c = tokenAt(tokens, j);
            if (c != null && c.word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the attack {@code x} is told after {@code y} in a second statement of the one who made the first (below). */
    private static boolean reportedApart(EventMention x, EventMention y, String body) {
        return x.category().equals("ASSAULT") && y.trigger().end() <= x.trigger().begin() && REPORTED_APART.matcher(body.substring(y.trigger().end(), x.trigger().begin())).find();
    }

    /**
     * A second statement of the one who made the first ("claimed responsibility for the attack ... but said only one rebel
     * was killed"): a loss told apart from the claimed act.
     */
    private static final java.util.regex.Pattern REPORTED_APART = java.util.regex.Pattern.compile("\\b(but|and) (also )?(said|says|added|told)\\b");

    /** A town or a place taken for the subject of a killing ("the bombing of the UN headquarters in Baghdad that killed 22"). */
    private static boolean placeNamed(Mention m) {
        return m.type() == MentionType.CITY || m.type() == MentionType.PLACE;
    }

    /**
     * Whether two events are told by two different verbs, each a trigger of its own ("raided radio stations, seized
     * equipment"): separate acts of one subject, unlike a verb and a noun that tell one act ("met Lee ... during a visit").
     */
    private static boolean separateVerbs(EventMention x, EventMention y, List<Token> tokens) {
        Token a = firstToken(x, tokens);
        Token b = firstToken(y, tokens);
        return a != null && b != null && a != b && a.pos().startsWith("VB") && b.pos().startsWith("VB") && !coordinatedVerbs(x, y, tokens)
                && !Moods.lemma(a).equals(Moods.lemma(b)) && (!ONE_OCCASION.contains(x.category()) || tripAndMeeting(a, b) || tripAndMeeting(b, a)
                        || x.category().equals("ASSAULT") && ABDUCTING.contains(Moods.lemma(a)) != ABDUCTING.contains(Moods.lemma(b)));
    }

    /**
     * Whether two events of one category and mode are told by two verbs joined by "and" alone ("have been arrested and
     * jailed", "condemned and criticised the attack", "shot and wounded"): one act told twice, as the pool codes it, whatever
     * participant each verb's own reading found ("Eleven people, including four lawmakers, have been arrested and jailed");
     * taking someone and what is done to them after stay two ("kidnapped and killed").
     */
    private static boolean coordinatedVerbs(EventMention x, EventMention y, List<Token> tokens) {
        Token a = firstToken(x, tokens);
        Token b = firstToken(y, tokens);
        if (a == null || b == null || a == b || !a.pos().startsWith("VB") || !b.pos().startsWith("VB")
                || !x.category().equals(y.category()) || !java.util.Objects.equals(x.mode(), y.mode()) || x.modality() != y.modality()
                || ABDUCTING.contains(Moods.lemma(a)) != ABDUCTING.contains(Moods.lemma(b))) {
            return false;
        }
        Token first = a.index() < b.index() ? a : b;
        Token second = first == a ? b : a;
        Token and = tokenAt(tokens, first.index() + 1);
        return second.index() == first.index() + 2 && and != null && and.word().equals("and");
    }

    /**
     * Verbs of taking people, an act apart from what is done to them after ("was kidnapped and killed Sunday in the Gaza
     * Strip by Hamas militants": two events in the pool).
     */
    private static final Set<String> ABDUCTING = Set.of("kidnap", "abduct", "snatch");

    /**
     * Whether two verbs tell a trip and a meeting on it ("Hill came to the Chinese capital and met with vice foreign
     * minister Wu Dawei", "Pohamba and his delegation arrived here on Tuesday and met Nathan"): two contacts, as the pool
     * codes them (7 of 7), unlike "arrived for talks with", where the noun tells the trip's purpose.
     */
    private static boolean tripAndMeeting(Token trip, Token meeting) {
        return TRIPS.contains(Moods.lemma(trip)) && MEETINGS.contains(Moods.lemma(meeting));
    }

    /**
     * Whether {@code x} is a trip told by a verb and {@code y} talks told by a noun that is not the trip's purpose ("Annan,
     * who arrived here late Monday, made the remarks ... after talks with Egyptian Foreign Minister Ahmed Abul Gheit"):
     * two contacts; "arrived in Jordan for talks with" and "arrived to hold talks" tell one.
     */
    private static boolean tripAndTalks(EventMention x, EventMention y, List<Token> tokens) {
        Token trip = firstToken(x, tokens);
        Token talks = firstToken(y, tokens);
        if (trip == null || talks == null || !x.category().equals("CONSULT") || !y.category().equals("CONSULT")
                || !trip.pos().startsWith("VB") || !TRIPS.contains(Moods.lemma(trip)) || !talks.pos().startsWith("NN")
                || !TALKS.contains(Moods.lemma(lastOf(y, tokens) == null ? talks : headNoun(y, tokens)))) {
            return false;
        }
        int before = talks.index() - 1;
        while (before >= 0 && before > talks.index() - 4 && !tokens.isEmpty()) {
            Token k = tokenAt(tokens, before);
            if (k == null) {
                return false;
            }
            String w = k.word().toLowerCase(Locale.ROOT);
            if (w.equals("for") || w.equals("to")) {
                return false; // the trip's purpose
            }
            if (!(k.pos().startsWith("JJ") || k.pos().equals("DT") || k.pos().equals("PRP$") || k.pos().equals("NN"))) {
                break;
            }
            before--;
        }
        return true;
    }

    private static final Set<String> TALKS = Set.of("talk", "talks", "meeting", "discussion", "discussions", "negotiation",
            "negotiations", "consultation", "consultations");

    /** The token with document index {@code index} among {@code tokens}, or null. */
    private static Token tokenAt(List<Token> tokens, int index) {
        for (Token k : tokens) {
            if (k.index() == index) {
                return k;
            }
        }
        return null;
    }

    /** The last noun of an event's trigger (its head when the trigger is a noun with a preposition after it). */
    private static Token headNoun(EventMention e, List<Token> tokens) {
        Token head = null;
        for (Token k : tokens) {
            if (k.begin() >= e.trigger().begin() && k.end() <= e.trigger().end() && k.pos().startsWith("NN")) {
                head = k;
            }
        }
        return head == null ? firstToken(e, tokens) : head;
    }

    private static final Set<String> TRIPS = Set.of("arrive", "come", "travel", "fly", "visit");

    private static final Set<String> MEETINGS = Set.of("meet", "discuss", "hold", "talk", "confer");

    /** Verbs of harm whose "-ing" form after "the" and a name is the name of the deed: "the Hariri killing". */
    private static final Set<String> NAMED_DEEDS = Set.of("kill", "killing", "murder", "assassinate", "kidnap", "abduct");

    /**
     * Categories whose participle after a comma tells the outcome of the event before it (", killing one soldier"), not
     * a second act: an accusation after a reprimand (", accusing him of") is one of its own.
     */
    private static final Set<String> OUTCOMES = Set.of("ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "CONSULT", "AGREE", "AID", "PROTEST",
            "COOPERATE", "SUPPORT");

    /** Categories whose verbs in one sentence mostly tell one occasion ("met and discussed", "hailed ... and appreciated"). */
    private static final Set<String> ONE_OCCASION = Set.of("CONSULT", "AGREE", "SUPPORT", "COOPERATE", "ASSAULT");

    /**
     * Whether two contacts are told in phrases a word of time sets apart ("Salomao arrived in Zimbabwe on Thursday after
     * visiting Namibia, Madagascar", "held their first direct talks ... since multilateral disarmament negotiations
     * resumed"): two occasions, as the pool codes them.
     */
    private static boolean contactsApart(EventMention x, EventMention y, List<Token> tokens) {
        if (!x.category().equals("CONSULT") || !y.category().equals("CONSULT")) {
            return false;
        }
        EventMention first = x.trigger().begin() <= y.trigger().begin() ? x : y;
        EventMention second = first == x ? y : x;
        for (Token k : tokens) {
            if (k.begin() >= first.trigger().end() && k.end() <= second.trigger().begin()
                    && APART.contains(k.word().toLowerCase(Locale.ROOT)) && (k.pos().equals("IN") || k.pos().equals("VBG"))) {
                return true;
            }
        }
        return false;
    }

    /** Words that set a phrase or a clause apart in time from the one before it. */
    private static final Set<String> APART = Set.of("after", "before", "since", "following", "until");

    /**
     * Whether two attacks are nouns of different kinds listed side by side ("kidnappings, sectarian killings, car
     * bombings, roadside bombs claim dozens of Iraqi lives", "suicide attacks, shootings and kidnapping"): one event per
     * kind, as the pool codes them. Only commas, "and", "or" and lower-case modifiers stand between them.
     */
    private static boolean attacksListed(EventMention x, EventMention y, List<Token> tokens) {
        if (!x.category().equals("ASSAULT") || !y.category().equals("ASSAULT")) {
            return false;
        }
        EventMention first = x.trigger().begin() <= y.trigger().begin() ? x : y;
        EventMention second = first == x ? y : x;
        Token a = firstToken(first, tokens);
        Token b = firstToken(second, tokens);
        if (a == null || b == null || !lastOf(first, tokens).pos().startsWith("NN") || !lastOf(second, tokens).pos().startsWith("NN")
                || Moods.lemma(lastOf(first, tokens)).equals(Moods.lemma(lastOf(second, tokens)))) {
            return false;
        }
        boolean joined = false;
        int between = 0;
        for (Token k : tokens) {
            if (k.begin() < first.trigger().end() || k.end() > second.trigger().begin()) {
                continue;
            }
            String w = k.word().toLowerCase(Locale.ROOT);
            boolean joint = w.equals(",") || w.equals("and") || w.equals("or");
            boolean modifier = (k.pos().startsWith("JJ") || k.pos().equals("NN") || k.pos().equals("NNS") // (another item of the
                    || k.pos().equals("VBN")) && Character.isLowerCase(k.word().charAt(0));                  // list: "kidnappings,
            if (!joint && !modifier || ++between > 6) {                                                         // sectarian killings, car bombings")
                return false;
            }
            joined |= joint;
        }
        return joined;
    }

    /**
     * {@code events} with the two acts of a taking and what was done after it ("was kidnapped and killed Sunday in the
     * Gaza Strip by Hamas militants"), which {@link #separateVerbs} keeps apart, each given the doer and the victim the
     * other names: one side of the pair often holds the victim, the other the agent.
     */
    private static List<EventMention> sharedVictims(List<EventMention> events, List<Token> tokens) {
        List<EventMention> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            for (int j = 0; j < out.size(); j++) {
                EventMention a = out.get(i);
                EventMention b = out.get(j);
                Token ta = firstToken(a, tokens);
                Token tb = firstToken(b, tokens);
                if (i == j || !a.category().equals("ASSAULT") || !b.category().equals("ASSAULT") || ta == null || tb == null
                        || !ABDUCTING.contains(Moods.lemma(ta)) || ABDUCTING.contains(Moods.lemma(tb)) || !joinedByAnd(ta, tb, tokens)) {
                    continue;
                }
                out.set(i, withParties(a, b));
                out.set(j, withParties(b, a));
            }
        }
        return out;
    }

    /**
     * "the group has launched a string of bloody attacks, including the 2002 Bali bombings": an attack named as one of
     * those an attack right before ", including" or ", such as" sums up is by the same attackers, when it names none.
     */
    private static List<EventMention> includedDeeds(List<EventMention> events, List<Token> tokens) {
        List<EventMention> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            EventMention part = out.get(i);
            Token first = firstToken(part, tokens);
            if (!part.category().equals("ASSAULT") || part.actor() != null || first == null) {
                continue;
            }
            int k = first.index() - 1;
            while (k > 0 && tokenAt(tokens, k) != null && Set.of("DT", "CD", "JJ", "NNP").contains(tokenAt(tokens, k).pos())) {
                k--; // "including the 2002 Bali bombings"
            }
            Token opener = tokenAt(tokens, k);
            boolean suchAs = opener != null && opener.word().equalsIgnoreCase("as") && tokenAt(tokens, k - 1) != null
                    && tokenAt(tokens, k - 1).word().equalsIgnoreCase("such");
            int comma = suchAs ? k - 2 : k - 1;
            if (opener == null || !(opener.word().equalsIgnoreCase("including") || suchAs) || tokenAt(tokens, comma) == null
                    || !tokenAt(tokens, comma).word().equals(",")) {
                continue;
            }
            for (EventMention whole : out) {
                Token end = lastToken(whole, tokens);
                if (whole != part && whole.category().equals("ASSAULT") && whole.actor() != null && end != null
                        && end.index() == comma - 1 && end.pos().equals("NNS")) {
                    out.set(i, withParties(part, new EventMention(whole.trigger(), whole.category(), whole.mode(), whole.actor(),
                            whole.actors(), null, null, null, List.of(), null, whole.modality(), whole.confidence())));
                    break;
                }
            }
        }
        return out;
    }

    /** Verbs of censure whose object may be a deed, which censures its doer. */
    private static final Set<String> CENSURING = Set.of("condemn", "denounce", "criticize", "criticise", "deplore", "slam",
            "decry");

    /**
     * "Placards condemning the insurgent attack": a censure naming no one whose object is a deed told with its doer
     * censures the doer.
     */
    private static List<EventMention> censuredDoers(List<EventMention> events, List<Token> tokens) {
        List<EventMention> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            EventMention censure = out.get(i);
            Token verb = firstToken(censure, tokens);
            Token end = lastToken(censure, tokens);
            if (!censure.category().equals("ACCUSE") || censure.recipient() != null || verb == null || end == null
                    || !verb.pos().startsWith("VB") || !CENSURING.contains(Moods.lemma(verb))) {
                continue;
            }
            for (EventMention deed : out) {
                Token first = firstToken(deed, tokens);
                if (deed == censure || deed.actor() == null || first == null || first.index() <= end.index() || first.index() > end.index() + 3
                        || !(deed.category().equals("ASSAULT") || deed.category().equals("COERCE"))) {
                    continue;
                }
                boolean between = true;
                for (int k = end.index() + 1; k < first.index(); k++) {
                    Token b = tokenAt(tokens, k);
                    between &= b != null && Set.of("DT", "JJ", "PRP$").contains(b.pos());
                }
                if (between) {
                    out.set(i, new EventMention(censure.trigger(), censure.category(), censure.mode(), censure.actor(), censure.actors(),
                            deed.actor(), censure.time(), censure.place(), censure.quantities(), censure.statement(),
                            censure.modality(), censure.confidence()));
                    break;
                }
            }
        }
        return out;
    }

    /** A contrast between two clauses, which opens the answer to what the first told ("asked ..., but Tehran refused"). */
    private static final java.util.regex.Pattern CONTRAST = java.util.regex.Pattern.compile("(?i)\\b(but|however|yet)\\b");

    /**
     * "The UN asked Iran to halt enrichment, but Tehran refused": a refusal that names no one and nothing (or only what
     * was just told: "rejected such an option"), after a request in the same sentence and a contrast, refuses the one who
     * asked.
     */
    private static List<EventMention> refusedRequests(List<EventMention> events, List<Token> tokens, String body) {
        List<EventMention> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            EventMention refusal = out.get(i);
            Token end = lastToken(refusal, tokens);
            Token next = end == null ? null : tokenAt(tokens, end.index() + 1);
            if (!refusal.category().equals("REJECT") || refusal.recipient() != null || next != null
                    && !Set.of(",", ".", ";", "to", "it", "them", "this", "that", "such").contains(next.word().toLowerCase(Locale.ROOT))) {
                continue; // (not "Hamas rejected the plan to hold them": a thing of its own, maybe another's)
            }
            for (EventMention request : out) {
                if (request.category().equals("REQUEST") && request.actor() != null && request.trigger().end() < refusal.trigger().begin()
                        && (refusal.actor() == null || !ParticipantChecks.same(refusal.actor(), request.actor()))
                        && CONTRAST.matcher(body.substring(request.trigger().end(), refusal.trigger().begin())).find()) {
                    out.set(i, new EventMention(refusal.trigger(), refusal.category(), refusal.mode(), refusal.actor(), refusal.actors(),
                            request.actor(), refusal.time(), refusal.place(), refusal.quantities(), refusal.statement(),
                            refusal.modality(), refusal.confidence()));
                    break;
                }
            }
        }
        return out;
    }

    /** Whether "and" alone (or with adverbs) joins the verbs {@code a} and {@code b}, in either order. */
    private static boolean joinedByAnd(Token a, Token b, List<Token> tokens) {
        int from = Math.min(a.index(), b.index());
        int to = Math.max(a.index(), b.index());
        boolean and = false;
        for (Token k : tokens) {
            if (k.index() > from && k.index() < to) {
                if (k.word().equalsIgnoreCase("and")) {
                    and = true;
                } else if (!k.pos().startsWith("RB")) {
                    return false;
                }
            }
        }
        return and;
    }

    /** {@code e} with the actor and the recipient it lacks taken from {@code other}. */
    private static EventMention withParties(EventMention e, EventMention other) {
        boolean actor = e.actor() == null && other.actor() != null;
        boolean recipient = e.recipient() == null && other.recipient() != null;
        if (!actor && !recipient) {
            return e;
        }
        return new EventMention(e.trigger(), e.category(), e.mode(), actor ? other.actor() : e.actor(),
                actor ? other.actors() : e.actors(), recipient ? other.recipient() : e.recipient(), e.time(), e.place(),
                e.quantities(), e.statement(), e.modality(), e.confidence());
    }

    /** The last token of an event's trigger. */
    private static Token lastOf(EventMention e, List<Token> tokens) {
        Token last = null;
        for (Token k : tokens) {
            if (k.begin() >= e.trigger().begin() && k.end() <= e.trigger().end()) {
                last = k;
            }
        }
        return last;
    }

    /**
     * Whether {@code x} is a series of attacks told by a plural noun alone ("the mastermind of major suicide bombings")
     * and {@code y} an attack told by a verb: a single act, not the series ("Azhari Husin, the mastermind of major suicide
     * bombings in the country, was shot dead").
     */
    private static boolean series(EventMention x, EventMention y, List<Token> tokens) {
        if (!x.category().equals("ASSAULT") || !y.category().equals("ASSAULT")) {
            return false;
        }
        Token first = firstToken(x, tokens);
        Token a = lastToken(x, tokens);
        Token b = firstToken(y, tokens);
        return first != null && a != null && b != null && !first.pos().startsWith("VB") && a.pos().equals("NNS")
                && b.pos().startsWith("VB") && !(b.index() < first.index() && meansOf(first, tokens)) // (not "target patrols with
                                                                                                       // car bombs": the verb's means)
                && !TOLL_LEMMAS.contains(Moods.lemma(b)); // "a series of bombings that killed
                                                                                      // 230 people": the series' toll
    }

    private static final Set<String> TOLL_LEMMAS = Set.of("kill", "wound", "injure", "claim", "leave", "hurt", "maim");

    /**
     * Whether the noun phrase opening at {@code first} is the object of "with", alone or in a list ("with car bombs and
     * roadside bombs"): a means of the act before it.
     */
    private static boolean meansOf(Token first, List<Token> tokens) {
        for (int i = first.index() - 1; i >= Math.max(0, first.index() - 8); i--) {
            Token k = tokenAt(tokens, i);
            if (k == null) {
                return false;
            }
            if (k.word().equalsIgnoreCase("with")) {
                return true;
            }
            if (!(k.pos().startsWith("NN") || k.pos().startsWith("JJ") || k.pos().equals("DT") || k.pos().equals("CC")
                    || k.word().equals(","))) {
                return false;
            }
        }
        return false;
    }

    private static Token lastToken(EventMention e, List<Token> tokens) {
        for (Token k : tokens) {
            if (k.end() == e.trigger().end()) {
                return k;
            }
        }
        return null;
    }

    private static Token firstToken(EventMention e, List<Token> tokens) {
        for (Token k : tokens) {
            if (k.begin() == e.trigger().begin()) {
                return k;
            }
        }
        return null;
    }

    private static List<Mention> participants(EventMention e) {
        List<Mention> out = new ArrayList<>(e.actors());
        if (e.recipient() != null) {
            out.add(e.recipient());
        }
        return out;
    }

    /** The work on one sentence. */
    private static final class SentenceEvents {
        private final List<Token> t;
        private final List<Mention> mentions;
        private final Mention[] mentionOf;
        private final Participants participants;
        private final Circumstances circumstances;
        private final Requirements requirements;
        private final NounRoles roles;
        private final NounParticipants nouns;
        private final Pronouns pronouns;
        private final List<Attribution> attributions;
        private final boolean sport;
        private final boolean mishap;
        private final SentenceParser parser;
        private ParseRoles parsed;
        private DependencyParse dependencies;
        private boolean triedParse;

        SentenceEvents(TextAnalysis analysis, Sentence s, List<Token> tokens, List<Mention> mentions, Pronouns pronouns,
                List<TimeMention> times, List<QuantityMention> quantities, List<Attribution> attributions, SentenceParser parser) {
            this.t = tokens;
            this.parser = parser;
            this.mentions = mentions;
            this.attributions = attributions;
            this.sport = Sport.context(tokens);
            this.mishap = Mishaps.context(tokens);
            this.mentionOf = new Mention[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                Token k = tokens.get(i);
                for (Mention m : mentions) {
                    if (m.overlaps(k.begin(), k.end())) {
                        mentionOf[i] = m;
                        break;
                    }
                }
            }
            for (Mention m : mentions) {
                if (m.source().equals(Groups.EPITHET)) {
                    for (int i = 0; i < tokens.size(); i++) {
                        if (m.overlaps(tokens.get(i).begin(), tokens.get(i).end())) {
                            mentionOf[i] = m; // "the Gulf state": the state, not the gulf inside its epithet
                        }
                    }
                }
            }
            for (int i = 0; i + 1 < tokens.size(); i++) {
                Mention m = mentionOf[i];
                if (m != null && mentionOf[i + 1] != m && CURRENCY_NAMES.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT))
                        && (m.type() == MentionType.COUNTRY || m.type() == MentionType.NATIONALITY || m.type() == MentionType.CITY)) {
                    for (int j = i; j >= 0 && mentionOf[j] == m; j--) {
                        mentionOf[j] = null; // "150 million US dollars", "1.2 million Swiss francs": money, not a party
                    }
                }
            }
            for (int i = 0; i + 2 < tokens.size(); i++) {
                Mention m = mentionOf[i];
                if (m != null && mentionOf[i + 1] == null && (tokens.get(i + 1).pos().equals("HYPH") || tokens.get(i + 1).word().equals("-"))
                        && tokens.get(i + 2).word().equalsIgnoreCase("based")
                        && (m.type() == MentionType.COUNTRY || m.type() == MentionType.CITY || m.type() == MentionType.PLACE)) {
                    for (int j = i; j >= 0 && mentionOf[j] == m; j--) {
                        mentionOf[j] = null; // "U.S.-based Educational Testing Service", "London-based Amnesty": where it sits
                    }
                }
            }
            this.pronouns = pronouns;
            this.participants = new Participants(tokens, mentionOf, pronouns);
            this.circumstances = new Circumstances(analysis, s, tokens, mentionOf, times, quantities);
            this.requirements = new Requirements(tokens, mentionOf, circumstances);
            this.roles = new NounRoles(tokens, participants);
            this.nouns = new NounParticipants(tokens, mentionOf, participants, roles);
        }

        /** Verbs of giving whose first object, before what is given, is the receiver ("granted Argentina a loan"). */
        private static final Set<String> GIVING = Set.of("give", "grant", "offer", "lend", "hand", "extend", "donate",
                "award", "promise", "pledge", "provide");

        /**
         * "paid the visit at the invitation of the China-Japan Friendship Association", "At the invitation of Premier Wen,
         * Fradkov paid an official visit": the host who invited a visitor, from an invitation phrase after the visit (within
         * its clause) or opening the sentence; or null.
         */
        private Mention inviter(int last) {
            for (int i = 0; i + 3 < t.size() && i <= last + 12; i++) {
                if (i > last && (ParticipantChecks.isBoundary(t.get(i)) || t.get(i).pos().equals("VBD") || t.get(i).pos().equals("VBZ"))) {
                    return null;
                }
                boolean opening = i == 0 || i == 1 && t.get(0).pos().equals("CC");
                if ((i > last || opening) && t.get(i).word().equalsIgnoreCase("at") && t.get(i + 1).word().equals("the")
                        && t.get(i + 2).word().equals("invitation") && t.get(i + 3).word().equals("of")) {
                    Mention host = participants.objectAt(i + 4, t.size(), 6);
                    return host != null && Participants.ACTOR_TYPES.contains(host.type()) ? host : null;
                }
            }
            return null;
        }

        /**
         * "The IMF granted Argentina a 3 billion dollar loan", "Japan gave Indonesia 10 million dollars in aid": the party
         * named right after a verb of giving, inside the trigger and before what is given; or null.
         */
        private Mention indirectObject(int head, int last) {
            if (!GIVING.contains(Moods.lemma(t.get(head))) || head + 1 >= last) {
                return null;
            }
            int i = head + 1;
            if (t.get(i).word().equalsIgnoreCase("the")) {
                i++;
            }
            Mention m = i < last ? mentionOf[i] : null;
            if (m == null || !Set.of(MentionType.COUNTRY, MentionType.ORGANISATION, MentionType.GOVERNMENT, MentionType.PERSON,
                    MentionType.GROUP, MentionType.CITY).contains(m.type())) {
                return null;
            }
            int end = i;
            while (end + 1 <= last && mentionOf[end + 1] == m) {
                end++;
            }
            return end < last ? m : null;
        }

        /** Whether "their" stands right before the trigger or in it before its head noun ("After their talks"). */
        private boolean theirBefore(int first, int head) {
            for (int i = Math.max(0, first - 1); i < head; i++) {
                if (t.get(i).word().equalsIgnoreCase("their")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the attack noun at {@code head} (its phrase from {@code first}) is what a verb of blaming lays "on"
         * someone: "Police blamed the attack on Tamil rebels", "blame Monday's bombings on". The pool codes the blame, not
         * the attack it refers back to; "blamed Hamas for the attack on the settlement" is another construction.
         */
        /**
         * "the invasion, led by the United States", "an offensive spearheaded by the army": the party a participle of leading
         * or carrying out names right after the noun trigger ending at {@code last} (past one comma); or null.
         */
        private Mention ledByAfter(int last) {
            int i = last + 1;
            if (t.get(last).word().equals("of")) {
                while (i < t.size() && i < last + 6 && (participants.mentionOf[i] != null
                        || Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "POS").contains(t.get(i).pos()))) {
                    i++; // "the invasion of Iraq, led by": past the one invaded
                }
            }
            if (i < t.size() && t.get(i).word().equals(",")) {
                i++;
            }
            if (i + 1 >= t.size() || !t.get(i).pos().equals("VBN") || !LEADING.contains(Moods.lemma(t.get(i)))) {
                return null;
            }
            int by = t.get(i + 1).word().equals("out") ? i + 2 : i + 1; // "carried out by"
            if (by >= t.size() || !t.get(by).word().equals("by")) {
                return null;
            }
            Mention m = participants.objectAt(by + 1, t.size(), 4);
            return m != null && Participants.ACTOR_TYPES.contains(m.type()) ? m : null;
        }

        /**
         * "demonstrators who gathered near the venue ... to protest against US foreign policy", "protests over president
         * Mahmud Abbas's call": the party a protest is against or over, named in its clause after the trigger ending at
         * {@code last}; or null.
         */
        private Mention protestedAfter(int last, List<Mention> actors) {
            for (int i = last + 1; i < Math.min(t.size() - 1, last + 13); i++) {
                String w = t.get(i).word().toLowerCase(Locale.ROOT);
                if (Set.of(";", ":", "--", ",").contains(w) || t.get(i).pos().equals("WDT")) {
                    return null;
                }
                int from = w.equals("protest") && t.get(i - 1).word().equalsIgnoreCase("to") ? i + 1 : -1;
                from = from >= 0 && from < t.size() && t.get(from).word().equalsIgnoreCase("against") ? from + 1 : from;
                from = from < 0 && (w.equals("against") || w.equals("over")) ? i + 1 : from;
                if (from > 0) {
                    Mention m = participants.objectAt(from, t.size(), 4);
                    return m != null && Participants.ACTOR_TYPES.contains(m.type()) && m.type() != MentionType.CITY
                            && actors.stream().noneMatch(a -> ParticipantChecks.same(a, m)) ? m : null;
                }
            }
            return null;
        }

        /**
         * "lending 320 million dollars to help the poor in Pakistan", "aircraft have arrived ... to help fight fires": the
         * party aid goes to, named after "to help" or "to assist" in the clause after the trigger ending at {@code last};
         * or null.
         */
        private Mention helpedAfter(int last, List<Mention> actors) {
            for (int i = last; i < Math.min(t.size() - 1, last + 11); i++) {
                String w = t.get(i).word().toLowerCase(Locale.ROOT);
                if (Set.of(";", ":", "--").contains(w) || t.get(i).pos().equals("WDT")) {
                    return null;
                }
                if (!Set.of("help", "assist").contains(w) || !t.get(i - 1).word().equalsIgnoreCase("to")) {
                    continue;
                }
                for (int j = i + 1; j < Math.min(t.size(), i + 7); j++) { // "to help the poor in Pakistan": past a noun of need
                    Mention m = participants.mentionOf[j];
                    if (m != null) {
                        return Participants.ACTOR_TYPES.contains(m.type()) && m.type() != MentionType.CITY
                                && actors.stream().noneMatch(a -> ParticipantChecks.same(a, m)) ? m : null;
                    }
                    if (t.get(j).pos().startsWith("VB") || ParticipantChecks.isBoundary(t.get(j))) {
                        return null;
                    }
                }
                return null;
            }
            return null;
        }

        /** Whether mention {@code m} ends right before token {@code first}, past a year ("the 2003 Iraq invasion"). */
        private boolean tokenEnds(Mention m, int first) {
            return first > 0 && t.get(first - 1).end() == m.end();
        }

        /** Whether the verb at {@code head} trades or exchanges fire or blows, as two sides fighting each other do. */
        private boolean tradedFire(int head) {
            String lemma = Moods.lemma(t.get(head));
            int next = head + 1;
            while (next < t.size() && Set.of("JJ", "RB").contains(t.get(next).pos())) {
                next++; // "traded heavy fire"
            }
            return (lemma.equals("trade") || lemma.equals("exchange")) && next < t.size()
                    && EXCHANGED_FIRE.contains(t.get(next).word().toLowerCase(Locale.ROOT));
        }

        private boolean blamedAttack(int first, int head) {
            if (head + 1 >= t.size() || !t.get(head + 1).word().equals("on")) {
                return false;
            }
            for (int i = first - 1; i >= Math.max(0, first - 4); i--) {
                Token k = t.get(i);
                if (k.pos().startsWith("VB")) {
                    return Moods.lemma(k).equals("blame") && !k.pos().equals("VBN");
                }
                if (ParticipantChecks.isBoundary(k) || k.word().equals("for") || mentionOf[i] != null && !k.pos().equals("POS")
                        && !t.get(Math.min(i + 1, t.size() - 1)).pos().equals("POS")) {
                    return false;
                }
            }
            return false;
        }

        /** Whether a verb or noun of lifting a restriction stands within a few tokens of the noun at {@code head}. */
        private boolean liftedNear(int head) {
            for (int i = Math.max(0, head - 3); i < Math.min(t.size(), head + 5); i++) {
                if (LIFTING.contains(Moods.lemma(t.get(i)))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The person named between "the" and a harm verb's "-ing" form the tagger read as a verb ("the Tueni killing/VBG"):
         * the one who suffered it; null otherwise.
         */
        private Mention namedVictimBefore(Triggers.Rule r, int head) {
            if (!r.category().equals("ASSAULT") || !t.get(head).pos().equals("VBG") || head < 2
                    || !NAMED_DEEDS.contains(Moods.lemma(t.get(head)).toLowerCase(java.util.Locale.ROOT))) {
                return null;
            }
            Mention m = mentionOf[head - 1];
            if (m == null || m.type() != MentionType.PERSON) {
                return null;
            }
            int start = head - 1;
            while (start > 0 && mentionOf[start - 1] == m) {
                start--;
            }
            return start > 0 && t.get(start - 1).word().equalsIgnoreCase("the") ? m : null;
        }

        /**
         * The one a participle at {@code first} that follows no auxiliary is said of: the name before its comma ("Eritrea,
         * also accused of"), the subject of the verb before that comma ("have been detained, accused of"), or the
         * described party it modifies ("a third paratrooper accused of"); null when the participle is none of these.
         */
        /**
         * "8,340 illegal immigrants were detained and 272 of their escorts were arrested", "priests have been convicted and
         * four dioceses have gone bankrupt after being ordered to pay": the subject of the passive at {@code first} is a
         * phrase of common nouns that opens its own clause, right before the passive's auxiliaries (or before the main
         * clause's predicate, for "after being"), so no party named further back is it. The party the phrase describes,
         * or no party at all; null when the subject is not such a phrase.
         */
        private List<Mention> commonSubject(int first, int from) {
            int lo = Math.max(from, 1);
            int i = first - 1;
            while (i > lo && (t.get(i).pos().startsWith("RB") || t.get(i).pos().equals("MD") || PASSIVE_AUXILIARIES.contains(word(i)))) {
                i--;
            }
            if (i < first - 1 && word(i + 1).equals("being") && Set.of("after", "before", "since", "for").contains(word(i))) {
                i--; // "have gone bankrupt after being ordered": the main clause's predicate
                int steps = 0;
                while (i > lo && steps++ < 5 && (t.get(i).pos().startsWith("JJ") || t.get(i).pos().startsWith("RB")
                        || t.get(i).pos().equals("VBN") || t.get(i).pos().equals("MD") || PASSIVE_AUXILIARIES.contains(word(i))
                        || Set.of("gone", "become", "went", "became").contains(word(i)))) {
                    i--;
                }
            }
            if (i <= lo) {
                return null;
            }
            boolean noun = t.get(i).pos().equals("NN") || t.get(i).pos().equals("NNS")
                    || t.get(i).pos().equals("VBZ") && t.get(i - 1).pos().equals("PRP$"); // "their escorts/VBZ were"
            if (mentionOf[i] != null || !noun || !Character.isLowerCase(t.get(i).word().charAt(0))) {
                return null;
            }
            int s = i;
            while (s - 1 > lo && mentionOf[s - 1] == null && (Set.of("NN", "NNS", "JJ", "CD", "DT", "PRP$").contains(t.get(s - 1).pos())
                    || word(s - 1).equals("of") && s - 2 > lo && t.get(s - 2).pos().equals("CD"))) {
                s--;
            }
            if (s < 2) {
                return null;
            }
            String before = word(s - 1);
            boolean clauseJoin = (before.equals("and") || before.equals("but")) && s - 2 > lo
                    && (t.get(s - 2).pos().startsWith("VB") || t.get(s - 2).pos().startsWith("RB") || t.get(s - 2).pos().startsWith("JJ"));
            if (!clauseJoin) {
                return null;
            }
            int start = s;
            while (start < i && (t.get(start).pos().equals("DT") || t.get(start).pos().equals("PRP$"))) {
                start++;
            }
            return List.of(participants.described.mention(new int[] {start, i})); // "four dioceses", "272 of their escorts"
        }

        private String word(int i) {
            return t.get(i).word().toLowerCase(Locale.ROOT);
        }

        /**
         * "The minister, accused of corruption, resigned", "The company, charged with fraud, closed": the described party
         * (a title or a noun of parties with "the" or "a" before it) that opens the clause at {@code lo} and ends at
         * {@code end}, right before the comma of a reduced passive; null otherwise.
         */
        private Mention openingDescribed(int end, int lo) {
            if (end <= lo) {
                return null;
            }
            Mention m = mentionOf[end];
            Mention described = m != null && m.type() == MentionType.TITLE ? participants.titleAntecedent(end, lo)
                    : m == null && (t.get(end).pos().equals("NN") || t.get(end).pos().equals("NNS"))
                    && Character.isLowerCase(t.get(end).word().charAt(0)) ? participants.described.beforeParticiple(end) : null;
            if (described == null) {
                return null;
            }
            int s = end;
            while (s > lo && (mentionOf[s - 1] != null || !t.get(s - 1).word().equals(",") && !t.get(s - 1).pos().startsWith("VB")
                    && !t.get(s - 1).pos().equals("IN"))) {
                s--;
            }
            boolean opens = s == lo || t.get(s - 1).word().equals(",") && s - 1 > lo // "In Paris, the minister, accused of"
                    || Set.of("that", "say", "report", "add").contains(Moods.lemma(t.get(s - 1)).toLowerCase(Locale.ROOT)); // "said the minister, accused of"
            return opens ? described : null;
        }

        private List<Mention> participleHead(int first, int lo) {
            if (!t.get(first).pos().equals("VBN") || first + 1 < t.size() && !Set.of("IN", "TO", ",", "RB").contains(t.get(first + 1).pos())) {
                return null; // "reported 12,068 crimes, seized 239.4 kg of heroin": a verb with its object, not a participle
            }
            int i = first - 1;
            while (i > lo && t.get(i).pos().startsWith("RB")) {
                i--;
            }
            if (i <= lo) {
                return null;
            }
            if (t.get(i).word().equals(",")) {
                Mention named = mentionOf[i - 1];
                if (named != null && Participants.ACTOR_TYPES.contains(named.type()) && named.type() != MentionType.CITY
                        && named.type() != MentionType.PLACE) {
                    return List.of(named);
                }
                for (int k = i - 1; k > lo && k >= i - 4 && !ParticipantChecks.isBoundary(t.get(k)); k--) {
                    if (t.get(k).pos().equals("VBN") || t.get(k).pos().equals("VBD")) {
                        return participants.subject(k, lo); // "Eight policemen ... have been detained, accused of negligence"
                    }
                }
                Mention opening = openingDescribed(i - 1, lo);
                return opening == null ? null : List.of(opening);
            }
            boolean commonNoun = mentionOf[i] == null && (t.get(i).pos().equals("NN") || t.get(i).pos().equals("NNS"))
                    && Character.isLowerCase(t.get(i).word().charAt(0));
            Mention described = commonNoun ? participants.described.beforeParticiple(i) : null;
            return described != null ? List.of(described) : null;
        }

        /**
         * "the amount of aid Pyongyang requested", "the deal Tehran signed": the name right before a finite verb at
         * {@code first} that follows a common noun, the subject of a relative clause without its pronoun; or null.
         */
        private Mention contactClauseSubject(int first) {
            if (first < 2 || !Set.of("VBD", "VBZ", "VBP").contains(t.get(first).pos())) {
                return null;
            }
            Mention m = mentionOf[first - 1];
            if (m == null || !Participants.ACTOR_TYPES.contains(m.type()) || m.type() == MentionType.NATIONALITY) {
                return null;
            }
            int b = first - 1;
            while (b > 0 && mentionOf[b - 1] == m) {
                b--;
            }
            Token before = b > 1 ? t.get(b - 1) : null;
            String opener = b > 1 ? t.get(b - 2).pos() : "";
            return before != null && mentionOf[b - 1] == null && (before.pos().equals("NN") || before.pos().equals("NNS"))
                    && Character.isLowerCase(before.word().charAt(0)) && (opener.equals("DT") || opener.equals("IN"))
                    && !PartyNouns.contains(Moods.lemma(before).toLowerCase(java.util.Locale.ROOT)) ? m : null; // not "his counterpart X had"
        }

        /**
         * The party whose forces open a match at {@code first}, named by a possessive before them past numbers and
         * adjectives ("Iraq's 190,000 police and army were mobilized"); null otherwise.
         */
        /**
         * Whether the noun phrase ending at {@code first} opens a clause of its own after ", and" ("Gazprom doubled the
         * price ..., and deals reached this past month would allow"): its subject, not the earlier clause's.
         */
        private boolean clauseAfterCommaAnd(int first) {
            int j = first - 1;
            while (j > 0 && Set.of("DT", "JJ", "CD", "NN", "NNS", "PRP$").contains(t.get(j).pos()) && mentionOf[j] == null) {
                j--;
            }
            return j >= 1 && t.get(j).word().equals("and") && t.get(j - 1).word().equals(",");
        }

        /** Reports, rumours and claims, whose authors a participle after them does not name. */
        private static final Set<String> UNSOURCED_REPORTS = Set.of("report", "reports", "rumours", "rumors", "rumour", "rumor",
                "stories", "story", "articles", "article", "claims", "allegations");

        /** Verbs by which a clause's subject makes the report it names ("broadcast an initial report attacking Hwang"). */
        private static final Set<String> PUBLISHING = Set.of("broadcast", "publish", "issue", "release", "write", "air", "print",
                "produce", "file", "submit", "present", "run", "compile", "carry");

        /** Whether the report noun at {@code noun} is the object of a verb of publishing: its subject wrote it. */
        private boolean reportMadeBySubject(int noun) {
            int j = noun - 1;
            while (j > 0 && (t.get(j).pos().equals("DT") || t.get(j).pos().startsWith("JJ") || t.get(j).pos().equals("NN"))) {
                j--;
            }
            return j >= 0 && t.get(j).pos().startsWith("VB") && PUBLISHING.contains(Moods.lemma(t.get(j)).toLowerCase(Locale.ROOT));
        }

        /** Whether a verb of seeing or hearing stands right before the mention at {@code i}, past its article. */
        private boolean seenBefore(int i) {
            int j = participants.startOf(i) - 1;
            while (j > 0 && t.get(j).pos().equals("DT")) {
                j--;
            }
            return j >= 0 && t.get(j).pos().startsWith("VB") && Set.of("see", "watch", "hear", "witness", "notice", "observe")
                    .contains(Moods.lemma(t.get(j)));
        }

        private Mention ownerOfForces(int first) {
            int j = first - 1;
            while (j > 0 && (t.get(j).pos().equals("CD") || t.get(j).pos().startsWith("JJ"))) {
                j--;
            }
            Mention m = j >= 1 && t.get(j).pos().equals("POS") ? mentionOf[j - 1] : null;
            return m != null && Set.of(MentionType.COUNTRY, MentionType.ORGANISATION, MentionType.GOVERNMENT, MentionType.PERSON)
                    .contains(m.type()) ? m : null;
        }

        /**
         * The party that did what was done at someone's request, the phrase of the request being {@code first} to
         * {@code last} ("at the request of Mandela"): the subject of the verb the phrase follows in its clause ("the president
         * had agreed to meet Kabila at the request of"), or of the main clause the phrase opens ("At Moscow's insistence, the
         * new draft drops": no party); null when that subject is no party.
         */
        private Mention doneAtRequest(int first, int last, int lo) {
            int verb = -1;
            int nearest = -1;
            for (int j = first - 1; j >= lo && verb < 0; j--) {
                String w = t.get(j).word();
                if (w.equals(",") || w.equals(";") || w.equals(":")) {
                    break;
                }
                nearest = nearest < 0 && t.get(j).pos().startsWith("VB") && !t.get(j).pos().equals("VBG") ? j : nearest;
                verb = Set.of("VBD", "VBZ", "VBP", "MD").contains(t.get(j).pos()) ? j : -1; // the clause's finite verb
            }
            verb = verb < 0 ? nearest : verb;
            if (verb < 0 && last + 1 < t.size() && t.get(last + 1).word().equals(",")) {
                for (int j = last + 2; j < t.size() && verb < 0; j++) { // "At Moscow's insistence, the new draft drops"
                    verb = Set.of("VBD", "VBZ", "VBP", "MD").contains(t.get(j).pos()) ? j : -1;
                }
            }
            if (verb > 0 && t.get(verb - 1).word().equalsIgnoreCase("they")) {
                return null; // "noting that they were there at the request of": whom "they" stands for the sentence may not say
            }
            List<Mention> subject = verb < 0 ? List.of() : participants.subject(verb, lo);
            Mention m = subject.isEmpty() ? null : subject.get(0);
            return m != null && Participants.ACTOR_TYPES.contains(m.type()) && m.type() != MentionType.CITY
                    && m.type() != MentionType.PLACE ? m : null;
        }

        /** Nouns of fighting between two sides. */
        private static final Set<String> CLASHES = Set.of("clash", "clashes", "fighting", "gunbattle", "firefight", "battle",
                "skirmish");
        /** Participles by which a clause's act sets off another ("..., prompting clashes with"). */
        private static final Set<String> CAUSING = Set.of("prompt", "spark", "trigger", "provoke", "touch");

        /**
         * The participle after a comma that sets off the noun phrase of the trigger at {@code first} ("attacked a ministry,
         * prompting fierce clashes"), past adjectives and a determiner; or -1.
         */
        private int causingParticiple(int first) {
            int j = first - 1;
            while (j > 0 && (t.get(j).pos().startsWith("JJ") || t.get(j).pos().equals("DT"))) {
                j--;
            }
            return j > 0 && t.get(j).pos().equals("VBG") && CAUSING.contains(Moods.lemma(t.get(j)).toLowerCase(Locale.ROOT))
                    && t.get(j - 1).word().equals(",") ? j : -1;
        }

        /** Nouns of the two parties of a deal or talks ("the two sides", "both countries", "the two leaders"). */
        private static final Set<String> SIDE_NOUNS = Set.of("sides", "countries", "nations", "leaders", "governments", "presidents",
                "ministers", "parties", "states", "neighbours", "neighbors", "premiers", "delegations", "men");

        /** Side nouns that name states, and those that name persons ("the two leaders"). */
        private static final Set<String> STATE_SIDES = Set.of("countries", "nations", "governments", "states", "neighbours", "neighbors");
        private static final Set<String> PERSON_SIDES = Set.of("leaders", "presidents", "ministers", "premiers", "men");

        /** Whether {@code m} is a group of two parties named only as such: "the two sides", "both countries". */
        private boolean twoSides(Mention m) {
            if (m == null || m.type() != MentionType.GROUP) {
                return false;
            }
            for (int i = 1; i < t.size(); i++) {
                if (mentionOf[i] == m && (i + 1 == t.size() || mentionOf[i + 1] != m)) {
                    String before = t.get(i - 1).word().toLowerCase(Locale.ROOT);
                    return SIDE_NOUNS.contains(t.get(i).word().toLowerCase(Locale.ROOT)) && (before.equals("two") || before.equals("both"));
                }
            }
            return false;
        }

        /**
         * The two parties a "two sides" group {@code g} stands for, in the order the sentence names them: the two nearest
         * distinct persons, states or organisations before it, else the first two after it; an empty list when there are not
         * two.
         */
        private List<Mention> namedSides(Mention g) {
            int at = -1;
            for (int i = 0; i < t.size(); i++) {
                at = mentionOf[i] == g ? i : at; // the group's last token, its noun
            }
            String noun = t.get(at).word().toLowerCase(Locale.ROOT);
            Set<MentionType> parties = STATE_SIDES.contains(noun) ? Set.of(MentionType.COUNTRY)
                    : PERSON_SIDES.contains(noun) ? Set.of(MentionType.PERSON)
                    : Set.of(MentionType.PERSON, MentionType.COUNTRY, MentionType.ORGANISATION, MentionType.GOVERNMENT);
            while (at > 0 && mentionOf[at - 1] == g) {
                at--;
            }
            List<Mention> before = new java.util.ArrayList<>();
            for (int i = at - 1; i >= 0 && before.size() < 2; i--) {
                Mention m = mentionOf[i];
                if (m != null && parties.contains(m.type()) && before.stream().noneMatch(b -> b == m || ParticipantChecks.same(b, m))) {
                    before.add(0, m);
                }
            }
            if (before.size() == 2) {
                return before;
            }
            List<Mention> after = new java.util.ArrayList<>();
            for (int i = at + 1; i < t.size() && after.size() < 2; i++) {
                Mention m = mentionOf[i];
                if (m != null && m != g && parties.contains(m.type()) && after.stream().noneMatch(b -> b == m || ParticipantChecks.same(b, m))) {
                    after.add(m);
                }
            }
            return after.size() == 2 ? after : List.of();
        }

        /**
         * "the two sides agreed", "they held this meeting", "when the two met": the first token of a subject right before
         * the verb at {@code first} (past adverbs, auxiliaries and a day) that stands for two parties named before, or -1.
         */
        private int pairSubjectBefore(int first) {
            int j = first - 1;
            while (j >= 0 && (t.get(j).pos().startsWith("RB") || t.get(j).pos().equals("MD") || "DATE".equals(t.get(j).ner())
                    || Set.of("be", "have").contains(Moods.lemma(t.get(j))))) {
                j--;
            }
            if (j < 1) {
                return -1;
            }
            String w = t.get(j).word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("they")) {
                return j;
            }
            String before = t.get(j - 1).word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("two") && before.equals("the")) {
                return j - 1;
            }
            boolean sides = t.get(j).pos().equals("NNS") && Set.of("side", "country", "nation", "leader", "party", "government",
                    "minister", "man", "president", "delegation").contains(Moods.lemma(t.get(j)));
            return sides && before.equals("two") && j >= 2 && t.get(j - 2).word().equalsIgnoreCase("the") ? j - 2
                    : sides && before.equals("both") ? j - 1 : -1;
        }

        /**
         * Whether mention {@code m} stands inside the trigger's words ({@code head} to {@code last}) right after "as", "a" or
         * "an": the predicate the party is held for ("regards as a terrorist organization"), not a party.
         */
        private boolean predicateOf(Mention m, int head, int last) {
            for (int i = head + 1; i <= last; i++) {
                if (mentionOf[i] == m) {
                    int b = i - 1;
                    while (b > head && t.get(b).pos().startsWith("JJ")) {
                        b--;
                    }
                    return Set.of("as", "a", "an").contains(t.get(b).word().toLowerCase(java.util.Locale.ROOT));
                }
            }
            return false;
        }

        /** Whether "being" comes right before token {@code first}, past adverbs ("Despite being officially banned"). */
        private boolean afterBeing(int first) {
            int i = first - 1;
            while (i > 0 && t.get(i).pos().startsWith("RB")) {
                i--;
            }
            return i >= 0 && i < first && t.get(i).word().equalsIgnoreCase("being");
        }

        /** Gerunds of refusal and of charge, which make their act whatever they follow. */
        private static final Set<String> STANDING_GERUNDS = Set.of("refuse", "reject", "rebuff", "defy", "accuse");

        /**
         * Whether the freeing at {@code first} is done by force: an attack, a raid, an operation or a rescue named before it
         * in the same stretch of the sentence (the pool and the read sets code none of 7 such freeings as a release; "men
         * snatched in a raid ... were released" is still a release, told by another verb).
         */
        private boolean freedByForce(int first) {
            for (int k = first - 1; k >= Math.max(0, first - 10); k--) {
                String w = t.get(k).word();
                if (w.equals(",") || w.equals(";") || w.equals(":")) {
                    return false;
                }
                if (FORCEFUL_RESCUES.contains(Moods.lemma(t.get(k)))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "Bush's third China trip", "his first China visit": the visitor a possessive names (or the name a possessive
         * pronoun stands for, when it is the sentence's only person before it) and the country that modifies the trip,
         * where he went; null unless both are there.
         */
        private Mention[] visitorAndHost(int first) {
            int i = first - 1;
            if (i < 1 || mentionOf[i] == null || mentionOf[i].type() != MentionType.COUNTRY) {
                return null;
            }
            Mention host = mentionOf[i];
            while (i >= 0 && mentionOf[i] == host) {
                i--;
            }
            while (i >= 0 && (t.get(i).pos().startsWith("JJ") || t.get(i).pos().equals("CD") || t.get(i).pos().equals("HYPH")
                    || t.get(i).pos().equals("NN") && mentionOf[i] == null)) { // "Putin's two-day India visit"
                i--;
            }
            if (i >= 1 && t.get(i).pos().equals("PRP$") && Set.of("his", "her").contains(t.get(i).word().toLowerCase(Locale.ROOT))) {
                Mention person = null; // "his first China visit": the one person named before it
                for (int j = 0; j < i; j++) {
                    if (mentionOf[j] != null && mentionOf[j].type() == MentionType.PERSON) {
                        if (person != null && person != mentionOf[j]) {
                            return null;
                        }
                        person = mentionOf[j];
                    }
                }
                return person == null ? null : new Mention[] {person, host};
            }
            if (i < 1 || !t.get(i).pos().equals("POS") || mentionOf[i - 1] == null || mentionOf[i - 1] == host
                    || !Participants.ACTOR_TYPES.contains(mentionOf[i - 1].type())) {
                return null;
            }
            return new Mention[] {mentionOf[i - 1], host};
        }

        /** Words before a rally that make it a party's or a candidate's meeting ("a campaign rally", "an election rally"). */
        private static final Set<String> CAMPAIGNING = Set.of("campaign", "election", "electoral", "political", "reelection",
                "re-election", "victory", "fundraising", "fund-raising", "party");

        /**
         * Whether the rally at {@code head} is a candidate's or a party's meeting rather than a protest: one a word of
         * campaigning modifies ("at campaign rallies", "during a political rally in 1997"), or one whose actors are all
         * persons ("Trump's rallies", "Sanders promised at a Las Vegas rally"): crowds, groups and parties protest.
         */
        private boolean campaignRally(int head, int first, List<Mention> actors) {
            String w = t.get(head).word().toLowerCase(Locale.ROOT);
            if (!w.equals("rally") && !w.equals("rallies")) {
                return false;
            }
            for (int i = head - 1; i >= Math.max(0, head - 3) && (t.get(i).pos().startsWith("JJ") || t.get(i).pos().startsWith("NN")
                    || t.get(i).pos().equals("HYPH")); i--) {
                if (CAMPAIGNING.contains(t.get(i).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return !actors.isEmpty() && actors.stream().allMatch(a -> a.type() == MentionType.PERSON);
        }

        EventMention event(Triggers.Hit h) {
            Triggers.Rule r = h.rule();
            if (sport && !NOT_GAME_MOVES.contains(r.category()) && !(r.category().equals("ACCUSE") && "allege".equals(r.mode()))) {
                return null; // "beat", "attacked", "conceded", "signed" in a match report or a transfer
            }
            int hd = h.match().head();
            if (sport && r.category().equals("PROTEST") && t.get(hd).word().equalsIgnoreCase("strike") && hd >= 2
                    && t.get(hd - 1).pos().equals("POS") && mentionOf[hd - 2] != null && mentionOf[hd - 2].type() == MentionType.PERSON) {
                return null; // "six minutes after Viduka's strike": a player's shot at goal, not a walkout
            }
            if (r.category().equals("RETREAT") && "release".equals(r.mode())
                    && Moods.lemma(t.get(h.match().head())).equals("free") && freedByForce(h.match().first())) {
                return null; // "the bold attack on the mansion that freed 71 of the hostages": a rescue, no release by captors
            }
            if (r.category().equals("ASSAULT") && Mishaps.animalTarget(t, h.match().first(), h.match().last())) {
                return null; // "the killings of animals in a clean-up": no party is attacked
            }
            if (mishap && r.category().equals("ASSAULT")) {
                return null; // "killed when two buses collided": deaths by accident, disaster or suicide are no attack
            }
            if (r.category().equals("THREATEN") && Mishaps.storm(t)) {
                return null; // "typhoon Pepeng ... is threatening to bring rains": weather threatens no party
            }
            int head = h.match().head();
            int last = h.match().last();
            boolean pairBefore = r.nominal() && h.match().first() < head && (t.get(h.match().first()).pos().equals("HYPH")
                    || t.get(h.match().first()).word().equals("-") || t.get(h.match().first()).word().equals("and"));
            int first = pairBefore ? head : h.match().first(); // "the Fatah-Hamas talks", "Cohen and Kyuma's talks": the
                                                               // pattern looked back over the pair, the trigger is the noun
            if (mentionOf[head] != null && (t.get(head).pos().startsWith("NNP") || head > 0 && Character.isUpperCase(t.get(head).word().charAt(0))
                    && mentionOf[head].begin() < t.get(head).begin())) {
                return null; // part of a name: "the Pacific Ring of Fire", "Operation Desert Storm", "the Central Investigating Court"
            }
            if (r.nominal() && (r.category().equals("CONSULT") || r.category().equals("PROTEST") || r.category().equals("AGREE")) && head > 0
                    && Character.isUpperCase(t.get(head).word().charAt(0)) && t.get(head).pos().startsWith("NN")) {
                return null; // a named meeting ("the Beijing Summit of the Forum"), race ("the New Zealand Rally") or treaty
                             // ("the Visiting Forces Agreement between the two countries"): a setting, or a deal made long before
            }
            if (r.category().equals("COERCE") && r.nominal() && liftedNear(head)) {
                return null; // "The curfew in Dili was lifted": the lifting (CONCEDE) is the event, not the curfew
            }
            if (r.nominal() && r.category().equals("ASSAULT") && blamedAttack(first, head)) {
                return null; // "blame the attacks on a web of Islamic separatists": the accusation is the event, its "on" the accused
            }
            if (head > 0 && t.get(head).word().equals("March")) {
                return null; // the month: "declared bankrupt in March by a Moscow court"
            }
            Moods.Mood mood = Moods.of(t, head, first, r.nominal());
            Mention chargedDoer = r.category().equals("ASSAULT") && !r.nominal() && (mood.skip() || t.get(head).pos().equals("VBG"))
                    && HARMING.contains(Moods.lemma(t.get(head))) ? chargedWithDeed(first) : null; // (also "of gang raping")
            if (chargedDoer != null) {
                mood = new Moods.Mood(Modality.ASSERTED, false, false); // "six US marines accused of raping a 22-year-old Filipino woman"
            }
            boolean forcesBacking = mood.skip() && first < head && r.category().equals("AID")
                    && Triggers.FORCES.contains(Moods.lemma(t.get(first)));
            if (forcesBacking) {
                // "Ethiopian troops backing Somali government forces": the participle tells what the troops do
                mood = new Moods.Mood(mood.modality(), false, false);
            }
            if (mood.skip() && !r.nominal() && t.get(head).pos().equals("VBG") && STANDING_GERUNDS.contains(Moods.lemma(t.get(head)))
                    && first > 0 && Character.isLowerCase(t.get(first).word().charAt(0))) { // not "Rejecting this resolution means"
                // "dubbed him recalcitrant for refusing to attend", "those refusing to accept the agreement", "slogans accusing
                // Pamuk of": a refusal or a charge told by its gerund is made all the same (the pool codes 21 of 22)
                mood = new Moods.Mood(mood.modality(), false, false);
            }
            if (mood.skip() && !r.nominal() && t.get(head).pos().equals("VBG") && first == head && seenDoing(head)) {
                // "which saw him meeting President Robert Mugabe", "spent Saturday urging people to go to the polls", "quoted
                // the review as urging Kenya": a deed seen, spent time on or reported is done, no modifier of a noun
                mood = new Moods.Mood(Modality.ASSERTED, false, false);
            }
            if (mood.modality() == Modality.HYPOTHETICAL && !r.nominal() && (t.get(head).pos().equals("VB") || t.get(head).pos().equals("VBP")) && first == head
                    && seenDoing(head) && seenPast(head)) {
                // "the civil war, which has seen rebel forces seize almost half of the country": the deed seen was done
                mood = new Moods.Mood(Modality.ASSERTED, false, false);
            }
            if (!r.nominal() && t.get(head).pos().equals("VBG") && first == head && mood.modality() == Modality.ASSERTED
                    && textNotAdopted(head)) {
                // "vetoed a draft resolution criticising Israel", "plans to sponsor a motion condemning Beijing": what a
                // text says is said only once the text is adopted ("adopted a resolution urging Tehran to")
                mood = new Moods.Mood(Modality.HYPOTHETICAL, mood.passive(), mood.skip());
            }
            if (mood.skip() || first > 0 && (t.get(first - 1).pos().equals("HYPH") || t.get(first - 1).word().equals("-"))) {
                return null; // a participle modifier, or part of a compound ("Norwegian-backed")
            }
            if (r.category().equals("ASSAULT") && !r.nominal() && mood.modality() == Modality.HYPOTHETICAL && attempted(first)) {
                mood = new Moods.Mood(Modality.ASSERTED, mood.passive(), false); // "Hamas members tried to storm a camp": an attack made
            }
            if (!r.nominal() && r.category().equals("COERCE") && Set.of("be", "spend").contains(Moods.lemma(t.get(head)))) {
                mood = new Moods.Mood(mood.modality(), true, false); // "who has been under house arrest", "has spent six years in jail": held, as a passive tells it
            }
            if (!r.nominal() && !mood.passive() && last > head && last + 2 < t.size() && t.get(last).pos().equals("IN")
                    && t.get(last + 1).word().equals("by") && Set.of("VBN", "VBD").contains(t.get(head).pos())
                    && head > 0 && t.get(head - 1).pos().startsWith("NN")) {
                mood = new Moods.Mood(mood.modality(), true, false); // "an evacuation called for by the embassy": its agent asked
            }
            int lo = quoteStart(t.get(head).begin());
            List<Mention> actors;
            Mention recipient;
            boolean anonymous = false; // the subject is a pronoun for someone the article does not name
            boolean targetNamed = false; // a victim or target named without a verb ("anti-Israeli bombings")
            if (r.nominal()) {
                NounParticipants.Slots slots = nouns.read(r, head, first, last, lo);
                if (slots == null) {
                    return null; // a bare noun whose rule needs an adjacent actor
                }
                actors = slots.actors();
                recipient = slots.recipient();
                targetNamed = slots.targetNamed();
                Mention judged = judgedForNoun(first);
                if (judged != null && !ParticipantChecks.same(judged, recipient)) {
                    actors = List.of(judged); // "hailed the government of China for initiating an aid package": China's package
                }
                Mention[] visitor = "visit".equals(r.mode()) && recipient == null ? visitorAndHost(first) : null;
                if (visitor != null) { // "Bush's third China trip": Bush went to China, the country only names where
                    actors = List.of(visitor[0]);
                    recipient = visitor[1];
                }
                List<Mention> pair = Categories.SYMMETRIC.contains(r.category()) && t.get(last).word().equals("between")
                        && !"third-party".equals(r.mode()) // (a mediator mediates between the pair)
                        ? participants.phrases.between(last - 1, t.size()) : List.of();
                if (pair.size() == 2) { // "economic and trade cooperation between China and Africa": the pair, not a clause's subject
                    actors = pair.subList(0, 1);
                    recipient = pair.get(1);
                }
                int cause = actors.isEmpty() && recipient != null && r.category().equals("ASSAULT")
                        && CLASHES.contains(Moods.lemma(t.get(head)).toLowerCase(Locale.ROOT)) ? causingParticiple(first) : -1;
                List<Mention> starter = cause >= 0 ? participants.subject(cause, lo) : List.of();
                if (!starter.isEmpty() && !ParticipantChecks.same(starter.get(0), recipient)) {
                    actors = starter.subList(0, 1); // "gunmen attacked a ministry, prompting fierce clashes with security guards"
                }
            } else if (mood.passive()) {
                actors = participants.phrases.agents(head, t.size());
                int conjunct = actors.isEmpty() ? Moods.coordinatedWith(t, first) : -1;
                if (conjunct >= 0) {
                    actors = participants.phrases.agents(conjunct, first); // "was convicted by a court and sentenced to"
                }
                int lastOfList = actors.isEmpty() ? Moods.lastConjunct(t, last) : -1;
                if (lastOfList >= 0) {
                    actors = participants.phrases.agents(lastOfList, t.size()); // "was beaten up, intimidated and threatened by rebels"
                }
                if (actors.isEmpty() && NounParticipants.DEEDS.contains(r.category())) {
                    Mention behind = roles.operationAgent(head); // "were killed during the Israeli operation"
                    actors = behind == null ? actors : List.of(behind);
                }
                if (actors.isEmpty() && (r.category().equals("ASSAULT") || r.category().equals("COERCE"))) {
                    Mention doer = participants.simultaneousActor(last); // "were killed as security forces ended the siege",
                                                                         // "were seized when police searched suspected vehicles"
                    actors = doer == null ? actors : List.of(doer);
                }
                if (actors.isEmpty() && ("expel".equals(r.mode()) || "membership".equals(r.mode()))) {
                    Mention from = participants.phrases.source(head + 1, t.size()); // "was deported from India"
                    actors = from == null ? List.of() : List.of(from);
                }
                List<Mention> reduced = participleHead(first, lo);
                if (reduced == null) {
                    reduced = commonSubject(first, lo); // "... were detained and 272 of their escorts were arrested"
                }
                boolean nounInMatch = reduced == null && first < head && !r.category().equals("MOBILIZE")
                        && (t.get(first).pos().equals("NN") || t.get(first).pos().equals("NNS")); // "said all hostages were freed"
                Mention inMatch = nounInMatch ? mentionOf[first] : null;
                List<Mention> subject = reduced != null ? reduced : !nounInMatch ? participants.subject(first, lo)
                        : inMatch != null && Participants.ACTOR_TYPES.contains(inMatch.type()) ? List.of(inMatch) : List.of();
                if (first > 0 && mentionOf[first - 1] != null && Participants.ACTOR_TYPES.contains(mentionOf[first - 1].type())) {
                    subject = List.of(mentionOf[first - 1]); // "the 105 Lebanese killed by": the noun the participle follows
                }
                recipient = r.category().equals("MOBILIZE") || subject.isEmpty() || roles.thingBefore(first) ? null : subject.get(0);
                if (recipient == null && subject.isEmpty() && r.category().equals("ASSAULT") && first < head) {
                    // "Several grenades were thrown into a crowd of demonstrators": the weapon opens the match, its aim follows
                    recipient = participants.recipient(r.category(), head, last, t.size(), null, false);
                }
                if (r.category().equals("SANCTION") && PENALTY_NOUNS.contains(Moods.lemma(t.get(first)))) {
                    // "UN sanctions imposed after its test", "the sanctions imposed on Sudan": the penalty is the subject, a
                    // thing; its "on" names the one punished (else the clause's subject still may: "walked out in protest
                    // against sanctions imposed by Washington") and a name before it the one who imposed it
                    Mention punished = participants.recipient(r.category(), head, last, t.size(), null, false);
                    Mention imposer = first > 0 && mentionOf[first - 1] != null
                            && Participants.ACTOR_TYPES.contains(mentionOf[first - 1].type()) ? mentionOf[first - 1] : null;
                    recipient = punished != null ? punished : recipient == imposer ? null : recipient;
                    actors = actors.isEmpty() && imposer != null ? List.of(imposer) : actors;
                }
                Mention owner = actors.isEmpty() && r.category().equals("MOBILIZE") ? ownerOfForces(first) : null;
                actors = owner != null ? List.of(owner) // "virtually all Iraq's 190,000 police and army were mobilized"
                        : actors.isEmpty() && (CommonParties.alerted(t, first, last) || r.category().equals("MOBILIZE"))
                        ? subject : actors; // "troops were put on high alert", "Lebanese troops were heavily deployed"
                Mention blamed = new ObjectFinder(participants).blamedOn(head, t.size(), null);
                recipient = blamed != null ? blamed : recipient; // "the abuse is blamed on militias": not the abuse
                if (recipient == null && JUDGED_THINGS.contains(r.category())) {
                    recipient = possessorOfSubject(first, lo); // "France's stance is supported by Germany": France's
                }
            } else {
                int opens = first;
                while (opens < head && mentionOf[opens] == null && Set.of("DT", "CD", "PDT").contains(t.get(opens).pos())) {
                    opens++; // "the agency reported that the two leaders discussed": the match opens with its subject
                }
                boolean holdsSubject = opens < head && mentionOf[opens] != null && Participants.ACTOR_TYPES.contains(mentionOf[opens].type());
                actors = holdsSubject ? participants.subject(head, first) : List.of(); // "were overwhelmed by protestors who invaded"
                if (holdsSubject && actors.isEmpty() && seenBefore(opens)) {
                    actors = List.of(mentionOf[opens]); // "I also saw Ethiopian forces enter": those seen did it
                }
                Mention inside = actors.isEmpty() && first < head ? participants.described.opening(first, head) : null;
                if (inside != null) {
                    actors = List.of(inside); // "Liu said the two countries have been discussing": the match holds its subject
                } else if (actors.isEmpty()) {
                    boolean nounSubject = first < head && mentionOf[first] == null && t.get(first).pos().startsWith("NN")
                            && !t.get(first).pos().startsWith("NNP") && (r.category().equals("ASSAULT") || participants.reportedNounSubject(first, lo)
                            || clauseAfterCommaAnd(first));
                    // "Police said fighting erupted", "officials said talks took place": the noun is the verb's subject, the
                    // speaker only tells of it
                    actors = nounSubject ? List.of() : participants.subject(first, lo);
                    Mention contact = contactClauseSubject(first);
                    actors = contact == null ? actors : List.of(contact); // "the amount of aid Pyongyang requested"
                    Mention judged = judgedOne(first);
                    actors = judged == null ? actors : List.of(judged); // "criticized the United States for imposing"
                    Mention decider = decisionOwner(first);
                    actors = decider == null ? actors : List.of(decider); // "the president's decision to deploy the army"
                    int shared = participants.coordinatedVerb(first, lo);
                    for (int earlier = shared < 0 ? -1 : participants.coordinatedVerb(shared, lo);
                            earlier >= 0 && participants.subject(shared, lo).isEmpty(); earlier = participants.coordinatedVerb(shared, lo)) {
                        shared = earlier; // "preyed on prostitutes and murdered 13 women and attacked seven others": the first verb's subject
                    }
                    if (shared >= 0 && (actors.isEmpty() || actors.get(0).begin() > t.get(shared).begin())) {
                        actors = participants.subject(shared, lo); // "the attacks killed 57, mostly Jordanians, and wounded": not an object of the first verb
                    }
                    if (shared >= 0 && actors.isEmpty()) {
                        int from = shared;
                        while (from > lo && (t.get(from - 1).pos().startsWith("RB") || t.get(from - 1).pos().equals("MD"))) {
                            from--;
                        }
                        while (from > lo && mentionOf[from - 1] == null && Set.of("DT", "CD", "JJ", "NN", "NNS").contains(t.get(from - 1).pos())) {
                            from--;
                        }
                        Mention opening = participants.described.opening(from, shared);
                        actors = opening == null ? actors : List.of(opening); // "The two presidents discussed trade and agreed to"
                    }
                }
                if (actors.isEmpty() && (t.get(head).pos().equals("VB") || t.get(head).pos().equals("VBP")) && first == head
                        && seenDoing(head) && seenPast(head)) {
                    Mention seen = participants.objectAt(seenVerb(head) + 1, head, 6);
                    actors = seen == null ? actors : List.of(seen); // "has seen rebel forces seize": the forces seized
                }
                Mention meeting = actors.isEmpty() && DECIDED.contains(r.category()) ? meetingSubject(first, lo) : null;
                actors = meeting == null ? actors : List.of(meeting); // "The summit also passed three agreements": the meeting decided
                anonymous = actors.isEmpty() && participants.unresolvedPronoun(); // "He called for ...", no "he" named before
                Mention made = madeToAct(first);
                if (made != null) {
                    actors = List.of(made); // "the blast prompted the US soldiers to open fire": the soldiers fired
                    anonymous = false;
                } else if (madePronounToAct(first)) {
                    actors = List.of(); // "launched an attack against the Islamists, forcing them to retreat": not the attacker
                    anonymous = true;
                }
                if (actors.isEmpty() && first < head) {
                    actors = participants.subject(head, first); // "protesters threw rocks": the match holds its subject
                    Mention described = actors.isEmpty() ? participants.described.opening(first, head) : null;
                    actors = described == null ? actors : List.of(described); // "The two presidents also discussed"
                }
                if (r.category().equals("AID") && first < head && mentionOf[first] == null && Set.of("come", "arrive").contains(Moods.lemma(t.get(head)))) {
                    Mention giver = participants.phrases.source(head + 1, t.size());
                    actors = giver == null ? List.of() : List.of(giver); // "aid has come in from Japan": the giver, not the clause before
                }
                if (r.category().equals("ASSAULT") && ParticipantChecks.attackers(actors).isEmpty()) {
                    Mention charged = roles.accusedOfToll(first, lo); // "the suspected brains behind a series of bombings that killed"
                    actors = charged == null ? actors : List.of(charged);
                }
                recipient = participants.recipient(r.category(), head, last, t.size(), first(actors), true);
                boolean predicate = recipient != null && predicateOf(recipient, head, last);
                recipient = predicate ? null : recipient; // "regards as a terrorist organization": what it is held for, not whom
                List<Mention> pair = actors.isEmpty() && Categories.SYMMETRIC.contains(r.category())
                        ? participants.phrases.between(last, t.size()) : List.of();
                if (!pair.isEmpty()) { // "a meeting took place between Gazprom chairman Alexei Miller and Shell chief"
                    actors = pair.subList(0, 1);
                    recipient = pair.get(1);
                }
                if (recipient == null && r.category().equals("ASSAULT")) {
                    recipient = participants.placeObject(head + 1, t.size()); // "stormed the town of Beit Hanoun"
                }
                Mention named = namedVictimBefore(r, head);
                if (named != null) {
                    actors = List.of(); // "discussed the Tueni killing/VBG Monday": a noun the tagger read as a verb; the name suffered it
                    recipient = named;
                    targetNamed = true;
                }
                if (recipient == null && ObjectFinder.TRANSITIVE.contains(r.category()) && (last == head || predicate)) {
                    Mention antecedent = participants.relativeObject(head); // "the court, which lawyers have accused of"
                    recipient = antecedent == null || actors.contains(antecedent) ? null : antecedent;
                }
            }
            if (recipient == null && forcesBacking) {
                recipient = participants.objectAt(last + 1, t.size(), 6); // the forces backed: "troops backing Somali government forces"
            }
            if (recipient == null && r.category().equals("ASSAULT")) {
                Mention victim = roles.outcomeVictim(last); // "a bomb went off at a cafe, injuring 11 civilians"
                recipient = victim != null && actors.stream().anyMatch(a -> ParticipantChecks.same(a, victim))
                        ? null : victim; // not the attacker: "ISAF fired at two boys, wounding them"
            }
            if (recipient == null && r.category().equals("AID") && Set.of("train", "training").contains(Moods.lemma(t.get(head)))
                    && last > head) {
                int from = last;
                while (from > head + 1 && !t.get(from - 1).word().equals("of") && !t.get(from - 1).pos().equals("DT")) {
                    from--;
                }
                int to = last;
                while (to + 1 < t.size() && (t.get(to + 1).pos().equals("NN") || t.get(to + 1).pos().equals("NNS"))) {
                    to++; // "the training of Iraqi police recruits"
                }
                Mention trained = mentionOf[to] != null && Participants.ACTOR_TYPES.contains(mentionOf[to].type())
                        && mentionOf[to].begin() > t.get(head).begin() ? mentionOf[to] : participants.described.mention(new int[] {from, to});
                recipient = trained == null || actors.contains(trained) ? null : trained; // "training Iraqi forces": the forces trained
            }
            if (recipient == null && r.category().equals("PROTEST")) {
                Mention ousted = participants.departureDemanded(Math.max(head, last), !r.nominal()); // "chanting for the fall of the government"
                recipient = ousted == null || actors.contains(ousted) ? null : ousted;
            }
            if (r.category().equals("ACCUSE") && t.get(head).word().equalsIgnoreCase("wanted")) {
                List<Mention> by = participants.phrases.agents(head, t.size()); // "a wanted man by Washington"
                Mention in = head + 2 < t.size() && t.get(head + 1).word().equals("in") && mentionOf[head + 2] != null
                        && mentionOf[head + 2].type() == MentionType.COUNTRY ? mentionOf[head + 2] : null; // "wanted in Norway"
                Mention wanted = recipient != null ? recipient : actors.isEmpty() || by.contains(actors.get(0)) ? null : actors.get(0);
                actors = !by.isEmpty() ? by.subList(0, 1) : in != null ? List.of(in) : List.of();
                recipient = wanted != null && !actors.contains(wanted) ? wanted : null; // the one wanted is accused, not accusing
            }
            List<Mention> signedBetween = !r.nominal() && Categories.SYMMETRIC.contains(r.category())
                    && t.get(head).pos().startsWith("VB") && first < head && t.get(first).pos().startsWith("NN")
                    ? participants.phrases.between(last, t.size()) : List.of();
            if (!signedBetween.isEmpty()) { // "the ceasefire agreement signed in 2002 between the government and the LTTE",
                                            // "talks were taking place between centre-left parties and the communists"
                actors = signedBetween.subList(0, 1);
                recipient = signedBetween.get(1);
            }
            List<Mention> hyphened = !r.nominal() && Categories.SYMMETRIC.contains(r.category()) && t.get(first).pos().startsWith("NN")
                    ? participants.hyphenPair(first) : List.of();
            if (!hyphened.isEmpty()) { // "The EU-Russia talks ended", "the US-China agreement was signed"
                actors = hyphened.subList(0, 1);
                recipient = hyphened.get(1);
            }
            int pairSubject = Categories.SYMMETRIC.contains(r.category()) && recipient == null && actors.size() <= 1 && !r.nominal()
                    ? pairSubjectBefore(first) : -1;
            List<Mention> named = pairSubject < 0 ? List.of() : participants.pairBefore(pairSubject);
            if (!named.isEmpty()) { // "a meeting between Chinese and Russian prime ministers, the two sides agreed to"
                actors = named.subList(0, 1);
                recipient = named.get(1);
            }
            if (Categories.SYMMETRIC.contains(r.category())) {
                Mention actor = actors.size() == 1 ? actors.get(0) : null;
                List<Mention> sides = twoSides(actor) ? namedSides(actor) : twoSides(recipient) ? namedSides(recipient) : List.of();
                if (!sides.isEmpty() && twoSides(actor)) { // "The two sides have agreed ..., and China informs Russia"
                    actors = sides.subList(0, 1);
                    recipient = recipient == null || recipient == actor || recipient.type() == MentionType.GROUP ? sides.get(1) : recipient;
                } else if (!sides.isEmpty() && actor != null && ParticipantChecks.same(actor, sides.get(0))) {
                    recipient = sides.get(1); // "Sanader met his Libyan counterpart, Shukri Ghanem, and the two leaders pledged to
                } else if (!sides.isEmpty() && actor != null && ParticipantChecks.same(actor, sides.get(1))) { // revitalize ties between
                    recipient = sides.get(0);                                                                    // the two countries"
                }
            }
            if (actors.isEmpty() && !r.nominal()) {
                Mention author = participants.documentOwnerBefore(head); // "a Security Council resolution calling on Syria"
                actors = author == null || author.equals(recipient) ? actors : List.of(author);
            }
            if (actors.isEmpty() && !mood.passive() && !(r.nominal() && (r.category().equals("ASSAULT") || r.category().equals("COERCE")))) {
                // a passive's actor is its agent ("After being arrested, X said"); an attack's noun names no attacker in the main clause
                Mention a = Openings.mainSubjectAfterOpening(participants, head);
                actors = a == null ? List.of() : List.of(a);
            } else if (mood.passive() && recipient == null && (afterBeing(first) || Moods.openingParticiple(t, head))) {
                recipient = Openings.mainSubjectAfterOpening(participants, head); // "Despite being banned, the Brotherhood"
            }
            if (Categories.SYMMETRIC.contains(r.category()) && r.nominal() && recipient == null && actors.size() == 1
                    && theirBefore(first, head)) {
                Mention partner = participants.phrases.coordinated(actors.get(0), t.size());
                recipient = partner; // "At their talks, Voynet and Jospin agreed": the pair "their" stands for
            }
            actors = chargedDoer != null ? List.of(chargedDoer) : actors; // the one charged with the deed is said to have done it
            actors = r.category().equals("ASSAULT") ? ParticipantChecks.attackers(actors) : actors;
            if (r.category().equals("PROTEST") && r.nominal() && campaignRally(head, first, actors)) {
                return null; // "speaking later at a rally in Charleston", "Trump's rallies": a candidate's rally, no protest
            }
            if (r.category().equals("ASSAULT") && r.nominal() && recipient == null && actors.size() == 2
                    && MUTUAL_FIGHTS.contains(Moods.lemma(t.get(head)).toLowerCase(Locale.ROOT))) {
                recipient = actors.get(1); // "the government troops and the Abu Sayyaf began a new round of clashes": each fights the other
                actors = actors.subList(0, 1);
            }
            if (r.category().equals("ASSAULT") && r.nominal()) {
                Mention leader = ledByAfter(last);
                if (leader != null && !actors.contains(leader)) {
                    Mention modifier = actors.size() == 1 && actors.get(0).type() == MentionType.COUNTRY && recipient == null
                            && tokenEnds(actors.get(0), first) ? actors.get(0) : null;
                    recipient = modifier != null ? modifier : recipient; // "the 2003 Iraq invasion, led by the United States":
                    actors = List.of(leader);                             // the country invaded, and the one that led it
                }
            }
            boolean unnamed = anonymous && actors.isEmpty(); // no later reading found a name for the pronoun
            boolean chargeOpensClause = r.nominal() && r.category().equals("ACCUSE") && t.get(last).word().equalsIgnoreCase("that");
            Mention charged = chargeOpensClause ? participants.passiveAgent(last + 1, t.size()) : null; // "that they were abused by priests"
            charged = chargeOpensClause && charged == null ? participants.objectAt(last + 1, t.size(), 4) : charged;
            recipient = charged != null ? charged : recipient; // "charges that British troops raped": whom the charge is about
            if (recipient == null && mood.passive() && !r.nominal() && !actors.isEmpty() && TAKING.contains(Moods.lemma(t.get(head)))) {
                recipient = placeBeforeRelative(first); // "Lubumbashi, Zaire's second city, which was captured by the rebels"
            }
            if (actors.isEmpty() && r.need() == Triggers.Need.ACTOR && !r.nominal() && mood.modality() == Modality.ASSERTED) {
                // "The party's new leader called for": a described subject the parse confirms is an actor the rule needs
                actors = participants.described.actors(false, mood.passive(), first, last, this::parse);
            }
            if (recipient == null && !r.nominal() && "meet".equals(r.mode()) && !actors.isEmpty()
                    && MEETINGS.contains(Moods.lemma(t.get(head)))) {
                recipient = participants.described.slot(r, mood.passive(), head, first, last, first(actors), this::parse); // "met with a delegation"
            }
            if (recipient == null && Categories.SYMMETRIC.contains(r.category())) {
                Mention partner = participants.withWhom(first, lo);
                recipient = partner == null || actors.stream().anyMatch(a -> ParticipantChecks.same(a, partner)) ? null : partner;
            }
            if (!r.nominal() && r.category().equals("ASSAULT") && first == head && last == head && head > 0 && head + 1 < t.size()
                    && t.get(head).pos().equals("VBN") && Set.of("CD", "DT", "JJ", "PRP$", "IN").contains(t.get(head - 1).pos())
                    && (t.get(head + 1).pos().startsWith("NN") || t.get(head + 1).pos().startsWith("JJ"))) {
                actors = List.of(); // "one of three attacked hotels", "widow of assassinated former premier Rajiv Gandhi"
                Token struck = t.get(head + 1);
                recipient = struck.pos().equals("NNS") && mentionOf[head + 1] == null
                        ? new Mention(struck.begin(), struck.end(), struck.word(), MentionType.GROUP, null, "event-object", 0.5) : recipient;
                targetNamed = recipient != null; // the participle names what suffered it, as a passive does
            }
            boolean reportsSay = !r.nominal() && first == head && head > 0 && t.get(head).pos().equals("VBG")
                    && UNSOURCED_REPORTS.contains(t.get(head - 1).word().toLowerCase(Locale.ROOT)) && !reportMadeBySubject(head - 1);
            actors = reportsSay ? List.of() : actors; // "denied reports accusing Israel", "refuted news reports claiming that"
            if (!requirements.satisfied(r, actors, recipient, first, last, head, mood.passive() || targetNamed, unnamed)) {
                return null;
            }
            Modality modality = mood.modality() == Modality.ASSERTED && (Moods.question(t, head) || Moods.measuredClause(t, first))
                    ? Modality.HYPOTHETICAL : mood.modality();
            if (actors.isEmpty() && !(anonymous && firstPersonSubject(first)) && !quantifierSubject(first) && !madePronounToAct(first) && modality == Modality.ASSERTED && !mood.passive()
                    && (t.get(head).pos().equals("VBP") || t.get(head).pos().equals("VB"))
                    && !(first < head && Set.of("VBD", "VBZ").contains(t.get(first).pos()))) { // not "Thousands marched to protest"
                modality = Modality.HYPOTHETICAL; // a present or bare verb with no subject: an infinitive or a list of demands
            }
            ParseRoles parse = modality == Modality.ASSERTED && !mood.passive()
                    && ParseRoles.worthParsing(t, mentionOf, first, r.nominal(), actors, recipient)
                    && !(targetNamed && !r.nominal()) ? parse() : null; // the tagger's verb in "the Tueni killing" is no clause to parse
            if (parse != null) { // after the requirements: the parse corrects participants, it does not make events
                ParseRoles.Roles refined = parse.refine(r.category(), r.nominal(), mood.passive(), head, last, actors, recipient);
                actors = reportsSay ? actors : refined.actors(); // (the reports' words, whatever the parse says)
                recipient = refined.recipient();
            }
            recipient = recipient == null && !r.nominal() // after the requirements: "an editor was detained", "arrested a drug seller"
                    ? participants.commonParty(r.category(), mood.passive(), head, first) : recipient;
            recipient = recipient == null && r.category().equals("ACCUSE") && !r.nominal() && head == first
                    && t.get(head).pos().equals("VBN") ? accusedBefore(first) : recipient;
            recipient = recipient == null && ObjectFinder.PATIENT_OF.contains(r.category()) && !r.nominal() && head == first
                    && t.get(head).pos().equals("VBN") ? accusedNamedAfter(first, last) : recipient; // "Among those detained was X"
            int met = recipient == null && r.category().equals("REQUEST") && !r.nominal() ? metBefore(first) : -1;
            if (met >= 0) {
                recipient = mentionOf[askedEnd(first)];
                final Mention asked = recipient;
                if (actors.isEmpty() || actors.stream().anyMatch(a -> ParticipantChecks.same(a, asked))) {
                    actors = participants.subject(met, lo); // "X met President Y asking to": X asked, as he met
                }
            }
            recipient = recipient == null && r.nominal() && NounParticipants.DEEDS.contains(r.category()) // "attacks on oil installations"
                    ? participants.attackTarget(head, last) : recipient;
            recipient = recipient == null && r.nominal() && (r.category().equals("ASSAULT") || r.category().equals("COERCE"))
                    ? ousted(first, lo, actors) : recipient;
            recipient = recipient == null && r.category().equals("ASSAULT") ? participants.blastSite(head, last) : recipient;
            recipient = recipient == null && r.category().equals("ASSAULT") && !r.nominal() && Moods.lemma(t.get(head)).equals("return")
                    ? assailantAfter(last) : recipient;
            recipient = recipient == null && r.category().equals("AID") && !r.nominal() && head == first
                    ? indirectObject(head, last) : recipient;
            recipient = recipient == null && "visit".equals(r.mode()) ? inviter(last) : recipient;
            if (modality == Modality.ASSERTED) { // described parties in empty slots ("talks with the US president")
                recipient = recipient != null ? recipient : participants.described.slot(r, mood.passive(), head, first, last, first(actors), this::parse);
                actors = actors.isEmpty() ? participants.described.actors(r.nominal(), mood.passive(), first, last, this::parse) : actors;
            }
            if (recipient != null && !Categories.SYMMETRIC.contains(r.category())) {
                Mention target = recipient; // "Six Palestinians had been reported as being killed": the victims are not their own attackers
                actors = actors.stream().filter(a -> !a.text().equalsIgnoreCase(target.text())).toList();
            }
            if (actors.size() >= 2 && Categories.SYMMETRIC.contains(r.category()) && (recipient == null || actors.contains(recipient)
                    || mood.passive() && !r.nominal() && actors.size() == 2)) { // "exercises, agreed on by Chinese and U.S. leaders"
                // "Bush and Putin met"; but "Bush and Rice met with al-Maliki" keeps al-Maliki, and of three or more
                // ("China, the US, Japan and India signed") none is the others' counterpart
                recipient = actors.size() == 2 ? actors.get(1) : null;
            }
            if (actors.size() == 2 && recipient == null && !r.nominal() && !mood.passive()
                    && (RECIPROCAL_FIGHTING.contains(Moods.lemma(t.get(head))) || tradedFire(head))) {
                recipient = actors.get(1); // "security forces and guerrillas clashed": the first named fought the second
                actors = List.of(actors.get(0));
            }
            if (!r.nominal() && Moods.lemma(t.get(head)).equals("come") && head + 1 < t.size()
                    && (t.get(head + 1).word().equals("under") || head + 2 < t.size() && t.get(head + 1).pos().startsWith("RB")
                    && t.get(head + 2).word().equals("under"))) { // also "have come increasingly under attack from"
                recipient = actors.isEmpty() ? recipient : actors.get(0); // "the convoy came under attack from insurgents": the
                actors = List.of(); // subject suffered it, the "from" or "by" party did it
                recipient = recipient == null && r.category().equals("ACCUSE") ? possessorOfSubject(head) : recipient; // "Norway's role
                for (int i = head + 2; i < Math.min(t.size() - 1, Math.max(head + 6, last + 3)); i++) {
                    if (Set.of("from", "by").contains(t.get(i).word())) {
                        Mention by = participants.objectAt(i + 1, t.size(), 5);
                        actors = by == null ? actors : List.of(by);
                        recipient = by != null && recipient != null && ParticipantChecks.same(by, recipient) ? null : recipient;
                        break; // ("The project came under fire from regulators": the regulators are not their own target)
                    }
                }
            }
            Mention claimed = actors.isEmpty() && r.category().equals("ASSAULT") && modality == Modality.ASSERTED ? participants.claimant(first) : null;
            if (claimed != null && (recipient == null || !ParticipantChecks.same(claimed, recipient))) {
                actors = List.of(claimed); // the party that claims the attack carried it out
            }
            if (r.category().equals("REQUEST") && r.nominal() && t.get(first).word().equalsIgnoreCase("at")) {
                Mention asked = doneAtRequest(first, last, lo); // "the president had agreed to meet Kabila at the request of Mandela"
                for (int i = first + 1; i < last && actors.isEmpty(); i++) {
                    actors = t.get(i + 1).pos().equals("POS") && mentionOf[i] != null ? List.of(mentionOf[i]) : actors; // "at Moscow's insistence"
                }
                List<Mention> askers = actors;
                recipient = asked == null || askers.stream().anyMatch(a -> ParticipantChecks.same(a, asked)) ? null : asked;
            }
            int claim = r.category().equals("ASSAULT") && last > first && t.get(first + 1).word().equalsIgnoreCase("responsibility")
                    && Moods.lemma(t.get(first)).equals("claim") ? first : -1;
            Mention claimedFor = claim >= 0 ? participants.claimedFor(claim, actors.isEmpty() ? null : actors.get(0)) : null;
            if (claimedFor != null) { // "Taliban spokesman X claimed responsibility ... on behalf of the ousted Islamists"
                actors = List.of(claimedFor);
                recipient = recipient != null && ParticipantChecks.same(recipient, claimedFor) ? null : recipient;
            }
            actors = actors.stream().map(participants::withOwner).map(participants::pronounOwned).toList();
            List<Mention> pair = actors.size() == 1 ? namedPair(actors.get(0), recipient) : List.of();
            if (!pair.isEmpty()) { // "Sanader met his Libyan counterpart, Shukri Ghanem, and the two leaders pledged"
                actors = pair.subList(0, 1);
                recipient = recipient == null && pair.size() == 2 ? pair.get(1) : recipient;
            }
            recipient = recipient == null && r.category().equals("PROTEST") ? protestedAfter(last, actors) : recipient;
            recipient = recipient == null && r.category().equals("AID") ? helpedAfter(last, actors) : recipient;
            recipient = participants.withOwner(recipient);
            Mention[] sides = Categories.SYMMETRIC.contains(r.category()) ? participants.nationalSides(actors, recipient) : null;
            if (sides != null) {
                actors = List.of(sides[0]);
                recipient = sides[1];
            }
            if (r.category().equals("SANCTION") && recipient == null && !actors.isEmpty() && withdrawnSupport(first, last)) {
                recipient = abandoned(first, last, actors); // "the government was voted out after the Congress party withdrew support"
            }
            if (!r.nominal() && first > 0 && t.get(first - 1).word().equalsIgnoreCase("as") && last + 2 < t.size()
                    && t.get(last + 1).word().equals("by") && t.get(head).pos().equals("VBN")) {
                Mention agent = participants.objectAt(last + 2, t.size(), 5); // "air strikes, as called for by Defense Minister Amir Peretz"
                if (agent != null) {
                    actors = List.of(agent);
                    recipient = recipient != null && ParticipantChecks.same(recipient, agent) ? null : recipient;
                }
            }
            if (r.category().equals("COERCE") && "seize".equals(r.mode()) && recipient != null && origin(recipient)) {
                recipient = null; // "seized 3 tons of cocaine from Colombia": where the goods came from, not whose they were
            }
            if (r.category().equals("COERCE") && r.nominal() && recipient == null && actors.isEmpty()
                    && Set.of("year", "month", "stint").contains(Moods.lemma(t.get(head)).toLowerCase(Locale.ROOT))) {
                int given = first - 1;
                while (given > 0 && Set.of("DT", "JJ", "CD", "HYPH", "NN").contains(t.get(given).pos()) && mentionOf[given] == null) {
                    given--;
                }
                if (given > 0 && Set.of("earn", "give", "cost", "win").contains(Moods.lemma(t.get(given - 1)))
                        && (t.get(given).pos().equals("PRP") || mentionOf[given] != null)) {
                    recipient = participants.objectAt(given, t.size(), 3); // "which earned him a four-month stint in prison"
                } else {
                    List<Mention> held = participants.subject(first, lo); // "Anwar was freed in September 2004 after six years behind bars"
                    recipient = held.isEmpty() || !Participants.ACTOR_TYPES.contains(held.get(0).type()) ? null : held.get(0);
                }
            }
            if (r.category().equals("COERCE") && "seize".equals(r.mode()) && recipient == null) {
                recipient = ownerOfSeized(first, last, actors); // "the seizure of 1.2 million Swiss francs ... from a Cuban-American"
            }
            if (r.category().equals("CONSULT") && r.nominal() && actors.isEmpty() && recipient != null) {
                int said = reportedAt(first);
                List<Mention> speaker = said < 0 ? List.of() : participants.subject(said, lo);
                if (!speaker.isEmpty() && !ParticipantChecks.same(speaker.get(0), recipient)) {
                    actors = speaker; // "Khamenei was quoted as saying at a meeting with visiting Iraqi President Jalal Talabani"
                }
            }
            if (r.category().equals("CONSULT") && !"visit".equals(r.mode()) && recipient != null && located(recipient)) {
                recipient = null; // "OPEC ministers were meeting in the Nigerian capital Abuja": where they met, not whom
            }
            Mention imposer = r.category().equals("SANCTION") && !r.nominal() && head > first ? namedBefore(first) : null;
            if (imposer != null && (recipient == null || !ParticipantChecks.same(imposer, recipient))) {
                actors = List.of(imposer); // "Security Council sanctions imposed on Tehran": the Council imposed them
            }
            if (r.category().equals("SANCTION") && recipient == null && !actors.isEmpty()) {
                recipient = sanctioned(first, last, actors); // "Iran vowed to defy the Security Council's decision to impose sanctions"
            }
            if (r.category().equals("REQUEST") && recipient == null && !r.nominal()) {
                recipient = sidesOfWhatIsAsked(last, actors); // "called for unity among Latin American nations"
            }
            if (r.category().equals("REQUEST") && mood.passive() && actors.isEmpty() && recipient == null) {
                return null; // "have been asked to take", "being ordered to pay": asked by no one named of no one named
            }
            if (r.category().equals("RETREAT") && recipient == null && mood.passive() && first < head && mentionOf[first] != null
                    && Participants.ACTOR_TYPES.contains(mentionOf[first].type()) && actors.stream().noneMatch(a -> a == mentionOf[first])) {
                recipient = mentionOf[first]; // "at least 15 hostages of the mass kidnapping were released": the match opens with those freed
            }
            if (r.category().equals("AID") && mood.passive() && !r.nominal() && actors.isEmpty() && !"asylum".equals(r.mode())
                    && (recipient == null || recipient.type() == MentionType.GROUP)) {
                return null; // "was given additional funding", "are granted mortgage loans": given by no one named to no state or body
            }
            if (r.category().equals("AID") && recipient == null && BUDGETING.contains(Moods.lemma(t.get(head)))
                    && placeGivenTo(last) == null) {
                return null; // "the government has allocated 198 billion kwacha for": a budget, not aid to someone
            }
            if (r.category().equals("ACCUSE") && recipient == null && Moods.lemma(t.get(head)).equals("blame")) {
                return null; // "Ota blamed rainy weather for the weak data": blaming things accuses no one
            }
            if (r.category().equals("SUPPORT") && recipient == null && !afterBe(head) && t.get(head).pos().equals("VBN")
                    && (t.get(last).word().equals("by") || last + 1 < t.size() && t.get(last + 1).word().equals("by"))) {
                return null; // "bonds backed by Qantas' fleet", "a raid supported by warplanes": a reduced relative backing no party
            }
            boolean betweenStates = !actors.isEmpty() && actors.get(0).type() == MentionType.COUNTRY
                    && recipient != null && recipient.type() == MentionType.COUNTRY; // "Egypt signed a contract with Kazakhstan"
            if (r.category().equals("AGREE") && Commerce.deal(t, first, last) && !betweenStates) {
                return null; // a firm's contract is business, not a political agreement
            }
            Span trigger = new Span(t.get(first).begin(), t.get(last).end());
            double confidence = (r.nominal() ? 0.7 : 0.8) - (actors.isEmpty() ? 0.2 : 0) - (recipient == null ? 0.05 : 0);
            if (modality == Modality.HYPOTHETICAL) {
                confidence *= 0.5;
            }
            List<Mention> described = actors;
            actors = actors.stream().map(a -> {
                Mention name = anchorOfApposition(a);
                return name == null || described.contains(name) ? a : name; // "Sam Rainsy, the president of the KNP who organized"
            }).toList();
            Mention anchor = anchorOfApposition(recipient);
            if (anchor != null && actors.stream().noneMatch(a -> ParticipantChecks.same(a, anchor))) {
                recipient = anchor; // "Zarqawi, the top militant wanted in Iraq by the United States": the one named
            }
            recipient = occupants(recipient);
            recipient = placeNamedAfter(recipient);
            Mention place = circumstances.place(r.category(), head, actors, recipient);
            if (place != null && Circumstances.placeNeedsParse(r.category()) && !circumstances.plainlyInClause(head, place)) {
                // (the parse only narrows the places found, and one in the trigger's plain clause stays)
                place = circumstances.place(r.category(), head, actors, recipient, dependencies());
            }
            recipient = recipient == null && modality == Modality.ASSERTED ? participants.described.visited(h, t, last, place) : recipient;
            if (r.category().equals("CONSULT") && "visit".equals(r.mode()) && r.nominal() && actors.isEmpty() && last + 2 < t.size()
                    && t.get(last + 1).word().equals("of") && Set.of("visit", "visits", "trip", "tour").contains(t.get(last).word())) {
                Mention visitor = participants.objectAt(last + 2, t.size(), 4); // "the second visit of an Iraqi president to France"
                if (visitor != null) {
                    actors = List.of(visitor);
                    int to = last + 2;
                    while (to < t.size() && t.get(to).begin() < visitor.end()) {
                        to++;
                    }
                    recipient = to + 1 < t.size() && t.get(to).word().equals("to") ? participants.objectAt(to + 1, t.size(), 4) : null;
                    recipient = recipient == null && to + 1 < t.size() && t.get(to).word().equals("to") && mentionOf[to + 1] != null
                            && mentionOf[to + 1].type() == MentionType.COUNTRY ? mentionOf[to + 1] : recipient;
                }
            }
            if (r.category().equals("CONSULT") && recipient != null && new ObjectFinder(participants).companion(recipient)) {
                recipient = null; // "arrived at Kansai International Airport with his 60-year-old wife Tetsuyo": who came along
            }
            if (r.category().equals("CONSULT") && "visit".equals(r.mode())) {
                recipient = Visits.countryVisited(t, mentionOf, head, last, recipient); // the country, not the town arrived in
                if (recipient == null && modality == Modality.ASSERTED) {
                    recipient = Visits.hostNamed(mentionOf, place); // "visited Qingdao, a port city in east China's Shandong"
                }
                if (recipient == null && modality == Modality.ASSERTED) {
                    recipient = Visits.stayedIn(t, mentionOf, place, first); // "is in Singapore for a four-day state visit"
                }
                if (recipient == null && modality == Modality.ASSERTED) {
                    recipient = Visits.nationDescribed(t, mentionOf, first, last, actors); // "during a visit to the crisis-wracked nation"
                }
            }
            if (r.category().equals("CONSULT") && "visit".equals(r.mode())
                    && (Visits.ofAPlace(t, last, recipient) || Visits.visitorNamed(t, head, recipient))) {
                return null; // "paid a visit to the institute", "visited Yasukuni Shrine": a place, not a party met
            }
            if (r.category().equals("CONSULT") && "visit".equals(r.mode()) && !actors.isEmpty()
                    && actors.stream().allMatch(a -> Visits.privateTravellers(a) || Visits.travellersNamedAfter(t, a))) {
                return null; // "Pakistanis visiting India", "three men ... have arrived in Albania": travel, not a meeting
            }
            if (r.category().equals("REQUEST") && recipient != null && forcesAskedFor(last, recipient)) {
                recipient = null; // "appealed for more troops", "asked for 5,000 soldiers": what is asked for, not whom
            }
            final Mention target = recipient;
            if (target != null && !Categories.SYMMETRIC.contains(r.category())
                    && actors.stream().anyMatch(a -> ParticipantChecks.same(a, target))) {
                // one-way acts only: a meeting or an agreement lists both its sides as actors ("Roh and Bush agreed")
                List<Mention> others = actors.stream().filter(a -> !ParticipantChecks.same(a, target)).toList();
                if (others.isEmpty()) {
                    recipient = null; // "the World Council complain that they": no party acts on itself
                } else {
                    actors = others;
                }
            }
            boolean placeTaken = r.category().equals("COERCE") && !r.nominal() && recipient != null
                    && TAKING.contains(Moods.lemma(t.get(head))) && (recipient.type() == MentionType.CITY
                    || recipient.type() == MentionType.COUNTRY || recipient.type() == MentionType.PLACE);
            if (placeTaken) { // "Lubumbashi ... was captured by the rebels": a place taken by force, not a person arrested
                return new EventMention(trigger, "ASSAULT", null, first(actors), actors, recipient, circumstances.time(head), null,
                        List.of(), statement(trigger), modality, round(confidence));
            }
            if (r.category().equals("ASSAULT") && recipient != null && INCURSIONS.contains(Moods.lemma(t.get(head)))
                    && (recipient.type() == MentionType.CITY || recipient.type() == MentionType.PLACE)) {
                place = place != null ? place : recipient; // "stormed the city of Ramallah": where the raid went, not whom it hit
                recipient = null;
            }
            return new EventMention(trigger, r.category(), Triggers.mode(h, t), first(actors), actors, recipient,
                    circumstances.time(head), place,
                    circumstances.amounts(r.category(), first, last),
                    statement(trigger), modality, round(confidence));
        }

        /**
         * The region or country money goes to, right after a "to" or "for" within eight words after the trigger ending at
         * {@code last} ("earmarked 50 million euros for Darfur"); null when none.
         */
        private Mention placeGivenTo(int last) {
            for (int i = last + 1; i + 1 < t.size() && i <= last + 8; i++) {
                if (ParticipantChecks.isBoundary(t.get(i))) {
                    return null;
                }
                if (t.get(i).word().equals("to") || t.get(i).word().equals("for")) {
                    int j = t.get(i + 1).word().equalsIgnoreCase("the") ? i + 2 : i + 1;
                    Mention m = j < t.size() ? mentionOf[j] : null;
                    return m != null && (m.type() == MentionType.PLACE || m.type() == MentionType.COUNTRY) ? m : null;
                }
            }
            return null;
        }

        /**
         * Whether {@code recipient} is a counted party right after the "for" that ends the trigger at {@code last} or
         * follows it ("appealed for more troops", "asked for 5,000 soldiers", "called for additional peacekeepers"),
         * with no "to" after it but a passive's ("more peacekeepers to be sent"): the forces asked for, not the one asked
         * ("called for Iran to stop" stays Iran's).
         */
        private boolean forcesAskedFor(int last, Mention recipient) {
            int i = t.get(last).word().equalsIgnoreCase("for") ? last + 1
                    : last + 1 < t.size() && t.get(last + 1).word().equalsIgnoreCase("for") ? last + 2 : -1;
            if (i < 0 || i + 1 >= t.size() || !(COUNTING.contains(t.get(i).word().toLowerCase(Locale.ROOT))
                    || t.get(i).pos().equals("CD"))) {
                return false;
            }
            int end = i + 1;
            while (end < t.size() && mentionOf[end] == recipient) {
                end++;
            }
            return mentionOf[i + 1] == recipient && recipient.type() == MentionType.GROUP
                    && (end + 1 >= t.size() || !t.get(end).word().equals("to") || t.get(end + 1).word().equals("be"));
        }

        /** Words that count what is asked for ("more troops"). */
        private static final Set<String> COUNTING = Set.of("more", "additional", "extra", "further", "fresh", "new");

        /**
         * "called for more coordination between health and education departments", "called for unity among Latin
         * American nations": the first party a "between" or "among" names inside the thing asked for, right after the
         * verb's "for" (no verb before it), unless it is the actor; else null. Those asked to do it are its sides.
         */
        private Mention sidesOfWhatIsAsked(int last, List<Mention> actors) {
            int from = last + 1;
            if (t.get(last).word().equalsIgnoreCase("for")) {
                from = last + 1;
            } else if (from < t.size() && t.get(from).word().equalsIgnoreCase("for")) {
                from++;
            } else {
                return null;
            }
            for (int i = from; i < Math.min(t.size() - 1, from + 7); i++) {
                Token k = t.get(i);
                if (ParticipantChecks.isBoundary(k) || k.pos().startsWith("VB") || k.pos().equals("WDT") || k.word().equals("to")) {
                    return null;
                }
                if (k.word().equals("between") || k.word().equals("among")) {
                    List<Mention> pair = k.word().equals("between") ? participants.phrases.between(i, t.size()) : List.of();
                    Mention m = !pair.isEmpty() ? pair.get(0) : k.word().equals("among") ? participants.phrases.among(i - 1, t.size()) : null;
                    return m == null || actors.stream().anyMatch(a -> ParticipantChecks.same(a, m)) ? null : m;
                }
            }
            return null;
        }

        /**
         * "the two leaders", "the two countries": the parties of that kind the sentence names elsewhere, first the one
         * named first (at most two), when {@code m} is such a pair; else empty. Leaders and men are persons; countries,
         * nations, states and governments are countries or their peoples.
         */
        private List<Mention> namedPair(Mention m, Mention recipient) {
            String text = m.text().toLowerCase(Locale.ROOT);
            int at = -1;
            for (int i = 0; i < t.size() && at < 0; i++) {
                at = mentionOf[i] == m ? i : -1;
            }
            boolean two = text.startsWith("two ") || at >= 1 && t.get(at - 1).word().equalsIgnoreCase("two");
            String noun = text.substring(text.lastIndexOf(' ') + 1);
            Set<MentionType> kinds = PAIR_OF_PERSONS.contains(noun) ? Set.of(MentionType.PERSON)
                    : PAIR_OF_STATES.contains(noun) ? Set.of(MentionType.COUNTRY, MentionType.NATIONALITY) : Set.of();
            if (!two || kinds.isEmpty()) {
                return List.of();
            }
            List<Mention> named = new ArrayList<>();
            for (int i = 0; i < t.size() && named.size() < 2; i++) {
                Mention k = mentionOf[i];
                if (k != null && k != m && kinds.contains(k.type()) && !named.contains(k)
                        && named.stream().noneMatch(x -> ParticipantChecks.same(x, k))
                        && (recipient == null || !ParticipantChecks.same(recipient, k))) {
                    named.add(k);
                }
            }
            return named;
        }

        /**
         * "Security Council sanctions", "US financial sanctions": the party named right before the noun at {@code first},
         * past its adjectives; or null.
         */
        private Mention namedBefore(int first) {
            int i = first - 1;
            while (i > 0 && mentionOf[i] == null && t.get(i).pos().startsWith("JJ")) {
                i--;
            }
            Mention m = i >= 0 ? mentionOf[i] : null;
            return m != null && Participants.ACTOR_TYPES.contains(m.type()) && m.type() != MentionType.CITY
                    && m.type() != MentionType.PLACE ? m : null;
        }

        /**
         * "Lubumbashi, Zaire's second city and its economic hub, which was captured", "Eastern Slavonia, captured by Serbs":
         * the place a relative clause or a participle after a comma opens on, for the passive at {@code first}; the
         * nearest place named before it that owns nothing ("Zaire's" is not the city taken); or null.
         */
        private Mention placeBeforeRelative(int first) {
            int i = first - 1;
            while (i > 0 && (Moods.lemma(t.get(i)).equals("be") || Moods.lemma(t.get(i)).equals("have") || t.get(i).pos().startsWith("RB"))) {
                i--;
            }
            if (i < 1 || !(t.get(i).word().equalsIgnoreCase("which") || t.get(i).word().equals(",") && i == first - 1)) {
                return null;
            }
            for (int j = i - 1; j >= Math.max(0, i - 15); j--) {
                Mention m = mentionOf[j];
                if (t.get(j).pos().startsWith("VB") && !t.get(j).pos().equals("VBN")) {
                    return null;
                }
                boolean owner = j + 1 < t.size() && t.get(j + 1).pos().equals("POS");
                if (m != null && !owner && (m.type() == MentionType.CITY || m.type() == MentionType.COUNTRY || m.type() == MentionType.PLACE)) {
                    return m;
                }
            }
            return null;
        }

        /**
         * "returned fire and ... searched for the attackers", "returned fire, but apparently missed his assailants": fire
         * returned is fired at those who attacked first, named later in the sentence; or null.
         */
        private Mention assailantAfter(int last) {
            for (int i = last + 1; i < t.size(); i++) {
                if (mentionOf[i] != null && mentionOf[i].type() == MentionType.GROUP
                        && ASSAILANTS.contains(t.get(i).word().toLowerCase(Locale.ROOT))) {
                    return mentionOf[i];
                }
            }
            return null;
        }

        /**
         * "the Taliban were toppled in a US-led offensive", "was ousted in a coup": the one a passive of removal tells
         * of, when the attack or coup told by the noun at {@code first} is how it was removed; or null.
         */
        private Mention ousted(int first, int lo, List<Mention> actors) {
            int i = first - 1;
            while (i > lo && i > first - 7 && !t.get(i).pos().equals("IN") && !FINITE.contains(t.get(i).pos())) {
                i--;
            }
            if (i - 1 <= lo || !OUSTING_WAYS.contains(t.get(i).word().toLowerCase(Locale.ROOT)) || !t.get(i - 1).pos().equals("VBN")
                    || !OUSTING.contains(Moods.lemma(t.get(i - 1)))) {
                return null;
            }
            List<Mention> removed = participants.subject(i - 1, lo);
            return removed.isEmpty() || actors.stream().anyMatch(a -> ParticipantChecks.same(a, removed.get(0))) ? null : removed.get(0);
        }

        /**
         * "hailed the government of China for initiating an aid package", "thanked Japan for its assistance": the one a
         * verb of judging holds for the deed whose noun opens at {@code first}, after "for" and a gerund or a possessive
         * pronoun; or null.
         */
        private Mention judgedForNoun(int first) {
            int j = first - 1;
            while (j > 0 && mentionOf[j] == null && Set.of("DT", "JJ", "CD", "NN", "HYPH").contains(t.get(j).pos()) && first - j < 5) {
                j--;
            }
            if (j >= 2 && t.get(j).pos().equals("VBG") && t.get(j - 1).word().equalsIgnoreCase("for")) {
                Mention one = judgedOne(j);
                int end = -1;
                for (int i = 0; i < t.size(); i++) {
                    end = one != null && mentionOf[i] == one ? i : end;
                }
                boolean ofState = one != null && one.type() == MentionType.GROUP && end + 2 < t.size() && t.get(end + 1).word().equals("of")
                        && mentionOf[end + 2] != null && Set.of(MentionType.COUNTRY, MentionType.ORGANISATION).contains(mentionOf[end + 2].type());
                return ofState ? mentionOf[end + 2] : one; // "the government of China": China
            }
            if (j < 2 || !t.get(j).pos().equals("PRP$") || !t.get(j - 1).word().equalsIgnoreCase("for")) {
                return null;
            }
            int verb = Moods.judgingVerb(t, j - 1);
            if (verb < 0 || !t.get(verb).pos().startsWith("VB") || t.get(verb).pos().equals("VBN")) {
                return null;
            }
            for (int i = verb + 1; i < j - 1; i++) {
                if (mentionOf[i] != null && Participants.ACTOR_TYPES.contains(mentionOf[i].type())) {
                    return mentionOf[i]; // "thanked Japan for its assistance"
                }
            }
            return null;
        }

        /**
         * "criticized the United States for imposing economic sanctions", "praised Spain for donating", "arrested 24
         * students for calling for": the one a verb of judging holds for the deed told by the participle at {@code first},
         * the verb's object; or null.
         */
        private Mention judgedOne(int first) {
            if (first >= 3 && t.get(first).pos().equals("VBG") && t.get(first - 1).word().equals("and")) {
                for (int g = first - 2; g >= Math.max(1, first - 12); g--) { // "for calling for a boycott ... and demanding"
                    if (Set.of(";", ":", ",").contains(t.get(g).word()) || t.get(g).pos().startsWith("VB") && !t.get(g).pos().equals("VBG")) {
                        break;
                    }
                    if (t.get(g).pos().equals("VBG")) {
                        return t.get(g - 1).word().equalsIgnoreCase("for") ? judgedOne(g) : null;
                    }
                }
            }
            if (first < 2 || !t.get(first).pos().equals("VBG") || !t.get(first - 1).word().equalsIgnoreCase("for")) {
                return null;
            }
            int verb = Moods.judgingVerb(t, first - 1);
            if (verb < 0 || !t.get(verb).pos().startsWith("VB")) {
                return null; // "are behind bars for killing": the clause's subject
            }
            if (verb + 1 < first - 1 && Set.of("him", "her", "them").contains(t.get(verb + 1).word().toLowerCase(java.util.Locale.ROOT))) {
                return pronouns.resolve(t.get(verb + 1)); // "jailed him for murdering": the one jailed, not the court
            }
            if (t.get(verb).pos().equals("VBN") && verb > 0 && mentionOf[verb - 1] != null
                    && Participants.ACTOR_TYPES.contains(mentionOf[verb - 1].type())) {
                return mentionOf[verb - 1]; // "a US marine sentenced to 40 years in jail for raping": the noun the participle follows
            }
            for (int i = verb + 1; i < first - 1; i++) {
                if (mentionOf[i] != null && Participants.ACTOR_TYPES.contains(mentionOf[i].type())) {
                    return mentionOf[i];
                }
            }
            return null;
        }

        /**
         * "The meeting endorsed", "the meeting unanimously agreed to", "This year's conference also called for": the
         * phrase of a meeting that opens the clause of the verb at {@code first} (past adverbs and auxiliaries), whose
         * participants take the decision together; or null.
         */
        private Mention meetingSubject(int first, int lo) {
            int j = first - 1;
            while (j > lo && (t.get(j).pos().startsWith("RB") || t.get(j).pos().equals("MD") || PASSIVE_AUXILIARIES.contains(word(j)))) {
                j--;
            }
            if (j < lo || j >= first || mentionOf[j] != null || !t.get(j).pos().equals("NN")
                    || !MEETING_NOUNS.contains(Moods.lemma(t.get(j)).toLowerCase(Locale.ROOT))) {
                return null;
            }
            int s = j;
            while (s - 1 >= lo && (mentionOf[s - 1] != null || Set.of("DT", "JJ", "CD", "POS", "NN", "NNP", "HYPH").contains(t.get(s - 1).pos()))) {
                s--;
            }
            boolean opens = s == 0 || s == lo || Set.of(",", "that", "--", ":").contains(t.get(s - 1).word().toLowerCase(Locale.ROOT));
            return opens ? participants.described.mention(new int[] {s, j}) : null;
        }

        /**
         * "quit in protest at the president's decision to deploy the army", "defy the UN Security Council's decision to
         * impose sanctions", "protesting a government decision to call for", "criticised the US insistence on supporting":
         * the owner of the decision, insistence or refusal whose infinitive or gerund starts at {@code first}, named or
         * possessive right before the noun; or null.
         */
        private Mention decisionOwner(int first) {
            boolean infinitive = first >= 3 && t.get(first - 1).word().equalsIgnoreCase("to");
            boolean gerund = first >= 3 && t.get(first).pos().equals("VBG") && t.get(first - 1).word().equalsIgnoreCase("on");
            if (!infinitive && !gerund || !WILLS.contains(Moods.lemma(t.get(first - 2)))) {
                return null;
            }
            int i = first - 3;
            while (i > 0 && mentionOf[i] == null && t.get(i).pos().startsWith("JJ")) {
                i--; // "its fierce criticism", "the government's final decision"
            }
            if (t.get(i).pos().equals("POS") && i > 0) {
                i--;
            }
            Mention owner = t.get(i).pos().equals("PRP$") ? null : mentionOf[i];
            return owner != null && (Participants.ACTOR_TYPES.contains(owner.type()) || owner.type() == MentionType.TITLE)
                    && owner.type() != MentionType.CITY && owner.type() != MentionType.PLACE ? owner : null;
        }

        /**
         * The name that a description mention {@code m} stands in apposition to ("Zarqawi, the top militant", "Lebanon's
         * Hezbollah, a group branded"): a person, organisation or country right before the comma that opens the
         * description; null when {@code m} is a name itself or follows no such comma.
         */
        private Mention anchorOfApposition(Mention m) {
            if (m == null || !(m.type() == MentionType.TITLE || m.type() == MentionType.GROUP || m.type() == MentionType.DESCRIPTION)) {
                return null;
            }
            int i = 0;
            while (i < t.size() && mentionOf[i] != m) {
                i++;
            }
            int after = i;
            while (after < t.size() && (mentionOf[after] == m || t.get(after).pos().startsWith("RB"))) {
                after++;
            }
            if (after < t.size() && Set.of("VBD", "VBZ", "VBP", "MD").contains(t.get(after).pos())) {
                return null; // "..., the council also welcomed": the subject of its own clause, not an apposition
            }
            for (int j = i - 1; j >= Math.max(1, i - 8) && i < t.size(); j--) {
                Token k = t.get(j);
                if (k.word().equals(",")) {
                    boolean opening = t.get(0).pos().equals("IN") || t.get(0).pos().equals("VBG");
                    for (int c = 1; c < j && opening; c++) {
                        opening = !t.get(c).word().equals(",");
                    }
                    if (opening) {
                        return null; // "In the battle for control of Volkswagen, the regional authorities": an opening phrase ends there
                    }
                    Mention named = mentionOf[j - 1];
                    return named != null && named != m && (named.type() == MentionType.PERSON || named.type() == MentionType.ORGANISATION
                            || named.type() == MentionType.COUNTRY) && (j + 1 == i || !t.get(j + 1).pos().startsWith("VB")) ? named : null;
                }
                boolean modifier = mentionOf[j] != null && (mentionOf[j].type() == MentionType.NATIONALITY
                        || mentionOf[j].type() == MentionType.COUNTRY && mentionOf[j + 1] != mentionOf[j]); // "a Canadian citizen", "a close US ally"
                if (mentionOf[j] != null && !modifier || !(k.pos().equals("DT") || k.pos().startsWith("JJ") || k.pos().startsWith("NN") || k.pos().equals("CD")
                        || k.pos().equals("HYPH"))) {
                    return null;
                }
            }
            return null;
        }

        /** Whether the trigger from {@code first} to {@code last} tells support or backing withdrawn ("withdrew its support"). */
    private boolean withdrawnSupport(int first, int last) {
        if (!Moods.lemma(t.get(first)).equals("withdraw")) {
            return false;
        }
        String noun = t.get(last).word().toLowerCase(Locale.ROOT);
        return noun.equals("support") || noun.equals("backing");
    }

    /**
     * The party left without the support the clause at {@code first} withdraws, when that clause follows "after" or
     * "when" and says from whom no further: the main clause's subject ("the United Front government was voted out of
     * power after the Congress party withdrew support", "Deve Gowda was reduced to a minority after the Congress
     * withdrew its backing"); null otherwise.
     */
    private Mention abandoned(int first, int last, List<Mention> actors) {
        if (last + 1 < t.size() && Set.of("from", "to", "for").contains(t.get(last + 1).word())) {
            return null;
        }
        for (int i = first - 1; i >= 0 && first - i <= 8; i--) {
            String w = t.get(i).word().toLowerCase(Locale.ROOT);
            if (w.equals("after") || w.equals("when")) {
                if (i == 0) {
                    return null;
                }
                List<Mention> main = participants.subject(i, 0);
                Mention m = main.isEmpty() ? null : main.get(0);
                return m == null || actors.stream().anyMatch(a -> ParticipantChecks.same(a, m)) ? null : m;
            }
            if (w.equals(",") || w.equals(";") || t.get(i).pos().startsWith("VB")) {
                return null;
            }
        }
        return null;
    }

    /**
     * The party a sanction with no named target falls on: the sentence's first party other than those imposing it and
     * outside the trigger's words ("North Korea insisted that UN sanctions imposed after its nuclear test must be
     * lifted", "Under UN sanctions, flights in and out of Libya are prohibited"). The pool names a target for nine in
     * ten of its sanctions, most often the one the sentence is about.
     */
    private Mention sanctioned(int first, int last, List<Mention> actors) {
        for (int i = 0; i < t.size(); i++) {
            Mention m = mentionOf[i];
            if (m == null || i >= first && i <= last || !Participants.ACTOR_TYPES.contains(m.type())) {
                continue;
            }
            int next = i;
            while (next < t.size() && mentionOf[next] == m) {
                next++;
            }
            while (next < t.size() && (t.get(next).pos().startsWith("RB") || t.get(next).pos().equals("MD"))) {
                next++;
            }
            boolean speaker = next < t.size() && t.get(next).pos().startsWith("VB")
                    && Set.of("say", "tell", "add", "note", "announce", "do").contains(Moods.lemma(t.get(next)));
            if (!speaker && actors.stream().noneMatch(a -> ParticipantChecks.same(a, m) || a.begin() <= m.begin() && m.end() <= a.end())) {
                return m; // not the one who tells of it ("Aso said the two nations agreed that sanctions")
            }
            i = next - 1;
        }
        return null;
    }

    /** Texts put to a vote or a body, whose participle says what they would say. */
    private static final Set<String> TEXTS = Set.of("resolution", "motion", "draft", "text", "bill", "declaration");
    /** Verbs by which a text is adopted, so that what it says is said. */
    private static final Set<String> ADOPTING = Set.of("adopt", "pass", "approve", "vote", "endorse", "make", "issue", "carry",
            "accept", "unanimously", "sign", "publish", "release");

    /**
     * Whether the participle at {@code head} follows a text ("a draft resolution criticising Israel") that a verb other than
     * one of adopting governs ("vetoed", "blocked", "plans to sponsor", "muster support for", "failed to reach consensus
     * on"); a text that is the subject, or that nothing governs, or that was adopted, made or tabled says what it says.
     */
    private boolean textNotAdopted(int head) {
        if (head < 1 || !TEXTS.contains(Moods.lemma(t.get(head - 1))) || !t.get(head - 1).pos().startsWith("NN")) {
            return false;
        }
        for (int i = head - 2; i >= Math.max(0, head - 10); i--) {
            Token k = t.get(i);
            if (k.pos().startsWith("VB")) {
                return !ADOPTING.contains(Moods.lemma(k));
            }
            if (!(k.pos().startsWith("NN") || k.pos().startsWith("JJ") || k.pos().equals("DT") || k.pos().equals("POS")
                    || k.pos().equals("PRP$") || k.pos().equals("CD") || k.pos().equals("HYPH") || k.pos().equals("IN")
                    || k.pos().startsWith("RB"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the gerund at {@code head} is what a verb of seeing or spending time has its object do ("saw him meeting",
     * "saw the LTTE and the government meeting", "spent Saturday urging") or what a report is quoted "as" doing ("quoted a
     * review as urging"): within eight tokens back, past its object's words, a finite or participial form of see or spend,
     * or "as" after "quote" or "describe".
     */
    /** The verb of seeing before the bare verb at {@code head} ({@link #seenDoing}), or -1. */
    private int seenVerb(int head) {
        for (int i = head - 1; i >= Math.max(0, head - 8); i--) {
            if (t.get(i).pos().startsWith("VB") && Set.of("see", "watch").contains(Moods.lemma(t.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the verb of seeing before the bare verb at {@code head} ({@link #seenDoing}) tells what took place: "saw", "has seen". */
    private boolean seenPast(int head) {
        for (int i = head - 1; i >= Math.max(0, head - 8); i--) {
            Token k = t.get(i);
            if (k.pos().startsWith("VB") && Set.of("see", "watch").contains(Moods.lemma(k))) {
                return k.pos().equals("VBD") || k.pos().equals("VBN") && i > 0 && Set.of("has", "have", "had").contains(t.get(i - 1).word().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return false;
    }

    private boolean seenDoing(int head) {
        for (int i = head - 1; i >= Math.max(0, head - 8); i--) {
            Token k = t.get(i);
            String lemma = Moods.lemma(k);
            if (k.pos().startsWith("VB") && (lemma.equals("see") || lemma.equals("spend") || lemma.equals("watch"))) {
                return i < head - 1; // an object between: "saw him meeting", not "seeing meeting"
            }
            if (k.word().equalsIgnoreCase("as") && i > 0) {
                for (int j = i - 1; j >= Math.max(0, i - 10); j--) {
                    if (t.get(j).pos().startsWith("VB") && Moods.lemma(t.get(j)).equals("quote")) {
                        return true;
                    }
                }
                return false;
            }
            if (!(k.pos().startsWith("NN") || k.pos().startsWith("PRP") || k.pos().equals("DT") || k.pos().startsWith("JJ")
                    || k.pos().equals("CD") || k.pos().equals("CC") || k.pos().equals("POS"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Prime Minister Dominique de Villepin -- accused of using the affair", "Pinochet, accused of fraud": the name a
     * reduced passive "accused" right after it (or after a comma or a dash) describes; null otherwise.
     */
    private Mention accusedBefore(int first) {
        int b = first - 1;
        if (b > 0 && Set.of(",", "--", "-").contains(t.get(b).word())) {
            b--;
        }
        Mention m = b >= 0 ? mentionOf[b] : null;
        return m != null && Participants.ACTOR_TYPES.contains(m.type()) && m.type() != MentionType.NATIONALITY ? m : null;
    }

    /**
     * "Among those accused of murder are Staff Sergeant Frank Wuterich", "Others accused of murder are Sergeant Sanick Dela
     * Cruz": the party an inverted copula names after the accused ones it stands for ("those", "others"); null otherwise.
     */
    private Mention accusedNamedAfter(int first, int last) {
        if (first < 1 || !Set.of("those", "others").contains(t.get(first - 1).word().toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        for (int i = last + 1; i + 1 < Math.min(t.size(), last + 16); i++) {
            Token k = t.get(i);
            if (Set.of(";", ":").contains(k.word()) || k.pos().startsWith("VB") && !k.pos().equals("VBG") && !k.pos().equals("VBN")
                    && !Moods.lemma(k).equals("be") && !Moods.lemma(k).equals("include")) {
                return null;
            }
            if (Moods.lemma(k).equals("be") || Moods.lemma(k).equals("include")) {
                return participants.objectAt(i + 1, t.size(), 4);
            }
        }
        return null;
    }

    /** Buildings and grounds whose occupants a raid or storming targets ("stormed a house where"). */
    private static final Set<String> OCCUPIED = Set.of("building", "house", "home", "compound", "residence", "office",
            "camp", "hideout", "apartment", "flat", "mosque", "church", "hotel", "farm", "villa", "headquarters");

    /** Fights that two sides wage on each other. */
    private static final Set<String> MUTUAL_FIGHTS = Set.of("clash", "clashes", "fighting", "battle", "battles", "skirmish",
            "skirmishes", "firefight", "gunbattle", "gunfight", "exchange", "confrontation");

    /** Categories whose passive subject may be a party's thing, which stands for the party ("France's stance"). */
    private static final Set<String> JUDGED_THINGS = Set.of("SUPPORT", "REJECT", "ACCUSE");

    /**
     * "Stuchiner's application for the court to pay legal costs was rejected": the party whose possessive opens the
     * clause at {@code lo}, when its common noun heads a phrase running without a verb of its own up to token {@code end};
     * or null.
     */
    private Mention openingOwner(int end, int lo) {
        int s = Math.max(lo, 0);
        Mention owner = mentionOf[s];
        if (owner == null || !Participants.ACTOR_TYPES.contains(owner.type()) || owner.type() == MentionType.PLACE) {
            return null;
        }
        int e = s;
        while (e + 1 < t.size() && mentionOf[e + 1] == owner) {
            e++;
        }
        if (e + 2 >= end || !t.get(e + 1).pos().equals("POS") || !t.get(e + 2).pos().startsWith("NN") || mentionOf[e + 2] != null) {
            return null;
        }
        for (int j = e + 3; j <= end; j++) {
            String p = t.get(j).pos();
            if (Set.of("VBD", "VBZ", "VBP", "MD").contains(p) || t.get(j).word().equals(",") || ParticipantChecks.isBoundary(t.get(j))) {
                return null;
            }
        }
        return owner;
    }

    /**
     * "France's stance is supported by Germany": the possessor of the common noun that is the subject of the passive at
     * {@code first} (past auxiliaries and adverbs), or null.
     */
    private Mention possessorOfSubject(int first, int lo) {
        int i = first - 1;
        while (i > lo && (t.get(i).pos().startsWith("RB") || t.get(i).pos().equals("MD")
                || t.get(i).pos().startsWith("VB") && Set.of("be", "have").contains(Moods.lemma(t.get(i))))) {
            i--;
        }
        if (i == first - 1 || i <= lo || mentionOf[i] != null || !t.get(i).pos().startsWith("NN") || t.get(i).pos().startsWith("NNP")) {
            return null;
        }
        Mention opening = openingOwner(i, lo);
        if (opening != null) {
            return opening; // "Stuchiner's application for the court to pay legal costs was rejected"
        }
        while (i > lo && mentionOf[i - 1] == null && (t.get(i - 1).pos().startsWith("JJ") || t.get(i - 1).pos().equals("NN"))) {
            i--;
        }
        if (i < lo + 2 || !t.get(i - 1).pos().equals("POS")) {
            return null;
        }
        Mention owner = mentionOf[i - 2];
        return owner != null && Participants.ACTOR_TYPES.contains(owner.type()) && owner.type() != MentionType.PLACE ? owner : null;
    }

    /** The last token of the party right before the request at {@code first}, past "and" or a comma. */
    private int askedEnd(int first) {
        int j = first - 1;
        if (j > 1 && t.get(j).word().equals("to") && t.get(j).pos().equals("TO")) {
            j--; // "telephoned Olmert on Monday to urge restraint"
            if (j > 1 && WEEKDAYS.contains(t.get(j).word())) {
                j -= t.get(j - 1).word().equals("on") ? 2 : 1;
            }
            return j;
        }
        if (j > 0 && t.get(j).word().equals("and")) {
            j--;
        }
        if (j > 0 && t.get(j).word().equals(",")) {
            j--;
        }
        return j;
    }

    /**
     * "met with Israeli Defense Minister Shaoul Mofaz and asked for", "met President Chandrika Kumaratunga asking to": the
     * verb of meeting or writing whose object, a party, stands right before the request at {@code first} (past "and" or a
     * comma), the one asked; -1 otherwise.
     */
    private int metBefore(int first) {
        int j = askedEnd(first);
        Mention asked = j >= 0 ? mentionOf[j] : null;
        if (asked == null || !Participants.ACTOR_TYPES.contains(asked.type())) {
            return -1;
        }
        int k = j;
        while (k >= 0 && mentionOf[k] != null) {
            k--; // past the chain of mentions that names the party ("Israeli Defense Minister Shaoul Mofaz")
        }
        if (k >= 0 && t.get(k).pos().equals("DT")) {
            k--;
        }
        if (k >= 0 && (t.get(k).word().equals("with") || t.get(k).word().equals("to"))) {
            k--;
        }
        return k >= 0 && t.get(k).pos().startsWith("VB") && MEETING_VERBS.contains(Moods.lemma(t.get(k))) ? k : -1;
    }

    /** Verbs of meeting or writing whose object a request right after them asks ({@link #metBefore}). */
    private static final Set<String> MEETING_VERBS = Set.of("meet", "visit", "receive", "write", "telephone", "phone", "call",
            "contact", "summon");
    /** Verbs of a raid into a place, which names where it went, not a party ("stormed Ramallah", "raided the village of"). */
    private static final Set<String> INCURSIONS = Set.of("raid", "storm");

    private static final Set<String> WEEKDAYS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    /** Whether mention {@code m} is a country, town or region right after "from". */
    private boolean origin(Mention m) {
        if (m.type() != MentionType.COUNTRY && m.type() != MentionType.CITY && m.type() != MentionType.PLACE) {
            return false;
        }
        for (int i = 1; i < t.size(); i++) {
            if (t.get(i).begin() == m.begin()) {
                return t.get(i - 1).word().equals("from");
            }
        }
        return false;
    }

    /** Whether a participle of holding ({@link #OWNING}) stands within five tokens before the "by" at {@code by}. */
    private boolean heldBefore(int by) {
        for (int i = by - 1; i >= Math.max(0, by - 5); i--) {
            if (t.get(i).pos().equals("VBN") && OWNING.contains(Moods.lemma(t.get(i)))) {
                return true;
            }
            if (ParticipantChecks.isBoundary(t.get(i))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Verbs of holding goods, whose agent owns them ("held in a local bank by cocaine traffickers", "owned by", "a pistol
     * and a rifle used by the bandits").
     */
    private static final Set<String> OWNING = Set.of("own", "hold", "keep", "control", "run", "store", "hide", "use", "carry",
            "possess", "stockpile", "smuggle");

    /** Buildings whose "of" names the one whose goods were seized in them ("in homes and offices of the two PKK members"). */
    private static final Set<String> PREMISES = Set.of("home", "homes", "house", "houses", "office", "offices", "residence",
            "residences", "premises", "warehouse", "warehouses", "shop", "shops");

    /**
     * The one whose goods a seizure took, named in the clause around the trigger ({@code first} to {@code last}): "from"
     * a party after it, goods "belonging to" or "held ... by" a party, or premises "of" a party; a town or region a
     * "from" names (or a country: "cocaine from Colombia") is where, not whose. Null when none is named.
     */
    private Mention ownerOfSeized(int first, int last, List<Mention> actors) {
        int lo = Math.max(0, first - 12);
        int hi = Math.min(t.size(), last + 24);
        for (int i = lo; i + 1 < hi; i++) {
            String w = t.get(i).word().toLowerCase(Locale.ROOT);
            int at = w.equals("from") && i > last ? i + 1
                    : w.equals("belonging") && t.get(i + 1).word().equals("to") ? i + 2
                    : w.equals("by") && (i < first || i > last) && heldBefore(i) ? i + 1
                    : PREMISES.contains(w) && t.get(i + 1).word().equals("of") && i > last ? i + 2 : -1;
            Mention m = at < 0 ? null : participants.objectAt(at, t.size(), 5);
            if (m != null && m.type() != MentionType.CITY && m.type() != MentionType.PLACE
                    && !(w.equals("from") && m.type() == MentionType.COUNTRY) // "cocaine from Colombia": where it came from
                    && actors.stream().noneMatch(a -> ParticipantChecks.same(a, m))) {
                return m;
            }
        }
        return null;
    }

    /** Whether a form of "be" stands right before the participle at {@code head} (past adverbs): "were warmly supported". */
    private boolean afterBe(int head) {
            int i = head - 1;
            while (i >= 0 && t.get(i).pos().startsWith("RB")) {
                i--;
            }
            return i >= 0 && Moods.lemma(t.get(i)).equals("be");
        }

        /**
         * The verb of saying whose phrase holds the meeting noun starting at {@code first} ("said at a meeting with", "told
         * reporters after his talks with", "was quoted as saying at the start of talks with": the verb "quoted"), or -1:
         * the one who spoke there met the other side.
         */
        private int reportedAt(int first) {
            for (int j = first - 1; j >= Math.max(0, first - 10); j--) {
                Token k = t.get(j);
                String p = k.pos();
                String lemma = Moods.lemma(k);
                if (p.startsWith("VB") && (lemma.equals("say") || lemma.equals("tell"))) {
                    if (p.equals("VBG") && j > 0 && t.get(j - 1).word().equalsIgnoreCase("as")) {
                        for (int q = j - 2; q >= Math.max(0, j - 10); q--) {
                            if (Moods.lemma(t.get(q)).equals("quote")) {
                                return q; // "was quoted by the Interfax news agency as saying"
                            }
                        }
                        return -1;
                    }
                    return p.equals("VBG") ? -1 : j;
                }
                boolean phrase = p.equals("IN") || p.equals("DT") || p.startsWith("JJ") || p.equals("CD") || p.startsWith("RB")
                        || p.equals("PRP$") || p.equals("POS") || (p.equals("NN") || p.equals("NNS")) && mentionOf[j] == null
                        || p.equals("PRP") && j > 0 && Moods.lemma(t.get(j - 1)).equals("tell") // "told them at"
                        || mentionOf[j] != null && j > 0 && Moods.lemma(t.get(j - 1)).equals("tell"); // "told Lee during"
                if (!phrase) {
                    return -1;
                }
            }
            return -1;
        }

        /**
         * Whether a town or a place is named after "in" or "at", past the words of its phrase ("in the Nigerian capital
         * Abuja", "at the White House"): the place of something, not a party to it.
         */
        private boolean located(Mention m) {
            if (m.type() != MentionType.CITY && m.type() != MentionType.PLACE) {
                return false;
            }
            int i = tokenAt(m.begin()) - 1;
            while (i > 0 && (t.get(i).pos().equals("DT") || t.get(i).pos().startsWith("JJ") || t.get(i).pos().startsWith("NN")
                    && mentionOf[i] == null || t.get(i).pos().equals(",") && mentionOf[i - 1] != null)) {
                i--;
            }
            return i >= 0 && Set.of("in", "at").contains(t.get(i).word().toLowerCase(java.util.Locale.ROOT));
        }

        /** Whether "I" or "we" is the subject right before the verb at {@code first} (past adverbs and auxiliaries). */
        private boolean firstPersonSubject(int first) {
            int i = first - 1;
            while (i >= 0 && (t.get(i).pos().startsWith("RB") || t.get(i).pos().equals("MD"))) {
                i--;
            }
            return i >= 0 && Set.of("i", "we").contains(t.get(i).word().toLowerCase(java.util.Locale.ROOT));
        }

        /** Deeds done to people, which the annotators code beside a charge of them (not "accused of attacking its province"). */
        private static final Set<String> HARMING = Set.of("kill", "murder", "rape", "beat", "torture", "execute", "massacre",
                "assassinate", "kidnap", "abduct", "shoot", "stab", "behead", "assault", "slaughter");

        /** Words of a charge whose "of" or "with" names a deed by a participle ("accused of killing", "charged with murdering"). */
        private static final Set<String> CHARGING = Set.of("accuse", "charge", "convict", "suspect", "suspicion", "guilty", "indict");

        /**
         * "the six US marines accused of raping a Filipino woman", "rebels accused the Tutsi rebels of massacring
         * refugees", "arrested on suspicion of murdering the prostitutes": the party charged with the violent deed the
         * participle at {@code first} names (the annotators code such deeds beside the charge); null when none is named.
         */
        private Mention chargedWithDeed(int first) {
            if (first + 1 < t.size() && t.get(first).pos().equals("NN") && t.get(first + 1).pos().equals("VBG")
                    && Character.isLowerCase(t.get(first).word().charAt(0))) {
                return chargedWithDeed(first + 1); // "accused them of gang raping her": a match that opens on the noun
            }
            if (first >= 3 && t.get(first).pos().equals("VBG") && t.get(first - 1).word().equals("and")) {
                for (int g = first - 2; g >= Math.max(1, first - 12); g--) { // "accused of kidnapping and executing an Iraqi"
                    if (Set.of(";", ":", "--").contains(t.get(g).word()) || t.get(g).pos().startsWith("VB") && !t.get(g).pos().equals("VBG")) {
                        break;
                    }
                    if (t.get(g).pos().equals("VBG") && Set.of("of", "with").contains(t.get(g - 1).word())) {
                        return chargedWithDeed(g); // the deed joined to the first one charged is charged as well
                    }
                }
            }
            int of = first >= 3 && t.get(first - 1).pos().equals("NN") && Character.isLowerCase(t.get(first - 1).word().charAt(0))
                    ? first - 2 : first - 1; // "accused them of gang raping"
            if (of < 1 || !t.get(first).pos().equals("VBG") || !Set.of("of", "with").contains(t.get(of).word())) {
                return null;
            }
            int charge = of - 1;
            if (CHARGING.contains(Moods.lemma(t.get(charge)).toLowerCase(java.util.Locale.ROOT))) {
                if (t.get(charge).pos().startsWith("NN")) {
                    int on = charge - 1; // "were arrested on suspicion of": the clause's subject
                    List<Mention> s = on > 0 && t.get(on).word().equals("on") ? participants.subject(on, 0) : List.of();
                    return s.isEmpty() ? null : s.get(0);
                }
                if (charge > 0 && mentionOf[charge - 1] != null && Participants.ACTOR_TYPES.contains(mentionOf[charge - 1].type())) {
                    return mentionOf[charge - 1]; // "the six US marines accused of": the noun the participle follows
                }
                List<Mention> s = participants.subject(charge, 0); // "he was charged with"
                return s.isEmpty() ? null : s.get(0);
            }
            Mention object = mentionOf[charge]; // "accused the mainly Tutsi rebels of massacring": the verb's object
            if (object == null && Set.of("him", "her", "them").contains(t.get(charge).word().toLowerCase(java.util.Locale.ROOT))) {
                List<Mention> accuser = participants.subject(charge, 0); // "a Filipino woman accused them of raping": the marines
                object = pronouns.resolve(t.get(charge), accuser.isEmpty() ? null : accuser.get(0));
            }
            boolean by = false;
            if (object == null || !Participants.ACTOR_TYPES.contains(object.type())) {
                return null;
            }
            for (int j = charge - 1; j >= Math.max(0, charge - 6); j--) {
                if (t.get(j).word().equals("by")) {
                    by = true; // "were accused by a Filipino young woman of raping": the accuser, not the accused
                }
                if (t.get(j).pos().startsWith("VB")) {
                    if (!CHARGING.contains(Moods.lemma(t.get(j)))) {
                        return null;
                    }
                    List<Mention> s = by ? participants.subject(j, 0) : List.of(object);
                    return s.isEmpty() ? null : s.get(0);
                }
            }
            return null;
        }

        /** Verbs that make their object do what their infinitive says. */
        private static final Set<String> MAKING = Set.of("force", "compel", "oblige", "prompt");

        /**
         * "prompted the US soldiers to open fire", "forced the rebels to retreat": the party a verb of making names as its
         * object, right before the "to" of the infinitive at {@code first}; or null.
         */
        private Mention madeToAct(int first) {
            if (first < 3 || !t.get(first - 1).word().equals("to")) {
                return null;
            }
            Mention object = null;
            for (int j = first - 2; j >= Math.max(0, first - 7); j--) {
                Token k = t.get(j);
                if (k.pos().startsWith("VB")) {
                    return MAKING.contains(Moods.lemma(k)) && !k.pos().equals("VB") ? object : null;
                }
                if (mentionOf[j] != null && Participants.ACTOR_TYPES.contains(mentionOf[j].type())) {
                    object = object == null ? mentionOf[j] : object; // the phrase's head, nearest the "to"
                } else if (!Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP$", "POS", "CD").contains(k.pos())) {
                    return null;
                }
            }
            return null;
        }

        /** Whether a verb of making has a personal pronoun for object right before the "to" at {@code first - 1}. */
        private boolean madePronounToAct(int first) {
            return first >= 3 && t.get(first - 1).word().equals("to") && t.get(first - 2).pos().equals("PRP")
                    && t.get(first - 3).pos().startsWith("VB") && !t.get(first - 3).pos().equals("VB")
                    && MAKING.contains(Moods.lemma(t.get(first - 3)));
        }

        /** Quantifiers that stand alone as a clause's subject ("Both accuse the nationalists of"). */
        private static final Set<String> QUANTIFIER_SUBJECTS = Set.of("both", "all", "many", "some", "others", "most", "several");

        /** Whether a lone quantifier opening a clause is the subject of the verb at {@code first}: a finite verb, not a bare one. */
        private boolean quantifierSubject(int first) {
            int i = first - 1;
            while (i >= 0 && t.get(i).pos().startsWith("RB")) {
                i--;
            }
            return i >= 0 && QUANTIFIER_SUBJECTS.contains(t.get(i).word().toLowerCase(java.util.Locale.ROOT))
                    && (i == 0 || Set.of(",", ";", "and", "but", "while").contains(t.get(i - 1).word()));
        }

        /** Nouns of a violent deed that may be blamed on someone ("bombings blamed on the Taliban"). */
        private static final Set<String> BLAMED_DEEDS = Set.of("attack", "bombing", "blast", "killing", "assassination",
                "shooting", "raid", "ambush", "massacre", "explosion");

        /**
         * "most bombings in Afghanistan are blamed on remnants of the Taliban", "the first major attack to be blamed on
         * Jemaah Islamiyah": the attacks that an accusation of blaming names, by the one they are blamed on, which no
         * other event of the sentence tells.
         */
        List<EventMention> blamedDeeds(List<EventMention> found) {
            List<EventMention> out = new ArrayList<>();
            for (EventMention e : found) {
                if (!e.category().equals("ACCUSE") || e.recipient() == null || !e.asserted()) {
                    continue;
                }
                int v = tokenAt(e.trigger().begin());
                if (v < 2 || !t.get(v).pos().equals("VBN") || !Moods.lemma(t.get(v)).equals("blame") || v + 1 >= t.size()
                        || !t.get(v + 1).word().equals("on")) {
                    continue;
                }
                for (int i = v - 1; i >= Math.max(0, v - 6); i--) {
                    Token k = t.get(i);
                    if (k.pos().startsWith("NN") && mentionOf[i] == null && BLAMED_DEEDS.contains(Moods.lemma(k))) {
                        Span trigger = new Span(k.begin(), k.end());
                        boolean told = found.stream().anyMatch(f -> f.trigger().overlaps(trigger));
                        if (!told) {
                            out.add(new EventMention(trigger, "ASSAULT", null, e.recipient(), List.of(e.recipient()), null,
                                    circumstances.time(i), circumstances.place("ASSAULT", i, List.of(e.recipient()), null),
                                    List.of(), e.statement(), Modality.ASSERTED, 0.6));
                        }
                        break;
                    }
                    if (!(k.pos().startsWith("VB") || k.pos().equals("TO") || k.pos().equals("IN") || k.pos().startsWith("RB")
                            || mentionOf[i] != null)) {
                        break; // only auxiliaries and a place phrase stand between the deed and its blaming
                    }
                }
            }
            return out;
        }

        /** Of the two sides of a fight, the one the harmed party {@code victim} is not of; null when that is not plain. */
        private static Mention otherSide(List<Mention> pair, Mention victim) {
            if (pair.size() != 2 || victim == null) {
                return null;
            }
            boolean first = NounParticipants.sameSide(victim, pair.get(0));
            boolean second = NounParticipants.sameSide(victim, pair.get(1));
            return first && !second ? pair.get(1) : second && !first ? pair.get(0) : null;
        }

        /** The token after the mention {@code m}, or -1. */
        private int after(Mention m) {
            for (int i = 0; i < t.size(); i++) {
                if (t.get(i).end() == m.end()) {
                    return i + 1 < t.size() ? i + 1 : -1;
                }
            }
            return -1;
        }

        /**
         * A building stormed or raided where a party was ("stormed a house where Hamas commander Amjan Hannawi was hiding",
         * "the building where Marxist rebels had holed up"): the party inside was the target.
         */
        private Mention occupants(Mention recipient) {
            if (recipient == null || !OCCUPIED.contains(recipient.text().toLowerCase(Locale.ROOT))) {
                return recipient;
            }
            int i = after(recipient);
            if (i < 0 || !(t.get(i).word().equals("where") || t.get(i).word().equals("in") && i + 1 < t.size()
                    && t.get(i + 1).word().equals("which"))) {
                return recipient;
            }
            Mention inside = participants.objectAt(t.get(i).word().equals("where") ? i + 1 : i + 2, t.size(), 5);
            return inside == null || !Participants.ACTOR_TYPES.contains(inside.type()) ? recipient : inside;
        }

        /**
         * A party's place named after its possessor ("urged China's major coal-producing province of Shanxi to"): the place
         * named, not the possessor.
         */
        private Mention placeNamedAfter(Mention recipient) {
            int i = recipient == null ? -1 : after(recipient);
            if (i < 0 || !t.get(i).pos().equals("POS")) {
                return recipient;
            }
            for (int j = i + 1; j + 2 < t.size() && j <= i + 5; j++) {
                if (Set.of("province", "city", "region", "state", "town", "county", "district", "island", "capital")
                        .contains(t.get(j).word().toLowerCase(Locale.ROOT)) && t.get(j + 1).word().equals("of")) {
                    Mention named = mentionOf[j + 2];
                    return named == null ? recipient : named;
                }
                if (!(t.get(j).pos().startsWith("JJ") || t.get(j).pos().equals("HYPH") || t.get(j).pos().startsWith("NN")
                        && Character.isLowerCase(t.get(j).word().charAt(0)) || t.get(j).pos().equals("VBG"))) {
                    return recipient;
                }
            }
            return recipient;
        }

        private int tokenAt(int offset) {
            for (int i = 0; i < t.size(); i++) {
                if (t.get(i).begin() == offset) {
                    return i;
                }
            }
            return -1;
        }

        /** The events with the recipients that answers in the sentence name ("Hamas rejected the move"). */
        List<EventMention> responses(List<EventMention> found) {
            return Responses.fill(found, t, participants, 0);
        }

        /**
         * Harm told in the passive with no doer, in a fight "with" another side ("a member of the presidential guard was
         * killed and several others injured Sunday in a clash with supporters of Hamas"): the other side did it. Read after
         * the merge, so that the fight's noun has given its toll to the verb first.
         */
        List<EventMention> fightSides(List<EventMention> merged) {
            List<EventMention> out = new ArrayList<>(merged.size());
            for (EventMention e : merged) {
                int head = e.category().equals("ASSAULT") && e.actor() == null ? tokenAt(e.trigger().begin()) : -1;
                int fight = head >= 0 && t.get(head).pos().equals("VBN") ? roles.fightAfter(head) : -1;
                Mention side = fight < 0 ? null : t.get(fight + 1).word().equals("with") ? participants.objectAt(fight + 2, t.size(), 5)
                        : otherSide(participants.phrases.between(fight, t.size()), e.recipient());
                out.add(side == null || e.recipient() != null && ParticipantChecks.same(side, e.recipient()) ? e
                        : new EventMention(e.trigger(), e.category(), e.mode(), side, List.of(side), e.recipient(), e.time(),
                                e.place(), e.quantities(), e.statement(), e.modality(), e.confidence()));
            }
            return out;
        }

        /**
         * The party whose thing is the subject of the verb at {@code head} ("Norway's role in Sri Lanka has come under fire",
         * "the government's policy has come under attack"): the name before the "'s" that opens the subject, within eight
         * tokens and not past a comma or another verb; null otherwise.
         */
        private Mention possessorOfSubject(int head) {
            for (int i = head - 1; i > 0 && i >= head - 9; i--) {
                Token k = t.get(i);
                if (k.word().equals(",") || k.word().equals(";") || k.pos().startsWith("VB") && !AUX.contains(k.word().toLowerCase(Locale.ROOT))) {
                    return null;
                }
                if (k.pos().equals("POS")) {
                    Mention m = mentionOf[i - 1];
                    return m != null && Participants.ACTOR_TYPES.contains(m.type()) ? m : null;
                }
            }
            return null;
        }

        private static final Set<String> AUX = Set.of("has", "have", "had", "been", "is", "are", "was", "were");

        /** Parties met, agreed or worked with in a "with whom" clause: the clause's antecedent ("Kovac, with whom Chernomyrdin met"). */
        List<EventMention> withWhom(List<EventMention> merged) {
            List<EventMention> out = new ArrayList<>(merged.size());
            for (EventMention e : merged) {
                int head = e.recipient() == null && Categories.SYMMETRIC.contains(e.category()) ? tokenAt(e.trigger().begin()) : -1;
                Mention partner = head < 0 ? null : participants.withWhom(head, 0);
                boolean own = partner == null || e.actors().stream().anyMatch(a -> ParticipantChecks.same(a, partner));
                out.add(own ? e : new EventMention(e.trigger(), e.category(), e.mode(), e.actor(), e.actors(), partner, e.time(),
                        e.place(), e.quantities(), e.statement(), e.modality(), e.confidence()));
            }
            return out;
        }

        /**
         * "Hu met separately with Putin and Abe": a meeting with each party of the list its recipient opens, when
         * "separately" (or "on separate occasions") stands between the verb and the recipient.
         */
        /**
         * The parties a list after "including" names, of the first one's type, up to the clause's end ("including Denis
         * Sassou-Nguesso of the Republic of Congo, Yoweri Museveni of Uganda and Paul Kagame of Rwanda": the three
         * presidents, not their countries).
         */
        private List<Mention> includedOfType(Mention first, int from) {
            List<Mention> out = new ArrayList<>();
            for (int i = from; i < t.size(); i++) {
                if (t.get(i).pos().startsWith("VB") || t.get(i).word().equals(";")) {
                    break;
                }
                Mention m = mentionOf[i];
                if (m != null && m.type() == first.type() && !out.contains(m)) {
                    out.add(m);
                }
            }
            return out;
        }

        List<EventMention> metSeparately(List<EventMention> merged) {
            List<EventMention> out = new ArrayList<>(merged);
            for (EventMention e : merged) {
                int head = e.category().equals("CONSULT") && e.recipient() != null ? tokenAt(e.trigger().begin()) : -1;
                if (head < 0 || !t.get(head).pos().startsWith("VB")) {
                    continue;
                }
                int to = -1;
                boolean apart = false;
                for (int i = head + 1; i < Math.min(t.size(), head + 12); i++) {
                    String w = t.get(i).word().toLowerCase(java.util.Locale.ROOT);
                    apart |= w.equals("separately") || w.equals("separate");
                    if (t.get(i).begin() >= e.recipient().begin()) {
                        to = i;
                        break;
                    }
                }
                if (!apart || to < 0) {
                    continue;
                }
                List<Mention> list = participants.phrases.listOf(e.recipient(), to, t.size());
                int of = to;
                while (of < t.size() && t.get(of).begin() < e.recipient().end()) {
                    of++;
                }
                Mention owner = list.size() == 1 && of + 1 < t.size() && t.get(of).word().equals("of")
                        && t.get(of - 1).pos().equals("NNS") ? participants.objectAt(of + 1, t.size(), 3) : null;
                int ownerAt = of + 1;
                if (owner == null && list.size() == 1 && of + 2 < t.size() && t.get(of).word().equals(",")
                        && t.get(of + 1).word().equalsIgnoreCase("including")) {
                    owner = participants.objectAt(of + 2, t.size(), 3); // "with five African presidents, including A, B and C"
                    ownerAt = of + 2;
                }
                List<Mention> owners = owner == null ? List.of() : ownerAt > of + 1 ? includedOfType(owner, ownerAt)
                        : participants.phrases.listOf(owner, ownerAt, t.size());
                if (owners.size() >= 2) { // "the prime ministers of Thailand, Laos and Cambodia": one meeting with each
                    list = owners;
                    out.remove(e);
                    out.add(new EventMention(e.trigger(), e.category(), e.mode(), e.actor(), e.actors(), owners.get(0), e.time(),
                            e.place(), e.quantities(), e.statement(), e.modality(), e.confidence()));
                }
                for (Mention m : list.subList(Math.min(1, list.size()), list.size())) {
                    out.add(new EventMention(e.trigger(), e.category(), e.mode(), e.actor(), e.actors(), m, e.time(), e.place(),
                            e.quantities(), e.statement(), e.modality(), e.confidence()));
                }
            }
            return out;
        }

        /** "..., it is unacceptable," X said: accusations made in a statement. */
        List<EventMention> censure(Attribution a, List<Token> tokens) {
            List<EventMention> out = new ArrayList<>(Censures.of(a, tokens, mentions, pronouns, circumstances));
            out.addAll(Censures.blame(a, tokens, mentions, pronouns, circumstances));
            out.addAll(Censures.wrongs(a, tokens, mentions, pronouns, circumstances));
            out.addAll(Censures.conditionalThreats(a, tokens, mentions, pronouns, circumstances));
            out.addAll(Censures.warnings(a, tokens, mentions, pronouns, circumstances));
            out.addAll(Censures.critics(a, tokens, mentions, pronouns, circumstances));
            out.addAll(Censures.demands(a, tokens, mentions, pronouns, circumstances));
            out.addAll(Censures.praise(a, tokens, mentions, pronouns, circumstances));
            return out;
        }

        /**
         * Whether the verb at {@code first} is the infinitive of "tried" or "attempted" (or "trying", "attempting"), with
         * no modal, negation or second verb of wanting before it: the attempt itself was made.
         */
        private boolean attempted(int first) {
            if (first < 2 || !t.get(first - 1).word().equalsIgnoreCase("to")) {
                return false;
            }
            Token v = t.get(first - 2);
            if (!Set.of("try", "attempt").contains(Moods.lemma(v)) || !Set.of("VBD", "VBG", "VBZ", "VBN").contains(v.pos())
                    || first >= 3 && t.get(first - 3).word().equalsIgnoreCase("of")) {
                return false; // "accused the guard of trying to assassinate": a charge, not a report of the deed
            }
            for (int i = first - 3; i >= Math.max(0, first - 6); i--) {
                String w = t.get(i).word().toLowerCase(java.util.Locale.ROOT);
                if (t.get(i).pos().equals("MD") || w.equals("not") || w.equals("n't") || w.equals("never") || w.equals("to")) {
                    return false; // "will try to", "did not try to", "plans to try to"
                }
            }
            return true;
        }

        /** The parse of the sentence, made on first need (only sentences with a trigger pay for it), or null. */
        private ParseRoles parse() {
            if (parsed == null && dependencies() != null) {
                parsed = new ParseRoles(dependencies, participants);
            }
            return parsed;
        }

        /** The dependency parse of the sentence, made once on first need (by the rules or the argument model), or null. */
        DependencyParse dependencies() {
            if (!triedParse && parser != null) {
                triedParse = true;
                dependencies = parser.parse(t);
            }
            return dependencies;
        }

        /** ", killing one soldier" after an ambush: a participle clause that tells the outcome of the event before it. */
        boolean resultClause(Triggers.Hit h) {
            int head = h.match().head();
            int first = h.match().first();
            return t.get(head).pos().equals("VBG") && first > 0 && t.get(first - 1).word().equals(",");
        }

        /**
         * The token index where the quote holding {@code offset} begins, or 0 when it is not quoted. A quote that opens
         * on the verb group itself leaves its subject outside ("said ISAF troops "killed one civilian""): the bound is
         * then where the statement's content begins.
         */
        private int quoteStart(int offset) {
            for (Attribution a : attributions) {
                for (Span q : a.quotedParts()) {
                    if (q.contains(offset)) {
                        for (int i = 0; i < t.size(); i++) {
                            if (t.get(i).begin() >= q.begin()) {
                                return opensOnVerb(i, offset) || embedded(i) ? firstAtOrAfter(a.content().begin()) : i;
                            }
                        }
                    }
                }
            }
            return 0;
        }

        /** Whether the tokens from {@code i} up to the one at {@code offset} are quotation marks, adverbs and auxiliaries alone. */
        private boolean opensOnVerb(int i, int offset) {
            int j = i;
            while (j < t.size() && t.get(j).begin() < offset) {
                Token k = t.get(j);
                if (!(QUOTE_MARKS.contains(k.pos()) || k.word().equals("\"") || k.pos().equals("RB") || k.pos().equals("MD")
                        || Set.of("be", "have").contains(Moods.lemma(k)))) {
                    return false;
                }
                j++;
            }
            return j < t.size() && t.get(j).pos().startsWith("VB");
        }

        /**
         * Whether the quote whose first token is {@code i} opens inside a clause, right after its subject or its verb ("The
         * militant was "responsible for ... attacks against"): the clause's subject stands outside the quote.
         */
        private boolean embedded(int i) {
            int b = i - 1;
            while (b >= 0 && (QUOTE_MARKS.contains(t.get(b).pos()) || t.get(b).word().equals("\""))) {
                b--;
            }
            if (b < 0 || b == i - 1) {
                return false; // no quotation mark seen before the quote
            }
            Token k = t.get(b);
            String p = k.pos();
            return p.startsWith("NN") && !p.startsWith("NNP") || Set.of("VBD", "VBZ", "VBP").contains(p) && Moods.lemma(k).equals("be");
        }

        private int firstAtOrAfter(int offset) {
            for (int i = 0; i < t.size(); i++) {
                if (t.get(i).begin() >= offset) {
                    return i;
                }
            }
            return 0;
        }

        /** The statement whose content holds the trigger, or whose cue it is. */
        private Attribution statement(Span trigger) {
            for (Attribution a : attributions) {
                if (a.content().contains(trigger.begin()) || a.cue() != null && a.cue().overlaps(trigger)) {
                    return a;
                }
            }
            return null;
        }
    }

    private static Mention first(List<Mention> ms) {
        return ms.isEmpty() ? null : ms.get(0);
    }

    static double round(double d) {
        return Math.round(Math.max(0, Math.min(1, d)) * 1000) / 1000.0;
    }
}
