package plaza.model;

import java.util.ArrayList;
import java.util.List;

import plaza.agencies.BorderAgency;
import plaza.agencies.Courts;
import plaza.agencies.DrugIntelligence;
import plaza.agencies.FederalPolice;
import plaza.agencies.FinancialIntelligence;
import plaza.agencies.FirearmsAgency;
import plaza.agencies.MexicanMilitary;
import plaza.funding.MeridaInitiative;
import plaza.funding.SecurityBudgets;
import plaza.market.DrugMarket;
import plaza.market.GunMarket;
import plaza.mechanisms.Institutions;
import plaza.mechanisms.OrganizationFinance;
import plaza.mechanisms.Recruitment;
import plaza.mechanisms.Succession;
import plaza.mechanisms.TerritorialContest;
import plaza.mechanisms.Trafficking;
import plaza.mechanisms.Violence;

/**
 * The submodels of the month in the order they run, and the mechanism objects that own their
 * state. The order within a phase matters (police arrest before drug intelligence reads the month's
 * arrests, for instance) and is this list's order; {@link #ordered()} is the single place that says it.
 * Agencies without a monthly step of their own (border, firearms, financial intelligence, the gun
 * market, succession) are services that the listed submodels call.
 */
public final class SubmodelRegistry {

    final MeridaInitiative merida = new MeridaInitiative();
    final SecurityBudgets budgets = new SecurityBudgets();
    final DrugMarket drugMarket = new DrugMarket();
    final GunMarket gunMarket = new GunMarket();
    final MexicanMilitary military = new MexicanMilitary();
    final FederalPolice police = new FederalPolice();
    final Courts courts = new Courts();
    final BorderAgency border = new BorderAgency();
    final DrugIntelligence intelligence = new DrugIntelligence();
    final FirearmsAgency firearms = new FirearmsAgency();
    final FinancialIntelligence financialIntelligence = new FinancialIntelligence();
    final Institutions institutions = new Institutions();
    final Trafficking trafficking = new Trafficking();
    final OrganizationFinance finance = new OrganizationFinance();
    final Recruitment recruitment = new Recruitment();
    final TerritorialContest territory = new TerritorialContest();
    final Violence violence = new Violence();
    final Succession succession = new Succession();
    private final List<Submodel> ordered;

    SubmodelRegistry(Recorder recorder) {
        List<Submodel> all = new ArrayList<>();
        all.add(new Submodel("month-start", Phase.FUNDING, "Every flow and per-month counter starts the month at zero.",
                List.of(), List.of("tally", "plaza.monthCounters", "organization.monthCounters", "crossing.monthCounters"),
                m -> m.world().beginMonth()));
        all.add(merida.submodel());
        all.add(budgets.submodel());
        all.add(institutions.submodel());
        all.add(military.deployment());
        all.add(police.deployment());
        all.add(drugMarket.submodel());
        all.add(trafficking.planning());
        all.add(trafficking.movement());
        all.add(finance.submodel());
        all.add(recruitment.submodel());
        all.add(military.desertions());
        all.add(police.arrestsSubmodel());
        all.add(intelligence.submodel());
        all.add(courts.verdictsSubmodel());
        all.add(territory.submodel());
        all.add(violence.submodel());
        all.add(new Submodel("homicide-window", Phase.VIOLENCE,
                "Each plaza rolls its 12-month homicide window and counts months contested.",
                List.of("plaza.homicides", "plaza.attackers"), List.of("plaza.homicidesTrailing12", "plaza.monthsContested"),
                m -> m.plazas().forEach(z -> z.closeMonth(m.monthIndex()))));
        all.add(courts.impunitySubmodel());
        all.add(new Submodel("recording", Phase.RECORDING,
                "The month's outputs are computed from the tally and end-of-month state and passed to the listener.",
                List.of("tally", "all state"), List.of("outputs"), m -> recorder.record()));
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
    public GunMarket gunMarket() { return gunMarket; }
    public MexicanMilitary military() { return military; }
    public FederalPolice police() { return police; }
    public Courts courts() { return courts; }
    public BorderAgency border() { return border; }
    public DrugIntelligence intelligence() { return intelligence; }
    public FirearmsAgency firearms() { return firearms; }
    public FinancialIntelligence financialIntelligence() { return financialIntelligence; }
    public Institutions institutions() { return institutions; }
    public Trafficking trafficking() { return trafficking; }
    public Succession succession() { return succession; }
    public Recruitment recruitment() { return recruitment; }
    public OrganizationFinance finance() { return finance; }


    /** Every submodel in the order it runs within a month. */
    public List<Submodel> ordered() {
        return ordered;
    }

    /** The submodels of one phase, in order. */
    public List<Submodel> of(Phase phase) {
        return ordered.stream().filter(s -> s.phase() == phase).toList();
    }

    /** The registered submodels of a fresh model, in order (for documentation and tests). */
    public static List<Submodel> declared() {
        return new SubmodelRegistry(null).ordered();
    }
}
