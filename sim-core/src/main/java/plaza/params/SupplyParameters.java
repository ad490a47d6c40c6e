package plaza.params;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import plaza.world.Drug;
import plaza.world.Geography;
import plaza.world.MexicanState;

/**
 * Supply (M21, M22): marijuana and opium-poppy cultivation, eradication, replanting and yields;
 * methamphetamine and fentanyl labs and precursor controls; fentanyl demand; interdiction in Mexico.
 */
public final class SupplyParameters implements java.io.Serializable {
    private SupplyParameters() {}

    public static final Parameter ERADICATION_PERSONNEL = Parameter.named("supply.eradication_personnel")
            .unit("soldiers and sailors a day").value(27_625).range(0, 200_000).lever()
            .about("Mexican soldiers and sailors on crop eradication on an average day (held after 2000 unless a path says otherwise)")
            .cited("002:44 (a daily average of 25,000 SEDENA soldiers and 2,625 SEMAR sailors, 1995-2000)");
    public static final Parameter ERADICATION_RATE_MARIJUANA = Parameter.named("supply.eradication_ha_per_person_month_marijuana")
            .unit("hectares per person-month").value(0.07542).range(0, 1)
            .about("Marijuana hectares one person on eradication destroys in a month while fields are plentiful")
            .derived("002:44: over 125,000 ha of marijuana eradicated 1995-1999 by 27,625 personnel a day: 125,000 / 60 months / 27,625");
    public static final Parameter ERADICATION_RATE_POPPY = Parameter.named("supply.eradication_ha_per_person_month_poppy")
            .unit("hectares per person-month").value(0.0486).range(0, 1)
            .about("Opium-poppy hectares one person on eradication destroys in a month while fields are plentiful")
            .derived("002:44: over 80,500 ha of poppy eradicated 1995-1999 by 27,625 personnel a day: 80,500 / 60 months / 27,625");
    public static final Parameter YIELD_MARIJUANA = Parameter.named("supply.yield_marijuana_tons_per_ha")
            .unit("tons per hectare harvested").value(1).range(0.05, 10)
            .about("Marijuana from one harvested hectare; with the fitted tons it sets the hectares under cultivation")
            .assumed("the reports give hectares eradicated, not yields; only hectares (not tons) scale with it; tested 0.5-2");
    public static final Parameter YIELD_HEROIN = Parameter.named("supply.yield_heroin_kg_per_ha")
            .unit("kg of heroin per hectare of poppy harvested").value(0.4).range(0.05, 100)
            .about("Heroin from one harvested hectare of opium poppy; with the fitted tons it sets the poppy hectares")
            .fitted("a round value below the largest yield (0.53 kg/ha) at which 002:44's poppy eradication (80,500 ha in 1995-1999) fits the heroin tons fitted to 002:124 with at most half a crop eradicated a month; tested 0.2-0.5");
    public static final Parameter CROP_CYCLE = Parameter.named("supply.crop_cycle_months")
            .unit("months from planting to harvest").value(4).range(1, 12)
            .about("Months a field stands before its harvest, so exposed to eradication")
            .assumed("not in the reports; tested 3-6");
    public static final Parameter REPLANTING = Parameter.named("supply.replanting_share")
            .unit("share of eradicated hectares").value(0.6).range(0, 1)
            .about("Share of eradicated hectares that growers replant in the following month")
            .assumed("002:44 describes sustained eradication, not replanting; tested 0.3-0.9");
    public static final Parameter NEW_PLANTING = Parameter.named("supply.new_planting_share_per_month")
            .unit("share of the target area per month").value(0.25).range(0, 1)
            .about("New land growers can bring into cultivation in a month, as a share of the area they aim for")
            .assumed("not in the reports; tested 0.1-0.5");
    public static final Parameter ADAPTATION = Parameter.named("supply.grower_adaptation_months")
            .unit("months").value(6).range(1, 60)
            .about("Months over which growers learn the share of their fields eradication takes, and plant that much more")
            .assumed("not in the reports; tested 3-12");
    public static final Parameter STOCK_MONTHS = Parameter.named("supply.stock_months")
            .unit("months of shipments").value(2).range(0, 12)
            .about("Harvested drugs organizations can hold in stock; a surplus above it is lost")
            .assumed("not in the reports; tested 1-4");

    public static final Parameter PRECURSOR_CONTROL = Parameter.named("supply.precursor_control")
            .unit("share of precursor supply cut when the control takes effect").value(0).range(0, 0.95).lever()
            .about("A new precursor-chemical control in Mexico: the share of the chemicals Mexican methamphetamine and fentanyl labs use that it cuts off (give it a path, e.g. 2008: 0.5)")
            .assumed("policy lever; 002:88-94 describes the 1988 U.S. and 1997 Mexican chemical laws without their effect on supply; 0 = no new control (baseline)");
    public static final Parameter PRECURSOR_CONTROL_US = Parameter.named("supply.precursor_control_us")
            .unit("share of U.S. labs' precursor supply cut when the control takes effect").value(0).range(0, 0.95).lever()
            .about("A new precursor-chemical control in the U.S.: the share of the chemicals U.S. methamphetamine labs use that it cuts off (give it a path, e.g. 2005: 0.5)")
            .assumed("policy lever; 002:92 (the 1988 U.S. act, amended frequently against traffickers' countermeasures) gives no effect size; 0 = no new control (baseline)");
    public static final Parameter PRECURSOR_ADAPTATION = Parameter.named("supply.precursor_adaptation_months")
            .unit("months").value(12).range(1, 120)
            .about("Mean months until traffickers route around a new control (new precursors, new sources, labs moving); the cut decays at this time constant")
            .assumed("002:92 (the U.S. law amended frequently in response to traffickers' countermeasures) and 002:126 (DEA lab seizures 263 in 1994 to over 2,000 in 1999, spreading east) give adaptation, not its speed; tested 6-24");
    public static final Parameter LAB_RELOCATION = Parameter.named("supply.lab_relocation_share")
            .unit("share of the adaptation to a U.S. control").value(0.5).range(0, 1)
            .about("Share of U.S. labs' adaptation to a U.S. precursor control that is production moving to Mexican labs (for good); the rest is new precursors and sources in the U.S.")
            .assumed("002:92 names countermeasures, not their mix; 004:59 (Mexico the major methamphetamine supplier to the U.S. by 2009, after 002:126's U.S. labs of 1999) is consistent with moving; tested 0-1");
    public static final Parameter US_LAB_SHARE = Parameter.named("supply.us_lab_meth_share")
            .unit("U.S. lab output per ton Mexican suppliers ship").value(0.5).range(0, 5)
            .about("Methamphetamine U.S. labs make in December 1999, per ton of Mexican suppliers' methamphetamine at start prices")
            .assumed("002:126 counts U.S. labs seized, not their output; the lab count is fitted through the output per lab, so only the tons that move to Mexico after a U.S. control scale with it; tested 0.25-1");
    public static final Parameter US_METH_GROWTH = Parameter.named("supply.us_meth_growth_per_year")
            .unit("multiple per year").value(1.504).range(1, 5)
            .about("Yearly growth of U.S. lab methamphetamine while it spreads from the West to the Midwest and Southeast, up to the growth's end year")
            .derived("002:126: DEA lab seizures rose constantly from 263 in 1994 to 2,025 in 1999 as trafficking spread east: (2,025 / 263)^(1/5) = 1.504");
    public static final Parameter US_METH_GROWTH_END = Parameter.named("supply.us_meth_growth_end_year")
            .unit("year").value(1999).range(1995, 2030)
            .about("Last year of the spread: U.S. lab methamphetamine grows to December of this year, then holds")
            .assumed("002:126's record ends in 1999 and no report gives U.S. lab figures after it; tested 1999-2001 (changes only U.S. lab counts after 1999)");
    public static final Parameter LAB_OUTPUT = Parameter.named("supply.meth_tons_per_lab_month")
            .unit("tons per lab-month").value(0.001307).range(0.0005, 10)
            .about("Methamphetamine one U.S. lab makes in a month; converts U.S. lab tons into U.S. labs operating")
            .fitted("2,025 DEA methamphetamine-lab seizures in 1999 (002:126) at the assumed supply.lab_seizure_share_per_month and supply.us_lab_meth_share; only the U.S. lab count (not tons) scales with it");
    public static final Parameter LAB_SEIZURE = Parameter.named("supply.lab_seizure_share_per_month")
            .unit("share of operating labs seized a month").value(0.05).range(0, 1)
            .about("Share of U.S. methamphetamine labs the DEA finds and seizes each month (state and local seizures not counted)")
            .assumed("002:126 gives 2,025 DEA lab seizures in the U.S. in 1999 but not the labs operating; tested 0.02-0.1");
    public static final Parameter LAB_OUTPUT_MEXICO = Parameter.named("supply.meth_tons_per_lab_month_mexico")
            .unit("tons per lab-month").value(0.05).range(0.0005, 10)
            .about("Methamphetamine one Mexican lab makes in a month; converts Mexican lab tons into Mexican labs operating")
            .assumed("the reports count no Mexican labs (002:58 names the Amezcua brothers as methamphetamine producers arrested in Mexico); only meth_labs_mexico and its seizures scale with it; tested 0.01-0.2");
    public static final Parameter LAB_SEIZURE_MEXICO = Parameter.named("supply.lab_seizure_share_per_month_mexico")
            .unit("share of operating labs seized a month").value(0.02).range(0, 1)
            .about("Share of Mexican methamphetamine labs found and seized each month")
            .assumed("no report gives lab seizures in Mexico; an output only (seized labs are replaced); tested 0.01-0.05");

    public static final Parameter FENTANYL_REVENUE = Parameter.named("market.fentanyl_revenue_usd_billions_2025")
            .unit("USD billions per year").value(2).range(0, 30).lever()
            .path(v -> Schedule.linear(0, List.of(
                    new Schedule.Point(java.time.YearMonth.of(2013, 12), 0, "no fentanyl demand in the 1995-2012 reports: "),
                    new Schedule.Point(java.time.YearMonth.of(2024, 12), v.plain(SupplyParameters.FENTANYL_REVENUE),
                            "fentanyl flows the 2025 concern (003:6): "))))
            .about("Mexican suppliers' gross fentanyl revenue from the U.S. at its start price; by default 0 to 2013, rising linearly to this level at the end of 2024, held after")
            .assumed("003:6 names fentanyl flows the 2025 concern without a volume or value; tested 0.5-5 (README: how answers move)");
    public static final Parameter PRICE_FENTANYL = Parameter.named("market.wholesale_price_fentanyl_usd_per_kg")
            .unit("USD per kg").value(30_000).range(100, 1_000_000)
            .about("Price a Mexican supplier receives for fentanyl; converts its revenue to tons")
            .assumed("not in the reports; only fentanyl tons (not USD outputs) scale with it; tested x0.5-x2");

    public static final Parameter INTERDICTION_PUSH = Parameter.named("supply.mexico_interdiction")
            .unit("multiple of the baseline en-route seizure share").value(1).range(0, 5).lever()
            .about("Air, land and maritime interdiction in Mexico relative to the baseline: multiplies the share of tons seized per plaza crossed")
            .assumed("policy lever; 1 = baseline (the share behind 002:124's 1999 seizures)");

    public static final Parameter GUM_PER_HEROIN = Parameter.named("supply.opium_gum_kg_per_kg_heroin")
            .unit("kg of opium gum per kg of heroin").value(10).range(1, 50)
            .about("Opium gum the poppy harvest yields per kg of heroin processed from it; converts the harvest to gum")
            .assumed("002:124 gives gum and heroin seized, not the conversion; only the product with the fitted seizure share matters: tested 5-20, with the share refit (0.0693, 0.0183) every target reads the same (gum 801 kg 1999, 401 kg 2000h1), without it gum seized scales with it (401, 1,603 kg in 1999)");
    public static final Parameter GUM_SEIZURE = Parameter.named("supply.opium_gum_seizure_share")
            .unit("share of the opium gum harvested").value(0.0359).range(0, 0.95)
            .about("Share of the poppy harvest's opium gum seized in Mexico before it is processed to heroin (times supply.mexico_interdiction); growers plant to cover it")
            .fitted("801.2 kg of opium gum seized in Mexico in 1999 (002:124): 801.2 kg / the gum the model harvests in 1999 (mean of 10 seeds); the first half of 2000 (149.8 kg) is checked out of fit");

    /** Relative weight of each producing state in the national marijuana area: supply.cultivation_weight_marijuana.&lt;state&gt;. */
    public static final List<Parameter> CULTIVATION_MARIJUANA = cultivationWeights(Drug.MARIJUANA, "marijuana");
    /** Relative weight of each producing state in the national poppy area: supply.cultivation_weight_poppy.&lt;state&gt;. */
    public static final List<Parameter> CULTIVATION_POPPY = cultivationWeights(Drug.HEROIN, "poppy");
    /** Eradication effort in one growing state relative to its share of the national effort: eradication.&lt;state&gt;. */
    public static final List<Parameter> ERADICATION_STATE = eradicationLevers();

    /** The states where a crop grows: the production zones of its drug (world/Geography.ORIGINS). */
    public static List<String> growingStates(Drug d) {
        return List.of(Geography.ORIGINS[d.ordinal()]);
    }

    private static List<Parameter> cultivationWeights(Drug d, String crop) {
        List<Parameter> out = new ArrayList<>();
        for (String code : growingStates(d)) {
            MexicanState st = Geography.STATES.get(Geography.stateIndex(code));
            out.add(Parameter.named("supply.cultivation_weight_" + crop + "." + code.toLowerCase(Locale.ROOT))
                    .unit("relative weight").value(1).range(0.01, 100)
                    .about("Weight of " + st.name() + " in Mexico's " + crop + " area: its share is the weight over the sum of the growing states' weights")
                    .assumed("the reports give national hectares only (002:44) and name no growing state (001:455: traffickers' roots in Sinaloa); the growing states are the model's production zones, equal by default; tested 0.25-4 (README: how by-state shares move the answers)"));
        }
        return List.copyOf(out);
    }

    private static List<Parameter> eradicationLevers() {
        Set<String> codes = new LinkedHashSet<>(growingStates(Drug.MARIJUANA));
        codes.addAll(growingStates(Drug.HEROIN));
        List<Parameter> out = new ArrayList<>();
        for (String code : codes) {
            MexicanState st = Geography.STATES.get(Geography.stateIndex(code));
            out.add(Parameter.named("eradication." + code.toLowerCase(Locale.ROOT))
                    .unit("multiple of the state's share of the national effort").value(1).range(0, 10).lever()
                    .about("Eradication personnel in " + st.name() + " relative to its share of supply.eradication_personnel (its share of the growing area); the other states keep theirs")
                    .assumed("policy lever; 002:44 gives the national personnel only; 1 = effort in proportion to the crop (baseline)"));
        }
        return List.copyOf(out);
    }

    /** The eradication lever of a state, or null where no crop grows. */
    public static Parameter eradication(String stateCode) {
        return FlowParameters.find(ERADICATION_STATE, "eradication.", stateCode);
    }

    /** A growing state's cultivation weight for a crop's drug (marijuana or heroin), or null. */
    public static Parameter cultivationWeight(Drug d, String stateCode) {
        return d == Drug.MARIJUANA ? FlowParameters.find(CULTIVATION_MARIJUANA, "supply.cultivation_weight_marijuana.", stateCode)
                : FlowParameters.find(CULTIVATION_POPPY, "supply.cultivation_weight_poppy.", stateCode);
    }

    public static final List<Parameter> ALL = all();

    private static List<Parameter> all() {
        List<Parameter> out = new ArrayList<>(List.of(FENTANYL_REVENUE, PRICE_FENTANYL, INTERDICTION_PUSH, ERADICATION_PERSONNEL, ERADICATION_RATE_MARIJUANA, ERADICATION_RATE_POPPY,
                YIELD_MARIJUANA, YIELD_HEROIN, CROP_CYCLE, REPLANTING, NEW_PLANTING, ADAPTATION, STOCK_MONTHS,
                PRECURSOR_CONTROL, PRECURSOR_CONTROL_US, PRECURSOR_ADAPTATION, LAB_RELOCATION, US_LAB_SHARE, US_METH_GROWTH,
                US_METH_GROWTH_END, LAB_OUTPUT, LAB_SEIZURE, LAB_OUTPUT_MEXICO, LAB_SEIZURE_MEXICO, GUM_PER_HEROIN, GUM_SEIZURE));
        out.addAll(CULTIVATION_MARIJUANA);
        out.addAll(CULTIVATION_POPPY);
        out.addAll(ERADICATION_STATE);
        return List.copyOf(out);
    }
}
