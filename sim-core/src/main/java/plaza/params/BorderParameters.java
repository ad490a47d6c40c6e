package plaza.params;

import java.util.List;

/** U.S. border: inspection northbound (drugs) and southbound (cash, guns), delay cost, routing. */
public final class BorderParameters implements java.io.Serializable {
    private BorderParameters() {}

    public static final Parameter SPENDING = Parameter.named("border.us_spending_usd_billions_per_year")
            .unit("USD billions per year").value(3).range(0.1, 100)
            .about("U.S. border-security spending at 2007 strength (cost output only; capacity is in agents)")
            .cited("001:170-172 (more than $3B a year); alternative tens of billions for the whole buildup (001:787-788)");
    public static final Parameter AGENTS = Parameter.named("border.agents")
            .unit("agents").value(20_000).range(1_000, 200_000)
            .about("U.S. border agents at 2007 strength, spread over crossings by traffic")
            .cited("001:785-787 (more than twenty thousand agents)");
    public static final Parameter BUILDUP = Parameter.named("policy.border_buildup")
            .unit("multiple of 2007 agents and fencing").value(1).range(0.2, 10).lever()
            .path(v -> LeverPaths.fromYear(v, 1, BorderParameters.BUILDUP, BorderParameters.BUILDUP_YEAR), "policy.border_buildup_year")
            .about("Border agents and fencing relative to 2007, from policy.border_buildup_year; cost scales with it")
            .assumed("policy lever");
    public static final Parameter BUILDUP_YEAR = Parameter.named("policy.border_buildup_year")
            .unit("year").value(2011).range(2007, 2030).lever()
            .about("Year a border buildup (or cut) takes effect")
            .assumed("policy lever");
    public static final Parameter MAX_INTERDICTION = Parameter.named("border.max_interdiction")
            .unit("share of tons").value(0.3).range(0, 1)
            .about("Share of tons a crossing could seize with unlimited inspection: p = max(1 - e^(-k i))")
            .assumed("001:780-799 (diminishing returns) gives no ceiling; tested 0.2-0.7");
    public static final Parameter INTERDICTION_2007 = Parameter.named("border.interdiction_share_2007")
            .unit("share of tons").value(0.08).range(0.001, 0.9)
            .about("Share of northbound tons seized at a crossing at 2007 inspection; fixes k")
            .assumed("not in the reports (001:780-799 calls the damage inconsequential); tested 0.04-0.15");
    public static final Parameter ENROUTE_2007 = Parameter.named("mexico.enroute_interdiction_share_2007")
            .unit("share of tons per plaza passed").value(0.05).range(0, 0.9)
            .about("Share of tons seized in Mexico per plaza crossed at 2007 enforcement, before leaks")
            .assumed("002:124 gives 1999 seizures (1,472 t marijuana, 34.6 t cocaine) but not flows; tested 0.02-0.1");
    public static final Parameter TRADE = Parameter.named("border.legitimate_trade_usd_billions_per_year")
            .unit("USD billions per year").value(300).range(1, 2_000)
            .about("Legitimate cross-border trade, split over ports by their assumed traffic shares")
            .cited("001:339-340 ($300 billion a year)");
    public static final Parameter DELAY_COST = Parameter.named("border.delay_cost_usd_billions_per_year_2007")
            .unit("USD billions per year").value(1).range(0, 100)
            .about("Legitimate commerce obstructed by inspection at 2007 strength")
            .cited("001:171-172 and 001:792-794 (billions of dollars a year): lower bound");
    public static final Parameter DELAY_CONVEXITY = Parameter.named("border.delay_convexity")
            .unit("exponent").value(1.5).range(1, 4)
            .about("Delay cost grows as inspection intensity to this power (queues lengthen faster than staff)")
            .assumed("001:796-799 (more economic harm than security gain) gives no curve; tested 1-2");
    public static final Parameter ROUTE_SENSITIVITY = Parameter.named("border.route_loss_sensitivity")
            .unit("1 / share lost").value(8).range(0, 100)
            .about("Organizations weight a route by exp(-value x expected loss): the balloon effect")
            .assumed("001:383-385 and 002:120 show route shifts without an elasticity; tested 4-16");
    public static final Parameter ROUTE_INERTIA = Parameter.named("border.route_adjustment_per_month")
            .unit("share per month").value(0.3).range(0, 1)
            .about("Share of a route mix that moves to the preferred mix each month")
            .assumed("unobserved; tested 0.1-0.5");
    public static final Parameter SOUTHBOUND_INSPECTORS = Parameter.named("border.southbound_inspectors_added_2009")
            .unit("inspectors").value(360).range(0, 100_000)
            .about("Customs inspectors added in 2009 for southbound cash and weapons")
            .cited("004:139 (360 additional inspectors)");
    public static final Parameter CASH_SEIZURE_2007 = Parameter.named("border.cash_seizure_share_2007")
            .unit("share of cash moved south").value(0.01).range(0, 0.5)
            .about("Share of bulk cash seized going south at 2007 inspection")
            .assumed("001:585-590 calls anti-money-laundering weak (under ten convictions a year); tested 0.005-0.03");
    public static final Parameter INSPECTOR_EFFECT = Parameter.named("border.southbound_inspector_effect_per_1000")
            .unit("relative rise in southbound seizure per 1,000 inspectors").value(1.0).range(0, 20)
            .about("Southbound seizure of cash and guns grows with inspectors (diminishing, as 1 - e^-x)")
            .assumed("004:139-141 announces the inspectors without a yield; tested 0.5-2");
    public static final Parameter AML_INTENSITY = Parameter.named("policy.aml_intensity")
            .unit("multiple of 2007 financial-intelligence capacity").value(1).range(0, 20).lever()
            .path(v -> LeverPaths.fromYear(v, 1, BorderParameters.AML_INTENSITY, BorderParameters.AML_YEAR), "policy.aml_year")
            .about("Financial investigations and bulk-cash inspection relative to 2007, from policy.aml_year")
            .assumed("policy lever; 002:104 and 004:165 call cutting revenue the most effective attack");
    public static final Parameter AML_YEAR = Parameter.named("policy.aml_year")
            .unit("year").value(2011).range(2007, 2030).lever()
            .about("Year an anti-money-laundering push starts")
            .assumed("policy lever");
    public static final Parameter FORFEITURE_RATE = Parameter.named("finance.forfeiture_share_per_year")
            .unit("share of organization cash per year at capacity 1").value(0.03).range(0, 1)
            .about("Assets and cash forfeited through financial investigations")
            .assumed("002:106 reports only $6M shared in five years; tested 0.01-0.06");

    public static final List<Parameter> ALL = List.of(SPENDING, AGENTS, BUILDUP, BUILDUP_YEAR, MAX_INTERDICTION,
            INTERDICTION_2007, ENROUTE_2007, TRADE, DELAY_COST, DELAY_CONVEXITY, ROUTE_SENSITIVITY, ROUTE_INERTIA,
            SOUTHBOUND_INSPECTORS, CASH_SEIZURE_2007, INSPECTOR_EFFECT, AML_INTENSITY, AML_YEAR, FORFEITURE_RATE);
}
