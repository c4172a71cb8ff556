package org.newsgraph.rdf;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.event.Categories;
import org.newsgraph.extract.event.EventMention;
import org.newsgraph.extract.event.Modality;
import org.newsgraph.extract.quote.Attribution;
import org.newsgraph.extract.time.QuantityMention;
import org.newsgraph.link.Entity;
import org.newsgraph.link.EntityResolver;
import org.newsgraph.link.LinkedArticle;

/**
 * The events of one article. A PLOVER-typed event is an {@code ng:Event} with {@code sem:eventType} a concept of
 * {@code ontology/plover.ttl}; an event of newsgraph's own types (MIGRATE) is only a {@code sem:Event}. Each
 * type's notation, its cooperation/conflict grouping and its mode concept are repeated in the article graph, so
 * queries on the store work without the scheme loaded.
 *
 * <ul>
 *   <li>Events the article reports as not having happened ("did not attack") are left out; future, intended,
 *       conditional or possible ones carry {@code ng:modality "hypothetical"} and the finder's halved confidence.</li>
 *   <li>Time: the date the event's sentence gives; without one, the publication date, as event data sets such as
 *       ICEWS and POLECAT date events by their story. A week is written as the month of its Monday.</li>
 *   <li>Participants are entities. A party the article names only by a description that resolves to no entity ("a
 *       drug seller", "the governor") is an {@code ng:DescribedParty} local to the article, one per description
 *       (by its normalised words), with its {@code schema:name} and its mention; an unresolved pronoun is left out.</li>
 * </ul>
 */
final class EventGraph {

    private final ArticleGraph g;
    private final GraphWriter w;
    private final LinkedArticle linked;
    private final Map<Attribution, String> statements;
    private final Set<String> described = new java.util.HashSet<>();

    EventGraph(ArticleGraph g, LinkedArticle linked, Map<Attribution, String> statements) {
        this.g = g;
        this.w = g.writer();
        this.linked = linked;
        this.statements = statements;
    }

    void write() {
        int n = 0;
        for (EventMention e : linked.extraction().findings(EventMention.class)) {
            if (e.modality() == Modality.NEGATED) {
                continue;
            }
            Node ev = GraphWriter.iri(Iris.local(g.articleIri(), "event", ++n));
            Node type = type(e.category());
            w.type(ev, e.plover() ? NS.Event : NS.Sem.Event);
            w.add(ev, NS.Sem.eventType, type);
            w.add(ev, NS.Prov.wasDerivedFrom, g.article());
            w.add(ev, NS.triggerSpan, g.phrase(e.trigger().begin(), e.trigger().end()));
            w.decimal(ev, NS.confidence, e.confidence());
            if (e.modality() == Modality.HYPOTHETICAL) {
                w.string(ev, NS.modality, "hypothetical");
            }
            Set<String> actors = new LinkedHashSet<>();
            for (Mention m : e.actors()) {
                String a = party(m);
                if (a != null) {
                    actors.add(a);
                }
            }
            actors.forEach(a -> w.link(ev, NS.actor, a));
            String recipient = e.recipient() == null ? null : party(e.recipient());
            if (recipient != null && !actors.contains(recipient)) {
                w.link(ev, NS.recipient, recipient);
            }
            Entity place = e.place() == null ? null : linked.entityOf(e.place());
            if (place != null) {
                w.link(ev, NS.Sem.hasPlace, Iris.entity(place));
            }
            w.date(ev, NS.Sem.hasTimeStamp, date(e));
            if (e.mode() != null) {
                w.add(ev, NS.mode, mode(type, e.category(), e.mode()));
            }
            quantities(ev, e);
            if (e.statement() != null && statements.containsKey(e.statement())) {
                w.link(ev, NS.statement, statements.get(e.statement()));
            }
        }
    }

    /** The type concept with its notation and grouping, written once per article graph. */
    private Node type(String category) {
        boolean plover = Categories.isPlover(category);
        Node type = GraphWriter.iri((plover ? NS.PLOVER : NS.EVENT_TYPE) + category);
        w.type(type, SKOS.Concept);
        w.string(type, SKOS.notation, category);
        w.lang(type, SKOS.prefLabel, category.toLowerCase(java.util.Locale.ROOT), "en");
        String grouping = Categories.grouping(category);
        if (grouping != null) {
            Node group = GraphWriter.iri(NS.PLOVER + grouping);
            w.add(type, SKOS.broader, group);
            w.type(group, SKOS.Concept);
            w.lang(group, SKOS.prefLabel, grouping, "en");
        }
        return type;
    }

    private Node mode(Node type, String category, String mode) {
        String ns = Categories.isPlover(category) ? NS.PLOVER : NS.EVENT_TYPE;
        Node m = GraphWriter.iri(ns + category + "-" + mode);
        w.type(m, SKOS.Concept);
        w.string(m, SKOS.notation, mode);
        w.lang(m, SKOS.prefLabel, mode.replace('-', ' '), "en");
        w.add(m, SKOS.broader, type);
        return m;
    }

    private void quantities(Node ev, EventMention e) {
        int k = 0;
        for (QuantityMention q : e.quantities()) {
            Node node = NodeFactory.createURI(ev.getURI() + "-quantity-" + (++k));
            w.add(ev, NS.quantity, node);
            w.number(node, NS.Schema.value, q.value());
            w.string(node, NS.Schema.unitText, q.unit());
            w.add(node, NS.Prov.wasDerivedFrom, g.phrase(q.begin(), q.end()));
        }
    }

    /** The IRI of the party a participant mention names (see the class comment), or null for none. */
    private String party(Mention m) {
        Entity e = linked.entityOf(m);
        if (e != null) {
            return Iris.entity(e);
        }
        if (!linked.described(m)) {
            return null;
        }
        String name = m.text().strip().replaceFirst("^[^\\p{L}\\p{N}]+", "").replaceFirst("^(?i)(the|a|an)\\s+", "");
        String key = EntityResolver.normalise(name);
        if (key.isEmpty()) {
            return null;
        }
        String iri = g.articleIri() + "#party-" + Iris.slug(key);
        Node node = GraphWriter.iri(iri);
        if (described.add(iri)) {
            w.type(node, NS.DescribedParty);
            w.string(node, NS.Schema.name, name);
        }
        w.link(g.phrase(m.begin(), m.end()), NS.Its.taIdentRef, iri);
        return iri;
    }

    /**
     * The sentence's date as an XSD date, dateTime, gYearMonth or gYear value, else the publication date: a week as
     * the month of its Monday (a weekend of its Saturday), a part of a day as that day, a clock time with seconds; a
     * decade has no such value (null: no time stamp rather than a wrong one).
     */
    static String date(String v, String published) {
        if (v == null) {
            return published;
        }
        java.util.regex.Matcher week = WEEK.matcher(v);
        if (week.matches()) {
            LocalDate day = LocalDate.of(Integer.parseInt(week.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2)))
                    .with(week.group(3) == null ? java.time.DayOfWeek.MONDAY : java.time.DayOfWeek.SATURDAY);
            return day.toString().substring(0, 7);
        }
        java.util.regex.Matcher clock = CLOCK.matcher(v);
        if (clock.matches()) {
            return clock.group(2) == null || clock.group(2).startsWith("24") ? clock.group(1)
                    : clock.group(1) + "T" + clock.group(2) + ":00" + (clock.group(3) == null ? "" : "Z");
        }
        return v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?") ? v : null;
    }

    private static final java.util.regex.Pattern WEEK = java.util.regex.Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    /** A day with a part of it ("T" and MO, AF, EV, NI) or a clock time ("T13:40", "T18:00Z"). */
    private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})T(?:MO|AF|EV|NI|(\\d{2}:\\d{2})(Z)?)");

    private String date(EventMention e) {
        return date(e.time() == null ? null : e.time().value(), linked.extraction().article().publishedDate());
    }
}
