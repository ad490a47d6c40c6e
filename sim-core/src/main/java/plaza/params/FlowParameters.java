package plaza.params;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import plaza.world.Geography;
import plaza.world.MexicanState;

/**
 * Flows, stakes and diversion: what a plaza is worth from what passes through it, the upstream
 * transit zone (Central America, the Caribbean and Pacific sea lanes), and the targeted levers
 * (inspection at one border corridor, a troop surge in one state, trusted-trader lanes).
 */
public final class FlowParameters implements java.io.Serializable {
    private FlowParameters() {}

    public static final Parameter STAKE_MONTHS = Parameter.named("stake.adjustment_months")
            .unit("months").value(6).range(1, 60)
            .about("A plaza's stake moves toward what passed through it this month by 1/value each month (from the corridor weight at the start)")
            .assumed("the reports give no speed at which routes become prized; 001:414-420 ties violence to trafficking nodes; tested 3-12");
    public static final Parameter ATTACK_ELASTICITY = Parameter.named("stake.attack_elasticity")
            .unit("exponent").value(1).range(0, 3)
            .about("An attack on a plaza is more likely the more it is worth: chance x (stake / mean stake of all plazas)^value, at most x3")
            .assumed("001:446-449 and 001:414-420 tie the fighting to prized trafficking nodes without a curve; tested 0.5-1.5");
    public static final Parameter ORIGIN_LEG = Parameter.named("stake.origin_leg_value_share")
            .unit("share of the border wholesale value").value(0.25).range(0, 1)
            .about("A ton is worth this share of its border wholesale value where it enters the Mexican network (production zone or port of arrival)")
            .assumed("001:580-584 gives the prohibition value at the border only; value rises along the route; tested 0.1-0.5");
    public static final Parameter TRANSIT_LEG = Parameter.named("stake.transit_leg_value_share")
            .unit("share of the border wholesale value").value(0.5).range(0, 1)
            .about("A ton is worth this share of its border wholesale value in the plaza it crosses on the way north")
            .assumed("between the origin and border legs; 001:580-584 gives no markup by leg; tested 0.3-0.8");
    public static final Parameter SEA_INTERDICTION = Parameter.named("transit.sea_interdiction_share_2007")
            .unit("share of tons").value(0.08).range(0, 0.9)
            .about("Share of cocaine seized on the Caribbean or Pacific sea lanes at 2007 air and maritime interdiction")
            .assumed("002:116-120 reports the air route from South America practically closed but no share of sea traffic seized; tested 0.04-0.15");
    public static final Parameter LAND_INTERDICTION = Parameter.named("transit.central_america_interdiction_share_2007")
            .unit("share of tons").value(0.03).range(0, 0.9)
            .about("Share of cocaine seized crossing Central America by land at 2007 regional enforcement")
            .assumed("001:305-306 and 001:849-850 call Central American states fragile and less prepared; tested 0.01-0.06");
    public static final Parameter AIR_MARITIME = Parameter.named("policy.air_maritime_interdiction")
            .unit("multiple of 2007 air and maritime interdiction").value(1).range(0, 10).lever()
            .about("Air and maritime interdiction on the sea lanes (JIATF-East and -West) relative to 2007: seizure 1 - (1 - s)^value")
            .assumed("policy lever; 002:116-120 (joint interdiction closed the air route)");
    public static final Parameter REGIONAL_SECURITY = Parameter.named("policy.central_america_security")
            .unit("multiple of 2007 Central American enforcement capacity").value(1).range(0.2, 10).lever()
            .about("Regional security support (CARSI, CBSI, fusion centers): land seizure 1 - (1 - s)^value; homicides per ton divided by value")
            .assumed("policy lever; 001:887-896 recommends resources and joint operations to prevent spillover");
    public static final Parameter TRANSIT_HOMICIDES = Parameter.named("transit.homicides_per_ton_central_america")
            .unit("homicides per ton of cocaine").value(20).range(0, 1000)
            .about("Drug-related homicides in Central America per ton of cocaine crossing it by land, at 2007 enforcement capacity")
            .assumed("001:355 and 001:846-850 describe spillover without a figure; only the level of homicides_transit_zone scales with it; tested 10-40");
    public static final Parameter RELOCATION = Parameter.named("transit.relocation_response")
            .unit("rise in homicides per ton per unit of enforcement pressure").value(1).range(0, 10)
            .about("Organizations pressed in Mexico (troops where they operate, a recent leader loss) move operations to Central America:"
                    + " homicides per ton crossing it are multiplied by 1 + value x the pressure on the organizations shipping those tons")
            .assumed("001:846-850 (the strategies cause DTOs to relocate to neighbouring, less prepared countries) and 001:355 (already begun to spread) give no size; tested 0.5-2");
    public static final Parameter TRUSTED_TRADE = Parameter.named("policy.trusted_trade_share")
            .unit("share of legitimate trade").value(0).range(0, 0.9).lever()
            .about("Share of legitimate trade cleared through trusted traveler and exporter lanes (SENTRI, C-TPAT): its delays are avoided, inspection stays")
            .assumed("policy lever; 001:975-980 recommends expanding the programmes");

    /** Inspection at one border corridor's crossings, one lever per border state: border.inspection.&lt;state code&gt;. */
    public static final List<Parameter> INSPECTION = corridorLevers();
    /** Extra troops in one state, one lever per state: military.surge.&lt;state code&gt;. */
    public static final List<Parameter> SURGE = surgeLevers();

    private static List<Parameter> corridorLevers() {
        List<Parameter> out = new ArrayList<>();
        for (int s : Geography.borderStates()) {
            MexicanState st = Geography.STATES.get(s);
            out.add(Parameter.named("border.inspection." + st.code().toLowerCase(Locale.ROOT))
                    .unit("multiple of national inspection").value(1).range(0.1, 10).lever()
                    .about("Northbound inspection at the crossings of " + st.name() + " relative to the national level (delays there scale with it)")
                    .assumed("policy lever; 001:780-799 (inspection), 001:383-385 (routes move)"));
        }
        return List.copyOf(out);
    }

    private static List<Parameter> surgeLevers() {
        List<Parameter> out = new ArrayList<>();
        for (MexicanState st : Geography.STATES) {
            out.add(Parameter.named("military.surge." + st.code().toLowerCase(Locale.ROOT))
                    .unit("troops").value(0).range(0, 100_000).lever()
                    .about("Troops sent to " + st.name() + " on top of the deployment plan")
                    .assumed("policy lever; 001:418-420 (Ciudad Juarez), 001:482-485 (violence shifted to other states)"));
        }
        return List.copyOf(out);
    }

    /** The inspection lever of a border state, or null for a state without crossings. */
    public static Parameter inspection(String stateCode) {
        return find(INSPECTION, "border.inspection.", stateCode);
    }

    /** The surge lever of a state, or null for a code that is not a state. */
    public static Parameter surge(String stateCode) {
        return find(SURGE, "military.surge.", stateCode);
    }

    /** The parameter named {@code prefix + state code} in a family of state levers, or null. */
    static Parameter find(List<Parameter> family, String prefix, String stateCode) {
        String name = prefix + stateCode.toLowerCase(Locale.ROOT);
        for (Parameter p : family) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    public static final List<Parameter> ALL = all();

    private static List<Parameter> all() {
        List<Parameter> out = new ArrayList<>(List.of(STAKE_MONTHS, ATTACK_ELASTICITY, ORIGIN_LEG, TRANSIT_LEG, SEA_INTERDICTION,
                LAND_INTERDICTION, AIR_MARITIME, REGIONAL_SECURITY, TRANSIT_HOMICIDES, RELOCATION, TRUSTED_TRADE));
        out.addAll(INSPECTION);
        out.addAll(SURGE);
        return List.copyOf(out);
    }
}
