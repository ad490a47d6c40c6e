package plaza.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import plaza.cli.Project;

/**
 * The engines' part of {@code plaza bench --batch}: a 500-run batch (baseline, default scale,
 * 2007-2012) through {@code ./plaza batch} as a user runs it, on the local thread pool, on SLURM (when
 * sbatch answers: the machine's own one-node cluster) and on Spark {@code local[2]}; runs per second,
 * wall time against the local batch, and each engine's fixed start-up cost (the wall time of a
 * 2-run batch). Every timing is a fresh process, JVM start and merge included, and each engine's
 * files are checked to equal the local batch's.
 */
public final class EngineBenchmark {

    static final int RUNS = 500;

    private EngineBenchmark() {}

    public static void report(PrintStream out) {
        Path tmp;
        try {
            tmp = Files.createTempDirectory("plaza-engine-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            out.printf(Locale.ROOT, "Engines: %d-run batch (baseline, default scale, 2007-2012) via ./plaza batch, "
                    + "fresh process each (JVM start and merge included)%n", RUNS);
            out.println("engine                      wall-s  runs/s  vs-local  start-up-s (2-run batch)  same-bytes");
            Path localDir = tmp.resolve("local");
            List<String[]> engines = new ArrayList<>();
            engines.add(new String[] {"local, 2 threads", "--threads", "2"});
            if (onPath("sbatch")) {
                engines.add(new String[] {"slurm, 50 tasks (default)", "--engine", "slurm"});
                engines.add(new String[] {"slurm, 2 tasks", "--engine", "slurm", "--array-size", "2", "--threads", "1"});
            } else {
                out.println("slurm: skipped (no sbatch on PATH; bash .ci/slurm-up starts a one-node cluster)");
            }
            engines.add(new String[] {"spark local[2]", "--engine", "spark", "--master", "local[2]"});
            double local = 0;
            for (int i = 0; i < engines.size(); i++) {
                String[] e = engines.get(i);
                List<String> flags = List.of(e).subList(1, e.length);
                Path dir = i == 0 ? localDir : tmp.resolve("e" + i);
                double startup = time(tmp.resolve("s" + i), 2, flags);
                double wall = time(dir, RUNS, flags);
                if (i == 0) {
                    local = wall;
                }
                out.printf(Locale.ROOT, "%-26s  %6.1f  %6.1f  %7.2fx  %10.1f               %s%n", e[0], wall, RUNS / wall,
                        wall / local, startup, i == 0 ? "-" : same(localDir, dir) ? "yes" : "NO");
            }
        } finally {
            try (Stream<Path> s = Files.walk(tmp)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary directory left behind is harmless
            }
        }
    }

    /** Wall seconds of './plaza batch' with these flags; fails if the batch does not succeed. */
    private static double time(Path out, int runs, List<String> flags) {
        List<String> cmd = new ArrayList<>(List.of(Project.home().resolve("plaza").toString(), "batch", "--scenarios", "baseline",
                "--replications", Integer.toString(runs), "--progress-interval", "3600", "--out", out.toString()));
        cmd.addAll(flags);
        long t0 = System.nanoTime();
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile()).start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", cmd) + " failed: "
                        + Files.readString(out.resolveSibling(out.getFileName() + ".log")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static boolean same(Path a, Path b) {
        try {
            for (String f : List.of(BatchMerger.RUNS, BatchMerger.TIMESERIES, BatchMerger.SUMMARY)) {
                if (Files.mismatch(a.resolve(f), b.resolve(f)) != -1) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean onPath(String exe) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, exe))) {
                return true;
            }
        }
        return false;
    }

    /** The engines' benchmark alone. */
    public static void main(String[] args) {
        report(System.out);
    }
}
