package org.newsgraph.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.newsgraph.extract.DependencyParse;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.SentenceParser;
import org.newsgraph.extract.TextAnalysis;
import org.newsgraph.extract.Token;
import org.newsgraph.extract.event.ArgumentFeatures;
import org.newsgraph.extract.event.ArgumentModel;
import org.newsgraph.extract.event.LogisticModel;
import org.newsgraph.extract.nlp.CoreNlpDependencyParser;

/**
 * Trains the learned argument model ({@link ArgumentModel}) on event sets whose events carry their trigger words:
 * each gold event and each named candidate of its sentence is one example, labelled actor or recipient when the
 * candidate's text matches one of the event's gold names (the event scorer's name matching), else none. Sentences
 * whose gold events have candidates are parsed, so the model learns the dependency features it reads at prediction.
 */
public final class ArgumentModelTrainer {

    private static final String[] CLASSES = {ArgumentModel.NONE, ArgumentModel.ACTOR, ArgumentModel.RECIPIENT};

    /** The candidates of one gold event: their features and labels, and whether the gold event names each side. */
    record Event(List<List<String>> features, int[] labels, List<String> actor, List<String> recipient, List<Mention> candidates) {
    }

    private final LogisticTrainer fitter = new LogisticTrainer();
    private final List<Event> events = new ArrayList<>();
    private final AnnotatedSentences sets = new AnnotatedSentences();

    private final SentenceParser parser;

    /** @param parser parses the sentences whose gold events have candidates, as the event finder does; null for none */
    ArgumentModelTrainer(SentenceParser parser) {
        this.parser = parser;
    }

    /** Reads the gold events of the files with their candidates. */
    List<Event> read(List<Path> files) throws IOException {
        List<Event> out = new ArrayList<>();
        sets.read(files, s -> {
            TextAnalysis a = s.extraction().analysis();
            Map<Sentence, DependencyParse> parses = new HashMap<>(); // each sentence parsed once, on its first event with a candidate
            for (AnnotatedSentences.GoldEvent gold : s.events()) {
                for (Sentence sentence : a.sentences()) {
                    if (gold.begin() >= sentence.begin() && gold.begin() < sentence.end()) {
                        List<Token> t = a.tokens(sentence);
                        Event e = event(t, s.extraction().mentions(), gold,
                                () -> parser == null ? null : parses.computeIfAbsent(sentence, x -> parser.parse(t)));
                        if (e != null) {
                            out.add(e);
                        }
                    }
                }
            }
        });
        return out;
    }

    /**
     * Reads the gold events of each file, or the examples kept from an earlier run in {@code cache} (as
     * {@code <file name>.examples}), and keeps those it computes there: for cross-validation, where every fold reads all
     * slices but one. The cache holds features and labels only (no names for the held-out report).
     */
    List<Event> readCached(List<Path> files, Path cache) throws IOException {
        List<Event> out = new ArrayList<>();
        for (Path f : files) {
            Path kept = cache.resolve(f.getFileName() + ".examples");
            if (Files.isRegularFile(kept)) {
                out.addAll(ExampleCache.read(kept));
            } else {
                List<Event> read = read(List.of(f));
                Files.createDirectories(cache);
                ExampleCache.write(read, kept);
                out.addAll(read);
            }
        }
        return out;
    }

    private static Event event(List<Token> t, List<Mention> mentions, AnnotatedSentences.GoldEvent gold, Supplier<DependencyParse> parse) {
        ArgumentFeatures.Trigger g = ArgumentFeatures.trigger(t, gold.begin(), gold.end(), gold.category());
        if (g == null) {
            return null;
        }
        ArgumentFeatures.Candidates found = ArgumentFeatures.candidates(t, mentions, g);
        List<Mention> cands = found.mentions();
        List<int[]> spans = found.spans();
        List<List<String>> features = new ArrayList<>();
        int[] labels = new int[cands.size()];
        DependencyParse p = cands.isEmpty() ? null : parse.get();
        for (int i = 0; i < cands.size(); i++) {
            features.add(ArgumentFeatures.of(t, g, cands.get(i), spans.get(i), ArgumentModel.nearest(spans, i, g), p));
            labels[i] = matches(gold.actor(), cands.get(i)) ? 1 : matches(gold.recipient(), cands.get(i)) ? 2 : 0;
        }
        return new Event(features, labels, gold.actor(), gold.recipient(), cands);
    }

    private static boolean matches(List<String> gold, Mention m) {
        return gold != null && gold.stream().anyMatch(n -> EventScorer.nameMatch(n, m.text()));
    }

    /**
     * The events with the features whose names start with one of {@code prefixes} left out: a table trained so never
     * weighs them, which at prediction is the same as not computing them (for trials of feature families).
     */
    static List<Event> without(List<Event> events, List<String> prefixes) {
        if (prefixes.isEmpty()) {
            return events;
        }
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            List<List<String>> kept = e.features().stream()
                    .map(f -> f.stream().filter(x -> prefixes.stream().noneMatch(x::startsWith)).toList()).toList();
            out.add(new Event(kept, e.labels(), e.actor(), e.recipient(), e.candidates()));
        }
        return out;
    }

    LogisticModel train(List<Event> training, int epochs, double l2, int minCount, double actor, double recipient, double override) {
        List<LogisticTrainer.Example> x = new ArrayList<>();
        for (Event e : training) {
            for (int i = 0; i < e.labels().length; i++) {
                x.add(new LogisticTrainer.Example(fitter.index(e.features().get(i)), e.labels()[i]));
            }
        }
        return fitter.fit(x, CLASSES, epochs, 0.1, l2, minCount, actor, recipient, override);
    }

    /**
     * Held-out slot filling: for each side, the model's pick (most probable candidate at or over the threshold) against
     * the gold names: picks, right picks, and gold events that name the side.
     */
    static String heldout(LogisticModel m, List<Event> test, int side, double threshold) {
        int picks = 0, right = 0, named = 0;
        for (Event e : test) {
            List<String> gold = side == 1 ? e.actor() : e.recipient();
            named += gold == null ? 0 : 1;
            int best = -1;
            double p = threshold;
            for (int i = 0; i < e.labels().length; i++) {
                double q = m.probabilities(e.features().get(i))[side];
                if (q >= p) {
                    best = i;
                    p = q;
                }
            }
            if (best >= 0) {
                picks++;
                right += matches(gold, e.candidates().get(best)) ? 1 : 0;
            }
        }
        return String.format(Locale.ROOT, "P %.3f (%d/%d)  R %.3f (%d/%d)", (double) right / Math.max(1, picks), right, picks,
                (double) right / Math.max(1, named), right, named);
    }

    /**
     * {@code newsgraph eval events-args-train FILE... --out MODEL [--epochs N] [--actor P] [--recipient P] [--test FILE]...
     * [--cache DIR] [--no-parse] [--drop PREFIX,...]}: {@code --no-parse} trains without the dependency features;
     * {@code --cache} keeps each file's examples for later runs (see {@link #readCached}); {@code --drop} leaves out the
     * features whose names start with one of the prefixes (see {@link #without}).
     */
    public static void main(String[] args) throws IOException {
        System.setProperty(org.newsgraph.extract.event.TriggerModel.PROPERTY, "none");
        System.setProperty(ArgumentModel.PROPERTY, "none");
        List<Path> files = new ArrayList<>();
        List<Path> tests = new ArrayList<>();
        Path out = null;
        int epochs = 10;
        int minCount = 3;
        double l2 = 3e-3;
        double actor = 0.7;
        double recipient = 0.5; // with the parse features, cross-validation liked 0.5 best (0.4-0.7 tried)
        double override = 2;
        Path cache = null;
        boolean parse = true;
        List<String> drop = List.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--epochs" -> epochs = Integer.parseInt(args[++i]);
                case "--actor" -> actor = Double.parseDouble(args[++i]);
                case "--recipient" -> recipient = Double.parseDouble(args[++i]);
                case "--override" -> override = Double.parseDouble(args[++i]);
                case "--l2" -> l2 = Double.parseDouble(args[++i]);
                case "--min-count" -> minCount = Integer.parseInt(args[++i]);
                case "--test" -> tests.add(Path.of(args[++i]));
                case "--cache" -> cache = Path.of(args[++i]);
                case "--no-parse" -> parse = false;
                case "--drop" -> drop = List.of(args[++i].split(","));
                default -> files.add(Path.of(args[i]));
            }
        }
        if (out == null || files.isEmpty()) {
            System.err.println("usage: newsgraph eval events-args-train FILE... --out MODEL [--epochs N] [--actor P] [--recipient P] [--test FILE]... [--cache DIR] [--no-parse] [--drop PREFIX,...]");
            System.exit(2);
        }
        ArgumentModelTrainer trainer = new ArgumentModelTrainer(parse ? CoreNlpDependencyParser.shared() : null);
        List<Event> training = without(cache == null ? trainer.read(files) : trainer.readCached(files, cache), drop);
        LogisticModel m = trainer.train(training, epochs, l2, minCount, actor, recipient, override);
        m.write(out);
        long examples = training.stream().mapToInt(e -> e.labels().length).sum();
        System.out.printf(Locale.ROOT, "%d gold events with %d candidates, %d features -> %s%n", training.size(), examples,
                trainer.fitter.features(), out);
        if (!tests.isEmpty()) {
            List<Event> test = trainer.read(tests);
            for (double t : new double[] {0.3, 0.5, 0.7}) {
                System.out.printf(Locale.ROOT, "held-out, threshold %.1f: actor %s; recipient %s%n", t, heldout(m, test, 1, t),
                        heldout(m, test, 2, t));
            }
        }
    }
}
