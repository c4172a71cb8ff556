package org.newsgraph.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Token;

class GendersTest {

    private static Token t(int i, String word, String ner) {
        return new Token(i, i * 10, i * 10 + word.length(), word, "NNP", word, ner);
    }

    @Test
    void honorificDecides() {
        List<Token> toks = List.of(t(0, "Mrs.", "O"), t(1, "Jones", "PERSON"));
        assertEquals(Genders.Gender.FEMALE, Genders.of(toks, 1, 2));
    }

    @Test
    void givenNameDecides() {
        List<Token> toks = List.of(t(0, "Donald", "PERSON"), t(1, "Trump", "PERSON"));
        assertEquals(Genders.Gender.MALE, Genders.of(toks, 0, 2));
    }

    @Test
    void surnameAloneIsUnknown() {
        List<Token> toks = List.of(t(0, "Clinton", "PERSON"));
        assertEquals(Genders.Gender.UNKNOWN, Genders.of(toks, 0, 1));
    }
}
