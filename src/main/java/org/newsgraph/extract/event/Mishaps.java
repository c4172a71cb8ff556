package org.newsgraph.extract.event;

import java.util.List;
import java.util.Set;
import org.newsgraph.extract.Token;

/**
 * Whether a sentence tells deaths and injuries from an accident, a disaster or a suicide ("16 people were killed when
 * two buses collided", "the fire killed at least 343 people", "killed himself"), where "killed" and "wounded" are no
 * attack by anyone: event coders leave them out. Read off common words (lower-case, or a sentence's first word) and
 * disasters that name themselves ("Typhoon Xangsane"), and only when nothing in the sentence
 * speaks of violence (a gun, a bomb, troops, an "exchange of fire", a fire "deliberately set", police who "fired"),
 * so that a fire or an explosion in a war report keeps its attack. The police alone are no such word: they are the
 * usual source of accident reports ("..., police said"). Stateless.
 */
final class Mishaps {

    /** Nouns and verbs of accidents and natural disasters. */
    private static final Set<String> MISHAPS = Set.of("accident", "collision", "collide", "crash", "derailment",
            "derail", "capsize", "blaze", "mudflow", "mudslide", "landslide", "flood", "flooding", "earthquake", "quake",
            "typhoon", "cyclone", "hurricane", "tornado", "tsunami", "avalanche", "stampede", "colliery", "asphyxia",
            "calamity", "disaster", "heatwave", "drowning", "drown", "electrocute", "outbreak", "epidemic",
            // air and sea accidents ("two people on board were killed", "crashed after taking off from an airstrip")
            "aboard", "passenger", "airstrip", "runway", "pilot", "sink", "sank",
            // rail accidents and wild fires ("a Metro train struck two employees", "killed in a wildfire")
            "train", "railway", "railroad", "wildfire", "bushfire", "lightning", "bus",
            // war remnants that go off years later ("unexploded bombs"; "UXO" is read with the names)
            "unexploded",
            // gas that leaks or spills from a pipe ("were suffocated by an obvious gas spill", "while exhausting a pipeline")
            "spill", "leak", "leakage", "pipeline",
            // volcanoes ("About 1,300 people were killed when it erupted in 1930"; "fighting erupted" names violence)
            "volcano", "eruption", "erupt");
    /** Vehicles of rail accidents, which are no accident's words before a blast ("the deadly train blasts in Mumbai"). */
    private static final Set<String> RAIL = Set.of("train", "railway", "railroad");
    /** Disasters that name themselves ("Typhoon Xangsane", "Hurricane Katrina"): capitalised, still no attack. */
    private static final Set<String> NAMED = Set.of("typhoon", "hurricane", "cyclone", "tornado", "storm", "earthquake");
    /** Words of things that explode or burn by accident only beside one of {@link #SOURCES} ("a gas explosion"). */
    private static final Set<String> BLASTS = Set.of("explosion", "blast", "fire");
    /** What an accidental blast comes from ("a methane gas explosion", "a mine blast", "an enormous fire"). */
    private static final Set<String> SOURCES = Set.of("gas", "methane", "coal", "mine", "colliery", "boiler", "chemical",
            "factory", "fireworks", "firework", "pipeline", "enormous", "huge", "massive", "forest", "hospital", "house");
    /** Containers that burst by accident ("when the oil tank they were painting exploded"). */
    private static final Set<String> TANKS = Set.of("tank", "tanker", "cylinder", "boiler", "reactor", "tyre", "tire");

    /** Whether one of {@link #TANKS} is the subject of the verb "explode" at {@code i}, within the six words before it. */
    private static boolean tankBefore(List<Token> tokens, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 6); j--) {
            if (TANKS.contains(tokens.get(j).word().toLowerCase(java.util.Locale.ROOT)) && tokens.get(j).pos().startsWith("NN")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an "at" or "in" phrase right after the blast word at {@code i} ends in one of {@link #SITES} ("a blast and
     * fire at a vandalised oil pipeline", "an explosion in a coal mine").
     */
    private static boolean sourceAfter(List<Token> tokens, int i) {
        if (i + 2 >= tokens.size() || !Set.of("at", "in").contains(tokens.get(i + 1).word().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int j = i + 2; j < Math.min(tokens.size(), i + 7); j++) {
            Token k = tokens.get(j);
            if (SITES.contains(k.word().toLowerCase(java.util.Locale.ROOT)) && k.pos().startsWith("NN")) {
                return true;
            }
            if (!(k.pos().equals("DT") || k.pos().startsWith("JJ") || k.pos().equals("VBN") || k.pos().startsWith("NN"))) {
                return false;
            }
        }
        return false;
    }

    /** Industrial sites where blasts happen by accident ("a fire at a vandalised oil pipeline"; not a house or a hospital). */
    private static final Set<String> SITES = Set.of("gas", "methane", "coal", "mine", "colliery", "boiler", "chemical",
            "fireworks", "firework", "pipeline", "refinery", "depot");

    /** Reflexive objects of "killed": a suicide. */
    private static final Set<String> SELVES = Set.of("himself", "herself", "themselves", "itself", "myself");
    /** Words of violence: with one of them the deaths may be an attack's. */
    private static final Set<String> VIOLENCE = Set.of("gun", "gunman", "gunmen", "gunfire", "gunshot", "shoot", "shot",
            "shooting", "bomb", "bombing", "bomber", "grenade", "rocket", "missile", "shell", "shelling", "mortar",
            "attack", "attacker", "assailant", "raid", "ambush", "offensive", "airstrike", "troop", "troops", "soldier",
            "army", "militant", "rebel", "insurgent", "guerrilla", "militia", "terrorist",
            "clash", "riot", "murder", "killer", "assassinate", "assassination", "arson", "arsonist", "deliberately",
            "landmine", "hostage", "kidnapper", "war", "exchange", "arms", "execution", "stab", "knife", "mob", "fired",
            "hijack", "hijacker", "hijacking", "pirate", "torpedo", "fighting", "fight", "violence", "combat", "battle",
            "insurgency", "conflict");

    private Mishaps() {
    }

    /** Weapons and attacks that kill by themselves: the subject of "killed" when no one is named, never an accident. */
    private static final Set<String> WEAPONS = Set.of("bomb", "bombing", "blast", "explosion", "explode", "explosive",
            "rocket", "missile", "shell", "shelling", "mortar", "grenade", "gunfire", "shooting", "attack", "airstrike",
            "raid", "ambush", "landmine", "gunman", "gunmen", "bomber", "sniper", "artillery", "shoot", "rifle", "gun", "killer",
            "violence", "arson", "deliberately", "fighting", "clash");

    /** Animals, whose killing ("the killings of animals", "each poultry killed") is no attack on anyone. */
    private static final Set<String> ANIMALS = Set.of("animal", "poultry", "bird", "chicken", "duck", "goose", "cattle",
            "cow", "pig", "sheep", "goat", "dog", "cat", "horse", "fish", "whale", "dolphin", "elephant", "rhino", "tiger",
            "dinosaur", "livestock", "fowl", "deer", "wolf", "bear", "seal", "monkey");

    /**
     * Whether an animal is what an attack word from {@code first} to {@code last} acts on: the noun just after it (past
     * determiners, numbers, adjectives and "of") or just before a participle ("each poultry killed").
     */
    static boolean animalTarget(List<Token> tokens, int first, int last) {
        int i = last + 1;
        while (i < tokens.size() && (tokens.get(i).pos().equals("DT") || tokens.get(i).pos().equals("CD")
                || tokens.get(i).pos().startsWith("JJ") || tokens.get(i).word().equals("of"))) {
            i++;
        }
        boolean after = i < tokens.size() && tokens.get(i).pos().startsWith("NN") && ANIMALS.contains(Moods.lemma(tokens.get(i)));
        boolean before = first > 0 && tokens.get(first).pos().startsWith("VB") && ANIMALS.contains(Moods.lemma(tokens.get(first - 1)));
        return after || before;
    }

    /** Whether a word of a weapon or an attack stands among tokens {@code from..to-1} ("the blast destroyed a car, killing"). */
    static boolean weapon(List<Token> tokens, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            if (WEAPONS.contains(Moods.lemma(tokens.get(i)).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a verb of killing in the sentence has a number or a determiner for its object: others were killed before the
     * killers killed themselves ("two teenagers who killed 13 people ... before killing themselves").
     */
    private static boolean killsOthers(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).pos().startsWith("VB") && Moods.lemma(tokens.get(i)).equals("kill")
                    && Set.of("CD", "DT").contains(tokens.get(i + 1).pos())) {
                return true;
            }
        }
        return false;
    }

    /** Storms and the weather, whose threats and warnings are forecasts ("typhoon Pepeng ... is threatening"). */
    private static final Set<String> STORMS = Set.of("typhoon", "storm", "hurricane", "cyclone", "tornado", "weather");

    /** Whether a word of a storm or the weather stands in the sentence (a name's "Typhoon" too, not "Operation Desert Storm"). */
    static boolean storm(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token k = tokens.get(i);
            boolean named = i > 0 && tokens.get(i - 1).pos().startsWith("NNP");
            if (STORMS.contains(k.word().toLowerCase(java.util.Locale.ROOT)) && !named) {
                return true;
            }
        }
        return false;
    }

    /** True when the sentence tells an accident, a disaster or a suicide and nothing in it speaks of violence. */
    static boolean context(List<Token> tokens) {
        boolean mishap = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token k = tokens.get(i);
            String w = k.word();
            String lemma = Moods.lemma(k);
            if (w.isEmpty() || k.pos().startsWith("NNP") || !Character.isLowerCase(w.charAt(0)) && i > 0) {
                mishap |= NAMED.contains(lemma) && i + 1 < tokens.size() && tokens.get(i + 1).pos().equals("NNP")
                        && !(i > 0 && tokens.get(i - 1).pos().startsWith("NNP")) || w.equals("UXO");
                continue; // otherwise a name ("Operation Desert Storm", "the Gas Authority"), not a mishap
            }
            w = w.toLowerCase(java.util.Locale.ROOT); // a sentence's first word ("Hijackers killed ...")
            if (VIOLENCE.contains(lemma) || VIOLENCE.contains(w)) {
                return false;
            }
            boolean blastIn = RAIL.contains(lemma) && i + 1 < tokens.size() && BLASTS.contains(Moods.lemma(tokens.get(i + 1)));
            mishap |= MISHAPS.contains(lemma) && !blastIn
                    || SELVES.contains(w) && i > 0 && Moods.lemma(tokens.get(i - 1)).equals("kill") && !killsOthers(tokens)
                    || BLASTS.contains(lemma) && i > 0 && SOURCES.contains(tokens.get(i - 1).word().toLowerCase())
                    || BLASTS.contains(lemma) && sourceAfter(tokens, i)
                    || lemma.equals("board") && i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("on")
                    || lemma.equals("explode") && tankBefore(tokens, i);
        }
        return mishap;
    }
}
