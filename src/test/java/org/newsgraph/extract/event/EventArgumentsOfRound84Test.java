package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Eighty-fourth round, the rules alone: the subject of a passive found by its clause (a common noun phrase after "and",
 * a sentence's opening party with a restrictive relative clause, the main clause's subject for "after being"), and more
 * nouns of parties.
 */
class EventArgumentsOfRound84Test {

    @Test
    void aPassivesCommonNounSubjectAfterAndIsItsRecipient() {
        List<EventMention> arrests = EventsOf.allByRules("Last year, more than 8,340 illegal immigrants were detained and 272 of "
                + "their escorts were arrested in Slovakia.").stream().filter(e -> e.category().equals("COERCE")).toList();
        assertEquals(2, arrests.size(), () -> arrests.toString());
        assertEquals("illegal immigrants", EventsOf.recipient(arrests.get(0)));
        assertEquals("272 of their escorts", EventsOf.recipient(arrests.get(1)));
        assertEquals("four dioceses", EventsOf.recipient(EventsOf.byRules("COERCE", "Several priests have been convicted and four "
                + "dioceses have gone bankrupt after being ordered to pay huge civil penalties and interest.")));
    }

    @Test
    void theOpeningPartyOfARestrictiveRelativeIsTheSubject() {
        assertEquals("official", EventsOf.recipient(EventsOf.byRules("COERCE", "The official who gave the order for security "
                + "forces to open fire on a group of demonstrators in southern China last week, killing at least three people, "
                + "has been arrested, state media said Sunday.")));
        List<EventMention> accusations = EventsOf.allByRules("A strong man who hates to be made a fool of, Talabani publicly "
                + "reprimanded Prime Minister Ibrahim Jaafari, accusing him of violating Iraqi law.");
        assertEquals(2, accusations.size(), () -> accusations.toString());
        accusations.forEach(e -> assertEquals(List.of("Talabani"), EventsOf.actors(e)));
    }

    @Test
    void afterBeingAccusedSharesTheMainClausesSubject() {
        assertEquals("Jean-Eugene Voninahitsy", EventsOf.recipient(EventsOf.byRules("ACCUSE", "Jean-Eugene Voninahitsy, the leader "
                + "of the Indian Ocean island's Rally for Social Democracy (RSPD) party and a member of parliament, was arrested "
                + "after being accused of receiving bribes from a motor vehicle company.")));
    }

    @Test
    void advocatesAndMujahedinAreParties() {
        assertEquals(List.of("mujahedin"), EventsOf.actors(EventsOf.byRules("ASSAULT", "\"The attack was carried out by one of "
                + "our mujahedin (holy warriors),\" the group said.")));
        assertEquals("third paratrooper", EventsOf.recipient(EventsOf.byRules("COERCE", "Belgian gendarmes have arrested a third "
                + "paratrooper accused of sadism against Somali people during a multinational operation in 1993.")));
    }

    @Test
    void aThingOfWhoseStandsForItsOwner() {
        assertEquals("economic team", EventsOf.recipient(EventsOf.byRules("ACCUSE", "Yudhoyono said he had asked Budiono to help him "
                + "rearrange his economic team, whose performance has been heavily criticised by analysts since October 2004.")));
    }

    @Test
    void theForcesThatRaidAtTheTimeOfAKillingKilled() {
        assertEquals(List.of("soldiers"), EventsOf.actors(EventsOf.byRules("ASSAULT", "A 13-year-old girl was killed and an "
                + "eight-year-old girl injured in the incident, when the soldiers raided a house near the village of Darnami.")));
    }

    @Test
    void aPronounAfterWhenGoesWithTheClauseBefore() {
        List<EventMention> strikes = EventsOf.allByRules("American soldiers killed six suspected insurgents, two women and a child "
                + "when they called in an air strike to dislodge gunmen from a safehouse.").stream()
                .filter(e -> "aerial".equals(e.mode())).toList();
        assertEquals(1, strikes.size(), () -> strikes.toString());
        assertEquals(List.of("soldiers"), EventsOf.actors(strikes.get(0)));
        assertEquals("rebels", EventsOf.recipient(EventsOf.byRules("COERCE", "The former hostages, whose names have not been given, "
                + "said the two rebels were disarmed when they were captured.")));
    }

    @Test
    void aFeelingOfBlameThatNamesTheOneBlamed() {
        assertEquals("Pinochet", EventsOf.recipient(EventsOf.byRules("ACCUSE", "Human rights groups and newspapers across the world "
                + "expressed disappointment that Pinochet died without ever facing trial for the killings.")));
        EventMention concern = EventsOf.byRules("ACCUSE", "Some analysts expressed concern that any reduction in supplies could "
                + "send prices higher.");
        assertEquals(null, concern.recipient(), () -> concern.toString());
    }

    @Test
    void goodsUsedByAPartyAreItsOwn() {
        assertEquals("bandits", EventsOf.recipient(EventsOf.byRules("COERCE", "The police recovered a pistol and a rifle used by "
                + "the bandits.")));
    }

    @Test
    void yearsBehindBarsAreTheSubjects() {
        List<EventMention> held = EventsOf.allByRules("Anwar was freed in September 2004 after six years behind bars.").stream()
                .filter(e -> e.category().equals("COERCE")).toList();
        assertEquals(1, held.size(), () -> held.toString());
        assertEquals("Anwar", EventsOf.recipient(held.get(0)));
    }

    @Test
    void aThingOwnedByTheClausesOpeningPartyStandsForIt() {
        assertEquals("Stuchiner", EventsOf.recipient(EventsOf.byRules("REJECT", "Stuchiner's application for the court to pay legal "
                + "costs was rejected.")));
    }
}
