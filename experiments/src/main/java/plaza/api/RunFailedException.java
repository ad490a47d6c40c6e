package plaza.api;

/**
 * A run that could not complete: its outputs stopped being finite numbers (the message names the
 * month and the column, and the scenario), as {@code plaza run} reports it with exit code 1.
 */
public final class RunFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * A failed run.
     *
     * @param message what failed, in which month and column, for which scenario
     */
    public RunFailedException(String message) {
        super(message);
    }
}
