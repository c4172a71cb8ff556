package org.newsgraph.extract;

import org.newsgraph.ingest.Article;

/**
 * One extraction step. Extractors run in their registered order over the same analysis, each reading
 * what the earlier ones added to the builder and adding its own findings.
 *
 * <p>Implementations must be thread-safe: one instance serves all worker threads.
 */
public interface Extractor {

    void extract(Article article, TextAnalysis analysis, Extraction.Builder out);
}
