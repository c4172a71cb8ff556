package org.newsgraph.eval;

import org.newsgraph.extract.time.TimeFinder;
import org.newsgraph.extract.time.TimeMention;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores {@link TimeFinder} against the TimeML gold of TimeBank and AQUAINT (TempEval-3 TBAQ-cleaned):
 * strict and overlap span P/R/F1, value accuracy on overlapping pairs, and value-F1 (a system mention is
 * correct when it overlaps a gold mention with the same value; a gold mention is found when such a system
 * mention exists). Only TIMEX3 inside {@code <TEXT>} count; the reference date is the document's DCT and
 * dates are read month-first (US newswire).
 */
public final class TimeBankScorer {

    /** Default location, relative to the project root. */
    public static final Path DEFAULT_DIR = Path.of("../shared/eval/timebank");

    /** Counts over a corpus; the rates are derived from them. */
    public record Result(int documents, int gold, int system, int strictMatches, int overlapMatches,
                         int valueMatchesOnOverlap, int typeMatchesOnOverlap, int valueCorrectSystem,
                         int valueFoundGold, long nanos) {

        public double strictPrecision() { return ratio(strictMatches, system); }
        public double strictRecall() { return ratio(strictMatches, gold); }
        public double strictF1() { return f1(strictPrecision(), strictRecall()); }
        public double overlapPrecision() { return ratio(overlapMatches, system); }
        public double overlapRecall() { return ratio(overlapMatches, gold); }
        public double overlapF1() { return f1(overlapPrecision(), overlapRecall()); }
        /** Share of overlapping (gold, system) pairs whose values agree. */
        public double valueAccuracy() { return ratio(valueMatchesOnOverlap, overlapMatches); }
        public double typeAccuracy() { return ratio(typeMatchesOnOverlap, overlapMatches); }
        public double valuePrecision() { return ratio(valueCorrectSystem, system); }
        public double valueRecall() { return ratio(valueFoundGold, gold); }
        public double valueF1() { return f1(valuePrecision(), valueRecall()); }
        public double millisPerDocument() { return documents == 0 ? 0 : nanos / 1e6 / documents; }

        private static double ratio(int a, int b) { return b == 0 ? 0 : (double) a / b; }
        private static double f1(double p, double r) { return p + r == 0 ? 0 : 2 * p * r / (p + r); }
    }

    private TimeBankScorer() {
    }

    /** The corpus folders scored under the root; other folders (e.g. testpipeline) are left out. */
    public static final List<String> PARTS = List.of("TimeBank", "AQUAINT");

    /**
     * Scores the .tml files of {@link #PARTS} under {@code root}, or of {@code root} itself when it has none of
     * them; {@code errors}, when not null, receives one line per missed gold and per spurious system mention.
     */
    public static Result score(Path root, TimeFinder finder, PrintStream errors) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Path> dirs = PARTS.stream().map(root::resolve).filter(Files::isDirectory).toList();
        for (Path dir : dirs.isEmpty() ? List.of(root) : dirs) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".tml")).sorted().forEach(files::add);
            }
        }
        List<TimeMlDocument> docs = new ArrayList<>(files.size());
        for (Path f : files) {
            docs.add(TimeMlDocument.read(f));
        }
        return score(docs, finder, errors);
    }

    /**
     * Scores {@code finder} on documents already read (the measures of {@link #score(Path, TimeFinder, PrintStream)});
     * lets other corpora with TIMEX3 gold (MEANTIME) be scored the same way. Dates are read month-first.
     */
    static Result score(List<TimeMlDocument> docs, TimeFinder finder, PrintStream errors) {
        Tally t = new Tally();
        for (TimeMlDocument doc : docs) {
            long start = System.nanoTime();
            List<TimeMention> sys = finder.find(doc.text(), doc.creation(), false);
            t.nanos += System.nanoTime() - start;
            t.add(doc, sys, errors);
        }
        return t.result();
    }

    /** Accumulates counts document by document. */
    private static final class Tally {
        int docs, gold, system, strict, overlap, valueOnOverlap, typeOnOverlap, valueSys, valueGold;
        long nanos;

        void add(TimeMlDocument doc, List<TimeMention> sys, PrintStream errors) {
            docs++;
            gold += doc.gold().size();
            system += sys.size();
            boolean[] sysUsed = new boolean[sys.size()];
            for (TimeMention g : doc.gold()) {
                int pair = -1;
                boolean found = false;
                for (int i = 0; i < sys.size(); i++) {
                    TimeMention s = sys.get(i);
                    if (!overlaps(g, s)) {
                        continue;
                    }
                    if (s.begin() == g.begin() && s.end() == g.end()) {
                        strict++;
                    }
                    if (pair < 0 && !sysUsed[i]) {
                        pair = i;
                    }
                    found |= sameValue(s.value(), g.value());
                }
                if (found) {
                    valueGold++;
                }
                if (pair >= 0) {
                    sysUsed[pair] = true;
                    overlap++;
                    TimeMention s = sys.get(pair);
                    valueOnOverlap += sameValue(s.value(), g.value()) ? 1 : 0;
                    typeOnOverlap += s.type().equals(g.type()) ? 1 : 0;
                }
                if (errors != null && !found) {
                    errors.printf("MISS %s %s [%s] %s %s -> %s | %s%n", doc.id(), doc.creation(), g.text(), g.type(),
                            g.value(), pair >= 0 ? sys.get(pair).text() + " " + sys.get(pair).value() : "-",
                            context(doc.text(), g));
                }
            }
            for (TimeMention s : sys) {
                boolean ok = doc.gold().stream().anyMatch(g -> overlaps(g, s) && sameValue(s.value(), g.value()));
                valueSys += ok ? 1 : 0;
                boolean any = doc.gold().stream().anyMatch(g -> overlaps(g, s));
                if (errors != null && !any) {
                    errors.printf("FP %s %s [%s] %s %s | %s%n", doc.id(), doc.creation(), s.text(), s.type(),
                            s.value(), context(doc.text(), s));
                }
            }
        }

        Result result() {
            return new Result(docs, gold, system, strict, overlap, valueOnOverlap, typeOnOverlap, valueSys,
                    valueGold, nanos);
        }
    }

    /**
     * Whether two TIMEX3 values denote the same thing, ignoring spelling variants found in the gold data:
     * unpadded week numbers ("2000-W7"), hours without minutes ("T17"), and decades or centuries padded with X
     * ("199X" for "199", "19XX" for "19": the same granularity, not an unknown digit of a year), and durations of the
     * same length in other units ("P1E" and "P10Y", "P2Q" and "P6M", "P1D" and "PT24H"). Unknown amounts ("PXY")
     * only match themselves.
     */
    static boolean sameValue(String a, String b) {
        return canonical(a).equals(canonical(b));
    }

    private static String canonical(String value) {
        String v = value.replaceAll("-W(\\d)(?!\\d)", "-W0$1").replaceAll("T(\\d\\d)$", "T$1:00")
                .replaceAll("^(\\d{2,3})X+$", "$1");
        return DURATION.matcher(v).matches() ? durationLength(v) : v;
    }

    /** A duration with numeric amounts only, in TIMEX3 units plus E (decade), C (century), L (millennium), Q. */
    private static final Pattern DURATION = Pattern.compile("P(?=[^X]*\\d)(?:\\d+(?:\\.\\d+)?[YMWDECLQ])*(?:T(?:\\d+(?:\\.\\d+)?[HMS])+)?");
    private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)([A-Z])");

    /**
     * The length of a duration as months plus seconds, the two families that convert exactly (a month has no fixed
     * number of days); e.g. "P1E" and "P10Y" both give "120M0S".
     */
    private static String durationLength(String duration) {
        int t = duration.indexOf('T');
        String date = t < 0 ? duration.substring(1) : duration.substring(1, t);
        String time = t < 0 ? "" : duration.substring(t + 1);
        double months = 0;
        double seconds = 0;
        Matcher m = AMOUNT.matcher(date);
        while (m.find()) {
            double n = Double.parseDouble(m.group(1));
            switch (m.group(2).charAt(0)) {
                case 'L' -> months += n * 12000;
                case 'C' -> months += n * 1200;
                case 'E' -> months += n * 120;
                case 'Y' -> months += n * 12;
                case 'Q' -> months += n * 3;
                case 'M' -> months += n;
                case 'W' -> seconds += n * 7 * 86400;
                default -> seconds += n * 86400;
            }
        }
        m = AMOUNT.matcher(time);
        while (m.find()) {
            double n = Double.parseDouble(m.group(1));
            seconds += n * switch (m.group(2).charAt(0)) {
                case 'H' -> 3600;
                case 'M' -> 60;
                default -> 1;
            };
        }
        return months + "M" + seconds + "S";
    }

    private static boolean overlaps(TimeMention a, TimeMention b) {
        return a.begin() < b.end() && b.begin() < a.end();
    }

    private static String context(String text, TimeMention m) {
        return text.substring(Math.max(0, m.begin() - 50), Math.min(text.length(), m.end() + 30))
                .replace('\n', ' ');
    }

    /** Usage: {@code TimeBankScorer [dir] [--errors]}; prints one block per subfolder and the total. */
    public static void main(String[] args) throws IOException {
        boolean showErrors = List.of(args).contains("--errors");
        Path dir = List.of(args).stream().filter(a -> !a.startsWith("--")).findFirst().map(Path::of)
                .orElse(DEFAULT_DIR);
        TimeFinder finder = new TimeFinder();
        for (String part : PARTS) {
            if (Files.isDirectory(dir.resolve(part))) {
                print(part, score(dir.resolve(part), finder, null));
            }
        }
        print("ALL", score(dir, finder, showErrors ? System.out : null));
    }

    static void print(String name, Result r) {
        System.out.printf("%-10s docs %d gold %d system %d%n", name, r.documents(), r.gold(), r.system());
        System.out.printf("  strict span   P %.3f R %.3f F1 %.3f%n", r.strictPrecision(), r.strictRecall(), r.strictF1());
        System.out.printf("  overlap span  P %.3f R %.3f F1 %.3f%n", r.overlapPrecision(), r.overlapRecall(),
                r.overlapF1());
        System.out.printf("  value accuracy on overlap %.3f, type accuracy %.3f%n", r.valueAccuracy(),
                r.typeAccuracy());
        System.out.printf("  value         P %.3f R %.3f F1 %.3f%n", r.valuePrecision(), r.valueRecall(), r.valueF1());
        System.out.printf("  time %.2f ms per document%n", r.millisPerDocument());
    }
}
