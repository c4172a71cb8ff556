package org.newsgraph.extract.quote;

import java.util.List;

/**
 * A speech frame: the cue and its speaker phrases, as token ranges {@code [start, end)}.
 *
 * @param relativeAntecedent for a relative "who" speaker, the phrase it stands for; else null
 * @param windowBegin        first char of the text searched for a medium
 * @param windowEnd          end char of the text searched for a medium
 */
record Frame(int cueStart, int cueEnd, String cueLemma, List<int[]> sources, int[] relativeAntecedent,
             int windowBegin, int windowEnd) {

    Draft toDraft(Doc d) {
        Draft dr = new Draft();
        dr.cueStart = cueStart;
        dr.cueEnd = cueEnd;
        dr.cueLemma = cueLemma;
        dr.sources.addAll(sources);
        dr.relativeAntecedent = relativeAntecedent;
        dr.anchor = d.tokens.get(cueStart).begin();
        return dr;
    }
}
