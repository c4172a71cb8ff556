package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Token;

class SportTest {

    /** Tokens with the word as lemma and a neutral tag: enough for the word cues. */
    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            out.add(new Token(out.size(), at, at + w.length(), w, "NN", w.toLowerCase(), "O"));
            at += w.length() + 1;
        }
        return out;
    }

    @Test
    void aGameScoreMakesSport() {
        assertTrue(Sport.context(tokens("Nadal beat Federer 6-4 in Paris")));
    }

    @Test
    void aStrongSportWordMakesSport() {
        assertTrue(Sport.context(tokens("the striker attacked down the left")));
    }

    @Test
    void aCricketRoleMakesSport() {
        assertTrue(Sport.context(tokens("Australia have named seamer Nathan Bracken in their bowling attack")));
    }

    @Test
    void oneWeakWordDoesNotMakeSport() {
        assertFalse(Sport.context(tokens("FIFA threatened to suspend funding to the national football program")));
    }

    @Test
    void capitalisedNamesAndYearRangesAreNotSport() {
        assertFalse(Sport.context(tokens("the Arab League condemned the 1998-2000 attacks")));
    }
}
