package plaza.violence;

import java.util.List;

import plaza.agents.Plaza;
import plaza.core.Sim;
import plaza.params.ViolenceParameters;

/**
 * Rule "predation that kills" (M11, M12): kidnapping and extortion kill residents. In each plaza,
 * the dollars its holder took this month beyond what the plaza yields at the baseline extortion rate
 * (the predatory part, written by {@code finance/OrganizationFinance} as {@code plaza.predatoryExtortion})
 * bring a stated number of homicides per million dollars. The victims are residents, not members, so
 * they are counted among the plaza's homicides and crimes but remove no member; an organization that
 * turns to predation when its drug income falls (legalization, a lost corridor: {@code finance/Predation})
 * then raises the killing where it preys.
 *
 * <pre>
 * killed_z ~ Poisson(rate x predatory extortion_z / 1e6)      rate: violence.predation_homicides_per_million_usd
 * </pre>
 * Sources: 001:396-407 (kidnapping and extortion made the organizations' violence a risk for ordinary
 * Mexicans), 001:812-816 (legalization would push them into kidnapping, robbery and extortion). The
 * rate is assumed: the reports give none.
 */
final class PredationKillings {

    private PredationKillings() {}

    /** Expected residents killed in each plaza this month, or null when predation kills nobody (rate 0). */
    static double[] means(Sim m) {
        double rate = m.p(ViolenceParameters.PREDATION_HOMICIDES);
        if (rate <= 0) {
            return null;
        }
        List<Plaza> plazas = m.plazas();
        double[] mean = new double[plazas.size()];
        for (Plaza z : plazas) {
            mean[z.index()] = rate * z.predatoryExtortion() / 1e6;
        }
        return mean;
    }
}
