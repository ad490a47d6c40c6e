package plaza.violence;

import java.util.List;

import plaza.agents.Plaza;
import plaza.agents.Presence;
import plaza.agents.TraffickingOrganization;
import plaza.core.Phase;
import plaza.core.Sim;
import plaza.core.Streams;
import plaza.core.Submodel;
import plaza.institutions.TroopPresence;
import plaza.output.Metric;
import plaza.params.MilitaryParameters;
import plaza.params.ParameterValues;

/**
 * Submodel "confrontation" (M3, staged: {@code military.provocation} = w, 0 by default): troops do not
 * only suppress and displace fighting (in {@link Violence}); where they deploy they also meet the
 * organizations' armed members, who attack them and clash with them, and local police who protect
 * the holder, which brings troops and police into confrontation (001:482-489: "mixed success",
 * "confusion and confrontation between authorities", Baja California 2008).
 *
 * <pre>
 * confrontation killings_z ~ Poisson(w x rho / 1000 x (strength_z + occupation_z) x armed_z x (1 + c x corruption_z))
 *   rho      = military.provocation_killings_per_1000_armed_months    (the uncertain balance; a number of its own,
 *              not a share of the killing rate of a war, which war exhaustion changes the meaning of)
 *   strength = troops up to full strength, occupation = the saturating term beyond it (institutions/TroopPresence):
 *              as with suppression, a surge into a state at full strength meets the armed members more
 *   armed_z  = enforcers of every organization present in the plaza (agents/Presence)
 *   c        = military.provocation_corruption_factor, corruption_z = local police corruption
 * </pre>
 * The killings count as the plaza's homicides (so they lower trust and draw troops, as other
 * killings do). The third provocation the reports name, rivals invited by a holder the troops
 * disrupt, is already in the territorial contest (disruption of the holder raises attack chances).
 */
public final class Provocation implements java.io.Serializable {

    public void month(Sim m) {
        ParameterValues p = m.params();
        double weight = p.get(MilitaryParameters.PROVOCATION);
        if (weight == 0) {
            return;
        }
        double rate = weight * p.get(MilitaryParameters.PROVOCATION_RATE) / 1000;
        double full = p.get(MilitaryParameters.TROOPS_PER_FULL_STRENGTH);
        double police = p.get(MilitaryParameters.PROVOCATION_CORRUPTION);
        List<TraffickingOrganization> orgs = m.organizations();
        List<Plaza> plazas = m.plazas();
        double[][] share = Presence.shares(orgs, plazas);
        double total = 0;
        for (Plaza z : plazas) {
            double strength = TroopPresence.strength(z, full) + TroopPresence.occupation(z, full);
            if (strength <= 0) {
                continue;
            }
            double armed = 0;
            for (int k = 0; k < orgs.size(); k++) {
                armed += orgs.get(k).enforcerCount() * share[k][z.index()];
            }
            double killings = Streams.poisson(rate * strength * armed * (1 + police * z.corruption()),
                    m.keyed("provocation", Streams.plazaKey(z.index()), 0)); // keyed: troops sent elsewhere shift no draw here
            z.addHomicides(killings);
            total += killings;
        }
        m.tally().add(Metric.HOMICIDES, total);
    }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("confrontation", Phase.VIOLENCE,
                "Where troops deploy, the organizations' armed members attack and clash with them, more where local police protect the holder.",
                List.of("plaza.troops", "plaza.corruption", "organization.enforcers", "plaza.controller", "plaza.attackers", MilitaryParameters.PROVOCATION,
                        MilitaryParameters.PROVOCATION_RATE, MilitaryParameters.PROVOCATION_CORRUPTION, MilitaryParameters.TROOPS_PER_FULL_STRENGTH),
                List.of("plaza.homicides", Metric.HOMICIDES),
                this::month);
    }
}
