package plaza.calibration;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;

import plaza.io.Numbers;
import plaza.model.RunConfig;
import plaza.params.InputException;
import plaza.params.ParameterValues;

/**
 * The history-matched ensemble: the seeds whose own baseline run agrees with the reports' record
 * from 1995 to 2012 (history matching). Conditioning on the record infers the world's random draws
 * from what happened; a counterfactual then changes only the policy on those worlds (see
 * experiments/docs/history-ensemble.md).
 *
 * <p>The ensemble is data, in the scenario library ({@value #FILE}, key = value lines, with every
 * candidate's record in {@value #CANDIDATES}): the accepted seeds, the acceptance rate, the matching
 * rule, and what it was matched on: the code version (informational: a committed file always names
 * the commit before its own), the hash of the targets table, and the <em>model fingerprint</em>, a
 * hash of every monthly output of the baseline run of the first accepted seed from 1995 to 2012.
 * Any change to the model, the baseline's values or the targets changes one of the two hashes, and
 * commands that use the ensemble then say it is stale and print the command that rebuilds it.
 *
 * @param seeds       accepted seeds, in seed order
 * @param candidates  candidate seeds examined (1..candidates)
 * @param accepted    candidates accepted among them (at least {@code seeds.size()})
 * @param wanted      the number of seeds asked for (--keep)
 * @param limit       the most candidates that could be examined (--candidates)
 * @param scale       people per person-agent of the matched runs
 * @param rule        the matching rule
 * @param fingerprint the model fingerprint (see above)
 * @param targetsHash hash of the targets table the rule read
 * @param codeVersion the code and data version of the build that matched it
 * @param builtAt     when it was built (UTC)
 */
public record HistoryEnsemble(List<Long> seeds, int candidates, int accepted, int wanted, int limit, double scale,
                              Rule rule, String fingerprint, String targetsHash, String codeVersion, String builtAt) {

    /** The ensemble file in the scenario library. */
    public static final String FILE = "history.ensemble";
    /** Every candidate's record: where it was rejected and by which checks (gzip-compressed CSV: about 30,000 rows). */
    public static final String CANDIDATES = "history-candidates.csv.gz";
    /** Last month of the record the runs are matched on. */
    public static final YearMonth MATCHED_UNTIL = YearMonth.of(2012, 12);
    /** Candidates are examined in fixed chunks, so the examined count does not depend on the threads. */
    public static final int CHUNK = 100;
    /** Progress is printed every this many candidates. */
    private static final int PROGRESS = 1000;

    public HistoryEnsemble {
        seeds = List.copyOf(seeds);
    }

    /** Share of the examined candidates accepted. */
    public double acceptanceRate() {
        return candidates == 0 ? 0 : (double) accepted / candidates;
    }

    /** The command that rebuilds this ensemble with the options it was built with. */
    public String rebuildCommand() {
        return "./plaza ensemble --candidates " + limit + " --keep " + wanted
                + " --strict " + (rule.strict().isEmpty() ? "none" : String.join(",", rule.strict()))
                + " --tolerance " + Numbers.format(rule.tolerance())
                + " --exclude " + (rule.excluded().isEmpty() ? "none" : String.join(",", rule.excluded()))
                + (scale == RunConfig.DEFAULT_SCALE ? "" : " --scale " + Numbers.format(scale));
    }

    /**
     * The first {@code r} accepted seeds.
     *
     * @throws InputException when the ensemble holds fewer
     */
    public List<Long> first(int r, Path file) {
        if (r < 1 || r > seeds.size()) {
            throw new InputException("--replications " + r + " with --seeds history: " + file + " holds " + seeds.size()
                    + " accepted seeds; allowed 1 to " + seeds.size() + ", or rebuild it with more: ./plaza ensemble --candidates "
                    + Math.max(limit, 2 * limit * r / Math.max(1, seeds.size())) + " --keep " + r);
        }
        return seeds.subList(0, r);
    }

    // ---- matching ----

    /**
     * Which targets a run must meet, every one evaluated by 2012: the {@code strict} ones inside their
     * range; the others inside their range widened by {@code tolerance} of its width on each side (of
     * the bound itself for a range open on one side); the {@code excluded} ones not at all (targets the
     * model misses on average, which no seed can fix: matching on them would select worlds odd elsewhere).
     *
     * @param strict    ids of the targets met exactly
     * @param tolerance widening of the other ranges, as a share of their width
     * @param excluded  ids of the targets not matched
     */
    public record Rule(List<String> strict, double tolerance, List<String> excluded) {

        /** {@code --strict all}: every target not excluded is met exactly. */
        public static final String ALL = "all";

        public Rule {
            strict = List.copyOf(strict);
            excluded = List.copyOf(excluded);
            if (!(tolerance >= 0 && tolerance <= 10)) {
                throw new InputException("--tolerance " + tolerance + " is out of range; allowed 0 to 10 (share of a range's width)");
            }
            if (strict.contains(ALL) && strict.size() > 1) {
                throw new InputException("--strict all names every target; give it alone, not with " + String.join(",", strict));
            }
            for (String id : strict) {
                if (excluded.contains(id)) {
                    throw new InputException("target '" + id + "' is both --strict and --exclude; drop one of the two");
                }
            }
        }

        /** True if every target not excluded is met exactly. */
        public boolean allStrict() {
            return strict.contains(ALL);
        }

        private boolean isStrict(String id) {
            return allStrict() || strict.contains(id);
        }

        /** The rule as the file states it. */
        public String text() {
            if (allStrict()) {
                return "in the candidate's own baseline run to " + MATCHED_UNTIL + ", every target of seeds/targets.csv inside its range"
                        + (excluded.isEmpty() ? "" : "; not matched: " + String.join(", ", excluded));
            }
            return "in the candidate's own baseline run to " + MATCHED_UNTIL + ", " + (strict.isEmpty() ? "" : String.join(", ", strict)
                    + " inside their range; ") + "every other target of seeds/targets.csv inside its range widened by "
                    + Numbers.format(tolerance) + " of its width on each side" + (excluded.isEmpty() ? ""
                    : "; not matched: " + String.join(", ", excluded));
        }

        /** True if a run's value meets the target. */
        boolean meets(Target target, double value, double low, double high) {
            if (excluded.contains(target.id())) {
                return true;
            }
            double[] b = bounds(target, low, high);
            return value >= b[0] && value <= b[1];
        }

        /** The range a run's value must lie in: the target's own, widened for a tolerant one, unbounded for an excluded one. */
        double[] bounds(Target target, double low, double high) {
            if (excluded.contains(target.id())) {
                return new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
            }
            double slack = 0;
            if (!isStrict(target.id())) {
                double width = high - low;
                slack = tolerance * (Double.isFinite(width) && width > 0 ? width : Math.abs(Double.isFinite(low) ? low : high));
            }
            return new double[] {low - slack, high + slack};
        }

        void check(List<Target> all, Path targetsFile) {
            for (String id : concat(strict, excluded)) {
                if (!id.equals(ALL) && all.stream().noneMatch(t -> t.id().equals(id))) {
                    throw new InputException("no target '" + id + "' in " + targetsFile + " (--strict, --exclude)");
                }
            }
        }

        private static List<String> concat(List<String> a, List<String> b) {
            List<String> out = new ArrayList<>(a);
            out.addAll(b);
            return out;
        }
    }

    /**
     * One candidate's record: its seed, whether it was accepted, its value of every target evaluated
     * (NaN for the targets after the month it was rejected in), which of those it met, and, when
     * rejected, the month of the check that rejected it and the checks that failed there.
     */
    public record Candidate(long seed, boolean accepted, double[] values, boolean[] met, YearMonth rejectedAt,
                            List<String> rejectedBy) {
        public Candidate {
            rejectedBy = List.copyOf(rejectedBy);
        }

        public List<String> missed(List<Target> targets) {
            List<String> out = new ArrayList<>();
            for (int t = 0; t < met.length; t++) {
                if (!met[t]) {
                    out.add(targets.get(t).id());
                }
            }
            return out;
        }

        /** Targets evaluated before the candidate was accepted or rejected. */
        public int evaluated() {
            int n = 0;
            for (double v : values) {
                n += Double.isNaN(v) ? 0 : 1;
            }
            return n;
        }
    }

    /** What a build found: the ensemble and every examined candidate's record. */
    public record Build(HistoryEnsemble ensemble, List<Target> targets, List<Candidate> candidates) { }

    /**
     * Runs the baseline on candidate seeds 1, 2, ... in chunks of {@value #CHUNK} and keeps the first
     * {@code keep} whose own run meets every target of the rule; stops after the chunk in which the
     * {@code keep}-th is found, or after {@code limit} candidates. A candidate is rejected at the first
     * month in which a target it can already evaluate has failed ({@link CandidateChecks}). The accepted
     * seeds depend only on the candidates, the code and the data, not on the threads.
     */
    public static Build build(ParameterValues baseline, List<Target> all, Path targetsFile, Rule rule, int limit, int keep,
                              double scale, int threads, PrintStream progress) {
        return build(baseline, all, targetsFile, rule, limit, keep, scale, threads, progress, true);
    }

    /** As above; {@code early} false simulates every candidate to 2012-12 before judging it (for the test that both agree). */
    static Build build(ParameterValues baseline, List<Target> all, Path targetsFile, Rule rule, int limit, int keep,
                       double scale, int threads, PrintStream progress, boolean early) {
        if (limit < 1 || limit > 1_000_000) {
            throw new InputException("--candidates " + limit + " is out of range; allowed 1 to 1000000");
        }
        if (keep < 1 || keep > limit) {
            throw new InputException("--keep " + keep + " is out of range; allowed 1 to --candidates (" + limit + ")");
        }
        rule.check(all, targetsFile);
        List<Target> targets = all.stream().filter(t -> t.evaluableUntil(MATCHED_UNTIL)).toList();
        CandidateChecks checks = new CandidateChecks(targets, rule, baseline, early);
        List<Candidate> examined = new ArrayList<>();
        List<Long> seeds = new ArrayList<>();
        int accepted = 0;
        long t0 = System.nanoTime();
        ExecutorService pool = CandidateChecks.pool(Math.min(threads, CHUNK));
        try {
            for (int from = 1; from <= limit && seeds.size() < keep; from += CHUNK) {
                int n = Math.min(CHUNK, limit - from + 1);
                for (Candidate c : checks.run(from, n, scale, pool)) {
                    examined.add(c);
                    if (c.accepted()) {
                        accepted++;
                        if (seeds.size() < keep) {
                            seeds.add(c.seed());
                        }
                    }
                }
                if (progress != null && (examined.size() % PROGRESS == 0 || seeds.size() >= keep || from + n > limit)) {
                    progress.printf(Locale.ROOT, "candidates 1-%d: %d accepted (%.0f s)%n", from + n - 1, accepted,
                            (System.nanoTime() - t0) / 1e9);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        String fp = seeds.isEmpty() ? "none" : EnsembleHashes.fingerprint(baseline, seeds.get(0), scale);
        HistoryEnsemble e = new HistoryEnsemble(seeds, examined.size(), accepted, keep, limit, scale, rule, fp,
                EnsembleHashes.fileHash(targetsFile), plaza.io.CodeVersion.get(), java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        return new Build(e, targets, examined);
    }

    // ---- staleness ----

    /**
     * Why this ensemble is stale for the current code and data, or null if it is current: the targets
     * table changed, or the baseline run of its first seed no longer gives its fingerprint.
     */
    public String staleness(ParameterValues baseline, Path targetsFile) {
        if (seeds.isEmpty()) {
            return "it holds no accepted seed";
        }
        String th = EnsembleHashes.fileHash(targetsFile);
        if (!th.equals(targetsHash)) {
            return "the targets table " + targetsFile + " changed since it was matched (hash " + targetsHash + ", now " + th + ")";
        }
        String fp = EnsembleHashes.fingerprint(baseline, seeds.get(0), scale);
        if (!fp.equals(fingerprint)) {
            return "the model or the baseline changed since it was matched (code " + codeVersion + "): the baseline run of seed "
                    + seeds.get(0) + " gave fingerprint " + fingerprint + ", this code gives " + fp;
        }
        return null;
    }

    /** Writes the ensemble file and the candidates' record next to it, each atomically ({@link HistoryEnsembleFile}). */
    public static void write(Build b, Path dir) {
        HistoryEnsembleFile.write(b, dir);
    }

    /** Reads an ensemble file; a missing or malformed one is refused with the file, line and key ({@link HistoryEnsembleFile}). */
    public static HistoryEnsemble read(Path file) {
        return HistoryEnsembleFile.read(file);
    }
}
