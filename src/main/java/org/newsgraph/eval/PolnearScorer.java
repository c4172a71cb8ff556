package org.newsgraph.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.newsgraph.extract.TextAnalysis;
import org.newsgraph.extract.nlp.CoreNlpAnalyzer;
import org.newsgraph.extract.quote.Attribution;
import org.newsgraph.extract.quote.AttributionFinder;
import org.newsgraph.extract.quote.Source;
import org.newsgraph.extract.quote.Span;

/**
 * Scores {@link AttributionFinder} on a PolNeAR split ({@code text/<id>.txt}, {@code attributions/<id>_<annotator>.ann};
 * when several annotators did one text, as for the few agreement documents, the first file by name is the
 * gold: a choice that does not depend on the system's output). Every {@code E} line is one gold attribution,
 * nested ones included (an attribution inside another's content is scored on its own).
 *
 * <ul>
 *   <li>content: a system attribution matches a gold one when their content spans overlap; pairs are matched
 *       one to one, largest overlap first. Precision = matched system / system, recall = matched gold / gold.</li>
 *   <li>attribution (end to end): as content, and a system source span (the in-text words) overlaps the gold
 *       source span. Gold attributions whose source is not in the text are left out of this measure, and so are
 *       system ones without a source on the same content; a system attribution without a source where the gold
 *       names one counts as wrong.</li>
 *   <li>direct: the same two measures restricted, on each side, to contents that start and end with a quote
 *       mark or are enclosed by quote marks (whole quotes; reported speech ending in a partial quote is not
 *       direct).</li>
 * </ul>
 */
public final class PolnearScorer {

    /** Counts of one measure. */
    public record Measure(int system, int gold, int matchedSystem, int matchedGold) {
        public double precision() {
            return system == 0 ? 0 : (double) matchedSystem / system;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) matchedGold / gold;
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Measure plus(Measure o) {
            return new Measure(system + o.system, gold + o.gold, matchedSystem + o.matchedSystem,
                    matchedGold + o.matchedGold);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.3f (%d/%d)  R %.3f (%d/%d)  F1 %.3f", precision(), matchedSystem,
                    system, recall(), matchedGold, gold, f1());
        }
    }

    /** The scores over a split, and the finder's own time per article (analysis excluded). */
    public record Result(int articles, Measure content, Measure attribution, Measure directContent,
                         Measure directAttribution, double finderMillisPerArticle) {
    }

    private static final Measure ZERO = new Measure(0, 0, 0, 0);

    private PolnearScorer() {
    }

    /** Scores with a fresh CoreNLP analyzer. */
    public static Result score(Path split) throws IOException {
        CoreNlpAnalyzer analyzer = CoreNlpAnalyzer.shared();
        return score(split, analyzer::analyze, new AttributionFinder());
    }

    public static Result score(Path split, Function<String, TextAnalysis> analyze, AttributionFinder finder)
            throws IOException {
        Measure content = ZERO, attribution = ZERO, directContent = ZERO, directAttribution = ZERO;
        long nanos = 0;
        List<Path> texts = texts(split);
        for (Path txt : texts) {
            Path ann = annotation(split, txt);
            if (ann == null) continue;
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            List<BratAttributions.Gold> gold = BratAttributions.read(ann);
            TextAnalysis a = analyze.apply(text);
            long t0 = System.nanoTime();
            List<Attribution> sys = finder.find(a);
            nanos += System.nanoTime() - t0;
            DocScore s = DocScore.of(text, sys, gold);
            content = content.plus(s.content());
            attribution = attribution.plus(s.attribution());
            directContent = directContent.plus(s.directContent());
            directAttribution = directAttribution.plus(s.directAttribution());
        }
        return new Result(texts.size(), content, attribution, directContent, directAttribution,
                texts.isEmpty() ? 0 : nanos / 1e6 / texts.size());
    }

    private static List<Path> texts(Path split) throws IOException {
        try (Stream<Path> s = Files.list(split.resolve("text"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static Path annotation(Path split, Path txt) {
        String id = txt.getFileName().toString().replaceFirst("\\.txt$", "");
        try (Stream<Path> s = Files.list(split.resolve("attributions"))) {
            return s.filter(p -> p.getFileName().toString().matches(java.util.regex.Pattern.quote(id)
                    + "_[0-9a-f]+\\.ann")).sorted().findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Per-document scoring: builds the span lists and runs the one-to-one matchings. */
    record DocScore(Measure content, Measure attribution, Measure directContent, Measure directAttribution) {

        static DocScore of(String text, List<Attribution> sys, List<BratAttributions.Gold> gold) {
            List<List<int[]>> sc = new ArrayList<>(), gc = new ArrayList<>();
            List<List<int[]>> ss = new ArrayList<>(), gs = new ArrayList<>();
            for (Attribution a : sys) {
                sc.add(a.contentParts().stream().map(p -> new int[] {p.begin(), p.end()}).toList());
                ss.add(a.sources().stream().map(Source::span).map(p -> new int[] {p.begin(), p.end()}).toList());
            }
            for (BratAttributions.Gold g : gold) {
                gc.add(g.content());
                gs.add(g.source());
            }
            boolean[] sd = new boolean[sc.size()], gd = new boolean[gc.size()];
            for (int i = 0; i < sc.size(); i++) sd[i] = Matching.isDirect(text, sc.get(i));
            for (int i = 0; i < gc.size(); i++) gd[i] = Matching.isDirect(text, gc.get(i));
            Matching c = Matching.run(sc, gc, null, null);
            Matching e = Matching.run(sc, gc, ss, gs);
            return new DocScore(c.measure(null, null, sc, gc, sd, gd, false),
                    e.measure(ss, gs, sc, gc, sd, gd, false),
                    c.measure(null, null, sc, gc, sd, gd, true),
                    e.measure(ss, gs, sc, gc, sd, gd, true));
        }
    }

    public static void main(String[] args) throws IOException {
        Path split = Path.of(args.length > 0 ? args[0] : "../shared/eval/polnear/dev");
        Result r = score(split);
        System.out.println("PolNeAR " + split + ": " + r.articles() + " articles");
        System.out.println("content (overlap)          " + r.content());
        System.out.println("attribution (end to end)   " + r.attribution());
        System.out.println("direct quotes, content     " + r.directContent());
        System.out.println("direct quotes, end to end  " + r.directAttribution());
        System.out.printf(Locale.ROOT, "finder time per article    %.2f ms%n", r.finderMillisPerArticle());
    }
}
