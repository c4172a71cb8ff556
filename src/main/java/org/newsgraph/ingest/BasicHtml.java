package org.newsgraph.ingest;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Basic HTML reading: title, meta tags and the visible text of paragraphs and headings. */
final class BasicHtml {

    private BasicHtml() {
    }

    static Article read(String html, String sourcePath) throws InputException {
        Document doc = Jsoup.parse(html);
        StringBuilder body = new StringBuilder();
        for (Element e : doc.body().select("p, h2, h3, li, blockquote")) {
            if (e.parents().stream().anyMatch(p -> p.is("nav, footer, header, aside, script, style"))) {
                continue;
            }
            String t = e.text().strip();
            if (!t.isEmpty() && !(e.is("li") && t.length() < 40)) {
                if (body.length() > 0) {
                    body.append("\n\n");
                }
                body.append(t);
            }
        }
        if (body.length() == 0) {
            throw new InputException("no article text in the page");
        }
        String headline = meta(doc, "og:title");
        if (headline == null) {
            headline = doc.title().strip();
        }
        String published = Dates.normalise(meta(doc, "article:published_time"));
        String author = meta(doc, "author");
        String url = meta(doc, "og:url");
        Element canonical = doc.selectFirst("link[rel=canonical]");
        if (canonical != null && !canonical.attr("href").isBlank()) {
            url = canonical.attr("href");
        }
        String lang = doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang");
        String text = body.toString();
        Datelines.Found d = Datelines.ofLead(text, 0);
        return new Article(null, sourcePath, url, headline, meta(doc, "description"),
                author == null ? List.of() : List.of(author), meta(doc, "og:site_name"), meta(doc, "article:section"),
                published, Dates.normalise(meta(doc, "article:modified_time")), lang == null || lang.isBlank() ? null : lang,
                d == null ? null : d.place(), d == null ? -1 : d.begin(), 0, text);
    }

    private static String meta(Document doc, String key) {
        Element m = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
        String v = m == null ? null : m.attr("content").strip();
        return v == null || v.isEmpty() ? null : v;
    }
}
