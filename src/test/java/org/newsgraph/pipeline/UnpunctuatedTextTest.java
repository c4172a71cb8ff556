package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.event.EventMention;
import org.newsgraph.extract.nlp.CoreNlpAnalyzer;
import org.newsgraph.extract.quote.Attribution;
import org.newsgraph.ingest.Article;

/**
 * Texts that stop without a sentence end (cut-off feeds, truncated crawls) are read like punctuated ones. Each case
 * is a rule that once looked one token past the last and failed the whole article; found by running every probe
 * sentence of the event sets through the pipeline with its final punctuation removed or cut at a random word.
 */
class UnpunctuatedTextTest {

    private static final ArticleProcessor PROCESSOR = new ArticleProcessor(CoreNlpAnalyzer.shared());

    private static Extraction extract(String text) {
        Article a = new Article("t", null, null, "", null, List.of(), null, null, "2005-11-15", null, "en", null, -1, 0, text);
        return PROCESSOR.link(a).extraction();
    }

    @Test
    void visitNounAsTheLastWordIsStillAVisit() {
        String text = "Namibian President Hifikepunye Pohamba is in Singapore for a four-day state visit";
        List<EventMention> visits = extract(text).findings(EventMention.class).stream()
                .filter(e -> e.category().equals("CONSULT")).toList();
        assertEquals(List.of("CONSULT"), visits.stream().map(EventMention::category).toList(), visits::toString);
    }

    @Test
    void reportCutOffAfterAConjunctionKeepsItsSpeaker() {
        String text = "The minister Didymus Mutasa said the commission discussed a wide range of issues that were pertinent"
                + " to Botswana and Zimbabwe and also";
        List<Attribution> said = extract(text).findings(Attribution.class);
        assertEquals(1, said.size(), said::toString);
        assertTrue(said.get(0).sources().get(0).span().of(text).contains("Mutasa"), said::toString);
    }
}
