package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.eval.ArgumentModelTrainer;
import org.newsgraph.eval.EventAgreement;
import org.newsgraph.eval.TriggerModelTrainer;
import org.newsgraph.eval.EventScorer;
import org.newsgraph.eval.GeoScorer;
import org.newsgraph.eval.HtmlBodyScorer;
import org.newsgraph.eval.MeantimeScorer;
import org.newsgraph.eval.MeantimeTimeScorer;
import org.newsgraph.eval.PolnearScorer;
import org.newsgraph.eval.TimeBankScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measures newsgraph on a development set with gold annotations and prints the scores.",
            "Sets: timebank (time expressions), polnear (who said what), html (article body extraction), geo (toponyms),",
            "meantime (named entities), meantime-times (time expressions on MEANTIME), events (the PLOVER golden set in the repo), events-agreement A B (two annotators of the same sentences), events-train FILE... --out MODEL and events-args-train FILE... --out MODEL (train the learned trigger and argument models). DIR defaults to ../shared/eval/<set>",
            "(events: src/test/resources/events/golden.jsonl); extra arguments go to the scorer (e.g. --errors)."})
final class EvalCommand implements Callable<Integer> {

    /** A scorer's entry point: it prints its own report to standard output. */
    @FunctionalInterface
    interface Scorer {
        void run(String[] args) throws Exception;
    }

    static final Map<String, Scorer> SCORERS = new LinkedHashMap<>();
    static final Map<String, String> DEFAULT_DIRS = new LinkedHashMap<>();

    static {
        register("timebank", "../shared/eval/timebank", TimeBankScorer::main);
        register("polnear", "../shared/eval/polnear/dev", PolnearScorer::main);
        register("html", "../shared/eval/html", HtmlBodyScorer::main);
        register("geo", GeoScorer.DEFAULT_DIR.toString(), GeoScorer::main);
        register("meantime", MeantimeScorer.DEFAULT_DIR.toString(), MeantimeScorer::main);
        register("events", EventScorer.GOLDEN.toString(), EventScorer::main);
        register("events-agreement", EventScorer.GOLDEN.toString(), EventAgreement::main);
        register("events-train", "src/test/resources/events/train", TriggerModelTrainer::main);
        register("events-args-train", "src/test/resources/events/train", ArgumentModelTrainer::main);
        register("meantime-times", MeantimeTimeScorer.DEFAULT_DIR.toString(), MeantimeTimeScorer::main);
    }

    private static void register(String name, String dir, Scorer s) {
        SCORERS.put(name, s);
        DEFAULT_DIRS.put(name, dir);
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SET", description = "Which set to score.")
    String set;

    @Parameters(index = "1..*", paramLabel = "ARG", description = "The data directory and scorer options.")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Scorer s = SCORERS.get(set);
        if (s == null) {
            throw new UserException("no scorer for '" + set + "'; sets: " + String.join(", ", SCORERS.keySet()), true);
        }
        List<String> a = new ArrayList<>(args);
        if (a.stream().allMatch(x -> x.startsWith("-"))) {
            a.add(0, DEFAULT_DIRS.get(set));
        }
        Path dir = Path.of(a.stream().filter(x -> !x.startsWith("-")).findFirst().orElseThrow());
        if (!Files.exists(dir)) {
            throw new UserException(dir + ": no such directory (the development sets live in ../shared/eval)", false);
        }
        s.run(a.toArray(String[]::new));
        return 0;
    }
}
