package plaza.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --engine local} found as an engine like the others: through {@link BatchEngine#find} it
 * writes the bytes {@link BatchRunner#run} writes (on another thread count), and a second call finds
 * the batch complete and runs nothing.
 */
class LocalEngineTest {

    @TempDir
    Path tmp;

    @Test
    void theLocalEngineWritesTheRunnersBytesAndFindsAFinishedBatchComplete() throws Exception {
        ExperimentDefinition def = new ExperimentDefinition().name("test").scenarios(List.of("baseline"))
                .replications(2).until(YearMonth.of(2007, 6)).scale(1000)
                .vary(Factor.parse("policy.kingpin_intensity", "0.5:1.5:2", ""));
        BatchSpec spec = BatchSpec.resolve(def, TestProject.scenarios());
        Path runner = tmp.resolve("runner");
        new BatchRunner().progress(new PrintStream(new ByteArrayOutputStream()), false, 60_000).execute(spec, runner, 1, true);

        Path engine = tmp.resolve("engine");
        BatchEngine local = BatchEngine.find("local");
        assertEquals(LocalEngine.NAME, local.name());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        BatchEngine.Job job = new BatchEngine.Job(spec, engine, 2, true, List.of(), "test", new EngineOptions(),
                new PrintStream(err, true, StandardCharsets.UTF_8), 60_000, Path.of(".."));
        assertEquals(BatchEngine.OK, local.run(job));
        for (String f : List.of("runs.csv", "timeseries.csv", "summary.csv", "parameters.csv")) {
            assertArrayEquals(Files.readAllBytes(runner.resolve(f)), Files.readAllBytes(engine.resolve(f)), f);
        }
        assertFalse(Files.exists(engine.resolve(PartStore.DIR)), "parts are removed after the merge");
        assertTrue(Files.readString(engine.resolve("metadata.txt")).contains("engine = local"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("batch: 4 runs"), err.toString(StandardCharsets.UTF_8));

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        assertEquals(BatchEngine.OK, local.run(new BatchEngine.Job(spec, engine, 2, true, List.of(), "test", new EngineOptions(),
                new PrintStream(again, true, StandardCharsets.UTF_8), 60_000, Path.of(".."))));
        assertFalse(again.toString(StandardCharsets.UTF_8).contains("batch: 4 runs"), "a complete batch runs nothing");
    }
}
