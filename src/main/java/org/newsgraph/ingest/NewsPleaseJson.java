package org.newsgraph.ingest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * news-please JSON records ({@code title}, {@code maintext}, {@code date_publish}, {@code url},
 * {@code authors}, {@code source_domain}, {@code language}, {@code description}, and the {@code id} and
 * {@code dateline} some crawls add). The body is {@code maintext} exactly.
 */
final class NewsPleaseJson {

    private NewsPleaseJson() {
    }

    static Article toArticle(JsonElement json, String sourcePath) throws InputException {
        if (!json.isJsonObject()) {
            throw new InputException("not a JSON object");
        }
        JsonObject o = json.getAsJsonObject();
        String body = string(o, "maintext");
        if (body == null) {
            throw new InputException("no \"maintext\" string");
        }
        if (body.isBlank()) {
            throw new InputException("\"maintext\" is empty");
        }
        String title = string(o, "title");
        String published = Dates.normalise(string(o, "date_publish"));
        published = published == null ? Datelines.dateOfLead(body) : published; // "BELGRADE, March 24, 1999 (AFP) -"
        String modified = Dates.normalise(string(o, "date_modify"));
        Datelines.Found dateline = datelineOf(o, body);
        String headline = title != null && !title.isBlank() ? title.strip() : firstLine(body);
        return new Article(identifier(o), sourcePath, string(o, "url"), headline, string(o, "description"),
                authors(o), string(o, "source_domain"), null, published, modified, string(o, "language"),
                dateline == null ? null : dateline.place(), dateline == null ? -1 : dateline.begin(), 0, body);
    }

    private static Datelines.Found datelineOf(JsonObject o, String body) throws InputException {
        Datelines.Found lead = Datelines.ofLead(body, 0);
        if (lead != null) {
            return lead;
        }
        String given = string(o, "dateline");
        if (given == null || given.isBlank()) {
            return null;
        }
        String place = given.split("[,(]")[0].strip();
        int at = body.indexOf(place);
        return new Datelines.Found(place, at >= 0 && at < 200 ? at : -1);
    }

    private static String identifier(JsonObject o) {
        JsonElement id = o.get("id");
        return id == null || id.isJsonNull() || !id.isJsonPrimitive() ? null : id.getAsString();
    }

    private static List<String> authors(JsonObject o) throws InputException {
        JsonElement a = o.get("authors");
        List<String> out = new ArrayList<>();
        if (a == null || a.isJsonNull()) {
            return out;
        }
        if (a.isJsonPrimitive()) {
            out.add(a.getAsString());
        } else if (a.isJsonArray()) {
            for (JsonElement e : (JsonArray) a) {
                if (e.isJsonPrimitive()) {
                    out.add(e.getAsString());
                }
            }
        } else {
            throw new InputException("\"authors\" is neither a string nor a list of strings");
        }
        return out;
    }

    /** The string value of a field, null when absent or null; an error when it has another type. */
    private static String string(JsonObject o, String field) throws InputException {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new InputException("\"" + field + "\" is not a string");
        }
        return e.getAsString();
    }

    private static String firstLine(String body) {
        String line = body.strip().split("\n", 2)[0].strip();
        return line.length() <= 160 ? line : line.substring(0, 157) + "...";
    }
}
