package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.asserted;
import static org.newsgraph.extract.event.EventsOf.events;
import static org.newsgraph.extract.event.EventsOf.only;

import org.junit.jupiter.api.Test;

/**
 * Twenty-fourth round: aid is money or help given (PLOVER AID), not money named in business or market talk, nor help
 * "from" someone that is only asked for, needed or received.
 */
class EventMoneyTest {

    @Test
    void anAmountPledgedIsAid() {
        EventMention e = only("AID", "Japan pledged 350 million dollars to help rebuild the tsunami-hit areas.");
        assertEquals(java.util.List.of("Japan"), actors(e));
    }

    @Test
    void aidFromAPartyThatBuiltSomethingIsAid() {
        EventMention e = only("AID", "A raft of infrastructure facilities including roads and hospitals were built with aid"
                + " from China, said Saggar.");
        assertEquals(java.util.List.of("China"), actors(e));
    }

    @Test
    void aBidOrAMergerIsNoAid() {
        String s = "The bank on Thursday announced a billion dollar bid to merge with the regional Bank of Melbourne.";
        assertTrue(asserted("AID", s).isEmpty(), () -> events(s).toString());
    }

    @Test
    void aRewardIsNoAid() {
        String s = "Regional police offered a reward of 200,000 yuan for information leading to his capture.";
        assertTrue(asserted("AID", s).isEmpty(), () -> events(s).toString());
    }

    @Test
    void supportForACurrencyIsMarketTalk() {
        String s = "An index of future US economic activity suggested the expansion will continue, giving some support"
                + " to the dollar, traders said.";
        assertTrue(asserted("AID", s).isEmpty(), () -> events(s).toString());
    }

    @Test
    void suppliesReachingALevelAreNoDelivery() {
        String s = "EU Humanitarian Aid Commissioner Emma Bonino warned that food supplies in Albania had reached alarming"
                + " levels.";
        assertTrue(asserted("AID", s).isEmpty(), () -> events(s).toString());
    }

    @Test
    void helpReceivedFromADogIsNoAid() {
        String s = "The gendarmerie forces received help from a sniffer dog in finding the heroin in Baskale.";
        assertTrue(asserted("AID", s).isEmpty(), () -> events(s).toString());
    }
}
