package org.newsgraph.link.wikidata;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.authority.Authority;
import org.newsgraph.link.Entity;
import org.newsgraph.link.EntityKind;
import org.newsgraph.link.LinkedArticle;

/**
 * Online linking, on request: persons and organisations the authority tables did not link are looked up in
 * Wikidata ({@code wbsearchentities}, then {@code wbgetentities} for the candidates), scored by name, type and
 * context ({@link CandidateScorer}), and linked when the best candidate reaches the threshold and leads the
 * runner-up by the margin. A linked entity's key becomes {@code wikidata:Q…}, so its IRI derives from the link
 * and it meets the same item linked in other articles; the article's mentions follow it.
 *
 * <p>Runs after {@link org.newsgraph.link.EntityResolver}. Thread-safe: articles may be reconciled on many
 * threads; requests go out one at a time and every answer is cached on disk. A failed lookup leaves the
 * entity unlinked and is counted in {@link #stats()}; it never fails the article.
 */
public final class WikidataReconciler {

    private final WikidataOptions options;
    private final WikidataClient client;
    private final Authority authority;
    private final CandidateScorer scorer = new CandidateScorer();
    private final AtomicLong linked = new AtomicLong();
    private final AtomicLong unlinked = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicReference<String> lastError = new AtomicReference<>();

    /** With the bundled authority tables for the demonyms of countries. */
    public WikidataReconciler(WikidataOptions options) {
        this(options, Authority.get());
    }

    /**
     * @param authority the authority tables, for the demonyms of countries in the context; null for none
     */
    public WikidataReconciler(WikidataOptions options, Authority authority) {
        this.options = options;
        this.client = new WikidataClient(options);
        this.authority = authority;
    }

    /** What the reconciler did so far. */
    public record Stats(long requests, long cacheHits, long linked, long unlinked, long failures, String lastError) {

        /** One line for the end of an ingest. */
        public String line() {
            return "wikidata: " + linked + " linked, " + unlinked + " not linked, " + requests + " requests, "
                    + cacheHits + " cached answers" + (failures == 0 ? "" : ", " + failures + " failed lookups ("
                    + lastError + ")");
        }
    }

    public Stats stats() {
        return new Stats(client.requests(), client.cacheHits(), linked.get(), unlinked.get(), failures.get(),
                lastError.get());
    }

    /** The article with its unlinked persons and organisations linked where Wikidata has a clear match. */
    public LinkedArticle reconcile(LinkedArticle article) {
        EntityContext context = new EntityContext(article, authority);
        Map<String, Entity> relinked = new HashMap<>();
        for (Entity e : article.entities()) {
            if (!eligible(e)) {
                continue;
            }
            Optional<Match> m = tryMatch(e.kind(), e.name(), context.of(e.key()));
            if (m.isPresent()) {
                linked.incrementAndGet();
                relinked.put(e.key(), new Entity("wikidata:" + m.get().qid(), e.kind(), e.name(), e.alternateNames(),
                        m.get().qid(), e.geonames(), e.latitude(), e.longitude(), e.governmentOf(), m.get().score()));
            } else {
                unlinked.incrementAndGet();
            }
        }
        return relinked.isEmpty() ? article : rekey(article, relinked);
    }

    /**
     * The best Wikidata item for a name, when it is clear enough.
     *
     * @param context lower-case words the article uses around the entity
     * @throws IOException when Wikidata cannot be asked and the cache has no answer
     */
    public Optional<Match> match(EntityKind kind, String name, Set<String> context) throws IOException {
        List<String> ids = Candidate.searchIds(client.search(name));
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        JsonObject answer = client.entities(ids);
        List<CandidateScorer.Scored> scored = new ArrayList<>();
        for (Candidate c : Candidate.fromEntities(answer, ids)) {
            CandidateScorer.Scored s = scorer.score(kind, name, context, c);
            if (s.score() > 0) {
                scored.add(s);
            }
        }
        scored.sort(Comparator.comparingDouble(CandidateScorer.Scored::score).reversed());
        if (scored.isEmpty() || scored.get(0).score() < options.threshold()) {
            return Optional.empty();
        }
        if (scored.size() > 1 && scored.get(0).score() - scored.get(1).score() < options.margin()) {
            return Optional.empty(); // two items fit about as well: writing either could be wrong
        }
        Candidate best = scored.get(0).candidate();
        double score = Math.round(scored.get(0).score() * 1000) / 1000.0;
        return Optional.of(new Match(best.qid(), best.label(), best.description(), score));
    }

    private Optional<Match> tryMatch(EntityKind kind, String name, Set<String> context) {
        try {
            return match(kind, name, context);
        } catch (IOException e) {
            failures.incrementAndGet();
            lastError.set(e.getMessage());
            return Optional.empty();
        }
    }

    static boolean eligible(Entity e) {
        return (e.kind() == EntityKind.PERSON || e.kind() == EntityKind.ORGANISATION) && e.wikidata() == null
                && !e.key().startsWith("wikidata:") && e.name().codePoints().filter(Character::isLetter).count() >= 2;
    }

    /** New keys for the relinked entities; entities that now share a key become one, mentions follow. */
    private static LinkedArticle rekey(LinkedArticle a, Map<String, Entity> relinked) {
        Map<String, String> keyOf = new HashMap<>();
        relinked.forEach((old, e) -> keyOf.put(old, e.key()));
        Map<String, Entity> out = new LinkedHashMap<>();
        for (Entity e : a.entities()) {
            Entity n = relinked.getOrDefault(e.key(), e);
            if (n.governmentOf() != null && keyOf.containsKey(n.governmentOf())) {
                n = new Entity(n.key(), n.kind(), n.name(), n.alternateNames(), n.wikidata(), n.geonames(),
                        n.latitude(), n.longitude(), keyOf.get(n.governmentOf()), n.linkScore());
            }
            out.merge(n.key(), n, WikidataReconciler::merge);
        }
        Map<Mention, String> entityOf = new HashMap<>();
        a.entityOf().forEach((m, k) -> entityOf.put(m, keyOf.getOrDefault(k, k)));
        return new LinkedArticle(a.extraction(), new ArrayList<>(out.values()), entityOf);
    }

    /** One entity of two with the same link: the surer one's fields, the names of both. */
    private static Entity merge(Entity a, Entity b) {
        double sa = a.linkScore() == null ? 0 : a.linkScore();
        double sb = b.linkScore() == null ? 0 : b.linkScore();
        Entity keep = sb > sa ? b : a;
        Entity other = keep == a ? b : a;
        List<String> names = new ArrayList<>(other.alternateNames());
        names.add(other.name());
        return keep.withAlternateNames(names);
    }
}
