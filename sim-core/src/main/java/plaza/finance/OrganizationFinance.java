package plaza.finance;

import java.util.List;

import plaza.agents.Plaza;
import plaza.agents.Presence;
import plaza.agents.TraffickingOrganization;
import plaza.core.MoneyLedger.Reason;
import plaza.core.MoneyLedger;
import plaza.core.MonthTally;
import plaza.core.Phase;
import plaza.core.Sim;
import plaza.core.Submodel;
import plaza.output.Metric;
import plaza.params.BorderParameters;
import plaza.params.FundingParameters;
import plaza.params.GunParameters;
import plaza.params.HistoryParameters;
import plaza.params.MarketParameters;
import plaza.params.MilitaryParameters;
import plaza.params.OrganizationParameters;
import plaza.params.ParameterValues;

/**
 * Submodel "money" (M7, M11, M12): each organization moves its U.S. drug revenue south as bulk cash
 * (part is seized), extorts the residents of the plazas it holds (more when its drug income has
 * fallen, limited by the local economy and enforcement: {@link Predation}), pays wages, bribes officials in its plazas, buys guns, loses forfeited cash, and
 * spends what it holds beyond six months of revenue. Every dollar in or out is recorded, so money in
 * = money out + change in cash holds exactly.
 *
 * <pre>
 * predation = share x max(0, reference - recent drug income) / held plazas' baseline extortion   (Predation)
 * extortion = sum over held plazas of min(ceiling, residents x per capita / 12 x (1 + predation) x (1 - deterrence x enforcement))
 * net    = drug revenue - cash seized southbound + extortion
 * bribes = bribe share x net revenue (spread over held plazas by corridor value)
 * arms   = arms share x (1 + fronts / plazas held) x net revenue       (war raises arms spending)
 *          or, with purchases by need (weight w = guns.purchase_by_need), (1 - w) x that + w x the cost of
 *          arming its enforcers to need (GunMarket.needBudget), within the cash it holds
 * </pre>
 * Sources: 004:63 (the lion's share corrupts officials), 004:165-167 (bulk cash; revenue buys arms
 * and personnel), 001:396-407 and 001:812-816 (diversification into extortion and kidnapping).
 */
public final class OrganizationFinance implements java.io.Serializable {

    private static final double RESERVE_MONTHS = 6;

    private final FinancialIntelligence financialIntelligence;
    private final GunMarket gunMarket;
    private final Recruitment recruitment;

    public OrganizationFinance(FinancialIntelligence financialIntelligence, GunMarket gunMarket, Recruitment recruitment) {
        this.financialIntelligence = financialIntelligence;
        this.gunMarket = gunMarket;
        this.recruitment = recruitment;
    }

    private final Predation predation = new Predation();

    public void initialize(Sim m, List<TraffickingOrganization> orgs) {
        ParameterValues p = m.params();
        double revenue = MarketParameters.monthlyRevenueUsd(p);
        double members = 0;
        for (TraffickingOrganization o : orgs) {
            members += o.members();
        }
        for (TraffickingOrganization o : orgs) {
            m.world().ledger().openingCash(o, 3 * revenue * o.members() / members);
        }
    }

    /** This month's rates, read once: shares of money seized, extorted and spent, the wage, cohesion recovery. */
    private record Rates(double cashSeizure, double forfeiture, double bribeShare, double armsShare, double byNeed, double wage, double initialCohesion, double recovery) implements java.io.Serializable {

        static Rates of(Sim m, FinancialIntelligence financialIntelligence, Recruitment recruitment) {
            ParameterValues p = m.params();
            return new Rates(financialIntelligence.cashSeizureShare(m),
                    financialIntelligence.forfeitureShare(m),
                    p.get(OrganizationParameters.BRIBE_SHARE),
                    p.get(OrganizationParameters.ARMS_SHARE),
                    p.get(GunParameters.PURCHASE_BY_NEED),
                    recruitment.wage(m),
                    p.get(OrganizationParameters.INITIAL_COHESION),
                    p.get(OrganizationParameters.COHESION_RECOVERY));
        }
    }

    public void month(Sim m) {
        Rates k = Rates.of(m, financialIntelligence, recruitment);
        for (TraffickingOrganization o : m.organizations()) {
            settle(o, k, m);
        }
    }

    /** One organization's books for the month, in the order money moves. */
    private void settle(TraffickingOrganization o, Rates k, Sim m) {
        MonthTally t = m.tally();
        MoneyLedger ledger = m.world().ledger();
        double drug = o.drugRevenue();
        t.add(Metric.CASH_SMUGGLED_USD, drug);
        double seized = ledger.pay(o, drug * k.cashSeizure(), Reason.CASH_SEIZED);
        t.add(Metric.CASH_SEIZED_USD, seized);
        Presence.Holdings h = Presence.holdings(o, m.plazas());
        double extortion = extortion(o, drug, m);
        ledger.extort(o, extortion);
        // budgets are shares of the money that actually reaches the organization: cash seized on
        // the way south is money it cannot spend on wages, bribes or guns (004:165, 002:104)
        double net = drug - seized + extortion;
        o.setNetRevenue(net);

        double due = o.members() * k.wage();
        double paid = ledger.pay(o, due, Reason.WAGES);
        o.recordPayroll(paid);
        o.setUnpaid(paid < due * 0.999);

        double bribes = ledger.pay(o, k.bribeShare() * net, Reason.BRIBES);
        o.recordBribes(bribes);
        t.add(Metric.BRIBES_USD, bribes);
        if (h.value() > 0) {
            for (Plaza z : m.plazas()) {
                if (z.controller() == o) {
                    z.addBribes(bribes * z.value() / h.value());
                }
            }
        }
        // an organization at war buys more guns: the arms share rises with its share of fronts
        double budget = k.armsShare() * (1 + (double) h.fronts() / Math.max(1, h.held())) * net;
        if (k.byNeed() > 0) { // arsenals by need: what arming its enforcers costs (GunMarket.needBudget)
            budget = (1 - k.byNeed()) * budget + k.byNeed() * gunMarket.needBudget(o, h.fronts(), h.held(), m);
        }
        double arms = ledger.pay(o, budget, Reason.ARMS);
        gunMarket.buy(o, arms, m);
        gunMarket.depreciate(o, m);

        double forfeited = ledger.pay(o, o.cash() * k.forfeiture(), Reason.FORFEITURE);
        t.add(Metric.CASH_SEIZED_USD, forfeited);
        t.add(Metric.ASSETS_SHARED_USD, forfeited * m.p(plaza.params.HistoryParameters.ASSET_SHARING)); // M20, 002:104-108
        double reserve = RESERVE_MONTHS * net;
        if (o.cash() > reserve) {
            ledger.pay(o, o.cash() - reserve, Reason.CONSUMPTION);
        }
        o.setCohesion(o.cohesion() + k.recovery() * (k.initialCohesion() - o.cohesion()));
    }

    /**
     * What the organization extorts this month: predation responds to drug income lost against its
     * recent level, limited in each plaza by the local economy and by enforcement there.
     */
    private double extortion(TraffickingOrganization o, double drug, Sim m) {
        double residents = 0;
        for (Plaza z : m.plazas()) {
            if (z.controller() == o) {
                residents += z.population();
            }
        }
        double p = predation.predation(o, drug, residents, m);
        double extortion = 0;
        for (Plaza z : m.plazas()) {
            if (z.controller() == o) {
                double here = Predation.extortion(z, p, m);
                extortion += here;
                z.addPredatoryExtortion(Predation.predatoryPart(z, here, m)); // read by violence (PredationKillings)
            }
        }
        return extortion;
    }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("finance", Phase.FINANCE,
                "Organizations move cash south, extort their plazas (more as drug income falls, limited by the local economy and enforcement: M11, M12), pay wages, bribes and guns, lose forfeited cash and spend beyond their reserve.",
                List.of("organization.drugRevenue", "plaza.controller", "plaza.attackers", "plaza.troops", "plaza.police", "financialIntelligence.shares", "recruitment.wage",
                        BorderParameters.AML_INTENSITY, BorderParameters.BUILDUP, BorderParameters.CASH_SEIZURE_2007, BorderParameters.FORFEITURE_RATE, BorderParameters.INSPECTOR_EFFECT,
                        BorderParameters.SOUTHBOUND_INSPECTORS, FundingParameters.ECONOMIC_HALF, GunParameters.CONTROL, GunParameters.CONTROL_MAX, GunParameters.DEPRECIATION,
                        GunParameters.NEED_MONTHS, GunParameters.NEED_PRICE_ELASTICITY, GunParameters.PURCHASE_BY_NEED, GunParameters.OTHER_SOURCE_PRICE, GunParameters.PRICE, GunParameters.SOUTHBOUND_INTERDICTION, GunParameters.US_SOURCE_SHARE, HistoryParameters.ASSET_SHARING,
                        MilitaryParameters.TROOPS_PER_FULL_STRENGTH, OrganizationParameters.ARMS_SHARE, OrganizationParameters.BRIBE_SHARE, OrganizationParameters.COHESION_RECOVERY,
                        OrganizationParameters.EXTORTION_CEILING, OrganizationParameters.EXTORTION_PER_CAPITA, OrganizationParameters.INITIAL_COHESION,
                        OrganizationParameters.PREDATION_DETERRENCE, OrganizationParameters.PREDATION_MEMORY, OrganizationParameters.PREDATION_RECENT,
                        OrganizationParameters.PREDATION_RESPONSE),
                List.of("organization.cash", "organization.netRevenue", "organization.unpaid", "organization.arsenal", "organization.predation", "plaza.bribes", "plaza.predatoryExtortion", Metric.BRIBES_USD,
                        Metric.ASSETS_SHARED_USD, Metric.CASH_SEIZED_USD, Metric.CASH_SMUGGLED_USD, Metric.GUNS_SEIZED, Metric.GUNS_TRAFFICKED),
                this::month);
    }
}
