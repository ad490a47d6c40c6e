package plaza.calibration;

import java.time.YearMonth;
import java.util.Locale;

import plaza.funding.MeridaInitiative;
import plaza.params.ParameterValues;

/**
 * One in-sample target: a statistic of a run (or of the funding inputs), the range the reports
 * allow, and where the figure comes from. The model passes a target when its mean over seeds lies
 * in [low, high] and at least half of the runs do ({@link Evaluation#passed}). Bounds may be relative to a parameter ({@code 0.85*market.dto_gross_revenue...})
 * so that choosing an alternative figure for a disputed input moves the target with it.
 *
 * @param id        short unique name, as reports print it
 * @param statistic what is computed
 * @param metric    output columns the statistic reads (a sum such as {@code a+b-c}; for
 *                  {@link Statistic#RATIO} a {@code numerator/denominator} pair; for the Merida
 *                  statistics a {@link MeridaInitiative.Category} name or {@code all})
 * @param period    the months (or fiscal years) it covers
 * @param low       lower bound, or unbounded
 * @param high      upper bound, or unbounded
 * @param divideBy  the model's value is divided by this to get the target's unit (1e9 for USD billions)
 * @param unit      the target's unit
 * @param source    report locator(s), {@code file:line}
 * @param note      why the range is as wide as it is
 */
public record Target(String id, Statistic statistic, String metric, TargetPeriod period, Bound low, Bound high,
                     double divideBy, String unit, String source, String note) {

    /** How a target's number is computed. */
    public enum Statistic {
        /** Sum of the metric over the period's months (an annual total when the period is a year). */
        TOTAL,
        /** Total over the period expressed per year (total x 12 / months): an average annual flow. */
        ANNUAL_RATE,
        /** Mean of the monthly values over the period. */
        MEAN,
        /** Largest monthly value in the period. */
        MAX,
        /** Value in the period's single month. */
        VALUE,
        /** Total of the numerator over its period divided by the total of the denominator over its period. */
        RATIO,
        /** Merida appropriations (not deliveries) over fiscal years, USD millions, from the funding inputs. */
        MERIDA_TOTAL,
        /** A category's share of the Merida appropriations over fiscal years. */
        MERIDA_SHARE;

        /** The CSV spelling. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** True for statistics computed from the parameters alone, without a run. */
        public boolean fromInputs() {
            return this == MERIDA_TOTAL || this == MERIDA_SHARE;
        }
    }

    /** True if the statistic reads a plaza's series ({@code column@STATE}), so runs must keep plaza rows. */
    public boolean readsPlazas() {
        if (statistic.fromInputs()) {
            return false;
        }
        for (String side : split(metric)) {
            if (MetricSum.parse(side, id).readsPlazas()) {
                return true;
            }
        }
        return false;
    }

    /** The bounds for these parameter values (relative bounds follow the parameter). */
    public double lowValue(ParameterValues p) {
        return low.value(p, Double.NEGATIVE_INFINITY);
    }

    public double highValue(ParameterValues p) {
        return high.value(p, Double.POSITIVE_INFINITY);
    }

    /** True if a run that ends in {@code until} holds every month this target needs. */
    public boolean evaluableUntil(YearMonth until) {
        return statistic.fromInputs() || !period.lastMonth().isAfter(until);
    }

    /** The statistic for one run, in the target's unit. */
    public double evaluate(TargetStatistics run, ParameterValues p) {
        double v = switch (statistic) {
            case TOTAL -> period.sum(run, MetricSum.parse(metric, id));
            case ANNUAL_RATE -> period.sum(run, MetricSum.parse(metric, id)) * 12 / period.months();
            case MEAN -> period.sum(run, MetricSum.parse(metric, id)) / period.months();
            case MAX -> period.max(run, MetricSum.parse(metric, id));
            case VALUE -> MetricSum.parse(metric, id).value(run, period.from());
            case RATIO -> ratio(run);
            case MERIDA_TOTAL -> merida(p, metric);
            case MERIDA_SHARE -> merida(p, metric) / merida(p, "all");
        };
        return v / divideBy;
    }

    private double ratio(TargetStatistics run) {
        String[] m = split(metric);
        TargetPeriod[] per = period.splitRatio();
        double num = per[0].sum(run, MetricSum.parse(m[0], id));
        double den = per[1].sum(run, MetricSum.parse(m[1], id));
        return num / den;
    }

    /** A ratio's numerator metric (the metric itself for other statistics). */
    String numeratorMetric() {
        return split(metric)[0];
    }

    /** A ratio's denominator: the total of its metric over the denominator's period, in a run. */
    double ratioDenominator(TargetStatistics run) {
        return period.splitRatio()[1].sum(run, MetricSum.parse(split(metric)[1], id));
    }

    private static String[] split(String pair) {
        int slash = pair.indexOf('/');
        return slash < 0 ? new String[] {pair, pair}
                : new String[] {pair.substring(0, slash).trim(), pair.substring(slash + 1).trim()};
    }

    private double merida(ParameterValues p, String category) {
        double total = 0;
        for (int fy = period.from().getYear(); fy <= period.to().getYear(); fy++) {
            double[] byCategory = MeridaInitiative.appropriation(fy, p);
            if (category.equals("all")) {
                for (double c : byCategory) {
                    total += c;
                }
            } else {
                total += byCategory[MeridaInitiative.Category.valueOf(category.toUpperCase(Locale.ROOT)).ordinal()];
            }
        }
        return total;
    }

    /** The range as text, with relative bounds resolved for these values. */
    public String rangeText(ParameterValues p) {
        double lo = lowValue(p);
        double hi = highValue(p);
        if (Double.isInfinite(hi)) {
            return ">= " + shown(lo);
        }
        if (Double.isInfinite(lo)) {
            return "<= " + shown(hi);
        }
        return shown(lo) + " to " + shown(hi);
    }

    /** A bound as a reader reads it: 12 significant digits, so 0.85 x 6.5 shows as 5.525, not 5.5249999999999995. */
    static String shown(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(12)).stripTrailingZeros().toPlainString();
    }
}
