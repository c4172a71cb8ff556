package org.newsgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Options shared by the commands that use the store. The default store is {@code $NEWSGRAPH_STORE}, else
 * {@code $XDG_DATA_HOME/newsgraph/store}, else {@code ~/.local/share/newsgraph/store}.
 */
final class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store directory (default: ${DEFAULT-VALUE}).",
            defaultValue = "${env:NEWSGRAPH_STORE:-${env:XDG_DATA_HOME:-${sys:user.home}/.local/share}/newsgraph/store}")
    Path store;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces and details of failures.")
    boolean verbose;
}
