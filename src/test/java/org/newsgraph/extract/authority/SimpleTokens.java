package org.newsgraph.extract.authority;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.extract.Token;

/** A trivial tokenizer for tests: dotted abbreviations, words with inner hyphens or apostrophes, single punctuation. */
final class SimpleTokens {

    private static final Pattern TOKEN = Pattern.compile("(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*|\\S");

    private SimpleTokens() {
    }

    static List<Token> of(String text) {
        return of(text, List.of());
    }

    /** Tokens with NER tags: {@code tags} holds "word=TAG" pairs applied to every token with that word. */
    static List<Token> of(String text, List<String> tags) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String ner = "O";
            for (String t : tags) {
                String[] p = t.split("=");
                if (p[0].equals(m.group())) {
                    ner = p[1];
                }
            }
            out.add(new Token(out.size(), m.start(), m.end(), m.group(), null, null, ner));
        }
        return out;
    }
}
