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
        SlurmCommands.requireSbatch();
        BatchSpec spec = job.spec();
        Path out = job.out().toAbsolutePath().normalize();
        int total = spec.runCount();
        Path dir = out.resolve(SUBDIR);
        SlurmCommands.refuseIfQueued(dir); // before --fresh could delete what queued jobs are writing
        PartStore parts = PartStore.open(spec, out, job.resume());
        if (parts.alreadyComplete() != null) {
            return BatchEngine.report(parts.alreadyComplete(), true, err);
        }
        int n = job.options().arraySize() != null ? job.options().arraySize()
                : Math.max(1, Math.min(MAX_DEFAULT_ARRAY, (total + 9) / 10));
        n = Math.min(n, total);
        int threads = job.threads() != null ? job.threads() : 1;
        BitSet done = parts.completed();
        List<Integer> tasks = tasksWithMissingRuns(done, total, n);
        try {
            Files.createDirectories(dir.resolve("logs"));
            AtomicFiles.writeString(dir.resolve(ARRAY_SCRIPT), SlurmScripts.arrayScript(job, out, n, threads));
            AtomicFiles.writeString(dir.resolve(MERGE_SCRIPT), SlurmScripts.mergeScript(job, out, threads));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the SLURM scripts in " + dir + ": " + e.getMessage(), e);
        }
        String arrayId = null;
        if (!tasks.isEmpty()) {
            arrayId = SlurmCommands.sbatch(List.of("--array=" + ranges(tasks)), dir.resolve(ARRAY_SCRIPT));
        }
        List<String> mergeArgs = arrayId == null ? List.of()
                : List.of("--dependency=afterok:" + arrayId, "--kill-on-invalid-dep=yes", "--export=ALL,PLAZA_ARRAY_JOB=" + arrayId);
        String mergeId = SlurmCommands.sbatch(mergeArgs, dir.resolve(MERGE_SCRIPT));
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
                    out, arrayId == null ? "(none)" : arrayId, mergeId, jobs, parts.directory(), total,
                    out, mergeId, dir, SlurmScripts.mergeCommand(job, out));
            return OK;
        }
        return SlurmWatch.await(job, parts, out, total, arrayId, mergeId);
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

}
