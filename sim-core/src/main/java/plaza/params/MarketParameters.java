package plaza.params;

import java.util.List;

/** U.S. drug market: revenue scale, drug mix, wholesale prices, demand response, legalization. */
public final class MarketParameters implements java.io.Serializable {
    private MarketParameters() {}

    public static final Parameter GROSS_REVENUE = Parameter.named("market.dto_gross_revenue_usd_billions_per_year")
            .unit("USD billions per year").value(6.5).range(1, 60)
            .about("Mexican suppliers' gross drug revenue from the U.S. at 2007 prices; sets baseline demand")
            .cited("001:581-583 ($6-7B gross); alternatives $15-25B (004:165), ~$30B (001:157-159), up to $40B (004:77)");
    public static final Parameter HARD_DRUG_SHARE = Parameter.named("market.hard_drug_revenue_share")
            .unit("share of drug revenue").value(0.78).range(0.5, 1)
            .about("Share of drug revenue from cocaine, heroin and methamphetamine; the rest is marijuana")
            .derived("001:583-584 and 001:1078-1080 (at least 70%); 0.78 puts marijuana at $1.4B at 2005 prices, so it stays inside the $1-2B legalization loss of 001:803-805 as interdiction raises prices");
    public static final Parameter COCAINE_SHARE_OF_HARD = Parameter.named("market.cocaine_share_of_hard_drugs")
            .unit("share").value(0.6).range(0, 1)
            .about("Cocaine's share of hard-drug revenue")
            .assumed("reports give no split; 004:59 says up to 90% of U.S. cocaine transits Mexico; tested 0.4-0.7");
    public static final Parameter METH_SHARE_OF_HARD = Parameter.named("market.meth_share_of_hard_drugs")
            .unit("share").value(0.25).range(0, 1)
            .about("Methamphetamine's share of hard-drug revenue; heroin takes the remainder")
            .assumed("reports give no split (002:126 shows meth growth); tested 0.15-0.35");
    public static final Parameter PRICE_MARIJUANA = Parameter.named("market.wholesale_price_marijuana_usd_per_kg")
            .unit("USD per kg").value(151).range(1, 10_000)
            .about("Price a Mexican supplier receives; converts revenue to tons")
            .fitted("tons: Mexico's 1999 marijuana seizures, 1,472 t (002:124), at the assumed border.plaza_seizure_share_2007; only tons (not USD outputs) scale with it");
    public static final Parameter PRICE_COCAINE = Parameter.named("market.wholesale_price_cocaine_usd_per_kg")
            .unit("USD per kg").value(14_470).range(100, 200_000)
            .about("Price a Mexican supplier receives; converts revenue to tons")
            .fitted("tons: Mexico's 1999 cocaine seizures, 34.6 t (002:124), at the assumed border.plaza_seizure_share_2007; only tons scale with it");
    public static final Parameter PRICE_HEROIN = Parameter.named("market.wholesale_price_heroin_usd_per_kg")
            .unit("USD per kg").value(445_700).range(100, 1_000_000)
            .about("Price a Mexican supplier receives; converts revenue to tons")
            .fitted("tons: Mexico's 1999 heroin seizures, 260.2 kg (002:124), at the assumed border.plaza_seizure_share_2007 (the same share for every drug, so a high price: heroin is likelier harder to find); only tons scale with it");
    public static final Parameter PRICE_METH = Parameter.named("market.wholesale_price_meth_usd_per_kg")
            .unit("USD per kg").value(10_000).range(100, 200_000)
            .about("Price a Mexican supplier receives; converts revenue to tons")
            .assumed("not in the reports; only tons scale with it; tested x0.5-x2");
    public static final Parameter DEMAND_ELASTICITY = Parameter.named("market.price_elasticity_of_demand")
            .unit("absolute elasticity").value(0.3).range(0, 2)
            .about("Demand falls by this % per 1% price rise; low, as supply-side policy barely moved consumption")
            .assumed("001:767-777 claims little effect on aggregate demand; tested 0.1-0.6");
    public static final Parameter PRICE_RESPONSE = Parameter.named("market.price_response_to_shortfall")
            .unit("log-price change per unit supply shortfall per month").value(0.5).range(0, 5)
            .about("Seizures raise prices: the price index moves toward demand/supply each month at this speed")
            .assumed("004:41 asserts the direction only; tested 0.2-1");
    public static final Parameter CLEARING = Parameter.named("market.price_clearing")
            .unit("weight, 0-1").value(1).range(0, 1)
            .about("Weight of the market-clearing price rule: the price is the one at which U.S. demand takes the tons that arrive, and suppliers replace seized tons only as they learn the loss (market.supply_lag_months); 0 keeps the rule that integrates the month's unexpected shortfall")
            .assumed("staged mechanism (issue 23): 004:41 (a supply cut raises U.S. prices) and M8's two signatures (a short-run spike, little long-run effect on demand, 001:767-777); on by default since the refit; tested 0 and 1");
    public static final Parameter SUPPLY_LAG = Parameter.named("market.supply_lag_months")
            .unit("months").value(6).range(1, 36)
            .about("With market.price_clearing on: time constant over which suppliers learn a change in the share of their shipments seized and ship enough to replace it")
            .assumed("reports give no lag; 004:41 implies supply fell for a while after the 2007-2008 crackdown; tested 2-12");
    public static final Parameter PRICE_LAG = Parameter.named("market.price_lag_months")
            .unit("months").value(2).range(1, 24)
            .about("With market.price_clearing on: time constant over which the price moves to the level that clears the month's arrivals")
            .assumed("reports give no lag; tested 1-6");
    public static final Parameter LEGAL_SHARE = Parameter.named("policy.marijuana_legal_share")
            .unit("share of U.S. marijuana demand").value(0).range(0, 1).lever()
            .path(v -> LeverPaths.ramp(v, v.plain(MarketParameters.LEGAL_SHARE), MarketParameters.LEGAL_YEAR, MarketParameters.LEGAL_RAMP),
                    "policy.marijuana_legal_from_year", "policy.marijuana_legal_ramp_months")
            .about("Share of U.S. marijuana demand met by legal supply once legalization is in force")
            .assumed("policy lever; 0 is prohibition (baseline)");
    public static final Parameter LEGAL_YEAR = Parameter.named("policy.marijuana_legal_from_year")
            .unit("year").value(2014).range(2007, 2030).lever()
            .about("Year legal supply begins (ramping over policy.marijuana_legal_ramp_months)")
            .assumed("policy lever");
    public static final Parameter LEGAL_RAMP = Parameter.named("policy.marijuana_legal_ramp_months")
            .unit("months").value(24).range(1, 120).lever()
            .about("Months for legal supply to reach its full share")
            .assumed("policy lever; 001:803-806 expects legal producers to out-compete traffickers, speed unstated");
    public static final Parameter FREED_ATTENTION = Parameter.named("policy.freed_enforcement_redirect")
            .unit("share").value(0.5).range(0, 1).lever()
            .about("Share of U.S. border attention freed from marijuana that is redirected to hard drugs")
            .derived("001:806-810 (main benefit: border and law enforcement refocus); share unstated, 0.5 midpoint");

    public static final List<Parameter> ALL = List.of(GROSS_REVENUE, HARD_DRUG_SHARE, COCAINE_SHARE_OF_HARD,
            METH_SHARE_OF_HARD, PRICE_MARIJUANA, PRICE_COCAINE, PRICE_HEROIN, PRICE_METH, DEMAND_ELASTICITY,
            PRICE_RESPONSE, CLEARING, SUPPLY_LAG, PRICE_LAG, LEGAL_SHARE, LEGAL_YEAR, LEGAL_RAMP, FREED_ATTENTION);

    /** Gross revenue in USD per month, the 2005 reference every budget share is taken of (one conversion). */
    public static double monthlyRevenueUsd(ParameterValues p) {
        return p.get(GROSS_REVENUE) * 1e9 / 12;
    }
}
