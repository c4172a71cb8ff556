package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.Token;

/** Tokens written as "word/TAG" pairs for the event tests; each word is its own lemma, lower-cased. */
final class TaggedTokens {

    private TaggedTokens() {
    }

    /** The tokens of space-separated "word/TAG" pairs, with offsets as if joined by single spaces. */
    static List<Token> of(String tagged) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String wt : tagged.split(" ")) {
            int slash = wt.lastIndexOf('/');
            String w = wt.substring(0, slash);
            out.add(new Token(out.size(), at, at + w.length(), w, wt.substring(slash + 1), w.toLowerCase(), "O"));
            at += w.length() + 1;
        }
        return out;
    }
}
