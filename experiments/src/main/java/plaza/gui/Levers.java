package plaza.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import plaza.params.FundingParameters;
import plaza.params.InputException;
import plaza.params.Parameter;
import plaza.params.ParameterCatalog;
import plaza.params.ParameterValues;

/**
 * The policy levers the classroom can move: every catalog parameter with role LEVER, in catalog
 * order, with the catalog's units and ranges (no second list of ranges lives in the GUI).
 *
 * <p>Changing one of Merida's four category shares rescales the other three so that the four still
 * sum to 1: a slider that could only ever produce an invalid parameter set would be useless in front
 * of a class. Any other rule violation is reported as an {@link InputException} and nothing changes.
 */
public final class Levers {

    /** Units whose values are whole numbers: the inspector shows an integer slider for them. */
    private static final Set<String> WHOLE_UNITS = Set.of("year", "fiscal year", "months", "troops", "persons");


    private final List<Parameter> levers;

    public Levers() {
        List<Parameter> l = new ArrayList<>();
        for (Parameter p : ParameterCatalog.all()) {
            if (p.role() == Parameter.Role.LEVER) {
                l.add(p);
            }
        }
        this.levers = List.copyOf(l);
    }

    public List<Parameter> all() {
        return levers;
    }

    public int size() {
        return levers.size();
    }

    public Parameter get(int i) {
        return levers.get(i);
    }

    /** True for levers counted in whole units (years, months, troops, persons). */
    public static boolean whole(Parameter p) {
        return WHOLE_UNITS.contains(p.unit()) && p.min() == Math.rint(p.min()) && p.max() == Math.rint(p.max());
    }

    /**
     * The values with one lever changed, validated by the catalog.
     *
     * @throws InputException if the value is out of range or breaks a cross-parameter rule
     */
    public static ParameterValues with(ParameterValues values, Parameter p, double value) {
        double v = whole(p) ? Math.rint(value) : value;
        ParameterValues.Builder b = values.toBuilder().set(p, v, "");
        if (FundingParameters.MERIDA_SHARES.contains(p)) {
            FundingParameters.rebalanceMerida(b, p, v);
        }
        return b.build();
    }

    /** A short description of a change, for chart markers and the status line. */
    public static String describe(Parameter p, double before, double after) {
        return p.name() + ": " + Parameter.format(round(before)) + " \u2192 " + Parameter.format(round(after));
    }

    private static double round(double v) {
        return Math.abs(v) >= 100 ? Math.rint(v) : Math.rint(v * 1000) / 1000;
    }
}
