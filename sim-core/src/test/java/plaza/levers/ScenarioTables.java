package plaza.levers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import plaza.output.Metric;
import plaza.params.Parameter;
import plaza.params.ParameterCatalog;
import plaza.params.ParameterValues;
import plaza.scenario.Scenario;
import plaza.scenario.ScenarioLibrary;
import plaza.testing.AnnualTotals;

/**
 * Writes the two tables of {@code scenarios/README.md} as markdown: the levers (from the catalog)
 * and the headline effect of each scenario (from runs with common random numbers). Run through
 * {@link ScenarioTablesPrinter}; {@link ReadmeTest} checks the lever table has not gone stale.
 */
final class ScenarioTables {

    /** Outcomes of the scenario table: cumulative totals from 2007 to the end year. */
    static final Metric[] OUTCOMES = {Metric.HOMICIDES, Metric.DTO_REVENUE_USD, Metric.TONS_DELIVERED};
    static final int[] BY_YEARS = {2012, 2020};

    private ScenarioTables() {}

    /** Every lever in catalog order: name, unit, range, baseline default, description. */
    static String leverTable() {
        StringBuilder sb = new StringBuilder();
        sb.append("| lever | unit | range | default | what it does |\n|---|---|---|---|---|\n");
        for (Parameter p : ParameterCatalog.all()) {
            if (p.role() != Parameter.Role.LEVER) {
                continue;
            }
            sb.append("| `").append(p.name()).append("` | ").append(p.unit()).append(" | ")
                    .append(Parameter.format(p.min())).append(" to ").append(Parameter.format(p.max())).append(" | ")
                    .append(Parameter.format(p.defaultValue())).append(" | ").append(p.description().replace("|", "/"))
                    .append(" |\n");
        }
        return sb.toString();
    }

    /**
     * The effect of every scenario on cumulative homicides, DTO revenue and tons delivered from 2007
     * to each end year, as the mean over seeds 1..n of (scenario - baseline) with the same seed, in
     * percent of the baseline mean, with the standard error of that mean.
     */
    static String effectTable(ScenarioLibrary lib, int seeds) {
        return effectTable(lib, seeds, lib.names());
    }

    /** The effect table for the named scenarios only (rows in the order given), e.g. rows added since the last full run. */
    static String effectTable(ScenarioLibrary lib, int seeds, List<String> names) {
        ParameterValues base = lib.load(ScenarioLibrary.BASELINE).values();
        int last = BY_YEARS[BY_YEARS.length - 1];
        List<AnnualTotals> baseRuns = new ArrayList<>();
        for (long seed = 1; seed <= seeds; seed++) {
            baseRuns.add(LeverRuns.run(base, seed, last));
        }
        StringBuilder sb = new StringBuilder("| scenario | what it changes |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (Metric m : OUTCOMES) {
            for (int y : BY_YEARS) {
                sb.append(' ').append(m.column()).append(" by ").append(y).append(" |");
                rule.append("---|");
            }
        }
        sb.append('\n').append(rule).append('\n');
        for (String name : names) {
            if (name.equals(ScenarioLibrary.BASELINE)) {
                continue;
            }
            Scenario s = lib.load(name);
            List<AnnualTotals> runs = new ArrayList<>();
            for (long seed = 1; seed <= seeds; seed++) {
                runs.add(LeverRuns.run(s.values(), seed, last));
            }
            sb.append("| ").append(name).append(" | ").append(s.description().replace("|", "/")).append(" |");
            for (Metric m : OUTCOMES) {
                for (int y : BY_YEARS) {
                    sb.append(' ').append(effect(baseRuns, runs, m, y)).append(" |");
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String effect(List<AnnualTotals> base, List<AnnualTotals> alt, Metric m, int year) {
        int n = base.size();
        double[] d = new double[n];
        double level = 0;
        double mean = 0;
        for (int i = 0; i < n; i++) {
            double b = base.get(i).sum(m, 2007, year);
            d[i] = alt.get(i).sum(m, 2007, year) - b;
            level += b / n;
            mean += d[i] / n;
        }
        double ss = 0;
        for (double x : d) {
            ss += (x - mean) * (x - mean);
        }
        double se = n > 1 ? Math.sqrt(ss / (n - 1) / n) : Double.NaN;
        return String.format(Locale.ROOT, "%+.1f%% ± %.1f", 100 * mean / level, 100 * se / level);
    }
}
