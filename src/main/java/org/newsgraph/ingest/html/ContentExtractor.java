package org.newsgraph.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the article text of a page by general rules: every text block votes for its ancestors, long
 * sentence-like text in favour, link lists and short fragments against, text inside page furniture (by tag,
 * class, id or role) strongly against. The ancestor with the best total is the article container; its
 * blocks, less furniture and link lists, are the paragraphs. Stateless and thread-safe.
 */
final class ContentExtractor {

    /** Tags of page furniture, whatever their class says. */
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "menu", "dialog");

    /** Tags of furniture that templates also use as wrappers (ASP.NET wraps whole pages in a form). */
    private static final Set<String> WEAK_FURNITURE_TAGS = Set.of("header", "form", "address");

    /** Tags that name the article itself; never treated as furniture whatever their class says. */
    private static final Set<String> ARTICLE_TAGS = Set.of("html", "body", "article", "main");

    /** Short lines that are page chrome in any site's article column. */
    private static final Pattern CHROME_LINE = Pattern.compile("(?i)^(advertisement|advertisements|ad|sponsored"
            + "|sponsored content|story continues below|continue reading|read more|read more:?.*|related:.*"
            + "|see also:?.*|click here.*|share( this)?( article| story)?:?|share on .*|tweet|email|print"
            + "|comments?|\\d+ comments?|loading\\.*|photo:.*|image:.*|source:.*|getty images|ap photo.*"
            + "|\\(ap photo.*|follow us.*|sign up.*|subscribe.*|advertisement - scroll to continue"
            + "|skip advertisement|supported by|listen to this article.*|[\\d:]+ ?min(ute)?s? read"
            + "|by [\\p{L}.' -]{3,60}|(updated|published|posted)( on| at)?:? .{4,50})$");

    private static final double WEAK_WRAPPER_SHARE = 0.5;
    private static final double STRONG_WRAPPER_SHARE = 0.8;

    private static final double FURNITURE_COST = 0.2;

    private ContentExtractor() {
    }

    /** The article paragraphs of the page (headline excluded), or an empty list when none were found. */
    static List<String> paragraphs(Element body, String headline) {
        Analysis a = analyze(body);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.blocks().size(); i++) {
            TextBlock b = a.blocks().get(i);
            if (!a.furniture()[i] && isInside(b.container(), a.main()) && keep(b, headline)) {
                out.add(b.text());
            }
        }
        return out;
    }

    /** The page's blocks, which of them are furniture, each element's score and the best one. */
    record Analysis(List<TextBlock> blocks, boolean[] furniture, Map<Element, Double> score, Element main) {
    }

    static Analysis analyze(Element body) {
        List<TextBlock> blocks = BlockCollector.collect(body);
        double[] weights = new double[blocks.size()];
        Map<Element, Double> chars = new IdentityHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            weights[i] = weight(blocks.get(i));
            addToAncestors(chars, blocks.get(i).container(), blocks.get(i).textChars());
        }
        boolean[] furniture = markCards(blocks, chars);
        Map<Element, Double> good = new IdentityHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (weights[i] > 0 && !furniture[i]) {
                addToAncestors(good, blocks.get(i).container(), weights[i]);
            }
        }
        double total = good.getOrDefault(body, 0.0);
        markFurniture(blocks, good, total, furniture);
        Map<Element, Double> score = new IdentityHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            // Furniture is dropped from the output wherever it sits, so inside the article (galleries, share
            // bars) it costs little; a small cost still keeps the container tight.
            double w = furniture[i] ? -FURNITURE_COST * blocks.get(i).textChars() : weights[i];
            addToAncestors(score, blocks.get(i).container(), w);
        }
        return new Analysis(blocks, furniture, score, best(score, body));
    }

    /** Evidence that a block is article text (positive) or page chrome (negative). */
    static double weight(TextBlock b) {
        int n = b.textChars();
        if (b.isLinkList() || b.isTeaser()) {
            return -n;
        }
        double ld = Math.min(0.5, b.linkDensity());
        if (b.kind() == TextBlock.Kind.HEADING) {
            return 0;
        }
        if (n >= 80) {
            return n * (1 - ld);
        }
        if (n >= 25 && b.endsSentence()) {
            return 0.5 * n * (1 - ld);
        }
        return -2;
    }

    private static void addToAncestors(Map<Element, Double> sums, Element from, double w) {
        for (Element e = from; e != null; e = e.parent()) {
            sums.merge(e, w, Double::sum);
        }
    }

    /**
     * Blocks inside furniture. An element named like furniture that holds most of the page's good text is a
     * badly named wrapper ("has-sidebar", "advertisement-off-canvas-pusher"), not furniture, so it is ignored;
     * for strong names "most" means nearly all, as footers and comment threads can outweigh short articles.
     */
    private static void markFurniture(List<TextBlock> blocks, Map<Element, Double> good, double total,
            boolean[] out) {
        Map<Element, Boolean> cache = new IdentityHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            for (Element e = blocks.get(i).container(); e != null && !out[i]; e = e.parent()) {
                Boolean f = cache.get(e);
                if (f == null) {
                    Hints.Furniture kind = furniture(e);
                    double share = total > 0 ? good.getOrDefault(e, 0.0) / total : 0;
                    f = kind == Hints.Furniture.STRONG && share < STRONG_WRAPPER_SHARE
                            || kind == Hints.Furniture.WEAK && share < WEAK_WRAPPER_SHARE;
                    cache.put(e, f);
                }
                out[i] = f;
            }
        }
    }

    /**
     * Story cards: a linked title and the short summary after it, alone in a small element of their own
     * ("more stories" lists). The summary reads like prose, so only its place gives it away. In an article
     * a linked subheading and its paragraph share the article's large container instead.
     */
    private static boolean[] markCards(List<TextBlock> blocks, Map<Element, Double> chars) {
        boolean[] out = new boolean[blocks.size()];
        for (int i = 0; i + 1 < blocks.size(); i++) {
            TextBlock title = blocks.get(i);
            if (!title.isLinkList() || title.textChars() < 15 || title.textChars() > 200) {
                continue;
            }
            // the summary may come after a linked author name and a date
            int j = i + 1;
            double cardChars = title.textChars();
            while (j < blocks.size() && j <= i + 3
                    && (blocks.get(j).isLinkList() || blocks.get(j).textChars() < 40)) {
                cardChars += blocks.get(j++).textChars();
            }
            if (j >= blocks.size() || blocks.get(j).isLinkList() || blocks.get(j).textChars() > 500) {
                continue;
            }
            TextBlock summary = blocks.get(j);
            Element card = commonAncestor(title.container(), summary.container());
            if (card != null && chars.getOrDefault(card, 0.0) <= cardChars + summary.textChars() + 100) {
                out[j] = true;
            }
        }
        return out;
    }

    private static Element commonAncestor(Element a, Element b) {
        for (Element x = a; x != null; x = x.parent()) {
            if (isInside(b, x)) {
                return x;
            }
        }
        return null;
    }

    private static Hints.Furniture furniture(Element e) {
        String tag = e.normalName();
        if (ARTICLE_TAGS.contains(tag)) {
            return Hints.Furniture.NONE;
        }
        if (FURNITURE_TAGS.contains(tag)) {
            return Hints.Furniture.STRONG;
        }
        Hints.Furniture byName = Hints.furniture(e);
        return byName == Hints.Furniture.NONE && WEAK_FURNITURE_TAGS.contains(tag) ? Hints.Furniture.WEAK : byName;
    }

    private static Element best(Map<Element, Double> score, Element fallback) {
        Element best = fallback;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Element, Double> e : score.entrySet()) {
            double s = e.getValue();
            if (s > bestScore || s == bestScore && isInside(e.getKey(), best)) {
                best = e.getKey();
                bestScore = s;
            }
        }
        return best;
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean keep(TextBlock b, String headline) {
        if (b.isLinkList() || b.isTeaser()) {
            return false;
        }
        if (b.textChars() < 60 && CHROME_LINE.matcher(b.text()).matches()) {
            return false;
        }
        return !(b.kind() == TextBlock.Kind.HEADING && headline != null && b.text().equalsIgnoreCase(headline));
    }
}
