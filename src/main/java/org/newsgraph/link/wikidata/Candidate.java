package org.newsgraph.link.wikidata;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A Wikidata item that might be the entity, as {@code wbgetentities} describes it.
 *
 * @param qid the item id ("Q42"; after a redirect, the target)
 * @param label English label, or "" when it has none
 * @param description English description, or ""
 * @param aliases English aliases
 * @param instanceOf the classes of its instance-of (P31) statements that are not deprecated
 */
record Candidate(String qid, String label, String description, List<String> aliases, Set<String> instanceOf) {

    Candidate {
        aliases = List.copyOf(aliases);
        instanceOf = Set.copyOf(instanceOf);
    }

    /** The QIDs of a {@code wbsearchentities} answer, in its order. */
    static List<String> searchIds(JsonObject answer) {
        List<String> ids = new ArrayList<>();
        if (answer.has("search") && answer.get("search").isJsonArray()) {
            for (JsonElement hit : answer.getAsJsonArray("search")) {
                String id = string(hit, "id");
                if (id != null && id.matches("Q\\d+") && !ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** The items of a {@code wbgetentities} answer, missing ones left out, in the order of {@code ids}. */
    static List<Candidate> fromEntities(JsonObject answer, List<String> ids) {
        List<Candidate> out = new ArrayList<>();
        JsonObject entities = answer.has("entities") && answer.get("entities").isJsonObject()
                ? answer.getAsJsonObject("entities") : new JsonObject();
        Set<String> seen = new LinkedHashSet<>();
        for (String id : ids) {
            JsonElement e = entities.get(id);
            if (e == null || !e.isJsonObject() || e.getAsJsonObject().has("missing")) {
                continue;
            }
            Candidate c = of(e.getAsJsonObject(), id);
            if (seen.add(c.qid())) {
                out.add(c);
            }
        }
        return out;
    }

    private static Candidate of(JsonObject item, String requested) {
        String qid = string(item, "id");
        String label = languageValue(item, "labels");
        String description = languageValue(item, "descriptions");
        List<String> aliases = new ArrayList<>();
        JsonElement a = path(item, "aliases", "en");
        if (a != null && a.isJsonArray()) {
            a.getAsJsonArray().forEach(x -> {
                String v = string(x, "value");
                if (v != null) {
                    aliases.add(v);
                }
            });
        }
        Set<String> classes = new LinkedHashSet<>();
        JsonElement p31 = path(item, "claims", "P31");
        if (p31 != null && p31.isJsonArray()) {
            for (JsonElement st : (JsonArray) p31) {
                if ("deprecated".equals(string(st, "rank"))) {
                    continue;
                }
                JsonElement id = path(st, "mainsnak", "datavalue", "value", "id");
                if (id != null && id.isJsonPrimitive()) {
                    classes.add(id.getAsString());
                }
            }
        }
        return new Candidate(qid == null ? requested : qid, label, description, aliases, classes);
    }

    private static String languageValue(JsonObject item, String field) {
        String v = string(path(item, field, "en"), "value");
        return v == null ? "" : v;
    }

    private static JsonElement path(JsonElement e, String... keys) {
        for (String k : keys) {
            if (e == null || !e.isJsonObject()) {
                return null;
            }
            e = e.getAsJsonObject().get(k);
        }
        return e;
    }

    private static String string(JsonElement e, String key) {
        JsonElement v = path(e, key);
        return v != null && v.isJsonPrimitive() ? v.getAsString() : null;
    }
}
