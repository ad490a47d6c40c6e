package plaza.gui;

import java.time.YearMonth;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

import javax.swing.SwingUtilities;

import plaza.output.RunListener;

/**
 * Passes each month a model records to the charts on the Swing thread, while that model is still the
 * one shown: a run replaced since (restarted, or a baseline whose comparison was switched off) must not draw.
 */
final class ChartFeed implements RunListener {

    private final BooleanSupplier shown;
    private final BiConsumer<YearMonth, double[]> draw;

    /** {@code shown}: asked on the Swing thread whether the model still draws; {@code draw}: what it draws. */
    ChartFeed(BooleanSupplier shown, BiConsumer<YearMonth, double[]> draw) {
        this.shown = shown;
        this.draw = draw;
    }

    @Override
    public void month(YearMonth month, double[] values) {
        double[] row = values.clone();
        SwingUtilities.invokeLater(() -> {
            if (shown.getAsBoolean()) {
                draw.accept(month, row);
            }
        });
    }
}
