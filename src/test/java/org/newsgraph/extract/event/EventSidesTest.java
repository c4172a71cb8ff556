package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.asserted;
import static org.newsgraph.extract.event.EventsOf.only;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Twenty-seventh round: the sides of an event read from the sentence's own words. Two nationalities before one plural
 * noun are the two sides of a meeting; a party described by a common noun is found past its own prepositional phrase, as
 * the owner of a judged thing, and inside the trigger's match; a bare organ keeps the name that says whose it is; the
 * party that claims an attack carried it out; charges "against" someone name the accused; meetings dated by a clause of
 * the future are not yet held.
 */
class EventSidesTest {

    @Test
    void twoNationalitiesBeforeOneNounAreTwoSides() {
        EventMention met = only("CONSULT", "South Korean and DPR Korean officials met on the sidelines of the East Asian Games for"
                + " three hours on Tuesday.");
        assertEquals(List.of("South Korean"), actors(met));
        assertEquals("DPR Korean officials", recipient(met));
        EventMention meeting = only("CONSULT", "Foreign Minister Ohn Gyaw made the comments Tuesday at a meeting of Burmese and"
                + " ASEAN officials here.");
        assertEquals(List.of("Burmese"), actors(meeting));
        assertEquals("ASEAN officials", recipient(meeting));
    }

    @Test
    void aCoordinationAfterWithIsOneSide() {
        EventMention e = only("CONSULT", "The North put forth the formula during the last round of meetings with South Korean and"
                + " US officials in New York on Sunday, Han said.");
        assertNotEquals("US officials", recipient(e));
    }

    @Test
    void aDescribedPartyIsFoundPastItsOwnPhrase() {
        // the taking and the killing are two events (forty-seventh round), each with the colonel and his killers
        List<EventMention> es = EventsOf.events("A colonel in the Palestinian national security service belonging to"
                + " president Mahmud Abbas's Fatah party was kidnapped and killed Sunday in the Gaza Strip by Hamas militants,"
                + " a Fatah spokesman said.").stream().filter(e -> e.category().equals("ASSAULT")).toList();
        assertEquals(2, es.size(), es::toString);
        for (EventMention e : es) {
            assertEquals("colonel", recipient(e));
            assertEquals(List.of("Hamas"), actors(e));
        }
    }

    @Test
    void theOwnerOfAJudgedThingIsItsReceiver() {
        assertEquals("sponsors", recipient(only("SUPPORT", "Churkin hailed the sponsors' decision to drop all references in the"
                + " draft to Iran's first nuclear power station.")));
        assertEquals("followers", recipient(only("SUPPORT", "Taliban leader Mullah Mohammand Omar on Friday praised his followers'"
                + " sacrifices in their campaign.")));
    }

    @Test
    void aPartyThatOpensTheMatchActs() {
        List<EventMention> talks = asserted("CONSULT", "The two presidents also discussed the cooperation on the health issue.");
        assertEquals(1, talks.size());
        assertEquals(List.of("two presidents"), actors(talks.get(0)));
    }

    @Test
    void aBareOrganKeepsItsOwner() {
        EventMention e = only("ACCUSE", "The Chechen government denied any involvement in the bombing, accusing the Russian security"
                + " forces of carrying it out.");
        assertEquals(List.of("Chechen government"), actors(e));
    }

    @Test
    void theClaimantOfAnAttackCarriedItOut() {
        EventMention e = only("ASSAULT", "A suicide bombing killed Paktika governor Abdul Hakim Taniwal on Sept. 10, and the Taliban"
                + " claimed responsibility.");
        assertEquals(List.of("Taliban"), actors(e));
    }

    @Test
    void chargesAgainstSomeoneNameTheAccused() {
        assertEquals("Pinochet", recipient(only("ACCUSE", "The release order follows charges against Pinochet, 91, in connection"
                + " with two murders.")));
        EventMention deed = only("ACCUSE", "The trial of Saddam Hussein on genocide charges against the Kurd minority resumed"
                + " Wednesday.");
        assertNotEquals("minority", recipient(deed)); // "genocide charges against": the victims, not the accused
    }

    @Test
    void anAppositiveLeadsToThePersonWhenTheClausesVerbFollows() {
        EventMention e = only("CONSULT", "Farooq Feroze Khan, chairman of Pakistan's joint chiefs of staff committee, went straight"
                + " into talks with President Hosni Mubarak.");
        assertEquals(List.of("Farooq Feroze Khan"), actors(e));
    }

    @Test
    void theLatterIsTheLastPartyNamed() {
        List<EventMention> visits = asserted("CONSULT", "Abdullah hosted Israeli Prime Minister Ehud Olmert during the latter's"
                + " surprise visit to Jordan last week.").stream().filter(e -> "visit".equals(e.mode())).toList();
        assertEquals(1, visits.size());
        assertEquals(List.of("Ehud Olmert"), actors(visits.get(0)));
    }

    @Test
    void aMeetingDatedByAFutureClauseIsNotYetHeld() {
        assertTrue(asserted("CONSULT", "Following his meeting with Prodi, Olmert is to be received at the Vatican by Pope"
                + " Benedict XVI.").isEmpty());
        assertTrue(asserted("CONSULT", "Russian President Boris Yeltsin will take two weeks' holiday after his visit to Germany in"
                + " mid-April.").isEmpty());
        assertTrue(asserted("CONSULT", "The World Bank said that many countries had made good progress in meeting some of the"
                + " other MDGs.").isEmpty());
    }

    @Test
    void aPluralNounBeforeAGroupNounModifiesIt() {
        assertEquals("workers", recipient(only("ASSAULT", "The union's president on Thursday reminded his audience of various attacks"
                + " on media workers in the former British colony.")));
    }

    @Test
    void aMeetingBetweenTwoPartiesNamesBoth() {
        EventMention e = only("CONSULT", "\"On December 8, a meeting took place between Gazprom chairman Alexei Miller and Shell chief"
                + " Jeroen van der Veer,\" the company said.");
        assertEquals(List.of("Alexei Miller"), actors(e));
        assertEquals("Jeroen van der Veer", recipient(e));
        EventMention titled = only("CONSULT", "They were from the meeting between President Jiang and the Japanese foreign minister.");
        assertEquals(List.of("Jiang"), actors(titled));
        assertEquals("Japanese foreign minister", recipient(titled)); // the office with its nation, as "the UN secretary-general"
    }

    @Test
    void whoDeniesAnAccusationIsItsTarget() {
        EventMention e = only("ACCUSE", "The former president Kuchma has denied accusations of his masterminding the murder.");
        assertTrue(actors(e).isEmpty());
        assertEquals("Kuchma", recipient(e));
    }

    @Test
    void thePressIsAParty() {
        EventMention e = only("ACCUSE", "After the previous accidents, the local press blamed greedy proprietors for erecting"
                + " buildings with the sole aim of cutting costs.");
        assertEquals(List.of("local press"), actors(e));
    }

    @Test
    void aNameAfterAYearOpensItsClause() {
        EventMention e = only("CONSULT", "In the late 1980s Botha initiated secret talks with the now ruling African National"
                + " Congress (ANC), a bold step.");
        assertEquals(List.of("Botha"), actors(e));
        assertEquals("African National Congress", recipient(e));
    }

    @Test
    void angerAtSomeoneNamesThem() {
        assertEquals("settlers", recipient(only("ACCUSE", "Palestinian West Bank security chief Jibril Rajub lashed out in return at"
                + " the 400 settlers who live in army-guarded enclaves.")));
        assertEquals("IDF", recipient(only("ACCUSE", "Almog lashed criticism at the policy of restraint employed by the IDF in"
                + " recent years.")));
    }

    @Test
    void aGroupsMembersAreTheGroup() {
        assertEquals("PKK", recipient(only("COERCE", "In another operation on Nov. 16, Istanbul police arrested four PKK Members and"
                + " found two guns.")));
    }

    @Test
    void oppositionToSomethingIsAStance() {
        List<EventMention> visits = asserted("CONSULT", "The Russian premier has frequently voiced Moscow's opposition to NATO's"
                + " eastward expansion, most recently during a visit to the neighbouring Czech Republic.");
        assertEquals(1, visits.size());
        assertTrue(actors(visits.get(0)).stream().noneMatch(a -> a.contains("opposition")), () -> actors(visits.get(0)).toString());
    }

    @Test
    void whoseLeaderStaysWithTheTitle() {
        EventMention e = only("ACCUSE", "The leader of Hong Kong's Catholics Friday condemned China for ordaining a bishop without"
                + " papal approval.");
        assertEquals(List.of("leader of Hong Kong's Catholics"), actors(e));
    }

    @Test
    void theirStandsForAPluralGroup() {
        EventMention e = only("REJECT", "After elections in 1995, the opposition parties controlled the city council, but a crisis"
                + " ensued when Tudjman four times rejected their choice of mayor.");
        assertEquals("opposition parties", recipient(e));
    }

    @Test
    void aPronounMayStandForTheDescriptionThatOpensTheSentence() {
        EventMention e = only("ACCUSE", "An impoverished widow in eastern India had her head forcibly shaved after a wealthy farmer"
                + " accused her of stealing his bananas, a report said Tuesday.");
        assertEquals(List.of("wealthy farmer"), actors(e));
        assertEquals("impoverished widow", recipient(e));
    }
}
