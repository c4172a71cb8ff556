package org.newsgraph.pipeline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/** CPU-side wall time spent per pipeline stage, summed over threads. Thread-safe. */
public final class StageTimes {

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, Integer> order = new ConcurrentSkipListMap<>();

    public <T> T time(String stage, Supplier<T> work) {
        long t0 = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(stage, System.nanoTime() - t0);
        }
    }

    public void time(String stage, Runnable work) {
        long t0 = System.nanoTime();
        try {
            work.run();
        } finally {
            add(stage, System.nanoTime() - t0);
        }
    }

    public void add(String stage, long n) {
        nanos.computeIfAbsent(stage, k -> {
            order.putIfAbsent(k, order.size());
            return new LongAdder();
        }).add(n);
    }

    /** Stage name to seconds, in the order the stages first ran. */
    public Map<String, Double> seconds() {
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        order.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> out.put(e.getKey(), nanos.get(e.getKey()).sum() / 1e9));
        return out;
    }
}
