package plaza.params;

import java.util.Locale;
import java.util.Map;

import plaza.world.Geography;

/**
 * A short label and unit for every lever, in the words a class reads ("Leader targeting", "× 2007")
 * rather than the parameter's name ({@code policy.kingpin_intensity}), which stays the reference in
 * files, on the command line and in tooltips. The catalog's full unit and description say exactly
 * what the number means; these are for a slider's label, a chart's legend and a message line.
 * The per-state families (extra troops, inspection, eradication) are named after their state.
 */
public final class LeverLabels implements java.io.Serializable {

    private LeverLabels() {}

    /** A lever's label ("Leader targeting") and the short unit shown after it ("× 2007"). */
    public record Label(String text, String unit) implements java.io.Serializable {
        /** As a slider's label shows it: "Leader targeting (× 2007)". */
        @Override
        public String toString() {
            return text + " (" + unit + ")";
        }
    }

    private static final String X2007 = "\u00d7 2007";

    private static final Map<String, Label> LABELS = Map.ofEntries(
            entry("policy.reentry_programme", "Deportee re-entry programme", "share prevented"),
            entry("policy.justice_reform_nationwide_year", "Justice reform nationwide by", "year"),
            entry("policy.marijuana_legal_share", "Legal marijuana", "share of U.S. demand"),
            entry("policy.marijuana_legal_from_year", "Legal marijuana from", "year"),
            entry("policy.marijuana_legal_ramp_months", "Legal marijuana ramp-up", "months"),
            entry("policy.freed_enforcement_redirect", "Freed border attention to hard drugs", "share"),
            entry("military.troops_deployed", "Troops deployed (month by month)", "troops"),
            entry("military.troops_deployed_2007", "Troops deployed in 2007", "troops"),
            entry("military.troops_deployed_2009", "Troops deployed from 2009", "troops"),
            entry("military.withdrawn_share", "Deployment withdrawn (month by month)", "share"),
            entry("military.withdrawal_year", "Troop withdrawal starts", "year; 2030 = never"),
            entry("military.withdrawal_months", "Troop withdrawal takes", "months"),
            entry("police.reform_strength", "Police reform replacing troops", "share of withdrawn"),
            entry("policy.prosecution_capacity", "Investigators and prosecutors", "\u00d7 funded"),
            entry("policy.court_capacity", "Court capacity", X2007),
            entry("policy.kingpin_intensity", "Leader targeting", X2007),
            entry("policy.kingpin_from_year", "Leader targeting from", "year"),
            entry("intel.extradition_batch_year", "Mass extradition in", "year"),
            entry("intel.extradition_batch_size", "Mass extradition of", "persons"),
            entry("intel.cooperation_shock", "Change in U.S.-Mexico cooperation", "relative"),
            entry("policy.intelligence_capacity", "Intelligence coverage", X2007),
            entry("policy.border_buildup", "Border agents and fencing", X2007),
            entry("policy.border_buildup_year", "Border buildup from", "year"),
            entry("policy.aml_intensity", "Anti-money-laundering", X2007),
            entry("policy.aml_year", "Anti-money-laundering from", "year"),
            entry("policy.gun_control_intensity", "Gun trafficking control", "0 to 1 strongest"),
            entry("policy.gun_control_year", "Gun trafficking control from", "year"),
            entry("funding.merida_usd_millions_fy2008_2010", "Merida aid FY2008-2010", "$ million in all"),
            entry("funding.merida_usd_millions_per_year_after_fy2010", "Merida aid from FY2011", "$ million a year"),
            entry("funding.merida_share_equipment", "Merida share: equipment", "share"),
            entry("funding.merida_share_judicial", "Merida share: judicial reform", "share"),
            entry("funding.merida_share_economic", "Merida share: economic aid", "share"),
            entry("funding.merida_share_training", "Merida share: training", "share"),
            entry("policy.merida_equipment_to_judicial", "Equipment money to judicial reform", "share"),
            entry("policy.merida_equipment_to_economic", "Equipment money to economic aid", "share"),
            entry("policy.merida_reallocation_fy", "Equipment money moved from", "fiscal year"),
            entry("policy.treatment_extra_usd_billions_per_year", "Extra U.S. treatment", "$ billion a year"),
            entry("policy.treatment_year", "Extra U.S. treatment from", "year"),
            entry("policy.air_maritime_interdiction", "Air and sea interdiction", X2007),
            entry("policy.central_america_security", "Central American security", X2007),
            entry("policy.trusted_trade_share", "Trusted-trade lanes", "share of trade"),
            entry("history.state_protection", "State protection of plazas (1995-2006)", "0 to 1 full"),
            entry("history.decentralization_months", "Bribery decentralizes over", "months"),
            entry("history.cooperation_1995_2000", "Cooperation 1995-2000", "share of 2006"),
            entry("history.leader_targeting_1995_2000", "Leader targeting 1995-2000", "\u00d7 2001-2006"),
            entry("market.fentanyl_revenue_usd_billions_2025", "Fentanyl revenue by 2025", "$ billion a year"),
            entry("supply.mexico_interdiction", "Interdiction inside Mexico", "\u00d7 baseline"),
            entry("supply.eradication_personnel", "Eradication personnel", "soldiers a day"),
            entry("supply.precursor_control", "Precursor control in Mexico", "share cut"),
            entry("supply.precursor_control_us", "Precursor control in the U.S.", "share cut"));

    private static Map.Entry<String, Label> entry(String name, String text, String unit) {
        return Map.entry(name, new Label(text, unit));
    }

    /** The label of a lever; null for a parameter that is not a lever or has none (the tests require one for every lever). */
    public static Label of(Parameter p) {
        Label l = LABELS.get(p.name());
        if (l != null) {
            return l;
        }
        String n = p.name();
        if (n.startsWith("military.surge.")) {
            return new Label("Extra troops in " + state(n), "troops");
        }
        if (n.startsWith("border.inspection.")) {
            return new Label("Inspection at " + state(n) + " crossings", "\u00d7 national");
        }
        if (n.startsWith("eradication.") && p.role() == Parameter.Role.LEVER) {
            return new Label("Eradication in " + state(n), "\u00d7 its share");
        }
        return null;
    }

    /** The names labelled explicitly (for the test that none is stale). */
    static java.util.Set<String> named() {
        return LABELS.keySet();
    }

    private static String state(String name) {
        String code = name.substring(name.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
        return Geography.STATES.get(Geography.stateIndex(code)).name();
    }
}
