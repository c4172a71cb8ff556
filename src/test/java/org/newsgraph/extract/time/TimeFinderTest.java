package org.newsgraph.extract.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class TimeFinderTest {

    /** Publication date of the seed article, a Tuesday. */
    private static final LocalDate REF = LocalDate.of(2021, 11, 9);
    private final TimeFinder finder = new TimeFinder();

    private TimeMention only(String text, String phrase) {
        return only(text, phrase, false);
    }

    private TimeMention only(String text, String phrase, boolean dayFirst) {
        List<TimeMention> found = finder.find(text, REF, dayFirst);
        for (TimeMention m : found) {
            if (m.text().equals(phrase)) {
                return m;
            }
        }
        return fail("no mention '" + phrase + "' in " + found);
    }

    private void assertValue(String text, String phrase, String type, String value) {
        TimeMention m = only(text, phrase);
        assertEquals(value, m.value(), () -> phrase + " in " + text);
        assertEquals(type, m.type(), () -> phrase + " in " + text);
    }

    @Test
    void onTuesdayIsThePublicationDay() {
        assertValue("Polish border guards said on Tuesday that the crossing was closed.", "Tuesday", "DATE",
                "2021-11-09");
    }

    @Test
    void onMondayIsTheDayBefore() {
        assertValue("On Monday, hundreds of migrants approached the fence.", "Monday", "DATE", "2021-11-08");
    }

    @Test
    void lastMonthIsTheMonthBefore() {
        assertValue("The figures are up from last month.", "last month", "DATE", "2021-10");
    }

    @Test
    void lastYearPossessiveIsTheYearBefore() {
        assertValue("This is far above last year's 150.", "last year", "DATE", "2020");
    }

    @Test
    void dottedDateIsDayFirstWhenAsked() {
        TimeMention m = only("Warsaw, 09.11.2021 - The government met.", "09.11.2021", true);
        assertEquals("2021-11-09", m.value());
    }

    @Test
    void slashedDateIsMonthFirstByDefault() {
        assertValue("Filed on 11/09/2021 in Warsaw.", "11/09/2021", "DATE", "2021-11-09");
    }

    @Test
    void offsetsAreCharIndicesEndExclusive() {
        String text = "Żołnierze said on Tuesday.";
        TimeMention m = only(text, "Tuesday");
        assertEquals(18, m.begin());
        assertEquals(25, m.end());
        assertEquals("Tuesday", text.substring(m.begin(), m.end()));
    }

    @Test
    void futureTenseMovesBareWeekdayForward() {
        assertValue("The ministers will meet on Friday in Brussels.", "Friday", "DATE", "2021-11-12");
    }

    @Test
    void pastTenseBareWeekdayLooksBack() {
        assertValue("The ministers met on Friday in Brussels.", "Friday", "DATE", "2021-11-05");
    }

    @Test
    void aPlanInARelativeClauseAfterThePastLeavesItPast() {
        assertValue("The president arrived in Kabul on Monday, where he will hold talks with Karzai.", "Monday", "DATE",
                "2021-11-08");
        assertValue("The president will arrive in Kabul on Monday, where he will hold talks.", "Monday", "DATE", "2021-11-15");
        assertValue("Talks on Friday, which will focus on trade, are expected.", "Friday", "DATE", "2021-11-12");
        assertValue("If Iran is behind a bomb attack that killed 19 servicemen in December, Washington will respond strongly.",
                "December", "DATE", "2020-12");
    }

    @Test
    void theSeptember11AttacksAreNamedByTheirDay() {
        assertValue("Regenhard, who lost her son in the Sept. 11 terror attacks, spoke.", "Sept. 11", "DATE", "2001-09-11");
        assertValue("Security was tightened after 9/11.", "9/11", "DATE", "2001-09-11");
        assertTrue(finder.find("The post 9/11 decision to invade Iraq was a mistake.", REF, false).isEmpty());
        assertValue("The ministers met on Sept. 11 in Geneva.", "Sept. 11", "DATE", "2021-09-11");
    }

    @Test
    void explicitDatesInSeveralForms() {
        assertValue("It began on November 9, 2021.", "November 9, 2021", "DATE", "2021-11-09");
        assertValue("It began on 9 November 2021.", "9 November 2021", "DATE", "2021-11-09");
        assertValue("It began on Nov. 9 in Minsk.", "Nov. 9", "DATE", "2021-11-09");
        assertValue("Report dated 2021-11-09.", "2021-11-09", "DATE", "2021-11-09");
    }

    @Test
    void deicticDays() {
        assertValue("The border was closed yesterday.", "yesterday", "DATE", "2021-11-08");
        assertValue("The border is closed today.", "today", "DATE", "2021-11-09");
    }

    @Test
    void presentAndPastReferences() {
        assertValue("The border is now closed.", "now", "DATE", "PRESENT_REF");
        assertValue("Thousands are currently waiting.", "currently", "DATE", "PRESENT_REF");
        assertValue("The camp was recently moved.", "recently", "DATE", "PAST_REF");
    }

    @Test
    void weeksAreIsoWeeks() {
        assertValue("Talks resumed this week.", "this week", "DATE", "2021-W45");
        assertValue("Talks resume next week.", "next week", "DATE", "2021-W46");
    }

    @Test
    void durations() {
        assertValue("Prices rose over the past three years.", "the past three years", "DURATION", "P3Y");
        assertValue("They waited two weeks at the border.", "two weeks", "DURATION", "P2W");
    }

    @Test
    void bareMonthIsTheLatestInThePast() {
        assertValue("The crisis began in March.", "March", "DATE", "2021-03");
    }

    @Test
    void monthWithYear() {
        assertValue("The crisis began in March 2020.", "March 2020", "DATE", "2020-03");
    }

    @Test
    void yearsAndDecades() {
        assertValue("The wall was built in 1998.", "1998", "DATE", "1998");
        assertValue("Migration peaked in the 1990s.", "the 1990s", "DATE", "199");
    }

    @Test
    void quarterOfTheReferenceYear() {
        assertValue("Profit fell in the third quarter.", "the third quarter", "DATE", "2021-Q3");
    }

    @Test
    void partOfDayAfterWeekday() {
        assertValue("Shots were heard Tuesday morning.", "Tuesday morning", "TIME", "2021-11-09TMO");
    }

    @Test
    void clockTimeOnTheReferenceDay() {
        assertValue("The convoy left at 3 p.m. and returned.", "3 p.m.", "TIME", "2021-11-09T15:00");
    }

    @Test
    void offsetsFromThePublicationDate() {
        assertValue("The fence was built a year ago.", "a year ago", "DATE", "2020");
        assertValue("Trouble started earlier this month.", "earlier this month", "DATE", "2021-11");
    }

    @Test
    void daysLaterIsTheAmountWithLaterAsSignal() {
        assertValue("He arrived three days later.", "three days", "DURATION", "P3D");
    }

    @Test
    void yearEarlierFollowsTheReportedQuarter() {
        assertValue("Profit rose in the third quarter from a year earlier.", "a year earlier", "DATE", "2020-Q3");
    }

    @Test
    void recurrence() {
        assertValue("The fair is held each year in Minsk.", "each year", "SET", "P1Y");
    }

    @Test
    void theWeekendBeforeATuesdayIsTheLastOne() {
        assertValue("Crowds gathered over the weekend.", "the weekend", "DATE", "2021-W44-WE");
    }

    @Test
    void monthNameMayAloneIsNotADate() {
        List<TimeMention> found = finder.find("The guards may close the road.", REF, false);
        assertTrue(found.isEmpty(), found::toString);
    }

    @Test
    void numbersWithUnitsAreNotYears() {
        List<TimeMention> found = finder.find("About 2000 troops and $1999 in cash.", REF, false);
        assertTrue(found.stream().noneMatch(m -> m.text().contains("1999")), found::toString);
    }
}
