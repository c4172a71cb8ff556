package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;
import org.newsgraph.extract.Token;
import org.newsgraph.extract.quote.Attribution;
import org.newsgraph.extract.quote.Span;

/** Accusations made in a statement ("..., it is unacceptable," X wrote): events linked to that statement. Stateless. */
final class Censures {

    private static final Set<String> WORDS = Set.of("unacceptable", "outrageous", "deplorable",
            "reprehensible", "inadmissible", "intolerable", "shameful", "irresponsible");

    private Censures() {
    }

    /**
     * An ACCUSE by the statement's speaker against the first party named in its content, for each word of censure
     * in it ("not acceptable" is none).
     *
     * @param tokens   the tokens of the sentence the statement's content begins in
     * @param mentions the sentence's mentions
     */
    static List<EventMention> of(Attribution a, List<Token> tokens, List<Mention> mentions, Pronouns pronouns,
            Circumstances circumstances) {
        List<EventMention> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token k = tokens.get(i);
            if (!a.content().contains(k.begin()) || !WORDS.contains(k.word().toLowerCase(Locale.ROOT))
                    || a.sources().isEmpty() || i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("not")) {
                continue;
            }
            Mention speaker = pronouns.at(a.sources().get(0).speakerSpan()); // through the antecedent of a pronoun
            Mention target = mentions.stream()
                    .filter(m -> a.content().contains(m.begin()) && m.type() != MentionType.TITLE
                            && m.type() != MentionType.NATIONALITY && (speaker == null || !m.text().equals(speaker.text())))
                    .min(Comparator.comparingInt(Mention::begin)).orElse(null);
            Span trigger = new Span(k.begin(), k.end());
            out.add(new EventMention(trigger, "ACCUSE", "criticize", speaker, speaker == null ? List.of() : List.of(speaker),
                    target, circumstances.time(i), null, List.of(), a, Modality.ASSERTED,
                    EventFinder.round(0.7 * a.confidence() + 0.1)));
        }
        return out;
    }
}
