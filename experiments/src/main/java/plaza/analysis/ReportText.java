package plaza.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import plaza.output.Metric;

/**
 * The numbers and sentences of {@code report.md}: readable magnitudes, signed changes, p-values,
 * seed ranges and the plain-language sentence for one contrast. {@link Report} puts them into the
 * report's template.
 */
final class ReportText {

    static final String MINUS = "\u2212";

    private ReportText() {}

    /** The change as shown in tables: percentage points for shares, else percent of the baseline (or the difference). */
    static String shownChange(Contrast x) {
        if (Metrics.isShare(x.metric())) {
            return points(x.differencePoints());
        }
        return Double.isNaN(x.relativePct()) ? signed(x.difference()) : pct(x.relativePct());
    }

    /** The change with the half-width of its 90% interval in the same unit: "+36.1% ± 19.0", "−0.40 pp ± 0.25". */
    static String changeWithin(Contrast x) {
        if (!x.estimable()) {
            return shownChange(x) + " ?";
        }
        double half;
        String unit = "";
        if (Metrics.isShare(x.metric())) {
            half = 100 * (x.high() - x.low()) / 2;
            unit = " pp";
        } else if (!Double.isNaN(x.relativePct())) {
            half = (x.relativeHighPct() - x.relativeLowPct()) / 2;
        } else {
            return signed(x.difference()) + " \u00b1 " + human((x.high() - x.low()) / 2);
        }
        return shownChange(x).replace(" pp", "") + " \u00b1 " + String.format(Locale.ROOT, Metrics.isShare(x.metric()) ? "%.2f" : "%.1f", half) + unit;
    }

    static String points(double pp) {
        return (pp < 0 ? MINUS : "+") + String.format(Locale.ROOT, "%.2f pp", Math.abs(pp));
    }

    /** How many runs a contrast compared, with which test, and which runs it left out. */
    static String runsCompared(Contrast x) {
        String runs = switch (x.test()) {
            case PAIRED_T -> x.n() + " pairs of runs with the same seed, paired t-test";
            case WELCH -> x.n() + " " + x.scenario() + " runs against " + x.nBaseline() + " " + x.baseline()
                    + " runs, unpaired Welch t-test";
            case NONE -> x.n() + " " + x.scenario() + " run" + (x.n() == 1 ? "" : "s") + " against " + x.nBaseline() + " "
                    + x.baseline() + " run" + (x.nBaseline() == 1 ? "" : "s") + ", no test: uncertainty cannot be estimated";
        };
        String leftOut = x.note().contains("left out") ? x.note().substring(x.note().indexOf("left out")) : "";
        return leftOut.isEmpty() ? runs : runs + "; " + leftOut.split(";")[0];
    }

    /** "Homicides 2007–2012 (total): x is 8.0% lower than baseline (90% CI −12.0% to −4.0%), distinguishable ...". */
    static String sentence(Contrast x) {
        String what = Metrics.title(x.metric()) + " " + x.period().label() + " (" + Metrics.aggregate(x.metric()) + ")";
        StringBuilder b = new StringBuilder(what).append(": ").append(x.scenario()).append(" is ");
        boolean relative = !Double.isNaN(x.relativePct());
        boolean share = Metrics.isShare(x.metric());
        String direction = (x.difference() > 0 ? " higher" : " lower") + " than " + x.baseline();
        if (x.difference() == 0) {
            b.append("the same as ").append(x.baseline());
        } else if (share) {
            b.append(String.format(Locale.ROOT, "%.2f percentage points", Math.abs(x.differencePoints()))).append(direction);
        } else if (relative) {
            b.append(String.format(Locale.ROOT, "%.1f%%", Math.abs(x.relativePct()))).append(direction);
        } else {
            b.append(human(Math.abs(x.difference()))).append(' ').append(x.metric().periodUnit()).append(direction);
        }
        if (share) {
            b.append(String.format(Locale.ROOT, " (%.2f%% vs %.2f%%)", 100 * x.scenarioValue(), 100 * x.baselineValue()));
        } else {
            b.append(" (").append(human(x.scenarioValue())).append(" vs ").append(human(x.baselineValue())).append(' ')
                    .append(x.metric().periodUnit()).append(")");
        }
        if (!x.estimable()) {
            return b.append(x.n() == 1 && x.nBaseline() == 1 ? " in a single replication each"
                    : " with " + x.n() + " " + x.scenario() + " run" + (x.n() == 1 ? "" : "s") + " against " + x.nBaseline()
                    + " " + x.baseline() + " run" + (x.nBaseline() == 1 ? "" : "s"))
                    .append("; uncertainty cannot be estimated, so this may be noise.").toString();
        }
        b.append(", 90% CI ");
        if (share) {
            b.append(points(100 * x.low())).append(" to ").append(points(100 * x.high()));
        } else if (relative) {
            b.append(pct(x.relativeLowPct())).append(" to ").append(pct(x.relativeHighPct()));
        } else {
            b.append(signed(x.low())).append(" to ").append(signed(x.high()));
        }
        b.append(x.distinguishable() ? ", distinguishable from noise (" : ", not distinguishable from noise (")
                .append(x.test().words()).append(", ").append(pValue(x.p()));
        if (!Double.isNaN(x.q())) {
            b.append(", ").append(qValue(x.q()));
        }
        b.append(")");
        if (x.negligible()) {
            b.append(", but negligible: smaller than the minimal effect of interest (").append(human(x.minimalEffect())).append(')');
        }
        return b.append('.').toString();
    }

    /** "−3.0%, p = 0.4, q = 0.6": a difference listed among the negligible or the indistinguishable. */
    static String change(Contrast x) {
        return shownChange(x) + ", " + pValue(x.p()) + (Double.isNaN(x.q()) ? "" : ", " + qValue(x.q()));
    }

    /** The cells of one row of a full table. */
    static List<String> tableRow(Contrast x) {
        Metric m = x.metric();
        return List.of(Metrics.title(m) + " (" + Metrics.aggregate(m) + ")", x.scenario(), Integer.toString(x.n()),
                human(x.baselineValue()), human(x.scenarioValue()), signed(x.difference()),
                x.estimable() ? signed(x.low()) + " to " + signed(x.high()) : "unknown",
                Metrics.isShare(m) || !Double.isNaN(x.relativePct()) ? shownChange(x) : "",
                x.test().column(),
                x.estimable() ? bare(pValue(x.p())) : "",
                x.estimable() && !Double.isNaN(x.q()) ? bare(pValue(x.q())) : "",
                Double.isNaN(x.cohensD()) ? "" : String.format(Locale.ROOT, "%.2f", x.cohensD()),
                x.estimable() ? (x.distinguishable() ? "yes" : "no") : "unknown (n = 1)",
                x.negligible() ? "yes" : "no");
    }

    private static String bare(String pValue) {
        return pValue.replace("p ", "").replace("= ", "");
    }

    private static String qValue(double q) {
        return pValue(q).replace("p ", "q ");
    }

    /** Seeds as compact ranges: "1–10", "1–3, 7". */
    static String seeds(List<Replication> runs) {
        TreeSet<Long> s = new TreeSet<>();
        for (Replication r : runs) {
            if (r.seed() == null) {
                return "unknown";
            }
            s.add(r.seed());
        }
        return Statistics.seedRanges(s);
    }

    static String pct(double v) {
        return (v < 0 ? MINUS : "+") + String.format(Locale.ROOT, "%.1f%%", Math.abs(v));
    }

    static String signed(double v) {
        return (v < 0 ? MINUS : v > 0 ? "+" : "") + human(Math.abs(v));
    }

    /** Readable numbers: 1.23 billion, 45.6 million, 12,345, 0.953. */
    static String human(double v) {
        double a = Math.abs(v);
        String sign = v < 0 ? MINUS : "";
        if (a == 0) {
            return "0";
        }
        if (a >= 1e9) {
            return sign + String.format(Locale.ROOT, "%.3g billion", a / 1e9);
        }
        if (a >= 1e6) {
            return sign + String.format(Locale.ROOT, "%.3g million", a / 1e6);
        }
        if (a >= 100) {
            return sign + String.format(Locale.ROOT, "%,.0f", a);
        }
        return sign + significant(a, 3);
    }

    private static String significant(double v, int digits) {
        return new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }

    static String pValue(double p) {
        return p < 0.001 ? "p < 0.001" : "p = " + significant(p, 2);
    }
}
