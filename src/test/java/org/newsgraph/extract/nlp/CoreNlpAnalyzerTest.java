package org.newsgraph.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.TextAnalysis;
import org.newsgraph.extract.Token;

class CoreNlpAnalyzerTest {

    @Test
    void offsetsSliceTheOriginalTextAndTagPersons() {
        String text = "“Belarus is a threat,” Jens Stoltenberg wrote.\n\nNATO met in Brussels.";
        TextAnalysis a = CoreNlpAnalyzer.shared().analyze(text);
        for (Token t : a.tokens()) {
            assertEquals(text.substring(t.begin(), t.end()), t.word());
        }
        assertEquals(2, a.sentences().size());
        assertTrue(a.tokens().stream().anyMatch(t -> t.word().equals("Stoltenberg") && t.ner().equals("PERSON")));
    }
}
