package plaza.finance;

import java.util.Arrays;

import plaza.agents.Plaza;
import plaza.agents.TraffickingOrganization;
import plaza.core.Sim;
import plaza.params.MilitaryParameters;
import plaza.params.OrganizationParameters;

/**
 * Rule "predation responds to lost drug income" (M11, M12): an organization compares the drug
 * income it earns this month with the best it has known (a memory that fades slowly); the further
 * income has fallen (legalization, a lost corridor, a split), the more it turns to extortion and
 * kidnapping in the plazas it holds; one whose drug income has gone altogether preys at the
 * maximum, one that has never had any has lost nothing and extorts at the baseline rate. What it
 * can take is limited by the local economy (a ceiling per resident) and by enforcement (troops and
 * federal police in the plaza deter part). The comparison does not use the plaza's stake, so a
 * stake that follows the drugs passing through does not cancel the loss out.
 *
 * <pre>
 * best_k      = max(best_k x (1 - 1 / memory), drug revenue_k)             (first month: its revenue)
 * predation_k = clamp((best_k / drug revenue_k)^response - 1, 0, 5)         (5 with none left; 0 if best_k = 0)
 * extortion_z = min(ceiling x residents_z / 12,
 *                   residents_z x per capita / 12 x (1 + predation_k) x (1 - deterrence x enforcement_z))
 * enforcement_z = min(1, (troops_z + police_z) / residents_z x 1e6 / full strength)
 * </pre>
 * Sources: 001:396-407 and 001:812-816 (diversification into extortion and kidnapping as drug
 * income is lost), 001:803-806 (legalization would cost the organizations their marijuana income).
 */
final class Predation {

    static final double MAX_PREDATION = 5;

    private double[] best = new double[0];

    /** Sets this month's predation of the organization from its drug income against the best it has known. */
    double predation(TraffickingOrganization o, double income, Sim m) {
        int id = o.id();
        if (id >= best.length) {
            int old = best.length;
            best = Arrays.copyOf(best, Math.max(id + 1, 2 * old));
            Arrays.fill(best, old, best.length, Double.NaN);
        }
        double memory = m.p(OrganizationParameters.PREDATION_MEMORY);
        double known = Double.isNaN(best[id]) ? income : best[id] * (1 - 1 / memory);
        best[id] = Math.max(known, income);
        double p = best[id] <= 0 ? 0 : income <= 0 ? MAX_PREDATION
                : Math.max(0, Math.min(MAX_PREDATION, Math.pow(best[id] / income, m.p(OrganizationParameters.PREDATION_RESPONSE)) - 1));
        o.setPredation(p);
        return p;
    }

    /** What the holder of a plaza extorts there this month, USD. */
    static double extortion(Plaza z, double predation, Sim m) {
        double residents = z.population();
        double full = m.p(MilitaryParameters.TROOPS_PER_FULL_STRENGTH);
        double enforcement = Math.min(1, (z.troops() + z.policeOfficers()) / residents * 1e6 / full);
        double wanted = residents * m.p(OrganizationParameters.EXTORTION_PER_CAPITA) / 12 * (1 + predation)
                * (1 - m.p(OrganizationParameters.PREDATION_DETERRENCE) * enforcement);
        return Math.min(wanted, residents * m.p(OrganizationParameters.EXTORTION_CEILING) / 12);
    }
}
