package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Deaths by accident, disaster or suicide are no attack; declining to comment is no rejection. */
class EventMishapsTest {

    private static List<String> categories(String text) {
        return EventsOf.events(text).stream().map(EventMention::category).toList();
    }

    @Test
    void deathsInARoadAccidentAreNoAssault() {
        assertTrue(categories("At least 16 people were killed and 62 others injured when two passenger buses collided "
                + "head on in northwestern Bangladesh on Wednesday, police said.").stream().noneMatch("ASSAULT"::equals));
    }

    @Test
    void aMineBlastKillingMinersIsNoAssault() {
        assertTrue(categories("A gas blast on Sunday hit a colliery in Shanxi province, killing all 24 miners.")
                .stream().noneMatch("ASSAULT"::equals));
    }

    @Test
    void aNamedTyphoonKillingPeopleIsNoAssault() {
        assertTrue(categories("Typhoon Xangsane hit Metro Manila two months ago, killing at least 200 people.")
                .stream().noneMatch("ASSAULT"::equals));
    }

    @Test
    void deathsOnBoardACrashedPlaneAreNoAssault() {
        assertTrue(categories("All passengers and crew on board were killed, along with five people on the ground.")
                .stream().noneMatch("ASSAULT"::equals));
    }

    @Test
    void aHijackingOnBoardKeepsItsAssault() {
        assertTrue(categories("Hijackers killed two passengers on board the airliner on Monday.").contains("ASSAULT"));
    }

    @Test
    void aSuicideIsNoAssault() {
        assertTrue(categories("The former bureau chief killed himself after his plans were found out.")
                .stream().noneMatch("ASSAULT"::equals));
    }

    @Test
    void anAttackBesideAnExplosionKeepsItsAssault() {
        EventMention e = EventsOf.only("ASSAULT", "Gunmen killed six soldiers in an ambush before a car bomb explosion "
                + "hit the convoy in Baghdad on Tuesday.");
        assertEquals("ASSAULT", e.category());
    }

    @Test
    void deathsInAnExchangeOfFireKeepTheirAssault() {
        assertTrue(categories("A Palestinian was killed in an exchange of fire with Israeli troops on Monday.")
                .contains("ASSAULT"));
    }

    @Test
    void deathsWherePoliceFiredKeepTheirAssault() {
        assertTrue(categories("Four people were killed and three others injured when police fired on a rampaging mob "
                + "after a bus accident, the agency reported.").contains("ASSAULT"));
    }

    @Test
    void refusingToCommentIsNoRejection() {
        assertTrue(categories("Tsvangirai's spokesperson William Bango refused to comment on the latest developments.")
                .stream().noneMatch("REJECT"::equals));
        assertTrue(categories("A diplomat, who declined to be named, said the talks would go on.")
                .stream().noneMatch("REJECT"::equals));
    }

    @Test
    void askingNotToBeNamedIsNoRequest() {
        assertTrue(categories("\"This could be the start of their retaliatory attacks,\" said a military official who "
                + "asked not to be named.").stream().noneMatch("REQUEST"::equals));
    }

    @Test
    void refusingADemandIsStillARejection() {
        EventsOf.only("REJECT", "Iran on Monday refused to suspend uranium enrichment as the Security Council demanded.");
    }
}
