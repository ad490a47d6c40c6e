package plaza.params;

import java.util.List;

/** Mexican military deployment, its local effects, abuses and desertion. */
public final class MilitaryParameters implements java.io.Serializable {
    private MilitaryParameters() {}

    public static final Parameter TROOPS = Parameter.named("military.troops_deployed")
            .unit("troops").value(0).range(0, 200_000).lever().pathOnly()
            .path(LeverPaths::troops, "military.troops_deployed_2007", "military.troops_deployed_2009")
            .about("Troops the deployment plan sends to plazas, month by month; by default built from the 2007 and 2009 levels")
            .cited("000:17 and 004:65 through its aliases military.troops_deployed_2007 and _2009");
    public static final Parameter WITHDRAWN = Parameter.named("military.withdrawn_share")
            .unit("share of the planned deployment").value(0).range(0, 1).lever().pathOnly()
            .path(v -> LeverPaths.ramp(v, 1, MilitaryParameters.WITHDRAWAL_YEAR, MilitaryParameters.WITHDRAWAL_MONTHS),
                    "military.withdrawal_year", "military.withdrawal_months")
            .about("Share of the planned deployment withdrawn (reformed police take over per police.reform_strength); by default"
                    + " none, or a linear withdrawal from military.withdrawal_year over military.withdrawal_months")
            .assumed("policy lever");
    public static final Parameter TROOPS_2007 = Parameter.named("military.troops_deployed_2007")
            .unit("troops").value(12_000).range(0, 200_000).lever()
            .about("Troops deployed to plazas during 2007 (ramped in from December 2006)")
            .cited("000:17 (more than 12,000 troops to over a dozen states)");
    public static final Parameter TROOPS_2009 = Parameter.named("military.troops_deployed_2009")
            .unit("troops").value(45_000).range(0, 200_000).lever()
            .about("Troops deployed from 2009 on; linear ramp from the 2007 level during 2008")
            .cited("004:65 (45,000 soldiers in nearly a dozen states)");
    public static final Parameter MAX_STATES = Parameter.named("military.max_states")
            .unit("states").value(12).range(1, 32).constant()
            .about("Deployments go to at most this many states, the most violent first")
            .cited("000:17 (over a dozen states); 004:65 (nearly a dozen)");
    public static final Parameter WITHDRAWAL_YEAR = Parameter.named("military.withdrawal_year")
            .unit("year").value(2030).range(2008, 2030).lever()
            .about("Year the deployment starts to be withdrawn (2030 means never within the run)")
            .assumed("policy lever");
    public static final Parameter WITHDRAWAL_MONTHS = Parameter.named("military.withdrawal_months")
            .unit("months").value(24).range(1, 120).lever()
            .about("Months over which troops leave after the withdrawal year begins")
            .assumed("policy lever");
    public static final Parameter POLICE_REFORM = Parameter.named("police.reform_strength")
            .unit("share of withdrawn troop capacity taken over by reformed police").value(0).range(0, 1.5).lever()
            .about("Federal and state police reform that replaces withdrawn troops (capacity, with vetting)")
            .assumed("policy lever; 001:503-511 calls the military role unsustainable and asks for police reform");
    public static final Parameter LOCAL_SUPPRESSION = Parameter.named("military.local_suppression")
            .unit("share").value(0.35).range(0, 1)
            .about("Share of a plaza's fighting suppressed where troops are at full strength")
            .assumed("000:17 and 004:217 say operations restored order in places; no size; tested 0.2-0.5");
    public static final Parameter LOCAL_SUPPRESSION_MAX = Parameter.named("military.local_suppression_max")
            .unit("share").value(0.35).range(0, 1)
            .about("Share of a plaza's fighting suppressed as troops grow far beyond full strength (approached with diminishing returns;"
                    + " military.local_suppression at full strength)")
            .assumed("001:482-485 (mixed success in reducing violence) and 004:217 (order restored in places) give no size; tested 0.35 (no effect beyond full strength) to 0.7; 0.35 on city plazas, where troops concentrate in the deadliest cities: at 0.7 Ciudad Juarez, with about 10,000 troops in 2010, has 2,016 homicides that year and at 0.35 2,310 (validate, seeds 1-10, 2026-12-07), where 001:418-420 counts more than 2,700");
    public static final Parameter ATTACK_DETERRENCE = Parameter.named("military.attack_deterrence")
            .unit("share").value(0.5).range(0, 1)
            .about("Share of attacks on a plaza deterred as troops grow far beyond full strength; attackers turn to other plazas")
            .assumed("000:17 (joint operations made traffickers hold or redirect their movements) and 001:482-485 (violence shifted to"
                    + " other states) give no size; tested 0-0.8");
    public static final Parameter DISPLACEMENT = Parameter.named("military.displacement_share")
            .unit("share").value(0.6).range(0, 1)
            .about("Share of suppressed fighting that moves to neighbouring plazas (the balloon effect)")
            .assumed("001:482-485 (violence shifted to other states) gives no size; tested 0.3-0.9");
    public static final Parameter DISPLACEMENT_OUT_OF_STATE = Parameter.named("military.displacement_out_of_state_share")
            .unit("share of displaced fighting").value(0.5).range(0, 1)
            .about("Share of the fighting troops displace that leaves the state they operate in, for its neighbouring states (shared equally, within each by residents); the rest goes to the plaza's road neighbours")
            .assumed("001:482-485 (violence shifted to other states) gives no share; tested 0-1 (validate baseline, seeds 1-10, 2026-12-06: violence_concentration 0.823 at 0, 0.763 at 0.3, 0.732 at 0.5, 0.673 at 1; Ciudad Juarez 2010 2,998, 2,831, 2,838, 2,554; a surge of 8,000 troops into Tamaulipas raised its neighbouring states' homicides 2008-2012 by 2.6% (t 1.2) at 0 and 13.9% (t 9.2) at 0.5, 20 seeds, while military.local_suppression_max was 0.7; at 0.35, 2026-12-07: +3.1% (t 4.2, 150 seeds), Chihuahua's neighbours +2.5% (t 2.5, 300 seeds))");
    public static final Parameter TROOPS_PER_FULL_STRENGTH = Parameter.named("military.troops_per_million_residents_full_strength")
            .unit("troops per million residents").value(2_500).range(100, 50_000)
            .about("Density at which a deployment reaches its full local effect (effect saturates below it)")
            .assumed("unobserved; tested 1,000-5,000");
    public static final Parameter COMPLAINTS_BASE = Parameter.named("military.complaints_per_year_undeployed")
            .unit("complaints per year").value(182).range(0, 10_000)
            .about("Human-rights complaints against the military before the surge")
            .cited("004:229 (182 complaints in 2006)");
    public static final Parameter COMPLAINTS_PER_TROOP = Parameter.named("military.complaints_per_1000_troop_months")
            .unit("complaints per 1,000 troop-months").value(1.36).range(0, 100)
            .about("Abuse complaints generated by deployed troops")
            .derived("004:229 (182 -> 367, 2006 -> 2007) over 2007's ramp to 12,000 troops (000:17; 136 thousand troop-months): (367-182)/136; 001:490-492 (sixfold by 2009) is a target");
    public static final Parameter FORCE_SIZE = Parameter.named("military.armed_forces_personnel")
            .unit("troops").value(250_000).range(50_000, 1_000_000)
            .about("Armed forces from which deployments are drawn and deserters leave")
            .assumed("not in the reports (the causal notes flag the missing denominator); tested 200,000-300,000");
    public static final Parameter DESERTION_HAZARD = Parameter.named("military.desertion_rate_per_year_garrison")
            .unit("share of troops per year").value(0.07).range(0, 0.5)
            .about("Annual desertion rate of troops not deployed")
            .fitted("about 20,000 desertions a year (001:492-494)");
    public static final Parameter DEPLOYED_DESERTION_MULTIPLIER = Parameter.named("military.deployed_desertion_multiplier")
            .unit("ratio").value(2.0).range(1, 10)
            .about("Desertion hazard of a deployed soldier relative to one in garrison (exposure to DTO offers)")
            .assumed("001:492-501 links deployment, desertion and recruitment by DTOs without a ratio; tested 1.5-3");
    public static final Parameter DESERTER_RECRUIT_SHARE = Parameter.named("military.deserters_joining_dtos_share")
            .unit("share of deserters").value(0.05).range(0, 1)
            .about("Share of deserters who become trained enforcers for an organization (the Zetas mechanism)")
            .assumed("001:492-501 (Zetas) gives no share; tested 0.02-0.1");
    public static final Parameter TROOP_COST = Parameter.named("military.cost_usd_per_troop_per_year")
            .unit("USD per troop per year").value(20_000).range(1_000, 200_000)
            .about("Deployment cost charged to Mexico's security budget")
            .assumed("not in the reports; affects funding outputs only; tested 10,000-40,000");

    // militarization with both signs (issue 23, on since the refit)
    public static final Parameter PROVOCATION = Parameter.named("military.provocation")
            .unit("weight, 0-1").value(1).range(0, 1)
            .about("Weight of confrontation where troops deploy: attacks on troops and clashes with the organizations present, more where the local police protect them; 0 keeps suppression and displacement alone")
            .assumed("staged mechanism (issue 23): 001:482-489 (mixed results; confrontation with organizations and between authorities), on by default since the refit; tested 0 and 1");
    public static final Parameter PROVOCATION_RATE = Parameter.named("military.provocation_killings_per_1000_armed_months")
            .unit("killings per 1,000 armed members present per month at full troop strength")
            .value(0.548).range(0, 100)
            .about("With military.provocation on: confrontation killings where troops are, per 1,000 armed members present per month at full troop strength")
            .assumed("001:482-489 and M3 name the confrontation, not its size; 0.548 is the size it had on state plazas (0.1 x the killing rate 5.479 fitted there), where it added about 8% to the homicides of 2007-2012; "
                    + "tied to the killing rate it grew with the refit for war exhaustion to more than half of all homicides (2010: 11,325 with it, 5,378 without; 2026-12-07), so it is a number of its own; explored 0-2.2 (0-0.4 x 5.479)");
    public static final Parameter PROVOCATION_CORRUPTION = Parameter.named("military.provocation_corruption_factor")
            .unit("relative increase per unit of police corruption").value(1).range(0, 10)
            .about("With military.provocation on: confrontation is (1 + this x local police corruption) times as frequent, troops meeting police who protect the holder (Baja California 2008)")
            .assumed("001:485-489 (confusion and confrontation between authorities), no size; tested 0-2");

    public static final List<Parameter> ALL = List.of(TROOPS, TROOPS_2007, TROOPS_2009, MAX_STATES, WITHDRAWN, WITHDRAWAL_YEAR,
            WITHDRAWAL_MONTHS, POLICE_REFORM, LOCAL_SUPPRESSION, LOCAL_SUPPRESSION_MAX, ATTACK_DETERRENCE, DISPLACEMENT, DISPLACEMENT_OUT_OF_STATE, TROOPS_PER_FULL_STRENGTH,
            COMPLAINTS_BASE, COMPLAINTS_PER_TROOP, FORCE_SIZE, DESERTION_HAZARD, DEPLOYED_DESERTION_MULTIPLIER,
            DESERTER_RECRUIT_SHARE, TROOP_COST, PROVOCATION, PROVOCATION_RATE, PROVOCATION_CORRUPTION);
}
