package plaza.batch;

import java.time.Instant;

import plaza.io.CodeVersion;
import plaza.io.Metadata;
import plaza.scenario.Scenario;

/** A merged batch's metadata.txt: the command, the definition, the code version, the clock and the run counts. */
final class BatchMetadata {

    private BatchMetadata() {
    }

    static Metadata of(BatchSpec spec, String command, String engine, int threads, Instant start, Instant end,
                       BatchMerger.Counts counts, int resumed) {
        ExperimentDefinition def = spec.definition();
        Metadata md = new Metadata()
                .put("format_version", Metadata.FORMAT_VERSION)
                .put("kind", "batch")
                .put("status", "complete")
                .put("name", def.name())
                .put("description", def.description())
                .put("command", command)
                .put("experiment_file", def.file() == null ? "" : def.file())
                .put("code_version", CodeVersion.get())
                .put("started_at", start)
                .put("finished_at", end)
                .put("cores", Runtime.getRuntime().availableProcessors())
                .put("threads", threads)
                .put("engine", engine)
                .put("runs_total", spec.runCount())
                .put("runs_done", counts.done())
                .put("runs_failed", counts.failed())
                .put("runs_resumed", resumed)
                .put("design_points", spec.points())
                .put("seed_rule", SeedRule.TEXT)
                .put("outcomes", "runs.csv: totals over the run of flow metrics (kind FLOW), means over the run's months of stocks (kind STOCK: members, troops, shares, indices)")
                .put("summary_groups", def.design().sampled() ? "scenario (pooled over design points)" : "scenario x design point")
                .put("summary_ci", "90% t interval of the mean, mean +/- t(0.95, n-1) sd/sqrt(n); empty when n < 2");
        if (def.design() == DesignKind.SOBOL) {
            md.put("sensitivity_ci", Math.round(SensitivityAnalysis.CONFIDENCE * 100) + "% bootstrap percentile interval, "
                    + def.bootstrap() + " resamples of the base samples");
        }
        for (String line : def.canonicalLines()) {
            int eq = line.indexOf(" = ");
            md.put("experiment." + line.substring(0, eq).replace(' ', '.'), line.substring(eq + 3));
        }
        for (Scenario s : spec.scenarios()) {
            md.put("scenario." + s.name() + ".file", s.file());
        }
        return md;
    }
}
