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

    /** The headline outcomes: violence, the trade, the organizations' money, justice and the cost of policy. */
    public static final List<Metric> HEADLINE = List.of(
            Metric.HOMICIDES, Metric.ACTIVE_DTOS, Metric.TONS_DELIVERED, Metric.DTO_REVENUE_USD,
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
                    throw new InputException("--metrics: unknown metric '" + name.trim() + "'; nearest valid names: "
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

    /** "total" or "mean": how a run's months are summarised into one number. */
    public static String aggregate(Metric m) {
        return m.isFlow() ? "total" : "mean";
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
    static List<String> nearest(String name, int k) {
        List<String> columns = new ArrayList<>();
        for (Metric m : Metric.values()) {
            columns.add(m.column());
        }
        return NearestNames.of(name, columns, k);
    }
}
