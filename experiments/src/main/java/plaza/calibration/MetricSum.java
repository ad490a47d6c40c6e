package plaza.calibration;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import plaza.output.Metric;
import plaza.params.InputException;

/**
 * A signed sum of output columns, written {@code dto_revenue_usd-dto_revenue_extortion_usd}: drug
 * revenue is gross revenue less extortion, and the targets table says so in one cell.
 *
 * @param metrics the columns
 * @param signs   +1 or -1 for each column
 */
record MetricSum(List<Metric> metrics, List<Integer> signs) {

    static MetricSum parse(String text, String where) {
        List<Metric> metrics = new ArrayList<>();
        List<Integer> signs = new ArrayList<>();
        int sign = 1;
        StringBuilder name = new StringBuilder();
        String t = text.replace(" ", "");
        for (int i = 0; i <= t.length(); i++) {
            char c = i < t.length() ? t.charAt(i) : '+';
            if (c == '+' || c == '-') {
                Metric m = Metric.byColumn(name.toString());
                if (m == null) {
                    throw new InputException(where + ": unknown output column '" + name + "' in '" + text
                            + "'; columns are those of timeseries.csv (see plaza.output.Metric)");
                }
                metrics.add(m);
                signs.add(sign);
                sign = c == '-' ? -1 : 1;
                name.setLength(0);
            } else {
                name.append(c);
            }
        }
        return new MetricSum(List.copyOf(metrics), List.copyOf(signs));
    }

    double value(TargetStatistics run, YearMonth month) {
        double v = 0;
        for (int i = 0; i < metrics.size(); i++) {
            v += signs.get(i) * run.value(metrics.get(i), month);
        }
        return v;
    }
}
