package org.newsgraph.extract.event;

import static org.newsgraph.extract.event.EventsOf.recipient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.asserted;
import static org.newsgraph.extract.event.EventsOf.events;
import static org.newsgraph.extract.event.EventsOf.only;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fourteenth round, participants: parties named by a common noun in a slot that only a party fills (see
 * {@link CommonParties}), forces put on alert, and the person before an appositive that names his body.
 */
class EventCommonPartiesTest {

    @Test
    void theOneArrestedIsTheRecipientThoughNoLexiconKnowsTheNoun() {
        EventMention e = only("COERCE", "Police arrested a drug seller in Hanoi on Monday.");
        assertEquals("drug seller", recipient(e));
    }

    @Test
    void theCountOfPeopleReleasedIsTheRecipient() {
        EventMention e = only("RETREAT", "Between Friday and Saturday police released 4,138 people, but many were still in custody.");
        assertTrue(recipient(e) != null && recipient(e).contains("people"), () -> String.valueOf(recipient(e)));
    }

    @Test
    void theBodyAskedToActIsTheRecipient() {
        EventMention e = only("REQUEST", "The president asked the executive branch to fill the vacancies quickly.");
        assertEquals("executive branch", recipient(e));
    }

    @Test
    void theOneAssuredOfSupportIsTheRecipient() {
        EventMention e = only("SUPPORT", "Mwanawasa assured his counterpart of his support.");
        assertEquals("his counterpart", recipient(e));
    }

    @Test
    void aThingUrgedIsNoRecipient() {
        EventMention e = only("REQUEST", "The UN chief urged an end to the fighting in Darfur on Monday.");
        assertNull(e.recipient(), () -> recipient(e));
    }

    @Test
    void forcesPutOnAlertAreTheActor() {
        EventMention e = only("MOBILIZE", "Indian troops were placed on high alert along the Kashmir frontier on Sunday.");
        assertEquals(List.of("Indian troops"), actors(e));
    }

    @Test
    void forcesDeployedByNoOneNamedHaveNoActor() {
        EventMention e = only("MOBILIZE", "Riot police were deployed around the court inside the jail on Monday.");
        assertEquals(List.of(), actors(e));
    }

    @Test
    void thePersonBeforeAnAppositiveActsNotTheBodyItNames() {
        EventMention e = only("CONSULT", "Yuval Diskin, the head of Israel's Shin Beth internal security service, told the meeting"
                + " with Mofaz that attacks would rise.");
        assertEquals(List.of("Yuval Diskin"), actors(e));
    }

    @Test
    void theSubjectOfAPassiveArrestIsTheRecipient() {
        EventMention e = only("COERCE", "The editor was detained on Friday in the capital.");
        assertEquals("editor", recipient(e));
    }

    @Test
    void thePersonKilledIsTheRecipient() {
        EventMention e = only("ASSAULT", "Gunmen killed a shopkeeper in Karachi on Monday.");
        assertEquals("shopkeeper", recipient(e));
    }

    @Test
    void anAnimalShotIsNoRecipientNorAnAttackOnAnyone() {
        // an animal never stood as the recipient; since the twenty-third round shooting one is no attack at all (the
        // pool's annotators leave the killing of animals uncoded: "the killings of animals", "each poultry killed")
        String s = "Gunmen shot the cow in the village on Monday.";
        assertTrue(events(s).stream().noneMatch(e -> e.category().equals("ASSAULT") && e.recipient() != null),
                () -> events(s).toString());
        assertTrue(asserted("ASSAULT", s).isEmpty(), () -> events(s).toString());
    }

    @Test
    void aGroupNamedByItsKindActsNotTheNationalityBeforeIt() {
        EventMention e = only("REQUEST", "A leading Burmese dissident group called on the international community to act.");
        assertEquals(List.of("dissident group"), actors(e));
    }

    @Test
    void theMembersOfAGroupAreAttackedNotTheWordGroup() {
        EventMention e = only("ASSAULT", "Gunmen attacked a group of Iraqi civilians in Baghdad on Monday.");
        assertEquals("civilians", recipient(e));
    }
}
