package plaza.params;

import java.util.List;
import java.util.Locale;

/**
 * The checks {@link ParameterValues} makes while values are collected and built: each value against
 * its range (and whole numbers for years and counts), paths on levers only, and the rules that span
 * several parameters (checked for every month when a path touches one of them).
 */
final class ParameterRules implements java.io.Serializable {

    /**
     * Largest share of operations leaked in 2007 ({@code justice.police_corruption_2007 x
     * justice.leak_given_corruption}): enforcement effectiveness is measured relative to the 2007
     * leak, so a 2007 in which every operation leaked has no reference (division by zero).
     */
    static final double MAX_LEAK_2007 = 0.9;

    /** Parameters a cross-parameter rule reads: a path on one of them is checked month by month. */
    static final List<Parameter> RULED = List.of(FundingParameters.SHARE_EQUIPMENT, FundingParameters.SHARE_JUDICIAL,
            FundingParameters.SHARE_ECONOMIC, FundingParameters.SHARE_TRAINING, FundingParameters.REALLOC_JUDICIAL,
            FundingParameters.REALLOC_ECONOMIC, MarketParameters.COCAINE_SHARE_OF_HARD, MarketParameters.METH_SHARE_OF_HARD,
            MilitaryParameters.TROOPS, MilitaryParameters.FORCE_SIZE);

    static void check(double[] values, String when) {
        FundingParameters.checkMerida(values, when);
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

    /** A value within its parameter's range, and whole where the parameter is a year or a count. */
    static void checkValue(Parameter p, double value, String where) {
        if (!p.allows(value)) {
            throw new InputException(where + "value " + Parameter.format(value) + " for '" + p.name()
                    + "' is out of range; allowed " + p.rangeText());
        }
        if (value != Math.rint(value) && ParameterCatalog.wholeNumber(p)) {
            throw new InputException(where + "value " + Double.toString(value) + " for '" + p.name()
                    + "' is not a whole number; it is a " + (p.unit().contains("year") ? "year" : "count")
                    + ", allowed whole numbers in " + p.rangeText());
        }
    }

    /** Only levers, not the older parameters a lever's path is built from, may follow a path. */
    static void checkPathLever(Parameter p, String where) {
        if (p.aliasOf() != null) {
            throw new InputException(where + "'" + p.name() + "' only helps build the path of '" + p.aliasOf().name()
                    + "'; write the path for '" + p.aliasOf().name() + "' instead");
        }
        if (p.role() != Parameter.Role.LEVER) {
            throw new InputException(where + "'" + p.name() + "' is not a lever (it is " + p.role().name().toLowerCase(Locale.ROOT)
                    + "); only levers can follow a path");
        }
    }

    private ParameterRules() {}
}
