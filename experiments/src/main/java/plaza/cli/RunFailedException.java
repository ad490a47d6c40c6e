package plaza.cli;

/**
 * A run that could not produce valid results (an output that is not a finite number): exit code 1,
 * one line naming what went wrong and where, no stack trace.
 */
public final class RunFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RunFailedException(String message) {
        super(message);
    }
}
