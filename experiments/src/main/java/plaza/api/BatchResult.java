package plaza.api;

import java.nio.file.Path;

/**
 * What a batch did: where its outputs are and how many runs succeeded. A failed run is recorded in
 * {@code runs.csv} with its error and the {@code plaza run} command that reproduces it.
 *
 * @param directory the batch's result directory
 * @param total     runs in the batch
 * @param succeeded runs that finished
 * @param failed    runs whose outputs stopped being finite numbers, or that threw
 */
public record BatchResult(Path directory, int total, int succeeded, int failed) {

    /**
     * Reads the batch's successful runs back.
     *
     * @return the result set of the directory
     * @throws InvalidInputException when no run succeeded
     */
    public Results results() {
        return Results.read(directory);
    }
}
