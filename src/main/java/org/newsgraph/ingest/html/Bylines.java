package org.newsgraph.ingest.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Author names from meta values and visible bylines ("By Jane Doe and John Roe"). Thread-safe. */
final class Bylines {

    private static final Pattern BY = Pattern.compile(
            "(?i)^(analysis |opinion |commentary |written |posted |reported |words |story )?by:?\\s+");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|;|\\band\\b|&|\\|)\\s*");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{L}[\\p{L}'’.-]*){0,4}");
    private static final Pattern NOT_NAME = Pattern.compile(
            "(?i).*\\b(staff|reuters|associated press|news|editor|correspondent|contributor|published|updated"
            + "|minutes?|read|share|follow|more|view|all|posts|twitter|email|photo|writer|reporter|media"
            + "|commented|business|com|bureau|desk|team)\\b.*");

    private Bylines() {
    }

    /**
     * Cleans the author names a page declares (JSON-LD, meta): "By TOM KRISHER, AP Auto Writer" gives
     * "TOM KRISHER". When nothing in them looks like a person's name (an agency, a desk) they are kept as
     * declared, less any "By".
     */
    static List<String> clean(List<String> declared) {
        Set<String> names = new LinkedHashSet<>();
        for (String d : declared) {
            names.addAll(split(d));
        }
        if (names.isEmpty()) {
            for (String d : declared) {
                String s = BY.matcher(d.strip()).replaceFirst("");
                if (!s.isEmpty() && s.length() <= 80) {
                    names.add(s);
                }
            }
        }
        return new ArrayList<>(names);
    }

    /** Names in the visible bylines of the page, in order, without duplicates. */
    static List<String> visible(Document doc) {
        Set<String> names = new LinkedHashSet<>();
        for (Element e : doc.select("[rel=author], [itemprop=author], .byline, .author-name, .author, "
                + "[class*=byline], [class*=author-name]")) {
            Element named = e.selectFirst("[itemprop=name]");
            String text = BlockCollector.collapse((named != null ? named : e).text());
            if (text.length() <= 120) {
                names.addAll(split(text));
            }
            if (names.size() >= 6) {
                break;
            }
        }
        return new ArrayList<>(names);
    }

    /** Splits a byline into names, dropping the "By" and anything that does not look like a name. */
    static List<String> split(String byline) {
        List<String> out = new ArrayList<>();
        if (byline == null) {
            return out;
        }
        String s = BY.matcher(byline.strip()).replaceFirst("");
        for (String part : SEPARATOR.split(s)) {
            String p = BY.matcher(part.strip()).replaceFirst("");
            if (p.length() >= 4 && p.length() <= 60 && p.indexOf(' ') > 0 && NAME.matcher(p).matches()
                    && !NOT_NAME.matcher(p).matches() && !p.startsWith("http")) {
                out.add(p);
            }
        }
        return out;
    }
}
