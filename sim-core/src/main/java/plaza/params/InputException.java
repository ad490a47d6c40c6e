package plaza.params;

/**
 * Bad user input: an unknown name, a value out of range, a malformed line, a missing file.
 * The message always names what is wrong and where; the command line maps it to exit code 2.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }
}
