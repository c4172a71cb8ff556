package org.newsgraph.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} values by key ({@code property}, {@code name} or {@code itemprop}, lower-cased),
 * in document order. Single-use per page.
 */
final class MetaTags {

    private final Map<String, List<String>> values = new HashMap<>();

    MetaTags(Document doc) {
        for (Element meta : doc.getElementsByTag("meta")) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                // itemprop may list several properties: "datePublished dateCreated"
                for (String key : meta.attr(attr).strip().split("\\s+")) {
                    if (!key.isEmpty()) {
                        values.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(content);
                    }
                }
            }
        }
    }

    /** The first value of the first key present, or null. */
    String first(String... keys) {
        for (String key : keys) {
            List<String> v = values.get(key);
            if (v != null) {
                return v.get(0);
            }
        }
        return null;
    }

    /** Every value of the key, possibly none. */
    List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }
}
