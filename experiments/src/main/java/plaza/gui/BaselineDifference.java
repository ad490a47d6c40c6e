package plaza.gui;

import java.awt.Color;
import java.awt.Font;
import java.util.Locale;

import javax.swing.BorderFactory;
import javax.swing.JLabel;

/**
 * The running difference from the baseline for the headline measure, on screen above the charts
 * while "Compare with baseline" is on: "Homicides since 2007: +4.2% vs baseline (10,312 vs 9,896)",
 * the run's drug-related homicides summed from January 2007 to the last month both runs have
 * reached, against the same-seed baseline's. Until a lever moves the two runs are identical and
 * it reads +0.0%. Hidden when the comparison is off. Call on the Swing thread.
 */
final class BaselineDifference {

    private final JLabel label = new JLabel(" ");

    BaselineDifference(boolean present) {
        label.setFont(new Font(Font.SANS_SERIF, Font.BOLD, present ? 18 : 12));
        label.setForeground(new Color(40, 40, 40));
        label.setBorder(BorderFactory.createEmptyBorder(2, 8, 2, 8));
        label.setVisible(false);
    }

    JLabel label() {
        return label;
    }

    /** Shows the difference of the run's homicides from the baseline's, month by month from 2007 (null: comparison off). */
    void show(double[] run, double[] baseline) {
        if (baseline == null) {
            label.setVisible(false);
            return;
        }
        label.setText(text(run, baseline));
        label.setVisible(true);
    }

    /** The text shown (for tests). */
    String shown() {
        return label.isVisible() ? label.getText() : "";
    }

    /**
     * "Homicides since 2007: +4.2% vs baseline (10,312 vs 9,896)": the sums over the months both
     * series have; before the first month, or with no baseline homicides, says so instead of a percentage.
     */
    static String text(double[] run, double[] baseline) {
        int months = Math.min(run.length, baseline.length);
        if (months == 0) {
            return "Homicides since 2007 vs baseline: from the first month";
        }
        double r = 0;
        double b = 0;
        for (int i = 0; i < months; i++) {
            r += run[i];
            b += baseline[i];
        }
        String counts = String.format(Locale.ROOT, "(%,.0f vs %,.0f)", r, b);
        if (b <= 0) {
            return "Homicides since 2007: " + counts + " vs baseline";
        }
        return String.format(Locale.ROOT, "Homicides since 2007: %+.1f%% vs baseline ", 100 * (r - b) / b) + counts;
    }
}
