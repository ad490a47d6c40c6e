import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.params.ParameterValues;
import plaza.scenario.ScenarioLibrary;

/**
 * Times baseline runs (simulated 1995-01 to 2012-12) in one JVM using only the model's public API,
 * so the same file measures any build (before and after a change) side by side:
 *
 * <pre>java -XX:+UseParallelGC -cp CLASSPATH experiments/bench/TimeRuns.java PROJECT_DIR SCALE WARMUP RUNS</pre>
 *
 * CLASSPATH is the build's {@code sim-core/target/plaza-sim-core-0.1.0.jar} and the libraries in
 * {@code experiments/target/classpath.txt}. It prints the median wall time and the median CPU time
 * of the thread that runs the model (steadier than wall time on a shared machine) over RUNS runs
 * with seeds 1..RUNS, after WARMUP untimed runs.
 */
public class TimeRuns {
    public static void main(String[] a) {
        if (a.length != 4) {
            System.err.println("usage: TimeRuns PROJECT_DIR SCALE WARMUP RUNS");
            System.exit(2);
        }
        ParameterValues p = new ScenarioLibrary(Path.of(a[0], "scenarios")).load("baseline").values();
        double scale = Double.parseDouble(a[1]);
        int warm = Integer.parseInt(a[2]);
        int runs = Integer.parseInt(a[3]);
        RunConfig c = RunConfig.of("baseline", p, 1).withScale(scale);
        ThreadMXBean t = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warm; i++) {
            PlazaModel.run(c.withSeed(1000 + i), (m, v) -> { });
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = t.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            PlazaModel.run(c.withSeed(1 + i), (m, v) -> { });
            wall[i] = (System.nanoTime() - w0) / 1e6;
            cpu[i] = (t.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "baseline 1995-01..%s scale %s: median wall %.1f ms (min %.1f, max %.1f), median model-thread cpu %.1f ms, %d runs after %d warm-up%n",
                c.until(), a[1], wall[runs / 2], wall[0], wall[runs - 1], cpu[runs / 2], runs, warm);
    }
}
