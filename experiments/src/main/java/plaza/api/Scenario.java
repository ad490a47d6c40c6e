package plaza.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plaza.params.Parameter;
import plaza.params.ParameterCatalog;
import plaza.params.ParameterValues;
import plaza.scenario.Overrides;

/**
 * A scenario loaded from its file, with any parameters changed through {@link #with(String, String)}.
 * Immutable: {@code with} returns a new scenario. Every change is checked when it is made, with the
 * message {@code plaza run --set name=value} prints for the same change.
 */
public final class Scenario {

    private final plaza.scenario.Scenario loaded;
    private final List<String> overrides;
    private final ParameterValues values;

    Scenario(plaza.scenario.Scenario loaded, List<String> overrides) {
        this.loaded = loaded;
        this.overrides = List.copyOf(overrides);
        this.values = Overrides.apply(loaded, this.overrides);
    }

    /**
     * The scenario's name.
     *
     * @return the file name without {@code .scenario}
     */
    public String name() {
        return loaded.name();
    }

    /**
     * The one-line description the file gives.
     *
     * @return the description, or an empty string
     */
    public String description() {
        return loaded.description();
    }

    /**
     * Where the scenario was read.
     *
     * @return the scenario file
     */
    public Path file() {
        return loaded.file();
    }

    /**
     * This scenario with one parameter changed, as {@code --set name=value} on the command line:
     * a number, or for a lever a path such as {@code "2009: 0, 2011: 1 ~linear"}. Later changes of
     * the same parameter win.
     *
     * @param parameter a parameter name of the catalog (see {@link #parameters()})
     * @param value     the value as text
     * @return a new scenario with the change
     * @throws InvalidInputException for an unknown name (with the nearest valid names), a value that
     *         is not a number, or one out of range (with the allowed range)
     */
    public Scenario with(String parameter, String value) {
        List<String> next = new ArrayList<>(overrides);
        next.add(parameter + "=" + value);
        return Errors.guard(() -> new Scenario(loaded, next));
    }

    /**
     * This scenario with one parameter set to a number; see {@link #with(String, String)}.
     *
     * @param parameter a parameter name of the catalog
     * @param value     the value
     * @return a new scenario with the change
     * @throws InvalidInputException for an unknown name or a value out of range
     */
    public Scenario with(String parameter, double value) {
        return with(parameter, Double.toString(value));
    }

    /**
     * The changes made through {@code with}, in order.
     *
     * @return {@code name=value} texts, as {@code --set} would take them
     */
    public List<String> overrides() {
        return overrides;
    }

    /**
     * A parameter's value in this scenario, ignoring any path a lever follows (its path is in
     * {@link #parameters()}).
     *
     * @param parameter a parameter name of the catalog
     * @return the value
     * @throws InvalidInputException for an unknown name
     */
    public double value(String parameter) {
        return Errors.guard(() -> values.plain(ParameterCatalog.byName(parameter, "")));
    }

    /**
     * Every parameter of the catalog with its value in this scenario, as {@code metadata.txt}
     * writes it (a number, or a lever's path as written).
     *
     * @return parameter name to value text, in catalog order
     */
    public Map<String, String> parameters() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Parameter p : ParameterCatalog.all()) {
            out.put(p.name(), values.text(p));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * A run of this scenario with the default period (2007-01 to 2012-12) and scale (100).
     *
     * @param seed the seed all randomness flows from
     * @return the run, to adjust or start with {@link Run#outputs()}
     */
    public Run run(long seed) {
        return Run.of(this).seed(seed);
    }

    /** The resolved values, overrides applied. */
    ParameterValues values() {
        return values;
    }

    /** The scenario as loaded from its file. */
    plaza.scenario.Scenario loaded() {
        return loaded;
    }

    /**
     * The scenario's name and changes.
     *
     * @return for example {@code baseline [policy.troop_surge=2]}
     */
    @Override
    public String toString() {
        return name() + (overrides.isEmpty() ? "" : " " + overrides);
    }
}
