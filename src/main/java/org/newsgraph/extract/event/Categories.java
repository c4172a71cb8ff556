package org.newsgraph.extract.event;

import java.util.List;
import java.util.Set;

/**
 * The event types the finder assigns: the sixteen PLOVER categories (notations as in {@code ontology/plover.ttl})
 * and newsgraph's own types outside PLOVER.
 */
public final class Categories {

    /** PLOVER's categories, cooperative first. */
    public static final List<String> PLOVER = List.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

    /** newsgraph's own types: people moving, or trying to move, across or towards a border (mode "attempt"). */
    public static final List<String> OWN = List.of("MIGRATE");

    /** Categories in which the two sides act together, so "A and B agreed" is an event between A and B. */
    static final Set<String> SYMMETRIC = Set.of("AGREE", "CONSULT", "COOPERATE");

    private Categories() {
    }

    public static boolean isPlover(String category) {
        return PLOVER.contains(category);
    }

    /** PLOVER's two-way grouping: "cooperation" for AGREE to RETREAT, "conflict" for REQUEST to ASSAULT; null otherwise. */
    public static String grouping(String category) {
        int i = PLOVER.indexOf(category);
        return i < 0 ? null : i < PLOVER.indexOf("REQUEST") ? "cooperation" : "conflict";
    }
}
