package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsgraph} command. */
@Command(name = "newsgraph",
        mixinStandardHelpOptions = true,
        versionProvider = App.VersionProvider.class,
        description = "Turns news articles into a knowledge graph of who did and said what, to whom, where and when.",
        subcommands = {IngestCommand.class, QueryCommand.class, ExportCommand.class, ServeCommand.class,
            ValidateCommand.class, DeleteCommand.class, StatsCommand.class, BenchCommand.class, EvalCommand.class, ExtractTextCommand.class,
            CommandLine.HelpCommand.class})
public final class App implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: usage errors exit 2, user-fixable failures exit 1 with a message. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new App());
        cl.setExecutionExceptionHandler(new Errors());
        cl.setExitCodeExceptionMapper(t -> t instanceof CommandLine.ParameterException ? 2 : 1);
        // eval hands options it does not know (--errors, an error file) on to the scorer
        cl.getSubcommands().get("eval").setUnmatchedOptionsArePositionalParams(true);
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed (see newsgraph --help)");
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"newsgraph " + org.newsgraph.pipeline.Version.build()};
        }
    }
}
