package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;

/**
 * One event per happening within a sentence: two triggers of the same category whose participants agree
 * ("met Lee ... at the start of a visit", "killed by a suicide bomber") are one event; the one with more
 * participants stays.
 */
final class Dedup {

    private Dedup() {
    }

    static List<EventMention> merge(List<EventMention> found) {
        List<EventMention> out = new ArrayList<>();
        for (EventMention e : found) {
            int twin = -1;
            for (int i = 0; i < out.size(); i++) {
                if (same(out.get(i), e)) {
                    twin = i;
                }
            }
            if (twin < 0) {
                out.add(e);
            } else if (score(e) > score(out.get(twin))) {
                out.set(twin, e);
            }
        }
        return out;
    }

    private static boolean same(EventMention a, EventMention b) {
        return a.category().equals(b.category()) && a.modality() == b.modality()
                && agree(a.actor() == null ? null : a.actor().text(), b.actor() == null ? null : b.actor().text())
                && agree(a.recipient() == null ? null : a.recipient().text(), b.recipient() == null ? null : b.recipient().text());
    }

    private static boolean agree(String x, String y) {
        return x == null || y == null || x.equalsIgnoreCase(y);
    }

    private static int score(EventMention e) {
        return (e.actor() != null ? 2 : 0) + (e.recipient() != null ? 2 : 0) + (e.time() != null ? 1 : 0)
                + (e.place() != null ? 1 : 0) + e.quantities().size();
    }
}
