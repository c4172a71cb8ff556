package org.newsgraph.link.wikidata;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;
import org.newsgraph.extract.Reference;
import org.newsgraph.extract.Role;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.authority.Authority;
import org.newsgraph.link.Entity;
import org.newsgraph.link.EntityKind;
import org.newsgraph.link.LinkedArticle;

/**
 * The words an article puts around each entity, to compare with Wikidata descriptions: the titles of its
 * posts ("Deputy Foreign Minister"), what the posts are in, the descriptions that refer to it ("NATO chief"),
 * and the countries, nationalities, organisations and titles named in the sentences that mention it. A country
 * brings its names and demonyms, so "Poland" in the article meets "Polish politician" in Wikidata.
 *
 * <p>Built once per article; immutable afterwards.
 */
final class EntityContext {

    /** Mentions in a sentence that say something about the other actors of that sentence. */
    private static final Set<MentionType> TELLING = Set.of(MentionType.COUNTRY, MentionType.NATIONALITY,
            MentionType.GOVERNMENT, MentionType.ORGANISATION, MentionType.TITLE, MentionType.DESCRIPTION,
            MentionType.CITY);

    /** Chars either side of a mention read when the analysis has no sentence for it. */
    private static final int WINDOW = 150;

    private final Map<String, Set<String>> words = new HashMap<>();

    EntityContext(LinkedArticle a, Authority authority) {
        Extraction x = a.extraction();
        for (Mention m : x.mentions()) {
            String key = a.entityOf().get(m);
            if (key == null) {
                continue;
            }
            Set<String> w = words.computeIfAbsent(key, k -> new LinkedHashSet<>());
            int[] span = around(x, m);
            for (Mention other : x.mentions()) {
                if (other != m && TELLING.contains(other.type()) && other.begin() >= span[0] && other.end() <= span[1]
                        && !key.equals(a.entityOf().get(other))) {
                    add(w, a, other, authority);
                }
            }
        }
        for (Role r : x.findings(Role.class)) {
            String key = a.entityOf().get(r.person());
            if (key != null) {
                Set<String> w = words.computeIfAbsent(key, k -> new LinkedHashSet<>());
                w.addAll(CandidateScorer.words(r.title()));
                if (r.in() != null) {
                    add(w, a, r.in(), authority);
                }
            }
        }
        for (Reference ref : x.findings(Reference.class)) {
            String key = a.entityOf().get(ref.antecedent());
            if (key != null) {
                words.computeIfAbsent(key, k -> new LinkedHashSet<>())
                        .addAll(CandidateScorer.words(ref.description().text()));
            }
        }
    }

    /** Context words of the entity with this key; empty when the article says nothing around it. */
    Set<String> of(String key) {
        return words.getOrDefault(key, Set.of());
    }

    private static int[] around(Extraction x, Mention m) {
        Sentence s = x.analysis() == null ? null : x.analysis().sentenceAt(m.begin());
        if (s != null) {
            return new int[] {s.begin(), Math.max(s.end(), m.end())};
        }
        int len = x.article().body().length();
        return new int[] {Math.max(0, m.begin() - WINDOW), Math.min(len, m.end() + WINDOW)};
    }

    /** The mention's words and, for a country or government, the country's names and demonyms. */
    private static void add(Set<String> w, LinkedArticle a, Mention m, Authority authority) {
        w.addAll(CandidateScorer.words(m.text()));
        Entity e = a.entityOf(m);
        if (e == null) {
            return;
        }
        w.addAll(CandidateScorer.words(e.name()));
        Entity country = e.kind() == EntityKind.GOVERNMENT && e.governmentOf() != null ? a.entity(e.governmentOf()) : e;
        if (authority != null && country != null && country.kind() == EntityKind.COUNTRY) {
            authority.country(country.name()).ifPresent(c -> {
                c.demonyms().forEach(d -> w.addAll(CandidateScorer.words(d)));
                c.altNames().forEach(n -> w.addAll(CandidateScorer.words(n)));
            });
        }
    }
}
