package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Eighty-second round, second part, the rules alone: the weapons an attack is made with are the attack's means; a
 * cricket Test is sport.
 */
class EventArgumentsOfRound83Test {

    @Test
    void theWeaponsAnAttackIsMadeWithAreOneAttack() {
        List<EventMention> attacks = EventsOf.allByRules("Insurgents frequently target US and Iraqi military patrols with car "
                + "bombs and roadside bombs.").stream().filter(e -> e.category().equals("ASSAULT")).toList();
        assertEquals(1, attacks.size(), () -> attacks.toString());
        assertEquals(List.of("Insurgents"), EventsOf.actors(attacks.get(0)));
    }

    @Test
    void aSeriesOfAttacksAndAnActOfItStayTwo() {
        long attacks = EventsOf.allByRules("Since then the group has launched a string of bloody attacks, including the 2002 "
                + "Bali bombings which killed 202 people.").stream().filter(e -> e.category().equals("ASSAULT")).count();
        assertEquals(2, attacks);
    }

    @Test
    void aCricketTestIsSport() {
        assertTrue(EventsOf.noAssertedByRules("REJECT", "England, who refused to play a Test here, had sought extra security in "
                + "the violence-prone city."));
        assertEquals(List.of("England"), EventsOf.actors(EventsOf.byRules("REJECT", "England refused to sign the treaty.")));
    }
}
