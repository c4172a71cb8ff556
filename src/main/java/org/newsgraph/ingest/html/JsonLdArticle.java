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
import java.util.function.Predicate;
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

    /**
     * The first article object found in the page's JSON-LD scripts, its gaps filled from the page's
     * {@code WebPage} object (pages without an article object describe the article there); or
     * {@link #EMPTY}. Never throws.
     */
    static JsonLdArticle find(Document doc) {
        JsonLdArticle best = null;
        JsonLdArticle page = null;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonElement json = parse(script.data());
            JsonObject article = first(json, JsonLdArticle::isArticle);
            if (article != null) {
                JsonLdArticle found = from(article);
                // several article objects: the one with a body wins, else the first
                if (best == null || best.body() == null && found.body() != null) {
                    best = found;
                }
            }
            JsonObject webPage = page == null ? first(json, JsonLdArticle::isWebPage) : null;
            if (webPage != null) {
                page = from(webPage);
            }
        }
        if (best == null) {
            return page == null ? EMPTY : page.withBody(null);
        }
        return page == null ? best : best.orElse(page);
    }

    private JsonLdArticle withBody(String newBody) {
        return new JsonLdArticle(headline, description, newBody, authors, publisher, published, modified, section,
                url, language);
    }

    /** This description with its missing values taken from {@code other} (never its body). */
    private JsonLdArticle orElse(JsonLdArticle other) {
        return new JsonLdArticle(or(headline, other.headline), or(description, other.description), body,
                authors.isEmpty() ? other.authors : authors, or(publisher, other.publisher),
                or(published, other.published), or(modified, other.modified), or(section, other.section),
                or(url, other.url), or(language, other.language));
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
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

    /** Article objects sit at most a few levels deep; deeper JSON is not looked into. */
    private static final int MAX_DEPTH = 8;

    private static JsonObject first(JsonElement e, Predicate<String> wanted) {
        return first(e, wanted, 0);
    }

    /** The first object, depth first through arrays, {@code @graph} and {@code mainEntity}, of a wanted type. */
    private static JsonObject first(JsonElement e, Predicate<String> wanted, int depth) {
        if (e == null || depth > MAX_DEPTH) {
            return null;
        }
        if (e.isJsonArray()) {
            for (JsonElement item : e.getAsJsonArray()) {
                JsonObject found = first(item, wanted, depth + 1);
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
        if (hasType(o.get("@type"), wanted)) {
            return o;
        }
        JsonObject inGraph = first(o.get("@graph"), wanted, depth + 1);
        return inGraph != null ? inGraph : first(o.get("mainEntity"), wanted, depth + 1);
    }

    private static boolean hasType(JsonElement type, Predicate<String> wanted) {
        if (type == null) {
            return false;
        }
        if (type.isJsonArray()) {
            for (JsonElement t : type.getAsJsonArray()) {
                if (t.isJsonPrimitive() && wanted.test(stripContext(t.getAsString()))) {
                    return true;
                }
            }
            return false;
        }
        return type.isJsonPrimitive() && wanted.test(stripContext(type.getAsString()));
    }

    private static boolean isArticle(String type) {
        return ARTICLE_TYPES.contains(type);
    }

    private static boolean isWebPage(String type) {
        return type.endsWith("WebPage");
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
