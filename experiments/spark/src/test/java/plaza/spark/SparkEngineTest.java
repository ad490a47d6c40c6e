package plaza.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.batch.BatchRunner;
import plaza.batch.BatchSpec;
import plaza.batch.ExperimentDefinition;
import plaza.batch.Factor;
import plaza.cli.PlazaCli;
import plaza.scenario.ScenarioLibrary;

/**
 * {@code --engine spark} on real Spark: {@code local[2]} in this JVM, a standalone master and two
 * workers started on 127.0.0.1 by the test, and a driver killed mid-batch; each batch's files are
 * compared byte for byte with the local batch's. Every socket is on the loopback interface
 * (SPARK_LOCAL_IP, set for the test JVM by the module's pom, and the driver's host and bind address).
 */
class SparkEngineTest {

    private static final List<String> DETERMINISTIC = List.of("runs.csv", "timeseries.csv", "summary.csv");
    private static Path root;

    @TempDir
    Path tmp;

    @BeforeAll
    static void project() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isRegularFile(p.resolve("scenarios/baseline.scenario"))) {
            p = p.getParent();
        }
        root = p;
        System.setProperty("plaza.home", p.toString());
    }

    private static String baseline() {
        return root.resolve("scenarios/baseline.scenario").toString();
    }

    private static List<String> batch(Path out, String... more) {
        List<String> a = new ArrayList<>(List.of("batch", "--scenarios", baseline(), "--progress-interval", "0.001"));
        a.addAll(List.of(more));
        a.addAll(List.of("--engine", "spark", "--out", out.toString()));
        return a;
    }

    private void assertSameAsLocal(ExperimentDefinition def, Path sparkOut) throws IOException {
        BatchSpec spec = BatchSpec.resolve(def, new ScenarioLibrary(root.resolve("scenarios")));
        Path local = tmp.resolve("local");
        new BatchRunner().progress(new PrintStream(new ByteArrayOutputStream()), false, 60_000).execute(spec, local, 2, true);
        List<String> files = new ArrayList<>(DETERMINISTIC);
        if (!def.outputs().isEmpty()) {
            files.addAll(List.of("plazas.csv", "states.csv", "events.csv")); // the per-run tables, through the same part store
        }
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(local.resolve(f)), Files.readAllBytes(sparkOut.resolve(f)), f);
        }
        assertFalse(Files.exists(sparkOut.resolve("parts")), "parts are removed after the merge");
    }

    private static ExperimentDefinition grid() {
        return new ExperimentDefinition().name("adhoc").scenarios(List.of(baseline()))
                .replications(3).until(YearMonth.of(2007, 9)).scale(1000)
                .vary(Factor.parse("policy.kingpin_intensity", "0.5:1.5:2", "")).outputs("plazas,states,events", "");
    }

    private static String[] gridArgs() {
        return new String[] {"--replications", "3", "--until", "2007-09", "--scale", "1000",
                "--vary", "policy.kingpin_intensity=0.5:1.5:2", "--outputs", "plazas,states,events", "--runs-per-task", "2"};
    }

    @Test
    void localTwoWritesTheLocalBatchesBytes() throws IOException {
        Path out = tmp.resolve("spark");
        List<String> args = batch(out, gridArgs());
        args.addAll(List.of("--master", "local[2]"));
        assertEquals(0, PlazaCli.commandLine().execute(args.toArray(new String[0])));
        assertSameAsLocal(grid(), out);
        assertTrue(Files.readString(out.resolve("metadata.txt")).contains("engine = spark local[2]"));
    }

    @Test
    void aStandaloneClusterOfTwoWorkersWritesTheLocalBatchesBytes() throws Exception {
        // a Spark home for the workers: they look for SPARK_HOME/jars; executors get the test class path
        Path home = Files.createDirectories(tmp.resolve("spark-home/jars"));
        int port = freePort();
        int ui = freePort();
        List<Process> daemons = new ArrayList<>();
        Map<String, String> props = Map.of("spark.driver.host", "127.0.0.1", "spark.driver.bindAddress", "127.0.0.1",
                "spark.ui.enabled", "false", "spark.executor.memory", "512m",
                "spark.executor.extraClassPath", System.getProperty("java.class.path"));
        try {
            daemons.add(daemon(home.getParent(), tmp.resolve("master.log"), "org.apache.spark.deploy.master.Master",
                    "--host", "127.0.0.1", "--port", Integer.toString(port), "--webui-port", Integer.toString(ui)));
            awaitPort(port, daemons.get(0), tmp.resolve("master.log"));
            for (int w = 1; w <= 2; w++) {
                daemons.add(daemon(home.getParent(), tmp.resolve("worker" + w + ".log"), "org.apache.spark.deploy.worker.Worker",
                        "--host", "127.0.0.1", "--cores", "1", "--memory", "1g", "--webui-port", Integer.toString(freePort()),
                        "--work-dir", tmp.resolve("work" + w).toString(), "spark://127.0.0.1:" + port));
            }
            awaitWorkers(ui, 2, tmp.resolve("master.log"));
            props.forEach(System::setProperty);
            Path out = tmp.resolve("standalone");
            List<String> args = batch(out, gridArgs());
            args.addAll(List.of("--master", "spark://127.0.0.1:" + port));
            assertEquals(0, PlazaCli.commandLine().execute(args.toArray(new String[0])),
                    () -> read(tmp.resolve("worker1.log")) + read(tmp.resolve("worker2.log")));
            assertSameAsLocal(grid(), out);
            for (int w = 1; w <= 2; w++) {
                try (Stream<Path> apps = Files.list(tmp.resolve("work" + w))) {
                    assertTrue(apps.anyMatch(p -> p.getFileName().toString().startsWith("app-")), "worker " + w + " ran an executor");
                }
            }
        } finally {
            props.keySet().forEach(System::clearProperty);
            for (Process p : daemons) {
                p.destroy();
            }
            for (Process p : daemons) {
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
    }

    @Test
    void aDriverKilledMidwayResumesToTheSameFiles() throws Exception {
        Path out = tmp.resolve("killed");
        List<String> cmd = java("plaza.cli.PlazaCli");
        cmd.addAll(batch(out, "--replications", "16", "--until", "2008-06", "--scale", "300", "--runs-per-task", "1",
                "--master", "local[2]"));
        Process driver = start(cmd, tmp.resolve("driver.log"), null);
        Path parts = out.resolve("parts");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (count(parts) < 3 && driver.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        driver.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
        driver.waitFor();
        int before = count(parts);
        assertTrue(before >= 3 && before < 16, "killed mid-batch with " + before + " runs done; log: " + read(tmp.resolve("driver.log")));
        assertFalse(Files.exists(out.resolve("runs.csv")));

        Process again = start(cmd, tmp.resolve("resume.log"), null);
        assertTrue(again.waitFor(180, TimeUnit.SECONDS));
        String log = read(tmp.resolve("resume.log"));
        assertEquals(0, again.exitValue(), log);
        assertTrue(log.contains("16 runs (" + before + " already done)"), log);
        assertSameAsLocal(new ExperimentDefinition().name("adhoc").scenarios(List.of(baseline()))
                .replications(16).until(YearMonth.of(2008, 6)).scale(300), out);
    }

    private static List<String> java(String mainClass) {
        return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-Dplaza.home=" + root, "-cp", System.getProperty("java.class.path"), mainClass));
    }

    private static Process daemon(Path sparkHome, Path log, String mainClass, String... args) throws IOException {
        List<String> cmd = java(mainClass);
        cmd.addAll(List.of(args));
        return start(cmd, log, sparkHome);
    }

    private static Process start(List<String> cmd, Path log, Path sparkHome) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        if (sparkHome != null) {
            pb.environment().put("SPARK_HOME", sparkHome.toString());
            pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        }
        return pb.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void awaitPort(int port, Process p, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && p.isAlive()) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the Spark master did not listen on 127.0.0.1:" + port + ": " + read(log));
    }

    /** Waits until the master's status page (JSON, on 127.0.0.1) lists this many alive workers. */
    private static void awaitWorkers(int uiPort, int workers, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        String status = "";
        while (System.nanoTime() < deadline) {
            try (var in = URI.create("http://127.0.0.1:" + uiPort + "/json/").toURL().openStream()) {
                status = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                if (status.replace(" ", "").contains("\"aliveworkers\":" + workers)) {
                    return;
                }
            } catch (IOException e) {
                status = e.toString();
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the workers did not register with the master: " + status + " " + read(log));
    }

    private static int count(Path parts) throws IOException {
        if (!Files.isDirectory(parts)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(parts)) {
            return (int) s.filter(p -> p.getFileName().toString().startsWith("run-")).count();
        }
    }

    private static String read(Path f) {
        try {
            return Files.exists(f) ? Files.readString(f) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }
}
