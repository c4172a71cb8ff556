package org.newsgraph.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.Datelines;
import org.newsgraph.ingest.Dates;

/**
 * Reads the article of one HTML page: body text and metadata, from the page's JSON-LD, meta tags and DOM.
 * General rules only, no per-site rules. Thread-safe and stateless: one instance may serve many threads.
 */
public final class HtmlArticleReader {

    /**
     * The JSON-LD body counts as complete when it has at least this share of the DOM body's length; sites
     * that truncate it for paywalls or teasers keep far less than this.
     */
    private static final double COMPLETE_JSON_LD_SHARE = 0.8;

    private static final Pattern DATELINE_TRIM = Pattern.compile("\\s*(\\([^)]*\\))?\\s*[-—–:]*\\s*$");

    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+[^|–—-]{2,60}$");

    /**
     * Reads a page.
     *
     * @param bytes the page as fetched
     * @param charsetHint the charset of the HTTP Content-Type header, or null
     * @param baseUrl the page's URL, for resolving relative links, or null
     * @throws IllegalArgumentException when the bytes are binary, not HTML
     */
    public HtmlPage read(byte[] bytes, String charsetHint, String baseUrl) {
        String html = HtmlDecoder.decode(bytes, charsetHint);
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        return read(doc, baseUrl);
    }

    /** Reads an already decoded page. */
    public HtmlPage read(String html, String baseUrl) {
        return read(Jsoup.parse(html, baseUrl == null ? "" : baseUrl), baseUrl);
    }

    private HtmlPage read(Document doc, String baseUrl) {
        JsonLdArticle ld = JsonLdArticle.find(doc);
        MetaTags meta = new MetaTags(doc);
        String publisher = publisher(ld, meta);
        String headline = withoutSiteName(headline(doc, ld, meta), publisher, baseUrl);
        Element body = doc.body();
        List<String> dom = ContentExtractor.paragraphs(body, headline);
        List<String> fromLd = jsonLdParagraphs(ld.body());
        boolean useLd = !fromLd.isEmpty() && length(fromLd) >= COMPLETE_JSON_LD_SHARE * length(dom);
        String text = String.join("\n\n", useLd ? fromLd : dom);
        Datelines.Found dateline = Datelines.ofLead(text, 0);
        if (dateline == null) {
            dateline = separateDateline(doc);
        }
        return new HtmlPage(text, headline,
                firstNonBlank(ld.description(), meta.first("og:description", "description", "twitter:description")),
                authors(doc, ld, meta),
                publisher,
                firstDate(ld.published(), meta.first("article:published_time", "article:published",
                        "datepublished", "og:published_time", "pubdate", "publishdate", "publish-date", "pdate",
                        "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
                        "parsely-pub-date", "article.published"), timeElement(doc), Datelines.dateOfLead(text)),
                firstDate(ld.modified(), meta.first("article:modified_time", "article:modified",
                        "datemodified", "og:updated_time", "dcterms.modified", "last-modified")),
                language(doc, ld, meta), canonical(doc, ld, meta, baseUrl),
                firstNonBlank(ld.section(), meta.first("article:section", "section", "parsely-section")),
                dateline == null ? null : dateline.written(), dateline == null ? -1 : dateline.begin(), useLd);
    }

    /** The project's {@link Article} for a page read by this class. */
    public static Article toArticle(HtmlPage page, String sourcePath) {
        return new Article(null, sourcePath, page.canonicalUrl(), page.headline() == null ? "" : page.headline(),
                page.description(), page.authors(), page.publisher(), page.section(), page.published(),
                page.modified(), page.language(),
                page.dateline() == null ? null : new Datelines.Found(page.dateline(), page.datelineBegin()).place(),
                page.datelineBegin(), 0, page.body());
    }

    private static List<String> jsonLdParagraphs(String body) {
        List<String> out = new ArrayList<>();
        if (body == null) {
            return out;
        }
        if (body.indexOf('<') >= 0 && body.indexOf('>') > 0) {
            // some sites put the HTML of the body into articleBody
            for (TextBlock b : BlockCollector.collect(Jsoup.parseBodyFragment(body).body())) {
                out.add(b.text());
            }
            return out;
        }
        String text = Parser.unescapeEntities(body, false);
        if (text.indexOf('&') >= 0) {
            text = Parser.unescapeEntities(text, false); // some sites escape twice ("&amp;quot;")
        }
        for (String line : text.split("\\n\\s*")) {
            String p = BlockCollector.collapse(line);
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    private static int length(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += p.length();
        }
        return n;
    }

    private static String headline(Document doc, JsonLdArticle ld, MetaTags meta) {
        String h = firstNonBlank(ld.headline(), meta.first("og:title", "twitter:title", "headline", "title"));
        if (h == null) {
            Element h1 = doc.selectFirst("h1");
            h = h1 != null ? h1.text() : null;
        }
        if (h == null && !doc.title().isBlank()) {
            h = doc.title();
        }
        return h == null ? null : BlockCollector.collapse(Parser.unescapeEntities(h, false));
    }

    private static String publisher(JsonLdArticle ld, MetaTags meta) {
        for (String p : new String[] {ld.publisher(), meta.first("og:site_name"), meta.first("application-name")}) {
            if (p != null && !p.isBlank() && !p.startsWith("http")) {
                return p.strip();
            }
        }
        return null;
    }

    /**
     * The headline less a trailing " | Site" or " - Site" when Site is the publisher or the page's domain
     * ("... to kill Omar | TheHill"); other trailing parts may belong to the headline.
     */
    static String withoutSiteName(String headline, String publisher, String url) {
        if (headline == null) {
            return null;
        }
        Matcher m = TITLE_SUFFIX.matcher(headline);
        if (!m.find()) {
            return headline;
        }
        String suffix = letters(m.group().replaceFirst("^\\s+[|–—-]\\s+", ""));
        String host = url == null ? "" : letters(url.replaceFirst("^[a-z]+://", "").replaceFirst("/.*", ""));
        boolean site = !suffix.isEmpty() && (publisher != null && letters(publisher).contains(suffix)
                || host.contains(suffix));
        return site ? headline.substring(0, m.start()) : headline;
    }

    private static String letters(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static List<String> authors(Document doc, JsonLdArticle ld, MetaTags meta) {
        if (!ld.authors().isEmpty()) {
            return Bylines.clean(ld.authors());
        }
        for (String key : new String[] {"author", "article:author", "dc.creator", "parsely-author",
                "sailthru.author", "byl"}) {
            List<String> declared = new ArrayList<>();
            for (String v : meta.all(key)) {
                if (!v.startsWith("http")) {
                    declared.add(v);
                }
            }
            List<String> names = Bylines.clean(declared);
            if (!names.isEmpty()) {
                return names;
            }
        }
        return Bylines.visible(doc);
    }

    /**
     * A dateline set as an element of its own ({@code <span class="dateline">WASHINGTON —</span>}); such
     * elements are furniture, so it is not in the body and its offset is -1.
     */
    private static Datelines.Found separateDateline(Document doc) {
        Element e = doc.selectFirst("[itemprop=dateline], .dateline, [class*=dateline]");
        if (e == null) {
            return null;
        }
        String place = DATELINE_TRIM.matcher(BlockCollector.collapse(e.text())).replaceAll("");
        return place.length() >= 2 && place.length() <= 40 && Character.isUpperCase(place.charAt(0))
                ? new Datelines.Found(place, -1) : null;
    }

    private static String timeElement(Document doc) {
        Element t = doc.selectFirst("article time[datetime], time[datetime][pubdate], time[datetime]");
        return t == null ? null : t.attr("datetime");
    }

    private static String language(Document doc, JsonLdArticle ld, MetaTags meta) {
        String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
        if (lang.isBlank()) {
            lang = firstNonBlank(meta.first("content-language", "og:locale", "language"), ld.language());
        }
        if (lang == null || lang.isBlank()) {
            return null;
        }
        lang = lang.strip().replace('_', '-');
        int comma = lang.indexOf(',');
        String tag = Locale.forLanguageTag(comma > 0 ? lang.substring(0, comma) : lang).toLanguageTag();
        return tag.equals("und") ? null : tag;
    }

    private static String canonical(Document doc, JsonLdArticle ld, MetaTags meta, String baseUrl) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        String url = link != null ? link.absUrl("href") : null;
        if (url == null || url.isEmpty()) {
            url = firstNonBlank(meta.first("og:url"), ld.url(), baseUrl);
        }
        return url;
    }

    /** The first value that is a date, normalised (pages put "0001-01-01" or "" in some fields). */
    private static String firstDate(String... values) {
        for (String v : values) {
            String date = Dates.normalise(v);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
