package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.event.Categories;

class PloverSchemeTest {

    private static final Model PLOVER = RDFDataMgr.loadModel("ontology/plover.ttl");

    private static Resource concept(String local) {
        return PLOVER.createResource(NS.PLOVER + local);
    }

    @Test
    void hasTheSixteenCategoriesWithNotationDefinitionAndCameoMatch() {
        Set<String> notations = new TreeSet<>();
        for (String c : Categories.PLOVER) {
            Resource r = concept(c);
            assertTrue(r.hasProperty(SKOS.notation, c), c + " has no notation");
            assertTrue(r.hasProperty(SKOS.definition), c + " has no definition");
            assertTrue(r.hasProperty(SKOS.closeMatch), c + " has no CAMEO close match");
            r.listProperties(SKOS.closeMatch).forEach(s -> assertTrue(
                    s.getResource().getURI().startsWith("https://w3id.org/newsgraph/cameo#")
                            && s.getResource().hasProperty(SKOS.notation), c + " matches an unknown CAMEO code"));
            notations.add(r.getProperty(SKOS.notation).getString());
        }
        assertEquals(16, notations.size());
    }

    @Test
    void everyCategoryIsCooperationOrConflictAsCategoriesSays() {
        for (String c : Categories.PLOVER) {
            Resource group = concept(c).getPropertyResourceValue(SKOS.broader);
            assertEquals(Categories.grouping(c), group.getProperty(SKOS.prefLabel).getString(), c);
        }
    }

    @Test
    void modesTheFinderUsesAreNarrowerConceptsOfTheirCategory() {
        for (String[] m : List.of(new String[] {"CONSULT", "phone"}, new String[] {"MOBILIZE", "troops"},
                new String[] {"MOBILIZE", "police"}, new String[] {"ASSAULT", "aerial"}, new String[] {"COERCE", "arrest"})) {
            Resource mode = concept(m[0] + "-" + m[1]);
            assertTrue(mode.hasProperty(SKOS.notation, m[1]), m[0] + "-" + m[1] + " missing");
            assertTrue(mode.hasProperty(SKOS.broader, concept(m[0])));
            assertTrue(concept(m[0]).hasProperty(SKOS.narrower, mode));
        }
    }
}
