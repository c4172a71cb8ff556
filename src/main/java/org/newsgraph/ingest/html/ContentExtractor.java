package org.newsgraph.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the article text of a page by general rules. Blocks inside page furniture (named so by tag, class,
 * id or role, or shaped like story cards) are set aside. Every other block votes for its ancestors: long
 * sentence-like text in favour, link lists, teasers and short fragments against; furniture costs a little,
 * to keep the container tight. The ancestor with the best total is the article container; its blocks,
 * less furniture, link lists and chrome lines ("Advertisement", captions, bylines), are the paragraphs.
 * Stateless and thread-safe.
 */
final class ContentExtractor {

    /** Tags of page furniture, whatever their class says. */
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "menu", "dialog");

    /** Tags of furniture that templates also use as wrappers (ASP.NET wraps whole pages in a form). */
    private static final Set<String> WEAK_FURNITURE_TAGS = Set.of("header", "form", "address");

    /** Tags that name the article itself; never treated as furniture whatever their class says. */
    private static final Set<String> ARTICLE_TAGS = Set.of("html", "body", "article", "main");

    /** Short lines that are page chrome in any site's article column. */
    private static final Pattern CHROME_LINE = Pattern.compile("(?i)^(advertisement|advertisements|advert|ad|sponsored"
            + "|this slideshow requires javascript\\.?|don'?t miss:?|most read:?|recommended:?"
            + "|sponsored content|story continues below|continue reading|read more|read more:?.*|related:.*"
            + "|see also:?.*|click here.*|share( this)?( article| story)?:?|share on .*|tweet|email|print"
            + "|comments?|\\d+ comments?|loading\\.*|photo:.*|image:.*|source:.*|getty images|ap photo.*"
            + "|\\(ap photo.*|follow us.*|sign up.*|subscribe.*|advertisement - scroll to continue"
            + "|skip advertisement|supported by|listen to this article.*|[\\d:]+ ?min(ute)?s? read"
            + "|(?-i:[Bb]y \\p{Lu}[\\p{L}.'’-]*(?: (?:and |& )?\\p{Lu}[\\p{L}.'’-]*){0,5})"
            + "|(updated|published|posted)( on| at)?:? .{4,50})$");

    /** Captions set as ordinary text: "Protesters in the square (Image: GETTY)", "Photo: Jane Doe/AP". */
    private static final Pattern CAPTION = Pattern.compile("(?i)(.*\\((image|photo|picture|pictures|credit|video)s?:"
            + "[^)]{1,60}\\)|(image|photo|picture) ?(credit)?:.{1,80})");

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
            if (!a.furniture()[i] && a.containers()[i].isInside(a.main()) && keep(b, headline)) {
                out.add(b.text());
            }
        }
        return out;
    }

    /** The page's blocks, their containers' stats, which blocks are furniture, and the article container. */
    record Analysis(List<TextBlock> blocks, ElementStats[] containers, boolean[] furniture, ElementStats main) {
    }

    static Analysis analyze(Element body) {
        List<TextBlock> blocks = BlockCollector.collect(body);
        ElementStats.Tree tree = new ElementStats.Tree(body);
        ElementStats[] containers = new ElementStats[blocks.size()];
        double[] weights = new double[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            containers[i] = tree.of(blocks.get(i).container());
            weights[i] = weight(blocks.get(i));
            for (ElementStats s = containers[i]; s != null; s = s.parent) {
                s.chars += blocks.get(i).textChars();
            }
        }
        boolean[] furniture = markCards(blocks, containers);
        // strong names first; the share of weakly named wrappers is then taken of the text left
        addGood(blocks, containers, weights, furniture);
        markFurniture(containers, tree.root().good, Hints.Furniture.STRONG, STRONG_WRAPPER_SHARE, furniture);
        addGood(blocks, containers, weights, furniture);
        markFurniture(containers, tree.root().good, Hints.Furniture.WEAK, WEAK_WRAPPER_SHARE, furniture);
        for (int i = 0; i < blocks.size(); i++) {
            // Furniture is dropped from the output wherever it sits, so inside the article (galleries, share
            // bars) it costs little; a small cost still keeps the container tight.
            double w = furniture[i] ? -FURNITURE_COST * blocks.get(i).textChars() : weights[i];
            for (ElementStats s = containers[i]; s != null; s = s.parent) {
                s.score += w;
            }
        }
        return new Analysis(blocks, containers, furniture, best(tree));
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
        if (b.kind() == TextBlock.Kind.ROW && n < 80) {
            return 0; // data tables: neither evidence for nor against
        }
        if (n >= 80) {
            return n * (1 - ld);
        }
        if (n >= 25 && b.endsSentence()) {
            return 0.5 * n * (1 - ld);
        }
        return -2;
    }

    /** Recomputes every element's good text from the blocks not yet marked as furniture. */
    private static void addGood(List<TextBlock> blocks, ElementStats[] containers, double[] weights,
            boolean[] furniture) {
        for (ElementStats c : containers) {
            for (ElementStats s = c; s != null; s = s.parent) {
                s.good = 0;
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (weights[i] > 0 && !furniture[i]) {
                for (ElementStats s = containers[i]; s != null; s = s.parent) {
                    s.good += weights[i];
                }
            }
        }
    }

    /**
     * Marks blocks inside elements named like furniture of the given strength. An element so named that
     * holds most of the page's good text is a badly named wrapper ("has-sidebar",
     * "advertisement-off-canvas-pusher"), not furniture, so it is ignored; for strong names "most" means
     * nearly all, as footers and comment threads can outweigh short articles.
     */
    private static void markFurniture(ElementStats[] containers, double total, Hints.Furniture strength,
            double wrapperShare, boolean[] out) {
        for (int i = 0; i < containers.length; i++) {
            for (ElementStats s = containers[i]; s != null && !out[i]; s = s.parent) {
                if (s.kind == null) {
                    s.kind = furniture(s.element);
                }
                if (s.kind == strength) {
                    if (s.furniture == null) {
                        s.furniture = (total > 0 ? s.good / total : 0) < wrapperShare;
                    }
                    out[i] = s.furniture;
                }
            }
        }
    }

    /**
     * Story cards: a linked title and the short summary after it, alone in a small element of their own
     * ("more stories" lists). The summary reads like prose, so only its place gives it away. In an article
     * a linked subheading and its paragraph share the article's large container instead.
     */
    private static boolean[] markCards(List<TextBlock> blocks, ElementStats[] containers) {
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
            ElementStats card = commonAncestor(containers[i], containers[j]);
            if (card != null && card.chars <= cardChars + blocks.get(j).textChars() + 100) {
                out[j] = true;
            }
        }
        return out;
    }

    private static ElementStats commonAncestor(ElementStats a, ElementStats b) {
        for (ElementStats x = a; x != null; x = x.parent) {
            if (b.isInside(x)) {
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

    /** The element with the best score; among equal scores the innermost. */
    private static ElementStats best(ElementStats.Tree tree) {
        ElementStats best = tree.root();
        for (ElementStats s : tree.all()) {
            if (s.score > best.score || s.score == best.score && s.isInside(best)) {
                best = s;
            }
        }
        return best;
    }

    private static boolean keep(TextBlock b, String headline) {
        if (b.isLinkList() || b.isTeaser()) {
            return false;
        }
        if (b.textChars() < 60 && CHROME_LINE.matcher(b.text()).matches()
                || b.textChars() < 300 && CAPTION.matcher(b.text()).matches()) {
            return false;
        }
        return !(b.kind() == TextBlock.Kind.HEADING && headline != null && b.text().equalsIgnoreCase(headline));
    }
}
