package plaza.cli;

import picocli.CommandLine;

/**
 * Registers the subcommands that live in other packages (batch, compare, chart, validate,
 * calibrate, gui) by class name, so each can be added without editing the main command.
 */
final class Extensions {

    private static final String[][] COMMANDS = {
            {"batch", "plaza.batch.BatchCommand"},
            {"compare", "plaza.analysis.CompareCommand"},
            {"chart", "plaza.analysis.ChartCommand"},
            {"validate", "plaza.calibration.ValidateCommand"},
            {"calibrate", "plaza.calibration.CalibrateCommand"},
            {"gui", "plaza.gui.GuiCommand"},
    };

    private Extensions() {}

    static void register(CommandLine cl) {
        for (String[] c : COMMANDS) {
            try {
                Class<?> type = Class.forName(c[1]);
                cl.addSubcommand(c[0], type.getDeclaredConstructor().newInstance());
            } catch (ClassNotFoundException e) {
                // not built into this version
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot create command " + c[1], e);
            }
        }
    }
}
