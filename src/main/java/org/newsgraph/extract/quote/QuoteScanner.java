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
        int openLen = 1;
        boolean first = true;
        for (int i = p.begin(); i < p.end(); i++) {
            char c = text.charAt(i);
            boolean doubled = isDoubledMark(text, i, p.end());
            if (open == 0) {
                if (doubled ? isOpener(text, p, i, i + 2) : isOpener(text, p, i, i + 1)) {
                    open = doubled ? DOUBLED : c;
                    openAt = i;
                    openLen = doubled ? 2 : 1;
                    i += openLen - 1;
                }
            } else if ((doubled ? open == DOUBLED || open == '“' : closes(open, c) || strayClose(text, p, i, open))
                    && canClose(text, p, i, open)) {
                out.add(new Quote(trim(text, openAt + openLen, i), openAt, i,
                        first && previousOpen && atParagraphStart(text, p, openAt)));
                first = false;
                open = 0;
                if (doubled) i++;
            }
        }
        if (open != 0 && !isSingle(open)) {
            out.add(new Quote(trim(text, openAt + openLen, p.end()), openAt, -1,
                    first && previousOpen && atParagraphStart(text, p, openAt)));
            return true;
        }
        return false;
    }

    /** Stands for the two-char marks {@code ''} and {@code ``} that some wire copy uses for double quotes. */
    private static final char DOUBLED = '\u0000' + 1;

    private static boolean isDoubledMark(String text, int i, int end) {
        return i + 1 < end && (text.startsWith("''", i) || text.startsWith("``", i));
    }

    /** A typo'd closing “ (or ") ends a “ quote when it stands where a closing mark stands. */
    private static boolean strayClose(String text, Span p, int i, char open) {
        char c = text.charAt(i);
        if (open != '“' || c != '“') return false;
        char next = i + 1 < p.end() ? text.charAt(i + 1) : ' ';
        return Character.isWhitespace(next) || ".,;:!?)".indexOf(next) >= 0;
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

    private static boolean isOpener(String text, Span p, int i, int after) {
        char c = after - i == 2 ? '"' : text.charAt(i);
        if ("“„«»\"‘‚'".indexOf(c) < 0) return false;
        char next = after < p.end() ? text.charAt(after) : ' ';
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
            case '"', DOUBLED -> c == '"' || c == '”';
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
