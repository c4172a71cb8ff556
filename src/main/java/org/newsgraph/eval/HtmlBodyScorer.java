package org.newsgraph.eval;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.newsgraph.ingest.html.HtmlArticleReader;
import org.newsgraph.ingest.html.HtmlPage;

/**
 * Scores {@link HtmlArticleReader} on the article-extraction benchmark layout ({@code pages/<id>.html.gz} and
 * {@code ground-truth.json} with {@code {id: {articleBody, url}}}): mean word-shingle precision and recall
 * over pages and their F1, computed as the benchmark's evaluate.py does (see {@link ShingleMatch}); how
 * often a headline, a publication date and an author were found; and extraction speed on one thread.
 */
public final class HtmlBodyScorer {

    /** Minimum time spent on the speed measurement, after a warm-up pass, so the JIT has settled. */
    private static final long SPEED_NANOS = 3_000_000_000L;

    /** Score of one page. */
    public record PageScore(String id, String url, double precision, double recall, boolean bodyFromJsonLd) {
    }

    /**
     * @param precision mean shingle precision over pages with a prediction
     * @param recall mean shingle recall over pages with a true body
     * @param f1 harmonic mean of the two means (the benchmark's F1)
     * @param pagesPerSecond extraction speed per second of one thread's CPU time (decoding, parsing,
     *     extraction; no I/O), median of timed passes after a warm-up pass
     * @param pagesPerSecondBest the same for the fastest pass
     */
    public record Result(int pages, double precision, double recall, double f1, int headlines, int published,
            int authors, int jsonLdBodies, double pagesPerSecond, double pagesPerSecondBest,
            List<PageScore> perPage) {
    }

    private HtmlBodyScorer() {
    }

    /** Scores every page of {@code dir} (e.g. {@code ../shared/eval/html}). */
    public static Result score(Path dir) throws IOException {
        JsonObject truth = JsonParser.parseString(Files.readString(dir.resolve("ground-truth.json"),
                StandardCharsets.UTF_8)).getAsJsonObject();
        Map<String, byte[]> pages = new TreeMap<>();
        for (String id : truth.keySet()) {
            pages.put(id, gunzip(dir.resolve("pages").resolve(id + ".html.gz")));
        }
        HtmlArticleReader reader = new HtmlArticleReader();
        List<ShingleMatch> matches = new ArrayList<>();
        List<PageScore> perPage = new ArrayList<>();
        int headlines = 0;
        int published = 0;
        int authors = 0;
        int jsonLd = 0;
        for (Map.Entry<String, byte[]> e : pages.entrySet()) {
            JsonObject gold = truth.getAsJsonObject(e.getKey());
            String url = string(gold.get("url"));
            HtmlPage page = reader.read(e.getValue(), null, url);
            ShingleMatch m = ShingleMatch.of(string(gold.get("articleBody")), page.body());
            matches.add(m);
            perPage.add(new PageScore(e.getKey(), url, m.precision(), m.recall(), page.bodyFromJsonLd()));
            headlines += page.headline() != null ? 1 : 0;
            published += page.published() != null ? 1 : 0;
            authors += page.authors().isEmpty() ? 0 : 1;
            jsonLd += page.bodyFromJsonLd() ? 1 : 0;
        }
        double precision = matches.stream().filter(ShingleMatch::hasPrediction)
                .mapToDouble(ShingleMatch::precision).average().orElse(0);
        double recall = matches.stream().filter(ShingleMatch::hasTruth)
                .mapToDouble(ShingleMatch::recall).average().orElse(0);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double[] speed = speed(reader, new ArrayList<>(pages.values()));
        return new Result(pages.size(), precision, recall, f1, headlines, published, authors, jsonLd, speed[0],
                speed[1], perPage);
    }

    /**
     * Pages per second of this thread's CPU time (wall time where the JVM cannot measure thread time), so a
     * busy machine does not distort the figure much: passes over all pages for a few seconds, the median
     * pass and the best pass.
     */
    private static double[] speed(HtmlArticleReader reader, List<byte[]> pages) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        List<Long> passes = new ArrayList<>();
        long startWall = System.nanoTime();
        while (System.nanoTime() - startWall < SPEED_NANOS || passes.size() < 3) {
            long start = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
            for (byte[] page : pages) {
                reader.read(page, null, null);
            }
            passes.add((cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - start);
        }
        Collections.sort(passes);
        double median = passes.get(passes.size() / 2) / 1e9;
        double best = passes.get(0) / 1e9;
        return new double[] {pages.size() / median, pages.size() / best};
    }

    private static String string(JsonElement e) {
        return e == null || e.isJsonNull() ? "" : e.getAsString();
    }

    private static byte[] gunzip(Path path) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** Prints the report; {@code args[0]} is the benchmark folder (default {@code ../shared/eval/html}). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval/html");
        boolean verbose = args.length > 1 && args[1].equals("-v");
        Result r = score(dir);
        if (verbose) {
            for (PageScore p : r.perPage()) {
                double f = p.precision() + p.recall() == 0 ? 0
                        : 2 * p.precision() * p.recall() / (p.precision() + p.recall());
                System.out.printf(Locale.ROOT, "%.3f P=%.3f R=%.3f %s %s %s%n", f, p.precision(), p.recall(),
                        p.bodyFromJsonLd() ? "ld " : "dom", p.id().substring(0, 8), p.url());
            }
        }
        System.out.printf(Locale.ROOT, "HTML body extraction on %s (%d pages)%n", dir, r.pages());
        System.out.printf(Locale.ROOT, "  precision %.3f  recall %.3f  F1 %.3f%n", r.precision(), r.recall(), r.f1());
        System.out.printf(Locale.ROOT, "  headline found %d/%d, published date %d/%d, author %d/%d%n",
                r.headlines(), r.pages(), r.published(), r.pages(), r.authors(), r.pages());
        System.out.printf(Locale.ROOT, "  body from JSON-LD articleBody on %d pages%n", r.jsonLdBodies());
        System.out.printf(Locale.ROOT, "  speed %.0f pages per CPU-second on one thread (median pass; best %.0f;"
                + " decode, parse, extract)%n", r.pagesPerSecond(), r.pagesPerSecondBest());
    }
}
