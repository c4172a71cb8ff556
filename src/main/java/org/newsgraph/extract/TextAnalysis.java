package org.newsgraph.extract;

import java.util.List;

/**
 * The linguistic layer of one body text: tokens and sentences, produced once per article and read by
 * every extractor. Immutable.
 */
public record TextAnalysis(String text, List<Token> tokens, List<Sentence> sentences) {

    public TextAnalysis {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
    }

    /** Tokens of one sentence. */
    public List<Token> tokens(Sentence s) {
        return tokens.subList(s.firstToken(), s.endToken());
    }

    /** The sentence containing the char offset, or null. */
    public Sentence sentenceAt(int charOffset) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (charOffset < s.begin()) hi = mid - 1;
            else if (charOffset >= s.end()) lo = mid + 1;
            else return s;
        }
        return null;
    }
}
