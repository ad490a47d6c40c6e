package plaza.params;

import java.util.List;

/** Violence: homicides from contested plazas, lethality from arms and training, victims. */
public final class ViolenceParameters implements java.io.Serializable {
    private ViolenceParameters() {}

    public static final Parameter HOMICIDES_PER_ENFORCER = Parameter.named("violence.homicides_per_1000_enforcer_months")
            .unit("homicides per 1,000 enforcer-months in a contested plaza at lethality 1").value(20).range(0, 1000)
            .about("Killing rate of armed members fighting over a plaza")
            .fitted("drug homicides >5,600 in 2008 (004:61), >11,000 in 2010 (001:408-409), >32,000 Jan 2007-late 2010 (001:412)");
    public static final Parameter BACKGROUND_HOMICIDES = Parameter.named("violence.background_homicides_per_100k_per_year")
            .unit("homicides per 100,000 residents per year").value(1.5).range(0, 20)
            .about("Drug-related killings in plazas that are not contested (settling of accounts)")
            .fitted("pre-crackdown level implied by sixfold growth 2005-2010 (001:407-408)");
    public static final Parameter TRAINED_LETHALITY = Parameter.named("violence.trained_enforcer_lethality_multiplier")
            .unit("ratio").value(2.5).range(1, 10)
            .about("Lethality of an enforcer with military training relative to an untrained one")
            .assumed("001:492-501 (Zetas introduced militarized tactics) gives no ratio; tested 1.5-4");
    public static final Parameter GUNS_HALF_SATURATION = Parameter.named("violence.arms_half_saturation")
            .unit("multiple of the 2007 guns per enforcer").value(1.0).range(0.05, 20)
            .about("Guns per enforcer (relative to 2007) at which arms give half their maximum lethality")
            .assumed("unobserved; tested 0.5-3");
    public static final Parameter MEMBER_VICTIM_SHARE = Parameter.named("violence.member_victim_share")
            .unit("share of homicides").value(0.7).range(0, 1)
            .about("Share of drug-related homicide victims who are members of an organization")
            .assumed("001:423-429 lists officials, police and journalists among victims but gives no shares; tested 0.5-0.9");
    public static final Parameter SUCCESSION_VIOLENCE = Parameter.named("violence.succession_fight_months")
            .unit("months").value(6).range(0, 36)
            .about("Months a split's former partners contest every plaza they both claim before settling")
            .assumed("unobserved; tested 3-12");

    public static final Parameter ESCALATION = Parameter.named("violence.escalation_months")
            .unit("months").value(18).range(1, 60)
            .about("A new fight reaches full intensity over this many months as both sides bring in fighters")
            .assumed("unobserved; 001:846-848 describes escalation without a time scale; tested 6-24");

    public static final Parameter FIGHTERS_CAP = Parameter.named("violence.max_fighters_per_1000_residents")
            .unit("enforcers per 1,000 residents").value(9).range(0.01, 100)
            .about("Saturation: enforcers who can fight in a plaza at once, in proportion to its size; more add no violence (binds in about 9% of contested plaza-months of the baseline, 2007-2012: seeds/calibration.md)")
            .assumed("a saturation only, set above most plaza-months' fighters so that fighters, not the cap, set the toll; 001:419-420 (2,700 in Juarez, 2010) is the worst city toll; tested 6-15");

    public static final Parameter FRONT_WEIGHT = Parameter.named("violence.front_weight")
            .unit("ratio").value(2).range(1, 10)
            .about("Enforcers an organization sends to a front (a contested plaza it holds or attacks) per unit of stake, relative to a quiet plaza it garrisons")
            .assumed("001:414-420 (fighting concentrates in contested nodes) gives no ratio; tested 1.5-4");
    public static final Parameter STAKE_ELASTICITY = Parameter.named("violence.stake_elasticity")
            .unit("elasticity").value(0.5).range(0, 2)
            .about("How much harder fighters fight over a plaza whose stake (Plaza.value) is above the average plaza's")
            .assumed("001:414-420 (violence concentrates in the trafficking cities) gives no elasticity; tested 0-1");
    public static final Parameter STATE_TARGET_SHARE = Parameter.named("violence.state_target_share")
            .unit("share of homicides").value(0.04).range(0, 0.3)
            .about("Share of homicides whose victims are officials, police, soldiers or journalists, without enforcement pressure (M23)")
            .assumed("001:423-429 names these victims without a share; tested 0.02-0.1");
    public static final Parameter STATE_TARGET_RESPONSE = Parameter.named("violence.state_target_pressure_response")
            .unit("per unit of pressure").value(1.5).range(0, 10)
            .about("Rise of the state-target share per unit of enforcement pressure (troop strength where an organization is, plus 1 after a leader loss) (M23)")
            .assumed("001:423-429 says violence against the state rose with the offensive, without a size; tested 0.5-3");

    public static final Parameter ABSOLUTE_STAKES = Parameter.named("violence.absolute_stake_weight")
            .unit("weight 0-1").value(1).range(0, 1)
            .about("What a plaza's stake is measured against, in the fighting (violence.stake_elasticity) and the attack chance (stake.attack_elasticity): 0 the national mean stake of the month, 1 the 2005 mean (stakes in dollars at 2005 value, so a nationwide rise in what the trade is worth raises fighting everywhere); between, the geometric mix (on since the issue-23 refit)")
            .assumed("001:414-420 and 001:580-584 (fighting over nodes whose worth prohibition prices set) give no form; 0 keeps the relative stake, 1 the absolute one; tested 0 and 1");
    public static final Parameter PREDATION_HOMICIDES = Parameter.named("violence.predation_homicides_per_million_usd")
            .unit("homicides per million USD extorted beyond the baseline rate").value(2).range(0, 50)
            .about("Residents killed in kidnapping and extortion (M11, M12): in each plaza, this many per million dollars its holder takes beyond what the plaza yields at the baseline extortion rate (0: predation kills nobody; on since the issue-23 refit)")
            .assumed("001:396-407 and 001:812-816 (kidnapping and extortion made violence a risk for ordinary Mexicans; legalization would push organizations into them) give no rate; tested 0-5, 2 when switched on");

    public static final Parameter EXHAUSTION_SHARE = Parameter.named("violence.exhaustion_share")
            .unit("share of the fighters present").value(0.03).range(0, 10)
            .about("War exhaustion (issue 22): a contested plaza's fighting is divided by 1 + toll / (h x fighters), the toll being the homicides its fight has caused since the contest began and the fighters all sides' there this month, so the fighting halves once the contest has killed h times the fighters present; 0 turns it off (0.03 since the issue-22 refit on city plazas)")
            .assumed("001:846-848 (violence exacerbated for the near term) gives no course of a war; the form is an assumption; tested 0 and 0.0025-0.3 (issue 22, territory/README): 0.005 gave the narrowest spread only while confrontation killings were tied to the killing rate and made up half of all homicides; with confrontation at its own size, 0.01, 0.03 and 0.1 give a 2011-2020 spread of 0.17, 0.13 and 0.16 and military withdrawal -18%, -17% and -20% (20 seeds, 2026-12-07)");

    public static final List<Parameter> ALL = List.of(HOMICIDES_PER_ENFORCER, BACKGROUND_HOMICIDES,
            TRAINED_LETHALITY, GUNS_HALF_SATURATION, MEMBER_VICTIM_SHARE, SUCCESSION_VIOLENCE, ESCALATION, FIGHTERS_CAP,
            FRONT_WEIGHT, STAKE_ELASTICITY, STATE_TARGET_SHARE, STATE_TARGET_RESPONSE, ABSOLUTE_STAKES, PREDATION_HOMICIDES,
            EXHAUSTION_SHARE);
}
