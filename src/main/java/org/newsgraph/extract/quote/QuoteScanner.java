package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted stretches in every common style: “ ” " " « » » « „ “ „ ” ‘ ’ ‚ ‘ and ' '.
 *
 * <p>A mark opens a quote only where an opening mark can stand (start of paragraph, after a space, a bracket
 * or a dash, before a non-space) and closes it only where a closing mark can stand; this keeps apostrophes
 * ("don’t", "Sanders’") from being read as quotes. Inside a double quote single marks are left alone (they are
 * inner quotes). A quote still open at the end of its paragraph ends there; if the next paragraph opens with
 * a quote mark, that quote is marked as its continuation (the news convention for quotes over several
 * paragraphs). Stateless and thread-safe.
 */
final class QuoteScanner {

    private QuoteScanner() {
    }

    static List<Quote> scan(String text, List<Span> paragraphs) {
        List<Quote> out = new ArrayList<>();
        boolean previousOpen = false;
        for (Span p : paragraphs) {
            previousOpen = scanParagraph(text, p, previousOpen, out);
        }
        return out;
    }

    /** Scans one paragraph; returns true when it ends inside an unclosed double quote. */
    private static boolean scanParagraph(String text, Span p, boolean previousOpen, List<Quote> out) {
        char open = 0;
        int openAt = -1;
        boolean first = true;
        for (int i = p.begin(); i < p.end(); i++) {
            char c = text.charAt(i);
            if (open == 0) {
                if (isOpener(text, p, i)) {
                    open = c;
                    openAt = i;
                }
            } else if (closes(open, c) && canClose(text, p, i, open)) {
                out.add(quote(text, openAt, i, first && previousOpen && atParagraphStart(text, p, openAt)));
                first = false;
                open = 0;
            }
        }
        if (open != 0 && !isSingle(open)) {
            out.add(new Quote(trim(text, openAt + 1, p.end()), openAt, -1,
                    first && previousOpen && atParagraphStart(text, p, openAt)));
            return true;
        }
        return false;
    }

    private static Quote quote(String text, int openAt, int closeAt, boolean continuation) {
        return new Quote(trim(text, openAt + 1, closeAt), openAt, closeAt, continuation);
    }

    private static Span trim(String text, int b, int e) {
        while (b < e && Character.isWhitespace(text.charAt(b))) b++;
        while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) e--;
        return new Span(b, e);
    }

    private static boolean atParagraphStart(String text, Span p, int at) {
        for (int i = p.begin(); i < at; i++) {
            if (!Character.isWhitespace(text.charAt(i))) return false;
        }
        return true;
    }

    private static boolean isSingle(char c) {
        return c == '‘' || c == '‚' || c == '\'';
    }

    private static boolean isOpener(String text, Span p, int i) {
        char c = text.charAt(i);
        if ("“„«»\"‘‚'".indexOf(c) < 0) return false;
        char next = i + 1 < p.end() ? text.charAt(i + 1) : ' ';
        if (Character.isWhitespace(next)) return false;
        char prev = i > p.begin() ? text.charAt(i - 1) : ' ';
        boolean openingContext = Character.isWhitespace(prev) || "([{—–-/:;,".indexOf(prev) >= 0;
        if (c == '“' || c == '„' || c == '«') return openingContext || !Character.isLetterOrDigit(prev);
        if (c == '‘' || c == '\'' || c == '‚') return openingContext && Character.isLetterOrDigit(next);
        return openingContext;
    }

    private static boolean closes(char open, char c) {
        return switch (open) {
            case '“' -> c == '”' || c == '"';
            case '„' -> c == '“' || c == '”';
            case '«' -> c == '»';
            case '»' -> c == '«';
            case '"' -> c == '"' || c == '”';
            case '‘', '‚' -> c == '’' || c == '‘';
            case '\'' -> c == '\'' || c == '’';
            default -> false;
        };
    }

    private static boolean canClose(String text, Span p, int i, char open) {
        char prev = i > p.begin() ? text.charAt(i - 1) : ' ';
        if (Character.isWhitespace(prev) && open != '«' && open != '»') return false;
        if (!isSingle(open)) return true;
        char next = i + 1 < p.end() ? text.charAt(i + 1) : ' ';
        return !Character.isLetterOrDigit(next);
    }
}
