package plaza.params;

import java.util.List;

/** Funding programs: Merida by category and year, Mexico's budget, U.S. treatment spending. */
public final class FundingParameters implements java.io.Serializable {
    private FundingParameters() {}

    public static final Parameter MERIDA_TOTAL = Parameter.named("funding.merida_usd_millions_fy2008_2010")
            .unit("USD millions over FY2008-FY2010").value(1_400).range(0, 20_000).lever()
            .about("Merida appropriations for the first three fiscal years, spread evenly")
            .cited("001:359-360 and 004:87 (about $1.4 billion over three years)");
    public static final Parameter MERIDA_LATER = Parameter.named("funding.merida_usd_millions_per_year_after_fy2010")
            .unit("USD millions per year").value(400).range(0, 10_000).lever()
            .about("Merida appropriations per fiscal year from FY2011 on")
            .assumed("001:656-659 says the program continued under four pillars without an amount; tested 200-600");
    public static final Parameter SHARE_EQUIPMENT = Parameter.named("funding.merida_share_equipment")
            .unit("share").value(0.55).range(0, 1).lever()
            .about("Share of Merida for aircraft, transport and equipment")
            .cited("001:748-749 (more than half to aircraft, transportation and equipment)");
    public static final Parameter SHARE_JUDICIAL = Parameter.named("funding.merida_share_judicial")
            .unit("share").value(0.20).range(0, 1).lever()
            .about("Share of Merida for institutions and rule of law (judicial reform)")
            .cited("004:193 (one fifth to institution and rule-of-law development)");
    public static final Parameter SHARE_ECONOMIC = Parameter.named("funding.merida_share_economic")
            .unit("share").value(0.05).range(0, 1).lever()
            .about("Share of Merida for economic and community development")
            .derived("001:1025-1028 (FY2010 economic aid under $33M) over about $467M a year = 0.07; 0.05 as 'trivial' (001:751-753)");
    public static final Parameter SHARE_TRAINING = Parameter.named("funding.merida_share_training")
            .unit("share").value(0.20).range(0, 1).lever()
            .about("Share of Merida for training and vetting; the four shares must sum to 1")
            .derived("remainder of the cited shares: 1 - 0.55 (001:748-749) - 0.20 (004:193) - 0.05 (001:1025-1028)");
    public static final Parameter DELIVERY_LAG = Parameter.named("funding.merida_delivery_lag_months")
            .unit("months").value(18).range(0, 60)
            .about("Months from appropriation to in-kind delivery (procurement)")
            .derived("004:87 and 004:105: $700M of $950M requested was appropriated by 2009; 001:699-723 reports delays; 18 months assumed within that");
    public static final Parameter REALLOC_JUDICIAL = Parameter.named("policy.merida_equipment_to_judicial")
            .unit("share of the equipment money").value(0).range(0, 1).lever()
            .path(v -> LeverPaths.fromFiscalYear(v, 0, FundingParameters.REALLOC_JUDICIAL, FundingParameters.REALLOC_FY), "policy.merida_reallocation_fy")
            .about("Share of Merida's equipment money moved to judicial reform from policy.merida_reallocation_fy")
            .assumed("policy lever; 001:1044-1057 recommends expanding judicial-reform aid");
    public static final Parameter REALLOC_ECONOMIC = Parameter.named("policy.merida_equipment_to_economic")
            .unit("share of the equipment money").value(0).range(0, 1).lever()
            .path(v -> LeverPaths.fromFiscalYear(v, 0, FundingParameters.REALLOC_ECONOMIC, FundingParameters.REALLOC_FY), "policy.merida_reallocation_fy")
            .about("Share of Merida's equipment money moved to economic and community aid")
            .assumed("policy lever; 001:1032-1038 recommends youth and workforce programmes");
    public static final Parameter REALLOC_FY = Parameter.named("policy.merida_reallocation_fy")
            .unit("fiscal year").value(2009).range(2008, 2030).lever()
            .about("First fiscal year whose appropriation follows the reallocation")
            .assumed("policy lever");
    public static final Parameter EQUIPMENT_DEPRECIATION = Parameter.named("funding.equipment_depreciation_per_year")
            .unit("share per year").value(0.15).range(0, 1)
            .about("Aircraft and equipment wear out or fall idle")
            .assumed("unobserved; tested 0.1-0.25");
    public static final Parameter EQUIPMENT_GAIN = Parameter.named("funding.equipment_max_gain")
            .unit("relative increase in seizure and arrest capacity").value(1.0).range(0, 10)
            .about("Largest relative rise in enforcement capacity equipment can bring, before institutional quality")
            .assumed("unobserved; tested 0.5-2");
    public static final Parameter EQUIPMENT_HALF = Parameter.named("funding.equipment_half_saturation_usd_millions")
            .unit("USD millions of equipment in service").value(600).range(1, 100_000)
            .about("Equipment stock delivering half the largest gain")
            .assumed("unobserved; tested 300-1,200");
    public static final Parameter TRAINING_HALF = Parameter.named("funding.training_half_saturation_usd_millions")
            .unit("USD millions of delivered training").value(400).range(1, 100_000)
            .about("Training delivering half its largest effect (lower corruption through vetting, more capacity)")
            .assumed("unobserved; tested 200-800");
    public static final Parameter ECONOMIC_HALF = Parameter.named("funding.economic_half_saturation_usd_millions_per_year")
            .unit("USD millions per year").value(1_900).range(1, 100_000)
            .about("Sustained economic aid that halves the recruitment pool (1 - e^(-aid/value) cut)")
            .derived("001:736-741: $200M/yr cut Colombia's unemployment 15% -> 11% (27%), so 200/-ln(0.73) = 635; x3 for Mexico's population (001:1030-1031)");
    public static final Parameter MEXICO_BUDGET = Parameter.named("funding.mexico_counterdrug_usd_billions_per_year")
            .unit("USD billions per year").value(4.3).range(0.5, 30)
            .about("Mexico's own counter-drug spending: pays troops and federal police")
            .cited("001:653-654 ($4.3B); alternatives $2.5B in 2007 (000:17), $9-11B (004:81); Merida ~10% of it (004:115) fits 4.3");
    public static final Parameter MEXICO_GROWTH_2007 = Parameter.named("funding.mexico_budget_growth_2007")
            .unit("share").value(0.24).range(0, 2)
            .about("Rise of Mexico's security spending from 2006 to 2007; the spin-up years use the lower level")
            .cited("000:17 (24 percent increase over 2006); also 004:103");
    public static final Parameter POLICE_COST = Parameter.named("police.cost_usd_per_officer_per_year")
            .unit("USD per officer per year").value(60_000).range(5_000, 500_000)
            .about("Cost of a federal police officer with equipment; the budget left after troops buys officers")
            .assumed("not in the reports; with $4.3B it gives tens of thousands of officers ('thousands', 004:65); tested 40,000-100,000");
    public static final Parameter TREATMENT = Parameter.named("funding.us_treatment_usd_billions_per_year")
            .unit("USD billions per year").value(6).range(0, 100)
            .about("U.S. demand-reduction spending at baseline (cost output; effect is relative to it)")
            .cited("002:36 (over $6 billion a year for demand reduction)");
    public static final Parameter TREATMENT_EXTRA = Parameter.named("policy.treatment_extra_usd_billions_per_year")
            .unit("USD billions per year").value(0).range(0, 50).lever()
            .path(v -> LeverPaths.fromYear(v, 0, FundingParameters.TREATMENT_EXTRA, FundingParameters.TREATMENT_YEAR), "policy.treatment_year")
            .about("Additional U.S. treatment and prevention spending from policy.treatment_year")
            .assumed("policy lever; 004:213 calls treatment the most cost-efficient demand reduction");
    public static final Parameter TREATMENT_YEAR = Parameter.named("policy.treatment_year")
            .unit("year").value(2011).range(2007, 2030).lever()
            .about("Year extra treatment spending starts")
            .assumed("policy lever");
    public static final Parameter TREATMENT_EFFECT = Parameter.named("market.treatment_demand_cut_per_usd_billion")
            .unit("share of hard-drug demand per extra USD billion per year").value(0.03).range(0, 0.5)
            .about("Demand cut by the first extra billion of treatment; later billions cut less (1 - e^-x)")
            .assumed("004:213 ranks treatment most cost-efficient but gives no yield; tested 0.01-0.06");

    public static final List<Parameter> ALL = List.of(MERIDA_TOTAL, MERIDA_LATER, SHARE_EQUIPMENT, SHARE_JUDICIAL,
            SHARE_ECONOMIC, SHARE_TRAINING, DELIVERY_LAG, REALLOC_JUDICIAL, REALLOC_ECONOMIC, REALLOC_FY,
            EQUIPMENT_DEPRECIATION, EQUIPMENT_GAIN, EQUIPMENT_HALF, TRAINING_HALF, ECONOMIC_HALF, MEXICO_BUDGET,
            MEXICO_GROWTH_2007, POLICE_COST, TREATMENT, TREATMENT_EXTRA, TREATMENT_YEAR, TREATMENT_EFFECT);

    /** Merida's four category shares, which must sum to 1. */
    public static final List<Parameter> MERIDA_SHARES = List.of(SHARE_EQUIPMENT, SHARE_JUDICIAL, SHARE_ECONOMIC, SHARE_TRAINING);

    /**
     * Merida's cross-parameter rules, declared once: the category shares sum to 1, and the
     * reallocation levers move at most all of the equipment money.
     */
    static void checkMerida(double[] values, String when) {
        double shares = 0;
        for (Parameter q : MERIDA_SHARES) {
            shares += values[q.index];
        }
        if (Math.abs(shares - 1) > 1e-6) {
            throw new InputException(when + "Merida category shares (funding.merida_share_equipment, funding.merida_share_judicial,"
                    + " funding.merida_share_economic, funding.merida_share_training) must sum to 1; they sum to " + Parameter.format(shares));
        }
        double moved = values[REALLOC_JUDICIAL.index] + values[REALLOC_ECONOMIC.index];
        if (moved > 1 + 1e-9) {
            throw new InputException(when + "policy.merida_equipment_to_judicial + policy.merida_equipment_to_economic"
                    + " must not exceed 1 (all of the equipment money); they sum to " + Parameter.format(moved));
        }
    }

    /**
     * After one share is set to {@code v}, scales the other three in proportion so the four sum to
     * 1 again (with the others all at zero there is no proportion to keep: the rest is split evenly).
     */
    public static void rebalanceMerida(ParameterValues.Builder b, Parameter changed, double v) {
        double others = 0;
        for (Parameter q : MERIDA_SHARES) {
            if (q != changed) {
                others += b.get(q);
            }
        }
        double rest = 1 - v;
        for (Parameter q : MERIDA_SHARES) {
            if (q != changed) {
                double share = others > 0 ? b.get(q) / others * rest : rest / 3;
                b.set(q, Math.max(0, Math.min(1, share)), "");
            }
        }
    }
}
