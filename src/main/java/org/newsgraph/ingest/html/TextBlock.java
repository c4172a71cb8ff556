package org.newsgraph.ingest.html;

import org.jsoup.nodes.Element;

/**
 * A run of text between two block boundaries of the page: a paragraph, heading, list item, table cell, or
 * text sitting directly in a {@code div} between other blocks.
 *
 * @param text the text with whitespace collapsed, trimmed, never empty
 * @param linkChars how many of its non-space chars sit inside links
 * @param textChars how many non-space chars it has
 * @param container the nearest block element around the text; its ancestors are the candidates for the
 *     article container
 * @param kind what the container is, for paragraph rules
 */
record TextBlock(String text, int linkChars, int textChars, Element container, Kind kind) {

    enum Kind { PARAGRAPH, HEADING, LIST_ITEM, QUOTE, CELL, OTHER }

    double linkDensity() {
        return textChars == 0 ? 0 : (double) linkChars / textChars;
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
