package org.newsgraph.rdf;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.quote.Attribution;
import org.newsgraph.extract.quote.Source;
import org.newsgraph.extract.quote.Span;
import org.newsgraph.extract.time.TimeMention;
import org.newsgraph.link.Entity;
import org.newsgraph.link.LinkedArticle;

/**
 * The statements of one article: speaker entities (not words), quote, cue, medium, what it is about, and
 * its time (the statement sentence's own date, else the publication date). A statement whose speaker
 * cannot be tied to an entity is left out: an anonymous quote is not a fact about anyone.
 */
final class StatementGraph {

    private static final Pattern XSD_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private final ArticleGraph g;
    private final GraphWriter w;
    private final LinkedArticle linked;
    private final String body;

    StatementGraph(ArticleGraph g, LinkedArticle linked) {
        this.g = g;
        this.w = g.writer();
        this.linked = linked;
        this.body = linked.extraction().article().body();
    }

    /** Writes the statements; returns the IRI given to each attribution written, for events to link to. */
    java.util.Map<Attribution, String> write() {
        java.util.Map<Attribution, String> iris = new java.util.IdentityHashMap<>();
        int n = 0;
        for (Attribution a : linked.extraction().findings(Attribution.class)) {
            Set<Entity> speakers = new LinkedHashSet<>();
            for (Source s : a.sources()) {
                Entity e = entityAt(s.speakerSpan());
                if (e == null && s.antecedent() != null) {
                    e = entityAt(s.span());
                }
                if (e != null) {
                    speakers.add(e);
                }
            }
            if (speakers.isEmpty()) {
                continue;
            }
            Node st = GraphWriter.iri(Iris.local(g.articleIri(), "statement", ++n));
            iris.put(a, st.getURI());
            w.type(st, NS.Statement);
            speakers.forEach(e -> w.link(st, NS.speaker, Iris.entity(e)));
            w.string(st, NS.quote, a.contentText(body));
            w.bool(st, NS.direct, a.direct());
            w.string(st, NS.cue, a.cueLemma());
            w.add(st, NS.Prov.wasDerivedFrom, g.article());
            w.decimal(st, NS.confidence, a.confidence());
            w.add(st, NS.contentSpan, g.phrase(a.content().begin(), a.content().end()));
            for (Source s : a.sources()) {
                w.add(st, NS.sourceSpan, g.phrase(s.span().begin(), s.span().end()));
            }
            if (a.cue() != null) {
                w.add(st, NS.cueSpan, g.phrase(a.cue().begin(), a.cue().end()));
            }
            medium(st, a);
            about(st, a, speakers);
            w.date(st, NS.Sem.hasTimeStamp, timeOf(a));
        }
        return iris;
    }

    private void medium(Node st, Attribution a) {
        if (a.medium() == null) {
            return;
        }
        Entity e = a.medium().span() == null ? null : entityAt(a.medium().span());
        Node m = GraphWriter.iri(e != null ? Iris.entity(e) : Iris.named("medium", a.medium().label()));
        w.type(m, NS.Medium);
        w.string(m, RDFS.label, e != null ? e.name() : a.medium().label());
        w.add(st, NS.medium, m);
    }

    private void about(Node st, Attribution a, Set<Entity> speakers) {
        Set<Entity> about = new LinkedHashSet<>();
        for (Mention m : linked.extraction().mentions()) {
            if (m.type() == MentionType.TITLE || m.type() == MentionType.NATIONALITY && covered(m)) {
                continue;
            }
            Entity e = linked.entityOf(m);
            if (e != null && !speakers.contains(e) && a.contentParts().stream()
                    .anyMatch(p -> m.begin() >= p.begin() && m.end() <= p.end())) {
                about.add(e);
            }
        }
        if (a.target() != null) {
            Entity t = entityAt(a.target());
            if (t != null) {
                w.link(st, NS.target, Iris.entity(t));
                about.add(t);
            }
        }
        about.forEach(e -> w.link(st, NS.about, Iris.entity(e)));
    }

    /** A nationality inside a longer name ("Polish" in "Polish authorities") says nothing on its own. */
    private boolean covered(Mention m) {
        return linked.extraction().mentions().stream().anyMatch(o -> o != m && o.begin() <= m.begin() && o.end() >= m.end());
    }

    /** The date the statement's sentence gives, else the publication date. */
    private String timeOf(Attribution a) {
        int anchor = a.cue() != null ? a.cue().begin() : a.content().begin();
        Sentence s = linked.extraction().analysis().sentenceAt(anchor);
        if (s != null) {
            for (TimeMention t : linked.extraction().findings(TimeMention.class)) {
                boolean inContent = t.begin() >= a.content().begin() && t.end() <= a.content().end();
                if (t.begin() >= s.begin() && t.end() <= s.end() && !inContent && XSD_DATE.matcher(t.value()).matches()) {
                    return t.value();
                }
            }
        }
        return linked.extraction().article().publishedDate();
    }

    /** The entity of the mention that best covers a span, or null. */
    private Entity entityAt(Span span) {
        Entity best = null;
        int bestOverlap = 0;
        for (Mention m : linked.extraction().mentions()) {
            int overlap = Math.min(m.end(), span.end()) - Math.max(m.begin(), span.begin());
            Entity e = linked.entityOf(m);
            if (overlap > bestOverlap && e != null) {
                best = e;
                bestOverlap = overlap;
            }
        }
        return best;
    }
}
