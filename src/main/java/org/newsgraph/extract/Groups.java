package org.newsgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.ingest.Article;

/**
 * Collective actors named by what they are: migrants, refugees, protesters, rebels... Each noun is one group
 * entity ("migrants"), the same across articles; who they are in a given story is in its text.
 */
public final class Groups implements Extractor {

    private static final Pattern GROUP = Pattern.compile("\\b(migrants|refugees|asylum[- ]seekers|protesters|protestors"
            + "|demonstrators|rebels|militants|insurgents|separatists|civilians|settlers|activists|pilgrims|strikers"
            + "|rioters|hostages|detainees|prisoners)\\b");

    @Override
    public void extract(Article article, TextAnalysis analysis, Extraction.Builder out) {
        Matcher m = GROUP.matcher(article.body());
        while (m.find()) {
            out.addMention(new Mention(m.start(), m.end(), m.group(), MentionType.GROUP, null, "group", 0.7));
        }
    }
}
