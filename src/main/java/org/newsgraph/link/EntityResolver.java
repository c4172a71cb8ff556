package org.newsgraph.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;

/**
 * Merges the mentions of one article into entities: a person's surname alone joins the full name
 * mentioned in the same article ("Stoltenberg" -> "Jens Stoltenberg"); other names join when their
 * normalised forms agree.
 *
 * <p>Stateless and thread-safe.
 */
public final class EntityResolver {

    public LinkedArticle resolve(Extraction x) {
        Map<String, Builder> byKey = new LinkedHashMap<>();
        Map<Mention, String> entityOf = new HashMap<>();
        List<Mention> persons = x.mentions().stream().filter(m -> m.type() == MentionType.PERSON).toList();
        for (Mention m : x.mentions()) {
            EntityKind kind = kindOf(m.type());
            if (kind == null) {
                continue;
            }
            String name = m.text();
            if (kind == EntityKind.PERSON) {
                name = fullNameFor(m, persons);
            }
            String key = kind.name().toLowerCase(Locale.ROOT) + ":" + normalise(name);
            byKey.computeIfAbsent(key, k -> new Builder(k, kind)).add(name, m.text());
            entityOf.put(m, key);
        }
        List<Entity> entities = new ArrayList<>();
        byKey.values().forEach(b -> entities.add(b.build()));
        return new LinkedArticle(x, entities, entityOf);
    }

    /** The longest person name in the article that ends (or starts) with this mention's words. */
    static String fullNameFor(Mention m, List<Mention> persons) {
        String best = m.text();
        String norm = normalise(m.text());
        for (Mention other : persons) {
            String o = normalise(other.text());
            if (o.length() > normalise(best).length() && (o.endsWith(" " + norm) || o.startsWith(norm + " "))) {
                best = other.text();
            }
        }
        return best;
    }

    private static EntityKind kindOf(MentionType t) {
        return switch (t) {
            case PERSON -> EntityKind.PERSON;
            case ORGANISATION -> EntityKind.ORGANISATION;
            case COUNTRY -> EntityKind.COUNTRY;
            case CITY -> EntityKind.CITY;
            case PLACE -> EntityKind.PLACE;
            case GROUP -> EntityKind.GROUP;
            default -> null;
        };
    }

    /** Lower case, no diacritics, no possessive, single spaces. */
    public static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        n = n.replaceAll("['’]s$", "").replaceAll("[^\\p{L}\\p{N}]+", " ");
        return n.strip().toLowerCase(Locale.ROOT);
    }

    private static final class Builder {
        final String key;
        final EntityKind kind;
        String name;
        final TreeSet<String> names = new TreeSet<>();

        Builder(String key, EntityKind kind) {
            this.key = key;
            this.kind = kind;
        }

        void add(String preferred, String seen) {
            if (name == null || preferred.length() > name.length()) {
                name = preferred;
            }
            names.add(seen.replaceAll("['’]s$", ""));
        }

        Entity build() {
            names.remove(name);
            return new Entity(key, kind, name, names, null, null, null, null, null, null);
        }
    }
}
