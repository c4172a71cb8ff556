package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The trigger table's format: rules, continuation lines, word lists and mode refinements. */
class TriggerTableTest {

    @Test
    void ruleLineGivesCategoryModeKindNeedAndPattern() {
        TriggerTable t = TriggerTable.parse(List.of("# a comment", "", "ASSAULT  firearms  verb  ACTOR  ^open/V fire"));
        Triggers.Rule r = t.rules().get(0);
        assertEquals("ASSAULT", r.category());
        assertEquals("firearms", r.mode());
        assertEquals(Triggers.Need.ACTOR, r.need());
        assertTrue(!r.nominal());
        assertEquals(java.util.Set.of("open"), r.pattern().firstWords());
    }

    @Test
    void dashMeansNoModeAndNoNeed() {
        Triggers.Rule r = TriggerTable.parse(List.of("PROTEST - noun - hunger ^strike")).rules().get(0);
        assertNull(r.mode());
        assertEquals(Triggers.Need.NOTHING, r.need());
        assertTrue(r.nominal());
    }

    @Test
    void indentedLinesContinueThePatternAndWordListsExpand() {
        TriggerTable t = TriggerTable.parse(List.of(
                "define PRISONERS prisoner|hostage", "    |detainee",
                "RETREAT release verb - ^release/V ~4 $PRISONERS", "    |captive"));
        assertEquals(java.util.Set.of("prisoner", "hostage", "detainee"), t.words("PRISONERS"));
        assertEquals(1, t.rules().size());
    }

    @Test
    void refinementsMapWordsToModes() {
        TriggerTable t = TriggerTable.parse(List.of("refine AID humanitarian food|relief"));
        assertEquals("humanitarian", t.refinements("AID").get("relief"));
        assertTrue(t.refinements("SANCTION").isEmpty());
    }

    @Test
    void malformedLineIsReportedWithItsNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TriggerTable.parse(List.of("# header", "ASSAULT firearms sometimes - ^shoot/V")));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TriggerTable.parse(List.of("AID - verb - ^give/V $UNDEFINED")));
    }

    @Test
    void shippedTableLoads() {
        TriggerTable t = TriggerTable.load();
        assertTrue(t.rules().size() > 150, "rules: " + t.rules().size());
        assertTrue(t.words("FORCES").contains("troops"));
    }

    /** A mode the table gives becomes the event's PLOVER mode concept: it must exist in the scheme. */
    @Test
    void everyModeTheShippedTableGivesIsInThePloverScheme() throws Exception {
        String scheme = java.nio.file.Files.readString(java.nio.file.Path.of("ontology/plover.ttl"));
        TriggerTable t = TriggerTable.load();
        java.util.Set<String> modes = new java.util.TreeSet<>();
        for (Triggers.Rule r : t.rules()) {
            if (r.mode() != null && !r.category().equals("NONE")) {
                modes.add(r.category() + "-" + r.mode());
            }
            t.refinements(r.category()).values().forEach(m -> modes.add(r.category() + "-" + m));
        }
        java.util.List<String> missing = modes.stream()
                .filter(m -> !scheme.contains("plover:" + m + " a skos:Concept") && !scheme.contains("ngev:" + m + " a skos:Concept")).toList();
        assertTrue(missing.isEmpty(), "modes missing from ontology/plover.ttl: " + missing);
    }
}
