package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Eighty-seventh round, the rules alone: an appositive before a time adjunct; the person a description with a relative
 * clause follows; an absolute "with" clause names no party.
 */
class EventArgumentsOfRound87Test {

    @Test
    void anAppositiveBeforeATimeAdjunctIsPassedOver() {
        assertEquals(List.of("Saad Hariri"), EventsOf.actors(EventsOf.byRules("REQUEST",
                "Saad Hariri, the leader of the Future Movement, on Monday urged the United Nations to act.")));
        assertEquals(List.of("Saad Hariri"), EventsOf.actors(EventsOf.byRules("REQUEST",
                "Saad Hariri, the leader of the Future Movement, last week urged the United Nations to act.")));
    }

    @Test
    void theRelativeClauseOfADescriptionIsThePersons() {
        assertEquals(List.of("Jerry Singirok"), EventsOf.actors(EventsOf.byRules("REQUEST", "Jerry Singirok, sacked commander of the "
                + "PNG Defence Force who made the accusations, demanded the sacking of Julius Chan.")));
    }

    @Test
    void anAbsoluteWithClauseNamesNoParty() {
        assertNull(EventsOf.recipient(EventsOf.byRules("SANCTION", "The government imposed sanctions, with officials saying the move was needed.")));
        assertNull(EventsOf.recipient(EventsOf.byRules("SANCTION", "Israel froze negotiations, with Sharon saying there will be no discussions.")));
        assertEquals("Palestinians", EventsOf.recipient(EventsOf.byRules("SANCTION", "Israel froze negotiations with the Palestinians on Monday.")));
    }

    @Test
    void theChargeAfterItsAccusersNamesTheAccused() {
        assertEquals("priests", EventsOf.recipient(EventsOf.byRules("ACCUSE",
                "The archdiocese rejected accusations by 45 people that priests abused them.")));
    }

    @Test
    void aChargeToldInThePassiveAccusesItsAgent() {
        assertEquals("priests", EventsOf.recipient(EventsOf.byRules("ACCUSE",
                "The archdiocese agreed to settle accusations by 45 people that they were sexually abused by priests.")));
        assertEquals("police", EventsOf.recipient(EventsOf.byRules("ACCUSE",
                "Rights groups made allegations that prisoners were tortured by police.")));
    }

    @Test
    void theLatterIsTheLastPartyNamed() {
        assertEquals("Junichiro Koizumi", EventsOf.recipient(EventsOf.byRules("ACCUSE", "South Korean President Roh Moo-hyun on Friday "
                + "met with Japanese Prime Minister Junichiro Koizumi, strongly protesting the latter's repeated pilgrimages to a war shrine.")));
        assertEquals("Putin", EventsOf.recipient(EventsOf.byRules("ACCUSE", "Bush met Putin and criticised the latter over Georgia.")));
    }

    @Test
    void aDeedASpeakerReportsIsNotTheSpeakers() {
        assertEquals(List.of(), EventsOf.actors(EventsOf.byRules("COERCE", "Sneh said the overnight arrests were aimed at preventing attacks.")));
        assertEquals(List.of("army"), EventsOf.actors(EventsOf.byRules("ASSAULT", "The army said its raid killed three militants.")));
    }

    @Test
    void theirThingPraisedAfterAPrepositionIsTheirs() {
        assertEquals("rebels", EventsOf.recipient(EventsOf.byRules("SUPPORT",
                "The minister met the rebels and spoke highly of their commitment to peace.")));
    }

    @Test
    void theOneWhoseOusterIsDemandedIsAsked() {
        assertEquals("Yadav", EventsOf.recipient(EventsOf.byRules("REQUEST",
                "The BJP and other rivals of Yadav have called a general shutdown in Bihar to demand his ouster.")));
        assertEquals("Yadav", EventsOf.recipient(EventsOf.byRules("REQUEST", "The rivals of Yadav called a shutdown to demand Yadav's ouster.")));
    }

    @Test
    void aTownRaidedIsWhereNotWhom() {
        EventMention stormed = EventsOf.byRules("ASSAULT", "Israeli army jeeps stormed the city of Ramallah and arrested three Hamas members.");
        assertNull(EventsOf.recipient(stormed));
        assertEquals("Ramallah", stormed.place().text());
        assertEquals("Kisangani", EventsOf.recipient(EventsOf.byRules("ASSAULT", "Rebels captured Kisangani on March 15.")));
    }
}
