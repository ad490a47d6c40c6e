package plaza.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --engine slurm} when the SLURM controller does not answer (a fake {@code sbatch} that fails
 * the way a real one does with slurmctld down): a clear error naming the cause and how to resume,
 * exit code 1, no stack trace, and no result file written. Runs the CLI in a child JVM so that the
 * fake commands come first on its PATH; needs no SLURM installation.
 */
class SlurmUnreachableTest {

    @TempDir
    Path tmp;

    private static void script(Path dir, String name, String body) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void anUnreachableControllerGivesAClearErrorAndWritesNoResults() throws Exception {
        Path bin = Files.createDirectory(tmp.resolve("bin"));
        String refused = "echo 'sbatch: error: Batch job submission failed: Unable to contact slurm controller (connect failure)' >&2; exit 1";
        script(bin, "sbatch", "if [ \"$1\" = --version ]; then echo 'slurm 23.11'; exit 0; fi\n" + refused);
        script(bin, "squeue", "echo 'squeue: error: Unable to contact slurm controller (connect failure)' >&2; exit 1");
        Path out = tmp.resolve("out");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "plaza.cli.PlazaCli",
                "batch", "--scenarios", TestProject.baseline(), "--replications", "2", "--until", "2007-03",
                "--scale", "1000", "--engine", "slurm", "--out", out.toString());
        pb.environment().put("PATH", bin + File.pathSeparator + System.getenv().getOrDefault("PATH", ""));
        pb.redirectErrorStream(true);
        Process p = pb.start();
        p.getOutputStream().close();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), log);
        assertTrue(log.contains("plaza: error: SLURM did not accept array.sbatch") && log.contains("Unable to contact slurm controller")
                && log.contains("run the same command again"), log);
        assertFalse(log.contains("internal error") || log.contains("\tat "), "no stack trace: " + log);
        for (String f : List.of("runs.csv", "timeseries.csv", "summary.csv")) {
            assertFalse(Files.exists(out.resolve(f)), f + " is not written");
        }
    }
}
