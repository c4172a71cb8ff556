package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventAgreementTest {

    @TempDir
    Path dir;

    private Path file(String name, String... lines) throws Exception {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    private static String line(String id, String text, String events) {
        return "{\"id\": \"" + id + "\", \"date\": \"2006-01-01\", \"text\": \"" + text + "\", \"events\": [" + events + "]}";
    }

    @Test
    void countsCategoryAndArgumentAgreementOverSharedSentences() throws Exception {
        String attack = "{\"category\": \"ASSAULT\", \"actor\": [\"Israeli troops\", \"troops\"], \"recipient\": [\"Gaza\"], \"time\": null}";
        String attackOtherActor = "{\"category\": \"ASSAULT\", \"actor\": [\"Hamas\"], \"recipient\": [\"Gaza\"], \"time\": null}";
        String talks = "{\"category\": \"CONSULT\", \"actor\": [\"Hu\"], \"recipient\": [\"Putin\"], \"time\": null}";
        String talksSwapped = "{\"category\": \"CONSULT\", \"actor\": [\"Putin\"], \"recipient\": [\"Hu Jintao\", \"Hu\"], \"time\": null}";
        Path a = file("a.jsonl", line("1", "s1", attack), line("2", "s2", talks), line("3", "s3", ""), line("4", "only in a", talks));
        Path b = file("b.jsonl", line("1", "s1", attackOtherActor), line("2", "s2", talksSwapped + ", " + attack), line("3", "s3", ""));

        EventAgreement.Result r = EventAgreement.compare(a, b);

        assertEquals(3, r.sentences());
        assertEquals(new EventScorer.Measure(3, 2, 2), r.category());
        assertEquals(new EventScorer.Measure(3, 2, 1), r.arguments()); // the swapped meeting agrees, the attack's actor does not
        assertTrue(r.differences().stream().anyMatch(d -> d.startsWith("SECOND") && d.contains("ASSAULT")));
    }

    @Test
    void absentNamesAgreeOnlyWithAbsentNames() {
        assertTrue(EventAgreement.same(null, null));
        assertTrue(!EventAgreement.same(null, java.util.List.of("police")));
        assertTrue(EventAgreement.same(java.util.List.of("the police"), java.util.List.of("police", "Vietnamese police")));
    }
}
