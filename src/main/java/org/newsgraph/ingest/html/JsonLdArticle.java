package org.newsgraph.ingest.html;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article description a page embeds as JSON-LD ({@code NewsArticle}, {@code Article},
 * {@code BlogPosting} and kin, also inside {@code @graph} arrays). Values are as the page gives them
 * (dates not yet normalised, the body possibly holding markup); any may be null.
 */
record JsonLdArticle(String headline, String description, String body, List<String> authors,
        String publisher, String published, String modified, String section, String url, String language) {

    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "BlogPosting",
            "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
            "ReviewNewsArticle", "LiveBlogPosting", "TechArticle", "ScholarlyArticle", "SocialMediaPosting",
            "Report", "AskPublicNewsArticle", "SatiricalArticle");

    static final JsonLdArticle EMPTY = new JsonLdArticle(null, null, null, List.of(), null, null, null, null,
            null, null);

    /** The first article object found in the page's JSON-LD scripts, or {@link #EMPTY}. Never throws. */
    static JsonLdArticle find(Document doc) {
        JsonLdArticle best = null;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonObject article = firstArticle(parse(script.data()));
            if (article != null) {
                JsonLdArticle found = from(article);
                // several article objects: the one with a body wins, else the first
                if (best == null || best.body() == null && found.body() != null) {
                    best = found;
                }
            }
        }
        return best == null ? EMPTY : best;
    }

    private static JsonElement parse(String json) {
        try {
            JsonReader reader = new JsonReader(new StringReader(json));
            reader.setStrictness(Strictness.LENIENT);
            return JsonParser.parseReader(reader);
        } catch (JsonParseException | IllegalStateException | StackOverflowError e) {
            return null; // broken JSON-LD is common; the page's other metadata still counts
        }
    }

    private static JsonObject firstArticle(JsonElement e) {
        if (e == null) {
            return null;
        }
        if (e.isJsonArray()) {
            for (JsonElement item : e.getAsJsonArray()) {
                JsonObject found = firstArticle(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!e.isJsonObject()) {
            return null;
        }
        JsonObject o = e.getAsJsonObject();
        if (isArticle(o.get("@type"))) {
            return o;
        }
        JsonObject inGraph = firstArticle(o.get("@graph"));
        return inGraph != null ? inGraph : firstArticle(o.get("mainEntity"));
    }

    private static boolean isArticle(JsonElement type) {
        if (type == null) {
            return false;
        }
        if (type.isJsonArray()) {
            for (JsonElement t : type.getAsJsonArray()) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        return type.isJsonPrimitive() && ARTICLE_TYPES.contains(stripContext(type.getAsString()));
    }

    private static String stripContext(String type) {
        int slash = type.lastIndexOf('/');
        return slash >= 0 ? type.substring(slash + 1) : type;
    }

    private static JsonLdArticle from(JsonObject o) {
        String url = text(o.get("url"));
        if (url == null && o.get("mainEntityOfPage") != null) {
            JsonElement main = o.get("mainEntityOfPage");
            url = main.isJsonObject() ? text(main.getAsJsonObject().get("@id")) : text(main);
        }
        String headline = text(o.get("headline"));
        return new JsonLdArticle(headline != null ? headline : text(o.get("name")),
                text(o.get("description")), text(o.get("articleBody")), names(o.get("author")),
                first(names(o.get("publisher"))), text(o.get("datePublished")), text(o.get("dateModified")),
                text(o.get("articleSection")), url, text(o.get("inLanguage")));
    }

    /** A string value; for arrays the first string; blank becomes null. */
    private static String text(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (e.isJsonArray()) {
            JsonArray a = e.getAsJsonArray();
            return a.isEmpty() ? null : text(a.get(0));
        }
        if (e.isJsonObject()) {
            return null;
        }
        String s = e.getAsString().strip();
        return s.isEmpty() ? null : s;
    }

    /** Person or organisation names: a string, an object with {@code name}, or an array of them. */
    private static List<String> names(JsonElement e) {
        List<String> out = new ArrayList<>();
        if (e == null || e.isJsonNull()) {
            return out;
        }
        if (e.isJsonArray()) {
            for (JsonElement item : e.getAsJsonArray()) {
                out.addAll(names(item));
            }
        } else if (e.isJsonObject()) {
            String name = text(e.getAsJsonObject().get("name"));
            if (name != null) {
                out.add(name);
            }
        } else {
            String name = text(e);
            if (name != null && !name.startsWith("http")) {
                out.add(name);
            }
        }
        return out;
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }
}
