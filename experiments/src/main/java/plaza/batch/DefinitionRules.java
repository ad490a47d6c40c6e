package plaza.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import plaza.io.Numbers;
import plaza.output.Metric;
import plaza.params.InputException;

/**
 * The rules of an {@link ExperimentDefinition} that span several settings (checked once the file and
 * the flags are both applied), and its canonical text: the experiment-file lines, in a fixed order,
 * that the metadata records and a resumed batch's plan must match.
 */
final class DefinitionRules {

    private DefinitionRules() {}

    /** Checks the rules that span several settings (after file and flags are both applied). */
    static void check(ExperimentDefinition d) {
        List<String> fixed = new ArrayList<>(d.sets.keySet());
        fixed.addAll(d.paths.keySet());
        for (String s : fixed) {
            if (d.factors.containsKey(s)) {
                throw new InputException("parameter '" + s + "' is both varied and set; drop one of the two");
            }
        }
        if ((d.design.sampled() || d.design == DesignKind.MIXTURE) && d.factors.isEmpty()) {
            throw new InputException("design " + d.design.label() + " needs at least one varied parameter (--vary name=low:high)");
        }
        if (d.design == DesignKind.MIXTURE) {
            for (Factor f : d.factors.values()) {
                if (f.isList() || f.shift()) {
                    throw new InputException("design mixture varies shares: '" + f.name() + "' must be a range (name=0:1), not "
                            + (f.isList() ? "a list of values" : "a shift in months"));
                }
            }
            if (d.samples() > 100) {
                throw new InputException("mixture degree (samples) " + d.samples() + " is out of range; allowed 1 to 100");
            }
        }
        if (d.design == DesignKind.FILE && d.designFile == null) {
            throw new InputException("design file needs the points: --design-file FILE (or design_file = FILE in the experiment file)");
        }
        if (d.design == DesignKind.FILE && d.factors.size() != d.designPoints[0].length) {
            throw new InputException("a file design takes its varied parameters from the columns of " + d.designFile
                    + "; vary nothing else (found " + (d.factors.size() - d.designPoints[0].length) + " more)");
        }
        if (d.design == DesignKind.MORRIS && (d.levels < 2 || d.levels > 100)) {
            throw new InputException("levels " + d.levels + " is out of range; allowed 2 to 100");
        }
        if (d.bootstrap < 0 || d.bootstrap > 100_000) {
            throw new InputException("bootstrap " + d.bootstrap + " is out of range; allowed 0 to 100000");
        }
        // replication r uses seed S + r - 1: the last one must not wrap past the largest long
        if (d.seed > Long.MAX_VALUE - (d.replications - 1L)) {
            throw new InputException("seed " + d.seed + " with " + d.replications + " replications would need seeds up to "
                    + java.math.BigInteger.valueOf(d.seed).add(java.math.BigInteger.valueOf(d.replications - 1L))
                    + ", beyond the largest seed " + Long.MAX_VALUE + "; use a seed of at most "
                    + (Long.MAX_VALUE - (d.replications - 1L)) + ", or fewer replications");
        }
    }

    /**
     * The definition as experiment-file lines, in a fixed order: written into the metadata and,
     * with the resolved scenarios, into the plan that a resumed batch must match.
     */
    static List<String> canonicalLines(ExperimentDefinition d) {
        List<String> l = new ArrayList<>();
        l.add("scenarios = " + String.join(", ", d.scenarios));
        l.add("replications = " + d.replications);
        if (d.seedList != null) {
            l.add("seeds = " + ExperimentDefinition.HISTORY + ": " + String.join(", ", d.seedList.stream().map(String::valueOf).toList()));
        } else {
            l.add("seed = " + d.seed);
        }
        l.add("until = " + d.until);
        l.add("scale = " + Numbers.exact(d.scale));
        l.add("design = " + d.design.label());
        if (d.design.sampled()) {
            l.add("samples = " + d.samples());
        }
        if (d.design == DesignKind.MORRIS) {
            l.add("levels = " + d.levels);
        }
        if (d.design == DesignKind.MIXTURE) {
            l.add("samples = " + d.samples());
            l.add("mixture_sum = " + (d.mixtureExact ? "exact" : "at-most"));
        }
        if (d.design == DesignKind.FILE) {
            l.add("design_file = " + d.designFile);
            l.add("design_points = " + d.designPoints.length + " (content " + Integer.toHexString(java.util.Arrays.deepHashCode(d.designPoints)) + ")");
        }
        if (!d.skipInfeasible) {
            l.add("on_infeasible = fail");
        }
        if (d.design == DesignKind.SOBOL) {
            l.add("bootstrap = " + d.bootstrap);
        }
        if (d.design.sensitivity()) {
            List<String> names = new ArrayList<>();
            for (Metric m : d.outcomes()) {
                names.add(m.column());
            }
            l.add("outcomes = " + (d.outcomes.isEmpty() ? ExperimentDefinition.ALL : String.join(", ", names)));
        }
        if (d.parquet) {
            l.add("format = csv,parquet");
        }
        if (!d.tables.isEmpty()) {
            l.add("outputs = " + BatchTable.text(d.tables));
        }
        for (Factor f : d.factors.values()) {
            if (d.design != DesignKind.FILE) {
                l.add("vary " + f.name() + " = " + f.text());
            }
        }
        for (Map.Entry<String, Double> e : d.sets.entrySet()) {
            l.add("set " + e.getKey() + " = " + Numbers.exact(e.getValue()));
        }
        for (Map.Entry<String, String> e : d.paths.entrySet()) {
            l.add("set " + e.getKey() + " = " + e.getValue());
        }
        return l;
    }
}
