package plaza.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plaza.output.Metric;
import plaza.params.Parameter;
import plaza.params.ParameterCatalog;

/**
 * The declarations {@link DataPackage} describes columns with: each column's Frictionless type, unit
 * and definition, from the output declarations ({@link Metric}, {@link plaza.output.PlazaRow}'s
 * columns), the parameter catalog (varied parameters and lever paths, as numbers) and the table below
 * for identifiers and statistics; the state table's counts and sums; anything else is
 * {@link DataPackage#UNDECLARED}.
 */
final class DataPackageFields {

    private DataPackageFields() {}

    private static final Map<String, DataPackage.Column> COLUMNS = new LinkedHashMap<>();

    private static void col(String name, String type, String unit, String description) {
        COLUMNS.put(name, new DataPackage.Column(type, unit, description));
    }

    static {
        col("run_id", "integer", "", "Run number within the batch (joins timeseries.csv and timings.csv with runs.csv)");
        col("scenario", "string", "", "Scenario name (a file in scenarios/)");
        col("seed", "integer", "", "Random seed of the run");
        col("replication", "integer", "", "Replication number, 1 to R; seed = base seed + replication - 1");
        col("design_point", "integer", "", "Design point of the batch's sweep or sensitivity design (1 when nothing is varied)");
        col("month", "yearmonth", "", "Calendar month, YYYY-MM");
        col("status", "string", "", "Outcome of the run: ok, or failed (see error)");
        col("error", "string", "", "Why the run failed; empty when it succeeded");
        col("rerun", "string", "", "Command line that reproduces the run alone");
        col("wall_seconds", "number", "seconds", "Wall-clock time the run took");
        col("plaza", "string", "", "Plaza id (seeds/geography.md): a city, border city, port, production zone, or <state>_rest for the rest of a state");
        col("name", "string", "", "The plaza's name as written in Mexico (UTF-8)");
        col("municipality_code", "string", "", "INEGI's three-digit municipal code within the state (clave de municipio); empty for a zone or rest-of-state node");
        col("kind", "string", "", "What the plaza is: border, port, airport, production, city or rest");
        col("population", "number", "residents", "Residents (2010 census, approximate; an input)");
        col("plazas", "integer", "plazas", "Plazas in the state");
        col("controllers", "string", "", "Organizations holding a plaza in the state, most residents first, separated by |");
        col("state", "string", "", "State (federal entity) of the plaza, official name in UTF-8");
        col("state_code", "string", "", "INEGI code of the state (clave de entidad, 01 to 32)");
        col("controller", "string", "", "Organization holding the plaza at the end of the month; empty when none");
        col("contested", "integer", "", "1 when two or more organizations fought over the plaza in the month, else 0");
        col("attackers", "string", "", "Organizations attacking the plaza in the month, separated by ';'");
        col("tons_through", "number", "tons per month", "Drugs moved through the plaza in the month");
        col("troops", "number", "troops", "Soldiers deployed in the plaza at the end of the month");
        col("fighter_load", "number", "ratio", "Fighters present in the plaza over its capacity (violence.max_fighters_per_1000_residents); above 1 it is saturated");
        col("saturated", "integer", "", "1 when the plaza was contested and its fighters exceeded its capacity (more fighters added no violence), else 0");
        col("stake", "number", "corridor-weight units", "What the plaza is worth fighting for: value of the drugs passing on that leg plus local rents, smoothed (2005 national total = total corridor weight)");
        col("event", "string", "", "What happened: arrest, killing, extradition, succession, split, attack, takeover, lever change, ...");
        col("organization", "string", "", "Organization concerned; empty when none");
        col("detail", "string", "", "Free-text detail of the event");
        col("leader_plaza", "string", "", "For a leader arrested, killed or extradited: the plaza where the leader was based; empty otherwise");
        col("metric", "string", "", "Output column summarised (see timeseries.csv)");
        col("n", "integer", "", "Number of runs (or pairs) summarised");
        col("mean", "number", "unit of the metric", "Mean over runs");
        col("sd", "number", "unit of the metric", "Standard deviation over runs");
        col("ci90_low", "number", "unit of the metric", "Lower end of the 90% confidence interval");
        col("ci90_high", "number", "unit of the metric", "Upper end of the 90% confidence interval");
        col("outcome", "string", "", "Output column analysed");
        col("parameter", "string", "", "Parameter varied by the design");
        col("s1", "number", "share of variance", "Sobol first-order index");
        col("s1_ci95_low", "number", "share of variance", "Lower end of the 95% bootstrap interval of s1");
        col("s1_ci95_high", "number", "share of variance", "Upper end of the 95% bootstrap interval of s1");
        col("st", "number", "share of variance", "Sobol total-order index");
        col("st_ci95_low", "number", "share of variance", "Lower end of the 95% bootstrap interval of st");
        col("st_ci95_high", "number", "share of variance", "Upper end of the 95% bootstrap interval of st");
        col("r", "integer", "", "Morris trajectories");
        col("mu", "number", "unit of the outcome", "Morris mean elementary effect");
        col("mu_star", "number", "unit of the outcome", "Morris mean absolute elementary effect");
        col("sigma", "number", "unit of the outcome", "Morris standard deviation of elementary effects");
        col("warning", "string", "", "What to know before reading the indices: a parameter that changed no run's outcome, an interval too wide to tell whether it matters, or Morris sigma inflated by seed noise (empty if nothing)");
        // comparison.csv
        col("period", "string", "", "Months summarised, YYYY-MM:YYYY-MM");
        col("unit", "string", "", "Unit of the period summary (a period total of a monthly flow is in the flow's unit, e.g. homicides)");
        col("aggregate", "string", "", "How a run's months are summarised: total (flows) or mean (stocks, shares, indices)");
        col("baseline", "string", "", "Baseline scenario");
        col("n_scenario", "integer", "", "Replications of the scenario (pairs, for a paired test)");
        col("n_baseline", "integer", "", "Replications of the baseline");
        col("scenario_value", "number", "see unit", "Mean over replications of the scenario's period summary");
        col("baseline_value", "number", "see unit", "Mean over replications of the baseline's period summary");
        col("difference", "number", "see unit", "Scenario minus baseline (mean paired difference for a paired test)");
        col("relative_change_pct", "number", "percent", "Difference in percent of the baseline value");
        col("relative_ci90_low_pct", "number", "percent", "Lower end of the 90% interval, in percent of the baseline value");
        col("relative_ci90_high_pct", "number", "percent", "Upper end of the 90% interval, in percent of the baseline value");
        col("difference_pp", "number", "percentage points", "For shares: the difference in percentage points; empty otherwise");
        col("test", "string", "", "paired-t (common seeds), welch, or none (single replication)");
        col("p_value", "number", "", "Two-sided p-value of the test");
        col("q_value", "number", "", "Benjamini-Hochberg q-value over all rows of the comparison");
        col("cohens_d", "number", "", "Effect size: Cohen's d");
        col("minimal_effect", "number", "see unit", "Minimal effect of interest: smaller differences are negligible");
        col("distinguishable", "string", "", "yes when q < 0.10, no, or unknown (single replication)");
        col("negligible", "string", "", "yes when the difference is smaller than the minimal effect of interest");
        col("note", "string", "", "Why something could not be estimated, or empty");
    }

    /** The declaration of one column, or an error naming the file and column. */
    static DataPackage.Column column(String file, String name) {
        DataPackage.Column row = file.equals("states.csv") ? RowColumns.measure(plaza.output.StateRow.COLUMNS, name) : null;
        if (row != null) { // the state's counts of plazas are whole numbers
            return List.of("plazas", "contested_plazas").contains(name) ? new DataPackage.Column("integer", row.unit(), row.description()) : row;
        }
        if (file.equals("states.csv")) {
            file = "plazas.csv"; // its keys and labels are declared as a plaza's
        }
        if (file.equals("summary.csv") && name.equals("design_point")) {
            return new DataPackage.Column("string", "", "Design point of the batch's sweep (1 when nothing is varied), or 'all' when a sampled design (lhs, sobol, morris) pools its points");
        }
        Metric m = Metric.byColumn(name);
        boolean perPlaza = m != null || List.of("homicides", "fighters", "police_corruption").contains(name);
        DataPackage.Column field = perPlaza && file.equals("plazas.csv") ? RowColumns.measure(plaza.output.PlazaRow.COLUMNS, name) : null;
        if (field != null) { // a plaza's own homicides, fighters and police, a production zone's fields named like the national outputs
            return field;
        }
        if (m != null && !COLUMNS.containsKey(name)) {
            // the metric's kind says how a run summarises it: a flow is totalled, a stock averaged
            String unit = file.equals("runs.csv") ? m.periodUnit() : m.unit();
            String how = file.equals("runs.csv") ? (m.isFlow() ? " (total over the run)" : " (mean over the run's months)") : "";
            return new DataPackage.Column("number", unit, m.definition() + how);
        }
        DataPackage.Column c = COLUMNS.get(name);
        if (c != null) {
            return c;
        }
        java.util.regex.Matcher point = java.util.regex.Pattern.compile("(.+)\\[\\d+\\](\\.shift)?").matcher(name);
        if (point.matches()) {
            for (Parameter p : ParameterCatalog.all()) {
                if (p.name().equals(point.group(1))) {
                    return point.group(2) != null
                            ? new DataPackage.Column("number", "months", "Months by which the design moved this point (and later ones) of the path of " + p.name())
                            : new DataPackage.Column("number", p.unit(), "Value the design gave this point of the path of " + p.name() + ": " + p.description());
                }
            }
        }
        for (Parameter p : ParameterCatalog.all()) {
            if (p.name().equals(name) && !file.equals("parameters.csv")) {
                // a varied parameter in runs.csv, summary.csv or comparison.csv is one number per row
                return new DataPackage.Column("number", p.unit(), "Value of the varied parameter " + p.name() + ": " + p.description());
            }
            if (p.name().equals(name)) {
                // a lever may be written as a path (parameters.csv writes it as scenario files do: "2010-12: -0.2, 2011-03: 0")
                return p.role() == Parameter.Role.LEVER
                        ? new DataPackage.Column("string", p.unit(), "Value of the parameter " + p.name() + " (a number, or a path of YYYY-MM: value points): " + p.description())
                        : new DataPackage.Column("number", p.unit(), "Value of the varied parameter " + p.name() + ": " + p.description());
            }
        }
        return new DataPackage.Column("string", "", DataPackage.UNDECLARED);
    }
}
