package plaza.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import plaza.io.CodeVersion;
import plaza.io.Metadata;
import plaza.io.RunWriter;
import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.params.Parameter;
import plaza.params.ParameterCatalog;
import plaza.params.ParameterValues;
import plaza.scenario.Scenario;

/** {@code plaza run}: one scenario, one seed, written to a result directory. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run one scenario with one seed and write timeseries.csv, plazas.csv, events.csv and metadata.txt.")
public final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "A scenario name in scenarios/ (see 'plaza scenarios') or a path to a .scenario file.")
    String scenario;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--until", defaultValue = "2012-12", paramLabel = "YYYY-MM", description = "Last month simulated, 2007-01 to 2030-12 (default: ${DEFAULT-VALUE}, the Calderon term; 'gui' and 'headline' run to 2020-12).")
    String until;

    @Option(names = "--scale", defaultValue = "100", paramLabel = "X", description = "People per person-agent; 1 is the full population (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--set", paramLabel = "name=value", description = "Override a parameter (repeatable); see scenarios/README.md for names.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--spin-up", description = "Also write the 2005-2006 spin-up months (before the Calderon offensive) to timeseries.csv.")
    boolean spinUp;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: results/<scenario>/seed-<N>/).")
    Path out;

    @Override
    public Integer call() {
        Scenario s = Project.scenarios().load(scenario);
        ParameterValues values = Project.applySets(s, sets);
        RunConfig config = new RunConfig(s.name(), values, seed, Project.parseMonth(until, "--until"), scale);
        Path dir = out != null ? out : Project.results().resolve(s.name()).resolve("seed-" + seed);
        Instant start = Instant.now();
        run(config, dir, s, sets, start, spinUp);
        System.out.println("wrote " + dir + " (" + config.outputMonths() + " months):");
        for (String f : RunWriter.FILES) {
            System.out.println("  " + dir.resolve(f));
        }
        return PlazaCli.OK;
    }

    /** Runs a configuration and writes its result directory atomically (also used by batch and GUI tests). */
    public static void run(RunConfig config, Path dir, Scenario s, List<String> sets, Instant start) {
        run(config, dir, s, sets, start, false);
    }

    /** As {@link #run(RunConfig, Path, Scenario, List, Instant)}, optionally with the spin-up months. */
    public static void run(RunConfig config, Path dir, Scenario s, List<String> sets, Instant start, boolean spinUp) {
        boolean existed = java.nio.file.Files.isDirectory(dir);
        try (RunWriter writer = new RunWriter(dir, config.scenario(), config.seed(), spinUp)) {
            PlazaModel.run(config, writer);
            writer.commit();
        } catch (RuntimeException e) {
            if (!existed) {
                try {
                    java.nio.file.Files.deleteIfExists(dir);
                } catch (java.io.IOException ignored) {
                    // not empty or not removable: leave it, it holds no partial files
                }
            }
            throw e;
        }
        metadata(config, s, sets, start, Instant.now()).write(dir);
        plaza.io.DataPackage.write(dir);
    }

    /** The metadata of a single run: scenario, seed, scale, period, code version, times, every parameter. */
    public static Metadata metadata(RunConfig config, Scenario s, List<String> sets, Instant start, Instant end) {
        Metadata md = new Metadata()
                .put("format_version", Metadata.FORMAT_VERSION)
                .put("kind", "run")
                .put("scenario", config.scenario())
                .put("scenario_file", s == null ? "" : s.file())
                .put("description", s == null ? "" : s.description())
                .put("seed", config.seed())
                .put("scale", Parameter.format(config.scale()))
                .put("start_month", RunConfig.OUTPUT_START)
                .put("until", config.until())
                .put("overrides", String.join(" ", sets))
                .put("code_version", CodeVersion.get())
                .put("started_at", start)
                .put("finished_at", end);
        for (Parameter p : ParameterCatalog.all()) {
            md.put("param." + p.name(), Parameter.format(config.params().get(p)));
        }
        return md;
    }
}
