package org.newsgraph.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.nlp.CoreNlpAnalyzer;

/** The seed article's seven statements (shared/seed/EXPECTED.md), read from the copy in examples/. */
class SeedStatementsTest {

    private static String text;
    private static List<Attribution> found;

    @BeforeAll
    static void analyse() throws IOException {
        text = Files.readString(Path.of("examples/aa-2021-11-09-nato-backs-poland.txt"), StandardCharsets.UTF_8);
        found = new AttributionFinder().find(CoreNlpAnalyzer.shared().analyze(text));
    }

    private static Attribution with(String contentPart) {
        for (Attribution a : found) {
            if (a.contentText(text).contains(contentPart)) return a;
        }
        return fail("no statement with content \"" + contentPart + "\" in " + found);
    }

    private static String speaker(Attribution a, int i) {
        return a.sources().get(i).speakerSpan().of(text);
    }

    @Test
    void stoltenbergWroteOnTwitter() {
        Attribution a = with("Belarus using migrants as (a) hybrid tactic is unacceptable");
        assertTrue(a.direct());
        assertEquals("Belarus using migrants as (a) hybrid tactic is unacceptable", a.contentText(text));
        assertEquals("Stoltenberg", a.sources().get(0).span().of(text));
        assertTrue(speaker(a, 0).endsWith("Stoltenberg"));
        assertEquals("write", a.cueLemma());
        assertEquals("Twitter", a.medium().label());
    }

    @Test
    void heAddedResolvesToStoltenbergNotDuda() {
        Attribution a = with("NATO stands in solidarity with Poland");
        assertTrue(a.direct());
        assertEquals("he", a.sources().get(0).span().of(text));
        assertEquals("Jens Stoltenberg", speaker(a, 0));
        assertEquals("add", a.cueLemma());
    }

    @Test
    void wawrzykAllegedWithPartialQuoteOnPolishRadio() {
        Attribution a = with("the Belarusian government is trying");
        assertFalse(a.direct());
        assertEquals("allege", a.cueLemma());
        assertEquals("Piotr Wawrzyk", speaker(a, 0));
        assertEquals("Polish Radio", a.medium().label());
        assertEquals(1, a.quotedParts().size());
        assertEquals("to cause a major incident, preferably with shots fired and casualties.",
                a.quotedParts().get(0).of(text));
    }

    @Test
    void heAddedResolvesToWawrzyk() {
        Attribution a = with("The Belarusian regime is keeping up its provocations");
        assertTrue(a.direct());
        assertEquals("he", a.sources().get(0).span().of(text));
        assertEquals("Piotr Wawrzyk", speaker(a, 0));
    }

    @Test
    void stoltenbergReassuredPoland() {
        Attribution a = with("Poland of the alliance’s solidarity");
        assertFalse(a.direct());
        assertEquals("reassure", a.cueLemma());
        assertEquals("Jens Stoltenberg", speaker(a, 0));
        assertEquals("Poland", a.target().of(text));
    }

    @Test
    void polandAndTheEuAccusedLukashenko() {
        Attribution a = with("of seeking revenge for the bloc’s sanctions");
        assertFalse(a.direct());
        assertEquals("accuse", a.cueLemma());
        assertEquals(2, a.sources().size());
        assertEquals("Poland", speaker(a, 0));
        assertEquals("the EU", speaker(a, 1));
        assertTrue(a.target().of(text).endsWith("Alexander Lukashenko"));
    }

    @Test
    void natoAndEuConsiderAHybridThreat() {
        Attribution a = with("approach towards migrants as a hybrid threat");
        assertFalse(a.direct());
        assertEquals("consider", a.cueLemma());
        assertEquals(List.of("NATO", "EU"), List.of(speaker(a, 0), speaker(a, 1)));
    }

    @Test
    void touristsIsNoStatementOfItsOwn() {
        for (Attribution a : found) {
            assertFalse(a.contentText(text).strip().equals("tourists"), "scare quote taken as a statement");
        }
    }

    @Test
    void boilerplateParagraphYieldsNothing() {
        int boiler = text.indexOf("Anadolu Agency website contains");
        assertTrue(boiler > 0);
        for (Attribution a : found) {
            assertTrue(a.content().end() <= boiler, "statement from boilerplate: " + a.contentText(text));
        }
    }

    @Test
    void everySpanSlicesTheBody() {
        for (Attribution a : found) {
            assertNotNull(a.cue());
            assertTrue(a.content().end() <= text.length());
            assertTrue(a.confidence() > 0 && a.confidence() <= 1);
        }
    }
}
