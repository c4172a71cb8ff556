package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class NSTest {

    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/newsgraph.ttl");

    @Test
    void everyConstantIsDeclaredInTheOntologyAndViceVersa() throws IllegalAccessException {
        Set<String> inCode = new TreeSet<>();
        for (Field f : NS.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                inCode.add(((Resource) f.get(null)).getURI());
            }
        }
        Set<String> inOntology = new TreeSet<>();
        ONTOLOGY.listSubjects().forEach(s -> {
            if (s.isURIResource() && s.getURI().startsWith(NS.NG)) {
                inOntology.add(s.getURI());
            }
        });
        assertEquals(inOntology, inCode);
    }

    @Test
    void everyTermHasLabelCommentAndType() {
        ONTOLOGY.listSubjects().forEach(s -> {
            if (s.isURIResource() && s.getURI().startsWith(NS.NG)) {
                assertTrue(s.hasProperty(RDFS.label), s + " has no rdfs:label");
                assertTrue(s.hasProperty(RDFS.comment), s + " has no rdfs:comment");
                assertTrue(s.hasProperty(RDF.type, OWL.Class) || s.hasProperty(RDF.type, OWL.ObjectProperty)
                        || s.hasProperty(RDF.type, OWL.DatatypeProperty), s + " is neither class nor property");
            }
        });
    }

    @Test
    void shapesParse() {
        assertTrue(RDFDataMgr.loadModel("ontology/shapes.ttl").size() > 20);
    }
}
