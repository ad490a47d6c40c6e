package plaza.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** Every command's help renders without picocli format warnings, and prints what the option defaults are. */
class HelpTextTest {

    @Test
    void everyCommandsHelpRendersCleanly() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        StringBuilder help = new StringBuilder();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            render(PlazaCli.commandLine(), help);
        } finally {
            System.setErr(err);
        }
        String warnings = captured.toString(StandardCharsets.UTF_8);
        assertFalse(warnings.contains("Could not format"), warnings);
        String text = help.toString().replaceAll("\\s+", " ");
        assertTrue(text.contains("(default: headline " + PrecisionOptions.HEADLINE_DEFAULT + ", compare off)"), "the --precision default as printed");
        assertFalse(text.contains("%%"), "no doubled percent sign reaches the user");
    }

    private static void render(CommandLine line, StringBuilder help) {
        help.append(line.getUsageMessage());
        for (CommandLine sub : line.getSubcommands().values()) {
            render(sub, help);
        }
    }
}
