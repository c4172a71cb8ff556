package org.newsgraph.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Cuts the visible text of a subtree into {@link TextBlock}s at block boundaries, skipping what a reader never
 * sees (scripts, styles, forms controls, media, hidden elements). Iterative, so deep pages cannot overflow
 * the stack. Single-use: one instance per page.
 */
final class BlockCollector implements NodeFilter {

    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body",
            "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li",
            "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot",
            "tr", "caption", "br", "legend", "ul");

    /** Subtrees with no reader-visible article text. */
    private static final Set<String> SKIPPED_TAGS = Set.of("script", "style", "noscript", "template", "svg",
            "math", "canvas", "iframe", "object", "embed", "video", "audio", "picture", "img", "input", "button",
            "select", "textarea", "option", "head", "title", "meta", "link", "dialog", "figure", "figcaption",
            "label");

    private final List<TextBlock> blocks = new ArrayList<>();
    private final Deque<Element> open = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int textChars;
    private int leadingLinkChars;
    private int linkDepth;

    private BlockCollector() {
    }

    /** The blocks of {@code root}'s subtree in document order. */
    static List<TextBlock> collect(Element root) {
        BlockCollector c = new BlockCollector();
        c.open.push(root);
        root.filter(c);
        c.flush();
        return c.blocks;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            append(t.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        String tag = e.normalName();
        if (SKIPPED_TAGS.contains(tag) || isHidden(e)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("td") || tag.equals("th")) {
            // a table row is one block, its cells separated by spaces, as people copy tables out of pages
            append(" ");
        } else if (BLOCK_TAGS.contains(tag) || isStandaloneFurniture(e)) {
            flush();
            if (!tag.equals("br") && !tag.equals("hr")) {
                open.push(e);
            }
        }
        if (tag.equals("a")) {
            linkDepth++;
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (open.peek() == e || BLOCK_TAGS.contains(tag) && !tag.equals("br") && !tag.equals("hr")) {
                flush();
                if (open.size() > 1) {
                    open.pop();
                }
            }
            if (tag.equals("a")) {
                linkDepth--;
            }
        }
        return FilterResult.CONTINUE;
    }

    private void append(String s) {
        text.append(s);
        int visible = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                visible++;
            }
        }
        if (linkDepth > 0) {
            linkChars += visible;
            if (linkChars == textChars + visible) {
                leadingLinkChars += visible;
            }
        }
        textChars += visible;
    }

    private void flush() {
        if (textChars > 0) {
            Element container = open.peek();
            blocks.add(new TextBlock(collapse(text), linkChars, textChars, leadingLinkChars, container,
                    kindOf(container)));
        }
        text.setLength(0);
        linkChars = 0;
        textChars = 0;
        leadingLinkChars = 0;
    }

    /** Tags whose inline children belong to their text (a date span inside a sentence). */
    private static final Set<String> TEXT_TAGS = Set.of("p", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "td", "th", "caption", "summary", "legend", "a");

    /**
     * An inline element named like furniture that sits directly in a layout block, not inside a paragraph
     * ({@code <div><span class="dateline">PARIS —</span><p>...}): its text becomes a block of its own so the
     * furniture rules can see it.
     */
    private static boolean isStandaloneFurniture(Element e) {
        Element parent = e.parent();
        return parent != null && BLOCK_TAGS.contains(parent.normalName())
                && !TEXT_TAGS.contains(parent.normalName()) && e.attributes().size() > 0
                && Hints.furniture(e) != Hints.Furniture.NONE;
    }

    private static TextBlock.Kind kindOf(Element e) {
        return switch (e.normalName()) {
            case "p" -> TextBlock.Kind.PARAGRAPH;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> TextBlock.Kind.HEADING;
            case "li", "dd", "dt" -> TextBlock.Kind.LIST_ITEM;
            case "blockquote", "pre" -> TextBlock.Kind.QUOTE;
            case "tr" -> TextBlock.Kind.ROW;
            default -> TextBlock.Kind.OTHER;
        };
    }

    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00a0' || c == '\u200b'
                || c == '\u2009' || c == '\u202f' || c == '\u2002' || c == '\u2003' || c == '\ufeff';
    }

    /** Collapses every run of whitespace (including no-break and zero-width spaces) to one space, trimmed. */
    static String collapse(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u200b' || c == '\ufeff') {
                continue; // zero-width: a line-break hint inside a word, not a word boundary
            }
            if (isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
