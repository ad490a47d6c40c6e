package plaza.params;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One model input, declared once: name, unit, default, allowed range, role and provenance.
 *
 * <p>The role follows EMA Workbench: a {@link Role#LEVER} is a policy choice, an
 * {@link Role#UNCERTAINTY} something the modeler does not control, a {@link Role#CONSTANT} a
 * structural choice. The {@link Status} says where the default comes from; {@code source} is a short
 * citation (publication file and line) and the full derivation lives in {@code seeds/evidence.csv}.
 */
public final class Parameter implements java.io.Serializable {

    /** Who controls the input. */
    public enum Role { LEVER, UNCERTAINTY, CONSTANT }

    /** Provenance of the default value, as in the evidence table. */
    public enum Status { CITED, DERIVED, FITTED, ASSUMED }

    private final String name;
    private final String unit;
    private final double defaultValue;
    private final double min;
    private final double max;
    private final Role role;
    private final Status status;
    private final String source;
    private final String description;
    private final Function<ParameterValues, Schedule> path;
    private final List<String> aliases;
    private final boolean pathOnly;
    int index = -1;
    Parameter aliasOf;

    private Parameter(String name, String unit, double defaultValue, double min, double max,
                      Role role, Status status, String source, String description,
                      Function<ParameterValues, Schedule> path, List<String> aliases, boolean pathOnly) {
        if (!(min <= defaultValue && defaultValue <= max)) {
            throw new IllegalArgumentException("parameter " + name + ": default " + defaultValue
                    + " outside [" + min + ", " + max + "]");
        }
        this.name = name;
        this.unit = unit;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.role = role;
        this.status = status;
        this.source = source;
        this.description = description;
        this.path = path;
        this.aliases = List.copyOf(aliases);
        this.pathOnly = pathOnly;
    }

    /** Starts a declaration; finish it with {@link Builder#range}, role, status and source. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    public String name() { return name; }

    /** Its place in the catalog ({@link ParameterCatalog#all}). */
    public int index() { return index; }

    /** A parameter travels in a saved world by name (its path function is code) and reads back as the catalog's own instance. */
    private Object writeReplace() {
        return new ByName(name);
    }

    private record ByName(String name) implements java.io.Serializable {
        private Object readResolve() {
            return ParameterCatalog.byName(name, "saved world: ");
        }
    }

    public String unit() { return unit; }
    public double defaultValue() { return defaultValue; }
    public double min() { return min; }
    public double max() { return max; }
    public Role role() { return role; }
    public Status status() { return status; }
    public String source() { return source; }
    public String description() { return description; }

    /**
     * The lever's path when none is written: built from the older parameters named by
     * {@link #aliases()} (e.g. a level and the year it starts), or null for a lever whose value is
     * constant unless a schedule is given.
     */
    Function<ParameterValues, Schedule> derivedPath() { return path; }

    /** Names of the older parameters this lever's default path is built from (kept as aliases). */
    public List<String> aliases() { return aliases; }

    /** The lever whose default path this parameter helps build, or null. */
    public Parameter aliasOf() { return aliasOf; }

    /**
     * True for a lever that only exists as a path (its plain value is not read by the model):
     * a plain number written for it is a constant path.
     */
    public boolean pathOnly() { return pathOnly; }

    /** True if the value lies in the allowed range (NaN never does). */
    public boolean allows(double value) {
        return value >= min && value <= max;
    }

    /** The allowed range and unit, as error messages and help print it. */
    public String rangeText() {
        return "[" + format(min) + ", " + format(max) + "] " + unit;
    }

    /** Formats a value the way scenario files and metadata write it. */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("(\\.\\d*?)0+($|e)", "$1$2")
                .replace(".e", "e").replaceAll("\\.$", "");
    }

    @Override
    public String toString() {
        return name;
    }

    /** Fluent declaration so each parameter reads as one statement in its subsystem class. */
    public static final class Builder implements java.io.Serializable {
        private final String name;
        private String unit = "";
        private double def;
        private double min;
        private double max;
        private Role role = Role.UNCERTAINTY;
        private String description = "";
        private Function<ParameterValues, Schedule> path;
        private List<String> aliases = List.of();
        private boolean pathOnly;

        private Builder(String name) {
            this.name = name;
        }

        public Builder unit(String u) { this.unit = u; return this; }
        public Builder value(double v) { this.def = v; return this; }
        public Builder range(double lo, double hi) { this.min = lo; this.max = hi; return this; }
        public Builder lever() { this.role = Role.LEVER; return this; }
        public Builder constant() { this.role = Role.CONSTANT; return this; }
        public Builder about(String d) { this.description = d; return this; }

        /** The default path of a lever, built from older parameters that stay as its aliases. */
        public Builder path(Function<ParameterValues, Schedule> rule, String... aliasNames) {
            this.path = rule;
            this.aliases = List.of(aliasNames);
            return this;
        }

        /** Marks a lever that exists only as a path (see {@link Parameter#pathOnly()}). */
        public Builder pathOnly() { this.pathOnly = true; return this; }

        public Parameter cited(String source) { return build(Status.CITED, source); }
        public Parameter derived(String source) { return build(Status.DERIVED, source); }
        public Parameter fitted(String targets) { return build(Status.FITTED, targets); }
        public Parameter assumed(String why) { return build(Status.ASSUMED, why); }

        private Parameter build(Status status, String source) {
            return new Parameter(name, unit, def, min, max, role, status, source, description, path, aliases, pathOnly);
        }
    }
}
