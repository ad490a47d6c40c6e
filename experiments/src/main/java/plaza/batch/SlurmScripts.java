package plaza.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import plaza.batch.BatchEngine.Job;

/**
 * The two batch scripts of {@code --engine slurm}, kept in {@code DIR/slurm/} for the user to read,
 * edit or resubmit: {@value SlurmEngine#ARRAY_SCRIPT} (task K runs {@code plaza batch ... --shard K/N}
 * with this JVM, class path and project) and {@value SlurmEngine#MERGE_SCRIPT} (the same command
 * without a shard, which merges).
 */
final class SlurmScripts {

    private SlurmScripts() {
    }

    static String arrayScript(Job job, Path out, int n, int threads) {
        Path logs = out.resolve(SlurmEngine.SUBDIR).resolve("logs");
        StringBuilder s = header(job, out, "array task K of " + n + " runs shard K/" + n + " of the runs into "
                + out.resolve(PartStore.DIR) + "/.", "sbatch --array=1-" + n + " " + out.resolve(SlurmEngine.SUBDIR).resolve(SlurmEngine.ARRAY_SCRIPT));
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

    static String mergeScript(Job job, Path out, int threads) {
        StringBuilder s = header(job, out, "the merge: runs whatever the array left undone, then writes runs.csv, "
                + "timeseries.csv, summary.csv and the rest into " + out + "/.", "sbatch " + out.resolve(SlurmEngine.SUBDIR).resolve(SlurmEngine.MERGE_SCRIPT));
        s.append("#SBATCH --job-name=").append(jobName(job)).append("-merge\n");
        s.append("#SBATCH --output=").append(out.resolve(SlurmEngine.SUBDIR).resolve("logs").resolve("merge.log")).append('\n');
        directives(s, job, threads);
        s.append("set -u\n");
        s.append("cd ").append(quote(Path.of("").toAbsolutePath().toString())).append('\n');
        s.append("export ").append(BatchEngine.ENGINE_VARIABLE).append("=\"slurm (array job ${PLAZA_ARRAY_JOB:-none}, merge job $SLURM_JOB_ID)\"\n");
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

    static String mergeCommand(Job job, Path out) {
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
}
