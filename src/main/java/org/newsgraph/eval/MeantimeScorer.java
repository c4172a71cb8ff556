package org.newsgraph.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.nlp.CoreNlpAnalyzer;
import org.newsgraph.ingest.Article;
import org.newsgraph.pipeline.ArticleProcessor;

/**
 * Scores the product's actor and place mentions against the named PER, ORG and LOC mentions of MEANTIME
 * (see {@link MeantimeDocument}). Product types map as MEANTIME's guidelines annotate them: PERSON -> PER;
 * ORGANISATION -> ORG; COUNTRY, CITY, PLACE -> LOC; NATIONALITY -> LOC (MEANTIME marks "American", "Canadian"
 * as pre-modifier names of the country, PRE.NAM LOC); GOVERNMENT -> LOC ("the US government", "the
 * government of Canada" refer to the country's LOC instance in MEANTIME). Titles, descriptions ("the
 * bloc"), groups and pronouns are not names and are left out.
 *
 * <p>Two matchings, one to one within a type: strict (same span) and overlap (largest overlap first).
 * Overlap is the measure that fits the corpus: MEANTIME extents include determiners and modifiers
 * ("the United States", "U.S. automaker Chrysler") that a name tagger does not mark. Only the part of
 * each article that MEANTIME annotates in full is scored ({@link MeantimeDocument#LAST_ANNOTATED_SENTENCE}).
 */
public final class MeantimeScorer {

    public static final Path DEFAULT_DIR = Path.of("../shared/eval/meantime/intra_cross-doc_annotation");
    static final List<String> TYPES = List.of("PER", "ORG", "LOC");

    /** Counts of one type (or all three, micro). */
    public record Measure(int gold, int system, int strict, int overlap) {
        public double strictPrecision() { return ratio(strict, system); }
        public double strictRecall() { return ratio(strict, gold); }
        public double strictF1() { return f1(strictPrecision(), strictRecall()); }
        public double precision() { return ratio(overlap, system); }
        public double recall() { return ratio(overlap, gold); }
        /** Overlap F1. */
        public double f1() { return f1(precision(), recall()); }

        Measure plus(Measure o) {
            return new Measure(gold + o.gold, system + o.system, strict + o.strict, overlap + o.overlap);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "overlap P %.3f R %.3f F1 %.3f | strict P %.3f R %.3f F1 %.3f"
                            + " (gold %d, system %d)", precision(), recall(), f1(), strictPrecision(), strictRecall(),
                    strictF1(), gold, system);
        }

        private static double ratio(int a, int b) { return b == 0 ? 0 : (double) a / b; }
        private static double f1(double p, double r) { return p + r == 0 ? 0 : 2 * p * r / (p + r); }
    }

    /** Per-type measures (PER, ORG, LOC), their micro sum, and the product's time per article. */
    public record Result(int documents, Map<String, Measure> byType, Measure micro, double millisPerArticle) {
    }

    private MeantimeScorer() {
    }

    /** The MEANTIME type of a product mention, or null when it is not a name MEANTIME would mark. */
    static String typeOf(Mention m) {
        return switch (m.type()) {
            case PERSON -> "PER";
            case ORGANISATION -> "ORG";
            case COUNTRY, CITY, PLACE, NATIONALITY, GOVERNMENT -> "LOC";
            default -> null;
        };
    }

    public static Result score(Path dir, ArticleProcessor processor, PrintStream errors) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        Map<String, Measure> byType = new LinkedHashMap<>();
        TYPES.forEach(t -> byType.put(t, new Measure(0, 0, 0, 0)));
        long nanos = 0;
        for (Path f : files) {
            MeantimeDocument d = MeantimeDocument.read(f);
            long t0 = System.nanoTime();
            List<Mention> mentions = processor.link(article(d)).extraction().mentions();
            nanos += System.nanoTime() - t0;
            for (String type : TYPES) {
                List<int[]> sys = new ArrayList<>();
                for (Mention m : mentions) {
                    if (type.equals(typeOf(m)) && m.end() <= d.annotatedEnd()) {
                        sys.add(new int[] {m.begin(), m.end()});
                    }
                }
                List<int[]> gold = d.mentions().stream().filter(g -> g.type().equals(type))
                        .map(g -> new int[] {g.begin(), g.end()}).toList();
                byType.put(type, byType.get(type).plus(measure(d, type, sys, gold, errors)));
            }
        }
        Measure micro = new Measure(0, 0, 0, 0);
        for (Measure m : byType.values()) {
            micro = micro.plus(m);
        }
        return new Result(files.size(), byType, micro, files.isEmpty() ? 0 : nanos / 1e6 / files.size());
    }

    private static Measure measure(MeantimeDocument d, String type, List<int[]> sys, List<int[]> gold, PrintStream errors) {
        int strict = 0;
        for (int[] g : gold) {
            for (int[] s : sys) {
                if (s[0] == g[0] && s[1] == g[1]) {
                    strict++;
                    break;
                }
            }
        }
        boolean[] sm = new boolean[sys.size()];
        boolean[] gm = new boolean[gold.size()];
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < sys.size(); i++) {
            for (int j = 0; j < gold.size(); j++) {
                int o = Math.min(sys.get(i)[1], gold.get(j)[1]) - Math.max(sys.get(i)[0], gold.get(j)[0]);
                if (o > 0) {
                    pairs.add(new int[] {o, i, j});
                }
            }
        }
        pairs.sort((a, b) -> Integer.compare(b[0], a[0]));
        int overlap = 0;
        for (int[] p : pairs) {
            if (!sm[p[1]] && !gm[p[2]]) {
                sm[p[1]] = true;
                gm[p[2]] = true;
                overlap++;
            }
        }
        if (errors != null) {
            for (int j = 0; j < gold.size(); j++) {
                if (!gm[j]) {
                    errors.println(d.id() + "\t" + type + "\tMISSED\t" + d.text().substring(gold.get(j)[0], gold.get(j)[1]));
                }
            }
            for (int i = 0; i < sys.size(); i++) {
                if (!sm[i]) {
                    errors.println(d.id() + "\t" + type + "\tSPURIOUS\t" + d.text().substring(sys.get(i)[0], sys.get(i)[1]));
                }
            }
        }
        return new Measure(gold.size(), sys.size(), strict, overlap);
    }

    static Article article(MeantimeDocument d) {
        return new Article(d.id(), null, null, "", null, List.of(), null, null, null, null, "en", null, -1, 0, d.text());
    }

    /** Prints the per-type and micro measures; {@code args[0]} the corpus folder, {@code args[1]} an error file. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : DEFAULT_DIR.toString());
        PrintStream errors = args.length > 1 ? new PrintStream(args[1], java.nio.charset.StandardCharsets.UTF_8) : null;
        Result r = score(dir, new ArticleProcessor(CoreNlpAnalyzer.shared()), errors);
        System.out.println("MEANTIME " + dir + ": " + r.documents() + " documents");
        r.byType().forEach((t, m) -> System.out.println(t + "    " + m));
        System.out.println("micro  " + r.micro());
        System.out.printf(Locale.ROOT, "%.0f ms per article (CoreNLP included)%n", r.millisPerArticle());
        if (errors != null) {
            errors.close();
        }
    }
}
