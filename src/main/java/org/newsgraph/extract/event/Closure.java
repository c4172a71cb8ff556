package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The construction closure of the trigger table: for a verb rule, the other constructions wire copy uses for the same
 * act, written as more table entries. A verb with its object ("lifted the ban") also reads as a passive ("the ban was
 * lifted") and as its noun with an "of" phrase ("the revocation of the ban"); a verb with a preposition ("appealed
 * for") as its noun with it ("the appeal for"); a bare verb ("condemned", "supported") as its noun with a party named
 * before it ("Togo's support", "U.S. criticism") or an argument phrase after it ("criticism of X by Y", "support for").
 * Nouns come from a derivation table (verb lemma to noun lemmas). The entries are appended after the written rules, so
 * any written rule over the same words wins. Stateless.
 */
final class Closure {

    /**
     * Prepositions whose phrase after an event noun names a party to it, by category ("criticism of", "attack on").
     * Support "for" or "to" is as often a poll's or a programme's ("support for the Liberal Democrats was up").
     */
    private static final Map<String, String> ARGUMENT_PREPOSITIONS = Map.ofEntries(
            Map.entry("ACCUSE", "of|by|against"), Map.entry("SUPPORT", "by|from"),
            Map.entry("REQUEST", "for|to|by|from"), Map.entry("REJECT", "of|by"), Map.entry("THREATEN", "to|against|by"),
            Map.entry("COERCE", "of|by"), Map.entry("ASSAULT", "on|against|of|by"), Map.entry("RETREAT", "of|from|by"),
            Map.entry("CONCEDE", "to|by|of"), Map.entry("PROTEST", "against|by|of|outside"),
            Map.entry("CONSULT", "with|between|by|to"), Map.entry("AID", "to|for|from|by"),
            Map.entry("SANCTION", "on|against|by|of"), Map.entry("MOBILIZE", "of|by|to"));
    /** Words that open a phrase rather than name a thing, so a verb rule's element made of them is a preposition. */
    private static final Set<String> PREPOSITIONS = Set.of("to", "for", "with", "on", "upon", "against", "of", "from",
            "over", "between", "into", "at", "about", "by");

    private static final Set<String> PARTICLES = Set.of("out", "back", "down", "up", "off", "away", "over", "in");
    /** Words that follow a verb in a rule without being its object: conjunctions, modals, adverbs, predicates. */
    private static final Set<String> NOT_OBJECTS = Set.of("that", "as", "would", "will", "could", "together", "jointly",
            "closely", "responsible", "accountable", "visiting", "themselves", "itself");

    private Closure() {
    }

    /**
     * The entries ("CATEGORY mode noun|verb need pattern") derived from one verb rule, whose pattern has its
     * word lists expanded; empty when the rule's head is not its first element, no verb of it has a derived noun, or
     * its shape is none of the three above.
     */
    static List<String> derive(String category, String mode, String need, String pattern, Map<String, Set<String>> nouns) {
        String[] parts = pattern.trim().split("\\s+");
        if (!parts[0].startsWith("^") || !parts[0].endsWith("/V") || category.equals(Triggers.NOT_AN_EVENT)) {
            return List.of();
        }
        String verbs = parts[0].substring(1, parts[0].length() - 2);
        Set<String> derived = new LinkedHashSet<>();
        for (String v : verbs.split("\\|")) {
            derived.addAll(nouns.getOrDefault(v, Set.of()));
        }
        List<String> rest = new ArrayList<>(List.of(parts).subList(1, parts.length));
        rest.removeIf(p -> p.startsWith("!")); // tests on the words after a verb say nothing of its noun
        List<String> out = new ArrayList<>();
        String noun = "^" + String.join("|", derived) + "/N";
        String head = category + " " + mode + " ";
        if (rest.isEmpty()) {
            if (!derived.isEmpty()) {
                String preps = ARGUMENT_PREPOSITIONS.get(category);
                if (preps != null) { // first: the longer match is tried before the bare noun claims the word
                    out.add(head + "noun " + nominalNeed(need) + " " + noun + " " + preps); // "criticism of X by Y"
                }
                if (nominalNeed(need).equals("PARTY") && !derived.stream().anyMatch(NounRoles.PATIENT_NOUNS::contains)) {
                    out.add(head + "noun ADJACENT_ACTOR " + noun); // "Togo's support", "U.S. criticism", "his appeal"
                }
            }
            return out;
        }
        int at = rest.get(0).startsWith("~") ? 1 : 0;
        if (at >= rest.size() || !plainWords(rest.get(at))) {
            return out;
        }
        List<String> after = rest.subList(at + 1, rest.size());
        if (isPreposition(rest.get(at))) {
            if (!derived.isEmpty()) { // "appealed for" -> "the appeal for", "warned ... of consequences" -> "warning of consequences"
                out.add(head + "noun " + nominalNeed(need) + " " + noun + " " + String.join(" ", rest.subList(at, rest.size())));
            }
            return out;
        }
        if (!derived.isEmpty()) { // "lifted the ban" -> "the lifting of the ban"
            out.add(head + "noun - " + noun + " of ~3 " + String.join(" ", rest.subList(at, rest.size())));
        }
        if (after.isEmpty()) { // "the ban was lifted", "sanctions have been imposed by"; not "the documents signed in 1972"
            out.add(head + "verb " + passiveNeed(category, need) + " " + rest.get(at) + " ~2 be ~1 ^" + verbs + "/P");
        }
        return out;
    }

    /** What a noun made from a verb needs: a party named around it, unless the verb's need holds for it as is. */
    private static String nominalNeed(String need) {
        return switch (need) {
            case "COUNTERPART", "FORCE_OR_PLACE", "LABOUR" -> need;
            default -> "PARTY";
        };
    }

    /**
     * A passive names its patient as subject: an actor is no longer needed ("the curfew was lifted"), but a contact
     * between parties still needs one named ("talks were held with X"; "a meeting was held in Agra" tells of none).
     */
    private static String passiveNeed(String category, String need) {
        if (CONTACTS.contains(category)) {
            return "COUNTERPART";
        }
        return need.equals("ACTOR") || need.equals("ACTOR_OR_VICTIM") || need.equals("VICTIM") ? "-" : need;
    }

    private static final Set<String> CONTACTS = Set.of("CONSULT", "AGREE", "COOPERATE");

    /** An element of plain word alternatives (no tag, word class, head mark or test). */
    private static boolean plainWords(String element) {
        if (!element.matches("[A-Za-z][A-Za-z|'-]*") || isParticle(element)) {
            return false;
        }
        for (String w : element.split("\\|")) {
            if (NOT_OBJECTS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** "pulled out", "stepped down": a particle, part of the verb, not its object. */
    private static boolean isParticle(String element) {
        for (String w : element.split("\\|")) {
            if (!PARTICLES.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPreposition(String element) {
        for (String w : element.split("\\|")) {
            if (!PREPOSITIONS.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
