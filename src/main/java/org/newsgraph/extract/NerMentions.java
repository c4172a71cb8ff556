package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.ingest.Article;

/**
 * Mentions from the statistical tagger: maximal runs of tokens with the same PERSON, ORGANIZATION or
 * LOCATION tag. Possessive endings are not part of the name.
 */
public final class NerMentions implements Extractor {

    @Override
    public void extract(Article article, TextAnalysis analysis, Extraction.Builder out) {
        mentions(analysis).forEach(out::addMention);
    }

    /** The tagger's mentions in text order. */
    public List<Mention> mentions(TextAnalysis analysis) {
        List<Mention> out = new java.util.ArrayList<>();
        List<Token> tokens = analysis.tokens();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            MentionType type = typeOf(t.ner());
            if (type == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && t.ner().equals(tokens.get(j).ner())
                    && sameSentenceLine(analysis.text(), tokens.get(j - 1), tokens.get(j))) {
                j++;
            }
            int last = j - 1;
            while (last > i && (tokens.get(last).word().equals("'s") || tokens.get(last).word().equals("’s") || !wordLike(tokens.get(last)))) {
                last--;
            }
            int first = i;
            while (first < last && !wordLike(tokens.get(first))) {
                first++; // "-- Donald Tsang, chief executive": the tagger took the dash of a list item into the name
            }
            if (!wordLike(tokens.get(first))) {
                i = j;
                continue;
            }
            int begin = tokens.get(first).begin();
            int end = tokens.get(last).end();
            out.add(new Mention(begin, end, analysis.text().substring(begin, end), type, null, "ner", 0.8));
            i = j;
        }
        return out;
    }

    /** Whether a token holds a letter or a digit (not a dash, bracket or quote the tagger took into a name). */
    private static boolean wordLike(Token t) {
        return t.word().codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static boolean sameSentenceLine(String text, Token a, Token b) {
        return text.substring(a.end(), b.begin()).indexOf('\n') < 0;
    }

    private static MentionType typeOf(String ner) {
        return switch (ner) {
            case "PERSON" -> MentionType.PERSON;
            case "ORGANIZATION" -> MentionType.ORGANISATION;
            case "LOCATION" -> MentionType.PLACE;
            default -> null;
        };
    }
}
