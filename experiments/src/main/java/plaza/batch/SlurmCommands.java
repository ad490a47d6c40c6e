package plaza.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import plaza.params.InputException;

/** SLURM's commands as {@code --engine slurm} calls them: {@code sbatch} to submit, {@code squeue} to watch. */
final class SlurmCommands {

    private SlurmCommands() {
    }

    static void requireSbatch() {
        try {
            run(List.of("sbatch", "--version"));
        } catch (IllegalStateException e) {
            throw new InputException("--engine slurm needs SLURM's sbatch and squeue on PATH (run on a login node of the cluster): "
                    + e.getMessage());
        }
    }

    /** Refuses to submit while jobs of an earlier submission for this directory are still queued. */
    static void refuseIfQueued(Path dir) {
        Path f = dir.resolve(SlurmEngine.JOBS);
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
    static String sbatch(List<String> options, Path script) {
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
    static List<String> squeue(String ids) {
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
    static String run(List<String> cmd) {
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
}
