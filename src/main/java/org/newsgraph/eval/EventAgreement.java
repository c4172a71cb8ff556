package org.newsgraph.eval;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How far two annotators of the same sentences agree on events, measured exactly as the system is measured: the
 * second annotator's events are scored against the first's with {@link EventScorer}'s pairing and name matching
 * (a side agrees when both leave it empty or when any of their alternative names match). The F1 of the two is
 * symmetric and is the ceiling a system can be expected to reach against either annotator.
 *
 * <p>Only sentences both files hold (same story id and text) are compared.
 */
public final class EventAgreement {

    private static final Set<String> SYMMETRIC = Set.of("AGREE", "CONSULT", "COOPERATE");

    /** Counts of the comparison; {@code second} plays the system. */
    public record Result(int sentences, EventScorer.Measure category, EventScorer.Measure arguments, List<String> differences) {
    }

    private EventAgreement() {
    }

    public static Result compare(Path first, Path second) throws IOException {
        Map<String, JsonObject> a = read(first);
        Map<String, JsonObject> b = read(second);
        int sentences = 0, goldCount = 0, otherCount = 0, cat = 0, args = 0;
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, JsonObject> e : a.entrySet()) {
            JsonObject other = b.get(e.getKey());
            if (other == null) {
                continue;
            }
            sentences++;
            List<EventScorer.Gold> gold = EventScorer.golds(e.getValue());
            List<EventScorer.Gold> theirs = EventScorer.golds(other);
            goldCount += gold.size();
            otherCount += theirs.size();
            EventPairing p = EventPairing.pair(gold, theirs, EventScorer.Gold::category, EventScorer.Gold::category,
                    EventAgreement::argumentsAgree);
            cat += p.pairs.size();
            String text = e.getValue().get("text").getAsString();
            for (EventPairing.Pair pair : p.pairs) {
                args += pair.arguments() ? 1 : 0;
                if (!pair.arguments()) {
                    differences.add("ARGS    " + gold.get(pair.gold()) + "  vs  " + theirs.get(pair.other()) + "  | " + text);
                }
            }
            for (int i = 0; i < gold.size(); i++) {
                if (!p.goldUsed[i]) {
                    differences.add("FIRST   " + gold.get(i) + "  | " + text);
                }
            }
            for (int i = 0; i < theirs.size(); i++) {
                if (!p.otherUsed[i]) {
                    differences.add("SECOND  " + theirs.get(i) + "  | " + text);
                }
            }
        }
        return new Result(sentences, new EventScorer.Measure(otherCount, goldCount, cat),
                new EventScorer.Measure(otherCount, goldCount, args), differences);
    }

    static boolean argumentsAgree(EventScorer.Gold g, EventScorer.Gold o) {
        if (same(g.actor(), o.actor()) && same(g.recipient(), o.recipient())) {
            return true;
        }
        return SYMMETRIC.contains(g.category()) && same(g.actor(), o.recipient()) && same(g.recipient(), o.actor());
    }

    /** Both sides empty, or some alternative of one matches some alternative of the other. */
    static boolean same(List<String> a, List<String> b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        for (String x : a) {
            for (String y : b) {
                if (EventScorer.nameMatch(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Map<String, JsonObject> read(Path file) throws IOException {
        Map<String, JsonObject> out = new LinkedHashMap<>();
        for (JsonObject o : EventSetLines.read(file)) {
            out.put(o.get("id").getAsString() + "\t" + o.get("text").getAsString(), o);
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: EventAgreement FIRST.jsonl SECOND.jsonl [--differences]");
            System.exit(2);
        }
        Result r = compare(Path.of(args[0]), Path.of(args[1]));
        System.out.println("Agreement of " + args[1] + " with " + args[0] + ": " + r.sentences() + " sentences in both");
        System.out.println("category                   " + r.category());
        System.out.println("category+actor+recipient   " + r.arguments());
        if (args.length > 2 && args[2].equals("--differences")) {
            r.differences().forEach(System.out::println);
        }
    }
}
