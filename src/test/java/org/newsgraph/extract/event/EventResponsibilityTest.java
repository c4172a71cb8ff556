package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.asserted;
import static org.newsgraph.extract.event.EventsOf.events;
import static org.newsgraph.extract.event.EventsOf.only;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Twenty-fourth round: a claim of responsibility names the attacker of an attack the story told before (PLOVER
 * ASSAULT with the claimant as actor), whether the claimant claims it or the attack "was claimed by" it.
 */
class EventResponsibilityTest {

    @Test
    void whoClaimsResponsibilityIsTheAttacker() {
        EventMention e = only("ASSAULT", "The Taliban claimed responsibility for Tuesday's suicide bombing in Kabul.");
        assertEquals(List.of("Taliban"), actors(e));
    }

    @Test
    void anAppositionDoesNotHideTheClaimant() {
        EventMention e = only("ASSAULT", "Al Aqsa Martyrs Brigades, armed wing of the ruling Fatah movement, has claimed"
                + " responsibility for the rocket attack, said the report.");
        assertEquals(List.of("Al Aqsa Martyrs Brigades"), actors(e));
    }

    @Test
    void anAttackClaimedByAGroupWasItsAttack() {
        EventMention e = only("ASSAULT", "That attack was claimed by Al-Itihad Al-Islam, a group of ethnic Somalis.");
        assertEquals(List.of("Al-Itihad Al-Islam"), actors(e));
    }

    @Test
    void noClaimNamesNoAttacker() {
        String s = "No group has claimed responsibility for the blast.";
        assertTrue(asserted("ASSAULT", s).stream().allMatch(e -> actors(e).isEmpty()), () -> events(s).toString());
    }
}
