package org.newsgraph.ingest.html;

import org.jsoup.nodes.Element;

/**
 * A run of text between two block boundaries of the page: a paragraph, heading, list item, table row, or
 * text sitting directly in a {@code div} between other blocks.
 *
 * @param text the text with whitespace collapsed, trimmed, never empty
 * @param linkChars how many of its non-space chars sit inside links
 * @param textChars how many non-space chars it has
 * @param leadingLinkChars how many non-space chars of link text open the block before any plain text
 * @param container the nearest block element around the text; its ancestors are the candidates for the
 *     article container
 * @param kind what the container is, for paragraph rules
 */
record TextBlock(String text, int linkChars, int textChars, int leadingLinkChars, Element container, Kind kind) {

    enum Kind { PARAGRAPH, HEADING, LIST_ITEM, QUOTE, ROW, OTHER }

    double linkDensity() {
        return textChars == 0 ? 0 : (double) linkChars / textChars;
    }

    /**
     * Whether most of the block is link text. A long paragraph whose inline links (with hover cards inside
     * them, on some sites) outweigh its plain text but which still has sentences of its own is not; nor is
     * a {@code <p>} sentence with a long link in it and a fair amount of plain text.
     */
    boolean isLinkList() {
        if (linkChars * 2 <= textChars) {
            return false;
        }
        int plain = textChars - linkChars;
        if (kind == Kind.PARAGRAPH && linkChars * 5 < textChars * 4 && plain >= 40 && endsSentence()) {
            return false;
        }
        return plain < 100 || sentenceBreaks() < 2;
    }

    /**
     * Whether the block looks like a teaser of another story: it opens with a linked title (a link that
     * does not end like a sentence) and carries a fair share of link text. Article paragraphs seldom open
     * with a long link; when they do, the link is usually a whole sentence ("10 things" digests).
     */
    boolean isTeaser() {
        // article paragraphs (<p>) may open with a link; teasers come as list items and bare divs
        if (kind == Kind.PARAGRAPH || leadingLinkChars < 15 || linkChars * 100 < 15 * textChars) {
            return false;
        }
        int seen = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && ++seen == leadingLinkChars) {
                // the sentence may end inside the link or right after it ("<a>...</a>.")
                char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
                return ".!?:…\"”".indexOf(c) < 0 && ".!?:…".indexOf(next) < 0;
            }
        }
        return true;
    }

    private int sentenceBreaks() {
        int n = 0;
        for (int i = text.indexOf(". "); i >= 0; i = text.indexOf(". ", i + 2)) {
            n++;
        }
        return n;
    }

    /** Whether the text ends like a sentence (possibly followed by a closing quote or bracket). */
    boolean endsSentence() {
        for (int i = text.length() - 1; i >= 0 && i >= text.length() - 3; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == ':') {
                return true;
            }
            if ("\"'”’»)]".indexOf(c) < 0) {
                return false;
            }
        }
        return false;
    }
}
