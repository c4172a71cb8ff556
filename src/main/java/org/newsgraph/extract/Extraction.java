package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsgraph.ingest.Article;

/**
 * Everything extracted from one article, with offsets into its body. Immutable once built.
 *
 * @param regions the parts of the body that hold news text (boilerplate and header lines excluded)
 */
public record Extraction(Article article, TextAnalysis analysis, List<Region> regions, List<Mention> mentions,
        List<Object> findings) {

    /** A char range {@code [begin, end)} of the body. */
    public record Region(int begin, int end) {
        public boolean contains(int b, int e) {
            return b >= begin && e <= end;
        }
    }

    public Extraction {
        regions = List.copyOf(regions);
        mentions = List.copyOf(mentions);
        findings = List.copyOf(findings);
    }

    /** Findings of one kind (time expressions, statements, events...) in the order they were added. */
    public <T> List<T> findings(Class<T> kind) {
        return findings.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** Whether a span lies in news text. */
    public boolean inNews(int begin, int end) {
        return regions.stream().anyMatch(r -> r.contains(begin, end));
    }

    /** Collects findings while the extractors run; not thread-safe (one per article). */
    public static final class Builder {
        private final Article article;
        private final TextAnalysis analysis;
        private final List<Region> regions;
        private final List<Mention> mentions = new ArrayList<>();
        private final List<Object> findings = new ArrayList<>();

        public Builder(Article article, TextAnalysis analysis, List<Region> regions) {
            this.article = article;
            this.analysis = analysis;
            this.regions = List.copyOf(regions);
        }

        public List<Region> regions() {
            return regions;
        }

        public boolean inNews(int begin, int end) {
            return regions.stream().anyMatch(r -> r.contains(begin, end));
        }

        /** Adds a mention unless it lies outside news text or overlaps one already found (first wins). */
        public boolean addMention(Mention m) {
            if (!inNews(m.begin(), m.end()) || mentions.stream().anyMatch(x -> x.overlaps(m.begin(), m.end()))) {
                return false;
            }
            mentions.add(m);
            return true;
        }

        /** Replaces a mention by another (for example a longer, better typed one). */
        public void replaceMention(Mention old, Mention better) {
            mentions.set(mentions.indexOf(old), better);
        }

        public void removeMention(Mention m) {
            mentions.remove(m);
        }

        public List<Mention> mentions() {
            return List.copyOf(mentions);
        }

        public void addFinding(Object finding) {
            findings.add(finding);
        }

        public <T> List<T> findings(Class<T> kind) {
            return findings.stream().filter(kind::isInstance).map(kind::cast).toList();
        }

        public Extraction build() {
            List<Mention> sorted = new ArrayList<>(mentions);
            sorted.sort(Comparator.comparingInt(Mention::begin));
            return new Extraction(article, analysis, regions, sorted, findings);
        }
    }
}
