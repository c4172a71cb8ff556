package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.allByRules;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.noAssertedByRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forty-ninth round, second part (read from blind12's errors after its first score, and kept only when the pool did not
 * lose by them): attacks in words told with a participle of saying, shares of a land seized, attacks named as one of a
 * kind, jail terms handed down, positions captured and deeds claimed done. The rules are tested alone.
 */
class EventWordsAndSharesTest {

    @Test
    void anAttackFollowedByWhatTheAttackerSaidIsInWords() {
        String text = "Russian Foreign Minister Sergei Lavrov attacked the ODIHR Monday, saying it had an unacceptable"
                + " autonomy in monitoring elections.";
        assertTrue(noAssertedByRules("ASSAULT", text));
        assertTrue(allByRules(text).stream().anyMatch(e -> e.category().equals("ACCUSE") && "ODIHR".equals(recipient(e))));
        // an armed attack keeps its category, whatever is said after it
        assertTrue(allByRules("Gunmen attacked a police post on Monday, saying they wanted revenge.").stream()
                .anyMatch(e -> e.category().equals("ASSAULT")));
        // the words of the one who reports the attack are not the attacker's
        assertTrue(allByRules("Grandi said local residents attacked the UN vehicles to protest at the presence of refugees,"
                + " saying the situation remained extremely tense.").stream().anyMatch(e -> e.category().equals("ASSAULT")));
    }

    @Test
    void aShareOfALandSeizedIsTakenByForce() {
        assertEquals(List.of("rebels"), actors(byRules("ASSAULT", "The rebels captured almost one third of the country in a"
                + " war.")));
        assertTrue(noAssertedByRules("COERCE", "They have seized more than one quarter of Zaire since October."));
        // a quarter of a city is a place
        assertTrue(noAssertedByRules("ASSAULT", "Three others, who managed to swim ashore, were seized in the Ulamis quarter"
                + " of the city."));
    }

    @Test
    void anAttackNamedAsOneOfAKindIsNoNewEvent() {
        assertTrue(noAssertedByRules("ASSAULT", "We condemn such an attack against civilians and humanitarian workers."));
        assertTrue(noAssertedByRules("ASSAULT", "It was the third such attack in the Ethiopian capital in three days."));
    }

    @Test
    void jailTermsHandedDownAreASentencing() {
        EventMention e = byRules("COERCE", "An Indonesian court in East Java Tuesday handed down six and four year jail"
                + " sentences for two pro-democracy activists.");
        assertEquals("arrest", e.mode());
    }

    @Test
    void aPositionCapturedIsTakenByForce() {
        EventMention e = byRules("ASSAULT", "The rebels captured a frontline position from government forces on Saturday.");
        assertEquals(List.of("rebels"), actors(e));
        assertEquals("government forces", recipient(e));
    }

    @Test
    void aDeedClaimedDoneIsReported() {
        assertEquals(List.of("Islamists"), actors(byRules("ASSAULT", "Islamists claimed to have captured a key frontline"
                + " position at Idale.")));
        // what a party claims it will do is still to come
        assertTrue(noAssertedByRules("ASSAULT", "Islamists claimed they would capture the town."));
    }
}
