package plaza.params;

import java.util.List;

/** Police, prosecutors and courts: reporting, identification, conviction, corruption, trust. */
public final class JusticeParameters implements java.io.Serializable {
    private JusticeParameters() {}

    public static final Parameter REPORTING_RATE = Parameter.named("justice.reporting_rate_2007")
            .unit("share of crimes reported").value(0.25).range(0.01, 1)
            .about("Share of crimes reported at 2007 trust; reporting moves with public trust")
            .cited("001:538-539 (about three-quarters of crimes unreported)");
    public static final Parameter IDENTIFICATION_RATE = Parameter.named("justice.identification_rate_2007")
            .unit("share of reported crimes").value(0.08).range(0.001, 1)
            .about("Share of reported crimes investigated to an arrested suspect at 2007 judicial capacity")
            .derived("001:542-543 (1-2 in 100 crimes sentenced): 0.015 / (0.25 reported x 0.75 convicted) = 0.08");
    public static final Parameter CONVICTION_RATE = Parameter.named("justice.conviction_given_charged")
            .unit("share of suspects charged").value(0.75).range(0.01, 1)
            .about("Share of charged suspects convicted; high once a suspect is found")
            .assumed("001:544-546 says conviction is likely once a suspect is identified, without a number; tested 0.6-0.9");
    public static final Parameter PIPELINE_MONTHS = Parameter.named("justice.court_pipeline_months")
            .unit("months").value(10).range(1, 60)
            .about("Mean months from arrest to verdict (exponential waiting time)")
            .assumed("not in the reports; tested 6-18");
    public static final Parameter SENTENCE_MONTHS = Parameter.named("justice.mean_sentence_months")
            .unit("months").value(60).range(1, 600)
            .about("Mean time a convicted member spends in prison before leaving the trade")
            .assumed("not in the reports (001:546-548 only says prisons breed crime); tested 36-120");
    public static final Parameter OFFENCES_PER_MEMBER = Parameter.named("justice.offences_per_member_month")
            .unit("crimes per member per month").value(0.1).range(0, 2)
            .about("Crimes other than homicide and extortion (trafficking, arms, bribery) committed by a member")
            .assumed("not in the reports; scales arrests, not the impunity share; tested 0.05-0.2");
    public static final Parameter PROACTIVE_ARREST_RATE = Parameter.named("justice.proactive_arrest_rate_per_year")
            .unit("share of members per year at 2007 capacity").value(0.005).range(0, 1)
            .about("Arrests from raids and operations (not from reported crimes) at 2007 enforcement capacity")
            .assumed("not in the reports; tested 0.002-0.02");
    public static final Parameter CORRUPTION_INITIAL = Parameter.named("justice.police_corruption_2007")
            .unit("share of local police on a payroll").value(0.5).range(0, 1)
            .about("Local police corruption at 2007 bribe levels")
            .assumed("001:524-536 calls it institutionally predetermined, without a share; tested 0.3-0.7");
    public static final Parameter LEAK_GIVEN_CORRUPT = Parameter.named("justice.leak_given_corruption")
            .unit("probability").value(0.6).range(0, 1)
            .about("Chance an operation is leaked, per unit of corruption: leak = value x corruption")
            .assumed("004:63 and 001:348-351 say corruption compromises operations; no rate; tested 0.3-0.8");
    public static final Parameter CORRUPTION_SPEED = Parameter.named("justice.corruption_adjustment_per_month")
            .unit("per month").value(0.05).range(0, 1)
            .about("Speed at which corruption approaches the level bribes and reform imply")
            .assumed("unobserved; tested 0.02-0.1");
    public static final Parameter TRUST_HOMICIDE_SENSITIVITY = Parameter.named("justice.trust_loss_per_homicide_per_100k")
            .unit("relative trust loss per annual homicide per 100,000").value(0.01).range(0, 0.2)
            .about("Violence erodes trust (and so reporting) in a plaza")
            .assumed("001:352-354 and 001:503-507 describe eroding confidence; no elasticity; tested 0.005-0.03");
    public static final Parameter REFORM_LAG = Parameter.named("justice.reform_lag_months")
            .unit("months").value(36).range(1, 120)
            .about("Time constant of judicial reform: aid becomes judicial capacity slowly")
            .derived("001:1056-1057 (reform indicators at 1-3 and 3-5 years): 3 years");
    public static final Parameter REFORM_GAIN = Parameter.named("justice.reform_max_gain")
            .unit("relative increase").value(1.5).range(0, 10)
            .about("Largest relative rise in identification, conviction and trust that judicial capacity can bring")
            .assumed("unobserved; tested 0.5-3");
    public static final Parameter REFORM_HALF = Parameter.named("justice.reform_half_saturation_usd_millions")
            .unit("USD millions of delivered judicial aid").value(600).range(1, 100_000)
            .about("Cumulative judicial aid delivering half of the largest gain (diminishing returns)")
            .assumed("unobserved; tested 300-1,200");
    public static final Parameter REFORM_CORRUPTION_CUT = Parameter.named("justice.reform_corruption_reduction")
            .unit("share").value(0.5).range(0, 1)
            .about("Largest share by which judicial capacity and vetting lower police corruption")
            .assumed("000:17 and 004:161 credit vetting and anticorruption reforms; no size; tested 0.3-0.7");

    // capacity (issue 12): arrests, verdicts and prisons are bounded by what the institutions can process
    public static final Parameter ARREST_CAPACITY = Parameter.named("justice.arrest_capacity_2007_per_year")
            .unit("arrests per year at the 2007 budget").value(40_000).range(1_000, 1_000_000)
            .about("Arrests police and prosecutors can process in a year at the 2007 budget and no judicial aid; scales with Mexico's budget and judicial capacity")
            .assumed("001:538-543 and 004:91 (inadequate resources, weak judicial systems) say capacity binds, without a number; tested 25,000-50,000;"
                    + " 40,000 (was 32,000): crimes double 2007-2011 as factions that lost corridors prey, and at 32,000 the bound held sentences below 1 in 100 crimes (001:542-543)");
    public static final Parameter CAPACITY_SHAPE = Parameter.named("justice.capacity_saturation_exponent")
            .unit("exponent").value(4).range(1, 20)
            .about("Sharpness of the capacity bound: processed = demand / (1 + (demand / capacity)^n)^(1/n)")
            .assumed("shape of the bound, not in the reports; tested 2-8");
    public static final Parameter PROSECUTION_CAPACITY = Parameter.named("policy.prosecution_capacity")
            .unit("multiple of the funded capacity").value(1).range(0, 10).lever()
            .about("Police investigators and prosecutors beyond (or below) what the budget and aid fund")
            .assumed("policy lever; 1 is the capacity the budget funds (004:191, 004:233 ask for institution building)");
    public static final Parameter VERDICT_CAPACITY = Parameter.named("justice.verdict_capacity_2007_per_year")
            .unit("verdicts per year at 2007 judicial capacity").value(36_000).range(1_000, 1_000_000)
            .about("Cases the courts can bring to a verdict in a year before judicial aid; waiting cases form a backlog")
            .assumed("001:538-543 and 001:550-558 (weak courts, reforms slow to roll out) without a number; tested 25,000-60,000");
    public static final Parameter COURT_CAPACITY = Parameter.named("policy.court_capacity")
            .unit("multiple of 2007 court capacity").value(1).range(0, 10).lever()
            .about("Court capacity relative to 2007 (judges, public defenders, courtrooms); judicial aid adds to it")
            .assumed("policy lever; 1 as in 2007 (004:191 asks for judicial institution building)");
    public static final Parameter PRETRIAL_LIMIT = Parameter.named("justice.pretrial_limit_months")
            .unit("months").value(24).range(1, 240)
            .about("Mean time a case can wait for a verdict before it is dismissed and the accused goes free")
            .assumed("not in the reports (001:540-543: many cases never end in a sentence); tested 12-48");
    public static final Parameter ESCAPE_RATE = Parameter.named("justice.prison_escape_rate_per_year")
            .unit("share of prisoners per year").value(0.01).range(0, 1)
            .about("Prisoners who escape in a year (riots and escapes)")
            .assumed("001:546-548 says escapes are frequent, without a rate; tested 0.005-0.05");
    public static final Parameter RETURN_SHARE = Parameter.named("justice.released_return_share")
            .unit("share of released prisoners").value(0.3).range(0, 1)
            .about("Share of released or escaped prisoners who go back to the trade (the recruits' pool)")
            .assumed("001:546-548 (prisons encourage continued criminal behaviour), no share; tested 0.3-0.8");
    public static final Parameter COMPLAINT_TRUST = Parameter.named("justice.trust_loss_per_complaint_per_million")
            .unit("relative trust loss per yearly complaint per million residents").value(0.004).range(0, 0.2)
            .about("Complaints of abuses by troops lower public trust in the plaza where the troops are deployed (M3, M25)")
            .assumed("001:489-492 and 001:503-507 (abuses erode legitimacy), 004:229; no elasticity; tested 0.001-0.01");
    public static final Parameter VETTING_TRUST = Parameter.named("justice.vetting_trust_gain")
            .unit("largest relative rise in trust").value(0.2).range(0, 2)
            .about("Vetted police units (Merida training delivered) raise public trust (M19)")
            .assumed("000:17 and 004:161 (vetted units), no size; tested 0.1-0.5");
    public static final Parameter INFORMANT_ELASTICITY = Parameter.named("justice.identification_trust_elasticity")
            .unit("elasticity").value(0.5).range(0, 3)
            .about("Cooperation with investigators (witnesses, tips) rises with trust: identification x trust^e")
            .assumed("M3 rule 4 and M25 (trust drives informant tips), 001:538-539; no size; tested 0.25-1");

    // Mexico's 2008 criminal-justice reform as a path (issue 23, on since the refit)
    public static final Parameter MEXICAN_REFORM = Parameter.named("justice.mexican_reform")
            .unit("weight, 0-1").value(1).range(0, 1)
            .about("Weight of Mexico's 2008 reform path in the judicial gain and court and prosecution capacity; 0 keeps the gain from Merida's judicial aid alone")
            .assumed("staged mechanism (issue 23): 001:549-565, on by default since the refit; tested 0 and 1");
    public static final Parameter REFORM_ADOPTED = Parameter.named("justice.reform_adopted_year")
            .unit("year").value(2008).range(1995, 2030)
            .about("Year the constitutional criminal-justice reform passed; implementation starts in July of that year")
            .cited("001:550-551 (passed in 2008; the month is not given: mid-year assumed)");
    public static final Parameter REFORM_NATIONWIDE = Parameter.named("policy.justice_reform_nationwide_year")
            .unit("year").value(2016).range(2009, 2040).lever()
            .about("Year by which the 2008 reform is planned to be in force nationwide: the plan's pace is its share per month from adoption to January of this year")
            .cited("001:556-558 (nationwide by 2016, judged highly unlikely)");
    public static final Parameter REFORM_PACE = Parameter.named("justice.reform_pace")
            .unit("share of the planned pace").value(0.6).range(0.05, 2)
            .about("How fast implementation goes relative to the plan at Mexico's own justice budget (codes, courtrooms, retraining, 001:559-565)")
            .assumed("001:556-559: the 2016 goal is highly unlikely and the 2012 election puts it in question; below 1, range tested 0.3-1");
    public static final Parameter MEXICO_JUSTICE_BUDGET = Parameter.named("justice.mexico_reform_budget_usd_millions_per_year")
            .unit("USD millions per year").value(1_000).range(10, 50_000)
            .about("Mexico's own yearly spending on justice institutions and the reform; Merida's judicial aid adds to it in proportion to its size")
            .assumed("the reports give no justice budget; Mexico's counter-drug spending is $4.3B (001:653-654) and Merida about 10% of Mexican spending (004:115); tested 500-2,000");

    public static final List<Parameter> ALL = List.of(REPORTING_RATE, IDENTIFICATION_RATE, CONVICTION_RATE,
            PIPELINE_MONTHS, SENTENCE_MONTHS, OFFENCES_PER_MEMBER, PROACTIVE_ARREST_RATE, CORRUPTION_INITIAL, LEAK_GIVEN_CORRUPT,
            CORRUPTION_SPEED, TRUST_HOMICIDE_SENSITIVITY, REFORM_LAG, REFORM_GAIN, REFORM_HALF,
            REFORM_CORRUPTION_CUT, ARREST_CAPACITY, CAPACITY_SHAPE, PROSECUTION_CAPACITY, VERDICT_CAPACITY,
            COURT_CAPACITY, PRETRIAL_LIMIT, ESCAPE_RATE, RETURN_SHARE, COMPLAINT_TRUST, VETTING_TRUST, INFORMANT_ELASTICITY,
            MEXICAN_REFORM, REFORM_ADOPTED, REFORM_NATIONWIDE, REFORM_PACE, MEXICO_JUSTICE_BUDGET);
}
