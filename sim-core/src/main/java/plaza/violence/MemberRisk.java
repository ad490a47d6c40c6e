package plaza.violence;

import java.util.List;

import plaza.agents.TraffickingOrganization;
import plaza.core.Channel;
import plaza.core.Phase;
import plaza.core.Sim;
import plaza.core.Submodel;

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
        double risk = members > 0 ? (m.world().channels().membersKilledThisMonth() + m.world().channels().convictionsThisMonth()) / members : 0;
        m.world().channels().setMemberRisk(Math.min(1, risk));
    }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("member-risk", Phase.VIOLENCE,
                "The month's chance that a member is killed or convicted is left for next month's recruitment (M5).",
                List.of(Channel.MEMBERS_KILLED_THIS_MONTH, Channel.CONVICTIONS_THIS_MONTH, "organization.members"),
                List.of(Channel.MEMBER_RISK),
                this::month);
    }
}
