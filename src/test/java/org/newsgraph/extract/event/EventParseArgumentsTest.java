package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.nlp.CoreNlpAnalyzer;
import org.newsgraph.ingest.Article;
import org.newsgraph.pipeline.ArticleProcessor;

/**
 * Participants the dependency parse finds where word order alone finds none (see {@link ParseRoles}); without the
 * parse these events have no recipient.
 */
class EventParseArgumentsTest {

    private static final ArticleProcessor PROCESSOR = new ArticleProcessor(CoreNlpAnalyzer.shared());

    private static EventMention only(String category, String text) {
        Article a = new Article("t", null, null, "", null, List.of(), null, null, "2006-11-20", null, "en", null, -1, 0, text);
        List<EventMention> es = PROCESSOR.link(a).extraction().findings(EventMention.class);
        List<EventMention> of = es.stream().filter(e -> e.category().equals(category)).toList();
        assertEquals(1, of.size(), () -> category + " in " + es);
        return of.get(0);
    }

    @Test
    void theAntecedentOfARelativeClauseIsTheOneCalledOn() {
        EventMention e = only("REQUEST", "Aid groups praised Kenya, which the UN has repeatedly called on to reopen its border with Somalia.");
        assertEquals(List.of("UN"), e.actors().stream().map(Mention::text).toList());
        assertEquals("Kenya", e.recipient() == null ? null : e.recipient().text());
    }

    @Test
    void theAntecedentOfARelativeClauseIsTheOneUrged() {
        EventMention e = only("REQUEST", "The rebels, who Uganda has urged to lay down their arms, met mediators in Juba on Monday.");
        assertEquals("rebels", e.recipient() == null ? null : e.recipient().text());
    }
}
