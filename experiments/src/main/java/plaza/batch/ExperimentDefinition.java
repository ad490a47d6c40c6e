package plaza.batch;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plaza.io.Numbers;
import plaza.model.RunConfig;
import plaza.output.Metric;
import plaza.params.InputException;
import plaza.params.Parameter;

/**
 * What a batch runs, before scenario names are resolved: read from an experiment file
 * ({@link ExperimentParser}) and overridden by command-line flags. Mutable while it is being
 * assembled; {@link BatchSpec#resolve} turns it into the fixed list of runs.
 */
public final class ExperimentDefinition {

    /** Scenario list meaning every scenario in the library. */
    public static final String ALL = "all";
    /** Seeds S, S+1, ... ({@link SeedRule}). */
    public static final String PLAIN = "plain";
    /** The accepted seeds of the history-matched ensemble, first R of them. */
    public static final String HISTORY = "history";

    String name = "batch";
    String description = "";
    Path file;
    List<String> scenarios = new ArrayList<>(List.of("baseline"));
    int replications = 10;
    long seed = 1;
    /** Where the seeds come from: "plain" (the seed rule) or "history" (the history-matched ensemble). */
    String seedSource = PLAIN;
    /** The seeds of replications 1..R when they come from the ensemble; null for the seed rule. */
    List<Long> seedList;
    /** Every accepted seed of the ensemble (later rounds of a batch take the next ones), or null. */
    List<Long> seedPool;
    YearMonth until = RunConfig.DEFAULT_UNTIL;
    double scale = RunConfig.DEFAULT_SCALE;
    DesignKind design = DesignKind.GRID;
    int samples;
    int levels = 4;
    int bootstrap = 1000;
    final Map<String, Factor> factors = new LinkedHashMap<>();
    final Map<String, Double> sets = new LinkedHashMap<>();
    /** Levers fixed to a path for every run, as written ({@code set lever = 2009: 0, 2011: 1}). */
    final Map<String, String> paths = new LinkedHashMap<>();
    List<Metric> outcomes = new ArrayList<>();
    /** Mixture designs: shares sum to exactly 1 (true) or to at most 1 (false, the rest unallocated). */
    boolean mixtureExact;
    /** What to do with design points that break a rule between parameters: skip them (true) or refuse the batch. */
    boolean skipInfeasible = true;
    /** A file design: the file, and its points as parameter values (one row per point). */
    Path designFile;
    double[][] designPoints = new double[0][];
    /** Whether a Parquet copy of each CSV is written ({@code --format csv,parquet}). */
    boolean parquet;
    /** Per-run tables merged beside the time series ({@code --outputs plazas,states,events}). */
    java.util.Set<BatchTable> tables = java.util.EnumSet.noneOf(BatchTable.class);

    public String name() { return name; }
    public String description() { return description; }
    public Path file() { return file; }
    public List<String> scenarios() { return scenarios; }
    public int replications() { return replications; }
    public long seed() { return seed; }
    public String seedSource() { return seedSource; }
    /** The seeds of replications 1..R given explicitly (the history ensemble's), or null for the seed rule. */
    public List<Long> seedList() { return seedList; }
    public YearMonth until() { return until; }
    public double scale() { return scale; }
    public DesignKind design() { return design; }
    public int levels() { return levels; }
    public int bootstrap() { return bootstrap; }
    public List<Factor> factors() { return List.copyOf(factors.values()); }
    public boolean mixtureExact() { return mixtureExact; }
    public boolean skipInfeasible() { return skipInfeasible; }
    public Path designFile() { return designFile; }
    /** The per-run tables this batch writes, as {@code --outputs} takes them ("" for none). */
    public String outputs() { return BatchTable.text(tables); }

    /** Whether the batch writes a Parquet copy of each CSV. */
    public boolean parquet() { return parquet; }

    /** The file formats: {@code csv} (always written) and optionally {@code parquet}; {@code where} prefixes the error. */
    public ExperimentDefinition format(String text, String where) {
        boolean pq = false;
        for (String word : text.split(",")) {
            String w = word.trim().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("parquet")) {
                pq = true;
            } else if (!w.equals("csv")) {
                throw new InputException(where + "format '" + word.trim() + "' is not allowed; allowed csv or csv,parquet "
                        + "(CSV is always written; parquet adds a copy of each table)");
            }
        }
        if (pq) {
            plaza.io.ParquetCopy.find(); // refused before any run when the optional module is missing
        }
        parquet = pq;
        return this;
    }

    /** Sets the per-run tables from {@code plazas,states,events} (or {@code none}); {@code where} prefixes the error. */
    public ExperimentDefinition outputs(String text, String where) {
        tables = BatchTable.parse(text, where);
        return this;
    }
    /** The points of a file design (copies). */
    public double[][] designPoints() {
        double[][] out = new double[designPoints.length][];
        for (int i = 0; i < designPoints.length; i++) {
            out[i] = designPoints[i].clone();
        }
        return out;
    }

    public ExperimentDefinition mixtureSum(String text, String where) {
        switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "exact", "1", "exactly-1" -> mixtureExact = true;
            case "at-most", "at-most-1", "<=1" -> mixtureExact = false;
            default -> throw new InputException(where + "mixture_sum '" + text.trim() + "' is not allowed; allowed at-most (shares sum to at most 1) or exact (to exactly 1)");
        }
        return this;
    }

    public ExperimentDefinition onInfeasible(String text, String where) {
        switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "skip" -> skipInfeasible = true;
            case "fail" -> skipInfeasible = false;
            default -> throw new InputException(where + "on_infeasible '" + text.trim() + "' is not allowed; allowed skip or fail");
        }
        return this;
    }

    /** Uses the points of a CSV file as the design (its columns become the varied parameters). */
    public ExperimentDefinition designFile(Path file) {
        DesignFile read = DesignFile.read(file);
        factors.clear();
        for (Factor f : read.factors()) {
            factors.put(f.name(), f);
        }
        designPoints = read.points();
        designFile = file;
        design = DesignKind.FILE;
        return this;
    }
    public Map<String, Double> sets() { return sets; }
    public Map<String, String> paths() { return paths; }

    /** Sampled-design size: LHS points, Sobol base samples or Morris trajectories (design default if unset). */
    public int samples() {
        return samples > 0 ? samples : design.defaultSamples();
    }

    /** Outcomes analysed in sensitivity.csv: those listed, or every metric. */
    public List<Metric> outcomes() {
        return outcomes.isEmpty() ? List.of(Metric.values()) : outcomes;
    }

    public ExperimentDefinition name(String n) { this.name = n; return this; }
    public ExperimentDefinition scenarios(List<String> s) { this.scenarios = new ArrayList<>(s); return this; }
    public ExperimentDefinition seed(long s) { this.seed = s; return this; }

    /** Where the seeds come from: {@value #PLAIN} or {@value #HISTORY}; {@code where} prefixes the error. */
    public ExperimentDefinition seedSource(String source, String where) {
        String v = source.trim().toLowerCase(java.util.Locale.ROOT);
        if (!v.equals(PLAIN) && !v.equals(HISTORY)) {
            throw new InputException(where + "seeds '" + source + "' is not allowed; allowed: " + HISTORY + " (the accepted seeds of "
                    + "scenarios/history.ensemble) or " + PLAIN + " (seed S + replication - 1)");
        }
        this.seedSource = v;
        if (v.equals(PLAIN)) {
            seedList = null;
        }
        return this;
    }

    /** Replications 1..R take the first R of the history ensemble's accepted seeds ({@code pool}). */
    public ExperimentDefinition historySeeds(List<Long> pool) {
        this.seedSource = HISTORY;
        this.seedPool = List.copyOf(pool);
        return seedOffset(0);
    }

    /**
     * Replications 1..R take the accepted seeds after the first {@code offset} (a later round of the
     * same comparison, so every pair is still one seed); refused when the ensemble holds too few.
     */
    public ExperimentDefinition seedOffset(int offset) {
        if (offset + replications > seedPool.size()) {
            throw new InputException((offset + replications) + " replications with --seeds history, but the history ensemble holds "
                    + seedPool.size() + " accepted seeds; rebuild it with more (./plaza ensemble --keep " + (offset + replications)
                    + " --candidates " + Math.max(400, 25 * (offset + replications)) + ") or use --seeds plain");
        }
        this.seedList = List.copyOf(seedPool.subList(offset, offset + replications));
        return this;
    }

    /** Every accepted seed of the ensemble when the seeds come from it, else null. */
    public List<Long> seedPool() { return seedPool; }
    public ExperimentDefinition design(DesignKind d) { this.design = d; return this; }

    public ExperimentDefinition replications(int r) {
        if (r < 1 || r > 1_000_000) {
            throw new InputException("replications " + r + " is out of range; allowed 1 to 1000000");
        }
        this.replications = r;
        return this;
    }

    public ExperimentDefinition until(YearMonth u) {
        if (u.isBefore(RunConfig.OUTPUT_START) || u.isAfter(RunConfig.LATEST)) {
            throw new InputException("until " + u + " is out of range; allowed " + RunConfig.OUTPUT_START + " to " + RunConfig.LATEST);
        }
        this.until = u;
        return this;
    }

    public ExperimentDefinition scale(double s) {
        if (!(s >= 1 && s <= 10_000)) {
            throw new InputException("scale " + Numbers.format(s) + " is out of range; allowed [1, 10000] people per agent");
        }
        this.scale = s;
        return this;
    }

    public ExperimentDefinition samples(int n) {
        if (n < 1 || n > 1_000_000) {
            throw new InputException("samples " + n + " is out of range; allowed 1 to 1000000");
        }
        this.samples = n;
        return this;
    }

    /** Adds a varied parameter, replacing an earlier range for the same parameter. */
    public ExperimentDefinition vary(Factor f) {
        factors.remove(f.name());
        factors.put(f.name(), f);
        return this;
    }

    /** Fixes a parameter for every run, on top of each scenario's values. */
    public ExperimentDefinition set(Parameter p, double value) {
        sets.put(p.name(), value);
        paths.remove(p.name());
        return this;
    }

    /** Fixes a parameter for every run from a checked {@code --set name=value}: its number, or a lever's path. */
    public ExperimentDefinition set(plaza.scenario.Overrides.Override o) {
        return o.path() != null ? setPath(o.parameter(), o.path(), "--set: ") : set(o.parameter(), o.value());
    }

    /** Fixes a lever to a path for every run (the text is checked: points, months, range). */
    public ExperimentDefinition setPath(Parameter p, String text, String where) {
        plaza.params.ParameterValues.builder().set(p.name(), text, where);
        paths.put(p.name(), text.trim());
        sets.remove(p.name());
        return this;
    }

    /** Checks the rules that span several settings (after file and flags are both applied; {@link DefinitionRules}). */
    public void validate() {
        DefinitionRules.check(this);
    }

    /**
     * The definition as experiment-file lines, in a fixed order: written into the metadata and,
     * with the resolved scenarios, into the plan that a resumed batch must match ({@link DefinitionRules}).
     */
    public List<String> canonicalLines() {
        return DefinitionRules.canonicalLines(this);
    }
}
