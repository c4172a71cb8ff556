package org.newsgraph.extract.authority;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Token;

/** Loading and matching stay fast; bounds are loose so a busy machine does not fail the build. */
class GazetteerSpeedTest {

    private static final String PARAGRAPH = "Polish President Andrzej Duda spoke with NATO Secretary-General Jens "
            + "Stoltenberg in Brussels on Tuesday, a spokesman said. The U.S. and the European Union urged Russia to "
            + "withdraw its troops from Ukraine, while Chinese Foreign Minister Wang Yi met his counterpart in "
            + "New York City. Thousands of people gathered in Warsaw and Minsk as the G7 prepared a statement. ";

    @Test
    void loadsAndMatchesQuickly() {
        long t0 = System.nanoTime();
        Authority authority = Authority.load();
        long t1 = System.nanoTime();
        Gazetteer gazetteer = new Gazetteer(authority);
        long t2 = System.nanoTime();
        List<Token> tokens = SimpleTokens.of(PARAGRAPH.repeat(7));
        int matches = 0;
        for (int i = 0; i < 200; i++) {
            matches += gazetteer.find(tokens).size();
        }
        int runs = 1000;
        long t3 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            matches += gazetteer.find(tokens).size();
        }
        long t4 = System.nanoTime();
        double perArticleMs = (t4 - t3) / 1e6 / runs;
        System.out.printf("authority load %.0f ms, gazetteer build %.0f ms, %d tokens matched in %.3f ms (%d matches)%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, tokens.size(), perArticleMs, matches / (runs + 200));
        assertTrue(perArticleMs < 20, "matching took " + perArticleMs + " ms");
        assertTrue((t1 - t0) / 1e9 < 10, "loading took " + (t1 - t0) / 1e9 + " s");
    }
}
