package plaza.institutions;

import java.util.List;

import plaza.core.Phase;
import plaza.core.Sim;
import plaza.core.Submodel;
import plaza.core.World;
import plaza.output.Metric;
import plaza.params.HistoryParameters;

/**
 * Submodel "state protection" (M2): under the PRI's centralized single-party system the state
 * brokered plazas, selling distribution rights and protection for bribes (001:453-461) and punishing
 * encroachment, so turf wars stayed rare; the December 2000 transfer of power (001:433-438)
 * decentralized bribery to state and local officials, claims overlapped and competition intensified
 * (001:446-449). The regime is a lever with a path ({@code history.state_protection}: 1 to November
 * 2000, then falling to 0); this submodel turns it into the share of would-be attacks that still
 * happen, which the territorial contest reads through the channel {@link World#CONTEST_RESTRAINT}.
 *
 * <pre>
 * attacks allowed = 1 - protection(t) x deterrence
 * </pre>
 */
public final class ProtectionRegime {

    /** This month's protection and the share of attacks it allows. */
    public void month(Sim m) {
        double protection = m.p(HistoryParameters.STATE_PROTECTION);
        m.world().setContestRestraint(1 - protection * m.p(HistoryParameters.PROTECTION_DETERRENCE));
        m.tally().add(Metric.STATE_PROTECTION, protection);
    }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("state-protection", Phase.INSTITUTIONS,
                "Under PRI protection the state brokers plazas for bribes and deters encroachment; after the 2000 transition the deterrence fades.",
                List.of("lever:history.state_protection", "history.protection_deterrence"),
                List.of(World.CONTEST_RESTRAINT, "output:state_protection"),
                this::month);
    }
}
