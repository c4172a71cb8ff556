package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.Token;

/**
 * The words that signal each event category, as token patterns (see {@link TokenPattern}), most specific first:
 * the first rule that matches at a head token wins ("attacked X for ..." is an accusation before it is an
 * assault). Immutable and thread-safe.
 */
final class Triggers {

    /** What a rule needs besides its words. */
    enum Need {
        NOTHING,
        /** An actor mention must be found ("threatened" with an inanimate subject is no threat). */
        ACTOR,
        /**
         * An actor, or for a passive a victim as its subject: "four soldiers were killed in Anbar" is an assault whose
         * attacker the sentence does not name; "the plan was killed" names no victim a mention could hold.
         */
        ACTOR_OR_VICTIM,
        /** A named actor right before the noun ("an Israeli raid"); bare "the attack" refers back, not to a new event. */
        ADJACENT_ACTOR,
        /** Armed or state actors or a place withdrawn from ("pulled out" of a tournament is no retreat). */
        FORCE_OR_PLACE,
        /**
         * A counterpart: a recipient, a second actor ("the two leaders met") or, for visits, a place; without one,
         * "met its energy needs" or "visited the venue" is no contact between parties.
         */
        COUNTERPART,
        /** Workers or a union nearby: "the teachers' strike", not a football "strike" or a lightning "strike". */
        LABOUR
    }

    /**
     * @param nominal the head is a noun ("phone conversation", "air strike"): the actor is a possessive or a
     *                name before it, or the subject of the clause
     */
    record Rule(String category, String mode, TokenPattern pattern, boolean nominal, Need need) {
    }

    /** A rule matched in a sentence; token indices are into the sentence's token list. */
    record Hit(Rule rule, TokenPattern.Match match) {
    }

    static final Set<String> FORCES = Set.of("troop", "soldier", "force", "army", "police", "policeman", "officer",
            "personnel", "unit", "reservist", "militia", "militiaman", "tank", "warship", "ship", "jet", "aircraft",
            "missile", "artillery", "reinforcement", "battalion", "brigade", "paratrooper", "marine", "guard", "man",
            "settler", "military", "peacekeeper", "fighter", "gunman", "rebel", "troops", "forces", "soldiers", "officers",
            "policemen", "men", "tanks", "warships", "ships", "jets", "missiles", "units", "reservists", "reinforcements",
            "marines", "guards", "peacekeepers", "fighters", "settlers", "rebels", "gunmen", "militiamen", "paratroopers");

    private static final String FORCE_NOUNS = String.join("|", FORCES);
    private static final String AGREEMENTS = "agreement|accord|deal|treaty|pact|memorandum|declaration|protocol"
            + "|convention|charter|deals|agreements|accords|treaties|pacts|contract|contracts|ceasefire|truce|armistice";

    private static final List<Rule> RULES = new ArrayList<>();
    /** Rules by a word their pattern starts with, so a token is tried only against rules it can start. */
    private static final Map<String, List<Integer>> BY_FIRST_WORD = new java.util.HashMap<>();

    static {
        // CONSULT
        rule("CONSULT", "phone", true, "phone|telephone ^conversation|call|talk with|between");
        rule("CONSULT", "phone", false, "^speak|talk/V ~3 by phone|telephone");
        rule("CONSULT", "phone", false, "^phone|telephone/V");
        rule("CONSULT", "third-party", true, "^mediation between");
        rule("CONSULT", "third-party", false, "^mediate/V");
        rule("CONSULT", "meet", false, Need.COUNTERPART, "^meet/V !3:demand|target|requirement|standard|need|deadline|criterion|expectation"
                + "|rule|goal|obligation|cost|challenge|criticism|opposition|resistance|approval|condition|quota");
        rule("CONSULT", "meet", false, "^hold/V ~3 talk|meeting|consultation|negotiation");
        rule("CONSULT", "meet", false, "^negotiate/V", Need.COUNTERPART);
        rule("CONSULT", "visit", false, "^visit/V", Need.COUNTERPART);
        // AGREE
        rule("AGREE", "treaty", false, "^sign/V ~4 " + AGREEMENTS);
        rule("AGREE", null, false, "^reach|conclude|strike|seal|clinch|hammer/V ~3 " + AGREEMENTS + "|compromise|consensus|understanding|truce|ceasefire");
        rule("AGREE", null, false, "^agree/V to|on|upon");
        rule("AGREE", null, false, "^agree/V with", Need.COUNTERPART);
        rule("AGREE", "treaty", false, AGREEMENTS + " ~6 ^sign/V");
        rule("AGREE", "ceasefire", false, "^agree/V ~3 ceasefire|truce|armistice");
        // SUPPORT
        rule("SUPPORT", "solidarity", false, "^reassure/V ~8 solidarity|support|backing|commitment");
        rule("SUPPORT", "solidarity", false, "^stand/V in solidarity");
        rule("SUPPORT", "solidarity", false, "^stand/V by");
        rule("SUPPORT", "solidarity", false, "^express|voice|declare|pledge|reaffirm|reiterate|stress|show|extend|offer"
                + "|underline|confirm/V ~4 support|solidarity|backing|sympathy");
        rule("SUPPORT", "praise", false, "^praise|hail|commend|applaud|laud/V");
        rule("SUPPORT", "praise", false, "^welcome/V");
        rule("SUPPORT", null, false, "^back|endorse|support/V !by");
        // CONCEDE
        rule("CONCEDE", "apologize", false, "^apologize|apologise|apologised|apologized/V");
        rule("CONCEDE", "accept", false, "^concede/V ~2 defeat");
        rule("CONCEDE", "accept", false, "^accept/V ~3 demand|condition|resignation|defeat|terms");
        rule("CONCEDE", "ease", false, "^lift|ease|relax|scrap|rescind|revoke/V ~4 ban|sanction|embargo|curfew|restriction"
                + "|blockade|threat|siege|emergency|boycott|curb");
        // COOPERATE
        rule("COOPERATE", "military", true, "joint|combined ~4 ^exercise|drill|patrol|manoeuvre|maneuver|exercises|drills");
        rule("COOPERATE", "security", true, "joint ~2 ^operation|investigation|inquiry|probe");
        rule("COOPERATE", "security", false, "^extradite/V");
        rule("COOPERATE", null, false, "^cooperate|co-operate|collaborate/V");
        // AID
        rule("AID", "humanitarian", false, "^donate/V");
        rule("AID", "economic", false, "^provide|give|send|deliver|pledge|announce|grant|offer|airlift|ship|contribute"
                + "|allocate|disburse/V ~6 aid|assistance|relief|grant|loan|donation|food|medicine|supplies|dollar|euro|yuan|fund|funds|funding"
                + "|million|billion");
        rule("AID", "asylum", false, "^grant|give|offer/V ~3 asylum|refuge");
        // SANCTION (before RETREAT and COERCE, which share verbs)
        rule("SANCTION", "diplomatic", false, "^recall|withdraw/V ~3 ambassador|envoy|diplomat");
        rule("SANCTION", "economic", false, "^impose|slap|extend|tighten|announce|adopt|approve|levy|introduce|enforce/V"
                + " ~5 sanction|embargo|blockade");
        rule("SANCTION", "economic", false, "sanction|sanctions|embargo|blockade ~2 ^impose|slap|announce|adopt|levy/V");
        rule("SANCTION", "economic", false, "sanction|sanctions|embargo|blockade , ^impose|slap|announce|adopt|levy/V");
        rule("SANCTION", "economic", false, "^sanction/V");
        rule("SANCTION", "economic", false, "^freeze/V ~3 asset|account");
        rule("SANCTION", "diplomatic", false, "^expel/V ~4 diplomat|ambassador|envoy|attache");
        rule("SANCTION", "diplomatic", false, "^sever|cut|break|suspend|downgrade|freeze/V ~4 tie|relation|contact");
        rule("SANCTION", "aid", false, "^suspend|cut|halt|freeze|withhold/V ~4 aid|funding|assistance|loan");
        rule("SANCTION", "diplomatic", false, "^ban/V ~4 visit|contact|talk|trip");
        // RETREAT
        rule("RETREAT", "withdraw", false, "^withdraw/V !2:support|backing|candidacy|bid|application|complaint|suit|case"
                + "|nomination|money|fund|offer", Need.FORCE_OR_PLACE);
        rule("RETREAT", "withdraw", false, "^pull/V ~2 out|back", Need.FORCE_OR_PLACE);
        rule("RETREAT", "release", false, "^release|free/V ~4 prisoner|hostage|detainee|captive|soldier|activist"
                + "|dissident|people|journalist|inmate");
        rule("RETREAT", "release", false, "^release|free/V from ~3 prison|jail|custody|detention|captivity|Guantanamo|camp");
        rule("RETREAT", "ceasefire", false, "^declare|announce|observe/V ~3 ceasefire|truce");
        // REQUEST
        rule("REQUEST", "appeal", false, "^urge/V");
        rule("REQUEST", "appeal", false, "^call/V on|upon");
        rule("REQUEST", "appeal", false, "^appeal/V to|for");
        rule("REQUEST", "demand", false, "^demand/V");
        rule("REQUEST", "appeal", false, "^ask/V ~8 to");
        rule("REQUEST", "appeal", false, "^call/V for", Need.ACTOR);
        rule("REQUEST", "appeal", false, "^request/V");
        rule("REQUEST", "demand", false, "^press/V ~4 for");
        // ACCUSE
        rule("ACCUSE", "allege", false, "^accuse/V");
        rule("ACCUSE", "criticize", false, "^condemn|criticize|criticise|denounce|blame|slam|decry|deplore|censure|rebuke"
                + "|castigate|lambaste|chastise/V");
        rule("ACCUSE", "criticize", false, "^attack|assail/V ~8 for|over");
        rule("ACCUSE", "criticize", false, "^protest/V @DT|@PRP$|@NN|@JJ");
        rule("ACCUSE", "allege", false, "^allege/V that");
        rule("ACCUSE", "criticize", false, "^chide|reprimand|berate/V");
        rule("ACCUSE", "criticize", false, "^object/V to|that");
        rule("ACCUSE", "criticize", false, "^lash/V ~2 out|criticism");
        rule("ACCUSE", "criticize", false, "^summon/V ~4 ambassador|envoy|diplomat|charge");
        // REJECT
        rule("REJECT", "refuse", false, "^reject|rebuff|spurn|repudiate|refuse/V");
        rule("REJECT", "refuse", false, "^turn/V ~3 down");
        rule("REJECT", "veto", false, "^veto/V");
        rule("REJECT", "refuse", false, "^dismiss/V ~12 as");
        // THREATEN
        rule("THREATEN", null, false, "^threaten/V", Need.ACTOR);
        rule("THREATEN", "ultimatum", false, "^issue|give|set|deliver|present|send|serve/V ~4 ultimatum");
        // newsgraph's own, before PROTEST: migrants marching to a border are no demonstration
        rule("MIGRATE", null, false, "migrant|refugee|asylum-seeker|asylum ~6 ^cross|enter|march|head|flee|reach|walk|try/V");
        // PROTEST
        rule("PROTEST", "demonstrate", false, "^demonstrate/V !@DT|@JJ|@NN|@PRP$|@CD|that|how");
        rule("PROTEST", "demonstrate", false, "^protest/V");
        rule("PROTEST", "demonstrate", false, "^rally|march/V", Need.ACTOR);
        rule("PROTEST", "demonstrate", false, "^stage|hold|organize|organise|launch|lead|begin|start/V ~3 protest"
                + "|demonstration|rally|sit-in|march|strike|boycott|vigil|walkout|walk-out");
        rule("PROTEST", "demonstrate", false, "^stage|hold/V ~2 sit/N");
        rule("PROTEST", "strike", false, "^go/V on ~2 strike");
        rule("PROTEST", "boycott", false, "^boycott/V");
        rule("PROTEST", "riot", false, "^riot/V");
        // MOBILIZE
        rule("MOBILIZE", "troops", false, "^deploy|mobilize|mobilise|send|dispatch|station|mass|move|rush|airlift|position/V"
                + " ~5 " + FORCE_NOUNS);
        rule("MOBILIZE", "troops", false, FORCE_NOUNS + " ~3 ^deploy|mobilize|mobilise|send|dispatch|station/V");
        rule("MOBILIZE", "troops", false, "^put|place/V ~5 on ~1 alert");
        // COERCE
        rule("COERCE", "arrest", false, "^arrest|detain|apprehend|nab|jail|imprison/V");
        rule("COERCE", "arrest", false, "^round/V up");
        rule("COERCE", "arrest", false, "^make|carry/V ~4 arrest|arrests");
        rule("COERCE", "expel", false, "^deport|expel|evict/V");
        rule("COERCE", "seize", false, "^seize|confiscate|impound|raid/V !control|power|initiative|lead");
        rule("COERCE", "restrict", false, "^impose|declare|enforce/V ~3 curfew|martial|emergency|ban|restriction|closure");
        rule("COERCE", "restrict", false, "^ban|outlaw|censor/V");
        rule("COERCE", "restrict", false, "^crack/V down");
        // ASSAULT
        rule("ASSAULT", "artillery", false, "^shell|bombard/V", Need.ACTOR);
        rule("ASSAULT", "aerial", true, "air|aerial ^strike|raid|attack|bombardment|strikes|raids");
        rule("ASSAULT", "aerial", true, "^airstrike|air-strike|airstrikes");
        rule("ASSAULT", "aerial", false, "^bomb/V", Need.ACTOR);
        rule("ASSAULT", "suicide-bombing", true, "suicide ^bombing|bomber|attack|bombings|attacks|bombers");
        rule("ASSAULT", "firearms", false, "^open/V fire");
        rule("ASSAULT", "firearms", false, "^fire/V ~2 on|at|into", Need.ACTOR);
        rule("ASSAULT", "artillery", false, "^fire|launch/V ~3 rocket|missile|mortar|shell|grenade");
        rule("ASSAULT", null, false, "^launch|carry|mount|stage/V ~4 attack|offensive|assault|raid|strike|operation|bombing"
                + "|ambush|attacks|raids|strikes");
        rule("ASSAULT", null, false, "^attack|assault|ambush|storm|invade|abduct|kidnap/V", Need.ACTOR);
        rule("ASSAULT", null, false, "^kill|massacre|assassinate|execute|behead|murder|shoot/V", Need.ACTOR_OR_VICTIM);
        rule("ASSAULT", null, false, "^clash/V with", Need.ACTOR);
        rule("ASSAULT", null, false, "^blow/V up", Need.ACTOR);
        // nominal violence that names no actor is still an event: "heavy fighting", "clashes between", "a roadside bomb"
        rule("ASSAULT", null, true, "heavy|fierce|bitter|renewed|intense|sporadic|factional|ethnic|armed ^fighting|clashes|clash");
        rule("ASSAULT", null, true, "^clash|clashes|fighting/N between");
        rule("ASSAULT", "bombing", true, "roadside|car|suicide|firebomb|grenade|mortar|rocket|bomb ~1 ^attack|attacks|bombing"
                + "|bombings");
        rule("ASSAULT", "bombing", true, "roadside|car ^bomb|bombs|bombing");
        rule("ASSAULT", null, true, "^attack|attacks/N on|against");
        rule("ASSAULT", null, true, "^attack|raid|offensive|assault|bombing|shelling|ambush/N", Need.ADJACENT_ACTOR);
        rule("ASSAULT", null, false, "^inflict/V ~3 casualty|casualties|loss|losses|damage|defeat", Need.ACTOR);
        // weak nominal triggers last: any stronger rule over the same words wins
        rule("REJECT", "refuse", true, "^refusal|rejection/N");
        rule("MOBILIZE", "troops", true, "^deployment/N of ~4 " + FORCE_NOUNS);
        rule("PROTEST", "demonstrate", true, "nationwide|mass|street|campus|anti-government|student|opposition ^demonstration"
                + "|demonstrations|protest|protests|rally|rallies");
        rule("PROTEST", "demonstrate", true, "^demonstration|demonstrations|protest|protests|rally|rallies/N against");
        rule("PROTEST", "demonstrate", true, "^demonstration|demonstrations|protests/N", Need.ACTOR);
        rule("PROTEST", "hunger", true, "hunger ^strike|strikes");
        // a strike is labour protest only beside workers or unions ("air strike" and "strike a deal" are matched above)
        rule("PROTEST", "strike", true, "^strike|strikes|walkout|walk-out|walkouts/N", Need.LABOUR);
        rule("PROTEST", "boycott", true, "^boycott|boycotts/N of", Need.ACTOR);
        rule("RETREAT", "withdraw", true, "^withdrawal|pullout|pull-out/N of ~4 " + FORCE_NOUNS);
        rule("RETREAT", "withdraw", true, "troop|military ^withdrawal|withdrawals|pullout|pull-out");
        rule("CONSULT", "meet", true, "^meeting|meetings|talks|negotiations/N with|between");
        rule("CONSULT", "meet", true, "^talk/N with");
        rule("CONSULT", "visit", true, "^visit/N", Need.COUNTERPART);
    }

    static {
        for (int r = 0; r < RULES.size(); r++) {
            Set<String> first = RULES.get(r).pattern().firstWords();
            if (first == null) {
                throw new IllegalStateException("a trigger pattern must start with words: rule " + r);
            }
            for (String w : first) {
                BY_FIRST_WORD.computeIfAbsent(w, k -> new ArrayList<>()).add(r);
            }
        }
    }

    /** Refinements of a rule's mode by the words around the trigger. */
    private static final Map<String, Map<String, String>> MODE_WORDS = Map.of(
            "AGREE", Map.of("peace", "peace", "ceasefire", "ceasefire", "truce", "ceasefire"),
            "AID", Map.ofEntries(Map.entry("humanitarian", "humanitarian"), Map.entry("food", "humanitarian"),
                    Map.entry("relief", "humanitarian"), Map.entry("medicine", "humanitarian"),
                    Map.entry("emergency", "humanitarian"), Map.entry("military", "military"),
                    Map.entry("weapon", "military"), Map.entry("asylum", "asylum")),
            "MOBILIZE", Map.ofEntries(Map.entry("police", "police"), Map.entry("policeman", "police"),
                    Map.entry("officer", "police"), Map.entry("tank", "weapons"), Map.entry("warship", "weapons"),
                    Map.entry("ship", "weapons"), Map.entry("jet", "weapons"), Map.entry("aircraft", "weapons"),
                    Map.entry("missile", "weapons"), Map.entry("artillery", "weapons"), Map.entry("militia", "militia"),
                    Map.entry("militiaman", "militia")),
            "THREATEN", Map.ofEntries(Map.entry("quit", "leave"), Map.entry("walk", "leave"), Map.entry("leave", "leave"),
                    Map.entry("withdraw", "leave"), Map.entry("impose", "sanction"), Map.entry("suspend", "sanction"),
                    Map.entry("cut", "sanction"), Map.entry("expel", "sanction"), Map.entry("sanction", "sanction"),
                    Map.entry("attack", "force"), Map.entry("strike", "force"), Map.entry("wipe", "force"),
                    Map.entry("destroy", "force"), Map.entry("bomb", "force"), Map.entry("kill", "force"),
                    Map.entry("invade", "force"), Map.entry("force", "force")),
            "PROTEST", Map.of("hunger", "hunger", "strike", "strike", "walkout", "strike", "walk-out", "strike", "boycott", "boycott",
                    "riot", "riot"),
            "MIGRATE", Map.of("try", "attempt", "attempt", "attempt"));

    private Triggers() {
    }

    private static void rule(String category, String mode, boolean nominal, Need need, String pattern) {
        rule(category, mode, nominal, pattern, need);
    }

    private static void rule(String category, String mode, boolean nominal, String pattern) {
        rule(category, mode, nominal, pattern, Need.NOTHING);
    }

    private static void rule(String category, String mode, boolean nominal, String pattern, Need need) {
        RULES.add(new Rule(category, mode, new TokenPattern(pattern), nominal, need));
    }

    /**
     * The triggers of one sentence, at most one per head token and none overlapping an earlier rule's match.
     * Token indices of the hits are into {@code tokens}.
     */
    static List<Hit> find(List<Token> tokens) {
        List<Hit> hits = new ArrayList<>();
        boolean[] used = new boolean[tokens.size()];
        java.util.TreeMap<Integer, List<Integer>> candidates = new java.util.TreeMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token k = tokens.get(i);
            for (String w : new String[] {Moods.lemma(k), k.word().toLowerCase(Locale.ROOT)}) {
                for (int r : BY_FIRST_WORD.getOrDefault(w, List.of())) {
                    List<Integer> at = candidates.computeIfAbsent(r, x -> new ArrayList<>());
                    if (!at.contains(i)) {
                        at.add(i);
                    }
                }
            }
        }
        for (Map.Entry<Integer, List<Integer>> c : candidates.entrySet()) {
            Rule r = RULES.get(c.getKey());
            for (int i : c.getValue()) {
                TokenPattern.Match m = r.pattern().matchAt(tokens, i, tokens.size());
                if (m == null || used[m.head()]) {
                    continue;
                }
                boolean overlaps = false;
                for (Hit h : hits) {
                    overlaps |= m.first() <= h.match().last() && h.match().first() <= m.last();
                }
                if (!overlaps) {
                    hits.add(new Hit(r, m));
                    used[m.head()] = true;
                }
            }
        }
        pronounObjects(tokens, hits, used);
        hits.sort(java.util.Comparator.comparingInt(h -> h.match().head()));
        return hits;
    }

    /**
     * "the blockade ... since the United States imposed it": a verb whose object is "it" or "them" is tried with each
     * common noun before it in the sentence, nearest first, in the pronoun's place; the first that completes a rule
     * at that verb is taken as the pronoun's antecedent.
     */
    private static void pronounObjects(List<Token> tokens, List<Hit> hits, boolean[] used) {
        for (int p = 1; p < tokens.size(); p++) {
            String w = tokens.get(p).word().toLowerCase(Locale.ROOT);
            int v = p - 1;
            if (!(w.equals("it") || w.equals("them")) || used[v] || !tokens.get(v).pos().startsWith("VB")) {
                continue;
            }
            List<Integer> rules = BY_FIRST_WORD.getOrDefault(Moods.lemma(tokens.get(v)), List.of());
            if (rules.isEmpty()) {
                continue;
            }
            Hit found = null;
            for (int n = v - 1; n >= 0 && found == null; n--) {
                Token a = tokens.get(n);
                if (!a.pos().equals("NN") && !a.pos().equals("NNS")) {
                    continue;
                }
                List<Token> swapped = new ArrayList<>(tokens);
                Token pr = tokens.get(p);
                swapped.set(p, new Token(pr.index(), pr.begin(), pr.end(), a.word(), a.pos(), a.lemma(), a.ner()));
                for (int r : rules) {
                    TokenPattern.Match m = RULES.get(r).pattern().matchAt(swapped, v, swapped.size());
                    if (m != null && m.head() == v && m.last() >= p) {
                        found = new Hit(RULES.get(r), m);
                        break;
                    }
                }
            }
            if (found != null) {
                boolean overlaps = false;
                for (Hit h : hits) {
                    overlaps |= found.match().first() <= h.match().last() && h.match().first() <= found.match().last();
                }
                if (!overlaps) {
                    hits.add(found);
                    used[v] = true;
                }
            }
        }
    }

    /** The mode of a hit: the rule's, refined by telling words from the trigger to a few tokens after it. */
    static String mode(Hit h, List<Token> tokens) {
        Map<String, String> words = MODE_WORDS.get(h.rule().category());
        if (words != null) {
            int to = Math.min(tokens.size(), h.match().last() + 5);
            for (int i = h.match().first(); i < to; i++) {
                String m = words.get(tokens.get(i).lemma().toLowerCase(Locale.ROOT));
                if (m != null) {
                    return m;
                }
            }
        }
        return h.rule().mode();
    }
}
