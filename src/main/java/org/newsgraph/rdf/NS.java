package org.newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the graph: the newsgraph ontology ({@code ontology/newsgraph.ttl}) and the standard
 * vocabularies it reuses. The only place in the code where their IRIs are written; {@code NSTest} checks
 * that the ng: constants and the ontology agree.
 */
public final class NS {

    public static final String NG = "https://w3id.org/newsgraph/ontology#";
    /** Namespace of the PLOVER concept scheme in {@code ontology/plover.ttl}. */
    public static final String PLOVER = "https://w3id.org/newsgraph/plover#";
    /** Namespace of newsgraph's own event types outside PLOVER, in {@code ontology/plover.ttl}. */
    public static final String EVENT_TYPE = "https://w3id.org/newsgraph/event-type#";
    /** Base of the IRIs newsgraph mints for articles, entities, mentions, statements and events. */
    public static final String DATA = "https://w3id.org/newsgraph/id/";
    public static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";
    public static final String GEONAMES = "https://sws.geonames.org/";

    private NS() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NG + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NG + local);
    }

    /** A mention of a date, time, duration or set of times, with its TIMEX3 value normalised against the article's publication date. */
    public static final Resource TimeExpression = resource("TimeExpression");

    /** A mention of a counted or measured amount ("over 12,000 troops"), with schema:value and schema:unitText. */
    public static final Resource QuantityExpression = resource("QuantityExpression");

    /** Something a speaker said, wrote or asserted, as reported in an article: a direct quote or reported speech. */
    public static final Resource Statement = resource("Statement");

    /** Something that happened (or was claimed, threatened or denied) as reported in an article, typed by a PLOVER category. */
    public static final Resource Event = resource("Event");

    /** The channel or setting through which a statement was made: a social network, a broadcaster, a press conference, a written statement. */
    public static final Resource Medium = resource("Medium");

    /** A collective actor without legal personality named by description, such as migrants or protesters. */
    public static final Resource Group = resource("Group");

    /** A party to an event that its article names only by description ("a drug seller", "the governor"), local to that article. */
    public static final Resource DescribedParty = resource("DescribedParty");

    /** The government or authorities of a country acting as an actor ("Polish authorities", "the Belarusian regime"). */
    public static final Resource Government = resource("Government");

    /** The place named in the article's dateline, where the story was filed. */
    public static final Property dateline = property("dateline");

    /** The file path the article was read from, as given on the command line or found in a directory. */
    public static final Property sourcePath = property("sourcePath");

    /** SHA-256 of the article's input (text and metadata) and the extractor version; an unchanged hash means the article need not be processed again. */
    public static final Property contentHash = property("contentHash");

    /** The version of newsgraph that produced the article's graph. */
    public static final Property extractorVersion = property("extractorVersion");

    /** The TIMEX3 value string of a time expression ("2021-11-09", "2021-10", "2021-W45", "P3Y", "PRESENT_REF"). */
    public static final Property timexValue = property("timexValue");

    /** The TIMEX3 type of a time expression: DATE, TIME, DURATION or SET. */
    public static final Property timexType = property("timexType");

    /** How the text names its referent: PERSON, ORGANISATION, COUNTRY, CITY, PLACE, NATIONALITY, TITLE, PRONOUN, DESCRIPTION. */
    public static final Property mentionType = property("mentionType");

    /** The entity who made the statement (the entity, not the word naming it). */
    public static final Property speaker = property("speaker");

    /** For a direct quote the quoted words exactly as in the text, without quote marks; for reported speech the reported content. */
    public static final Property quote = property("quote");

    /** True for a direct quote, false for reported speech. */
    public static final Property direct = property("direct");

    /** The lemma of the word that introduces the statement (say, write, add, allege, accuse, according to). */
    public static final Property cue = property("cue");

    /** Where or how the statement was made (Twitter, an interview with a broadcaster, a press conference). */
    public static final Property medium = property("medium");

    /** An entity the statement is about. */
    public static final Property about = property("about");

    /** The entity a statement accuses, criticises or addresses. */
    public static final Property target = property("target");

    /** The mention holding the quoted or reported content. */
    public static final Property contentSpan = property("contentSpan");

    /** The mention naming the speaker in the text, possibly a pronoun or a description. */
    public static final Property sourceSpan = property("sourceSpan");

    /** The mention of the cue words ("wrote", "according to"). */
    public static final Property cueSpan = property("cueSpan");

    /** The entity that carries out the event (PLOVER source actor). */
    public static final Property actor = property("actor");

    /** The entity the event is directed at (PLOVER target actor). */
    public static final Property recipient = property("recipient");

    /** An amount involved in the event, with schema:value and schema:unitText. */
    public static final Property quantity = property("quantity");

    /** The mention of the word or phrase that signals the event. */
    public static final Property triggerSpan = property("triggerSpan");

    /** The PLOVER mode of the event (e.g. CONSULT: phone; MOBILIZE: troops). */
    public static final Property mode = property("mode");

    /** How the article presents an event that it does not report as fact: "hypothetical" for future, intended, conditional or possible events ("will impose", "threatened to quit", "could be deployed"). Absent for events reported as having happened; events reported as not having happened are not in the graph. */
    public static final Property modality = property("modality");

    /** The statement that makes or reports this event (an accusation made in a quote). */
    public static final Property statement = property("statement");

    /** The country an adjectival mention ("Polish") or a government refers to. */
    public static final Property nationality = property("nationality");

    /** The country whose government or authorities this actor is. */
    public static final Property governmentOf = property("governmentOf");

    /** The article in which a role or other fact was stated. */
    public static final Property statedIn = property("statedIn");

    /** How sure the extractor is of a statement, event, mention or link, from 0 to 1. */
    public static final Property confidence = property("confidence");

    /** schema.org terms used by the graph. */
    public static final class Schema {
        public static final String NS = "http://schema.org/";
        public static final Resource NewsArticle = r("NewsArticle");
        public static final Resource Person = r("Person");
        public static final Resource Organization = r("Organization");
        public static final Resource GovernmentOrganization = r("GovernmentOrganization");
        public static final Resource Country = r("Country");
        public static final Resource City = r("City");
        public static final Resource Place = r("Place");
        public static final Property headline = p("headline");
        public static final Property description = p("description");
        public static final Property datePublished = p("datePublished");
        public static final Property dateModified = p("dateModified");
        public static final Property url = p("url");
        public static final Property author = p("author");
        public static final Property publisher = p("publisher");
        public static final Property name = p("name");
        public static final Property alternateName = p("alternateName");
        public static final Property inLanguage = p("inLanguage");
        public static final Property identifier = p("identifier");
        public static final Property articleSection = p("articleSection");
        public static final Property value = p("value");
        public static final Property unitText = p("unitText");
        public static final Property latitude = p("latitude");
        public static final Property longitude = p("longitude");
        public static final Property containedInPlace = p("containedInPlace");
        public static final Property population = p("population");

        private Schema() {
        }

        private static Resource r(String local) {
            return ResourceFactory.createResource(NS + local);
        }

        private static Property p(String local) {
            return ResourceFactory.createProperty(NS + local);
        }
    }

    /** NIF core terms: texts and offsets. */
    public static final class Nif {
        public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
        public static final Resource Context = ResourceFactory.createResource(NS + "Context");
        public static final Resource Phrase = ResourceFactory.createResource(NS + "Phrase");
        public static final Property isString = ResourceFactory.createProperty(NS + "isString");
        public static final Property referenceContext = ResourceFactory.createProperty(NS + "referenceContext");
        public static final Property beginIndex = ResourceFactory.createProperty(NS + "beginIndex");
        public static final Property endIndex = ResourceFactory.createProperty(NS + "endIndex");
        public static final Property anchorOf = ResourceFactory.createProperty(NS + "anchorOf");

        private Nif() {
        }
    }

    /** ITS 2.0 RDF: the entity a mention refers to. */
    public static final class Its {
        public static final String NS = "http://www.w3.org/2005/11/its/rdf#";
        public static final Property taIdentRef = ResourceFactory.createProperty(NS + "taIdentRef");

        private Its() {
        }
    }

    /** Simple Event Model. */
    public static final class Sem {
        public static final String NS = "http://semanticweb.cs.vu.nl/2009/11/sem/";
        public static final Resource Event = ResourceFactory.createResource(NS + "Event");
        public static final Property eventType = ResourceFactory.createProperty(NS + "eventType");
        public static final Property hasPlace = ResourceFactory.createProperty(NS + "hasPlace");
        public static final Property hasTimeStamp = ResourceFactory.createProperty(NS + "hasTimeStamp");

        private Sem() {
        }
    }

    /** W3C Organization ontology: posts and who holds them. */
    public static final class Org {
        public static final String NS = "http://www.w3.org/ns/org#";
        public static final Resource Post = ResourceFactory.createResource(NS + "Post");
        public static final Property heldBy = ResourceFactory.createProperty(NS + "heldBy");
        public static final Property postIn = ResourceFactory.createProperty(NS + "postIn");

        private Org() {
        }
    }

    /** PROV-O. */
    public static final class Prov {
        public static final String NS = "http://www.w3.org/ns/prov#";
        public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");

        private Prov() {
        }
    }

    /** GeoSPARQL. */
    public static final class Geo {
        public static final String NS = "http://www.opengis.net/ont/geosparql#";
        public static final Property hasGeometry = ResourceFactory.createProperty(NS + "hasGeometry");
        public static final Property asWKT = ResourceFactory.createProperty(NS + "asWKT");
        public static final String wktLiteral = NS + "wktLiteral";

        private Geo() {
        }
    }
}
