package plaza.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plaza.output.Metric;

/**
 * How precise a comparison's answers are, and how many replications would make them precise enough:
 * for each scenario, the half-width of the 90% interval of its relative difference from the baseline
 * on the chosen outcomes over the whole compared period, and the replications that would bring it to
 * the target ({@code n × (half-width / target)²}, since the half-width shrinks as 1/√n).
 */
public final class Precision {

    /** One scenario's precision: replications now, the widest half-width (percent) over the outcomes, the replications needed. */
    public record Need(String scenario, int replications, double halfWidthPct, int needed) {
        public boolean met(double targetPct) {
            return !Double.isNaN(halfWidthPct) && halfWidthPct <= targetPct;
        }
    }

    private Precision() {}

    /** The needs of every scenario of {@code c} for the outcomes over the longest compared period. */
    public static List<Need> of(Comparison c, List<Metric> outcomes, double targetPct) {
        Period whole = c.periods().get(0);
        for (Period p : c.periods()) {
            if (p.months() > whole.months()) {
                whole = p;
            }
        }
        Map<String, Need> out = new LinkedHashMap<>();
        for (Contrast x : c.contrasts()) {
            if (!x.period().equals(whole) || !outcomes.contains(x.metric())) {
                continue;
            }
            double hw = (x.relativeHighPct() - x.relativeLowPct()) / 2;
            int needed;
            if (Double.isNaN(hw)) {
                needed = Math.max(2 * x.n(), 2); // not estimable yet (one replication): double it
            } else {
                needed = (int) Math.ceil(x.n() * (hw / targetPct) * (hw / targetPct));
            }
            Need prev = out.get(x.scenario());
            if (prev == null || worse(hw, prev.halfWidthPct())) {
                out.put(x.scenario(), new Need(x.scenario(), x.n(), hw, Math.max(needed, prev == null ? 0 : prev.needed())));
            }
        }
        // a scenario left out of the comparison as identical to the baseline run for run (its levers act
        // later) has a difference of exactly 0 in every pair: precise, it needs no more replications
        for (String s : c.unchanged()) {
            int n = c.data().replications(s).size();
            out.put(s, new Need(s, n, 0, n));
        }
        return new ArrayList<>(out.values());
    }

    private static boolean worse(double a, double b) {
        return Double.isNaN(a) || (!Double.isNaN(b) && a > b);
    }
}
