package plaza.params;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
public final class ParameterValues {

    /**
     * Largest share of operations leaked in 2007 ({@code justice.police_corruption_2007 x
     * justice.leak_given_corruption}): enforcement effectiveness is measured relative to the 2007
     * leak, so a 2007 in which every operation leaked has no reference (division by zero).
     */
    public static final double MAX_LEAK_2007 = 0.9;

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

    private ParameterValues(double[] values, Schedule[] schedules, Schedule[] paths, String[] origins,
                            double[] current, YearMonth month) {
        this.values = values;
        this.schedules = schedules;
        this.paths = paths;
        this.origins = origins;
        this.current = current;
        this.month = month;
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
        return current[p.index];
    }

    /** Convenience for integer-valued parameters (years, counts, months). */
    public int getInt(Parameter p) {
        return (int) Math.round(get(p));
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
        Schedule s = paths[p.index];
        return s == null ? values[p.index] : s.valueAt(m);
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
        return new ParameterValues(values, schedules, paths, origins, now, m);
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

    /** Name to value as set, in catalog order (for metadata files). */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Parameter p : ParameterCatalog.all()) {
            m.put(p.name(), values[p.index]);
        }
        return m;
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
        List<String> t = new ArrayList<>();
        for (Schedule s : schedules) {
            t.add(s == null ? null : s.text());
        }
        return t;
    }

    /** Collects values; {@link #build()} checks the rules that span several parameters. */
    public static final class Builder {
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
            if (!p.allows(value)) {
                throw new InputException(where + "value " + Parameter.format(value) + " for '" + p.name()
                        + "' is out of range; allowed " + p.rangeText());
            }
            if (value != Math.rint(value) && ParameterCatalog.wholeNumber(p)) {
                throw new InputException(where + "value " + Double.toString(value) + " for '" + p.name()
                        + "' is not a whole number; it is a " + (p.unit().contains("year") ? "year" : "count")
                        + ", allowed whole numbers in " + p.rangeText());
            }
            values[p.index] = value;
            schedules[p.index] = p.pathOnly() ? Schedule.constant(value, where) : null;
            origins[p.index] = where;
            return this;
        }

        /** Gives a lever a path (checked: levers only, not aliases, values in range, months increasing). */
        public Builder set(Parameter p, Schedule path, String where) {
            if (p.aliasOf() != null) {
                throw new InputException(where + "'" + p.name() + "' only helps build the path of '" + p.aliasOf().name()
                        + "'; write the path for '" + p.aliasOf().name() + "' instead");
            }
            if (p.role() != Parameter.Role.LEVER) {
                throw new InputException(where + "'" + p.name() + "' is not a lever (it is " + p.role().name().toLowerCase(java.util.Locale.ROOT)
                        + "); only levers can follow a path");
            }
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
            checkRules(values, "");
            ParameterValues plain = new ParameterValues(values.clone(), schedules.clone(), new Schedule[values.length],
                    origins.clone(), values, null);
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
            ParameterValues built = new ParameterValues(plain.values, plain.schedules, paths, plain.origins, plain.values, null);
            if (RULED.stream().anyMatch(p -> schedules[p.index] != null)) {
                for (YearMonth m = Schedule.EARLIEST; !m.isAfter(Schedule.LATEST); m = m.plusMonths(1)) {
                    checkRules(built.at(m).current, "in " + m + ": ");
                }
            }
            return built;
        }
    }

    private static final List<Parameter> RULED = List.of(FundingParameters.SHARE_EQUIPMENT, FundingParameters.SHARE_JUDICIAL,
            FundingParameters.SHARE_ECONOMIC, FundingParameters.SHARE_TRAINING, FundingParameters.REALLOC_JUDICIAL,
            FundingParameters.REALLOC_ECONOMIC, MarketParameters.COCAINE_SHARE_OF_HARD, MarketParameters.METH_SHARE_OF_HARD,
            MilitaryParameters.TROOPS, MilitaryParameters.FORCE_SIZE);

    private static void checkRules(double[] values, String when) {
        double shares = values[FundingParameters.SHARE_EQUIPMENT.index] + values[FundingParameters.SHARE_JUDICIAL.index]
                + values[FundingParameters.SHARE_ECONOMIC.index] + values[FundingParameters.SHARE_TRAINING.index];
        if (Math.abs(shares - 1) > 1e-6) {
            throw new InputException(when + "Merida category shares (funding.merida_share_equipment, funding.merida_share_judicial,"
                    + " funding.merida_share_economic, funding.merida_share_training) must sum to 1; they sum to " + Parameter.format(shares));
        }
        double moved = values[FundingParameters.REALLOC_JUDICIAL.index] + values[FundingParameters.REALLOC_ECONOMIC.index];
        if (moved > 1 + 1e-9) {
            throw new InputException(when + "policy.merida_equipment_to_judicial + policy.merida_equipment_to_economic"
                    + " must not exceed 1 (all of the equipment money); they sum to " + Parameter.format(moved));
        }
        double hard = values[MarketParameters.COCAINE_SHARE_OF_HARD.index] + values[MarketParameters.METH_SHARE_OF_HARD.index];
        if (hard > 1 + 1e-9) {
            throw new InputException(when + "market.cocaine_share_of_hard_drugs + market.meth_share_of_hard_drugs must not"
                    + " exceed 1 (heroin takes the rest); they sum to " + Parameter.format(hard));
        }
        double force = values[MilitaryParameters.FORCE_SIZE.index];
        for (Parameter troops : new Parameter[] {MilitaryParameters.TROOPS, MilitaryParameters.TROOPS_2007, MilitaryParameters.TROOPS_2009}) {
            if (values[troops.index] > force) {
                throw new InputException(when + troops.name() + " (" + Parameter.format(values[troops.index])
                        + ") must not exceed " + MilitaryParameters.FORCE_SIZE.name() + " ("
                        + Parameter.format(force) + "): troops are deployed from the armed forces");
            }
        }
        double leak = values[JusticeParameters.CORRUPTION_INITIAL.index] * values[JusticeParameters.LEAK_GIVEN_CORRUPT.index];
        if (leak > MAX_LEAK_2007 + 1e-12) {
            throw new InputException(when + JusticeParameters.CORRUPTION_INITIAL.name() + " x "
                    + JusticeParameters.LEAK_GIVEN_CORRUPT.name() + " (the share of operations leaked in 2007, "
                    + "the reference of enforcement effectiveness) must not exceed " + Parameter.format(MAX_LEAK_2007)
                    + "; it is " + Parameter.format(leak));
        }
    }
}
