package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * One-to-one pairing of the events of one sentence, as both the event scorer and the annotator agreement use it:
 * first pairs that agree on category and arguments, then pairs that agree on category alone, each gold event taking
 * the first free event of the other side in order.
 */
final class EventPairing {

    /** One pair: indices into the gold and the other side, and whether the arguments agree. */
    record Pair(int gold, int other, boolean arguments) {
    }

    final List<Pair> pairs = new ArrayList<>();
    final boolean[] goldUsed;
    final boolean[] otherUsed;

    private EventPairing(int gold, int other) {
        goldUsed = new boolean[gold];
        otherUsed = new boolean[other];
    }

    static <G, O> EventPairing pair(List<G> gold, List<O> other, Function<G, String> goldCategory,
                                    Function<O, String> otherCategory, BiPredicate<G, O> arguments) {
        EventPairing p = new EventPairing(gold.size(), other.size());
        for (int pass = 0; pass < 2; pass++) {
            for (int gi = 0; gi < gold.size(); gi++) {
                for (int oi = 0; oi < other.size() && !p.goldUsed[gi]; oi++) {
                    if (p.otherUsed[oi] || !goldCategory.apply(gold.get(gi)).equals(otherCategory.apply(other.get(oi)))) {
                        continue;
                    }
                    boolean args = arguments.test(gold.get(gi), other.get(oi));
                    if (pass == 0 && !args) {
                        continue;
                    }
                    p.goldUsed[gi] = p.otherUsed[oi] = true;
                    p.pairs.add(new Pair(gi, oi, args));
                }
            }
        }
        return p;
    }
}
