package plaza.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import plaza.output.Metric;
import plaza.params.InputException;
import plaza.params.NearestNames;

/**
 * Which outcomes a comparison looks at, and how each is summarised over a period: monthly flows
 * (declared {@link plaza.output.Kind#FLOW}) as the period total, stocks, shares and indices as the period mean.
 */
public final class Metrics {

    /** The headline outcomes: violence, the major organizations (those holding a border crossing, 001:455-457), the trade, the organizations' money, justice and the cost of policy. */
    public static final List<Metric> HEADLINE = List.of(
            Metric.HOMICIDES, Metric.BORDER_DTOS, Metric.TONS_DELIVERED, Metric.DTO_REVENUE_USD,
            Metric.DTO_REVENUE_MARIJUANA_USD, Metric.DTO_REVENUE_EXTORTION_USD, Metric.EXTRADITIONS,
            Metric.IMPUNITY_RATE, Metric.TROOPS_DEPLOYED, Metric.TRADE_DELAY_COST_USD, Metric.FUNDING_SPENT_USD,
            Metric.GUNS_TRAFFICKED, Metric.CONVICTIONS);

    private Metrics() {}

    /** Parses a comma-separated list of column names; unknown names get the nearest valid ones. */
    public static List<Metric> parse(List<String> texts) {
        if (texts == null || texts.isEmpty()) {
            return HEADLINE;
        }
        Set<Metric> out = new LinkedHashSet<>();
        for (String text : texts) {
            for (String name : text.split(",")) {
                String n = name.trim().toLowerCase(Locale.ROOT);
                if (n.isEmpty()) {
                    continue;
                }
                Metric m = Metric.byColumn(n);
                if (m == null) {
                    throw new InputException("--metrics: unknown metric '" + plaza.params.NearestNames.echo(name.trim()) + "'; nearest valid names: "
                            + String.join(", ", nearest(n, 3)));
                }
                out.add(m);
            }
        }
        if (out.isEmpty()) {
            throw new InputException("--metrics: no metric named");
        }
        return List.copyOf(out);
    }

    /** True for monthly flows, which are compared as period totals. */
    public static boolean isFlow(Metric m) {
        return m.isFlow();
    }

    /** True for shares (0 to 1), whose differences are reported in percentage points. */
    public static boolean isShare(Metric m) {
        return m.unit().equals("share");
    }

    /**
     * The smallest difference of interest for a metric: a difference below it is negligible whatever
     * its p-value. Either absolute, in the metric's unit, or relative to the baseline's value.
     */
    public record MinimalEffect(double value, boolean relative) {
        public MinimalEffect {
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new InputException("minimal effect " + value + " must be a positive number");
            }
        }

        /** The threshold in the metric's unit, for a baseline value. */
        public double threshold(double baselineValue) {
            return relative ? value * Math.abs(baselineValue) : value;
        }

        /** "1% of the baseline", "0.5 percentage points", "0.01". */
        public String words(Metric m) {
            if (relative) {
                return plaza.params.Parameter.format(100 * value) + "% of the baseline";
            }
            return isShare(m) ? plaza.params.Parameter.format(100 * value) + " percentage points" : plaza.params.Parameter.format(value) + " " + m.unit();
        }

        /** Parses "1%" (relative) or "0.005" (absolute, in the metric's unit), for --min-effect. */
        static MinimalEffect parse(String text, String where) {
            String t = text.trim();
            try {
                return t.endsWith("%") ? new MinimalEffect(Double.parseDouble(t.substring(0, t.length() - 1).trim()) / 100, true)
                        : new MinimalEffect(Double.parseDouble(t), false);
            } catch (NumberFormatException e) {
                throw new InputException(where + "'" + text + "' is not a number; expected e.g. 1% (of the baseline) or 0.005 (in the metric's unit)");
            }
        }
    }

    /**
     * The declared minimal effect of interest of every metric: shares half a percentage point, indices
     * (1995 = 1) 0.01, every count, tonnage and dollar amount 1% of the baseline. Override with
     * {@code plaza compare --min-effect metric=VALUE}.
     */
    public static MinimalEffect minimalEffect(Metric m) {
        if (isShare(m)) {
            return new MinimalEffect(0.005, false);
        }
        if (m.unit().startsWith("index")) {
            return new MinimalEffect(0.01, false);
        }
        return new MinimalEffect(0.01, true);
    }

    /** Parses {@code --min-effect metric=VALUE} overrides. */
    public static java.util.Map<Metric, MinimalEffect> parseMinimalEffects(List<String> texts) {
        java.util.Map<Metric, MinimalEffect> out = new java.util.EnumMap<>(Metric.class);
        for (String text : texts) {
            int eq = text.indexOf('=');
            if (eq <= 0) {
                throw new InputException("--min-effect '" + text + "' is malformed; expected metric=VALUE, e.g. homicides=2%");
            }
            String name = text.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            Metric m = Metric.byColumn(name);
            if (m == null) {
                throw new InputException("--min-effect: unknown metric '" + plaza.params.NearestNames.echo(name) + "'; nearest valid names: " + String.join(", ", nearest(name, 3)));
            }
            out.put(m, MinimalEffect.parse(text.substring(eq + 1), "--min-effect " + name + ": "));
        }
        return out;
    }

    /** "total" or "mean": how a run's months are summarised into one number. */
    public static String aggregate(Metric m) {
        return m.isFlow() ? "total" : "mean";
    }

    /** The unit of a period's summary: "homicides" for the total of "homicides per month", else the unit. */
    public static String periodUnit(Metric m) {
        return m.periodUnit();
    }

    /** The unit of the period summary, e.g. "homicides, total 2007–2012" or "share, monthly mean". */
    public static String summaryUnit(Metric m, Period p) {
        return m.periodUnit() + (m.isFlow() ? ", total " : ", mean ") + p.label();
    }

    /** A readable title: the column with underscores as spaces and "usd" as "USD", first letter capital. */
    public static String title(Metric m) {
        String t = m.column().replace("_usd", " (USD)").replace("dto", "DTO").replace('_', ' ');
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    /** The valid metric columns closest to {@code name}. */
    public static List<String> nearest(String name, int k) {
        List<String> columns = new ArrayList<>();
        for (Metric m : Metric.values()) {
            columns.add(m.column());
        }
        return NearestNames.of(name, columns, k);
    }
}
