package plaza.params;

import java.util.List;

/** Southbound gun trafficking and DTO arsenals. */
public final class GunParameters implements java.io.Serializable {
    private GunParameters() {}

    public static final Parameter US_SOURCE_SHARE = Parameter.named("guns.us_source_share")
            .unit("share of guns bought").value(0.9).range(0, 1)
            .about("Share of an organization's guns bought in the U.S. (straw purchases) rather than elsewhere")
            .cited("004:145 (90% of firearms recovered at crime scenes were U.S.-made and smuggled)");
    public static final Parameter PRICE = Parameter.named("guns.price_usd_per_gun")
            .unit("USD per gun delivered").value(1_500).range(100, 50_000)
            .about("Cost to an organization of a U.S. gun delivered in Mexico")
            .assumed("not in the reports; scales gun counts only; tested 750-3,000");
    public static final Parameter OTHER_SOURCE_PRICE = Parameter.named("guns.other_source_price_multiplier")
            .unit("ratio").value(2.5).range(1, 20)
            .about("Price of a gun from other sources relative to a U.S. one; limits substitution under controls")
            .assumed("001:176-178 calls the U.S. the inexpensive and convenient source; tested 1.5-4");
    public static final Parameter CONTROL = Parameter.named("policy.gun_control_intensity")
            .unit("index 0-1").value(0).range(0, 1).lever()
            .path(v -> LeverPaths.fromYear(v, 0, GunParameters.CONTROL, GunParameters.CONTROL_YEAR), "policy.gun_control_year")
            .about("Straw-purchase enforcement and dealer rules (0 as in 2007, 1 strongest); a plain value applies from policy.gun_control_year")
            .assumed("policy lever; 001:622-626 reports state laws reduced trafficking");
    public static final Parameter CONTROL_YEAR = Parameter.named("policy.gun_control_year")
            .unit("year").value(2011).range(2007, 2030).lever()
            .about("Year a plain policy.gun_control_intensity starts (alias: builds its path)")
            .assumed("policy lever");
    public static final Parameter CONTROL_MAX = Parameter.named("guns.control_max_deterrence")
            .unit("share of straw purchases prevented at intensity 1").value(0.6).range(0, 1)
            .about("How much of the U.S. straw-purchase supply full controls prevent")
            .assumed("001:626-628 (hard to control while demand is strong); tested 0.3-0.8");
    public static final Parameter SOUTHBOUND_INTERDICTION = Parameter.named("guns.southbound_interdiction_2007")
            .unit("share of guns").value(0.03).range(0, 0.9)
            .about("Share of southbound guns seized at 2007 inspection")
            .assumed("004:159 reports more interdictions without a rate; tested 0.01-0.1");
    public static final Parameter DEPRECIATION = Parameter.named("guns.arsenal_loss_per_month")
            .unit("share per month").value(0.02).range(0, 0.5)
            .about("Guns lost, worn or seized in raids each month")
            .assumed("unobserved; tested 0.01-0.04");

    public static final Parameter PURCHASE_BY_NEED = Parameter.named("guns.purchase_by_need")
            .unit("weight 0-1").value(1).range(0, 1)
            .about("How arms budgets are set: 0 a fixed share of net revenue (dto.arms_share, more at war), 1 what arming the organization's enforcers to need costs (fighters, fronts, the price of guns), within the cash it holds; between, a mix (on since the issue-23 refit)")
            .assumed("004:165 (proceeds buy arms) and 001:626-628 (the flow follows demand) give no rule; 0 keeps the fixed share, 1 the rule by need; tested 0 and 1");
    public static final Parameter NEED_PRICE_ELASTICITY = Parameter.named("guns.need_price_elasticity")
            .unit("elasticity").value(1).range(0, 3)
            .about("With purchases by need: guns wanted per enforcer fall with the price of a delivered gun as (guns per dollar / 2007 guns per dollar)^value, so controls that make guns dearer arm each fighter less")
            .assumed("unobserved; 1 spends the same per fighter whatever guns cost (as the fixed share does); tested 0.5-1.5");
    public static final Parameter NEED_MONTHS = Parameter.named("guns.need_adjustment_months")
            .unit("months").value(6).range(1, 60)
            .about("With purchases by need: months over which an organization closes the gap between its arsenal and its need (guns are never sold: a surplus wears down)")
            .assumed("unobserved; tested 3-12");

    public static final List<Parameter> ALL = List.of(US_SOURCE_SHARE, PRICE, OTHER_SOURCE_PRICE, CONTROL,
            CONTROL_YEAR, CONTROL_MAX, SOUTHBOUND_INTERDICTION, DEPRECIATION,
            PURCHASE_BY_NEED, NEED_PRICE_ELASTICITY, NEED_MONTHS);
}
