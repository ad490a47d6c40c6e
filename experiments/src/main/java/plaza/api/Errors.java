package plaza.api;

import java.util.function.Supplier;

import plaza.output.NonFiniteOutputException;
import plaza.params.InputException;

/** Turns the model's internal exceptions into the API's, at the API's boundary, with the same messages. */
final class Errors {

    private Errors() {}

    /** Calls {@code body}; bad input becomes an {@link InvalidInputException} thrown from here, without the internal trace. */
    static <T> T guard(Supplier<T> body) {
        try {
            return body.get();
        } catch (InputException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    /** As {@link #guard}; a non-finite output also becomes a {@link RunFailedException} naming the scenario. */
    static <T> T guardRun(String scenario, Supplier<T> body) {
        try {
            return guard(body);
        } catch (NonFiniteOutputException e) {
            throw new RunFailedException(e.getMessage() + "; scenario " + scenario);
        }
    }
}
