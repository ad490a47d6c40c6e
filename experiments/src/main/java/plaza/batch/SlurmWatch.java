package plaza.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import plaza.batch.BatchEngine.Job;

/**
 * The waiting side of {@code --engine slurm}: polls {@code squeue} and the part store until the
 * array and the merge job have left the queue, printing runs done and the jobs' states; then reports
 * as a local batch does, or says why the merge did not happen.
 */
final class SlurmWatch {

    private SlurmWatch() {
    }

    /** Waits for both jobs to leave the queue, printing progress; then reports as a local batch does. */
    static int await(Job job, PartStore parts, Path out, int total, String arrayId, String mergeId) {
        PrintStream err = job.err();
        long start = System.nanoTime();
        long interval = Math.max(200, job.progressMillis());
        long poll = Math.min(interval, 1000); // squeue is cheap: see the end of the jobs within a second
        String last = "";
        long lastPrint = 0;
        int failures = 0;
        while (true) {
            List<String> queue;
            try {
                queue = SlurmCommands.squeue(arrayId == null ? mergeId : arrayId + "," + mergeId);
                failures = 0;
            } catch (IllegalStateException e) {
                if (++failures >= 5) {
                    throw new UncheckedIOException("cannot query SLURM (" + e.getMessage() + "); the jobs may still run: "
                            + "squeue -j " + mergeId, new IOException(e.getMessage()));
                }
                queue = null;
            }
            if (queue != null && queue.isEmpty()) {
                break;
            }
            if (queue != null) {
                String line = progress(parts, out, total, arrayId, mergeId, queue);
                long now = System.nanoTime();
                long since = now - lastPrint;
                if (!line.equals(last) && since >= TimeUnit.MILLISECONDS.toNanos(interval)
                        || since >= TimeUnit.MILLISECONDS.toNanos(Math.max(interval, 60_000))) {
                    err.printf("slurm: %s, elapsed %s%n", line, Progress.clock((now - start) / 1e9));
                    last = line;
                    lastPrint = now;
                }
            }
            sleep(poll);
        }
        BatchResult r = BatchDirectory.alreadyComplete(out, total);
        if (r == null) {
            int done = parts.count();
            Path mergeLog = out.resolve(SlurmEngine.SUBDIR).resolve("logs").resolve("merge.log");
            if (done < total) {
                taskError(err, out.resolve(SlurmEngine.SUBDIR).resolve("logs"));
            } else if (Files.exists(mergeLog)) {
                try {
                    // every run is done, so the merge job failed: say why
                    mergeLog(err, Files.readAllLines(mergeLog, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    err.println("plaza: cannot read " + mergeLog + ": " + e.getMessage());
                }
            }
            err.printf("plaza: the SLURM jobs ended without a merged batch: %d of %d runs done; logs in %s; "
                    + "run the same command again to resubmit only the missing runs%n", done, total, out.resolve(SlurmEngine.SUBDIR).resolve("logs"));
            return BatchEngine.FAILURE;
        }
        return BatchEngine.report(r, false, err);
    }

    /** The error of the first array task whose log has one (e.g. a plan that differs), so the user sees why runs are missing. */
    private static void taskError(PrintStream err, Path logs) {
        try (var files = Files.list(logs)) {
            for (Path log : files.filter(f -> f.getFileName().toString().startsWith("task-")).sorted().toList()) {
                List<String> errors = Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("plaza")).toList();
                if (!errors.isEmpty()) {
                    err.println("array " + log.getFileName().toString().replace(".log", "") + ": " + errors.get(errors.size() - 1));
                    return;
                }
            }
        } catch (IOException e) {
            err.println("plaza: cannot read the task logs in " + logs + ": " + e.getMessage());
        }
    }

    private static void mergeLog(PrintStream err, List<String> lines) {
        for (String l : lines.subList(Math.max(0, lines.size() - 5), lines.size())) {
            err.println("merge job: " + l);
        }
    }

    private static String progress(PartStore parts, Path out, int total, String arrayId, String mergeId, List<String> queue) {
        int running = 0;
        int pending = 0;
        String merge = "done";
        for (String l : queue) {
            String[] f = l.trim().split("\\s+");
            if (f.length < 2) {
                continue;
            }
            if (f[0].equals(mergeId)) {
                merge = f[1].toLowerCase(Locale.ROOT);
            } else if (arrayId != null && f[0].startsWith(arrayId + "_")) {
                if (f[1].equals("RUNNING") || f[1].equals("COMPLETING")) {
                    running++;
                } else {
                    pending++;
                }
            }
        }
        int done = Files.isDirectory(parts.directory()) ? parts.count()
                : Files.exists(out.resolve(BatchMerger.RUNS)) ? total : 0;
        return String.format(Locale.ROOT, "%d/%d runs done; %s merge job %s %s", done, total,
                arrayId == null ? "" : "array job " + arrayId + ": " + running + " task(s) running, " + pending + " pending;",
                mergeId, merge);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for SLURM; the jobs go on (squeue)", e);
        }
    }
}
