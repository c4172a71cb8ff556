package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EvalCommandTest {

    @Test
    void unknownSetIsAUsageError() {
        Cli r = Cli.run("eval", "nosuchset");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("sets: timebank, polnear, html, geo, meantime, events, events-agreement, events-train, events-args-train, meantime-times"), r.err());
    }

    @Test
    void missingDataDirectoryIsAClearFailure() {
        Cli r = Cli.run("eval", "timebank", "no/such/dir");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("no/such/dir: no such directory"), r.err());
    }

    @Test
    void scorerOptionsArePassedOnNotRefused() {
        Cli r = Cli.run("eval", "timebank", "no/such/dir", "--errors");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("no/such/dir: no such directory"), r.err());
    }
}
