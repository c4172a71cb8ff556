package org.newsgraph.extract.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The TimeML conventions added for the TimeBank evaluation: anaphoric units, vague amounts, deadlines, rates. */
class TimeFinderConventionsTest {

    /** A Tuesday. */
    private static final LocalDate REF = LocalDate.of(2021, 11, 9);
    private final TimeFinder finder = new TimeFinder();

    private void assertValue(String text, String phrase, String type, String value) {
        List<TimeMention> found = finder.find(text, REF, false);
        TimeMention m = found.stream().filter(x -> x.text().equals(phrase)).findFirst()
                .orElseGet(() -> fail("no mention '" + phrase + "' in " + found));
        assertEquals(value, m.value(), () -> phrase + " in " + text);
        assertEquals(type, m.type(), () -> phrase + " in " + text);
    }

    @Test
    void theYearOfAReportIsTheReferenceYear() {
        assertValue("For the year, pet food volume was flat.", "the year", "DATE", "2021");
    }

    @Test
    void theYearEndedOnADateIsAOneYearDuration() {
        assertValue("Revenue for the year ended March 31 rose.", "the year", "DURATION", "P1Y");
    }

    @Test
    void theFollowingYearIsTheYearAfterTheLastDatedEvent() {
        assertValue("On May 22, 1995, he was promoted, and the following year he moved.", "the following year",
                "DATE", "1996");
    }

    @Test
    void thatYearIsTheYearOfTheLastDatedEvent() {
        assertValue("He fled in June 1998 and returned later that year.", "later that year", "DATE", "1998");
    }

    @Test
    void aCoupleOfYearsIsTwo() {
        assertValue("It took a couple of years.", "a couple of years", "DURATION", "P2Y");
    }

    @Test
    void moreBetweenCountAndUnitBelongsToTheDuration() {
        assertValue("He will stay for at least two more weeks.", "at least two more weeks", "DURATION", "P2W");
    }

    @Test
    void andAHalfAddsHalfAUnit() {
        assertValue("The call lasted a minute and a half.", "a minute and a half", "DURATION", "PT1M30S");
    }

    @Test
    void barePluralAfterForIsAVagueDuration() {
        assertValue("The region was ruled from Moscow for years.", "years", "DURATION", "PXY");
    }

    @Test
    void unknownNumberOfCenturiesIsCountedInCenturies() {
        assertValue("The region was ruled from Moscow for centuries.", "centuries", "DURATION", "PXC");
    }

    @Test
    void aRateIsNoDuration() {
        List<TimeMention> found = finder.find("It should save $500 million a year in costs.", REF, false);
        assertTrue(found.isEmpty(), found::toString);
    }

    @Test
    void aQuarterOfSomethingIsAFraction() {
        List<TimeMention> found = finder.find("They hold more than a quarter of the market.", REF, false);
        assertTrue(found.isEmpty(), found::toString);
    }

    @Test
    void deadlineMonthLooksForward() {
        assertValue("The company must repay the loan by February.", "February", "DATE", "2022-02");
    }

    @Test
    void untilWeekdayLooksForwardEvenInPastTense() {
        assertValue("The agency extended the deadline until Thursday.", "Thursday", "DATE", "2021-11-11");
    }

    @Test
    void yearWordAfterMonthFixesItsYear() {
        assertValue("The process began in December last year.", "December last year", "DATE", "2020-12");
    }

    @Test
    void monthOfNextYearIsOneExpression() {
        assertValue("Franchises won't be renewed after October of next year.", "October of next year", "DATE", "2022-10");
    }

    @Test
    void weekdayBeforeDateTakesTheDatesValue() {
        assertValue("The vote is on Saturday, Nov. 13.", "Saturday, Nov. 13", "DATE", "2021-11-13");
    }

    @Test
    void spelledDecade() {
        assertValue("Membership dropped through the nineties.", "the nineties", "DATE", "199");
    }

    @Test
    void partOfDayBeforeTheDay() {
        assertValue("Shares rose at mid-afternoon yesterday.", "mid-afternoon yesterday", "TIME", "2021-11-08TAF");
    }

    @Test
    void secondDayOfAPair() {
        assertValue("The summit is on Dec. 14 and 15.", "15", "DATE", "2021-12-15");
    }

    @Test
    void nearTermIsTheFuture() {
        assertValue("We see challenges in the near term.", "the near term", "DATE", "FUTURE_REF");
    }

    @Test
    void titleInCapitalsIsNoWeek() {
        List<TimeMention> found = finder.find("He spoke on ABC's \"This Week\" program.", REF, false);
        assertTrue(found.isEmpty(), found::toString);
    }
    @Test
    void clockTimeInUtcEndsInZ() {
        assertValue("The plane landed at 18:00 UTC.", "18:00 UTC", "TIME", "2021-11-09T18:00Z");
    }

    @Test
    void yearAgoOrdinalQuarterIsThatQuarterOfThePreviousYear() {
        assertValue("In the year-ago third quarter, it earned $22 million.", "the year-ago third quarter", "DATE",
                "2020-Q3");
    }

    @Test
    void samePeriodLastYearIsTheReportedPeriodOneYearBack() {
        assertValue("Sales rose in the third quarter from the same period last year.", "the same period last year",
                "DATE", "2020-Q3");
    }

    @Test
    void monthOfASpelledYear() {
        assertValue("January nineteen ninety-seven. Atlanta again.", "January nineteen ninety-seven", "DATE", "1997-01");
    }

    @Test
    void seasonOfASpelledYear() {
        assertValue("the level we saw in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four",
                "DATE", "1994-WI");
    }

    @Test
    void shouldPointsABareMonthForward() {
        assertValue("The sale should be completed in March.", "March", "DATE", "2022-03");
    }
    @Test
    void possessiveWeekdayIsAReportedEventInThePast() {
        assertValue("They would look for ways around Wednesday's ruling.", "Wednesday", "DATE", "2021-11-03");
    }
    @Test
    void theDayAMarketEndedIsTheDayLastDated() {
        assertValue("The index rose on Friday, ending the day at 8,017.", "the day", "DATE", "2021-11-05");
    }
    @Test
    void theQuarterIsTheReportingPeriodLastNamed() {
        assertValue("It earned $5 million in the fiscal first quarter. Sales for the quarter rose 39%.", "the quarter",
                "DATE", "2021-Q1");
    }

    @Test
    void theLatestQuarterWithoutAnchorIsTheLastEndedQuarter() {
        assertValue("Sales in the latest quarter rose 13%.", "the latest quarter", "DATE", "2021-Q3");
    }

    @Test
    void anOutlookQuarterIsNoAnchorForTheLatestQuarter() {
        assertValue("It expects a loss in the fourth quarter. Sales in the latest quarter rose.", "the latest quarter",
                "DATE", "2021-Q3");
    }

    @Test
    void theQuarterEndedOnADateWithoutAnchorIsThatCalendarQuarter() {
        assertValue("For the quarter ended Sept. 30, Delta posted net income.", "the quarter", "DATE", "2021-Q3");
    }
    @Test
    void tradingDaysAreDays() {
        assertValue("Eight trading days after Oct. 12, the index was down.", "Eight trading days", "DURATION", "P8D");
    }

    @Test
    void consecutiveQuartersAreAnAmountOfQuarters() {
        assertValue("It posted two consecutive quarters of negative growth.", "two consecutive quarters", "DURATION",
                "P6M");
    }

    @Test
    void finalQuarterOfAYearIsItsFourth() {
        assertValue("For the final quarter of 2009, Ford made a profit.", "the final quarter of 2009", "DATE", "2009-Q4");
    }
    @Test
    void bareClockTimeTakesTheDayNamedEarlierInItsSentence() {
        assertValue("The test flight took off Monday in Everett at 18:00 UTC.", "18:00 UTC", "TIME", "2021-11-08T18:00Z");
    }

    @Test
    void bareClockTimeTakesTheWeekdayAfterAParenthesis() {
        assertValue("The blast occurred at about 10:35 a.m. (0735 GMT) Friday.", "about 10:35 a.m.", "TIME",
                "2021-11-05T10:35");
    }

    @Test
    void clockTimeWithAnOrdinalDate() {
        assertValue("At a press conference at 16:15 UTC, June 1st, he spoke.", "16:15 UTC, June 1st", "TIME",
                "2021-06-01T16:15Z");
    }
    @Test
    void aDateAfterEndedIsPast() {
        assertValue("In the fiscal year ended Jan. 31, sales rose.", "Jan. 31", "DATE", "2021-01-31");
    }
    @Test
    void sentenceInitialNowWithCommaIsADiscourseMarker() {
        List<TimeMention> found = finder.find("Iraq was ready to withdraw. Now, he says, it looks bad.", REF, false);
        assertTrue(found.isEmpty(), found::toString);
    }

    @Test
    void sentenceInitialNowWithoutCommaIsThePresent() {
        assertValue("He was charged. Now officials are investigating.", "Now", "DATE", "PRESENT_REF");
    }
    @Test
    void soonWithAFutureVerbIsTheFuture() {
        assertValue("Prosecutors may soon seek an indictment.", "soon", "DATE", "FUTURE_REF");
    }

    @Test
    void asSoonAsIsNoTime() {
        List<TimeMention> found = finder.find("He was released as soon as he arrived.", REF, false);
        assertTrue(found.isEmpty(), found::toString);
    }
    @Test
    void firstAmountOfARangeBorrowsTheUnit() {
        assertValue("Shipments will resume within two to three weeks.", "two", "DURATION", "P2W");
        assertValue("Shipments will resume within two to three weeks.", "three weeks", "DURATION", "P3W");
    }
    @Test
    void theYearBeforeIsTheYearBeforeTheOneLastDated() {
        assertValue("Revenue fell to $300 million last year from $450 million the year before.", "the year before", "DATE",
                "2019");
    }
    @Test
    void countAndAHalfBeforeTheUnit() {
        assertValue("The plane is almost two and a half years behind schedule.", "almost two and a half years", "DURATION",
                "P2Y6M");
    }
    @Test
    void twoDigitYearAfterAPreposition() {
        assertValue("Nikkei at lowest level since '82.", "'82", "DATE", "1982");
    }
    @Test
    void formerlyInADescriptionIsNoTime() {
        List<TimeMention> found = finder.find("Mark Papermaster, formerly an Apple executive, left.", REF, false);
        assertTrue(found.isEmpty(), found::toString);
    }

    @Test
    void aDayFollowedByLastYearIsOfLastYear() {
        assertValue("Bozlak was arrested at a party congress here on June 23 last year.", "June 23", "DATE", "2020-06-23");
    }

    @Test
    void aBareMonthAfterAPastVerbIsTheLastOne() {
        assertValue("The ordinance followed the seizure of power by King Gyanendra in February.", "February", "DATE",
                "2021-02");
        assertValue("He was arrested in January and brought to trial.", "January", "DATE", "2021-01");
        assertValue("Ethiopia withdrew its troops from Somalia in January.", "January", "DATE", "2021-01"); // irregular past
        assertValue("Ethiopia will withdraw its troops from Somalia in January.", "January", "DATE", "2022-01");
        assertValue("The bank announced an agreement to acquire the company in January.", "January", "DATE", "2022-01");
        assertValue("The new rules are expected in January.", "January", "DATE", "2022-01");
        assertValue("If Iran is behind a bomb attack that killed 19 servicemen in December, it must pay, he said.",
                "December", "DATE", "2020-12");
        assertValue("Syria must cooperate in the probe of December's killing of Hariri.", "December", "DATE", "2020-12");
    }

    @Test
    void aBareMonthOpeningAClauseInThePastIsTheLastOne() {
        assertValue("In December, the rebels seized the town.", "December", "DATE", "2020-12");
        assertValue("In December, the president will visit China.", "December", "DATE", "2021-12");
    }

    @Test
    void aZoneInBracketsBeforeAnotherClockTimeConvertsIt() {
        assertValue("A bomb went off at about 9:45 a.m. (GMT 3:45) near the court.", "about 9:45 a.m.", "TIME",
                "2021-11-09T09:45");
        assertValue("The blast came at 6 p.m. GMT.", "6 p.m. GMT", "TIME", "2021-11-09T18:00Z");
    }

    @Test
    void daysListedBeforeAYearAndNamedDaysInAYearAreOfThatYear() {
        assertValue("The United States dropped atomic bombs on Hiroshima and Nagasaki on August 6 and 9, 1945.", "August 6",
                "DATE", "1945-08-06");
        assertValue("The United States dropped atomic bombs on Hiroshima and Nagasaki on August 6 and 9, 1945.", "9",
                "DATE", "1945-08-09");
        assertValue("Nineteen people were killed on Christmas Eve in 2000.", "Christmas Eve", "DATE", "2000-12-24");
    }

    @Test
    void lastWithTheMonthJustPastIsThatMonthAYearBefore() {
        assertValue("The EU formally launched talks with Turkey last October.", "last October", "DATE", "2020-10");
        assertValue("The EU formally launched talks with Turkey last June.", "last June", "DATE", "2021-06");
    }

    @Test
    void aPastParticipleRightBeforeAWeekdayDatesAPastAct() {
        assertValue("The Quartet will monitor the deal clinched on Monday on the Rafah crossings.", "Monday", "DATE",
                "2021-11-08");
        assertValue("Nowak rebuffed the US stand on Monday, saying UN inspectors will not visit the prison.", "Monday",
                "DATE", "2021-11-08");
        assertValue("The agreement will be signed on Monday.", "Monday", "DATE", "2021-11-15");
        assertValue("Buyers are likely to buy the stock as soon as trading opened Monday.", "Monday", "DATE", "2021-11-15");
    }

    @Test
    void aModelNumberIsNoYear() {
        List<TimeMention> found = finder.find("A French Mirage 2000-D warplane used a laser-guided bomb.", REF, false);
        assertTrue(found.isEmpty(), () -> found.toString());
    }
}
