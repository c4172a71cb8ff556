package org.newsgraph.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScannerTest {

    private static List<String> quoted(String text) {
        return QuoteScanner.scan(text, Paragraphs.split(text)).stream().map(q -> q.content().of(text)).toList();
    }

    @Test
    void curlyDoubleQuotes() {
        assertEquals(List.of("We will win."), quoted("“We will win.” he said."));
    }

    @Test
    void straightDoubleQuotes() {
        assertEquals(List.of("We will win."), quoted("\"We will win.\" he said."));
    }

    @Test
    void guillemetsBothWays() {
        assertEquals(List.of("Nous gagnerons", "Wir siegen"), quoted("«Nous gagnerons», il a dit. »Wir siegen«, sagte er."));
    }

    @Test
    void germanAndPolishLowHighQuotes() {
        assertEquals(List.of("Wir siegen", "Wygramy"), quoted("„Wir siegen“, sagte er. „Wygramy”, powiedział."));
    }

    @Test
    void singleQuotesButNotApostrophes() {
        assertEquals(List.of("We won’t stop"), quoted("He said ‘We won’t stop’ and Sanders’ aides agreed."));
        assertEquals(List.of("Wir siegen"), quoted("Er sagte ‚Wir siegen‘ gestern."));
    }

    @Test
    void doubledApostrophesOfWireCopy() {
        assertEquals(List.of("It's anti-reform."), quoted("''It's anti-reform.'' she said."));
    }

    @Test
    void trailingCommaIsNotPartOfTheQuote() {
        assertEquals(List.of("We will win"), quoted("“We will win,” he said."));
    }

    @Test
    void quoteOverParagraphsContinuesAtTheNextOpeningMark() {
        String text = "“First part of it.\n\n“Second part.” he said.";
        List<Quote> qs = QuoteScanner.scan(text, Paragraphs.split(text));
        assertEquals(2, qs.size());
        assertFalse(qs.get(0).closed());
        assertTrue(qs.get(1).continuation());
    }

    @Test
    void boilerplateParagraphs() {
        assertTrue(Paragraphs.isBoilerplate("Please contact us for subscription options."));
        assertTrue(Paragraphs.isBoilerplate("© 2021 Reuters. All rights reserved."));
        assertFalse(Paragraphs.isBoilerplate("“We will win,” he said."));
    }
}
