package plaza.params;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An immutable assignment of a value to every parameter in the catalog. Construction checks
 * each value against its range and the cross-parameter rules, so a model never sees a bad value.
 */
public final class ParameterValues {

    /**
     * Largest share of operations leaked in 2007 ({@code justice.police_corruption_2007 x
     * justice.leak_given_corruption}): enforcement effectiveness is measured relative to the 2007
     * leak, so a 2007 in which every operation leaked has no reference (division by zero).
     */
    public static final double MAX_LEAK_2007 = 0.9;

    private final double[] values;

    private ParameterValues(double[] values) {
        this.values = values;
    }

    /** Every parameter at its catalog default. */
    public static ParameterValues defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public double get(Parameter p) {
        return values[p.index];
    }

    /** Convenience for integer-valued parameters (years, counts, months). */
    public int getInt(Parameter p) {
        return (int) Math.round(values[p.index]);
    }

    /** A copy with one value changed (validated). */
    public ParameterValues with(Parameter p, double value) {
        return toBuilder().set(p, value, "").build();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        System.arraycopy(values, 0, b.values, 0, values.length);
        return b;
    }

    /** Name to value, in catalog order (for metadata files). */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Parameter p : ParameterCatalog.all()) {
            m.put(p.name(), values[p.index]);
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterValues pv && Arrays.equals(values, pv.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    /** Collects values; {@link #build()} checks the rules that span several parameters. */
    public static final class Builder {
        private final double[] values = new double[ParameterCatalog.size()];

        private Builder() {
            for (Parameter p : ParameterCatalog.all()) {
                values[p.index] = p.defaultValue();
            }
        }

        /** Sets a value; {@code where} prefixes the error (e.g. "scenarios/x.scenario:4: "). */
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
            return this;
        }

        /** Sets a value by name, parsing the text (errors name the parameter and its range). */
        public Builder set(String name, String text, String where) {
            Parameter p = ParameterCatalog.byName(name, where);
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

        public ParameterValues build() {
            double shares = values[FundingParameters.SHARE_EQUIPMENT.index] + values[FundingParameters.SHARE_JUDICIAL.index]
                    + values[FundingParameters.SHARE_ECONOMIC.index] + values[FundingParameters.SHARE_TRAINING.index];
            if (Math.abs(shares - 1) > 1e-6) {
                throw new InputException("Merida category shares (funding.merida_share_equipment, funding.merida_share_judicial,"
                        + " funding.merida_share_economic, funding.merida_share_training) must sum to 1; they sum to " + Parameter.format(shares));
            }
            double moved = values[FundingParameters.REALLOC_JUDICIAL.index] + values[FundingParameters.REALLOC_ECONOMIC.index];
            if (moved > 1 + 1e-9) {
                throw new InputException("policy.merida_equipment_to_judicial + policy.merida_equipment_to_economic"
                        + " must not exceed 1 (all of the equipment money); they sum to " + Parameter.format(moved));
            }
            double hard = values[MarketParameters.COCAINE_SHARE_OF_HARD.index] + values[MarketParameters.METH_SHARE_OF_HARD.index];
            if (hard > 1 + 1e-9) {
                throw new InputException("market.cocaine_share_of_hard_drugs + market.meth_share_of_hard_drugs must not"
                        + " exceed 1 (heroin takes the rest); they sum to " + Parameter.format(hard));
            }
            double force = values[MilitaryParameters.FORCE_SIZE.index];
            for (Parameter troops : new Parameter[] {MilitaryParameters.TROOPS_2007, MilitaryParameters.TROOPS_2009}) {
                if (values[troops.index] > force) {
                    throw new InputException(troops.name() + " (" + Parameter.format(values[troops.index])
                            + ") must not exceed " + MilitaryParameters.FORCE_SIZE.name() + " ("
                            + Parameter.format(force) + "): troops are deployed from the armed forces");
                }
            }
            double leak = values[JusticeParameters.CORRUPTION_INITIAL.index] * values[JusticeParameters.LEAK_GIVEN_CORRUPT.index];
            if (leak > MAX_LEAK_2007 + 1e-12) {
                throw new InputException(JusticeParameters.CORRUPTION_INITIAL.name() + " x "
                        + JusticeParameters.LEAK_GIVEN_CORRUPT.name() + " (the share of operations leaked in 2007, "
                        + "the reference of enforcement effectiveness) must not exceed " + Parameter.format(MAX_LEAK_2007)
                        + "; it is " + Parameter.format(leak));
            }
            return new ParameterValues(values.clone());
        }
    }
}
