package org.newsgraph.link.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.link.EntityKind;

class CandidateScorerTest {

    private final CandidateScorer scorer = new CandidateScorer();

    private static Candidate person(String label, String description) {
        return new Candidate("Q1", label, description, List.of(), Set.of("Q5"));
    }

    @Test
    void sameNameUpToCaseAndDiacriticsIsFullSimilarity() {
        assertEquals(1.0, CandidateScorer.nameSimilarity("Lech Walesa", person("Lech Wałęsa", "")));
    }

    @Test
    void aliasCountsAsName() {
        Candidate c = new Candidate("Q1", "Alexander Lukashenko", "", List.of("Aliaksandr Lukashenka"), Set.of("Q5"));
        assertEquals(1.0, CandidateScorer.nameSimilarity("Aliaksandr Lukashenka", c));
    }

    @Test
    void surnameAloneIsPartialSimilarity() {
        double s = CandidateScorer.nameSimilarity("Stoltenberg", person("Jens Stoltenberg", ""));
        assertTrue(s > 0.5 && s < 1, "similarity " + s);
    }

    @Test
    void nonHumanScoresZeroForAPerson() {
        Candidate c = new Candidate("Q1", "Wawrzyk", "family name", List.of(), Set.of("Q101352"));
        assertEquals(0, scorer.score(EntityKind.PERSON, "Wawrzyk", Set.of(), c).score());
    }

    @Test
    void humanScoresZeroForAnOrganisation() {
        assertEquals(0, scorer.score(EntityKind.ORGANISATION, "Baltic Board", Set.of(), person("Baltic Board", "")).score());
    }

    @Test
    void unknownClassIsWeakerThanAnOrganisationClass() {
        Candidate known = new Candidate("Q1", "X Group", "", List.of(), Set.of("Q4830453"));
        Candidate other = new Candidate("Q2", "X Group", "", List.of(), Set.of("Q123456789"));
        assertTrue(CandidateScorer.type(EntityKind.ORGANISATION, known) > CandidateScorer.type(EntityKind.ORGANISATION, other));
    }

    @Test
    void descriptionWordsInContextRaiseTheScore() {
        Candidate c = person("Piotr Wawrzyk", "Polish politician");
        double without = scorer.score(EntityKind.PERSON, "Piotr Wawrzyk", Set.of("deputy", "minister"), c).score();
        double with = scorer.score(EntityKind.PERSON, "Piotr Wawrzyk", Set.of("polish", "minister"), c).score();
        assertTrue(with > without, with + " vs " + without);
    }

    @Test
    void ownNameInDescriptionIsNoContext() {
        Candidate c = person("Anna Nowak", "wife of Jan Nowak");
        assertEquals(0, scorer.score(EntityKind.PERSON, "Anna Nowak", Set.of("nowak", "anna"), c).context());
    }

    @Test
    void longerFormOfAWordMatches() {
        assertTrue(CandidateScorer.sameWord("president", "presidential"));
        assertTrue(!CandidateScorer.sameWord("pol", "polish"));
    }
}
