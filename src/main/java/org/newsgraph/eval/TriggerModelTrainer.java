package org.newsgraph.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.TextAnalysis;
import org.newsgraph.extract.Token;
import org.newsgraph.extract.event.Categories;
import org.newsgraph.extract.event.EventMention;
import org.newsgraph.extract.event.TriggerFeatures;
import org.newsgraph.extract.event.TriggerModel;

/**
 * Trains the learned trigger model ({@link TriggerModel}) on event sets whose events carry their trigger words
 * ({@code "trigger"}: the exact words of the sentence, or null for an event no words express). Each candidate token
 * of a sentence is one example: the category of the gold trigger that covers it, or {@link TriggerModel#NONE}.
 * Sentences with an event lacking the trigger field are skipped (their tokens would be false negatives). Each sentence
 * runs through the whole pipeline with the rules alone, as the event scorer runs it, so that the features can say
 * which events the rules made ({@link TriggerFeatures}).
 *
 * <p>Multinomial logistic regression, fitted by AdaGrad with L2 regularisation and a fixed shuffling seed, so the
 * same data gives the same model.
 */
public final class TriggerModelTrainer {

    /**
     * One token: its features (names and ids), its class, where it stands (sentence number, token index) and the
     * class of the asserted rule event over it (0 for none).
     */
    record Example(List<String> names, int[] features, int label, int sentence, int token, int rule) {
    }

    /** What was read: examples, and counts for the report. */
    record Data(List<Example> examples, int sentences, int skipped, int triggers, int unaligned) {
    }

    private final LogisticTrainer fitter = new LogisticTrainer();
    /** Whether sentences an annotator marked doubtful are left out of training. */
    boolean skipDoubtful;
    private final String[] classes;

    public TriggerModelTrainer() {
        List<String> c = new ArrayList<>();
        c.add(TriggerModel.NONE);
        c.addAll(Categories.PLOVER);
        this.classes = c.toArray(String[]::new);
    }

    /** Reads the sets' sentences into examples, each sentence run through the pipeline as the event scorer does. */
    Data read(List<Path> files) throws IOException {
        List<Example> out = new ArrayList<>();
        AnnotatedSentences sets = new AnnotatedSentences();
        int[] number = {0};
        sets.read(files, s -> {
            if (skipDoubtful && s.doubtful()) {
                return;
            }
            number[0]++;
            TextAnalysis a = s.extraction().analysis();
            List<EventMention> ruleEvents = s.extraction().findings(EventMention.class);
            for (Sentence sentence : a.sentences()) {
                List<Token> t = a.tokens(sentence);
                List<List<String>> feats = TriggerFeatures.ofSentence(t, ruleEvents);
                for (int i = 0; i < t.size(); i++) {
                    if (feats.get(i) != null) {
                        out.add(new Example(feats.get(i), fitter.index(feats.get(i)), label(t.get(i), s.events()), number[0], i,
                                ruleClass(t.get(i), ruleEvents)));
                    }
                }
            }
        });
        return new Data(out, number[0], sets.skipped, sets.triggers, sets.unaligned);
    }

    private int ruleClass(Token k, List<EventMention> ruleEvents) {
        for (EventMention e : ruleEvents) {
            if (e.asserted() && e.trigger().overlaps(new org.newsgraph.extract.quote.Span(k.begin(), k.end()))) {
                return Math.max(0, List.of(classes).indexOf(e.category()));
            }
        }
        return 0;
    }

    private int label(Token k, List<AnnotatedSentences.GoldEvent> gold) {
        for (AnnotatedSentences.GoldEvent g : gold) {
            if (k.begin() < g.end() && g.begin() < k.end()) {
                return Math.max(List.of(classes).indexOf(g.category()), 0);
            }
        }
        return 0;
    }

    /** Trigger-level counts on held-out examples: predicted runs, gold runs, and the matches of each. */
    record Heldout(int predicted, int gold, int predictedRight, int goldFound) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.3f (%d/%d)  R %.3f (%d/%d)", (double) predictedRight / Math.max(1, predicted),
                    predictedRight, predicted, (double) goldFound / Math.max(1, gold), goldFound, gold);
        }
    }

    /**
     * Compares runs of adjacent tokens of one class in {@code predicted} with the gold runs: a run is right when it
     * overlaps a run of the other side with the same class.
     */
    static Heldout compare(List<Example> examples, int[] predicted) {
        int[] gold = examples.stream().mapToInt(Example::label).toArray();
        List<int[]> p = runs(examples, predicted);
        List<int[]> g = runs(examples, gold);
        return new Heldout(p.size(), g.size(), (int) p.stream().filter(r -> overlapsAny(r, g)).count(),
                (int) g.stream().filter(r -> overlapsAny(r, p)).count());
    }

    /** Runs as {sentence, first token, last token, class}. */
    private static List<int[]> runs(List<Example> ex, int[] cls) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < ex.size(); i++) {
            if (cls[i] == 0) {
                continue;
            }
            int j = i;
            while (j + 1 < ex.size() && cls[j + 1] == cls[i] && ex.get(j + 1).sentence() == ex.get(i).sentence()
                    && ex.get(j + 1).token() == ex.get(j).token() + 1) {
                j++;
            }
            out.add(new int[] {ex.get(i).sentence(), ex.get(i).token(), ex.get(j).token(), cls[i]});
            i = j;
        }
        return out;
    }

    private static boolean overlapsAny(int[] r, List<int[]> others) {
        return others.stream().anyMatch(o -> o[0] == r[0] && o[3] == r[3] && o[1] <= r[2] && r[1] <= o[2]);
    }

    /** The model's class for each example: the most probable, when it is a category with at least {@code add}. */
    static int[] predict(TriggerModel m, List<Example> ex, double add) {
        int[] out = new int[ex.size()];
        for (int i = 0; i < out.length; i++) {
            double[] p = m.probabilities(ex.get(i).names());
            int b = 0;
            for (int c = 1; c < p.length; c++) {
                b = p[c] > p[b] ? c : b;
            }
            out[i] = p[b] >= add ? b : 0;
        }
        return out;
    }

    /**
     * {@code newsgraph eval events-train FILE... --out MODEL [--epochs N] [--add P] [--veto P] [--rescue P]}: trains on
     * the files and writes the model.
     */
    public static void main(String[] args) throws IOException {
        System.setProperty(TriggerModel.PROPERTY, "none"); // the features describe what the rules alone find
        // ... before the argument model fills their slots, as the event finder reads them at prediction
        System.setProperty(org.newsgraph.extract.event.ArgumentModel.PROPERTY, "none");
        List<Path> files = new ArrayList<>();
        List<Path> tests = new ArrayList<>();
        Path out = null;
        int epochs = 10;
        double add = 0.7;
        double veto = 0;
        double rescue = 0.5; // chosen by cross-validation (eighteenth round): 0.7 (= add) 378/501, 0.5 393/524
        double l2 = 3e-3;
        int minCount = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--epochs" -> epochs = Integer.parseInt(args[++i]);
                case "--add" -> add = Double.parseDouble(args[++i]);
                case "--veto" -> veto = Double.parseDouble(args[++i]);
                case "--rescue" -> rescue = Double.parseDouble(args[++i]);
                case "--test" -> tests.add(Path.of(args[++i]));
                case "--l2" -> l2 = Double.parseDouble(args[++i]);
                case "--min-count" -> minCount = Integer.parseInt(args[++i]);
                case "--skip-doubtful" -> { }
                default -> files.add(Path.of(args[i]));
            }
        }
        if (out == null || files.isEmpty()) {
            System.err.println("usage: newsgraph eval events-train FILE... --out MODEL [--epochs N] [--add P] [--veto P] [--rescue P] [--test FILE]...");
            System.exit(2);
        }
        TriggerModelTrainer trainer = new TriggerModelTrainer();
        trainer.skipDoubtful = List.of(args).contains("--skip-doubtful");
        Data d = trainer.read(files);
        trainer.skipDoubtful = false;
        long positives = d.examples().stream().filter(e -> e.label() != 0).count();
        List<LogisticTrainer.Example> x = d.examples().stream().map(e -> new LogisticTrainer.Example(e.features(), e.label())).toList();
        TriggerModel m = new TriggerModel(trainer.fitter.fit(x, trainer.classes, epochs, 0.1, l2, minCount, add, veto, rescue));
        m.write(out);
        if (System.getenv("NG_DEBUG") != null) {
            List<Example> tr = d.examples();
            System.out.println("training triggers, rules alone:  " + compare(tr, tr.stream().mapToInt(Example::rule).toArray()));
            System.out.println("training triggers, model >= 0.5: " + compare(tr, predict(m, tr, 0.5)));
        }
        if (!tests.isEmpty()) {
            List<Example> held = trainer.read(tests).examples();
            System.out.println("held-out triggers, rules alone:  " + compare(held, held.stream().mapToInt(Example::rule).toArray()));
            for (double a : new double[] {0.3, 0.5, 0.7}) {
                System.out.println("held-out triggers, model >= " + a + ": " + compare(held, predict(m, held, a)));
            }
        }
        System.out.printf(Locale.ROOT, "%d sentences (%d skipped: events without trigger), %d triggers (%d not found in their"
                + " sentence), %d token examples (%d in triggers), %d features -> %s%n", d.sentences(), d.skipped(),
                d.triggers(), d.unaligned(), d.examples().size(), positives, trainer.fitter.features(), out);
    }
}
