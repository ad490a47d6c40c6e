package plaza.api;

/**
 * Bad input given to the API: an unknown scenario or parameter, a value out of range, a malformed
 * scenario or experiment file, a result directory that cannot be read. The message is the one
 * {@code plaza} prints after {@code plaza: error:} for the same input, naming the file, line,
 * parameter and allowed range where they apply. It carries no cause: the message says all there is.
 */
public final class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * An error with the command line's message.
     *
     * @param message what is wrong and where
     */
    public InvalidInputException(String message) {
        super(message);
    }
}
