package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One-hundred-first round: constructions of wire copy the rules read wrongly, found by running short sentences written
 * anew for each (an estimated amount, hitting out at, a sentence for a deed, fire exchanged, a crowd gathered to demand,
 * beatings, coordinated participles in apposition, amounts of things attacked, a protest called off, aid promised or
 * handed out, aid provided by its giver, a donation, documents inked, representations lodged, a welcoming ceremony, a
 * ship attacked, a reward offered, "neither ... nor", two described parties as the subject, a deed blamed in an object
 * relative, a name after a possessive's noun, a town's control regained, mortars lobbed, crowds that celebrate, the one
 * sentenced to a term for a conspiracy in a deed). Every test failed
 * on the code before the round; the look-alikes inside them guard what the rules must leave alone.
 */
class EventArgumentsOfRound101Test {

    @Test
    void anEstimatedAmountOfPeopleIsStillTheRecipient() {
        assertEquals("Jews", EventsOf.recipient(EventsOf.byRules("ASSAULT", "Gunmen killed an estimated 40 Jews in the town.")));
    }

    @Test
    void hittingOutAtSomeoneCriticisesThem() {
        EventMention e = EventsOf.byRules("ACCUSE", "Iran hit out at the United States over the new sanctions.");
        assertEquals(List.of("Iran"), EventsOf.actors(e));
        assertEquals("United States", EventsOf.recipient(e));
    }

    @Test
    void theOneSentencedNotTheOneTheDeedWasDoneTo() {
        assertEquals("blogger", EventsOf.recipient(EventsOf.byRules("COERCE", "A court sentenced a blogger to four years in prison"
                + " for insulting the president.")));
        assertEquals("activists", EventsOf.recipient(EventsOf.byRules("COERCE", "The court handed down jail sentences for two"
                + " pro-democracy activists.")), "the noun's \"for\" still names the ones sentenced");
    }

    @Test
    void fireExchangedIsFightingViewsExchangedAreTalks() {
        EventMention e = EventsOf.byRules("ASSAULT", "The two sides exchanged fire across the border.");
        assertEquals("firearms", e.mode());
        assertTrue(EventsOf.noAssertedByRules("CONSULT", "The two sides exchanged fire across the border."));
        EventsOf.byRules("CONSULT", "The two sides exchanged views on the issue.");
    }

    @Test
    void aCrowdGatheredToDemandHeldAProtest() {
        EventMention marched = EventsOf.byRules("PROTEST", "Thousands marched in the capital on Sunday to demand the resignation"
                + " of the president.");
        assertTrue(marched.asserted());
        EventMention gathered = EventsOf.byRules("PROTEST", "The crowd gathered outside the embassy to demand the release of the"
                + " hostages.");
        assertEquals(List.of("crowd"), EventsOf.actors(gathered));
    }

    @Test
    void aBeatingByArmedMenOrWithWeaponsIsAnAssaultAWinIsNot() {
        EventMention e = EventsOf.byRules("ASSAULT", "Witnesses said police beat demonstrators with batons.");
        assertEquals(List.of("police"), EventsOf.actors(e));
        assertEquals("demonstrators", EventsOf.recipient(e));
        EventsOf.byRules("ASSAULT", "Soldiers beat the prisoners with rifle butts.");
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "Arsenal beat Tottenham 3-0 on Saturday."));
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "The Lakers beat the Knicks with a late basket."));
    }

    @Test
    void coordinatedParticiplesInAppositionAreWhatItsNounSuffered() {
        EventMention e = EventsOf.byRules("ASSAULT", "Twenty men, bound and shot in the head, were found in Baghdad on Monday.");
        assertTrue(e.asserted());
        assertEquals("men", EventsOf.recipient(e));
    }

    @Test
    void anAmountOfThingsAttackedIsTheThings() {
        assertEquals("cars", EventsOf.recipient(EventsOf.byRules("ASSAULT", "Rioters torched dozens of cars.")));
        assertEquals("shops", EventsOf.recipient(EventsOf.byRules("ASSAULT", "A mob torched dozens of shops owned by Christians.")));
    }

    @Test
    void aProtestCalledOffIsAConcessionAndStillAProtest() {
        String text = "The union called off the strike after the government agreed to raise wages.";
        EventMention e = EventsOf.byRules("CONCEDE", text);
        assertEquals(List.of("union"), EventsOf.actors(e));
        EventsOf.byRules("PROTEST", text);
        assertTrue(EventsOf.noAssertedByRules("CONCEDE", "The opposition called for a strike on Sunday."));
    }

    @Test
    void aidPromisedOrHandedOutIsAid() {
        EventMention promised = EventsOf.byRules("AID", "Denmark promised an aid package to the Palestinians.");
        assertEquals(List.of("Denmark"), EventsOf.actors(promised));
        assertEquals("Palestinians", EventsOf.recipient(promised));
        EventMention food = EventsOf.byRules("AID", "The Red Cross distributed food to 5,000 families.");
        assertEquals("families", EventsOf.recipient(food));
        assertTrue(EventsOf.noAssertedByRules("AID", "The president promised a full investigation."));
        assertTrue(EventsOf.noAssertedByRules("AID", "The United States has offered a 25 million dollar reward for information"
                + " leading to his capture."), "a reward is no aid");
    }

    @Test
    void aidProvidedByItsGiverAndADonationOfAThing() {
        EventMention provided = EventsOf.byRules("AID", "The aid, provided by the European Union, will help rebuild schools.");
        assertEquals(List.of("European Union"), EventsOf.actors(provided));
        EventMention rhino = EventsOf.byRules("AID", "The commission hailed the donation of a male black rhino to Botswana by"
                + " Zimbabwe as a gesture of goodwill.");
        assertEquals(List.of("Zimbabwe"), EventsOf.actors(rhino));
        assertEquals("Botswana", EventsOf.recipient(rhino));
    }

    @Test
    void documentsInkedAreAnAgreement() {
        EventMention e = EventsOf.byRules("AGREE", "China and Brazil inked five cooperation documents on Tuesday.");
        assertEquals(List.of("China", "Brazil"), EventsOf.actors(e));
    }

    @Test
    void representationsLodgedAreAProtestToTheirAddressee() {
        EventMention e = EventsOf.byRules("ACCUSE", "Beijing lodged a solemn representation with Tokyo over the shrine visit.");
        assertEquals(List.of("Beijing"), EventsOf.actors(e));
        assertEquals("Tokyo", EventsOf.recipient(e));
    }

    @Test
    void aWelcomingCeremonyForAGuestIsHosting() {
        EventMention e = EventsOf.byRules("CONSULT", "Hu held a grand welcoming ceremony for the visiting Kenyan president in"
                + " Beijing on Friday.");
        assertEquals("host", e.mode());
        assertEquals("visiting Kenyan president", EventsOf.recipient(e));
        assertTrue(EventsOf.noAssertedByRules("CONSULT", "The school held a graduation ceremony for 300 students."));
        assertTrue(EventsOf.noAssertedByRules("CONSULT", "The party held a dinner for its donors."));
    }

    @Test
    void aVehicleAttackedInThePassiveIsTheTarget() {
        EventMention e = EventsOf.byRules("ASSAULT", "A navy ship was attacked by rebels.");
        assertEquals(List.of("rebels"), EventsOf.actors(e));
        assertEquals("navy ship", EventsOf.recipient(e));
    }

    @Test
    void neitherSubjectDeniesTheAct() {
        assertTrue(EventsOf.noAssertedByRules("AGREE", "Neither Israel nor the Palestinians have accepted the plan."));
        assertTrue(EventsOf.noAssertedByRules("AGREE", "Neither side has accepted the plan."));
        EventsOf.byRules("AGREE", "The government and the rebels signed the deal.");
    }

    @Test
    void twoDescribedPartiesAsTheSubject() {
        EventMention e = EventsOf.byRules("ACCUSE", "The president and the prime minister condemned the killing.");
        assertEquals(List.of("president"), EventsOf.actors(e));
    }

    @Test
    void theOneWhoBlamesIsNoDoerOfTheDeed() {
        String text = "The militants, whom the army blames for the attack, denied any involvement.";
        assertTrue(EventsOf.allByRules(text).stream().noneMatch(e -> e.category().equals("ASSAULT")
                && EventsOf.actors(e).contains("army")), "the army only blames");
        EventMention blamed = EventsOf.byRules("ACCUSE", text);
        assertEquals("militants", EventsOf.recipient(blamed));
    }

    @Test
    void aNameAfterAPossessivesNounIsTheParty() {
        assertEquals("Israel", EventsOf.recipient(EventsOf.byRules("SUPPORT", "The United States stands by its ally Israel.")));
        assertTrue(EventsOf.noAssertedByRules("CONSULT", "In Paris he also met his wife Anne Malherbe."), "family is no party");
    }

    @Test
    void controlOfATownRegainedOrWrestedIsTakenByForce() {
        EventMention e = EventsOf.byRules("ASSAULT", "The army regained control of the town on Saturday after three days of fighting.");
        assertEquals(List.of("army"), EventsOf.actors(e));
        EventsOf.byRules("ASSAULT", "The rebels wrested control of the city from government forces.");
        assertTrue(EventsOf.noAssertedByRules("ASSAULT", "The party regained control of the senate."));
    }

    @Test
    void mortarsLobbedAreAnAttack() {
        EventMention e = EventsOf.byRules("ASSAULT", "Insurgents lobbed mortar rounds at the Green Zone.");
        assertEquals(List.of("Insurgents"), EventsOf.actors(e));
    }

    @Test
    void aCrowdInTheStreetsToCelebrateHoldsNoProtest() {
        assertTrue(EventsOf.noAssertedByRules("PROTEST", "Thousands of Palestinians poured into the streets to celebrate."));
        assertTrue(EventsOf.noAssertedByRules("PROTEST", "Thousands took to the streets to celebrate the victory."));
        EventsOf.byRules("PROTEST", "Thousands of Palestinians poured into the streets to protest the killing.");
    }

    @Test
    void theOneSentencedToATermForAConspiracyInADeedDidIt() {
        EventMention e = EventsOf.byRules("ASSAULT", "A court in Jakarta on Thursday sentenced radical cleric Abu Bakar Bashir"
                + " to 30 months in prison for conspiracy in the 2002 Bali bombings.");
        assertEquals(List.of("Abu Bakar Bashir"), EventsOf.actors(e));
        EventMention court = EventsOf.byRules("COERCE", "A court on Thursday sentenced Bashir to 30 months in prison for"
                + " conspiracy in the Bali bombings.");
        assertEquals(List.of("court"), EventsOf.actors(court));
        assertEquals(List.of("Bashir"), EventsOf.actors(EventsOf.byRules("ASSAULT", "A court on Thursday sentenced Bashir to 30"
                + " months in prison for conspiracy in the Bali bombings.")));
    }
}
