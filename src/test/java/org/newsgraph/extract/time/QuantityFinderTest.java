package org.newsgraph.extract.time;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class QuantityFinderTest {

    private final QuantityFinder finder = new QuantityFinder();

    private QuantityMention first(String text) {
        List<QuantityMention> found = finder.find(text);
        return found.isEmpty() ? fail("no quantity in " + text) : found.get(0);
    }

    @Test
    void overTwelveThousandTroops() {
        String text = "Poland has deployed over 12,000 troops to the border.";
        QuantityMention q = first(text);
        assertEquals(12000, q.value());
        assertEquals("troops", q.unit());
        assertEquals("over", q.modifier());
        assertEquals("over 12,000 troops", text.substring(q.begin(), q.end()));
    }

    @Test
    void overSixThousandMigrants() {
        QuantityMention q = first("Guards counted over 6,000 migrants in October.");
        assertEquals(6000, q.value());
        assertEquals("migrants", q.unit());
        assertEquals("over", q.modifier());
    }

    @Test
    void bareNumberHasNoUnit() {
        QuantityMention q = first("This is far above last year's 150.");
        assertEquals(150, q.value());
        assertNull(q.unit());
        assertNull(q.modifier());
    }

    @Test
    void currencyWithScale() {
        QuantityMention q = first("The EU pledged $2.5 billion in aid.");
        assertEquals(2.5e9, q.value());
        assertEquals("USD", q.unit());
    }

    @Test
    void percent() {
        QuantityMention q = first("Crossings fell 3 percent.");
        assertEquals(3, q.value());
        assertEquals("percent", q.unit());
    }

    @Test
    void spelledDozens() {
        QuantityMention q = first("Two dozen soldiers were sent.");
        assertEquals(24, q.value());
        assertEquals("soldiers", q.unit());
    }

    @Test
    void millionsWithUnit() {
        QuantityMention q = first("Some 1.2 million people live there.");
        assertEquals(1.2e6, q.value());
        assertEquals("people", q.unit());
        assertEquals("some", q.modifier());
    }

    @Test
    void adjectiveBetweenNumberAndNoun() {
        QuantityMention q = first("About 40 Belarusian tanks moved.");
        assertEquals("tanks", q.unit());
    }

    @Test
    void yearsDatesAndTimesAreNotQuantities() {
        List<QuantityMention> found = finder.find("In 1998, on Nov. 9 and 9 November at 3 p.m., for 12 days.");
        assertTrue(found.isEmpty(), found::toString);
    }

    @Test
    void spelledOneOfIsNotAQuantity() {
        List<QuantityMention> found = finder.find("One of the guards said two of them left.");
        assertTrue(found.isEmpty(), found::toString);
    }
}
