package plaza.params;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable assignment of a value to every parameter in the catalog. Construction checks
 * each value against its range and the cross-parameter rules, so a model never sees a bad value.
 * A lever may follow a path ({@link Schedule}) instead of a constant: written in a scenario file,
 * {@code --set} or an experiment as {@code YYYY[-MM]: value, ...}, or built from the older
 * parameters it replaces (its aliases, e.g. {@code policy.gun_control_year}). A written path takes
 * over from its first point: before it the lever follows what it would without the written path
 * (the path built from its aliases, or its plain value). The model resolves
 * every path once a month ({@link #at(YearMonth)}), so mechanisms read levers with {@link #get}.
 */
public final class ParameterValues implements java.io.Serializable {

    /** The values as set (a lever with a path keeps its plain value here, for metadata). */
    private final double[] values;
    /** Paths written for levers (null where none was written). */
    private final Schedule[] schedules;
    /** Each lever's path in force: the written one, or the one built from its aliases; null for a constant. */
    private final Schedule[] paths;
    /** Where each value was set ("file:line: ", "--set: "; empty for the catalog default). */
    private final String[] origins;
    /** What {@link #get} returns: the values, or with every path resolved for one month ({@link #at(YearMonth)}). */
    private final double[] current;
    private final YearMonth month;
    private final java.util.function.Consumer<Parameter> observer; // serializable, as part of a saved world (Checkpoint)

    private ParameterValues(double[] values, Schedule[] schedules, Schedule[] paths, String[] origins,
                            double[] current, YearMonth month, java.util.function.Consumer<Parameter> observer) {
        this.values = values;
        this.schedules = schedules;
        this.paths = paths;
        this.origins = origins;
        this.current = current;
        this.month = month;
        this.observer = observer;
    }

    /** The same values, telling {@code onRead} of every parameter read through {@link #get} or {@link #at(Parameter, YearMonth)} (the declaration check; otherwise a no-op is told). */
    public ParameterValues observed(java.util.function.Consumer<Parameter> onRead) {
        return new ParameterValues(values, schedules, paths, origins, current, month, onRead);
    }

    /** Every parameter at its catalog default. */
    public static ParameterValues defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The value: for levers with a path, the value in the month these values are resolved for (see {@link #at(YearMonth)}). */
    public double get(Parameter p) {
        observer.accept(p);
        return current[p.index];
    }

    /** The value as set, ignoring any path (what metadata writes for a lever without a written path). */
    public double plain(Parameter p) {
        return values[p.index];
    }

    /**
     * The one reader of every lever's path: the value of a parameter in a month, from its written
     * path, else the path built from its aliases, else its constant value.
     */
    public double at(Parameter p, YearMonth m) {
        observer.accept(p);
        Schedule s = m.equals(month) ? null : paths[p.index]; // resolved for this month already (at(YearMonth))
        return s == null ? current[p.index] : s.valueAt(m); // current = values where no path, or month not resolved
    }

    /** These values with every path resolved for a month: {@link #get} then returns that month's values. */
    public ParameterValues at(YearMonth m) {
        if (m.equals(month)) {
            return this;
        }
        double[] now = values.clone();
        for (int i = 0; i < paths.length; i++) {
            if (paths[i] != null) {
                now[i] = paths[i].valueAt(m);
            }
        }
        return new ParameterValues(values, schedules, paths, origins, now, m, observer);
    }

    /** The path a lever follows (written or built from its aliases), or null if it is constant. */
    public Schedule path(Parameter p) {
        return paths[p.index];
    }

    /** The path written for a lever (in a scenario file, --set or an experiment), or null. */
    public Schedule writtenPath(Parameter p) {
        return schedules[p.index];
    }

    /** Where a value was set ("file:line: ", "--set: "), or empty for the catalog default. */
    public String origin(Parameter p) {
        return origins[p.index];
    }

    /** Where what is in force was set: the written path's place, else the plain value's ("" for the catalog default). */
    public String setAt(Parameter p) {
        Schedule s = schedules[p.index];
        return s != null ? s.points().get(0).where() : origins[p.index];
    }

    /**
     * The value as scenario files write it: the written path, the path of a lever that exists only as
     * a path (built from its aliases), or the plain number.
     */
    public String text(Parameter p) {
        Schedule s = schedules[p.index] != null ? schedules[p.index] : p.pathOnly() ? paths[p.index] : null;
        return s != null ? s.text() : Parameter.format(values[p.index]);
    }

    /** A copy with one value changed (validated). */
    public ParameterValues with(Parameter p, double value) {
        return toBuilder().set(p, value, "").build();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        System.arraycopy(values, 0, b.values, 0, values.length);
        System.arraycopy(schedules, 0, b.schedules, 0, schedules.length);
        System.arraycopy(origins, 0, b.origins, 0, origins.length);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterValues pv && Arrays.equals(values, pv.values) && texts().equals(pv.texts());
    }

    @Override
    public int hashCode() {
        int h = Arrays.hashCode(values);
        for (Schedule s : schedules) {
            if (s != null) {
                h = 31 * h + s.text().hashCode();
            }
        }
        return h;
    }

    private List<String> texts() {
        return Arrays.stream(schedules).map(s -> s == null ? null : s.text()).toList();
    }

    /** Collects values; {@link #build()} checks the rules that span several parameters. */
    public static final class Builder implements java.io.Serializable {
        private final double[] values = new double[ParameterCatalog.size()];
        private final Schedule[] schedules = new Schedule[ParameterCatalog.size()];
        private final String[] origins = new String[ParameterCatalog.size()];

        private Builder() {
            for (Parameter p : ParameterCatalog.all()) {
                values[p.index] = p.defaultValue();
                origins[p.index] = "";
            }
        }

        /** Sets a value; {@code where} prefixes the error (e.g. "scenarios/x.scenario:4: "). A written path is replaced. */
        public Builder set(Parameter p, double value, String where) {
            ParameterRules.checkValue(p, value, where);
            values[p.index] = value;
            schedules[p.index] = p.pathOnly() ? Schedule.constant(value, where) : null;
            origins[p.index] = where;
            return this;
        }

        /** Gives a lever a path (checked: levers only, not aliases, values in range, months increasing). */
        public Builder set(Parameter p, Schedule path, String where) {
            ParameterRules.checkPathLever(p, where);
            schedules[p.index] = path.check(p);
            return this;
        }

        /** Sets a value or a path by name, parsing the text (errors name the parameter, the point and the range). */
        public Builder set(String name, String text, String where) {
            Parameter p = ParameterCatalog.byName(name, where);
            if (Schedule.looksLike(text)) {
                return set(p, Schedule.parse(text, p, where), where);
            }
            double v;
            try {
                v = Double.parseDouble(text.trim().replace("_", ""));
            } catch (NumberFormatException e) {
                throw new InputException(where + "'" + text.trim() + "' is not a number for '" + name
                        + "'; allowed " + p.rangeText());
            }
            return set(p, v, where);
        }

        public double get(Parameter p) {
            return values[p.index];
        }

        /** Takes one parameter's value, written path and origin from other values (for scenarios with several parents). */
        public Builder copy(Parameter p, ParameterValues from) {
            values[p.index] = from.values[p.index];
            schedules[p.index] = from.schedules[p.index];
            origins[p.index] = from.origins[p.index];
            return this;
        }

        /** Where a value was set so far ("" for the catalog default). */
        public String origin(Parameter p) {
            return origins[p.index];
        }

        /** The path written for a lever so far, or null. */
        public Schedule writtenPath(Parameter p) {
            return schedules[p.index];
        }

        public ParameterValues build() {
            ParameterRules.check(values, "");
            ParameterValues plain = new ParameterValues(values.clone(), schedules.clone(), new Schedule[values.length],
                    origins.clone(), values, null, (java.util.function.Consumer<Parameter> & java.io.Serializable) p -> { });
            Schedule[] paths = schedules.clone();
            for (Parameter p : ParameterCatalog.derivedPathLevers()) {
                Schedule derived = p.derivedPath().apply(plain).check(p);
                if (paths[p.index] == null) {
                    paths[p.index] = derived;
                } else if (paths[p.index].before() == null && Double.isNaN(paths[p.index].initial())) {
                    paths[p.index] = paths[p.index].over(derived);
                }
            }
            for (int i = 0; i < paths.length; i++) {
                if (paths[i] != null && paths[i].before() == null && Double.isNaN(paths[i].initial())
                        && !ParameterCatalog.all().get(i).pathOnly()) {
                    paths[i] = paths[i].over(Schedule.constant(values[i], origins[i]));
                }
            }
            ParameterValues built = new ParameterValues(plain.values, plain.schedules, paths, plain.origins, plain.values, null, (java.util.function.Consumer<Parameter> & java.io.Serializable) p -> { });
            if (ParameterRules.RULED.stream().anyMatch(p -> schedules[p.index] != null)) {
                for (YearMonth m = Schedule.EARLIEST; !m.isAfter(Schedule.LATEST); m = m.plusMonths(1)) {
                    ParameterRules.check(built.at(m).current, "in " + m + ": ");
                }
            }
            return built;
        }
    }
}
