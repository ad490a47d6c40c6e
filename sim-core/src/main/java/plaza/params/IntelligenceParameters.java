package plaza.params;

import java.util.List;

/** Drug intelligence: the kingpin strategy, bilateral cooperation and extradition. */
public final class IntelligenceParameters implements java.io.Serializable {
    private IntelligenceParameters() {}

    public static final Parameter LEADER_REMOVAL = Parameter.named("intel.leader_removal_rate_per_year")
            .unit("probability per leader per year at intensity 1").value(0.8).range(0, 5)
            .about("Chance a leader is arrested or killed in a year under the 2007 kingpin strategy")
            .fitted("major organizations 4 -> at least 7 by 2010 (001:468-469); leader extraditions (000:15)");
    public static final Parameter LIEUTENANT_RATIO = Parameter.named("intel.lieutenant_removal_ratio")
            .unit("ratio").value(0.6).range(0, 5)
            .about("Removal hazard of a lieutenant relative to a leader")
            .assumed("unobserved; tested 0.3-1");
    public static final Parameter KINGPIN_INTENSITY = Parameter.named("policy.kingpin_intensity")
            .unit("multiple of 2007 leader-targeting capacity").value(1).range(0, 10).lever()
            .path(v -> LeverPaths.fromYear(v, 1, IntelligenceParameters.KINGPIN_INTENSITY, IntelligenceParameters.KINGPIN_YEAR), "policy.kingpin_from_year")
            .about("Intelligence capacity aimed at leaders; 0 before the crackdown, 1 as in 2007")
            .assumed("policy lever; 1 is the Calderon-era strategy (000:15, 001:463-469)");
    public static final Parameter KINGPIN_YEAR = Parameter.named("policy.kingpin_from_year")
            .unit("year").value(2007).range(2007, 2030).lever()
            .about("Year policy.kingpin_intensity takes effect; before it the 2007 level (1) applies")
            .assumed("policy lever; 2007 applies the intensity from the start of the offensive");
    public static final Parameter PRE_CRACKDOWN_INTENSITY = Parameter.named("intel.pre_crackdown_intensity")
            .unit("multiple of 2007 capacity").value(0.05).range(0, 1)
            .about("Leader targeting during the 2005-2006 spin-up, before the December 2006 offensive")
            .assumed("000:15 calls the 2006-2007 extraditions unprecedented; tested 0.1-0.5");
    public static final Parameter CRACKDOWN_RAMP = Parameter.named("intel.crackdown_ramp_months")
            .unit("months").value(12).range(1, 48)
            .about("Months from December 2006 for leader targeting to rise from the spin-up level to the kingpin intensity")
            .assumed("000:15-17 describe capacity built up through 2007 (joint operations, vetting); no time scale; tested 6-24");
    public static final Parameter KILLED_SHARE = Parameter.named("intel.killed_share_of_removals")
            .unit("share").value(0.3).range(0, 1)
            .about("Share of removed leaders killed rather than arrested")
            .assumed("unobserved; tested 0.1-0.5");
    public static final Parameter EXTRADITION_RATE = Parameter.named("intel.extradition_rate_per_arrest")
            .unit("extradition requests per arrest").value(0.004).range(0, 1)
            .about("Share of arrested members wanted in the U.S. (an extradition request); leaders x25")
            .fitted("83 extraditions in 2007 (000:9, 000:15): 2007 arrests x this rate about fill the treaty process");
    public static final Parameter LEADER_EXTRADITION = Parameter.named("intel.leader_extradition_multiplier")
            .unit("ratio").value(25).range(1, 250)
            .about("How much likelier an arrested leader or lieutenant is to be extradited than a rank-and-file member")
            .assumed("000:15 notes leaders among the first extraditions; no ratio given; tested 10-50");
    public static final Parameter COOPERATION_2006 = Parameter.named("intel.cooperation_2006")
            .unit("index, 2007 = 1").value(0.76).range(0, 1)
            .about("Bilateral cooperation before the December 2006 breakthrough")
            .derived("000:9 and 000:15: 63 extraditions in 2006 vs 83 in 2007, 63/83 = 0.76");
    public static final Parameter RECIPROCITY = Parameter.named("intel.reciprocity_cooperation_gain")
            .unit("relative rise in cooperation at full U.S. action on guns and money").value(0.2).range(0, 2)
            .about("U.S. action on guns and bulk cash raises Mexico's cooperation, hence extraditions")
            .assumed("001:608-611 says failing to act on guns and money undermines Mexico's trust; no size; tested 0-0.5");
    public static final Parameter BATCH_YEAR = Parameter.named("intel.extradition_batch_year")
            .unit("year").value(2025).range(2007, 2030).lever()
            .about("Year of a one-off transfer of imprisoned traffickers to the U.S. (February)")
            .cited("003:1-2 (29 sent to the U.S. in February 2025)");
    public static final Parameter BATCH_SIZE = Parameter.named("intel.extradition_batch_size")
            .unit("persons").value(29).range(0, 1000).lever()
            .about("Size of that transfer, taken from imprisoned leaders and members")
            .cited("003:1 (29 narcotraffickers)");

    // the extradition process and cooperation (issue 12)
    public static final Parameter TREATY_CAPACITY = Parameter.named("intel.treaty_capacity_per_year")
            .unit("extraditions per year at cooperation 1").value(83).range(1, 10_000)
            .about("Extraditions the treaty process (requests, hearings, appeals, transfer) completes in a year; requests beyond it wait")
            .fitted("83 extraditions in 2007 (000:9, 000:15) and 63 in 2006 at cooperation 0.76; at the fitted values (2026-12-07) requests outrun it from 2008, so it sets the extraditions after 2007 (on the previous fit requests bound until about 2015)");
    public static final Parameter TREATY_CAPACITY_TO_MEXICO = Parameter.named("intel.treaty_capacity_to_mexico_per_year")
            .unit("extraditions per year at cooperation 1").value(58.6).range(0, 10_000)
            .about("Fugitives wanted in Mexico that the U.S. side of the treaty process delivers in a year at cooperation 1 (Mexico's requests always exceed it)")
            .derived("002:64: 86 delivered U.S. to Mexico in 1995-2000 (six calendar years, 14.33 a year) at the model's 1995-2000 cooperation 0.76 x 0.16 = 0.1216: 14.33 / 0.1216^0.668 = 58.6");
    public static final Parameter COOPERATION_ELASTICITY_TO_MEXICO = Parameter.named("intel.cooperation_elasticity_to_mexico")
            .unit("elasticity").value(0.668).range(0, 3)
            .about("How strongly U.S.-to-Mexico extraditions follow the cooperation index: throughput x cooperation^e")
            .derived("002:64: per year, U.S. to Mexico rose from 30/15 to 86/6 (x7.17) while Mexico to U.S. rose from 8/15 to 61/6 (x19.1, proportional to cooperation in the model): ln 7.17 / ln 19.1 = 0.668");
    public static final Parameter PRISON_CONTROL = Parameter.named("intel.prison_control_share")
            .unit("share of the cohesion a leader gives").value(0.25).range(0, 1)
            .about("Share of a leader's hold on the organization kept from a Mexican prison (through corruption) until extradited")
            .assumed("000:15 and 003:1-11 (extradition of leaders is what matters), 001:546-548 (prisons); no share; tested 0.25-0.75");
    public static final Parameter COOPERATION_SHOCK = Parameter.named("intel.cooperation_shock")
            .unit("relative change in cooperation").value(0).range(-0.9, 2).lever()
            .about("Scandals and unilateral pressure lower cooperation, summits and shared action raise it (a path)")
            .assumed("001:1120-1127 (the 2010-2011 nadir and the March 2011 summit), 003:5-9 (tariff threats, mutual respect); sizes not in the reports");
    public static final Parameter COORDINATION_GAIN = Parameter.named("intel.deportation_coordination_gain")
            .unit("relative rise in cooperation at full re-entry coordination").value(0.1).range(0, 1)
            .about("Deportations coordinated with Mexican authorities (the re-entry programme lever) remove a grievance and raise cooperation")
            .assumed("001:633-638 (deportation without coordination feeds distrust); no size; tested 0-0.3");
    public static final Parameter COOPERATION_INTEL = Parameter.named("intel.cooperation_removal_elasticity")
            .unit("elasticity").value(0.5).range(0, 3)
            .about("Shared intelligence and joint operations: the leader-removal hazard x cooperation^e")
            .assumed("000:17 (information sharing and joint investigations), M18; no size; tested 0.25-1");
    public static final Parameter INTEL_CAPACITY = Parameter.named("policy.intelligence_capacity")
            .unit("multiple of the 2007 number of organizations covered").value(1).range(0, 10).lever()
            .about("Organizations intelligence can follow at once (analysts, CISEN), relative to the organizations of 2007")
            .assumed("policy lever; 004:233 asks to strengthen CISEN's intelligence gathering; 1 as in 2007");

    public static final List<Parameter> ALL = List.of(LEADER_REMOVAL, LIEUTENANT_RATIO, KINGPIN_INTENSITY,
            KINGPIN_YEAR, PRE_CRACKDOWN_INTENSITY, CRACKDOWN_RAMP, KILLED_SHARE, EXTRADITION_RATE, LEADER_EXTRADITION, COOPERATION_2006, RECIPROCITY, BATCH_YEAR, BATCH_SIZE,
            TREATY_CAPACITY, TREATY_CAPACITY_TO_MEXICO, COOPERATION_ELASTICITY_TO_MEXICO, PRISON_CONTROL, COOPERATION_SHOCK, COORDINATION_GAIN, COOPERATION_INTEL, INTEL_CAPACITY);
}
