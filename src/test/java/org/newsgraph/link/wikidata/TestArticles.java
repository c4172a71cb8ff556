package org.newsgraph.link.wikidata;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.TextAnalysis;
import org.newsgraph.extract.authority.Authority;
import org.newsgraph.ingest.Article;
import org.newsgraph.link.EntityResolver;
import org.newsgraph.link.LinkedArticle;

/** Hand-made extractions, resolved offline as the pipeline does before the reconciler runs. */
final class TestArticles {

    private TestArticles() {
    }

    static Article article(String body) {
        return new Article(null, null, null, "Test", null, List.of(), null, null, "2021-11-09", null, "en", null, -1, 0,
                body);
    }

    /** The first occurrence of {@code text} at or after {@code from}, as a mention of that type. */
    static Mention mention(String body, String text, MentionType type, int from) {
        int b = body.indexOf(text, from);
        if (b < 0) {
            throw new IllegalArgumentException(text + " not in body");
        }
        return new Mention(b, b + text.length(), text, type, null, "test", 1.0);
    }

    static Mention mention(String body, String text, MentionType type) {
        return mention(body, text, type, 0);
    }

    /** Sentences end at ". ". */
    static TextAnalysis analysis(String body) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = body.indexOf(". "); i >= 0; i = body.indexOf(". ", i + 1)) {
            sentences.add(new Sentence(sentences.size(), 0, 0, start, i + 1));
            start = i + 2;
        }
        if (start < body.length()) {
            sentences.add(new Sentence(sentences.size(), 0, 0, start, body.length()));
        }
        return new TextAnalysis(body, List.of(), sentences);
    }

    static LinkedArticle linked(String body, List<Mention> mentions, List<Object> findings) {
        Extraction x = new Extraction(article(body), analysis(body), List.of(new Extraction.Region(0, body.length())),
                mentions, findings);
        return new EntityResolver(Authority.get()).resolve(x);
    }
}
