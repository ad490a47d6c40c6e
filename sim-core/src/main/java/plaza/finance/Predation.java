package plaza.finance;

import plaza.agents.IncomeMemory;
import plaza.agents.Plaza;
import plaza.agents.TraffickingOrganization;
import plaza.core.Sim;
import plaza.params.MilitaryParameters;
import plaza.params.OrganizationParameters;

/**
 * Rule "predation responds to lost drug income" (M11, M12): an organization compares its recent
 * drug income (a short moving average, which smooths out month-to-month swings of shipments) with
 * its own reference level (a long moving average); the dollars it has lost against that level
 * (legalization, a lost corridor, a split) it seeks, in a stated share, through extortion and
 * kidnapping in the plazas it holds. The loss is measured in dollars, so an organization that never
 * had drug income, or lost it long ago, has nothing left to recover and preys at the baseline rate;
 * a loss builds over the recent-averaging time and fades over the reference time as the reference
 * follows the income down. Both levels live in {@link IncomeMemory} and move with the members in
 * splits and mergers. What it can take is limited by the local economy (a ceiling per resident) and
 * by enforcement (troops and federal police in the plaza deter part). The comparison does not use
 * the plaza's stake, so a stake that follows the drugs passing through does not cancel the loss out.
 *
 * <pre>
 * recent_k    = recent_k + (drug revenue_k - recent_k) / recent months             (first month: its revenue)
 * reference_k = reference_k + (drug revenue_k - reference_k) / reference months    (first month: its revenue)
 * lost_k      = max(0, reference_k - recent_k)                                     USD per month
 * predation_k = min(ceiling / per capita - 1, share x lost_k / base_k)             base_k = held residents x per capita / 12
 * extortion_z = min(ceiling x residents_z / 12,
 *                   residents_z x per capita / 12 x (1 + predation_k) x (1 - deterrence x enforcement_z))
 * enforcement_z = min(1, (troops_z + police_z) / residents_z x 1e6 / full strength)
 * </pre>
 * Sources: 001:396-407 and 001:812-816 (diversification into extortion and kidnapping as drug
 * income is lost, to stay profitable), 001:803-806 (legalization would cost the organizations their
 * marijuana income).
 */
final class Predation implements java.io.Serializable {

    /** The most predation can add: beyond the local economy's ceiling nothing more can be taken. */
    static double maxPredation(Sim m) {
        return Math.max(0, m.p(OrganizationParameters.EXTORTION_CEILING) / m.p(OrganizationParameters.EXTORTION_PER_CAPITA) - 1);
    }

    /**
     * Sets this month's predation of the organization from the drug income it has lost against its
     * recent level, relative to what its plazas yield at the baseline rate; then moves the level.
     */
    double predation(TraffickingOrganization o, double income, double heldResidents, Sim m) {
        IncomeMemory memory = o.incomeMemory();
        memory.update(income, m.p(OrganizationParameters.PREDATION_RECENT), m.p(OrganizationParameters.PREDATION_MEMORY));
        double base = heldResidents * m.p(OrganizationParameters.EXTORTION_PER_CAPITA) / 12;
        double p = base <= 0 ? 0 : Math.min(maxPredation(m), m.p(OrganizationParameters.PREDATION_RESPONSE) * memory.lost() / base);
        o.setPredation(p);
        return p;
    }

    /** What the holder of a plaza extorts there this month, USD. */
    static double extortion(Plaza z, double predation, Sim m) {
        double residents = z.population();
        double enforcement = enforcement(z, m);
        double wanted = residents * m.p(OrganizationParameters.EXTORTION_PER_CAPITA) / 12 * (1 + predation)
                * (1 - m.p(OrganizationParameters.PREDATION_DETERRENCE) * enforcement);
        return Math.min(wanted, residents * m.p(OrganizationParameters.EXTORTION_CEILING) / 12);
    }

    /** What of a plaza's extortion is taken beyond the baseline rate (with the same deterrence), USD: the predatory part. */
    static double predatoryPart(Plaza z, double extortion, Sim m) {
        double baseline = z.population() * m.p(OrganizationParameters.EXTORTION_PER_CAPITA) / 12
                * (1 - m.p(OrganizationParameters.PREDATION_DETERRENCE) * enforcement(z, m));
        return Math.max(0, extortion - baseline);
    }

    /** Troops and federal police per resident against full strength, 0..1: what deters extortion in the plaza. */
    private static double enforcement(Plaza z, Sim m) {
        double full = m.p(MilitaryParameters.TROOPS_PER_FULL_STRENGTH);
        return Math.min(1, (z.troops() + z.policeOfficers()) / z.population() * 1e6 / full);
    }
}
