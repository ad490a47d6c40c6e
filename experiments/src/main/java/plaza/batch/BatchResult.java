package plaza.batch;

import java.nio.file.Path;

/**
 * What a batch did.
 *
 * @param directory where the outputs are
 * @param total     runs in the batch
 * @param succeeded runs that finished without error
 * @param failed    runs that threw (recorded in runs.csv with status "failed")
 * @param resumed   runs already complete when this invocation started (0 for a fresh batch)
 * @param seconds   wall time of this invocation
 */
public record BatchResult(Path directory, int total, int succeeded, int failed, int resumed, double seconds) {

    public boolean allSucceeded() {
        return failed == 0 && succeeded == total;
    }
}
