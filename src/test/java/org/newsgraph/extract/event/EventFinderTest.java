package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.nlp.CoreNlpAnalyzer;
import org.newsgraph.ingest.Article;
import org.newsgraph.link.LinkedArticle;
import org.newsgraph.pipeline.ArticleProcessor;

/** Behaviours of event finding, each on a short text run through the whole extraction. */
class EventFinderTest {

    private static final ArticleProcessor PROCESSOR = new ArticleProcessor(CoreNlpAnalyzer.shared());

    private static List<EventMention> events(String text) {
        Article a = new Article("t", null, null, "", null, List.of(), null, null, "2021-11-09", null, "en", null, -1, 0, text);
        LinkedArticle linked = PROCESSOR.link(a);
        return linked.extraction().findings(EventMention.class);
    }

    private static EventMention only(String category, List<EventMention> events) {
        List<EventMention> of = events.stream().filter(e -> e.category().equals(category)).toList();
        assertEquals(1, of.size(), () -> category + " in " + events);
        return of.get(0);
    }

    @Test
    void mobilisationCarriesActorTroopsModeQuantityAndDate() {
        EventMention e = only("MOBILIZE", events("On Monday, Polish authorities mobilized over 12,000 troops."));
        assertEquals("Polish authorities", e.actor().text());
        assertEquals("troops", e.mode());
        assertEquals(12000, e.quantities().get(0).value());
        assertEquals("2021-11-08", e.time().value());
        assertTrue(e.asserted());
    }

    @Test
    void possessivePronounBeforeANounTriggerIsTheActor() {
        EventMention e = only("CONSULT", events("Jens Stoltenberg spoke to reporters. Stoltenberg wrote on Twitter"
                + " following his phone conversation with Polish President Andrzej Duda."));
        assertEquals("phone", e.mode());
        assertTrue(e.actor().text().contains("Stoltenberg"), e.toString());
        assertEquals("Andrzej Duda", e.recipient().text());
    }

    @Test
    void aPhoneCallMadeToSomeoneIsAConversationNotAnAppeal() {
        List<EventMention> es = events("Abbas made a phone call to Olmert on Saturday to inform him of the deal.");
        EventMention e = only("CONSULT", es);
        assertEquals("phone", e.mode());
        assertEquals("Olmert", e.recipient().text());
        assertTrue(es.stream().noneMatch(x -> x.category().equals("REQUEST")), es.toString());
    }

    @Test
    void negatedEventIsNotAsserted() {
        EventMention e = only("ASSAULT", events("Russian troops did not attack the village."));
        assertEquals(Modality.NEGATED, e.modality());
    }

    @Test
    void threatIsAssertedButTheThreatenedActIsHypothetical() {
        List<EventMention> es = events("The United States threatened to impose sanctions on Iran.");
        EventMention threat = only("THREATEN", es);
        assertTrue(threat.asserted());
        assertEquals("sanction", threat.mode());
        assertEquals(Modality.HYPOTHETICAL, only("SANCTION", es).modality());
    }

    @Test
    void modalVerbMakesAnEventHypothetical() {
        assertEquals(Modality.HYPOTHETICAL, only("SANCTION", events("The European Union could impose new sanctions on Belarus."))
                .modality());
    }

    @Test
    void relativePronounStandsForTheNameBeforeIt() {
        EventMention e = only("SANCTION", events("Washington criticised the United Nations, which imposed sanctions on Iraq."));
        assertEquals("United Nations", e.actor().text());
        assertEquals("Iraq", e.recipient().text());
    }

    @Test
    void attackingSomeoneForSomethingIsAnAccusationNotAnAssault() {
        List<EventMention> es = events("Tony Blair attacked the Conservatives for their record on schools.");
        assertEquals("ACCUSE", es.get(0).category());
        assertEquals(1, es.size());
    }

    @Test
    void censureInAQuoteIsAnAccusationLinkedToTheStatement() {
        EventMention e = only("ACCUSE", events("\u201cBelarus using migrants as a hybrid tactic is unacceptable,\u201d"
                + " Jens Stoltenberg wrote on Twitter."));
        assertNotNull(e.statement());
        assertEquals("Belarus", e.recipient().text());
        assertTrue(e.actor().text().contains("Stoltenberg"));
    }

    @Test
    void sportingWithdrawalIsNoRetreat() {
        assertTrue(events("Leander Paes had already pulled out to recover from a finger injury.").stream()
                .noneMatch(e -> e.category().equals("RETREAT")));
    }

    @Test
    void groupNounsBecomeParticipants() {
        EventMention e = only("COERCE", events("Police arrested 19 protesters in Minsk."));
        assertEquals("Police", e.actor().text());
        assertEquals("protesters", e.recipient().text());
        assertEquals("Minsk", e.place().text());
    }

    private static List<EventMention> asserted(String category, String text) {
        return events(text).stream().filter(e -> e.category().equals(category) && e.asserted()).toList();
    }

    @Test
    void passiveArrestHasItsAgentAsActorAndItsSubjectAsRecipient() {
        EventMention e = only("COERCE", events("Thirty protesters were arrested by police in Cairo on Monday."));
        assertEquals("police", e.actor().text());
        assertEquals("protesters", e.recipient().text());
    }

    @Test
    void phrasalVerbOfViolenceIsAnAssault() {
        EventMention e = only("ASSAULT", events("Suspected insurgents gunned down a policeman in Yala province."));
        assertEquals("firearms", e.mode());
        assertTrue(e.actor().text().contains("insurgents"), e.toString());
    }

    @Test
    void killingOfNamesItsVictimNotTheSubjectOfTheClause() {
        List<EventMention> es = events("German Chancellor Angela Merkel condemned the murder of Lebanese minister Pierre Gemayel.");
        EventMention assault = only("ASSAULT", es);
        assertNull(assault.actor());
        assertEquals("Pierre Gemayel", assault.recipient().text());
        assertTrue(only("ACCUSE", es).actor().text().contains("Merkel"));
    }

    @Test
    void deathsInAnAccidentAreNoAssault() {
        assertTrue(asserted("ASSAULT", "Seven people were killed in a road accident in southern Uganda.").isEmpty());
        assertTrue(asserted("ASSAULT", "The opposition leader died of a heart attack on October 26.").isEmpty());
    }

    @Test
    void talksBetweenNameBothParties() {
        EventMention e = only("CONSULT", events("Talks between Israel and Syria began in Washington on Monday."));
        assertEquals("Israel", e.actor().text());
        assertEquals("Syria", e.recipient().text());
    }

    @Test
    void nounBeforeAFutureVerbIsHypothetical() {
        assertTrue(asserted("CONSULT", "Peace talks with the rebels will be held in Nairobi next week.").isEmpty());
    }

    @Test
    void injuriesBesideAKillingAreTheSameAttack() {
        List<EventMention> es = asserted("ASSAULT", "One militant was killed and nine other Palestinians wounded in an Israeli"
                + " air strike on Wednesday.");
        assertEquals(1, es.size(), es::toString);
        assertEquals("Israeli", es.get(0).actor().text());
    }

    @Test
    void countOfVictimsIsNoEvent() {
        assertTrue(asserted("ASSAULT", "The number of miners killed rose by 44 percent.").isEmpty());
    }

    @Test
    void rulingOutIsARejection() {
        assertTrue(only("REJECT", events("Putin ruled out an expansion of the ban on Polish meat.")).actor().text().contains("Putin"));
    }

    @Test
    void criticismFromNamesItsSource() {
        EventMention e = only("ACCUSE", events("Denmark drew sharp criticism from China on Monday."));
        assertEquals("China", e.actor().text());
    }

    @Test
    void namedPartyBeforeAGroupNounIsTheActor() {
        EventMention e = only("COERCE", events("Spanish coast guards arrested 36 illegal immigrants off Granada on Wednesday."));
        assertTrue(e.actor().text().contains("coast guards") || e.actor().text().contains("Spanish"), e.toString());
        assertEquals("illegal immigrants", e.recipient().text());
    }

    @Test
    void protestersActingAreAProtestWithThemAsActor() {
        EventMention e = only("PROTEST", events("Protesters threw rocks at the police in Buenos Aires on Friday."));
        assertEquals("Protesters", e.actor().text());
    }

    @Test
    void beingForcedToBackDownIsAConcession() {
        assertEquals(1, asserted("CONCEDE", "The Hong Kong government was forced to back down on Tuesday on the sales tax.").size());
    }

    @Test
    void visitToAProvincialTownMeetsNoOne() {
        assertTrue(asserted("CONSULT", "He visited rural areas in Qionghai city on Monday.").isEmpty());
    }

    @Test
    void wordsInsideANameAreNoTrigger() {
        assertTrue(asserted("ASSAULT", "Indonesia sits on the Pacific Ring of Fire where plates meet.").isEmpty());
    }

    @Test
    void aSummitOfAnOrganisationIsAMultilateralMeeting() {
        EventMention e = only("CONSULT", events("The king left for Dhaka to attend the summit of the South Asian Association for"
                + " Regional Cooperation."));
        assertEquals("multilateral", e.mode());
    }

    @Test
    void aConferenceThatConcludedIsAMeeting() {
        assertEquals("multilateral", only("CONSULT", events("A three-day conference of trade ministers concluded here on Friday.")).mode());
    }

    @Test
    void aBareMeetingReferredBackToIsNoEvent() { // (the visit sought may be read, but not as having taken place)
        String text = "The agency sought permission to visit the prisons during the meeting.";
        assertTrue(events(text).stream().noneMatch(e -> e.category().equals("CONSULT")
                && (e.asserted() || e.trigger().of(text).contains("meeting"))));
    }

    @Test
    void theAlternativeADemandHoldsOutIsAThreat() {
        only("THREATEN", events("The council demanded that Syria cooperate fully or face further action."));
    }

    @Test
    void policeDeploymentIsAMobilisation() {
        assertEquals("police", only("MOBILIZE", events("Riots broke out despite a heavy police deployment in Paris.")).mode());
    }

    @Test
    void liftingOfSanctionsIsAConcession() {
        assertEquals("ease", only("CONCEDE", events("The UN approved the lifting of sanctions on Libya.")).mode());
    }

    @Test
    void encouragingSomeoneToActIsARequest() {
        only("REQUEST", events("The ministers encouraged Serbia to cooperate with the tribunal."));
    }

    @Test
    void candidatesWithdrawnFromAnElectionAreABoycott() {
        assertEquals("boycott", only("PROTEST", events("Three opposition parties have withdrawn their candidates from the"
                + " presidential election.")).mode());
    }
}
