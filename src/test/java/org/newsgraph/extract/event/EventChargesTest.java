package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.only;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Twenty-sixth round: the one a charge, trial or suspicion holds to have done a deed; the force behind an operation in
 * which people were killed; and the state or organisation whose official or report is the subject.
 */
class EventChargesTest {

    @Test
    void theObjectOfAnImplicatingVerbDidTheDeed() {
        EventMention e = only("ASSAULT", "A German court implicated Iran's intelligence ministry in the killing of four Kurdish dissidents.");
        assertEquals(List.of("Iran"), actors(e));
        assertEquals("Kurdish dissidents", recipient(e));
    }

    @Test
    void thoseWhoFaceChargesOverAKillingDidIt() {
        EventMention e = only("ASSAULT", "Two Marines face murder charges in connection with the killing of 24 civilians in Haditha.");
        assertEquals(List.of("Marines"), actors(e));
    }

    @Test
    void aParticipleOfChargingNamesTheNounBeforeIt() {
        EventMention e = only("ASSAULT", "Five men accused of the murder of Kurdish opposition leaders went on trial in Berlin.");
        assertEquals(List.of("men"), actors(e));
    }

    @Test
    void suspicionOfInvolvementNamesTheSuspects() {
        EventMention e = only("ASSAULT", "The Hamas militants were arrested on suspicion of involvement in Edry's murder.");
        assertEquals(List.of("Hamas"), actors(e));
        assertEquals("Edry", recipient(e));
    }

    @Test
    void thoseInvolvedInAttacksMadeThem() {
        EventMention e = only("ASSAULT", "Israel will not release Palestinians who were involved in attacks on Israeli targets.");
        assertEquals(List.of("Palestinians"), actors(e));
    }

    @Test
    void aDeedOverseenIsTheOverseers() {
        EventMention e = only("ASSAULT", "Botha oversaw the torture of thousands of black activists.");
        assertEquals(List.of("Botha"), actors(e));
    }

    @Test
    void theForceBehindAnOperationKilledThoseKilledDuringIt() {
        EventMention e = only("ASSAULT", "More than 60 Palestinians were killed and 250 others wounded during the Israeli operation.");
        assertEquals(List.of("Israeli"), actors(e));
        assertEquals("Palestinians", recipient(e));
        EventMention by = only("ASSAULT", "Three rebels were killed during a dawn operation by Afghan and coalition forces.");
        assertEquals("rebels", recipient(by));
        assertEquals(List.of("Afghan"), actors(by));
    }

    @Test
    void theOtherSideOfAnExchangeOfFireKilled() {
        EventMention e = only("ASSAULT", "A soldier was killed in an exchange of fire with Hezbollah guerrillas.");
        assertEquals(List.of("Hezbollah"), actors(e));
        assertEquals("soldier", recipient(e));
    }

    @Test
    void thoseArrestedAfterAShootoutDidNotSufferIt() {
        EventMention e = only("ASSAULT", "Two militants were arrested after the shootout with the Border Security Force.");
        assertNotEquals(List.of("Border Security Force"), actors(e));
    }

    @Test
    void aStateActsThroughItsOfficialAsSubject() {
        EventMention e = only("REQUEST", "Indonesia's top telecommunications official Thursday called on people to limit Internet use.");
        assertEquals(List.of("Indonesia"), actors(e));
        EventMention c = only("ACCUSE", "Speaking in Brussels, the European Commission's spokeswoman on external affairs condemned the remarks.");
        assertEquals(List.of("European Commission"), actors(c));
    }

    @Test
    void aTitleWithItsNounIsADescribedSubject() {
        EventMention e = only("REQUEST", "The chief justice urged courts to exercise extreme caution.");
        assertEquals(List.of("chief justice"), actors(e));
        assertEquals("courts", recipient(e));
    }
}
