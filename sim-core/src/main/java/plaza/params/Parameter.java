package plaza.params;

import java.util.Locale;

/**
 * One model input, declared once: name, unit, default, allowed range, role and provenance.
 *
 * <p>The role follows EMA Workbench: a {@link Role#LEVER} is a policy choice, an
 * {@link Role#UNCERTAINTY} something the modeler does not control, a {@link Role#CONSTANT} a
 * structural choice. The {@link Status} says where the default comes from; {@code source} is a short
 * citation (publication file and line) and the full derivation lives in {@code seeds/evidence.csv}.
 */
public final class Parameter {

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
    int index = -1;

    private Parameter(String name, String unit, double defaultValue, double min, double max,
                      Role role, Status status, String source, String description) {
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
    }

    /** Starts a declaration; finish it with {@link Builder#range}, role, status and source. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    public String name() { return name; }
    public String unit() { return unit; }
    public double defaultValue() { return defaultValue; }
    public double min() { return min; }
    public double max() { return max; }
    public Role role() { return role; }
    public Status status() { return status; }
    public String source() { return source; }
    public String description() { return description; }

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
    public static final class Builder {
        private final String name;
        private String unit = "";
        private double def;
        private double min;
        private double max;
        private Role role = Role.UNCERTAINTY;
        private String description = "";

        private Builder(String name) {
            this.name = name;
        }

        public Builder unit(String u) { this.unit = u; return this; }
        public Builder value(double v) { this.def = v; return this; }
        public Builder range(double lo, double hi) { this.min = lo; this.max = hi; return this; }
        public Builder lever() { this.role = Role.LEVER; return this; }
        public Builder constant() { this.role = Role.CONSTANT; return this; }
        public Builder about(String d) { this.description = d; return this; }

        public Parameter cited(String source) { return build(Status.CITED, source); }
        public Parameter derived(String source) { return build(Status.DERIVED, source); }
        public Parameter fitted(String targets) { return build(Status.FITTED, targets); }
        public Parameter assumed(String why) { return build(Status.ASSUMED, why); }

        private Parameter build(Status status, String source) {
            return new Parameter(name, unit, def, min, max, role, status, source, description);
        }
    }
}
