package plaza.params;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every model parameter, in a fixed order. The single source of truth for names, units, defaults,
 * ranges and provenance: scenario files, the command line, the GUI and the evidence table all
 * refer to the names declared here.
 */
public final class ParameterCatalog implements java.io.Serializable {

    private static final List<Parameter> ALL;
    private static final Map<String, Parameter> BY_NAME = new LinkedHashMap<>();

    static {
        List<Parameter> all = new ArrayList<>();
        all.addAll(OrganizationParameters.ALL);
        all.addAll(ViolenceParameters.ALL);
        all.addAll(MarketParameters.ALL);
        all.addAll(MilitaryParameters.ALL);
        all.addAll(JusticeParameters.ALL);
        all.addAll(IntelligenceParameters.ALL);
        all.addAll(BorderParameters.ALL);
        all.addAll(GunParameters.ALL);
        all.addAll(FundingParameters.ALL);
        all.addAll(FlowParameters.ALL);
        all.addAll(HistoryParameters.ALL);
        all.addAll(SupplyParameters.ALL);
        for (int i = 0; i < all.size(); i++) {
            Parameter p = all.get(i);
            if (BY_NAME.put(p.name(), p) != null) {
                throw new IllegalStateException("parameter declared twice: " + p.name());
            }
            p.index = i;
        }
        ALL = Collections.unmodifiableList(all);
        for (Parameter p : all) {
            for (String a : p.aliases()) {
                Parameter alias = BY_NAME.get(a);
                if (alias == null) {
                    throw new IllegalStateException("alias " + a + " of " + p.name() + " is not a parameter");
                }
                if (alias.aliasOf == null) {
                    alias.aliasOf = p;
                }
            }
        }
    }

    /** Levers with a path built from aliases when none is written, in catalog order. */
    static List<Parameter> derivedPathLevers() {
        List<Parameter> out = new ArrayList<>();
        for (Parameter p : ALL) {
            if (p.derivedPath() != null) {
                out.add(p);
            }
        }
        return out;
    }

    private ParameterCatalog() {}

    /** All parameters in declaration order (the order of metadata and evidence files). */
    public static List<Parameter> all() {
        return ALL;
    }

    /**
     * Counts the model uses as whole numbers; every year parameter is one too. The month counts here
     * are those the model rounds or truncates (lags, ramps over whole months); the other "months"
     * parameters are time constants (a rate of 1/months per month) and take any value in range.
     */
    private static final java.util.Set<String> WHOLE = java.util.Set.of(MilitaryParameters.MAX_STATES.name(),
            OrganizationParameters.INITIAL_ORGANIZATIONS.name(), OrganizationParameters.LIEUTENANTS.name(),
            IntelligenceParameters.BATCH_SIZE.name(), FundingParameters.DELIVERY_LAG.name(),
            ViolenceParameters.SUCCESSION_VIOLENCE.name(), MilitaryParameters.WITHDRAWAL_MONTHS.name(),
            MarketParameters.LEGAL_RAMP.name(), HistoryParameters.DECENTRALIZATION_MONTHS.name());

    /** True for parameters that take whole numbers only: years, and counts the model does not split. */
    public static boolean wholeNumber(Parameter p) {
        return p.unit().equals("year") || p.unit().equals("fiscal year") || WHOLE.contains(p.name());
    }

    public static int size() {
        return ALL.size();
    }

    /** The parameter with this name, or an {@link InputException} that suggests the nearest names. */
    public static Parameter byName(String name, String where) {
        Parameter p = BY_NAME.get(name);
        if (p == null) {
            throw new InputException(where + "unknown parameter '" + NearestNames.echo(name) + "'; nearest valid names: "
                    + String.join(", ", nearest(name, 3)));
        }
        return p;
    }

    /** True if a parameter of this name exists. */
    public static boolean exists(String name) {
        return BY_NAME.containsKey(name);
    }

    /** The {@code k} declared names closest to {@code name} (ties in catalog order). */
    public static List<String> nearest(String name, int k) {
        List<String> names = new ArrayList<>(BY_NAME.keySet());
        return NearestNames.of(name, names, k);
    }
}
