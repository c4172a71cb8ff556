package org.newsgraph.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.extract.Token;

/**
 * An "attack" in words is an accusation: "Labour, in its latest attack on the Tories", "a speech attacking
 * Euro-scepticism", "launched a fresh attack on Israel, dismissing the Holocaust as a myth". An attack noun or verb is
 * read so when the sentence tells of speech or writing (a speech, a report, a broadcast, remarks, "dismissing", ",
 * saying") and
 * nothing in it speaks of arms or fighting. Stateless.
 */
final class VerbalAttacks {

    private static final Pattern ATTACK = Pattern.compile("(?i).*\\battack(s|ed|ing)?\\b.*");
    /** Words of speech and writing that make an attack a verbal one. */
    private static final Set<String> SPEECH = Set.of("speech", "report", "letter", "broadcast", "remark", "comment",
            "dismiss", "depict", "interview", "editorial", "article", "rhetoric", "tirade", "scathing", "blistering", "verbal",
            "verbally", "criticism", "euro-scepticism", "scepticism", "individualism", "policy", "policies");
    /** Verbs of speech whose participle, after a comma, says what the attacker said. */
    private static final Set<String> SAYING = Set.of("say", "accuse", "call", "describe", "brand", "charge");
    /** Words of arms and fighting, besides the attack itself. */
    private static final Set<String> ARMS = Set.of("gun", "gunman", "gunmen", "gunfire", "shoot", "shot", "bomb", "bombing",
            "bomber", "grenade", "rocket", "missile", "shell", "shelling", "mortar", "troop", "troops", "soldier", "army",
            "militant", "rebel", "insurgent", "guerrilla", "militia", "terrorist", "terror", "kill", "killed", "wound",
            "injure", "dead", "die", "raid", "ambush", "fighter", "force", "forces", "military", "suicide", "explosive",
            "weapon", "knife", "stab", "mob", "police", "civilian", "civilians", "hostage", "airstrike", "strike", "war", "armed",
            "warplane", "jet", "aircraft", "helicopter", "pirate", "hijacking", "hijacker", "seizure", "violence", "violent", "deadly",
            "rob", "robbed", "robbery", "beat", "beaten", "stabbed", "kidnap", "kidnapped", "abduct", "abducted");

    private VerbalAttacks() {
    }

    /** The event as an ACCUSE/criticize when it is an attack in words (see the class comment); the event otherwise. */
    static EventMention of(EventMention e, List<Token> tokens, String body) {
        if (!e.category().equals("ASSAULT") || !ATTACK.matcher(e.trigger().of(body)).matches()) {
            return e;
        }
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).begin() == e.trigger().begin() && tokens.get(i - 1).pos().equals("CD")) {
                return e; // "the Sept. 11 attacks", "the 2012 attacks": an attack dated, made with arms
            }
        }
        boolean speech = false;
        boolean reported = false; // "Grandi said local residents attacked the UN vehicles ..., saying": whose words?
        for (int i = 0; i < tokens.size(); i++) {
            Token k = tokens.get(i);
            String lemma = Moods.lemma(k).toLowerCase(Locale.ROOT);
            if (ARMS.contains(lemma) || ARMS.contains(k.word().toLowerCase(Locale.ROOT))) {
                return e;
            }
            reported |= k.begin() < e.trigger().begin() && (k.pos().equals("VBD") || k.pos().equals("VBZ"))
                    && Set.of("say", "tell", "report").contains(lemma);
            speech |= SPEECH.contains(lemma)
                    // "Lavrov attacked the ODIHR Monday, saying it had an unacceptable autonomy": the attacker's words
                    || !reported && k.pos().equals("VBG") && SAYING.contains(lemma) && i > 0 && tokens.get(i - 1).word().equals(",");
        }
        if (!speech) {
            return e;
        }
        return new EventMention(e.trigger(), "ACCUSE", "criticize", e.actor(), e.actors(), e.recipient(), e.time(), e.place(),
                e.quantities(), e.statement(), e.modality(), e.confidence());
    }
}
