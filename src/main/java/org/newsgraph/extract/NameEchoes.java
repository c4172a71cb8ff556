package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tagger often finds a name once and misses it later in the same article: "Steve Jobs" is a PERSON
 * but "Jobs, who founded..." is not tagged; "Apple" is an ORGANIZATION in one sentence and untagged at
 * the start of the next. A later occurrence of the same capitalised words is the same name, so it gets the
 * same type; for a person, the surname alone counts too. An occurrence inside a longer capitalised name
 * ("Apple Corps" after "Apple") or overlapping another tagged name is left alone. Stateless.
 */
final class NameEchoes {

    private NameEchoes() {
    }

    /** The tagged mentions plus the echoes of their names elsewhere in the text, in text order. */
    static List<Mention> withEchoes(List<Mention> tagged, TextAnalysis analysis) {
        Map<String, MentionType> names = new HashMap<>();
        for (Mention m : tagged) {
            if (m.type() != MentionType.PERSON && m.type() != MentionType.ORGANISATION) {
                continue;
            }
            names.putIfAbsent(m.text(), m.type());
            int space = m.text().lastIndexOf(' ');
            if (m.type() == MentionType.PERSON && space > 0) {
                names.putIfAbsent(m.text().substring(space + 1), MentionType.PERSON);
            }
        }
        List<Mention> out = new ArrayList<>(tagged);
        List<Token> tokens = analysis.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!"O".equals(t.ner()) || t.word().isEmpty() || !Character.isUpperCase(t.word().charAt(0))) {
                continue;
            }
            for (int j = Math.min(tokens.size(), i + 4); j > i; j--) {
                int b = t.begin();
                int e = tokens.get(j - 1).end();
                MentionType type = names.get(analysis.text().substring(b, e));
                if (type != null && !capitalised(tokens, j) && !capitalisedBefore(tokens, i)
                        && out.stream().noneMatch(m -> m.overlaps(b, e))) {
                    out.add(new Mention(b, e, analysis.text().substring(b, e), type, null, "ner-echo", 0.7));
                    i = j - 1;
                    break;
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::begin));
        return out;
    }

    private static boolean capitalised(List<Token> tokens, int at) {
        return at < tokens.size() && !tokens.get(at).word().isEmpty() && Character.isUpperCase(tokens.get(at).word().charAt(0))
                && tokens.get(at).begin() == tokens.get(at - 1).end() + 1 && tokens.get(at).word().length() > 1;
    }

    private static boolean capitalisedBefore(List<Token> tokens, int at) {
        if (at == 0) {
            return false;
        }
        Token p = tokens.get(at - 1);
        return !p.word().isEmpty() && Character.isUpperCase(p.word().charAt(0)) && p.end() + 1 == tokens.get(at).begin()
                && p.word().length() > 1 && !NOT_NAME_PARTS.contains(p.word());
    }

    /** Capitalised words before a name that are not part of it: sentence openers and honorifics. */
    private static final java.util.Set<String> NOT_NAME_PARTS = java.util.Set.of("The", "A", "An", "But", "And", "In",
            "At", "For", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof.", "CEO", "President");
}
