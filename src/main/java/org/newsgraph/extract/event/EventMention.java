package org.newsgraph.extract.event;

import java.util.List;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.quote.Attribution;
import org.newsgraph.extract.quote.Span;
import org.newsgraph.extract.time.QuantityMention;
import org.newsgraph.extract.time.TimeMention;

/**
 * One event found in a sentence. All offsets are UTF-16 char indices into the body, end exclusive.
 *
 * @param trigger    the words that signal the event ("accused", "phone conversation", "imposed sanctions")
 * @param category   a PLOVER category notation ("ACCUSE") or one of newsgraph's own types ("MIGRATE"), see
 *                   {@link Categories}
 * @param mode       the PLOVER mode notation within the category ("phone", "troops"), or null
 * @param actor      the mention of the main actor (for a pronoun, the mention it stands for), or null
 * @param actors     every actor mention, the main one first ("Poland and the EU have accused ..."); empty when
 *                   no actor was found
 * @param recipient  the mention of the party the event is directed at, or null
 * @param time       a time expression in the sentence that dates the event, or null (the sentence gives none)
 * @param place      a place mention in the sentence where the event happened, or null
 * @param quantities amounts the trigger governs ("over 12,000 troops"), possibly empty
 * @param statement  the statement that makes or reports the event (an accusation in a quote), or null
 * @param modality   whether the text asserts the event, denies it, or treats it as future or possible
 * @param confidence 0..1, the finder's belief that category and participants are right
 */
public record EventMention(Span trigger, String category, String mode, Mention actor, List<Mention> actors,
                           Mention recipient, TimeMention time, Mention place, List<QuantityMention> quantities,
                           Attribution statement, Modality modality, double confidence) {

    public EventMention {
        actors = List.copyOf(actors);
        quantities = List.copyOf(quantities);
    }

    /** True when the text reports the event as having happened. */
    public boolean asserted() {
        return modality == Modality.ASSERTED;
    }

    /** True for the sixteen PLOVER categories, false for newsgraph's own event types. */
    public boolean plover() {
        return Categories.isPlover(category);
    }
}
