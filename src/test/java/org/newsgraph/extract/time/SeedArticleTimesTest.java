package org.newsgraph.extract.time;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The times and quantities the seed article's EXPECTED.md lists, found in the article itself. */
class SeedArticleTimesTest {

    private static final Path SEED = Path.of("../shared/seed/aa-2021-11-09-nato-backs-poland.txt");

    @Test
    void timesOfTheSeedArticle() throws Exception {
        assumeTrue(Files.isRegularFile(SEED), "../shared/seed is absent");
        List<TimeMention> found = new TimeFinder().find(Files.readString(SEED), LocalDate.of(2021, 11, 9), true);
        Map<String, String> values = found.stream()
                .collect(Collectors.toMap(TimeMention::text, TimeMention::value, (a, b) -> a));
        assertEquals("2021-11-09", values.get("Tuesday"), found::toString);
        assertEquals("2021-11-08", values.get("Monday"), found::toString);
        assertEquals("2021-10", values.get("last month"), found::toString);
        assertEquals("2020", values.get("last year"), found::toString);
        assertEquals("2021-11-09", values.get("09.11.2021"), found::toString);
    }

    @Test
    void quantitiesOfTheSeedArticle() throws Exception {
        assumeTrue(Files.isRegularFile(SEED), "../shared/seed is absent");
        List<String> found = new QuantityFinder().find(Files.readString(SEED)).stream()
                .map(QuantityMention::text).toList();
        assertTrue(found.containsAll(List.of("over 12,000 troops", "over 6,000 migrants", "150")), found::toString);
    }
}
