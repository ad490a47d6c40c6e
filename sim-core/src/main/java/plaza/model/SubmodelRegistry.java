package plaza.model;

import java.util.ArrayList;
import java.util.List;

import plaza.core.AccessLog;
import plaza.core.Channel;
import plaza.core.Phase;
import plaza.core.Submodel;
import plaza.enforcement.Arrests;
import plaza.enforcement.Cooperation;
import plaza.enforcement.Courts;
import plaza.enforcement.Desertions;
import plaza.enforcement.DrugIntelligence;
import plaza.enforcement.Extraditions;
import plaza.enforcement.ExtraditionsToMexico;
import plaza.enforcement.Succession;
import plaza.finance.FinancialIntelligence;
import plaza.finance.FirearmsAgency;
import plaza.finance.GunMarket;
import plaza.finance.OrganizationFinance;
import plaza.finance.Recruitment;
import plaza.funding.MeridaInitiative;
import plaza.funding.SecurityBudgets;
import plaza.institutions.Institutions;
import plaza.institutions.JusticeCapacity;
import plaza.institutions.JusticeReform;
import plaza.institutions.MilitaryDeployment;
import plaza.institutions.PoliceDeployment;
import plaza.institutions.ProtectionRegime;
import plaza.markets.Crops;
import plaza.markets.DrugMarket;
import plaza.territory.Alliances;
import plaza.territory.Fragmentation;
import plaza.markets.Labs;
import plaza.markets.UsLabs;
import plaza.output.Metric;
import plaza.params.JusticeParameters;
import plaza.params.OrganizationParameters;
import plaza.params.ViolenceParameters;
import plaza.territory.TerritorialContest;
import plaza.trafficking.BorderAgency;
import plaza.trafficking.Stakes;
import plaza.trafficking.Trafficking;
import plaza.trafficking.TransitZone;
import plaza.violence.MemberRisk;
import plaza.violence.Provocation;
import plaza.violence.Violence;

/**
 * The submodels of the month in the order they run, and the mechanism objects that own their
 * state. The order within a phase matters (police arrest before drug intelligence reads the month's
 * arrests, for instance) and is this list's order; {@link #ordered()} is the single place that says it.
 * Mechanisms without a monthly step of their own (border, firearms, financial intelligence, the gun
 * market, succession) are services that the listed submodels call; each mechanism receives the ones
 * it calls in its constructor, so the phase packages depend only on earlier phases and the kernel.
 */
public final class SubmodelRegistry implements java.io.Serializable {

    // constructed in dependency order: each mechanism receives the ones it calls
    final MeridaInitiative merida = new MeridaInitiative();
    final SecurityBudgets budgets = new SecurityBudgets();
    final JusticeReform justiceReform = new JusticeReform(merida);
    final Institutions institutions = new Institutions(merida, justiceReform);
    final ProtectionRegime protection = new ProtectionRegime();
    final MilitaryDeployment militaryDeployment = new MilitaryDeployment();
    final PoliceDeployment policeDeployment = new PoliceDeployment(budgets);
    final DrugMarket drugMarket = new DrugMarket();
    final Crops crops = new Crops(drugMarket);
    final UsLabs usLabs = new UsLabs(drugMarket);
    final Labs labs = new Labs(drugMarket);
    final BorderAgency border = new BorderAgency();
    final TransitZone transitZone = new TransitZone();
    final Trafficking trafficking = new Trafficking(institutions, border, drugMarket, transitZone, crops);
    final Stakes stakes = new Stakes();
    final FinancialIntelligence financialIntelligence = new FinancialIntelligence(border);
    final FirearmsAgency firearms = new FirearmsAgency(border);
    final GunMarket gunMarket = new GunMarket(firearms);
    final Recruitment recruitment = new Recruitment(merida);
    final OrganizationFinance finance = new OrganizationFinance(financialIntelligence, gunMarket, recruitment);
    final Desertions desertions = new Desertions();
    final JusticeCapacity justiceCapacity = new JusticeCapacity(budgets, institutions);
    final Courts courts = new Courts(institutions, justiceCapacity);
    final Arrests arrests = new Arrests(institutions, courts, justiceCapacity);
    final Succession succession = new Succession(trafficking);
    final Cooperation cooperation = new Cooperation(firearms, financialIntelligence);
    final Extraditions extraditions = new Extraditions(cooperation, courts);
    final ExtraditionsToMexico extraditionsToMexico = new ExtraditionsToMexico(cooperation);
    final DrugIntelligence intelligence = new DrugIntelligence(cooperation, succession, extraditions, institutions);
    final Alliances alliances = new Alliances();
    final TerritorialContest territory = new TerritorialContest(gunMarket, alliances);
    final Fragmentation fragmentation = new Fragmentation(succession);
    final Violence violence = new Violence(gunMarket, alliances);
    final Provocation provocation = new Provocation();
    final MemberRisk memberRisk = new MemberRisk();
    private List<Submodel> ordered;

    SubmodelRegistry(Recorder recorder) {
        List<Submodel> all = new ArrayList<>();
        all.add(new Submodel("month-start", Phase.FUNDING, "Every flow and per-month counter starts the month at zero.",
                List.of(), List.of("tally", "plaza.monthCounters", "organization.monthCounters", "crossing.monthCounters"),
                m -> m.world().beginMonth()));
        all.add(merida.submodel());
        all.add(budgets.submodel());
        all.add(justiceReform.submodel());
        all.add(institutions.submodel());
        all.add(justiceCapacity.submodel());
        all.add(protection.submodel());
        all.add(militaryDeployment.submodel());
        all.add(policeDeployment.submodel());
        all.add(drugMarket.submodel());
        all.add(usLabs.submodel());
        all.add(crops.submodel());
        all.add(labs.submodel());
        all.add(trafficking.planning());
        all.add(trafficking.movement());
        all.add(transitZone.submodel());
        all.add(stakes.submodel());
        all.add(finance.submodel());
        all.add(recruitment.submodel());
        all.add(desertions.submodel());
        all.add(cooperation.submodel());
        all.add(arrests.submodel());
        all.add(intelligence.submodel());
        all.add(extraditions.submodel());
        all.add(extraditionsToMexico.submodel());
        all.add(courts.verdictsSubmodel());
        all.add(fragmentation.submodel());
        all.add(alliances.submodel());
        all.add(territory.submodel());
        all.add(violence.submodel());
        all.add(provocation.submodel());
        all.add(new Submodel("homicide-window", Phase.VIOLENCE,
                "Each plaza rolls its 12-month homicide window and counts months contested.",
                List.of("plaza.homicides", "plaza.attackers"), List.of("plaza.homicidesTrailing12", "plaza.monthsContested"),
                m -> m.plazas().forEach(z -> z.closeMonth(m.monthIndex()))));
        all.add(courts.impunitySubmodel());
        all.add(memberRisk.submodel());
        all.add(new Submodel("recording", Phase.RECORDING,
                "The month's outputs are computed from the tally and end-of-month state and passed to the listener.",
                List.of("tally", "all state", Channel.EXPECTED_LOSS, JusticeParameters.REPORTING_RATE, OrganizationParameters.MAJOR_THRESHOLD, ViolenceParameters.GUNS_HALF_SATURATION,
                        ViolenceParameters.TRAINED_LETHALITY), List.of("outputs"), m -> recorder.record()));
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i).phase().compareTo(all.get(i - 1).phase()) < 0) {
                throw new IllegalStateException(all.get(i).name() + " is listed after a later phase");
            }
        }
        this.ordered = List.copyOf(all);
    }

    // the mechanisms, as services other submodels call (each owns its state)
    public MeridaInitiative merida() { return merida; }
    public SecurityBudgets budgets() { return budgets; }
    public DrugMarket drugMarket() { return drugMarket; }
    public Crops crops() { return crops; }
    public Labs labs() { return labs; }
    public UsLabs usLabs() { return usLabs; }
    public GunMarket gunMarket() { return gunMarket; }
    public Courts courts() { return courts; }
    public BorderAgency border() { return border; }
    public DrugIntelligence intelligence() { return intelligence; }
    public FirearmsAgency firearms() { return firearms; }
    public FinancialIntelligence financialIntelligence() { return financialIntelligence; }
    public Institutions institutions() { return institutions; }

    public JusticeReform justiceReform() { return justiceReform; }
    public Trafficking trafficking() { return trafficking; }
    public TransitZone transitZone() { return transitZone; }
    public Succession succession() { return succession; }
    public Recruitment recruitment() { return recruitment; }
    public OrganizationFinance finance() { return finance; }
    public JusticeCapacity justiceCapacity() { return justiceCapacity; }
    public Cooperation cooperation() { return cooperation; }
    public Extraditions extraditions() { return extraditions; }


    /** From now on each submodel's step tells {@code log} that it runs (see {@link AccessRecording}). */
    void observe(AccessLog log) {
        ordered = ordered.stream().map(s -> new Submodel(s.name(), s.phase(), s.rule(), s.reads(), s.writes(), m -> {
            log.enter(s);
            s.step().step(m);
            log.exit();
        })).toList();
    }

    /** Every submodel in the order it runs within a month. */
    public List<Submodel> ordered() {
        return ordered;
    }

    /** The submodels of one phase, in order. */
    public List<Submodel> of(Phase phase) {
        return ordered.stream().filter(s -> s.phase() == phase).toList();
    }

    /**
     * The README's process overview: one row per registered submodel, in the order it runs, with
     * its phase, rule, and what it reads and writes. Generated here so that the documentation is
     * the registry (a test keeps the README in step).
     */
    public static String processOverview() {
        StringBuilder b = new StringBuilder("| # | phase | submodel | rule | reads | writes |\n| --- | --- | --- | --- | --- | --- |\n");
        int n = 1;
        for (Submodel s : declared()) {
            b.append("| ").append(n++).append(" | ").append(s.phase().name().toLowerCase(java.util.Locale.ROOT))
                    .append(" | `").append(s.name()).append("` | ").append(s.rule()).append(" | ")
                    .append(codes(s.reads().overviewNames())).append(" | ").append(codes(s.writes().overviewNames())).append(" |\n");
        }
        return b.toString();
    }

    private static String codes(List<String> names) {
        return names.isEmpty() ? "-" : "`" + String.join("`, `", names) + "`";
    }

    /**
     * How an output's value is computed: by the reporter from end-of-month state, or as the month's
     * total of what the submodels that declare it in their {@code writes} add to the tally.
     */
    public static String computedBy(Metric metric) {
        if (Recorder.REPORTED.contains(metric)) {
            return "reported from end-of-month state (`Recorder`)";
        }
        List<String> writers = declared().stream().filter(s -> s.writes().outputs().contains(metric)).map(Submodel::name).toList();
        return writers.isEmpty() ? "nothing (no reporter, no writer)" : "added by " + codes(writers);
    }

    /** The output table of {@code output/README.md}: every metric with its kind, unit and how it is computed. */
    public static String outputTable() {
        StringBuilder b = new StringBuilder("| column | kind | unit | computed by |\n| --- | --- | --- | --- |\n");
        for (Metric metric : Metric.values()) {
            b.append("| `").append(metric.column()).append("` | ").append(metric.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .append(" | ").append(metric.unit()).append(" | ").append(computedBy(metric)).append(" |\n");
        }
        return b.toString();
    }

    /** The registered submodels of a fresh model, in order (for documentation and tests). */
    public static List<Submodel> declared() {
        return new SubmodelRegistry(null).ordered();
    }
}
