package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.TextAnalysis;
import org.newsgraph.extract.Token;

/**
 * Collective actors named by a common noun ("protesters", "local residents", "police"), which events need as
 * participants though no name tagger finds them. Candidates only: the finder adds those an event uses.
 * Stateless and thread-safe.
 */
final class Groups {

    static final Set<String> NOUNS = Set.of("police", "policeman", "troop", "soldier", "protester", "protestor",
            "demonstrator", "student", "rebel", "militant", "gunman", "insurgent", "worker", "teacher", "migrant",
            "refugee", "resident", "youth", "veteran", "environmentalist", "activist", "settler", "villager", "faction",
            "guerrilla", "guerilla", "fighter", "militia", "militiaman", "islamist", "opposition", "hardliner", "terrorist",
            "trafficker", "smuggler", "civilian", "crew", "prisoner", "hostage", "detainee", "people", "bomber",
            "government", "governments", "authorities", "authority", "army", "person", "troops", "force", "forces", "leader", "man", "woman", "member",
            "peacekeeper", "officer", "pirate", "separatist", "extremist", "assailant", "attacker", "suspect",
            "presidency", "court", "lawmaker", "legislator", "junta", "businessman", "coastguard", "journalist",
            "lawyer", "diplomat", "cabinet", "parliament", "agency", "embassy", "party", "union", "federation",
            // people and bodies that wire copy names by a common noun as the parties of events
            "official", "minister", "delegate", "negotiator", "expert", "donor", "countries", "nations", "media",
            "association", "organization", "organisation", "groups", "pupil", "child", "children", "immigrant", "landowner",
            "farmer", "guard", "victim", "passenger", "pilgrim", "tourist", "monk", "cleric", "voter", "supporter",
            "opponent", "critic", "dissident", "group", "majority", "politician", "commander", "general", "kidnapper", "hijacker",
            "crowd", "mob", "tribesman", "aircraft", "warplane", "helicopter", "gunboat", "economy", "province",
            "inmate", "captive", "employee", "miner", "investor", "consumer", "leadership", "regime", "administration", "pope",
            "ministry", "department", "council", "committee", "commission", "tribunal", "prosecutor", "judge",
            // the public and the targets of attacks as wire copy names them
            "public", "minority", "mourner", "worshipper", "shopper", "pedestrian", "commuter", "motorist",
            "bystander", "patrol", "convoy", "services",
            // sides of talks and targets of blame wire copy names by a common noun ("labour representatives met with management")
            "representative", "management", "manager", "friend", "relative", "alliance", "coalition", "executive",
            "rival", "gang", "clan", "tribe",
            // people who speak or act for a body or a movement ("organizers called for", "a researcher with the council urged")
            "organizer", "organiser", "researcher", "analyst", "scholar", "adviser", "advisor", "aide", "participant",
            "councillor", "councilor", "deputy", "mayor", "senator", "congressman", "envoy", "regulator", "watchdog",
            // crowds in clashes and riots, and those who watch over votes and truces
            "radical", "rioter", "marcher", "stonethrower", "hooligan", "looter", "vigilante", "observer", "monitor", "panel",
            "fan", // "around 1,200 fans marched in protest at the killing of a fan"
            // states as parties ("called on states to", "urges member states"), and a community acting as one
            "states", "community",
            // people who work for a body ("ordered his staff not to", "UN personnel")
            "staff", "personnel",
            // bodies that decide for an organisation ("asked by the board of governors", "the bank's board")
            "board",
            // bodies, crowds and people that wire copy makes the sides of events ("the Lebanese military said", "the
            // Chinese delegation", "citizens protested", "his captors released him")
            "military", "team", "mediators", "investigator", "citizen", "population", "family", "parent",
            "captor", "killer", "bandit", "mercenary", "marine", "serviceman", "detective", "criminal",
            "loyalist", "nationalist", "foreigner", "navy", "sect", "priest", "driver", "fisherman", "teenager",
            "codefendant", "dictator", "couple",
            // people of a place in the plural only ("deaths blamed by locals on the refugees"; "local" is an adjective)
            "locals",
            // the accused and the doers of crimes, as wire copy names them ("the defendant", "Israeli army snipers", "tomb
            // thieves", "arrested the suspected ringleader")
            "defendant", "sniper", "thief", "ringleader", "mastermind", "perpetrator", "plotter", "accomplice", "fugitive",
            "assassin", "abductor", "robber", "murderer", "culprit",
            // the side that prosecutes a trial ("The prosecution ... called Friday for", "the prosecution has filed charges")
            "prosecution",
            // sponsors of a resolution and helicopters that fire ("the sponsors were pushing for", "The choppers fired into
            // the crowd"; "movement" and "delegation" stand beside the names they describe: "the Islamist movement Hamas")
            "sponsor", "chopper",
            // states that act together ("Six major powers resumed talks", "world powers"), in the plural only
            "powers",
            // an armed movement named by its struggle ("has been fighting a Kurdish insurgency for self-rule")
            "insurgency",
            // the other side of talks named by its role ("The secretary and Douste-Blazy discussed", "Rice and her visitor")
            "secretary", "visitor", "guest",
            // fighters, campaigners and clergy wire copy names by their role ("criticism by human rights advocates", "carried out
            // by one of our mujahedin", "arrested a third paratrooper")
            "advocate", "campaigner", "mujahedin", "mujahideen", "jihadist", "commando", "paratrooper", "gendarme",
            "guardsman", "sailor", "bishop", "imam", "rabbi",
            // armed units named by their formation ("a death squad killed", "the brigade shelled")
            "squad", "brigade", "battalion", "platoon", "regiment", "detachment",
            // members of parliaments ("30 parliamentarians endorsed a resolution demanding")
            "parliamentarian");

    /** Forces that name the doer when they modify one of {@link #ACTIONS} ("heavy police deployment"). */
    private static final Set<String> FORCES = Set.of("police", "troop", "army", "military", "navy", "militia", "rebel",
            "guerrilla", "government");
    /** Nouns of acts whose modifier is the party acting, not a kind of thing ("police deployment", "army offensive"). */
    private static final Set<String> ACTIONS = Set.of("deployment", "crackdown", "raid", "offensive", "withdrawal",
            "pullout", "buildup", "build-up", "assault", "attack", "ambush", "incursion", "blockade");
    /** Further acts whose force or government modifier is the party acting ("the army operation", "the government efforts"). */
    private static final Set<String> EFFORTS = Set.of("intervention", "operation", "operations", "efforts", "effort", "action");

    /** Bodies whose decisions name them when they modify one of {@link #DECISIONS} ("protested a government decision"). */
    private static final Set<String> BODIES = Set.of("government", "army", "military", "police", "court", "parliament",
            "cabinet", "opposition", "administration", "party");
    /** What a body decides or puts forward, whose modifier is the body deciding ("the government plan"). */
    private static final Set<String> DECISIONS = Set.of("decision", "plan", "proposal", "policy", "move", "order", "ruling",
            "offer", "initiative", "ultimatum", "bill", "ban", "measure", "announcement", "demand", "demands", "request");

    /** Whether one of {@link #DECISIONS} follows token {@code i}, maybe past a common noun ("government spending plans"). */
    private static boolean decisionAfter(List<Token> t, int i) {
        if (i + 1 < t.size() && DECISIONS.contains(Moods.lemma(t.get(i + 1)))) {
            return true;
        }
        return i + 2 < t.size() && t.get(i + 1).pos().startsWith("NN") && Character.isLowerCase(t.get(i + 1).word().charAt(0))
                && DECISIONS.contains(Moods.lemma(t.get(i + 2)));
    }

    /** Verbs of a toll's second part, whose "others" are the same attack's further victims ("killed 3 and injured 12 others"). */
    private static final Set<String> TOLL_VERBS = Set.of("wound", "injure", "hurt");

    /** Members of faiths, peoples and corps named by a capitalised singular noun ("a Shiite", "the Marine"). */
    private static final Set<String> COMMUNITIES = Set.of("Shiite", "Shi'ite", "Sunni", "Kurd", "Christian", "Muslim",
            "Moslem", "Jew", "Hindu", "Sikh", "Buddhist", "Hutu", "Tutsi", "Tamil", "Copt", "Alawite", "Druze", "Catholic",
            "Protestant", "Pashtun", "Uighur", "Uygur", "Islamist", "Maoist", "Marine");

    /** Modifiers of "powers" that make it an authority held rather than states ("emergency powers", "sweeping powers"). */
    private static final Set<String> AUTHORITY = Set.of("emergency", "special", "sweeping", "extraordinary", "executive",
            "presidential", "police", "additional", "extra", "absolute", "dictatorial", "broad", "wide", "new", "full", "legal",
            "immense", "vast", "enormous", "excessive", "wide-ranging", "greater", "more", "unlimited");

    /** A group noun that also names an activity when an "of" follows it. */
    private static final Set<String> ACTIVITIES = Set.of("management");

    /** Participles of verbs that take people as objects, which the tagger may take for a modifier ("urged women"). */
    private static final Set<String> SPEECH = Set.of("urged", "asked", "called", "told", "warned", "invited", "ordered", "accused",
            "blamed");

    /** Acts of the Western governments told with the adjective alone ("Western demands", "a Western aid freeze"). */
    private static final Set<String> WESTERN_ACTS = Set.of("demands", "demand", "conditions", "pressure", "sanctions", "aid",
            "criticism", "calls", "call", "freeze", "boycott", "embargo", "support", "backing", "threats", "ultimatum",
            "opposition", "concerns", "intervention", "military", "troops", "forces");

    private Groups() {
    }

    /** Group mentions in a sentence that overlap none of {@code known}. */
    static List<Mention> in(TextAnalysis a, Sentence s, List<Mention> known) {
        List<Mention> out = new ArrayList<>();
        List<Token> t = a.tokens(s);
        for (int i = 0; i < t.size(); i++) {
            Token n = t.get(i);
            boolean opening = i == 0 && i + 1 < t.size() && (t.get(i + 1).pos().startsWith("VB") || t.get(i + 1).pos().equals("MD"))
                    && !Participants.DOCUMENTS.contains(n.word().toLowerCase(Locale.ROOT).replaceAll("s$", "")); // ("Letters asking for")
            boolean properPlural = n.pos().equals("NNPS") || n.pos().equals("NNS") && i > 0 && Character.isUpperCase(n.word().charAt(0))
                    && n.word().length() > 3 && n.word().substring(1).chars().allMatch(Character::isLowerCase)
                    && Set.of("DT", "JJ", "VBG", "NN", "PRP$").contains(t.get(i - 1).pos())
                    && (i + 1 == t.size() || !Character.isUpperCase(t.get(i + 1).word().charAt(0))); // "the ruling Conservatives/NNS"
            if (properPlural && !covered(known, n.begin(), n.end()) && (i > 0 && !t.get(i - 1).pos().startsWith("NNP") || opening)
                    && (i + 1 == t.size() || !t.get(i + 1).pos().startsWith("NN"))) { // ("Tamils protested in Colombo")
                // a party named by a plural proper noun no tagger took ("the ruling Conservatives", "the Islamists")
                out.add(new Mention(n.begin(), n.end(), n.word(), MentionType.GROUP, null, "event-group", 0.5));
                continue;
            }
            if (COMMUNITIES.contains(n.word()) && i > 0 && Set.of("DT", "CD", "JJ").contains(t.get(i - 1).pos())
                    && !covered(known, n.begin(), n.end()) && (i + 1 == t.size() || !t.get(i + 1).pos().startsWith("NN"))) {
                // "a Shiite was killed", "killed a Kurd": one member of a faith or a people, which no tagger takes
                out.add(new Mention(n.begin(), n.end(), n.word(), MentionType.GROUP, null, "event-group", 0.5));
                continue;
            }
            if (n.word().equals("West") && i > 0 && t.get(i - 1).word().equalsIgnoreCase("the") && !covered(known, n.begin(), n.end())
                    && (i + 1 == t.size() || !t.get(i + 1).pos().startsWith("NNP"))) {
                int begin = t.get(i - 1).begin(); // "criticism from the West": Western governments, which no tagger takes
                out.add(new Mention(begin, n.end(), a.text().substring(begin, n.end()), MentionType.GROUP, null, "event-group", 0.5));
                continue;
            }
            if ((n.word().equals("North") || n.word().equals("South")) && i > 0 && t.get(i - 1).word().equalsIgnoreCase("the")
                    && (i < 2 || !Set.of("in", "from", "to", "into", "across", "throughout", "of", "near", "toward", "towards")
                            .contains(t.get(i - 2).word().toLowerCase(Locale.ROOT))) && i + 1 < t.size()
                    && (t.get(i + 1).pos().startsWith("VB") || t.get(i + 1).pos().equals("MD"))
                    && !covered(known, n.begin(), n.end())) {
                int begin = t.get(i - 1).begin(); // "The North staged its first nuclear test": a divided country's half, told before
                out.add(new Mention(begin, n.end(), a.text().substring(begin, n.end()), MentionType.GROUP, null, "event-group", 0.5));
                continue;
            }
            if ((n.word().equals("Western") || n.word().equals("European")) && i + 1 < t.size()
                    && WESTERN_ACTS.contains(t.get(i + 1).word().toLowerCase(Locale.ROOT))
                    && !covered(known, n.begin(), n.end())) {
                // "refusal to bend to Western demands", "a Western aid freeze", "European criticism of": the Western (or
                // European) governments, whom no tagger takes
                out.add(new Mention(n.begin(), n.end(), n.word(), MentionType.GROUP, null, "event-group", 0.5));
                continue;
            }
            int epithet = epithetStart(t, i);
            if (epithet >= 0 && !covered(known, n.begin(), n.end())) {
                int begin = t.get(epithet).begin(); // "peace agreements with the Jewish state", "save the Stalinist state"
                out.add(new Mention(begin, n.end(), a.text().substring(begin, n.end()), MentionType.GROUP, null, EPITHET, 0.5));
                continue;
            }
            if (pairSubject(t, i) && !covered(known, n.begin(), n.end())) {
                int begin = t.get(i - 1).begin(); // "Both sides have agreed to", "the two sides, who signed a peace deal"
                out.add(new Mention(begin, n.end(), a.text().substring(begin, n.end()), MentionType.GROUP, null, "event-group", 0.5));
                continue;
            }
            int aged = agedPerson(t, i);
            if (aged >= 0 && !covered(known, t.get(aged).begin(), n.end())) {
                int begin = t.get(aged).begin(); // "the irrepressible 80-year-old has grabbed attention", "the 28-year-old was arrested"
                out.add(new Mention(begin, n.end(), a.text().substring(begin, n.end()), MentionType.GROUP, null, "event-group", 0.5));
                continue;
            }
            int counted = approximateCount(t, i);
            if (counted >= 0 && !covered(known, t.get(counted).begin(), n.end())) {
                int begin = t.get(counted).begin(); // "More than 60,000 have been killed", "at least 20 were arrested"
                out.add(new Mention(begin, n.end(), a.text().substring(begin, n.end()), MentionType.GROUP, null, "event-group", 0.5));
                continue;
            }
            if (countedPeople(t, i) && !covered(known, n.begin(), n.end())) {
                int begin = t.get(i - 1).begin(); // "The three were released", "the seven, who were arrested"
                out.add(new Mention(begin, n.end(), a.text().substring(begin, n.end()), MentionType.GROUP, null, "event-group", 0.5));
                continue;
            }
            boolean adjectiveHead = n.pos().equals("JJ") && i > 0 && (t.get(i - 1).pos().equals("CD") || t.get(i - 1).pos().equals("VBN")
                    || t.get(i - 1).pos().equals("DT") || i > 1 && t.get(i - 1).pos().equals("JJ") && t.get(i - 2).pos().equals("DT")) && (i + 1 == t.size() || !t.get(i + 1).pos().startsWith("NN")
                    && !t.get(i + 1).pos().startsWith("JJ")); // "killed one suspected militant and", "a radical Islamist jailed": the tagger's adjective heads the phrase
            if (!(n.pos().startsWith("NN") || adjectiveHead) || !isGroupNoun(t, n, i) || covered(known, n.begin(), n.end())) {
                continue;
            }
            if (ACTIVITIES.contains(Moods.lemma(n)) && i + 1 < t.size() && t.get(i + 1).word().equals("of")) {
                continue; // "poor management of the mine": the activity, not the managers
            }
            if (n.word().equals("prosecution") && (i == 0 || !t.get(i - 1).word().equalsIgnoreCase("the"))) {
                continue; // "face criminal prosecution": the act; the side that prosecutes is "the prosecution"
            }
            if (n.word().equals("majority") && i + 1 < t.size() && t.get(i + 1).word().equals("of")) {
                continue; // "the majority of the group's meetings": a share, not the majority in a parliament
            }
            if (n.word().equals("powers") && (i > 0 && AUTHORITY.contains(t.get(i - 1).word().toLowerCase(Locale.ROOT))
                    || i + 1 < t.size() && t.get(i + 1).word().equals("of") && i > 0 && t.get(i - 1).word().equalsIgnoreCase("the"))) {
                continue; // "threatened to invoke emergency powers", "glorified the powers of the president": an authority held
            }
            if (n.word().equals("force") && i > 0 && Set.of("in", "into").contains(t.get(i - 1).word().toLowerCase(Locale.ROOT))) {
                continue; // "the UN sanctions in force since", "the law came into force": in effect, no troops
            }
            if (Moods.lemma(n).equals("opposition") && i + 1 < t.size() && t.get(i + 1).word().equals("to")) {
                continue; // "voiced Moscow's opposition to NATO's expansion": a stance, not the opposition parties
            }
            if (i + 1 < t.size() && t.get(i + 1).pos().startsWith("NN") && !t.get(i + 1).pos().startsWith("NNP")
                    && !(FORCES.contains(Moods.lemma(n)) && (ACTIONS.contains(Moods.lemma(t.get(i + 1)))
                    || EFFORTS.contains(t.get(i + 1).word().toLowerCase(Locale.ROOT))))
                    && !(BODIES.contains(Moods.lemma(n)) && decisionAfter(t, i))) {
                continue; // a modifier ("police officers", "government officials"): the head noun names the group
            }
            if (i + 2 < t.size() && (t.get(i + 1).pos().equals("HYPH") || t.get(i + 1).word().equals("-"))
                    && (t.get(i + 2).pos().equals("VBN") || t.get(i + 2).pos().equals("VBD"))) {
                continue; // "government-backed militias", "army-led raids": part of a modifier
            }
            int b = i;
            while (b > 0 && (isModifier(t.get(b - 1)) || hyphenedPart(t, b - 1)) && !covered(known, t.get(b - 1).begin(), t.get(b - 1).end())
                    && !(t.get(b - 1).word().endsWith("ed") && b > 1 && Set.of("and", ",").contains(t.get(b - 2).word())) // "seized equipment and detained journalists": a verb
                    && !(t.get(b - 1).pos().equals("VBN") && b > 1 && (t.get(b - 2).pos().startsWith("NN") || t.get(b - 2).pos().equals("PRP")))
                            // "Police arrested development workers": a verb after its subject
                    && !Moods.afterHave(t, b - 1)) { // "have prompted officials": a perfect
                b--;
            }
            if (b > 0 && b < i && (t.get(b).pos().equals("HYPH") || t.get(b).word().equals("-"))) {
                if (covered(known, t.get(b - 1).begin(), t.get(b - 1).end()) || !Character.isLetterOrDigit(t.get(b - 1).word().charAt(0))) {
                    b = Math.min(b + 2, i); // "its Ethiopia-backed forces", "Awami League(AL)-led": the rest of a modifier whose
                                            // name is a mention of its own
                } else {
                    b--; // "Government-backed militias": the whole modifier
                }
            }
            int begin = t.get(b).begin();
            int end = compoundEnd(t, i) >= 0 ? t.get(compoundEnd(t, i)).end() : n.end(); // "leftist hostage-takers"
            out.add(new Mention(begin, end, a.text().substring(begin, end), MentionType.GROUP, null, "event-group", 0.6));
        }
        List<Mention> all = new ArrayList<>(known);
        all.addAll(out);
        UntaggedNames.subject(a, t, all).ifPresent(out::add);
        all.addAll(out);
        List<Mention> clauses = UntaggedNames.clauseSubjects(a, t, all);
        out.addAll(clauses);
        all.addAll(clauses);
        List<Mention> objects = UntaggedNames.objects(a, t, all);
        out.addAll(objects);
        all.addAll(objects);
        List<Mention> possessors = UntaggedNames.possessors(a, t, all);
        out.addAll(possessors);
        all.addAll(possessors);
        List<Mention> acronyms = UntaggedNames.acronyms(a, t, all);
        out.addAll(acronyms);
        all.addAll(acronyms);
        out.addAll(UntaggedNames.leaders(a, t, all));
        return out;
    }

    /**
     * The last token of a hyphenated compound whose first part is the group noun at {@code i} ("hostage-takers",
     * "rebel-leaders"), or -1.
     */
    private static int compoundEnd(List<Token> t, int i) {
        return i + 2 < t.size() && (t.get(i + 1).pos().equals("HYPH") || t.get(i + 1).word().equals("-"))
                && t.get(i + 1).begin() == t.get(i).end() && t.get(i + 2).begin() == t.get(i + 1).end()
                && (t.get(i + 2).pos().equals("NNS") || t.get(i + 2).pos().equals("NN"))
                && Character.isLowerCase(t.get(i + 2).word().charAt(0)) ? i + 2 : -1;
    }

    /**
     * The first token of an age that heads its noun phrase as the person of that age ("the 80-year-old has", "a
     * 28-year-old was arrested"), its "old" at {@code i}, past the adjectives before it and a determiner; or -1 when a
     * noun follows ("a 28-year-old man": the noun is the head).
     */
    private static int agedPerson(List<Token> t, int i) {
        if (i < 4 || !t.get(i).word().equals("old") || !t.get(i - 2).word().equals("year") || !t.get(i - 4).pos().equals("CD")
                || !Set.of("-", "HYPH").contains(t.get(i - 1).pos()) && !t.get(i - 1).word().equals("-")
                || i + 1 < t.size() && (t.get(i + 1).pos().startsWith("NN") || t.get(i + 1).pos().startsWith("JJ"))) {
            return -1;
        }
        int b = i - 4;
        while (b > 0 && t.get(b - 1).pos().startsWith("JJ")) {
            b--;
        }
        return b > 0 && t.get(b - 1).pos().equals("DT") ? b : -1;
    }

    /**
     * "the three", "all seven": a number after "the" or "all" that heads its phrase, which in wire copy stands for people
     * named before (not a year, an amount or a number before a noun; not "the two", which the meeting rules read as a pair).
     */
    private static boolean countedPeople(List<Token> t, int i) {
        Token n = t.get(i);
        boolean number = NUMBER_WORDS.contains(n.word().toLowerCase(java.util.Locale.ROOT)) || n.word().matches("\\d{1,3}");
        if (!n.pos().equals("CD") || !number || i == 0 || !Set.of("the", "all").contains(t.get(i - 1).word().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        if (i + 1 == t.size()) {
            return true;
        }
        Token next = t.get(i + 1);
        String p = next.pos();
        return !(p.startsWith("NN") || p.startsWith("JJ") || p.equals("CD") || p.equals("HYPH") || next.word().equals("-")
                || next.word().equals("of") || next.word().equals("%") || next.word().equalsIgnoreCase("percent"));
    }

    /** Words that make a number approximate: "some 300", "about 50", "nearly 200". */
    private static final Set<String> APPROXIMATE = Set.of("some", "about", "around", "nearly", "almost", "roughly", "over");

    /**
     * "More than 60,000 have been killed", "At least 20 were arrested", "some 300 were wounded": a number of people, made
     * approximate and with no noun after it, as the subject of a form of "be" or "have"; the index of its first word, or -1.
     */
    private static int approximateCount(List<Token> t, int i) {
        Token n = t.get(i);
        if (!n.pos().equals("CD") || !n.word().matches("\\d{1,3}(,\\d{3})*") || i < 1 || i + 1 >= t.size()
                || !Set.of("were", "are", "have", "had", "was", "has").contains(t.get(i + 1).word().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        String before = t.get(i - 1).word().toLowerCase(Locale.ROOT);
        if (APPROXIMATE.contains(before)) {
            return i - 1;
        }
        boolean than = before.equals("than") && i >= 2 && Set.of("more", "fewer", "less").contains(t.get(i - 2).word().toLowerCase(Locale.ROOT));
        boolean least = before.equals("least") && i >= 2 && t.get(i - 2).word().equalsIgnoreCase("at");
        return than || least ? i - 2 : -1;
    }

    /**
     * "Both sides agreed", "the two sides, who signed": "sides" after "two" or "both" as the subject of a clause (a verb
     * or a comma follows), which names the parties of an agreement or a meeting; not "talks between the two sides", where
     * the sides are no receiver.
     */
    private static boolean pairSubject(List<Token> t, int i) {
        if (!t.get(i).word().equals("sides") || i == 0 || !Set.of("two", "both").contains(t.get(i - 1).word().toLowerCase(Locale.ROOT))
                || i + 1 == t.size()) {
            return false;
        }
        int before = i - 2;
        if (before >= 0 && t.get(before).pos().equals("DT")) {
            before--; // "between the two sides"
        }
        boolean afterPreposition = before >= 0 && (t.get(before).pos().equals("IN") || t.get(before).pos().equals("TO"));
        int n = i + 1;
        while (n + 1 < t.size() && t.get(n).pos().startsWith("RB")) {
            n++; // "the two sides also agreed"
        }
        Token next = t.get(n);
        return !afterPreposition && (next.pos().startsWith("VB") || next.pos().equals("MD") || next.word().equals(","));
    }

    /** The source of an epithet's mention, which names a state over any name inside it ("the Gulf state"). */
    static final String EPITHET = "event-epithet";

    /** Heads of the epithets wire copy gives a state it named before ("the Jewish state", "the Islamic republic"). */
    private static final Set<String> EPITHET_HEADS = Set.of("state", "republic", "kingdom", "emirate", "entity", "sultanate");

    /** What such an epithet says of its state: a faith, a creed, a region or a past ("the ex-Soviet republic"). */
    private static final Set<String> EPITHET_MARKS = Set.of("jewish", "zionist", "stalinist", "communist", "islamic", "gulf",
            "himalayan", "soviet", "balkan", "baltic", "caucasus", "andean", "caribbean", "reclusive", "secretive", "hermit",
            "oil-rich", "impoverished", "landlocked", "desert", "alpine", "nordic", "arab", "muslim", "buddhist", "mountain",
            "island", "city");

    /**
     * The first token of an epithet that names a state told before ("peace agreements with the Jewish state", "food aid
     * to save the Stalinist state", "if the ex-Soviet republic does not pay"), ending at token {@code i}, or -1: a
     * definite article, modifiers, a mark of {@link #EPITHET_MARKS} right before a head of {@link #EPITHET_HEADS}, no noun
     * after. Not a state yet to be ("an Islamic state", "the creation of a Palestinian state").
     */
    private static int epithetStart(List<Token> t, int i) {
        Token n = t.get(i);
        if (!n.pos().startsWith("NN") || n.pos().endsWith("S") || !EPITHET_HEADS.contains(n.word().toLowerCase(Locale.ROOT)) || i < 2
                || !EPITHET_MARKS.contains(t.get(i - 1).word().toLowerCase(Locale.ROOT).replaceFirst("^(ex|former)-", ""))
                || i + 1 < t.size() && (t.get(i + 1).pos().startsWith("NN") || t.get(i + 1).word().equals("of"))) {
            return -1;
        }
        int b = i - 1;
        while (b > 0 && b > i - 5 && !t.get(b - 1).word().equalsIgnoreCase("the")
                && (t.get(b - 1).pos().startsWith("JJ") || t.get(b - 1).pos().equals("NN") || t.get(b - 1).pos().equals("HYPH") || t.get(b - 1).word().equals("-")
                    || Set.of("ex", "former").contains(t.get(b - 1).word().toLowerCase(Locale.ROOT)))) {
            b--;
        }
        return b > 0 && t.get(b - 1).word().equalsIgnoreCase("the") ? b : -1;
    }

    private static final Set<String> NUMBER_WORDS = Set.of("three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve");

    /** Words after "gang" that make it part of the deed's name. */
    private static final Set<String> GANG_DEEDS = Set.of("rape", "raped", "raping", "rapes", "-", "related", "warfare", "violence");

    /** A group noun, also capitalised at the start of a sentence ("Ministers also agreed"). */
    private static boolean isGroupNoun(List<Token> t, Token n, int i) {
        String w = n.word().toLowerCase(java.util.Locale.ROOT);
        if (w.equals("gang") && i + 1 < t.size() && GANG_DEEDS.contains(t.get(i + 1).word().toLowerCase(java.util.Locale.ROOT))) {
            return false; // "gang raping her", "a gang-related attack": how the deed was done, not who did it
        }
        return NOUNS.contains(Moods.lemma(n)) || NOUNS.contains(w)
                || w.equals("others") && i >= 2 && t.get(i - 1).pos().equals("CD") && t.get(i - 2).pos().startsWith("VB")
                        && !TOLL_VERBS.contains(Moods.lemma(t.get(i - 2))) // "arrested six others"; "and injured six others" adds to a toll
                || i == 0 && w.endsWith("s") && NOUNS.contains(w.substring(0, w.length() - 1));
    }

    /**
     * "a high-ranking official", "a well-known journalist": whether token {@code i} is a lower-case word joined by a
     * hyphen to the word before or after it, a part of a compound modifier the tokenizer split.
     */
    private static boolean hyphenedPart(List<Token> t, int i) {
        boolean lower = Character.isLowerCase(t.get(i).word().charAt(0)) && Character.isLetter(t.get(i).word().charAt(0))
                || t.get(i).pos().equals("CD"); // "Thirty-nine people"
        boolean before = i > 0 && (t.get(i - 1).pos().equals("HYPH") || t.get(i - 1).word().equals("-"));
        boolean after = i + 1 < t.size() && (t.get(i + 1).pos().equals("HYPH") || t.get(i + 1).word().equals("-"));
        return lower && (before || after);
    }

    private static boolean isModifier(Token t) {
        return t.pos().equals("JJ") || t.pos().equals("VBN") && Character.isLowerCase(t.word().charAt(0)) && !SPEECH.contains(t.word())
                || t.pos().equals("NN") && Character.isLowerCase(t.word().charAt(0))
                || t.word().equals("-") || t.pos().equals("HYPH");
    }

    private static boolean covered(List<Mention> known, int b, int e) {
        for (Mention m : known) {
            if (m.overlaps(b, e)) {
                return true;
            }
        }
        return false;
    }
}
