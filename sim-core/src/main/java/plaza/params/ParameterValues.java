package plaza.params;

import java.util.Arrays;

/**
 * An immutable assignment of a value to every parameter in the catalog. Construction checks
 * each value against its range and the cross-parameter rules, so a model never sees a bad value.
 */
public final class ParameterValues {

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

    /** A copy with one value changed (validated). */
    public ParameterValues with(Parameter p, double value) {
        return toBuilder().set(p, value, "").build();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        System.arraycopy(values, 0, b.values, 0, values.length);
        return b;
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
            FundingParameters.checkMerida(this);
            double hard = values[MarketParameters.COCAINE_SHARE_OF_HARD.index] + values[MarketParameters.METH_SHARE_OF_HARD.index];
            if (hard > 1 + 1e-9) {
                throw new InputException("market.cocaine_share_of_hard_drugs + market.meth_share_of_hard_drugs must not"
                        + " exceed 1 (heroin takes the rest); they sum to " + Parameter.format(hard));
            }
            return new ParameterValues(values.clone());
        }
    }
}
