package org.newsgraph.extract.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Token;

/**
 * Direct quotes: a quote that stands as a sentence of its own (at a sentence start, after a colon, or after
 * "he said,") and its speech frame, after it ("“...,” Stoltenberg wrote", "“...,” said the minister") or
 * before it ("He told reporters: “...”"). Quotes without a frame that follow an attributed quote in the same
 * or the next paragraph continue it; quotes inside a sentence are left to reported speech (partial quotes) or
 * ignored (scare quotes, titles). Stateless and thread-safe.
 */
final class DirectQuotes {

    /** How far a frame may lie from the quote mark, in tokens. */
    private static final int WINDOW = 40;

    private DirectQuotes() {
    }

    static void find(Doc d, List<Draft> out, Map<Integer, Draft> byCue) {
        Map<Integer, Draft> byQuote = new HashMap<>();
        Draft lastDirect = null;
        for (int q = 0; q < d.quotes.size(); q++) {
            Quote quote = d.quotes.get(q);
            int open = d.tokenAt(quote.openMark());
            if (open >= d.tokens.size() || d.inBoilerplate(open) || quote.content().length() == 0) continue;
            int para = d.paragraphOf[open];
            if (quote.continuation() && byQuote.containsKey(q - 1)) {
                append(byQuote.get(q - 1), quote, para);
                byQuote.put(q, byQuote.get(q - 1));
                continue;
            }
            Frame f = Frames.before(d, open);
            if (f == null && !standsAlone(d, open)) continue;
            int after = quote.closed() ? d.tokenAt(quote.closeMark()) + 1 : d.tokens.size();
            if (f == null && after < d.tokens.size() && d.paragraphOf[after] == para && !endsSentence(d.text, quote)) {
                f = Frames.after(d, after, limit(d, q));
            }
            if (f != null && f.cueStart() >= 0 && byCue.containsKey(f.cueStart())) {
                Draft owner = byCue.get(f.cueStart());
                if (owner.direct) {
                    append(owner, quote, para);
                    byQuote.put(q, owner);
                    lastDirect = owner;
                }
                continue;
            }
            if (f != null) {
                Draft dr = f.toDraft(d);
                dr.direct = true;
                dr.parts.add(quote.content());
                dr.quoted.add(quote.content());
                dr.lastParagraph = para;
                dr.confidence = f.sources().isEmpty() ? 0.6 : 0.9;
                out.add(dr);
                byCue.put(f.cueStart(), dr);
                byQuote.put(q, dr);
                lastDirect = dr;
            } else if (lastDirect != null && para - lastDirect.lastParagraph <= 1 && quote.closed()) {
                append(lastDirect, quote, para);
                byQuote.put(q, lastDirect);
            }
        }
    }

    /**
     * A quote closed by a full stop ("“... anything.”") ends its sentence: a frame after it belongs to the next
     * sentence. Question and exclamation marks do not count ("“Why?” he asked").
     */
    static boolean endsSentence(String text, Quote quote) {
        int i = quote.closeMark() - 1;
        while (i > quote.openMark() && Character.isWhitespace(text.charAt(i))) i--;
        return text.charAt(i) == '.' && !(i >= 2 && text.startsWith("...", i - 2));
    }

    private static void append(Draft dr, Quote quote, int para) {
        dr.parts.add(quote.content());
        dr.quoted.add(quote.content());
        dr.lastParagraph = para;
    }

    /** The window after a quote ends at the next quote's opening mark. */
    private static int limit(Doc d, int q) {
        return q + 1 < d.quotes.size() ? d.tokenAt(d.quotes.get(q + 1).openMark()) : d.tokens.size();
    }

    /** True when the quote opens a sentence of its own rather than sitting inside one. */
    static boolean standsAlone(Doc d, int open) {
        Sentence s = d.sentence(open);
        if (open == s.firstToken() || open == 0 || d.paragraphOf[open - 1] != d.paragraphOf[open]) return true;
        Token prev = d.tokens.get(open - 1);
        String w = prev.word();
        if (w.equals(":") || w.equals(".") || w.equals("?") || w.equals("!") || w.equals("—")) return true;
        if (d.isMark(open - 1) && d.quoteOf[open - 1] >= 0) return true;
        if (w.equals(",") && open >= 2) {
            int k = Phrases.skipLeftAdjuncts(d.tokens, open - 2, s.firstToken());
            return k >= s.firstToken() && Cues.isCue(d.tokens.get(k).lemma()) && Phrases.isVerb(d.tokens.get(k));
        }
        return false;
    }

    static int windowEnd(Doc d, int from, int limit) {
        int end = Math.min(Math.min(limit, from + WINDOW), d.tokens.size());
        for (int i = from; i < end; i++) {
            if (d.paragraphOf[i] != d.paragraphOf[from]) return i;
        }
        return end;
    }
}
