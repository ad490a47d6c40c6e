package plaza.finance;

import plaza.core.Sim;
import plaza.funding.MeridaInitiative;
import plaza.trafficking.BorderAgency;

/** The finance-phase mechanisms wired as the registry wires them, for small-world tests. */
final class FinanceFixture {

    final BorderAgency border = new BorderAgency();
    final FinancialIntelligence financialIntelligence = new FinancialIntelligence(border);
    final GunMarket guns = new GunMarket(new FirearmsAgency(border));
    final Recruitment recruitment = new Recruitment(new MeridaInitiative());
    final OrganizationFinance finance = new OrganizationFinance(financialIntelligence, guns, recruitment);

    FinanceFixture(Sim m) {
        guns.initialize(m);
        recruitment.initialize(m);
        finance.initialize(m, m.organizations());
    }
}
