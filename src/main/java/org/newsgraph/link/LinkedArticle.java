package org.newsgraph.link;

import java.util.List;
import java.util.Map;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;

/**
 * An extraction whose mentions are resolved to entities. Immutable.
 *
 * @param entities every entity of the article, in first-mention order
 * @param entityOf the entity each resolved mention refers to (by entity key)
 */
public record LinkedArticle(Extraction extraction, List<Entity> entities, Map<Mention, String> entityOf) {

    public LinkedArticle {
        entities = List.copyOf(entities);
        entityOf = Map.copyOf(entityOf);
    }

    public Entity entity(String key) {
        return entities.stream().filter(e -> e.key().equals(key)).findFirst().orElse(null);
    }

    /** The entity a mention refers to, or null. */
    public Entity entityOf(Mention m) {
        String key = entityOf.get(m);
        return key == null ? null : entity(key);
    }
}
