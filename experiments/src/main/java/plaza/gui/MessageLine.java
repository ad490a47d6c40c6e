package plaza.gui;

import java.util.ArrayList;
import java.util.List;

import javax.swing.SwingUtilities;

/**
 * The model tab's message line: what last changed (a lever, the scenario, the comparison, the run
 * started, finished or stopped, a file saved), or why a change was refused. Every change of the
 * classroom's choices says something here, so the model tab refreshes on each message.
 */
final class MessageLine {

    /** A message; {@code error}: a change was refused. */
    record Status(String text, boolean error) {}

    private final List<Runnable> listeners = new ArrayList<>();
    private volatile Status status = new Status("Press play to start; one step is one month.", false);

    Status status() {
        return status;
    }

    /** Says what changed. */
    void say(String text) {
        set(new Status(text, false));
    }

    /** Says why a change was refused. */
    void refuse(String text) {
        set(new Status(text, true));
    }

    /** Called on the Swing thread after each message. */
    void onChange(Runnable r) {
        listeners.add(r);
    }

    private void set(Status s) {
        status = s;
        SwingUtilities.invokeLater(() -> listeners.forEach(Runnable::run));
    }
}
