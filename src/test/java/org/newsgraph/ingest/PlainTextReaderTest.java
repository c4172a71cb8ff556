package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {

    private static final Path SEED = Path.of("examples/aa-2021-11-09-nato-backs-poland.txt");

    @Test
    void seedHeaderIsRecognised() throws Exception {
        String text = Files.readString(SEED);
        Article a = PlainTextReader.read(text, SEED.toString(), SEED.getFileName().toString());
        assertEquals("NATO backs Poland amid growing migration crisis", a.headline());
        assertEquals("NATO chief accuses Belarus of using migrants as hybrid tactics, and reassures bordering "
                + "countries of solidarity", a.standfirst());
        assertEquals(List.of("Agnes Szucs"), a.authors());
        assertEquals("World", a.section());
        assertEquals("2021-11-09", a.published());
        assertEquals("2021-11-09", a.modified());
        assertEquals("Brussels", a.dateline());
        assertEquals("BRUSSELS", text.substring(a.datelineBegin(), a.datelineBegin() + 8));
        assertEquals(a.datelineBegin(), a.textBegin());
        assertEquals(text, a.body());
        assertEquals("Anadolu Agency", a.publisher());
    }

    @Test
    void bodyOnlyTextHasNoHeader() throws Exception {
        String text = "The minister said on Monday that the talks would resume next week, according to officials.\n";
        Article a = PlainTextReader.read(text, null, "talks.txt");
        assertEquals(0, a.textBegin());
        assertEquals("talks", a.headline());
        assertNull(a.published());
    }

    @Test
    void aHeadlineLineBeforeTheStoryIsAHeader() throws Exception {
        String text = "Soldiers killed in Kabul\n\nFour Afghan soldiers were killed in Kabul on Monday, officials said.\n";
        Article a = PlainTextReader.read(text, null, "kabul.txt");
        assertEquals("Soldiers killed in Kabul", a.headline());
        assertEquals(text.indexOf("Four"), a.textBegin());
    }

    @Test
    void aWireDatelineWithAYearGivesThePublicationDate() throws Exception {
        String text = "BELGRADE, March 24, 1999 (AFP) - The Yugoslav government on Wednesday accused NATO of aggression.\n";
        Article a = PlainTextReader.read(text, null, "belgrade.txt");
        assertEquals("1999-03-24", a.published());
        assertEquals("Belgrade", a.dateline());
        assertNull(PlainTextReader.read("KYIV, March 3 (Reuters) - Ukraine said on Friday it was ready.\n", null, "kyiv.txt")
                .published());
    }

    @Test
    void aFirstSentenceIsNoHeadline() throws Exception {
        String text = "Talks failed.\n\nThe minister said on Monday that the talks would resume next week, officials said.\n";
        assertEquals(0, PlainTextReader.read(text, null, "talks.txt").textBegin());
    }

    @Test
    void publisherFromCopyrightNotice() {
        assertEquals("Reuters", PlainTextReader.publisher("Text.\n\n© 2024 Reuters. All rights reserved."));
        assertNull(PlainTextReader.publisher("The minister said the talks failed."));
    }

    @Test
    void blankTextIsRefused() {
        InputException e = assertThrows(InputException.class, () -> PlainTextReader.read("  \n\n", null, "x.txt"));
        assertTrue(e.getMessage().contains("no text"));
    }
}
