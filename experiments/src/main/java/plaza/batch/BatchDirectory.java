package plaza.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import plaza.io.AtomicFiles;
import plaza.io.Metadata;
import plaza.params.InputException;

/**
 * The batch directory's plan ({@value BatchRunner#PLAN}): what every engine checks before running
 * anything, so results of different definitions or code versions are never mixed in one directory.
 */
final class BatchDirectory {

    private BatchDirectory() {
    }

    /**
     * With {@code resume}, checks that the directory holds the same plan (or nothing); otherwise
     * discards what an earlier batch left. Writes the plan. Returns the result of a batch found
     * already complete (nothing to run), else null.
     */
    static BatchResult prepare(BatchSpec spec, Path out, boolean resume) {
        int total = spec.runCount();
        String plan = spec.plan();
        PartStore parts = new PartStore(out, total);
        try {
            Files.createDirectories(out);
            Path planFile = out.resolve(BatchRunner.PLAN);
            if (!resume) {
                parts.delete();
                BatchMerger.deleteOutputs(out);
                Files.deleteIfExists(out.resolve(Metadata.FILE));
                Files.deleteIfExists(planFile);
            } else if (Files.exists(planFile)) {
                String old = Files.readString(planFile, StandardCharsets.UTF_8);
                if (!old.equals(plan)) {
                    throw new InputException(out + " holds a different batch (" + firstDifference(old, plan)
                            + "); use --fresh to discard it, or another --out");
                }
                BatchResult complete = alreadyComplete(out, total);
                if (complete != null) {
                    parts.delete();
                    return complete;
                }
            } else if (BatchMerger.anyOutput(out)) {
                throw new InputException(out + " holds batch outputs without a " + BatchRunner.PLAN
                        + "; use --fresh to discard them, or another --out");
            }
            AtomicFiles.writeString(planFile, plan);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + out + ": " + e.getMessage(), e);
        }
        return null;
    }

    /** The result recorded by a merged batch's metadata, or null if the directory holds none. */
    static BatchResult alreadyComplete(Path out, int total) {
        if (!Files.exists(out.resolve(Metadata.FILE))) {
            return null;
        }
        Metadata md = Metadata.read(out);
        if (!"complete".equals(md.get("status"))) {
            return null;
        }
        int done = Integer.parseInt(md.get("runs_done"));
        int failed = Integer.parseInt(md.get("runs_failed"));
        return new BatchResult(out, total, done, failed, total, 0);
    }

    private static String firstDifference(String a, String b) {
        List<String> x = a.lines().toList();
        List<String> y = b.lines().toList();
        for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
            String l1 = i < x.size() ? x.get(i) : "(nothing)";
            String l2 = i < y.size() ? y.get(i) : "(nothing)";
            if (!l1.equals(l2)) {
                return "it has '" + l1 + "' where this batch has '" + l2 + "'";
            }
        }
        return "plans differ";
    }
}
