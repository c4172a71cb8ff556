package org.newsgraph.link;

import java.util.List;
import java.util.Map;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;

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

    /**
     * Whether a participant mention names a party the graph shows: an entity, or a party the article names only by a
     * description that resolves to none ("a drug seller", "the governor", "foreign banks"), which the graph shows as
     * a party local to the article. An unresolved pronoun names none.
     */
    public boolean namesParty(Mention m) {
        return entityOf.containsKey(m) || described(m);
    }

    /** Whether a mention that resolves to no entity is a description of a party (a group, a title, a description). */
    public boolean described(Mention m) {
        return !entityOf.containsKey(m)
                && (m.type() == MentionType.GROUP || m.type() == MentionType.TITLE || m.type() == MentionType.DESCRIPTION);
    }

    /** The entity a mention refers to, or null. */
    public Entity entityOf(Mention m) {
        String key = entityOf.get(m);
        return key == null ? null : entity(key);
    }
}
