package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.List;

/** An attribution under construction; mutable, confined to one {@code find} call. */
final class Draft {
    final List<Span> parts = new ArrayList<>();
    final List<Span> quoted = new ArrayList<>();
    /** Speaker mentions as token ranges {@code [start, end)}. */
    final List<int[]> sources = new ArrayList<>();
    /** For a relative "who", the token range of the phrase it stands for; else null. */
    int[] relativeAntecedent;
    boolean direct;
    int cueStart = -1;
    int cueEnd = -1;
    String cueLemma;
    int[] target;
    double confidence;
    /** Char offset that orders drafts in reading order: the cue, else the content. */
    int anchor;
    /** Paragraph index of the last content part, to attach follow-on quotes. */
    int lastParagraph;

    Span hull() {
        return new Span(parts.get(0).begin(), parts.get(parts.size() - 1).end());
    }
}
