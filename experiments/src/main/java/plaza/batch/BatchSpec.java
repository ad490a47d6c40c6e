package plaza.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import plaza.io.CodeVersion;
import plaza.io.Numbers;
import plaza.model.RunConfig;
import plaza.params.InputException;
import plaza.params.ParameterCatalog;
import plaza.params.ParameterValues;
import plaza.scenario.Scenario;
import plaza.scenario.ScenarioLibrary;

/**
 * A resolved batch: the scenarios loaded, the design generated, and the runs numbered. Run ids
 * count from 1 with the scenario varying slowest, then the design point, then the replication, so
 * the runs of one scenario and design point are consecutive (summary.csv is computed in one pass).
 */
public final class BatchSpec {

    private final ExperimentDefinition def;
    private final List<Scenario> scenarios;
    private final List<String> labels;
    private final List<Factor> factors;
    private final Design design;
    private final List<String> skipped;

    private BatchSpec(ExperimentDefinition def, List<Scenario> scenarios, List<String> labels, Design design, List<String> skipped) {
        this.def = def;
        this.scenarios = scenarios;
        this.labels = labels;
        this.factors = def.factors();
        this.design = design;
        this.skipped = List.copyOf(skipped);
    }

    /** Loads the scenarios ({@code all} = every scenario in the library) and generates the design. */
    public static BatchSpec resolve(ExperimentDefinition def, ScenarioLibrary library) {
        def.validate();
        List<Scenario> scenarios = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String s : def.scenarios()) {
            if (s.equalsIgnoreCase(ExperimentDefinition.ALL)) {
                for (String n : library.names()) {
                    scenarios.add(library.load(n));
                    labels.add(n);
                }
            } else {
                scenarios.add(library.load(s));
                labels.add(s);
            }
        }
        java.util.Map<String, Scenario> byName = new java.util.HashMap<>();
        for (Scenario sc : scenarios) {
            Scenario other = byName.putIfAbsent(sc.name(), sc);
            if (other != null) {
                throw new InputException("scenarios " + other.file() + " and " + sc.file() + " are both named '" + sc.name()
                        + "', the label of their rows in every CSV; a batch needs distinct scenario names"
                        + (other.file().equals(sc.file()) ? " (the same scenario is listed twice)" : " (rename one file)"));
            }
        }
        checkSize(def, scenarios.size());
        BatchSpec probe = new BatchSpec(def, scenarios, labels, Design.of(def), List.of());
        // a point whose values break a rule between parameters (shares summing above 1, a path point
        // that does not exist, a shift that breaks the order) is infeasible; found before any run
        java.util.TreeMap<Integer, String> infeasible = new java.util.TreeMap<>();
        for (int s = 0; s < scenarios.size(); s++) {
            for (int p = 0; p < probe.points(); p++) {
                RunSpec run = probe.run(1 + (s * probe.points() + p) * def.replications());
                try {
                    probe.parameters(run);
                } catch (InputException e) {
                    infeasible.putIfAbsent(p, "point " + (p + 1) + " (" + probe.pointLabel(run.values()) + ")"
                            + (scenarios.size() > 1 ? " in " + labels.get(s) : "") + ": " + e.getMessage());
                }
            }
        }
        if (infeasible.isEmpty()) {
            return probe;
        }
        String first = infeasible.firstEntry().getValue();
        if (infeasible.size() == probe.points()) {
            throw new InputException(probe.points() == 1 ? first
                    : "every one of the " + probe.points() + " design points breaks a rule; the first: " + first);
        }
        if (!def.skipInfeasible() || def.design().needsEveryPoint()) {
            throw new InputException(infeasible.size() + " of " + probe.points() + " design points break a rule ("
                    + (def.design().needsEveryPoint() ? "design " + def.design().label() + " needs every point: narrow the ranges"
                            : "--on-infeasible fail; use skip to run the rest") + "); the first: " + first);
        }
        return new BatchSpec(def, scenarios, labels, probe.design.without(infeasible.keySet()), List.copyOf(infeasible.values()));
    }

    /** The design points left out because they break a rule between parameters, with the reason (empty if none). */
    public List<String> skipped() {
        return skipped;
    }

    /** A design point's values as {@code name=value, ...} with short names (the last part of each parameter's name). */
    public String pointLabel(double[] values) {
        return pointLabel(factors, values);
    }

    /** A design point's values as {@code name=value, ...} with short names (the last part of each parameter's name). */
    public static String pointLabel(List<Factor> factors, double[] values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < factors.size(); i++) {
            String n = factors.get(i).name();
            String shortName = n.substring(n.lastIndexOf('.', n.indexOf('[') < 0 ? n.length() : n.indexOf('[')) + 1);
            sb.append(i == 0 ? "" : ", ").append(shortName).append('=').append(Numbers.format(values[i]));
        }
        return sb.toString();
    }

    /** The largest batch Plaza runs: every design point is held in memory, and runs.csv has one row per run. */
    public static final long MAX_RUNS = 1_000_000;

    /** Refuses, with the count, a batch of more than {@link #MAX_RUNS} runs before any design is built. */
    private static void checkSize(ExperimentDefinition def, int scenarioCount) {
        int k = def.factors().size();
        java.math.BigInteger points = switch (def.design()) {
            case GRID -> def.factors().stream().map(f -> java.math.BigInteger.valueOf(f.steps()))
                    .reduce(java.math.BigInteger.ONE, java.math.BigInteger::multiply);
            case LHS -> java.math.BigInteger.valueOf(def.samples());
            case SOBOL -> java.math.BigInteger.valueOf(def.samples()).multiply(java.math.BigInteger.valueOf(k + 2L));
            case MORRIS -> java.math.BigInteger.valueOf(def.samples()).multiply(java.math.BigInteger.valueOf(k + 1L));
            case MIXTURE -> Design.mixtureSize(k, def.samples(), def.mixtureExact());
            case FILE -> java.math.BigInteger.valueOf(def.designPoints().length);
        };
        java.math.BigInteger runs = points.multiply(java.math.BigInteger.valueOf(scenarioCount))
                .multiply(java.math.BigInteger.valueOf(def.replications()));
        if (runs.compareTo(java.math.BigInteger.valueOf(MAX_RUNS)) > 0) {
            throw new InputException("the batch would have " + runs + " runs (" + scenarioCount + " scenario(s) x " + points
                    + " design point(s) x " + def.replications() + " replication(s)); the limit is " + MAX_RUNS
                    + "; use fewer steps, samples, scenarios or replications");
        }
    }

    public ExperimentDefinition definition() { return def; }
    public List<Scenario> scenarios() { return scenarios; }
    public List<Factor> factors() { return factors; }
    public Design design() { return design; }
    public int points() { return design.size(); }
    public int replications() { return def.replications(); }

    public int runCount() {
        return Math.multiplyExact(Math.multiplyExact(scenarios.size(), design.size()), def.replications());
    }

    /** The run with this id (1-based). */
    public RunSpec run(int id) {
        int i = id - 1;
        int r = i % def.replications();
        int rest = i / def.replications();
        int p = rest % design.size();
        int s = rest / design.size();
        Scenario sc = scenarios.get(s);
        long seed = def.seedList() != null ? def.seedList().get(r) : SeedRule.seed(def.seed(), sc.name(), p + 1, r + 1);
        return new RunSpec(id, s, sc.name(), labels.get(s), p + 1, r + 1, seed, design.values(p, factors));
    }

    /** The run's parameter values: the scenario's, then the experiment's fixed sets, then the design point. */
    public ParameterValues parameters(RunSpec run) {
        ParameterValues.Builder b = scenarios.get(run.scenarioIndex()).values().toBuilder();
        for (Map.Entry<String, Double> e : def.sets().entrySet()) {
            b.set(ParameterCatalog.byName(e.getKey(), ""), e.getValue(), "set: ");
        }
        for (Map.Entry<String, String> e : def.paths().entrySet()) {
            b.set(e.getKey(), e.getValue(), "set: ");
        }
        for (int i = 0; i < factors.size(); i++) {
            factors.get(i).apply(b, run.values()[i], "design point " + run.point() + ": ");
        }
        return b.build();
    }

    public RunConfig config(RunSpec run) {
        return new RunConfig(run.scenario(), parameters(run), run.seed(), def.until(), def.scale());
    }

    /** The {@code plaza run} command that reproduces this run alone. */
    public String rerunCommand(RunSpec run) {
        StringBuilder sb = new StringBuilder("./plaza run ").append(Numbers.shellWord(run.label()))
                .append(" --seed ").append(run.seed())
                .append(" --until ").append(def.until())
                .append(" --scale ").append(exact(def.scale()));
        for (Map.Entry<String, Double> e : def.sets().entrySet()) {
            sb.append(" --set ").append(e.getKey()).append('=').append(exact(e.getValue()));
        }
        for (Map.Entry<String, String> e : def.paths().entrySet()) {
            sb.append(" --set '").append(e.getKey()).append('=').append(e.getValue()).append('\'');
        }
        ParameterValues values = null;
        for (int i = 0; i < factors.size(); i++) {
            Factor f = factors.get(i);
            if (f.point() == 0) {
                sb.append(" --set ").append(f.name()).append('=').append(exact(run.values()[i]));
            } else {
                values = values != null ? values : parameters(run);
                sb.append(" --set '").append(f.parameter().name()).append('=').append(values.writtenPath(f.parameter()).text()).append('\'');
            }
        }
        return sb.toString();
    }

    static String exact(double v) {
        return Numbers.exact(v);
    }

    /**
     * What a resumed batch must match: the definition with scenarios resolved, a fingerprint of each
     * scenario's values, the code version and the run count. Thread count is not part of it.
     */
    public String plan() {
        StringBuilder sb = new StringBuilder("# plaza batch plan: a resumed batch must match it line for line\n");
        sb.append("code_version = ").append(CodeVersion.get()).append('\n');
        for (String line : def.canonicalLines()) {
            if (line.startsWith("scenarios = ")) {
                line = "scenarios = " + String.join(", ", labels);
            }
            sb.append(line).append('\n');
        }
        for (Scenario s : scenarios) {
            sb.append("scenario_values.").append(s.name()).append(" = ")
                    .append(Integer.toHexString(s.values().hashCode())).append('\n');
        }
        sb.append("runs = ").append(runCount()).append('\n');
        return sb.toString();
    }
}
