package org.newsgraph.cli;

import org.newsgraph.ingest.web.FetchConfig;
import picocli.CommandLine.Option;

/** The {@code --timeout} option of the commands that may fetch URLs, and the fetch settings it makes. */
final class FetchTimeout {

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Time allowed for fetching one URL (default: ${DEFAULT-VALUE}).")
    int seconds;

    /** The default fetch settings with this timeout; a usage error when it is under one second. */
    FetchConfig config() {
        if (seconds < 1) {
            throw new UserException("--timeout must be at least 1 second", true);
        }
        return FetchConfig.defaults().withTimeout(java.time.Duration.ofSeconds(seconds));
    }
}
