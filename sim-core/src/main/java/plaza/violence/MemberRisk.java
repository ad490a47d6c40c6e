package plaza.violence;

import java.util.List;

import plaza.agents.TraffickingOrganization;
import plaza.core.Phase;
import plaza.core.Sim;
import plaza.core.Submodel;
import plaza.core.World;
import plaza.output.Metric;

/**
 * Rule "the risk of the trade" (M5): the chance this month that a member was killed or convicted,
 * members killed plus convictions over members, left in the {@code memberRisk} channel for next
 * month's recruitment (so impunity and violence both enter what a recruit expects). Sources:
 * 001:538-548 (1-2 in 100 crimes end in a sentence: impunity that fails to deter).
 */
public final class MemberRisk implements java.io.Serializable {

    public void month(Sim m) {
        double members = 0;
        for (TraffickingOrganization o : m.organizations()) {
            members += o.members();
        }
        double risk = members > 0 ? (m.tally().get(Metric.MEMBERS_KILLED) + m.tally().get(Metric.CONVICTIONS)) / members : 0;
        m.world().setMemberRisk(Math.min(1, risk));
    }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("member-risk", Phase.VIOLENCE,
                "The month's chance that a member is killed or convicted is left for next month's recruitment (M5).",
                List.of("output:members_killed", "output:convictions", "organization.members"),
                List.of(World.MEMBER_RISK),
                this::month);
    }
}
