package org.newsgraph.store;

import java.util.Map;

/** What a store holds: articles, quads, and entities by type (type IRI to count). */
public record Stats(long articles, long quads, Map<String, Long> entitiesByType) {
}
