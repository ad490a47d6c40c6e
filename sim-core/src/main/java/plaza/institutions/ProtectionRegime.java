package plaza.institutions;

import java.util.List;

import plaza.agents.Plaza;
import plaza.core.Channel;
import plaza.core.Phase;
import plaza.core.Sim;
import plaza.core.Submodel;
import plaza.core.World;
import plaza.output.Metric;
import plaza.params.HistoryParameters;
import plaza.params.MilitaryParameters;

/**
 * Submodel "state protection" (M2, M3): under the PRI's centralized single-party system the state
 * brokered plazas, selling distribution rights and protection for bribes (001:453-461) and punishing
 * encroachment, so turf wars stayed rare; the December 2000 transfer of power (001:433-438)
 * decentralized bribery to state and local officials, claims overlapped and competition intensified
 * (001:446-449). Decentralized, protection is what the local police on a payroll still give the
 * holder of their plaza (corruption institutionally predetermined by infiltration, 001:526-529), so
 * it deters in proportion to the plaza's corruption; where troops are deployed they shadow the
 * local police and oversee law enforcement (001:476-480) and confront corrupt local authorities
 * (001:485-489, 004:63), so the local arrangement no longer deters there. Political change and the
 * counternarcotics offensive both intensify competition (001:446-449). The regime is a lever with a
 * path ({@code history.state_protection}: 1 to November 2000, then falling to 0); this submodel
 * turns it into the share of would-be attacks on each plaza that still happen, which the
 * territorial contest reads through the channel {@link World#CONTEST_RESTRAINT}.
 *
 * <pre>
 * local_z          = corruption_z x (1 - troop strength_z)          troop strength 0..1, as in Violence
 * attacks allowed_z = 1 - deterrence x (protection(t) + (1 - protection(t)) x local_z)
 * </pre>
 */
public final class ProtectionRegime implements java.io.Serializable {

    /** This month's protection and the share of attacks on each plaza it allows. */
    public void month(Sim m) {
        double protection = m.p(HistoryParameters.STATE_PROTECTION);
        double deterrence = m.p(HistoryParameters.PROTECTION_DETERRENCE);
        double full = m.p(MilitaryParameters.TROOPS_PER_FULL_STRENGTH);
        List<Plaza> plazas = m.plazas();
        double[] allowed = new double[plazas.size()];
        for (Plaza z : plazas) {
            allowed[z.index()] = 1 - deterrence * (protection + (1 - protection) * localProtection(z, full));
        }
        m.world().channels().setContestRestraint(allowed);
        m.tally().add(Metric.STATE_PROTECTION, protection);
    }

    /** What the plaza's police on a payroll still protect: its corruption, unless troops oversee them. */
    static double localProtection(Plaza z, double troopsPerFullStrength) {
        return z.corruption() * (1 - TroopPresence.strength(z, troopsPerFullStrength));
    }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("state-protection", Phase.INSTITUTIONS,
                "Under PRI protection the state brokers plazas for bribes and deters encroachment; after the 2000 transition the deterrence is what each plaza's corrupt police still give its holder, lost where troops oversee them.",
                List.of("history.protection_deterrence", "plaza.corruption", "plaza.troops", HistoryParameters.PROTECTION_DETERRENCE, HistoryParameters.STATE_PROTECTION,
                        MilitaryParameters.TROOPS_PER_FULL_STRENGTH),
                List.of(Channel.CONTEST_RESTRAINT, Metric.STATE_PROTECTION),
                this::month);
    }
}
