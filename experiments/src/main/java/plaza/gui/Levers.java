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

    /** The levers a class reaches for first, shown before the rest. */
    static final List<String> KEY = List.of("military.troops_deployed_2009", "policy.kingpin_intensity",
            "policy.merida_equipment_to_judicial", "policy.marijuana_legal_share", "policy.gun_control_intensity",
            "policy.treatment_extra_usd_billions_per_year");

    /** Policy areas, in the order the model tab shows them after the key levers. */
    static final List<String> AREAS = List.of("Key levers", "Military and police", "Leaders and extradition",
            "Border, money and guns", "Merida funding", "Drug policy");

    public Levers() {
        List<Parameter> l = new ArrayList<>();
        for (Parameter p : ParameterCatalog.all()) {
            if (p.role() == Parameter.Role.LEVER) {
                l.add(p);
            }
        }
        // stable: key levers first, then by area, catalog order within an area
        l.sort(java.util.Comparator.comparingInt(p -> AREAS.indexOf(area(p))));
        this.levers = List.copyOf(l);
    }

    /** A lever's name without its group prefix, as legends name it. */
    static String shortName(Parameter p) {
        return p.name().substring(p.name().indexOf('.') + 1);
    }

    /** The policy area a lever belongs to (one of {@link #AREAS}). */
    static String area(Parameter p) {
        String n = p.name();
        if (KEY.contains(n)) {
            return "Key levers";
        }
        if (n.startsWith("military.") || n.startsWith("police.")) {
            return "Military and police";
        }
        if (n.startsWith("intel.") || n.startsWith("policy.kingpin")) {
            return "Leaders and extradition";
        }
        if (n.startsWith("policy.border") || n.startsWith("policy.aml") || n.startsWith("policy.gun")) {
            return "Border, money and guns";
        }
        if (n.startsWith("funding.") || n.startsWith("policy.merida")) {
            return "Merida funding";
        }
        return "Drug policy";
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
        return ParameterCatalog.wholeNumber(p)
                || WHOLE_UNITS.contains(p.unit()) && p.min() == Math.rint(p.min()) && p.max() == Math.rint(p.max());
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
