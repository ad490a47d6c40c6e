package plaza.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

import picocli.CommandLine.Command;
import picocli.CommandLine;
import plaza.params.InputException;

/**
 * The {@code plaza} command line. Exit codes: 0 success, 1 internal failure (or, for batch, some
 * runs failed), 2 bad input (unknown name, value out of range, malformed file, missing scenario).
 */
@Command(name = "plaza", mixinStandardHelpOptions = true, versionProvider = PlazaCli.Version.class,
        description = "Agent-based policy simulation of the U.S.-Mexico drug trade (MASON).",
        subcommands = {HeadlineCommand.class, RunCommand.class, RerunCommand.class, ScenariosCommand.class, BenchCommand.class, CommandLine.HelpCommand.class,
                BatchCommand.class, CompareCommand.class, ChartCommand.class, ValidateCommand.class, EnsembleCommand.class, CalibrateCommand.class,
                GuiCommand.class, SelectCommand.class, EventStudyCommand.class, picocli.AutoComplete.GenerateCompletion.class},
        footer = {"", "Exit codes: 0 success, 1 internal or input/output failure (with the path and the system's reason), 2 bad input (including an --out that cannot be a directory)."})
public final class PlazaCli implements Runnable {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    /** {@code --version}: the release and the commit the code was built from. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Plaza 0.1.0 (commit " + plaza.io.CodeVersion.get() + ")", "Java " + System.getProperty("java.version")};
        }
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** Builds the command line with Plaza's exit-code mapping. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new PlazaCli());
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            Throwable cause = ex;
            while (cause.getCause() != null && !(cause instanceof InputException)) {
                cause = cause.getCause();
            }
            if (cause instanceof InputException) {
                line.getErr().println("plaza: error: " + cause.getMessage());
                return BAD_INPUT;
            }
            for (Throwable c = ex; c != null; c = c.getCause()) {
                if (c instanceof OutOfMemoryError) {
                    line.getErr().println("plaza: error: out of memory; give the JVM more with PLAZA_JAVA_OPTS=-Xmx4g,"
                            + " or use a coarser --scale or a smaller batch");
                    return FAILURE;
                }
                if (c instanceof RunFailedException || c instanceof plaza.output.NonFiniteOutputException) {
                    line.getErr().println("plaza: error: run failed: " + c.getMessage());
                    return FAILURE;
                }
            }
            // an I/O failure: the path and the system's reason, no stack trace (exit 1)
            for (Throwable c = ex; c != null; c = c.getCause()) {
                if (c instanceof UncheckedIOException) {
                    line.getErr().println("plaza: error: " + c.getMessage());
                    return FAILURE;
                }
                if (c instanceof java.io.IOException io) {
                    line.getErr().println("plaza: error: input/output failure: " + plaza.io.IoErrors.reason(io));
                    return FAILURE;
                }
            }
            line.getErr().println("plaza: internal error: " + ex);
            ex.printStackTrace(new PrintWriter(line.getErr(), true));
            return FAILURE;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("plaza: error: " + ex.getMessage());
            if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
                // "Did you mean: batch?" for a misspelled command or option
                java.util.List<String> near = unmatched.getSuggestions();
                if (!near.isEmpty()) {
                    ex.getCommandLine().getErr().println("Did you mean: " + String.join(" or ", near.subList(0, Math.min(3, near.size()))) + "?");
                }
            }
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return BAD_INPUT;
        });
        return cl;
    }

    public static void main(String[] args) {
        int code;
        try {
            code = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("plaza: error: out of memory (" + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB); give the JVM more with PLAZA_JAVA_OPTS=-Xmx4g, or use a coarser --scale or a smaller batch");
            code = FAILURE;
        }
        System.exit(code);
    }
}
