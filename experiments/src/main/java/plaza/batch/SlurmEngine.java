package plaza.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import plaza.io.AtomicFiles;
import plaza.params.InputException;

/**
 * {@code --engine slurm}: the batch as a SLURM job array plus a merge job. Array task K runs
 * {@code plaza batch ... --shard K/N} into the batch directory, which the cluster's nodes share;
 * the merge job ({@code --dependency=afterok} on the array) runs the same command without a shard,
 * which merges the parts exactly as a local batch does. Both scripts are written to
 * {@code DIR/slurm/} and kept, so a user can read, edit or resubmit them; task logs go to
 * {@code DIR/slurm/logs/}. A resubmission submits only the array tasks whose shard still has
 * missing runs. By default the command waits, printing runs done (from the part files) and the
 * jobs' states; with {@code --no-wait} it prints how to watch and how to merge.
 */
final class SlurmEngine implements BatchEngine {

    static final String NAME = "slurm";
    static final String SUBDIR = "slurm";
    static final String ARRAY_SCRIPT = "array.sbatch";
    static final String MERGE_SCRIPT = "merge.sbatch";
    static final String JOBS = "jobs.txt";
    /** Default array size: about ten runs per task, at most this many tasks. */
    static final int MAX_DEFAULT_ARRAY = 1000;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int run(Job job) {
        PrintStream err = job.err();
        requireSbatch();
        BatchSpec spec = job.spec();
        Path out = job.out().toAbsolutePath().normalize();
        int total = spec.runCount();
        Path dir = out.resolve(SUBDIR);
        refuseIfQueued(dir); // before --fresh could delete what queued jobs are writing
        BatchResult complete = BatchRunner.prepare(spec, out, job.resume());
        if (complete != null) {
            return BatchEngine.report(complete, true, err);
        }
        int n = job.options().arraySize() != null ? job.options().arraySize()
                : Math.max(1, Math.min(MAX_DEFAULT_ARRAY, (total + 9) / 10));
        n = Math.min(n, total);
        int threads = job.threads() != null ? job.threads() : 1;
        BitSet done = new PartStore(out).completed(total);
        List<Integer> tasks = tasksWithMissingRuns(done, total, n);
        try {
            Files.createDirectories(dir.resolve("logs"));
            AtomicFiles.writeString(dir.resolve(ARRAY_SCRIPT), arrayScript(job, out, n, threads));
            AtomicFiles.writeString(dir.resolve(MERGE_SCRIPT), mergeScript(job, out, threads));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the SLURM scripts in " + dir + ": " + e.getMessage(), e);
        }
        String arrayId = null;
        if (!tasks.isEmpty()) {
            arrayId = sbatch(List.of("--array=" + ranges(tasks)), dir.resolve(ARRAY_SCRIPT));
        }
        List<String> mergeArgs = arrayId == null ? List.of()
                : List.of("--dependency=afterok:" + arrayId, "--kill-on-invalid-dep=yes", "--export=ALL,PLAZA_ARRAY_JOB=" + arrayId);
        String mergeId = sbatch(mergeArgs, dir.resolve(MERGE_SCRIPT));
        AtomicFiles.writeString(dir.resolve(JOBS), (arrayId == null ? "" : "array " + arrayId + "\n") + "merge " + mergeId + "\n");
        String jobs = arrayId == null ? mergeId : arrayId + "," + mergeId;
        err.printf("slurm: %d runs (%d already done); submitted %s and merge job %s%s; scripts and logs in %s%n",
                total, done.cardinality(),
                arrayId == null ? "no array job (every run is done)"
                        : "array job " + arrayId + " (" + tasks.size() + " of " + n + " tasks, shard K/" + n + ", "
                                + threads + " thread(s) each)",
                mergeId, arrayId == null ? "" : " (after the array succeeds)", dir);
        if (job.options().noWait()) {
            System.out.printf("submitted %s: array job %s, merge job %s%n"
                            + "watch:  squeue -j %s      runs done: ls %s | wc -l   (of %d)%n"
                            + "result: %s/runs.csv once merge job %s has finished (log: %s/logs/merge.log)%n"
                            + "merge by hand (after the array, or if the merge job failed): %s%n"
                            + "resubmit what is missing: the same command again%n",
                    out, arrayId == null ? "(none)" : arrayId, mergeId, jobs, out.resolve(PartStore.DIR), total,
                    out, mergeId, dir, mergeCommand(job, out));
            return OK;
        }
        return await(job, out, total, arrayId, mergeId);
    }

    /** Waits for both jobs to leave the queue, printing progress; then reports as a local batch does. */
    private static int await(Job job, Path out, int total, String arrayId, String mergeId) {
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
                queue = squeue(arrayId == null ? mergeId : arrayId + "," + mergeId);
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
                String line = progress(out, total, arrayId, mergeId, queue);
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
        BatchResult r = BatchRunner.alreadyComplete(out, total);
        if (r == null) {
            int done = countParts(out.resolve(PartStore.DIR));
            Path mergeLog = out.resolve(SUBDIR).resolve("logs").resolve("merge.log");
            if (done == total && Files.exists(mergeLog)) {
                try {
                    // every run is done, so the merge job failed: say why
                    mergeLog(err, Files.readAllLines(mergeLog, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    err.println("plaza: cannot read " + mergeLog + ": " + e.getMessage());
                }
            }
            err.printf("plaza: the SLURM jobs ended without a merged batch: %d of %d runs done; logs in %s; "
                    + "run the same command again to resubmit only the missing runs%n", done, total, out.resolve(SUBDIR).resolve("logs"));
            return FAILURE;
        }
        return BatchEngine.report(r, false, err);
    }

    private static void mergeLog(PrintStream err, List<String> lines) {
        for (String l : lines.subList(Math.max(0, lines.size() - 5), lines.size())) {
            err.println("merge job: " + l);
        }
    }

    private static String progress(Path out, int total, String arrayId, String mergeId, List<String> queue) {
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
        int done = Files.isDirectory(out.resolve(PartStore.DIR)) ? countParts(out.resolve(PartStore.DIR))
                : Files.exists(out.resolve(BatchMerger.RUNS)) ? total : 0;
        return String.format(Locale.ROOT, "%d/%d runs done; %s merge job %s %s", done, total,
                arrayId == null ? "" : "array job " + arrayId + ": " + running + " task(s) running, " + pending + " pending;",
                mergeId, merge);
    }

    /** The array tasks (1-based) whose shard K/n has a run without a part. */
    static List<Integer> tasksWithMissingRuns(BitSet done, int total, int n) {
        boolean[] missing = new boolean[n + 1];
        for (int id = 1; id <= total; id++) {
            if (!done.get(id)) {
                missing[(id - 1) % n + 1] = true;
            }
        }
        List<Integer> tasks = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            if (missing[k]) {
                tasks.add(k);
            }
        }
        return tasks;
    }

    /** Task ids as sbatch's --array takes them: 1-3,5,7-9. */
    static String ranges(List<Integer> ids) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ids.size(); ) {
            int j = i;
            while (j + 1 < ids.size() && ids.get(j + 1) == ids.get(j) + 1) {
                j++;
            }
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(ids.get(i));
            if (j > i) {
                sb.append('-').append(ids.get(j));
            }
            i = j + 1;
        }
        return sb.toString();
    }

    String arrayScript(Job job, Path out, int n, int threads) {
        Path logs = out.resolve(SUBDIR).resolve("logs");
        StringBuilder s = header(job, out, "array task K of " + n + " runs shard K/" + n + " of the runs into "
                + out.resolve(PartStore.DIR) + "/.", "sbatch --array=1-" + n + " " + out.resolve(SUBDIR).resolve(ARRAY_SCRIPT));
        s.append("#SBATCH --job-name=").append(jobName(job)).append('\n');
        s.append("#SBATCH --array=1-").append(n).append('\n');
        s.append("#SBATCH --output=").append(logs.resolve("task-%a.log")).append('\n');
        directives(s, job, threads);
        s.append("set -u\n");
        s.append("cd ").append(quote(Path.of("").toAbsolutePath().toString())).append('\n');
        s.append(java(job, out, threads)).append(" --shard \"$SLURM_ARRAY_TASK_ID/").append(n).append("\"\n");
        s.append("rc=$?\n");
        s.append("# exit 1 after the shard's closing line means some runs failed; their parts record it, so the merge still runs\n");
        s.append("if [ \"$rc\" -eq 1 ] && grep -q \"^batch: shard $SLURM_ARRAY_TASK_ID/").append(n).append(" done;\" ")
                .append(quote(logs.toString())).append("/task-\"$SLURM_ARRAY_TASK_ID\".log; then rc=0; fi\n");
        s.append("exit \"$rc\"\n");
        return s.toString();
    }

    String mergeScript(Job job, Path out, int threads) {
        StringBuilder s = header(job, out, "the merge: runs whatever the array left undone, then writes runs.csv, "
                + "timeseries.csv, summary.csv and the rest into " + out + "/.", "sbatch " + out.resolve(SUBDIR).resolve(MERGE_SCRIPT));
        s.append("#SBATCH --job-name=").append(jobName(job)).append("-merge\n");
        s.append("#SBATCH --output=").append(out.resolve(SUBDIR).resolve("logs").resolve("merge.log")).append('\n');
        directives(s, job, threads);
        s.append("set -u\n");
        s.append("cd ").append(quote(Path.of("").toAbsolutePath().toString())).append('\n');
        s.append("export ").append(ENGINE_VARIABLE).append("=\"slurm (array job ${PLAZA_ARRAY_JOB:-none}, merge job $SLURM_JOB_ID)\"\n");
        s.append("exec ").append(java(job, out, threads)).append('\n');
        return s.toString();
    }

    private static StringBuilder header(Job job, Path out, String what, String submit) {
        StringBuilder s = new StringBuilder("#!/bin/bash\n");
        s.append("# Plaza batch '").append(job.spec().definition().name().replace('\n', ' ')).append("' (")
                .append(job.spec().runCount()).append(" runs): ").append(what).append('\n');
        s.append("# Written by: ").append(job.command().replace('\n', ' ')).append('\n');
        s.append("# Submit by hand: ").append(submit).append('\n');
        return s;
    }

    private static void directives(StringBuilder s, Job job, int threads) {
        EngineOptions o = job.options();
        s.append("#SBATCH --cpus-per-task=").append(threads).append('\n');
        if (o.partition() != null) {
            s.append("#SBATCH --partition=").append(o.partition()).append('\n');
        }
        if (o.time() != null) {
            s.append("#SBATCH --time=").append(o.time()).append('\n');
        }
        for (String opts : o.slurmOpts()) {
            for (String opt : opts.trim().split("\\s+")) {
                if (!opt.isEmpty()) {
                    s.append("#SBATCH ").append(opt).append('\n');
                }
            }
        }
    }

    /** The java command that runs 'plaza batch' with this JVM, class path and project, as the launcher does. */
    private static String java(Job job, Path out, int threads) {
        List<String> cmd = new ArrayList<>();
        cmd.add(quote(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.add("${PLAZA_JAVA_OPTS:--Xmx1g -XX:+UseParallelGC}"); // the launcher's collector (experiments/docs/performance.md)
        cmd.add(quote("-Dplaza.home=" + job.home()));
        cmd.add("-cp");
        cmd.add(quote(System.getProperty("java.class.path")));
        cmd.add("plaza.cli.PlazaCli");
        cmd.add("batch");
        for (String a : job.args()) {
            cmd.add(quote(a));
        }
        cmd.addAll(List.of("--out", quote(out.toString()), "--threads", Integer.toString(threads), "--progress-interval", "60"));
        return String.join(" ", cmd);
    }

    private static String mergeCommand(Job job, Path out) {
        List<String> cmd = new ArrayList<>(List.of("./plaza", "batch"));
        for (String a : job.args()) {
            cmd.add(quote(a));
        }
        cmd.addAll(List.of("--out", quote(out.toString())));
        return String.join(" ", cmd);
    }

    private static String jobName(Job job) {
        return "plaza-" + job.spec().definition().name().replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    /** A shell word in single quotes. */
    static String quote(String s) {
        return s.matches("[A-Za-z0-9_./:=,+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    private static void requireSbatch() {
        try {
            run(List.of("sbatch", "--version"));
        } catch (IllegalStateException e) {
            throw new InputException("--engine slurm needs SLURM's sbatch and squeue on PATH (run on a login node of the cluster): "
                    + e.getMessage());
        }
    }

    /** Refuses to submit while jobs of an earlier submission for this directory are still queued. */
    private static void refuseIfQueued(Path dir) {
        Path f = dir.resolve(JOBS);
        if (!Files.exists(f)) {
            return;
        }
        List<String> ids = new ArrayList<>();
        try {
            for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String[] p = l.trim().split("\\s+");
                if (p.length == 2) {
                    ids.add(p[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
        }
        if (ids.isEmpty()) {
            return;
        }
        List<String> queued;
        try {
            queued = squeue(String.join(",", ids));
        } catch (IllegalStateException e) {
            return; // the jobs are long gone (squeue no longer knows them)
        }
        if (!queued.isEmpty()) {
            throw new InputException(dir.getParent() + " has SLURM jobs " + String.join(", ", ids) + " still queued or running; wait for them"
                    + " (squeue -j " + String.join(",", ids) + ") or cancel them (scancel " + String.join(" ", ids) + ") before resubmitting");
        }
    }

    /** Submits a script; returns the job id. */
    private static String sbatch(List<String> options, Path script) {
        List<String> cmd = new ArrayList<>(List.of("sbatch", "--parsable"));
        cmd.addAll(options);
        cmd.add(script.toString());
        String id;
        try {
            id = run(cmd).trim();
        } catch (IllegalStateException e) {
            // the cluster refused or did not answer: an environment failure, not a bug; nothing is lost
            throw new UncheckedIOException("SLURM did not accept " + script.getFileName() + ": " + e.getMessage()
                    + ". Runs already finished are kept; when the cluster answers (sinfo), run the same command"
                    + " again and only the missing runs are submitted", new IOException(e.getMessage(), e));
        }
        int semicolon = id.indexOf(';'); // "id;cluster" on multi-cluster sites
        id = semicolon >= 0 ? id.substring(0, semicolon) : id;
        if (!id.matches("\\d+")) {
            throw new UncheckedIOException("sbatch did not return a job id for " + script + ": '" + id + "'", new IOException(id));
        }
        return id;
    }

    /** The queued or running jobs and array tasks among these ids, as "id state" lines. */
    private static List<String> squeue(String ids) {
        String text = run(List.of("squeue", "-h", "-r", "-j", ids, "-o", "%i %T"));
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\n")) {
            if (!l.isBlank()) {
                lines.add(l.trim());
            }
        }
        return lines;
    }

    /** Runs a command; returns its stdout, or throws IllegalStateException with its error output. */
    private static String run(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
            p.getOutputStream().close();
            byte[] stderr;
            String stdout;
            try (var o = p.getInputStream(); var e = p.getErrorStream()) {
                stdout = new String(o.readAllBytes(), StandardCharsets.UTF_8);
                stderr = e.readAllBytes();
            }
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(cmd.get(0) + " did not answer in 120 s");
            }
            if (p.exitValue() != 0) {
                String msg = new String(stderr, StandardCharsets.UTF_8).trim();
                if (cmd.get(0).equals("squeue") && msg.contains("Invalid job id")) {
                    return ""; // ids purged from SLURM's memory: the jobs have ended
                }
                throw new IllegalStateException(String.join(" ", cmd) + " failed (exit " + p.exitValue() + "): " + msg);
            }
            return stdout;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + cmd.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + cmd.get(0), e);
        }
    }

    private static int countParts(Path parts) {
        if (!Files.isDirectory(parts)) {
            return 0;
        }
        int n = 0;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parts, "run-*.csv")) {
            for (Path ignored : s) {
                n++;
            }
        } catch (IOException e) {
            return 0; // the merge removed the directory while it was listed
        }
        return n;
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
