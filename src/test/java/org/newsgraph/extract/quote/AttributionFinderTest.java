package org.newsgraph.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.nlp.CoreNlpAnalyzer;

/** Inline cases, one per quote style and frame; they run CoreNLP through the shared test analyzer. */
class AttributionFinderTest {

    private final AttributionFinder finder = new AttributionFinder();

    private List<Attribution> find(String text) {
        return finder.find(CoreNlpAnalyzer.shared().analyze(text));
    }

    private static Attribution only(List<Attribution> found) {
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    private static void assertDirect(String text, Attribution a, String quote, String source) {
        assertTrue(a.direct());
        assertEquals(quote, a.contentText(text));
        assertEquals(source, a.sources().get(0).span().of(text));
    }

    @Test
    void curlyQuoteWithTrailingFrame() {
        String t = "“The border is safe,” Jan Kowalski said.";
        assertDirect(t, only(find(t)), "The border is safe", "Jan Kowalski");
    }

    @Test
    void straightQuoteWithInvertedFrame() {
        String t = "\"The border is safe,\" said the minister.";
        assertDirect(t, only(find(t)), "The border is safe", "the minister");
    }

    @Test
    void guillemetQuoteWithColonFrame() {
        String t = "Jan Kowalski told reporters: «The border is safe.»";
        Attribution a = only(find(t));
        assertDirect(t, a, "The border is safe.", "Jan Kowalski");
        assertEquals("reporters", a.medium().label());
    }

    @Test
    void lowHighQuote() {
        String t = "„The border is safe“, Jan Kowalski said.";
        assertDirect(t, only(find(t)), "The border is safe", "Jan Kowalski");
    }

    @Test
    void singleQuote() {
        String t = "‘The border is safe,’ Jan Kowalski said.";
        assertDirect(t, only(find(t)), "The border is safe", "Jan Kowalski");
    }

    @Test
    void quoteInterruptedByItsFrameIsOneStatement() {
        String t = "“The border is safe,” Jan Kowalski said. “Nobody will cross it.”";
        Attribution a = only(find(t));
        assertEquals(2, a.contentParts().size());
        assertEquals("Nobody will cross it.", a.contentParts().get(1).of(t));
    }

    @Test
    void quoteOverTwoParagraphs() {
        String t = "Jan Kowalski said: “The border is safe.\n\n“Nobody will cross it.”";
        Attribution a = only(find(t));
        assertEquals(2, a.contentParts().size());
        assertTrue(a.direct());
    }

    @Test
    void reportedSpeechWithThat() {
        String t = "The minister, Jan Kowalski, said that the border was safe.";
        Attribution a = only(find(t));
        assertFalse(a.direct());
        assertEquals("that the border was safe", a.contentText(t));
        assertEquals("Jan Kowalski", a.sources().get(0).span().of(t));
    }

    @Test
    void reportedSpeechWithTrailingFrame() {
        String t = "The border was safe, officials said on Monday.";
        Attribution a = only(find(t));
        assertEquals("The border was safe", a.contentText(t));
        assertEquals("officials", a.sources().get(0).span().of(t));
    }

    @Test
    void accordingTo() {
        String t = "According to the Interior Ministry, the border was safe.";
        Attribution a = only(find(t));
        assertEquals("according to", a.cueLemma());
        assertEquals("the Interior Ministry", a.sources().get(0).span().of(t));
        assertEquals("the border was safe", a.contentText(t));
    }

    @Test
    void theMinisterResolvesToTheLastPersonWithThatTitle() {
        String t = "Interior Minister Jan Kowalski visited the border on Monday with President Adam Nowak.\n\n"
                + "“The border is safe,” the minister said.";
        Attribution a = only(find(t));
        assertEquals("Jan Kowalski", a.sources().get(0).speakerSpan().of(t));
    }

    @Test
    void scareQuoteIsNoStatement() {
        String t = "The regime keeps inviting “tourists” to the border.";
        assertTrue(find(t).isEmpty());
    }

    @Test
    void partialQuoteStaysReportedSpeech() {
        String t = "Jan Kowalski warned that the crisis could “get out of hand very soon.”";
        Attribution a = only(find(t));
        assertFalse(a.direct());
        assertEquals("get out of hand very soon.", a.quotedParts().get(0).of(t));
    }
}
