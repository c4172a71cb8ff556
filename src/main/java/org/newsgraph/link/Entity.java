package org.newsgraph.link;

import java.util.List;
import java.util.Set;

/**
 * A real-world thing mentioned in an article.
 *
 * @param key identity across articles: "wikidata:Q36", "geonames:2800866", or kind and normalised name
 *     ("person:jens stoltenberg") when the entity has no link
 * @param wikidata QID ("Q36") or null
 * @param geonames GeoNames id ("798544") or null
 * @param latitude WGS84 latitude or null
 * @param longitude WGS84 longitude or null
 * @param governmentOf for a government actor, the country entity's key; otherwise null
 * @param linkScore confidence of the links (1 for authority tables), or null without links
 */
public record Entity(String key, EntityKind kind, String name, Set<String> alternateNames, String wikidata,
        String geonames, Double latitude, Double longitude, String governmentOf, Double linkScore) {

    public Entity {
        alternateNames = Set.copyOf(alternateNames);
    }

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }

    /** The same entity with more alternate names. */
    public Entity withAlternateNames(java.util.Collection<String> more) {
        java.util.Set<String> all = new java.util.TreeSet<>(alternateNames);
        all.addAll(more);
        all.remove(name);
        return new Entity(key, kind, name, all, wikidata, geonames, latitude, longitude, governmentOf, linkScore);
    }

    /** Lists in a stable order for output. */
    public List<String> sortedAlternateNames() {
        return alternateNames.stream().sorted().toList();
    }
}
