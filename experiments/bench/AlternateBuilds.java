import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.*;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.*;
import java.util.*;

/**
 * Times two builds of the model side by side in one JVM, each in a class loader of its own, so both
 * see the same load at the same moment: WARMUP untimed baseline runs of each, then RUNS pairs of
 * runs (seeds 1..RUNS; which build goes first alternates from pair to pair), each timed by the CPU
 * time of the thread that runs the model. Uses only the model's public API (scenario library, run
 * configuration, {@code PlazaModel.run}), so it times any build:
 *
 * <pre>javac -d /tmp/ab experiments/bench/AlternateBuilds.java
 * java -Xmx2g -XX:+UseParallelGC -cp /tmp/ab AlternateBuilds DIR_A DIR_B SCALE WARMUP RUNS</pre>
 *
 * DIR_A and DIR_B are checkouts built with {@code mvn -o -q -pl experiments -am package -DskipTests}.
 * It prints each build's median, the ratio of the medians and the median and quartiles of the
 * pairs' ratios A/B.
 */
public class AlternateBuilds {
    static final class Build {
        final String dir; final Method run; final Method withSeed; final Object config; final Object listener;
        Build(String dir, double scale) throws Exception {
            this.dir = dir;
            List<URL> urls = new ArrayList<>();
            urls.add(Path.of(dir, "sim-core/target/plaza-sim-core-0.1.0.jar").toUri().toURL());
            for (String s : Files.readString(Path.of(dir, "experiments/target/classpath.txt")).trim().split(":")) urls.add(Path.of(s).toUri().toURL());
            ClassLoader l = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            Class<?> lib = l.loadClass("plaza.scenario.ScenarioLibrary");
            Object library = lib.getConstructor(Path.class).newInstance(Path.of(dir, "scenarios"));
            Object scenario = lib.getMethod("load", String.class).invoke(library, "baseline");
            Object values = scenario.getClass().getMethod("values").invoke(scenario);
            Class<?> rc = l.loadClass("plaza.model.RunConfig");
            Class<?> pv = l.loadClass("plaza.params.ParameterValues");
            Object c = rc.getMethod("of", String.class, pv, long.class).invoke(null, "baseline", values, 1L);
            config = rc.getMethod("withScale", double.class).invoke(c, scale);
            withSeed = rc.getMethod("withSeed", long.class);
            Class<?> li = l.loadClass("plaza.output.RunListener");
            listener = Proxy.newProxyInstance(l, new Class<?>[] {li}, (p, m, a) -> null);
            run = l.loadClass("plaza.model.PlazaModel").getMethod("run", rc, li);
        }
        void run(long seed) throws Exception { run.invoke(null, withSeed.invoke(config, seed), listener); }
    }

    public static void main(String[] a) throws Exception {
        if (a.length != 5) {
            System.err.println("usage: AlternateBuilds DIR_A DIR_B SCALE WARMUP RUNS");
            System.exit(2);
        }
        Build x = new Build(a[0], Double.parseDouble(a[2]));
        Build y = new Build(a[1], Double.parseDouble(a[2]));
        int warm = Integer.parseInt(a[3]), runs = Integer.parseInt(a[4]);
        ThreadMXBean t = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warm; i++) { x.run(1000 + i); y.run(1000 + i); }
        double[] cx = new double[runs], cy = new double[runs], ratio = new double[runs];
        for (int i = 0; i < runs; i++) {
            boolean xFirst = i % 2 == 0;
            for (int k = 0; k < 2; k++) {
                Build b = (k == 0) == xFirst ? x : y;
                long c0 = t.getCurrentThreadCpuTime();
                b.run(1 + i);
                double ms = (t.getCurrentThreadCpuTime() - c0) / 1e6;
                if (b == x) cx[i] = ms; else cy[i] = ms;
            }
            ratio[i] = cx[i] / cy[i];
        }
        double[] sx = cx.clone(), sy = cy.clone(), sr = ratio.clone();
        Arrays.sort(sx); Arrays.sort(sy); Arrays.sort(sr);
        System.out.printf(Locale.ROOT, "A %s median %.1f ms, B %s median %.1f ms, ratio of medians %.3f, median of pair ratios %.3f (q1 %.3f, q3 %.3f), %d pairs%n",
                a[0], sx[runs / 2], a[1], sy[runs / 2], sx[runs / 2] / sy[runs / 2], sr[runs / 2], sr[runs / 4], sr[3 * runs / 4], runs);
    }
}
