package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.event.EventsOf.byRules;

import org.junit.jupiter.api.Test;

/**
 * Forty-third round: the time an event is dated by. A part of a day dates it by the day, a clock time by the hour, a
 * decade by the decade; a deadline does not date it, nor a time behind a comma before it (unless the time opens the
 * sentence). The seed's day, 2021-11-09, is a Tuesday. The rules are tested alone.
 */
class EventDatesTest {

    private static String time(String category, String text) {
        EventMention e = byRules(category, text);
        return e.time() == null ? null : e.time().value();
    }

    @Test
    void aPartOfADayDatesTheEventByTheDay() {
        assertEquals("2021-11-03", time("CONSULT", "Senior Likud officials met at party headquarters in Tel Aviv on Wednesday"
                + " evening to discuss their next move."));
        assertEquals("2021-11-09", time("ASSAULT", "At least four people were killed on Tuesday morning in two bomb blasts in"
                + " Karachi."));
    }

    @Test
    void aClockTimeDatesTheEventByTheHour() {
        assertEquals("2021-11-09T13:40", time("ASSAULT", "Two roadside bombs detonated at about 1:40 p.m. (1040 GMT) in the"
                + " Fanarah district, killing two civilians."));
        assertEquals("2021-11-09T09:45", time("ASSAULT", "A bomb went off at about 9:45 a.m. (GMT 3:45) near the court,"
                + " killing four people."), "a time converted to GMT in brackets is local, not GMT");
    }

    @Test
    void aDecadeDatesTheEventByTheDecade() {
        assertEquals("197", time("ASSAULT", "Hass was involved in a number of bloody attacks carried out by right-wing"
                + " extremists during the 1970s."));
    }

    @Test
    void aDeadlineIsNotTheTimeOfTheEvent() {
        assertEquals("2021-11-06", time("REJECT", "On Saturday, Mobutu offered for the first time to meet Kabila, although he"
                + " dismissed as impertinent a rebel ultimatum to quit power by Sunday."));
    }

    @Test
    void aTimeBehindACommaBeforeTheTriggerLosesToOneAfterIt() {
        assertEquals("1981", time("COERCE", "Born in 1937, the second witness was arrested along with her husband in 1981."));
        assertEquals("2021-11-09", time("COERCE", "Charles Sobhraj, linked to a series of unsolved murders across Asia in the"
                + " 1970s, was deported from India to France on Tuesday."));
        assertEquals("2021-11-09", time("CONSULT", "On Tuesday, Chirac met Talabani in Paris, two days after their envoys had"
                + " arrived on Sunday."), "a time that opens the sentence dates its main clause");
    }

    @Test
    void anEventOverASpanIsDatedByItsStart() {
        assertEquals("1980", time("ASSAULT", "Iran and Iraq fought a lengthy war from 1980 to 1988."));
        assertEquals("1999", time("CONSULT", "Between 1999 and late 2005, the Red Cross made 453 visits to prisons across"
                + " Myanmar."));
    }
}
