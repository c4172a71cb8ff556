package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;
import org.newsgraph.extract.Token;
import org.newsgraph.extract.quote.Span;

class ArgumentModelTest {

    // "Russia shelled Ukraine": tokens 0..2
    private static final List<Token> T = tokens("Russia/NNP shelled/VBD Ukraine/NNP");
    private static final Mention RUSSIA = new Mention(0, 6, "Russia", MentionType.COUNTRY, "country:RU", "test", 1);
    private static final Mention UKRAINE = new Mention(15, 22, "Ukraine", MentionType.COUNTRY, "country:UA", "test", 1);
    private static final String[] CLASSES = {ArgumentModel.NONE, ArgumentModel.ACTOR, ArgumentModel.RECIPIENT};

    private static List<Token> tokens(String tagged) {
        return TaggedTokens.of(tagged);
    }

    /** A model that reads a name before the trigger as its actor and one after it as its recipient. */
    private static ArgumentModel model(double actor, double recipient, double override) {
        return new ArgumentModel(new LogisticModel(CLASSES, Map.of(
                "s=L", new float[] {0, 6, 0},
                "s=R", new float[] {0, 0, 6}), actor, recipient, override));
    }

    private static EventMention shelling(List<Mention> actors, Mention recipient) {
        return new EventMention(new Span(7, 14), "ASSAULT", null, actors.isEmpty() ? null : actors.get(0), actors, recipient,
                null, null, List.of(), null, Modality.ASSERTED, 0.6);
    }

    @Test
    void emptySlotsAreFilledWithTheMostProbableCandidate() {
        EventMention e = model(0.7, 0.7, 2).fill(T, List.of(RUSSIA, UKRAINE), List.of(shelling(List.of(), null))).get(0);
        assertEquals(List.of(RUSSIA), e.actors());
        assertSame(RUSSIA, e.actor());
        assertSame(UKRAINE, e.recipient());
    }

    @Test
    void aSlotStaysEmptyBelowItsThreshold() {
        EventMention e = model(0.7, 0.9999, 2).fill(T, List.of(RUSSIA, UKRAINE), List.of(shelling(List.of(), null))).get(0);
        assertEquals(List.of(RUSSIA), e.actors());
        assertNull(e.recipient());
    }

    @Test
    void theRulesParticipantsStandWithoutAnOverride() {
        EventMention byRules = shelling(List.of(UKRAINE), RUSSIA); // the rules' (wrong) reading is kept
        EventMention e = model(0.7, 0.7, 2).fill(T, List.of(RUSSIA, UKRAINE), List.of(byRules)).get(0);
        assertSame(byRules, e);
    }

    @Test
    void theFilledRecipientIsNeverTheActor() {
        EventMention onlyActor = shelling(List.of(UKRAINE), null);
        EventMention e = model(0.7, 0.7, 2).fill(T, List.of(UKRAINE), List.of(onlyActor)).get(0);
        assertNull(e.recipient());
    }

    @Test
    void theRulesPlaceOfTheEventIsNotFilledAsItsRecipient() {
        EventMention placed = new EventMention(new Span(7, 14), "ASSAULT", null, RUSSIA, List.of(RUSSIA), null, null, UKRAINE,
                List.of(), null, Modality.ASSERTED, 0.6);
        assertNull(model(0.7, 0.7, 2).fill(T, List.of(RUSSIA, UKRAINE), List.of(placed)).get(0).recipient());
    }

    @Test
    void featuresTellTheSideAndTheKindOfTrigger() {
        ArgumentFeatures.Trigger g = ArgumentFeatures.trigger(T, 7, 14, "ASSAULT");
        assertEquals(1, g.head());
        List<String> f = ArgumentFeatures.of(T, g, UKRAINE, ArgumentFeatures.span(T, UKRAINE), true);
        assertTrue(f.contains("s=R"));
        assertTrue(f.contains("cks=ASSAULTvR"));
        assertTrue(f.contains("nearR"));
        assertTrue(f.contains("t=COUNTRY"));
        assertTrue(ArgumentFeatures.of(T, g, RUSSIA, ArgumentFeatures.span(T, RUSSIA), true).contains("s=L"));
    }
}
