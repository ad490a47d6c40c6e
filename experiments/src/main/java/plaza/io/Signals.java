package plaza.io;

import java.util.function.Supplier;

/**
 * Says what happened when the process is stopped by Ctrl-C or SIGTERM: a shutdown hook prints a
 * message (which results are safe, how to go on) while a command runs; closing removes it.
 */
public final class Signals implements AutoCloseable {

    private final Thread hook;

    private Signals(Thread hook) {
        this.hook = hook;
    }

    /** Prints {@code message} (computed when the signal comes) to stderr if the process is stopped before close. */
    public static Signals onStop(java.io.PrintStream err, Supplier<String> message) {
        Thread t = new Thread(() -> {
            err.println();
            err.println(message.get());
            err.flush();
        }, "plaza-stop-message");
        Runtime.getRuntime().addShutdownHook(t);
        return new Signals(t);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the process is stopping: the hook runs, as it should
        }
    }
}
