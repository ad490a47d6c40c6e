package plaza.gui;

import java.awt.Color;
import java.util.List;

import plaza.output.Metric;

/**
 * One of the classroom's six charts: title, axis label, its lines, whether the value axis starts at
 * zero, and a fixed range (null: automatic). {@link #ALL} lists them in the order they are shown.
 */
record ChartSpec(String title, String axis, boolean fromZero, List<ChartSpec.Line> lines, double[] range) {

    /** One line of a chart: a metric, its legend label, the divisor to the chart's unit, and its colour. */
    record Line(Metric metric, String label, double divisor, Color colour) {}

    ChartSpec(String title, String axis, boolean fromZero, List<Line> lines) {
        this(title, axis, fromZero, lines, null);
    }

    private static final Color RED = new Color(190, 30, 45);

    /** Homicides, major organizations (those holding a border crossing), tons delivered, revenue by source, impunity, funding spent. */
    static final List<ChartSpec> ALL = List.of(
            new ChartSpec("Drug-related homicides", "homicides per month", true,
                    List.of(new Line(Metric.HOMICIDES, "homicides", 1, RED))),
            new ChartSpec("Major trafficking organizations", "major organizations", true,
                    List.of(new Line(Metric.BORDER_DTOS, "organizations", 1, new Color(110, 60, 160)))),
            new ChartSpec("Drugs delivered to U.S. markets", "tons per month", true,
                    List.of(new Line(Metric.TONS_DELIVERED, "tons", 1, new Color(30, 100, 170)))),
            new ChartSpec("Organizations' revenue by source", "USD millions per month", true,
                    List.of(new Line(Metric.DTO_REVENUE_MARIJUANA_USD, "marijuana", 1e6, new Color(60, 150, 60)),
                            new Line(Metric.DTO_REVENUE_COCAINE_USD, "cocaine", 1e6, new Color(30, 100, 170)),
                            new Line(Metric.DTO_REVENUE_HEROIN_USD, "heroin", 1e6, new Color(140, 80, 40)),
                            new Line(Metric.DTO_REVENUE_METH_USD, "meth", 1e6, new Color(220, 130, 0)),
                            new Line(Metric.DTO_REVENUE_EXTORTION_USD, "extortion", 1e6, RED))),
            // a fixed 0-1 range: an automatic one spans 0.982-0.988 and makes half a point fill the chart
            new ChartSpec("Impunity", "share unsentenced (0-1)", true,
                    List.of(new Line(Metric.IMPUNITY_RATE, "impunity", 1, new Color(90, 90, 90))), new double[] {0, 1}),
            new ChartSpec("Funding spent (all programs)", "USD millions per month", true,
                    List.of(new Line(Metric.FUNDING_SPENT_USD, "funding", 1e6, new Color(0, 130, 130)))));

    /** The value axis label, short: a classroom chart is only 130-250 px high (the title names the quantity). */
    String shortAxis() {
        return axis.replace("homicides per month", "per month").replace("major organizations", "organizations")
                .replace("tons per month", "tons/month").replace("USD millions per month", "$M/month")
                .replace("share unsentenced (0-1)", "unsentenced");
    }

    /** The chart's name in a slot's chooser: short, so a chooser fits half a 1024-pixel screen. */
    String shortTitle() {
        return title.replace("Drug-related ", "").replace("Major trafficking organizations", "Organizations")
                .replace(" to U.S. markets", "").replace("Organizations' revenue", "Revenue").replace(" (all programs)", "");
    }
}
