package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.nlp.CoreNlpAnalyzer;
import org.newsgraph.ingest.Article;
import org.newsgraph.pipeline.ArticleProcessor;

/** The events the whole pipeline finds in a short text published on a given day; shared by the event tests. */
final class EventsOf {

    /** The seed article's day, the default for texts whose dates do not matter. */
    static final String SEED_DAY = "2021-11-09";

    private static final ArticleProcessor PROCESSOR = new ArticleProcessor(CoreNlpAnalyzer.shared());
    /** A processor whose event finder has its rules alone, no trigger or argument model: for tests of the rules. */
    private static ArticleProcessor rules;

    private EventsOf() {
    }

    static List<EventMention> events(String text, String published) {
        Article a = new Article("t", null, null, "", null, List.of(), null, null, published, null, "en", null, -1, 0, text);
        return PROCESSOR.link(a).extraction().findings(EventMention.class);
    }

    /** Every event the rules alone find in {@code text}, read as published on the seed's day. */
    static List<EventMention> allByRules(String text) {
        Article a = new Article("t", null, null, "", null, List.of(), null, null, SEED_DAY, null, "en", null, -1, 0, text);
        return rulesAlone().link(a).extraction().findings(EventMention.class);
    }

    /** The one event of {@code category} that the rules alone find in the text (no learned model fills a slot). */
    static EventMention byRules(String category, String text) {
        List<EventMention> es = allByRules(text);
        List<EventMention> of = es.stream().filter(e -> e.category().equals(category)).toList();
        assertEquals(1, of.size(), () -> category + " in " + es);
        return of.get(0);
    }

    /** The one event of {@code category} the rules alone find in the text whose trigger starts with {@code trigger}. */
    static EventMention byRules(String category, String trigger, String text) {
        List<EventMention> es = allByRules(text);
        List<EventMention> of = es.stream()
                .filter(e -> e.category().equals(category) && e.trigger().of(text).startsWith(trigger)).toList();
        assertEquals(1, of.size(), () -> category + " " + trigger + " in " + es);
        return of.get(0);
    }

    private static synchronized ArticleProcessor rulesAlone() {
        if (rules == null) {
            String trigger = System.getProperty(TriggerModel.PROPERTY);
            String argument = System.getProperty(ArgumentModel.PROPERTY);
            System.setProperty(TriggerModel.PROPERTY, "none");
            System.setProperty(ArgumentModel.PROPERTY, "none");
            try {
                rules = new ArticleProcessor(CoreNlpAnalyzer.shared()); // the event finder reads the properties when it is made
            } finally {
                restore(TriggerModel.PROPERTY, trigger);
                restore(ArgumentModel.PROPERTY, argument);
            }
        }
        return rules;
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    static List<EventMention> events(String text) {
        return events(text, SEED_DAY);
    }

    /** The one event of {@code category} in the text; fails when there is none or more than one. */
    static EventMention only(String category, String text, String published) {
        List<EventMention> es = events(text, published);
        List<EventMention> of = es.stream().filter(e -> e.category().equals(category)).toList();
        assertEquals(1, of.size(), () -> category + " in " + es);
        return of.get(0);
    }

    static EventMention only(String category, String text) {
        return only(category, text, SEED_DAY);
    }

    /** The events of {@code category} the text reports as having happened. */
    static List<EventMention> asserted(String category, String text) {
        return events(text).stream().filter(e -> e.category().equals(category) && e.asserted()).toList();
    }

    /** Whether the rules alone find no asserted event of {@code category} in {@code text}. */
    static boolean noAssertedByRules(String category, String text) {
        return allByRules(text).stream().noneMatch(e -> e.category().equals(category) && e.asserted());
    }

    /** The recipient's text, or null when the event has none. */
    static String recipient(EventMention e) {
        return e.recipient() == null ? null : e.recipient().text();
    }

    static List<String> actors(EventMention e) {
        return e.actors().stream().map(Mention::text).toList();
    }
}
