package plaza.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import plaza.analysis.Comparison;
import plaza.batch.BatchResult;
import plaza.batch.BatchRunner;
import plaza.batch.BatchSpec;
import plaza.batch.ExperimentDefinition;
import plaza.batch.ExperimentParser;

/**
 * {@code plaza headline}: the main job. Runs the headline experiment (every scenario x 10
 * replications to 2020, common random numbers) with the batch runner, then compares every scenario
 * with the baseline: results/headline/ ends up with the batch files, comparison.csv, charts and
 * report.md. An interrupted run resumes; results from other code or another definition are replaced.
 */
@Command(name = "headline", mixinStandardHelpOptions = true, sortOptions = false,
        description = "The main job: every scenario x 10 replications to 2020 on the history ensemble's seeds (experiments/experiments/headline.experiment),"
                + " then the comparison with the baseline: CSVs, comparison.csv, charts/ and report.md in results/headline/.")
public final class HeadlineCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec commandSpec;

    @Option(names = "--experiment", paramLabel = "FILE", description = "Experiment file (default: experiments/experiments/headline.experiment).")
    Path experiment;

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--replications", paramLabel = "R", description = "Replications per scenario (default: the experiment file's, 10).")
    Integer replications;

    @Option(names = "--seeds", paramLabel = "history|plain",
            description = "history: the first R accepted seeds of the history-matched ensemble (scenarios/history.ensemble); plain: seeds 1..R (default: the experiment file's, history).")
    String seeds;

    @Option(names = "--saved-worlds", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Continue every scenario from the seed's saved world of the months all scenarios share (to 2006-12), instead of simulating them again,"
                    + " keeping the worlds in results/.worlds/ for the next headline of the same code; the outputs are the same (default: on; --no-saved-worlds to time the difference).")
    boolean savedWorlds;

    @Option(names = "--until", paramLabel = "YYYY-MM", description = "Last month simulated (default: the experiment file's, 2020-12).")
    String until;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: results/headline/).")
    Path out;

    @picocli.CommandLine.Mixin
    PrecisionOptions precisionOptions = new PrecisionOptions();

    @Override
    public Integer call() throws IOException {
        Path file = experiment != null ? Project.experimentFile(experiment) : Project.home().resolve("experiments/experiments/headline.experiment");
        Path dir = out != null ? out : Project.results().resolve("headline");
        ExperimentDefinition def = ExperimentParser.parse(file);
        if (replications != null) {
            def.replications(replications);
        }
        if (until != null) {
            def.until(Project.parseMonth(until, "--until"));
        }
        HistorySeeds.apply(def, seeds, HistorySeeds.err(commandSpec));
        BatchSpec spec = BatchSpec.resolve(def, Project.scenarios());
        Path planFile = dir.resolve(BatchRunner.PLAN);
        boolean resume = !Files.exists(planFile)
                || Files.readString(planFile, StandardCharsets.UTF_8).equals(spec.plan());
        if (!resume) {
            System.err.println("plaza: " + dir + " holds results of other code or another definition; replacing them");
        }
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        BatchResult result = new BatchRunner().savedWorlds(savedWorlds).worldCache(savedWorlds ? Project.worlds() : null).command("plaza headline").execute(spec, dir, t, resume);
        double target = PrecisionRounds.parse(precisionOptions.precision == null ? PrecisionOptions.HEADLINE_DEFAULT : precisionOptions.precision);
        if (target > 0) {
            result = PrecisionRounds.run(def, dir, t, target, PrecisionRounds.metrics(precisionOptions.metrics), precisionOptions.maxReplications, result, savedWorlds, !resume);
        } else {
            Comparison c = Comparison.writeFor(dir, Project.scenarios());
            if (!c.unchanged().isEmpty()) {
                System.err.println("plaza: left out of the report: " + String.join(", ", c.unchanged()) + " (every run identical to "
                        + c.baseline() + "'s with the same seed from " + c.span().from() + " to " + c.span().to()
                        + ": their levers act after it; run them with 'plaza batch --until 2026-12' to judge them)");
            }
        }
        System.out.println("wrote " + dir.resolve("report.md") + " and report.html (" + result.succeeded() + " runs, "
                + result.failed() + " failed); open it to read the policy comparison");
        return result.allSucceeded() ? PlazaCli.OK : PlazaCli.FAILURE;
    }
}
