package org.newsgraph.extract.quote;

import java.util.List;

/**
 * One statement found in a text: who said what, through which cue, where.
 *
 * <p>All spans are UTF-16 char offsets into the analysed body, end exclusive.
 *
 * @param content      the hull of the content: first part's begin to last part's end
 * @param contentParts the content's pieces in text order: one for most statements, several for a quote
 *                     interrupted by its attribution ("“A,” he said. “B.”") or running over paragraphs;
 *                     quoted parts exclude the quote marks
 * @param direct       true for a direct quote; false for reported speech, even with a quoted part
 * @param quotedParts  the quoted pieces inside the content (all of them for a direct quote; the partial quotes
 *                     of reported speech; empty for plain reported speech)
 * @param sources      the speaker mentions, several for "Poland and the EU have accused ..."; empty when the
 *                     speaker is not named in the text
 * @param cue          the cue words ("said", "according to"), null when there are none
 * @param cueLemma     the cue's lemma ("say", "write", "according to"), null with no cue
 * @param medium       where it was said, or null
 * @param target       the accused or addressed party ("accused Lukashenko of ..."), or null
 * @param confidence   0..1, the finder's belief that the attribution is right
 */
public record Attribution(Span content, List<Span> contentParts, boolean direct, List<Span> quotedParts,
                          List<Source> sources, Span cue, String cueLemma, Medium medium, Span target,
                          double confidence) {

    public Attribution {
        contentParts = List.copyOf(contentParts);
        quotedParts = List.copyOf(quotedParts);
        sources = List.copyOf(sources);
        if (contentParts.isEmpty()) {
            throw new IllegalArgumentException("an attribution needs content");
        }
    }

    /** The content as one string: the parts joined by a space. */
    public String contentText(String text) {
        StringBuilder sb = new StringBuilder();
        for (Span p : contentParts) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(p.of(text));
        }
        return sb.toString();
    }
}
