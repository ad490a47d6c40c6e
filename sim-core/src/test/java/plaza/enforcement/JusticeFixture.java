package plaza.enforcement;

import plaza.finance.FinancialIntelligence;
import plaza.finance.FirearmsAgency;
import plaza.funding.MeridaInitiative;
import plaza.funding.SecurityBudgets;
import plaza.institutions.Institutions;
import plaza.institutions.JusticeCapacity;
import plaza.testing.SmallWorld;
import plaza.trafficking.BorderAgency;

/** The justice mechanisms wired as the registry wires them, on a small world (no Merida aid delivered). */
final class JusticeFixture {

    final SmallWorld w;
    final SecurityBudgets budgets = new SecurityBudgets();
    final Institutions institutions = new Institutions(new MeridaInitiative());
    final JusticeCapacity capacity = new JusticeCapacity(budgets, institutions);
    final Courts courts = new Courts(institutions, capacity);
    final Arrests arrests = new Arrests(institutions, courts, capacity);
    final BorderAgency border = new BorderAgency();
    final Cooperation cooperation = new Cooperation(new FirearmsAgency(border), new FinancialIntelligence(border));
    final Extraditions extraditions = new Extraditions(cooperation, courts);

    JusticeFixture(SmallWorld w) {
        this.w = w;
        institutions.initialize(w);
        refresh();
    }

    /** This month's budget and justice capacity (institutions are updated only where a test asks). */
    void refresh() {
        budgets.month(w);
        capacity.update(w);
    }
}
