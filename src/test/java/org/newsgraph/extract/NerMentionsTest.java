package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.nlp.CoreNlpAnalyzer;

class NerMentionsTest {

    @Test
    void aDashOpeningAListItemIsNoPartOfTheName() {
        String text = "-- Donald Tsang, chief executive of Hong Kong, meets Belgian leaders.";
        List<Mention> ms = new NerMentions().mentions(CoreNlpAnalyzer.shared().analyze(text));
        assertTrue(ms.stream().anyMatch(m -> m.text().equals("Donald Tsang")), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.text().startsWith("-")), ms.toString());
    }
}
