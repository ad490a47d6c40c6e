package plaza.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import plaza.params.FundingParameters;
import plaza.params.InputException;
import plaza.params.LeverLabels;
import plaza.params.Parameter;
import plaza.params.ParameterCatalog;
import plaza.params.ParameterValues;

/**
 * The policy levers the classroom can move: every catalog parameter with role LEVER (except those
 * set through their aliases, see {@link #setThroughAliases}), key levers first, then by policy area,
 * with the catalog's labels, units and ranges (no second list of ranges lives in the GUI).
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
            if (p.role() == Parameter.Role.LEVER && !setThroughAliases(p)) {
                l.add(p);
            }
        }
        // stable: key levers first, then by area, catalog order within an area
        l.sort(java.util.Comparator.comparingInt(p -> AREAS.indexOf(area(p))));
        this.levers = List.copyOf(l);
    }

    /**
     * True for a lever that exists only as a path built from other levers (its aliases), such as
     * {@code military.troops_deployed}, built from the 2007 and 2009 troop levels. The classroom shows
     * the aliases only: a slider for the path itself would read 0 (its plain value, never used)
     * beside the 2009 level's 45,000, and moving it would silently replace both. A path for it can
     * still be written in a scenario file and loaded.
     */
    static boolean setThroughAliases(Parameter p) {
        return p.pathOnly() && !p.aliases().isEmpty()
                && p.aliases().stream().allMatch(a -> ParameterCatalog.byName(a, "").role() == Parameter.Role.LEVER);
    }

    /** A lever's label as legends and markers name it ("Leader targeting"); the catalog name stays in tooltips. */
    static String shortName(Parameter p) {
        return LeverLabels.of(p).text();
    }

    /** The labels of the levers whose values or written paths differ between two sets of values, in classroom order. */
    List<String> differing(ParameterValues a, ParameterValues b) {
        List<String> out = new ArrayList<>();
        for (Parameter q : levers) {
            if (Double.compare(a.get(q), b.get(q)) != 0 || !a.text(q).equals(b.text(q))) {
                out.add(shortName(q));
            }
        }
        return out;
    }

    /**
     * What one move of lever {@code moved} changed (the lever and any the catalog's rules moved with
     * it, e.g. the other Merida shares): {@code logged} in catalog names for the model's event log,
     * {@code said} in labels for the message line, {@code marker} for the charts, {@code names} for the legend.
     */
    record Change(String logged, String said, String marker, List<String> names) {}

    Change change(Parameter moved, ParameterValues before, ParameterValues next) {
        StringBuilder logged = new StringBuilder(describe(moved, before.get(moved), next.get(moved)));
        StringBuilder said = new StringBuilder(say(moved, before.get(moved), next.get(moved)));
        List<String> names = new ArrayList<>(List.of(shortName(moved)));
        for (Parameter q : levers) {
            if (q != moved && before.get(q) != next.get(q)) {
                logged.append("; ").append(describe(q, before.get(q), next.get(q)));
                said.append("; ").append(say(q, before.get(q), next.get(q)));
                names.add(shortName(q));
            }
        }
        String marker = shortName(moved) + ": " + Parameter.format(round(before.get(moved))) + " \u2192 " + Parameter.format(round(next.get(moved)));
        return new Change(logged.toString(), said.toString(), marker, names);
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

    /** A change as a class reads it: "Leader targeting: 1 → 3 (× 2007)". */
    static String say(Parameter p, double before, double after) {
        LeverLabels.Label l = LeverLabels.of(p);
        return l.text() + ": " + Parameter.format(round(before)) + " → " + Parameter.format(round(after)) + " (" + l.unit() + ")";
    }

    private static double round(double v) {
        return Math.abs(v) >= 100 ? Math.rint(v) : Math.rint(v * 1000) / 1000;
    }
}
