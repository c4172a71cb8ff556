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
 * Forty-fourth round: blame laid in a statement, meetings and visits in clauses still to come, victims of a participle
 * whose weapon opens a long clause, and a lap that is no race. The rules are tested alone.
 */
class EventBlameAndFutureClausesTest {

    @Test
    void aDeedCarriedOutBySomeoneIsAnAccusationByTheSpeaker() {
        List<EventMention> all = allByRules("The governor of West Darfur said the attack was carried out by rebel groups who"
                + " refused to sign the May peace agreement.");
        EventMention e = all.stream().filter(x -> x.category().equals("ACCUSE")).findFirst().orElseThrow();
        assertEquals("rebel groups", recipient(e));
        assertEquals("allege", e.mode());
        assertTrue(e.statement() != null, "the accusation is the statement's");
    }

    @Test
    void aPartyBehindAnAttackIsAccusedUnlessTheBlameIsInDoubt() {
        EventMention e = byRules("ACCUSE", "The statement said some elements of the National Redemption Front (NRF) were"
                + " behind this potential attack.");
        assertTrue(recipient(e).contains("NRF") || recipient(e).contains("National Redemption Front"));
        assertTrue(noAssertedByRules("ACCUSE", "Pelletreau also said that if Iran is behind a bomb attack in Khobar,"
                + " Washington will respond strongly."));
    }

    @Test
    void aParticipleClauseTakesTheTimeOfItsMainVerb() {
        assertTrue(noAssertedByRules("CONSULT", "EU leaders, meeting at a summit in Brussels from Thursday, will try again"
                + " to end the dispute over the 2007-2013 spending plans."));
        assertTrue(allByRules("EU leaders, meeting at a summit in Brussels on Thursday, agreed to cut spending.").stream()
                .anyMatch(e -> e.category().equals("CONSULT") && e.asserted()), "a participle clause in the past stands");
        assertTrue(noAssertedByRules("CONSULT", "Wen will deliver speeches when attending the regional summits, he said."));
        assertTrue(noAssertedByRules("CONSULT", "Chaowalit said ASEAN would discuss the issue further at a special foreign"
                + " ministers meeting in Kuala Lumpur next month."));
    }

    @Test
    void aMeetingInATimeClauseUnderWouldIsStillToCome() {
        assertTrue(noAssertedByRules("CONSULT", "Ling said the signing would take place after he attended the meeting of"
                + " transport ministers from the Asia-Pacific Economic Cooperation (APEC) forum in Canada."));
        assertTrue(noAssertedByRules("CONSULT", "Karzai said NATO commanders were holding a meeting later Tuesday to discuss"
                + " ways to avoid civilian losses during their operations."));
    }

    @Test
    void aWeaponThatOpensTheClauseMakesTheParticiplesVictimsVictimsOfAnAttack() {
        EventMention e = byRules("ASSAULT", "One of the rockets landed in a residential area of Sderot, a city adjacent to"
                + " northern Gaza Strip, killing a 57-year-old woman and critically wounding a 24-year-old man.");
        assertTrue(recipient(e).endsWith("woman"));
    }

    @Test
    void peopleOfAStateAreThosePeople() {
        assertEquals(List.of("teenagers"), actors(byRules("ASSAULT", "Two Colorado teenagers killed 13 people at Columbine"
                + " High School.")));
    }

    @Test
    void aLapOnWhichSomeoneSitsIsNoRace() {
        EventMention e = byRules("ACCUSE", "Rosales called Chavez \"a puppet seated on Castro's lap.\"");
        assertEquals("Chavez", recipient(e));
    }

    @Test
    void aTownAMeetingIsHeldInIsNoPartyToIt() {
        EventMention e = byRules("CONSULT", "OPEC ministers were meeting in the Nigerian capital Abuja to discuss their"
                + " production policy.");
        assertEquals(null, recipient(e));
    }

    @Test
    void aNameAfterADescriptorAndATitleIsTheAgent() {
        assertEquals(List.of("Rahim Noor"), actors(byRules("ASSAULT", "Anwar was beaten up by police chief Rahim Noor.")));
    }

    @Test
    void aCounterpartIsNamedByThePersonNotTheNationality() {
        assertEquals("Carl Bildt", recipient(byRules("CONSULT", "Gul said after talks here with his Swedish counterpart"
                + " Carl Bildt.")));
    }

    @Test
    void theOneAskedToActMayHaveAPhraseOrACapitalisedName() {
        assertEquals("foreign financial institutions", recipient(byRules("REQUEST", "He also encouraged foreign financial"
                + " institutions with good credit to buy shares of Chinese commercial banks.")));
        assertEquals("Peak Tram company", recipient(byRules("REQUEST", "The transport authority demanded the Peak Tram company"
                + " to submit a report on the accident.")));
        // the meeting's purpose, no demand at all (ninety-sixth round; the pool codes no event there)
        assertTrue(noAssertedByRules("REQUEST", "Annan told a meeting in Geneva to review the 1972 Biological Weapons"
                + " Convention."));
    }

    @Test
    void anAccusationAfterAReprimandIsASecondAct() {
        List<EventMention> all = allByRules("Talabani publicly reprimanded Shiite Prime Minister Ibrahim Jaafari, accusing him of"
                + " violating Iraqi law.");
        assertEquals(2, all.stream().filter(e -> e.category().equals("ACCUSE")).count(), () -> all.toString());
        assertEquals(1, allByRules("Two Philippine transport worker groups launched a joint strike here on Monday, protesting"
                + " the oil price hikes.").stream().filter(e -> e.category().equals("PROTEST")).count());
    }

    @Test
    void concernVoicedAboutSomethingOfAPartyIsAboutThatParty() {
        assertEquals("Kabila", recipient(byRules("ACCUSE", "Roussin expressed doubts on the credibility of Kabila's rebel"
                + " movement.")));
        assertEquals("United States", recipient(byRules("ACCUSE", "Abu Gheit also expressed his deep regret for the United"
                + " States' opposition to the resolution.")));
        assertEquals(null, recipient(byRules("ACCUSE", "China expressed concern on Tuesday about the situation.")));
    }

    @Test
    void whoPutForwardTheThingJudgedIsItsReceiver() {
        assertEquals("Li", recipient(byRules("SUPPORT", "He highly praised the four suggestions that Li put forward on advancing"
                + " exchanges.")));
    }

    @Test
    void whoSpokeAtAMeetingWithSomeoneMetThem() {
        assertEquals(List.of("Khamenei"), actors(byRules("CONSULT", "Khamenei was quoted as saying at a meeting with visiting"
                + " Iraqi President Jalal Talabani.")));
        assertEquals(List.of("Lavrov"), actors(byRules("CONSULT", "Lavrov was quoted by the Interfax news agency as saying at"
                + " the start of talks with Bezhuashvili.")));
    }

    @Test
    void anUntaggedNameOwningAVisitMadeIt() {
        assertEquals(List.of("Dalai Lama"), actors(byRules("CONSULT", "During the Dalai Lama's recent six-day visit to Taiwan,"
                + " one official Chinese newspaper accused the monk.")));
    }
}
