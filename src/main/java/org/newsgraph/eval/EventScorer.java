package org.newsgraph.eval;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.event.Categories;
import org.newsgraph.extract.event.EventMention;
import org.newsgraph.extract.nlp.CoreNlpAnalyzer;
import org.newsgraph.ingest.Article;
import org.newsgraph.link.Entity;
import org.newsgraph.link.LinkedArticle;
import org.newsgraph.link.EntityResolver;
import org.newsgraph.pipeline.ArticleProcessor;

/**
 * Scores event extraction on the golden set ({@code src/test/resources/events/golden.jsonl}: one JSON object per
 * sentence with its story id, publication date, text and the events an analyst reads in it; the text may be stand-off,
 * see {@link EventSetLines}).
 *
 * <p>Each sentence runs through the whole pipeline as an article of its own dated as its story. Only asserted
 * events of PLOVER categories count as system events (hypothetical and negated ones are not claims of fact).
 * Within a sentence, system and gold events are paired one to one, first those that agree on category, actor and
 * recipient, then those that agree on category alone.
 * <ul>
 *   <li>category: a pair with the same category is a match;</li>
 *   <li>arguments: a pair also agrees on actor and recipient. A side agrees when both are absent, or when a gold
 *       name (any of the listed alternatives) and a system participant share a word after normalisation
 *       (case, accents, possessives; generic words such as "government" or "president" alone do not count)
 *       or are equal. For AGREE, CONSULT and COOPERATE actor and recipient may be swapped.</li>
 *   <li>time: among category matches whose gold time is given, the share whose system time value is equal.</li>
 * </ul>
 */
public final class EventScorer {

    /** Counts of one measure. */
    public record Measure(int system, int gold, int matched) {
        Measure plus(Measure o) {
            return new Measure(system + o.system, gold + o.gold, matched + o.matched);
        }

        public double precision() {
            return system == 0 ? 0 : (double) matched / system;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.3f (%d/%d)  R %.3f (%d/%d)  F1 %.3f", precision(), matched, system,
                    recall(), matched, gold, f1());
        }
    }

    /**
     * @param perCategory category measure by PLOVER category
     * @param errors      readable lines for each unmatched event, and for each matched one with its arguments right
     *                    (marked "OK"), for error analysis
     * @param millisPerSentence mean time of the event extractor stage alone per sentence
     */
    public record Result(int sentences, Measure category, Measure arguments, int timesGiven, int timesRight,
                         Map<String, Measure> perCategory, List<String> errors, double millisPerSentence, Measure places) {
    }

    /**
     * One gold event. Names are lists of acceptable alternatives; null when the text names no one (or, for the place,
     * no place or none given).
     */
    record Gold(String category, List<String> actor, List<String> recipient, String time, List<String> place) {

        Gold(String category, List<String> actor, List<String> recipient, String time) {
            this(category, actor, recipient, time, null);
        }
    }

    private static final Set<String> GENERIC = Set.of("the", "of", "and", "government", "president", "prime", "minister",
            "ministry", "secretary", "chief", "leader", "official", "officials", "forces", "force", "a", "an", "s");
    private static final Set<String> SYMMETRIC = Set.of("AGREE", "CONSULT", "COOPERATE");

    private EventScorer() {
    }

    /** Scores with the shared CoreNLP analyzer and a fresh processor. */
    public static Result score(Path golden) throws IOException {
        ArticleProcessor p = new ArticleProcessor(CoreNlpAnalyzer.shared());
        Result r = score(golden, p::link);
        return new Result(r.sentences(), r.category(), r.arguments(), r.timesGiven(), r.timesRight(), r.perCategory(),
                r.errors(), 1000 * p.times().seconds().getOrDefault("Events", 0.0) / Math.max(1, r.sentences()), r.places());
    }

    public static Result score(Path golden, Function<Article, LinkedArticle> link) throws IOException {
        int sentences = 0;
        int sys = 0, gold = 0, catMatched = 0, argMatched = 0, timesGiven = 0, timesRight = 0;
        int placesSystem = 0, placesGiven = 0, placesRight = 0; // over matched events whose place is given by both
        Map<String, int[]> per = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (JsonObject o : EventSetLines.read(golden)) {
            sentences++;
            String id = o.get("id").getAsString();
            String text = o.get("text").getAsString();
            Article a = new Article(id, null, null, "", null, List.of(), null, null, o.get("date").getAsString(), null,
                    "en", null, -1, 0, text);
            LinkedArticle linked = link.apply(a);
            List<EventMention> system = linked.extraction().findings(EventMention.class).stream()
                    .filter(e -> e.asserted() && e.plover()).toList();
            List<Gold> golds = golds(o);
            sys += system.size();
            gold += golds.size();
            EventPairing pairing = EventPairing.pair(golds, system, Gold::category, EventMention::category,
                    (g, e) -> arguments(g, e, linked));
            for (EventPairing.Pair pair : pairing.pairs) {
                Gold g = golds.get(pair.gold());
                EventMention e = system.get(pair.other());
                catMatched++;
                argMatched += pair.arguments() ? 1 : 0;
                per.computeIfAbsent(g.category(), k -> new int[3])[2]++;
                Mention place = e.place();
                boolean placeWrong = false;
                if (g.place() != null && place != null) {
                    placesSystem++;
                    placesGiven++;
                    boolean right = agrees(g.place(), List.of(place), linked);
                    placesRight += right ? 1 : 0;
                    placeWrong = !right;
                } else if (g.place() != null) {
                    placesGiven++;
                    placeWrong = true;
                } else if (place != null && o.has("events") && placesAnnotated(o)) {
                    placesSystem++;
                    placeWrong = true;
                }
                if (placeWrong) {
                    errors.add(id + "  PLACE gold " + g.place() + "  system " + describe(e, linked) + "  | " + text);
                }
                if (g.time() != null) {
                    timesGiven++;
                    timesRight += e.time() != null && e.time().value().equals(g.time()) ? 1 : 0;
                }
                if (!pair.arguments()) {
                    errors.add(id + "  ARGS  gold " + g + "  system " + describe(e, linked) + "  | " + text);
                } else {
                    errors.add(id + "  OK    " + describe(e, linked) + "  | " + text);
                }
            }
            boolean[] sysUsed = pairing.otherUsed;
            boolean[] goldUsed = pairing.goldUsed;
            for (int si = 0; si < system.size(); si++) {
                per.computeIfAbsent(system.get(si).category(), k -> new int[3])[0]++;
                if (!sysUsed[si]) {
                    errors.add(id + "  FP    " + describe(system.get(si), linked) + "  | " + text);
                }
            }
            for (int gi = 0; gi < golds.size(); gi++) {
                per.computeIfAbsent(golds.get(gi).category(), k -> new int[3])[1]++;
                if (!goldUsed[gi]) {
                    errors.add(id + "  FN    " + golds.get(gi) + "  | " + text);
                }
            }
        }
        Map<String, Measure> perCategory = new TreeMap<>();
        per.forEach((k, v) -> perCategory.put(k, new Measure(v[0], v[1], v[2])));
        return new Result(sentences, new Measure(sys, gold, catMatched), new Measure(sys, gold, argMatched), timesGiven,
                timesRight, perCategory, errors, 0, new Measure(placesSystem, placesGiven, placesRight));
    }

    /** The annotated events of one sentence's JSON object. */
    static List<Gold> golds(JsonObject sentence) {
        List<Gold> golds = new ArrayList<>();
        for (JsonElement e : sentence.getAsJsonArray("events")) {
            JsonObject g = e.getAsJsonObject();
            golds.add(new Gold(g.get("category").getAsString(), names(g.get("actor")), names(g.get("recipient")),
                    g.get("time") == null || g.get("time").isJsonNull() ? null : g.get("time").getAsString(),
                    g.get("place") == null || !g.get("place").isJsonArray() ? null : names(g.get("place"))));
        }
        return golds;
    }

    private static boolean arguments(Gold g, EventMention e, LinkedArticle linked) {
        List<Mention> actors = e.actors();
        List<Mention> recipients = e.recipient() == null ? List.of() : List.of(e.recipient());
        // only what the graph shows (EventGraph): an entity or a described party, not an unresolved pronoun
        actors = actors.stream().filter(linked::namesParty).toList();
        recipients = recipients.stream().filter(linked::namesParty).toList();
        if (agrees(g.actor(), actors, linked) && agrees(g.recipient(), recipients, linked)) {
            return true;
        }
        return SYMMETRIC.contains(g.category()) && agrees(g.actor(), recipients, linked)
                && (g.recipient() == null ? actors.size() <= 1 : agrees(g.recipient(), actors, linked));
    }

    /** Whether the gold names and the system participants agree (both absent, or a name in common). */
    static boolean agrees(List<String> gold, List<Mention> system, LinkedArticle linked) {
        if (gold == null || system.isEmpty()) {
            return gold == null && system.isEmpty();
        }
        for (Mention m : system) {
            List<String> names = new ArrayList<>();
            names.add(m.text());
            Entity e = linked.entityOf(m);
            if (e != null) {
                names.add(e.name());
                names.addAll(e.alternateNames());
            }
            for (String g : gold) {
                for (String n : names) {
                    if (nameMatch(g, n)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static boolean nameMatch(String gold, String system) {
        String a = EntityResolver.normalise(gold);
        String b = EntityResolver.normalise(system);
        if (a.equals(b)) {
            return true;
        }
        Set<String> ta = new HashSet<>(List.of(a.split(" ")));
        ta.removeAll(GENERIC);
        for (String w : b.split(" ")) {
            if (!GENERIC.contains(w) && ta.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static List<String> names(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        JsonArray arr = e.getAsJsonArray();
        arr.forEach(x -> out.add(x.getAsString()));
        return out;
    }

    private static String describe(EventMention e, LinkedArticle linked) {
        return e.category() + "/" + e.mode() + " actor=" + e.actors().stream().map(Mention::text).toList()
                + " recipient=" + (e.recipient() == null ? null : e.recipient().text())
                + " time=" + (e.time() == null ? null : e.time().value())
                + " place=" + (e.place() == null ? null : e.place().text())
                + " trigger=" + e.trigger().of(linked.extraction().article().body());
    }

    /** The golden set shipped with the sources. */
    public static final Path GOLDEN = Path.of("src/test/resources/events/golden.jsonl");

    /**
     * Scores each set given (the golden set when none is) and, when there are several, their pooled counts.
     * {@code --errors} also prints each set's unmatched events; {@code --matches} also its matched ones (lines "OK").
     */
    public static void main(String[] args) throws IOException {
        boolean matches = List.of(args).contains("--matches");
        boolean errors = matches || List.of(args).contains("--errors");
        List<Path> sets = new ArrayList<>();
        for (String a : args) {
            if (!a.startsWith("--")) {
                sets.add(Path.of(a));
            }
        }
        if (sets.isEmpty()) {
            sets.add(GOLDEN);
        }
        int sentences = 0;
        Measure category = new Measure(0, 0, 0), arguments = new Measure(0, 0, 0), places = new Measure(0, 0, 0);
        for (Path set : sets) {
            Result r = score(set);
            print(set, r, errors, matches);
            sentences += r.sentences();
            category = category.plus(r.category());
            arguments = arguments.plus(r.arguments());
            places = places.plus(r.places());
        }
        if (sets.size() > 1) {
            System.out.println("Pooled over " + sets.size() + " sets, " + sentences + " sentences");
            System.out.println("category                   " + category);
            System.out.println("category+actor+recipient   " + arguments);
            System.out.println("place (of matched)         " + places);
        }
    }

    /** Whether the sentence's events carry the "place" field (sets coded before it existed carry none). */
    private static boolean placesAnnotated(JsonObject sentence) {
        for (JsonElement e : sentence.getAsJsonArray("events")) {
            if (e.getAsJsonObject().has("place")) {
                return true;
            }
        }
        return false;
    }

    private static void print(Path set, Result r, boolean errors, boolean matches) {
        System.out.println("Events on " + set + ": " + r.sentences() + " sentences");
        System.out.println("category                   " + r.category());
        System.out.println("category+actor+recipient   " + r.arguments());
        System.out.printf(Locale.ROOT, "time (of matched, given)   %d/%d%n", r.timesRight(), r.timesGiven());
        System.out.println("place (of matched)         " + r.places());
        r.perCategory().forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-10s %s%n", k, v));
        System.out.printf(Locale.ROOT, "event stage per sentence   %.3f ms%n", r.millisPerSentence());
        if (errors) {
            r.errors().stream().filter(l -> matches || !l.contains("  OK    ")).forEach(System.out::println);
        }
    }
}
