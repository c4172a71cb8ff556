package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.TextAnalysis;
import org.newsgraph.extract.nlp.CoreNlpAnalyzer;
import org.newsgraph.ingest.Article;
import org.newsgraph.pipeline.ArticleProcessor;

/** Whole sport stories give no events; political stories that talk of rounds and finals still do. */
class SportStoryTest {

    private static final String MATCH = "Croatia stormed into the Davis Cup final on Sunday after Ivan Ljubicic beat"
            + " Karol Beck 6-4, 6-2, 6-3 in the deciding match in Bratislava. Ljubicic attacked the net throughout the"
            + " tournament. The Slovak captain said his team had fought hard. Mario Ancic had levelled the tie on"
            + " Saturday with a win over Dominik Hrbaty. Ljubicic attacked Beck from the first point and Beck never"
            + " recovered, the Croatian said.\n";
    private static final String TALKS = "China called on all sides to show flexibility in the fifth round of the"
            + " six-party talks on Tuesday. The final round of talks is set to begin in Beijing next week. North Korea"
            + " accused the United States of hostility. The talks are the final test of the agreement, officials said.\n";

    private static TextAnalysis analysis(String text) {
        return CoreNlpAnalyzer.shared().analyze(text);
    }

    private static List<EventMention> events(String text) {
        Article a = new Article("t", null, null, "", null, List.of(), null, null, "2005-12-04", null, "en", null, -1, 0, text);
        return new ArticleProcessor(CoreNlpAnalyzer.shared()).link(a).extraction().findings(EventMention.class);
    }

    @Test
    void aMatchReportIsASportStoryAndGivesNoEvents() {
        assertTrue(Sport.story(analysis(MATCH), (b, e) -> true));
        assertEquals(List.of(), events(MATCH));
    }

    @Test
    void talksInRoundsAreNoSport() {
        assertFalse(Sport.story(analysis(TALKS), (b, e) -> true));
        assertTrue(events(TALKS).stream().anyMatch(e -> e.category().equals("ACCUSE")), events(TALKS).toString());
    }
}
