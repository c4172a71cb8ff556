package org.newsgraph.extract.quote;

import java.util.Arrays;
import java.util.List;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.TextAnalysis;
import org.newsgraph.extract.Token;

/** Per-call indexes over one analysis: paragraphs, quotes and which token lies where. Not shared. */
final class Doc {
    final TextAnalysis a;
    final String text;
    final List<Token> tokens;
    final List<Span> paragraphs;
    final boolean[] boilerplate;
    final List<Quote> quotes;
    /** Per token: index of the quote whose marks enclose it (marks included), or -1. */
    final int[] quoteOf;
    /** Per token: paragraph index. */
    final int[] paragraphOf;
    /** Per token: sentence index. */
    final int[] sentenceOf;

    Doc(TextAnalysis a) {
        this.a = a;
        this.text = a.text();
        this.tokens = a.tokens();
        this.paragraphs = Paragraphs.split(text);
        this.boilerplate = new boolean[paragraphs.size()];
        for (int i = 0; i < paragraphs.size(); i++) {
            boilerplate[i] = Paragraphs.isBoilerplate(paragraphs.get(i).of(text));
        }
        this.quotes = QuoteScanner.scan(text, paragraphs);
        int n = tokens.size();
        quoteOf = new int[n];
        paragraphOf = new int[n];
        sentenceOf = new int[n];
        Arrays.fill(quoteOf, -1);
        int p = 0;
        for (int i = 0; i < n; i++) {
            int b = tokens.get(i).begin();
            while (p + 1 < paragraphs.size() && paragraphs.get(p).end() <= b) p++;
            paragraphOf[i] = p;
        }
        for (Sentence s : a.sentences()) {
            for (int i = s.firstToken(); i < s.endToken(); i++) sentenceOf[i] = s.index();
        }
        for (int q = 0; q < quotes.size(); q++) {
            Span w = quotes.get(q).withMarks();
            for (int i = tokenAt(w.begin()); i < n && tokens.get(i).begin() < w.end(); i++) {
                if (tokens.get(i).end() > w.begin()) quoteOf[i] = q;
            }
        }
    }

    /** Index of the first token ending after {@code offset} (the token at or after it). */
    int tokenAt(int offset) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    Sentence sentence(int token) {
        return a.sentences().get(sentenceOf[token]);
    }

    boolean inBoilerplate(int token) {
        return boilerplate[paragraphOf[token]];
    }

    Span span(int startToken, int endToken) {
        return new Span(tokens.get(startToken).begin(), tokens.get(endToken - 1).end());
    }

    Span span(int[] range) {
        return span(range[0], range[1]);
    }

    /** True for a quote mark token (the scanner decides what is a mark; this only looks at the char). */
    boolean isMark(int token) {
        String w = tokens.get(token).word();
        return w.length() == 1 && "“”\"„«»‘’‚'`".indexOf(w.charAt(0)) >= 0 || w.equals("``") || w.equals("''");
    }
}
