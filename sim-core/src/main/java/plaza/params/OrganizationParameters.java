package plaza.params;

import java.util.List;

/** Trafficking organizations: size, structure, budget rule, recruitment, territorial contests. */
public final class OrganizationParameters implements java.io.Serializable {
    private OrganizationParameters() {}

    public static final Parameter MEMBERS_TOTAL = Parameter.named("dto.members_total")
            .unit("persons").value(450_000).range(100_000, 1_000_000)
            .about("People earning a significant income from trafficking at the start of 2007")
            .cited("001:388-390 (450,000); alternative 500,000 at 001:159-160");
    public static final Parameter INITIAL_ORGANIZATIONS = Parameter.named("dto.initial_organizations")
            .unit("organizations").value(4).range(2, 8).constant()
            .about("Major organizations before the crackdown, each holding its home corridor")
            .cited("001:468-469 (four in the 1990s); 002:58 (four main transnational organizations)");
    public static final Parameter ENFORCER_SHARE = Parameter.named("dto.enforcer_share")
            .unit("share of members").value(0.15).range(0.05, 0.4)
            .about("Share of members who are armed enforcers rather than traffickers")
            .assumed("no report gives the split; tested 0.05-0.4");
    public static final Parameter LIEUTENANTS = Parameter.named("dto.lieutenants_per_organization")
            .unit("persons").value(4).range(1, 10).constant()
            .about("Lieutenants under each leader; successors and potential faction heads")
            .assumed("no report gives a count; tested 2-8");
    public static final Parameter INITIAL_COHESION = Parameter.named("dto.initial_cohesion")
            .unit("index 0-1").value(0.6).range(0, 1)
            .about("Cohesion of an established organization; lowers the split probability")
            .assumed("unobserved; tested 0.4-0.8");
    public static final Parameter COHESION_RECOVERY = Parameter.named("dto.cohesion_recovery_per_month")
            .unit("per month").value(0.02).range(0, 0.2)
            .about("Rate at which cohesion returns toward its initial level after a shock")
            .assumed("unobserved; tested 0.01-0.05");
    public static final Parameter SPLIT_PROBABILITY = Parameter.named("dto.split_probability")
            .unit("probability per leader removal at zero cohesion").value(0.8).range(0, 1)
            .about("Chance that a leaderless organization splits: p = value * (1 - cohesion)")
            .fitted("major organizations 4 -> at least 7 by 2010 (001:468-469); homicide growth (001:407-412)");
    public static final Parameter SPLIT_REGION_SHARE = Parameter.named("dto.split_region_share")
            .unit("share of the parent's plaza value").value(0.25).range(0.05, 0.5)
            .about("Size of the region a faction takes when it breaks away: the parent's plaza farthest from its seat and those nearest it, up to this share of the value of the plazas it held (at least one plaza)")
            .assumed("001:463-469 (factions divide the plazas) gives no rule; a region far from the leader rather than every third plaza by value (issue 22, territory/README); tested 0.25, 1/3 and 0.5");
    public static final Parameter COHESION_LOSS = Parameter.named("dto.cohesion_loss_per_leader")
            .unit("index 0-1").value(0.3).range(0, 1)
            .about("Drop in cohesion when a leader falls, so repeated blows make splits likelier")
            .assumed("unobserved; tested 0.15-0.45");
    public static final Parameter PAYROLL_SHARE = Parameter.named("dto.payroll_share")
            .unit("share of revenue").value(0.25).range(0.05, 0.6)
            .about("Budget share for wages; with revenue and membership it fixes the wage")
            .assumed("not in the reports; tested 0.15-0.4");
    public static final Parameter BRIBE_SHARE = Parameter.named("dto.bribe_share")
            .unit("share of revenue").value(0.35).range(0, 0.7)
            .about("Budget share paid to officials; 'the lion's share' of repatriated money")
            .derived("004:63 (lion's share used to corrupt officials): taken as the largest single budget item");
    public static final Parameter ARMS_SHARE = Parameter.named("dto.arms_share")
            .unit("share of revenue").value(0.04).range(0, 0.3)
            .about("Budget share spent on weapons")
            .assumed("004:165 says proceeds buy arms but gives no share; tested 0.02-0.10");
    public static final Parameter RECRUITMENT_RATE = Parameter.named("dto.recruitment_rate_per_month")
            .unit("share of staffing gap per month").value(0.08).range(0, 1)
            .about("How fast an organization fills the gap between affordable and actual membership")
            .assumed("unobserved; tested 0.04-0.2");
    public static final Parameter EXIT_RATE = Parameter.named("dto.member_exit_rate_per_year")
            .unit("share of members per year").value(0.1).range(0, 1)
            .about("Members who leave the trade in a year while paid; five times more when wages go unpaid")
            .assumed("unobserved; tested 0.05-0.2");
    public static final Parameter CONTEST_RATE = Parameter.named("dto.contest_rate_per_month")
            .unit("probability per organization-month").value(0.12).range(0, 1)
            .about("Base chance an organization attacks a rival plaza; rises with the rival's disruption")
            .fitted("homicide level 2008 and 2010 (004:61, 001:408-409); violence concentration (001:415-416)");
    public static final Parameter UNDISRUPTED_ATTACK = Parameter.named("dto.undisrupted_attack_weight")
            .unit("ratio").value(0.05).range(0, 2)
            .about("Attack chance on an undisrupted holder relative to one that lost its leader this year")
            .assumed("001:446-449 says counternarcotics pressure intensified competition; the ratio is unobserved; tested 0.1-0.5");
    public static final Parameter FEUD_MULTIPLIER = Parameter.named("dto.feud_attack_multiplier")
            .unit("ratio").value(3).range(1, 10)
            .about("Attack chance between former partners after a split, relative to other rivals")
            .assumed("001:492-501 (the Zetas' break with the Gulf organization) gives no ratio; tested 2-5");
    public static final Parameter CONTEST_RESOLUTION = Parameter.named("dto.contest_resolution_per_month")
            .unit("probability per month").value(0.04).range(0.005, 1)
            .about("Chance a contested plaza is settled in a month (the stronger side more likely wins)")
            .assumed("unobserved; tested 0.03-0.12");
    public static final Parameter MAJOR_THRESHOLD = Parameter.named("dto.major_threshold_members")
            .unit("persons").value(5_000).range(0, 100_000).constant()
            .about("Members an organization needs to count as major (active_dtos); an output threshold only")
            .assumed("reports count 'major' organizations without a size; tested 2,000-10,000");
    public static final Parameter EXTORTION_PER_CAPITA = Parameter.named("dto.extortion_usd_per_capita_per_year")
            .unit("USD per resident per year").value(3.0).range(0, 100)
            .about("Predatory revenue a controlling organization draws from a plaza's residents at baseline intensity")
            .assumed("001:396-407 names the diversification but gives no amount; about 5% of drug revenue; tested 1-10");
    public static final Parameter PREDATION_RESPONSE = Parameter.named("dto.predation_response")
            .unit("share of lost drug income").value(0.25).range(0, 2)
            .about("Share of the drug income an organization has lost against its recent level that it seeks through extortion and kidnapping in the plazas it holds (within the ceiling and enforcement)")
            .assumed("001:812-816 (organizations turn to other crimes to stay profitable) gives no size; tested 0.25-0.5 (0.5 raised baseline extortion by half and U.S. legalization's effect 2015-2020 to +6%, 10 seeds, without alliances)");
    public static final Parameter PREDATION_MEMORY = Parameter.named("dto.predation_memory_months")
            .unit("months").value(120).range(1, 1200)
            .about("Averaging time of an organization's reference drug income level, against which it measures the loss of its recent income (a loss fades as the reference follows the income down)")
            .assumed("001:812-816 warns of the shift without a time scale; tested 24-240 (U.S. legalization raises extortion 2015-2020 by 3% at 24-60, 10% at 120, 4% at 240; 10 seeds, without alliances; measured on the predation branch before the 2026-12-03 merge; on the merged model, 60 paired seeds: 2015-2017 +7.0% with alliances at 0.1, +3.6% without)");
    public static final Parameter PREDATION_RECENT = Parameter.named("dto.predation_recent_months")
            .unit("months").value(12).range(1, 120)
            .about("Averaging time of an organization's recent drug income, compared with its reference level (dto.predation_memory_months) to measure its loss; smooths out month-to-month swings of shipments")
            .assumed("001:812-816 gives no time scale; tested 6-12 (6 with a 24-36 month reference)");
    public static final Parameter PREDATION_DETERRENCE = Parameter.named("dto.predation_enforcement_deterrence")
            .unit("share prevented at full strength").value(0.5).range(0, 1)
            .about("Share of extortion and kidnapping that troops and federal police at full strength in a plaza prevent")
            .assumed("001:812-816 (predation where the state is weak) gives no size; tested 0.25-0.75");
    public static final Parameter EXTORTION_CEILING = Parameter.named("dto.extortion_ceiling_usd_per_capita_per_year")
            .unit("USD per resident per year").value(30).range(0, 1000)
            .about("Most a plaza's economy yields to extortion and kidnapping, whatever the organization's need")
            .assumed("the reports give no figure; ten times the baseline rate; tested 15-60");
    public static final Parameter RISK_AVERSION = Parameter.named("dto.recruit_risk_aversion")
            .unit("per unit of annual risk").value(5).range(0, 100)
            .about("How strongly the yearly chance of being killed or convicted deters recruits: willing recruits x e^(-value x risk) (M5)")
            .assumed("001:538-548 (impunity that fails to deter) gives no elasticity; at 3% a year risk, 10 leaves 74% of recruits; tested 5-20");
    public static final Parameter WING_THRESHOLD = Parameter.named("dto.wing_breakaway_threshold")
            .unit("ratio to a usual enforcer wing").value(1.8).range(1, 20)
            .about("Strength of an enforcer wing (its share of members, weighted by military training, over dto.enforcer_share) above which it may break away (M4)")
            .assumed("001:492-501 (the Zetas, ex-special forces, broke from the Gulf organization) gives no threshold; at 1.8 about 0.4 wing breaks per run 2007-2012; tested 1.5-2.5");
    public static final Parameter WING_BREAKAWAY_RATE = Parameter.named("dto.wing_breakaway_rate_per_month")
            .unit("probability per month at twice the threshold and zero cohesion").value(0.05).range(0, 1)
            .about("Monthly chance that a strong enforcer wing breaks away: rate x (1 - cohesion) x (wing / threshold - 1) (M4)")
            .assumed("one such break in the reports (001:492-501); tested 0.02-0.1");
    public static final Parameter WING_ENFORCER_SHARE = Parameter.named("dto.wing_enforcer_share")
            .unit("share of enforcers").value(0.6).range(0, 1)
            .about("Share of the enforcers (with their share of cash and guns) that leave with a breakaway wing")
            .assumed("unobserved; tested 0.4-0.8");
    public static final Parameter ABSORPTION_RATE = Parameter.named("dto.absorption_rate_per_month")
            .unit("probability per month").value(0.1).range(0, 1)
            .about("Monthly chance that an organization unable to pay its members and holding at most one plaza, or holding less than dto.absorption_value_share of the value of all plazas next to a stronger neighbour, is absorbed by its largest neighbour")
            .assumed("the reports describe absorption and alliances without rates (001:463-469); tested 0.05-0.3");
    public static final Parameter ABSORPTION_VALUE_SHARE = Parameter.named("dto.absorption_value_share")
            .unit("share of the value of all plazas").value(0).range(0, 1)
            .about("An organization whose plazas hold less than this share of the value of all plazas (the drugs passing them plus their rents) is absorbed, at dto.absorption_rate_per_month, by a stronger neighbour (more enforcers), paid or not; 0 switches the rule off")
            .assumed("off (0): it served only to bring the count of organizations with 5,000 members down to 001:468-469's seven in 2010; the major organizations are now counted as 001:455-457 defines them, by the border-crossing cities they control (border_dtos), and splinters holding an inland city or two need no removing; tested 0-0.05 (issue 22, city plazas, plain seeds 1-10, 2026-12-07): at 0.05 the headline's median paired standard deviation of the 2007-2020 homicide change was 7.3 points, at 0 2.5 after the refit; organizations holding a border city in 2010 8.2 at 0.05, 10.9 at 0 (7 of 10 runs inside 7-12)");
    public static final Parameter ALLIANCE_RATE = Parameter.named("dto.alliance_rate_per_month")
            .unit("probability per month").value(0.1).range(0, 1)
            .about("Monthly chance that two organizations, one of them weak, facing a common enemy stronger than either ally (they then do not attack each other and fight the enemy together)")
            .assumed("001:453-458 (a loosely knit alliance shared out the plazas before the 1980s) gives no rate; tested 0-0.3 (0.1: 6 pacts a year 2007-2020; U.S. legalization raises extortion 2015-2020 by 11% at 0, 4% at 0.1, 1% at 0.3; measured on the predation branch before the 2026-12-03 merge; on the merged model, 60 paired seeds: 2015-2017 +7.0% with alliances at 0.1, +3.6% without)");
    public static final Parameter ALLIANCE_WEAKNESS = Parameter.named("dto.alliance_weakness")
            .unit("share of drug income lost").value(0.5).range(0, 1)
            .about("Share of its reference drug income an organization must have lost (territory or cash) to seek an ally; an organization that cannot pay its members is weak whatever its income")
            .assumed("the reports give no threshold; tested 0.25-1 (0.25: 11 pacts a year and U.S. legalization leaves extortion unchanged; 0.5: 6 a year, +4%; 1: 1.6 a year, +6%; 20 seeds, 2015-2020; measured on the predation branch before the 2026-12-03 merge; on the merged model, 60 paired seeds: 2015-2017 +7.0% with alliances at 0.1, +3.6% without)");
    public static final Parameter DEPORTEES = Parameter.named("dto.criminal_deportees_per_year")
            .unit("persons per year").value(10_000).range(0, 200_000)
            .about("Criminal deportees from the U.S. arriving through the border crossings each year (M16)")
            .assumed("001:636-638 and 001:1006-1009 name the channel without a count; tested 0-50,000");
    public static final Parameter DEPORTEE_RECRUIT_SHARE = Parameter.named("dto.deportee_recruit_share")
            .unit("share").value(0.1).range(0, 1)
            .about("Share of arriving criminal deportees recruited by the organization holding the border plaza")
            .assumed("001:1006-1009 warns they become recruits without a rate; tested 0.05-0.3");
    public static final Parameter REENTRY_PROGRAMME = Parameter.named("policy.reentry_programme")
            .unit("share of deportee recruitment prevented").value(0).range(0, 1).lever()
            .about("Education in U.S. prisons and bilateral re-entry protocols (0 none, 1 no deportee joins); give a path to start it, e.g. 2011: 0.5")
            .assumed("policy lever; 001:1010-1016 recommends the programmes without an effect size");
    public static final List<Parameter> ALL = List.of(MEMBERS_TOTAL, INITIAL_ORGANIZATIONS, ENFORCER_SHARE,
            LIEUTENANTS, INITIAL_COHESION, COHESION_RECOVERY, COHESION_LOSS, SPLIT_PROBABILITY, SPLIT_REGION_SHARE, PAYROLL_SHARE, BRIBE_SHARE,
            ARMS_SHARE, RECRUITMENT_RATE, EXIT_RATE, CONTEST_RATE, UNDISRUPTED_ATTACK, FEUD_MULTIPLIER, CONTEST_RESOLUTION, MAJOR_THRESHOLD,
            EXTORTION_PER_CAPITA, PREDATION_RESPONSE, DEPORTEES, DEPORTEE_RECRUIT_SHARE, REENTRY_PROGRAMME,
            PREDATION_MEMORY, PREDATION_RECENT, PREDATION_DETERRENCE, EXTORTION_CEILING, RISK_AVERSION,
            WING_THRESHOLD, WING_BREAKAWAY_RATE, WING_ENFORCER_SHARE, ABSORPTION_RATE, ABSORPTION_VALUE_SHARE, ALLIANCE_RATE, ALLIANCE_WEAKNESS);
}
