package plaza.gui;

import java.time.YearMonth;
import java.util.List;

import plaza.params.InputException;
import plaza.params.Parameter;
import plaza.params.ParameterValues;
import plaza.scenario.Scenario;
import plaza.scenario.ScenarioLibrary;

/**
 * What the model tab chooses: the scenario, the lever values and the baseline comparison. A change
 * made while a run is in progress takes effect from the next month ({@link Live}); made while
 * stopped, it is the next run's. Each change, or the reason it was refused, goes to the message line.
 */
final class RunChoices {

    /** The run in progress, as the choices act on it. */
    interface Live {
        /** The lock the model steps under (changes wait for the month in progress to end). */
        Object lock();

        /** The month the running model simulates next; null when stopped. */
        YearMonth month();

        /** Puts {@code next} in force from the next month and marks the change; returns that month, null when stopped. */
        YearMonth apply(ParameterValues next, Levers.Change change);

        /** Starts or drops the baseline in lock-step; returns whether a run is in progress. */
        boolean compare(boolean on);
    }

    private final ScenarioLibrary library;
    private final Levers levers = new Levers();
    private final MessageLine messages;
    private final Live live;
    private Scenario scenario;
    private ParameterValues values;
    private volatile boolean compare;

    RunChoices(ScenarioLibrary library, Scenario scenario, boolean compare, MessageLine messages, Live live) {
        this.library = library;
        this.scenario = scenario;
        this.values = scenario.values();
        this.compare = compare;
        this.messages = messages;
        this.live = live;
    }

    Levers levers() {
        return levers;
    }

    ScenarioLibrary library() {
        return library;
    }

    Scenario scenario() {
        return scenario;
    }

    boolean compare() {
        return compare;
    }

    /** The values in force: the running model's, or those the next run will start with. */
    synchronized ParameterValues values() {
        return values;
    }

    /**
     * What the sliders show: running, the values with every lever's path resolved for the month the
     * model simulates next; stopped, the values as set (those the next run starts from).
     */
    ParameterValues valuesThisMonth() {
        ParameterValues v = values();
        YearMonth month = live.month();
        return month != null ? v.at(month) : v;
    }

    /**
     * Moves one lever. Running: the model uses it from the next month and the charts mark that month.
     * Stopped: the next run starts with it. A value the catalog refuses changes nothing and says why.
     */
    void changeLever(Parameter p, double value) {
        synchronized (live.lock()) {
            ParameterValues before = values();
            YearMonth month = live.month();
            if (month != null && before.path(p) != null && before.at(month).get(p) == value) {
                return; // the slider shows the value its path puts in force this month: nothing was moved
            }
            ParameterValues next;
            try {
                next = Levers.with(before, p, value);
            } catch (InputException e) {
                messages.refuse("Not changed: " + e.getMessage());
                return;
            }
            if (next.equals(before)) {
                return;
            }
            apply(next, levers.change(p, before, next));
        }
    }

    /** Loads a scenario by name or file: the next run's scenario, or applied from next month if running. */
    void loadScenario(String nameOrPath) {
        synchronized (live.lock()) {
            Scenario s;
            try {
                s = library.load(nameOrPath);
            } catch (InputException e) {
                messages.refuse("Not loaded: " + e.getMessage());
                return;
            }
            scenario = s;
            if (live.month() != null) {
                String what = "scenario " + s.name() + " loaded";
                apply(s.values(), new Levers.Change(what, what, "scenario " + s.name(), List.of("scenario " + s.name())));
            } else {
                synchronized (this) {
                    values = s.values();
                }
                messages.say("Scenario " + s.name() + " loaded: " + s.description() + ". Press play to run it.");
            }
        }
    }

    private void apply(ParameterValues next, Levers.Change c) {
        synchronized (this) {
            values = next;
        }
        YearMonth from = live.apply(next, c);
        messages.say(from != null ? "From " + from + ": " + c.said() : "For the next run: " + c.said());
    }

    /** Switches the baseline comparison; switched on while running, the baseline catches up at once. */
    void setCompare(boolean on) {
        synchronized (live.lock()) {
            if (on == compare) {
                return;
            }
            compare = on;
            if (live.compare(on)) {
                messages.say("Baseline comparison " + (on ? "on (dashed lines)" : "off") + ".");
            } else {
                messages.say("Baseline comparison " + (on ? "on" : "off") + " from the next run.");
            }
        }
    }
}
