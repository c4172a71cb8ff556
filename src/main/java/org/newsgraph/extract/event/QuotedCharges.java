package org.newsgraph.extract.event;

import java.util.List;

/**
 * A charge or complaint told after the quote that makes it, with its speaker after the verb ("The Shiites have more seats
 * than they deserve," charged Mekky Latif): the name after the verb is the one who charges, not the one charged, and the
 * party the rules took as the subject inside the quote is the one charged. The trigger rule for it starts at the closing quote mark. Stateless.
 */
final class QuotedCharges {

    private QuotedCharges() {
    }

    static EventMention of(EventMention e, String body) {
        String trigger = body.substring(e.trigger().begin(), e.trigger().end());
        if (!e.category().equals("ACCUSE") || !(trigger.startsWith("\"") || trigger.startsWith("''") || trigger.startsWith("\u201d"))
                || e.recipient() == null || e.recipient().begin() < e.trigger().end()) {
            return e;
        }
        // the subject the rules took inside the quote is whom it charges ("The Shiites have more seats")
        org.newsgraph.extract.Mention charged = e.actor() != null && e.actor().end() <= e.trigger().begin() ? e.actor() : null;
        return new EventMention(e.trigger(), e.category(), e.mode(), e.recipient(), List.of(e.recipient()), charged, e.time(),
                e.place(), e.quantities(), e.statement(), e.modality(), e.confidence());
    }
}
