package plaza.territory;

import java.util.ArrayList;
import java.util.List;

import ec.util.MersenneTwisterFast;
import plaza.agents.Plaza;
import plaza.agents.Presence;
import plaza.agents.TraffickingOrganization;
import plaza.core.Phase;
import plaza.core.Sim;
import plaza.core.Submodel;
import plaza.enforcement.Succession;
import plaza.output.Metric;
import plaza.params.OrganizationParameters;
import plaza.params.ViolenceParameters;
import plaza.trafficking.BorderAgency;

/**
 * Submodel "fragmentation beyond leader loss" (M1, M4): (1) an enforcer wing that grows strong
 * relative to the organization it serves, by numbers and by military training, may break away with
 * most of the enforcers (the Zetas and the Gulf organization); (2) an organization that can no
 * longer pay its members and holds at most one plaza, or whose plazas hold less than a small share
 * of the value of all plazas, is absorbed by the largest organization holding a neighbouring plaza
 * (or the largest overall); a paid organization only by one stronger than itself (more enforcers).
 * On city plazas a faction holding a few small cities is paid and would otherwise never end: the
 * splinters of a leader's loss would pile up (17.8 major organizations in 2010 against 7-12).
 *
 * <pre>
 * wing_k     = enforcers_k / members_k x (1 + (trained lethality - 1) x trained share_k) / dto.enforcer_share
 * P(break)   = rate x (1 - cohesion_k) x max(0, wing_k / threshold - 1)            per month
 *              the faction takes the wing share of enforcers, a tenth of the traffickers, a region of its plazas (Succession.region)
 * P(absorbed) = absorption rate per month, if unpaid and holding at most one plaza, or if the value
 *              of its plazas &lt; dto.absorption_value_share x the value of all plazas and its
 *              heir has more enforcers
 * </pre>
 * Sources: 001:492-501 (the Zetas, deserters from the army's special forces, became the Gulf
 * organization's enforcers and then a rival), 001:463-469 (fragmentation: four major organizations in
 * the 1990s, at least seven in 2010); 001:455-457 (the major organizations controlled the plazas for
 * smuggling into the United States, so one holding little of the trade is not one of them). Absorption
 * of weak and small organizations, its rate and the value share are assumptions (the reports name
 * no absorption).
 */
public final class Fragmentation implements java.io.Serializable {

    private static final double TRAFFICKERS_TAKEN = 0.1;

    private final Succession succession;

    public Fragmentation(Succession succession) {
        this.succession = succession;
    }

    /** The strength of an organization's enforcer wing relative to its usual weight (1 = a usual organization). */
    public static double wing(TraffickingOrganization o, Sim m) {
        double members = o.members();
        if (members <= 0) {
            return 0;
        }
        double trained = m.p(ViolenceParameters.TRAINED_LETHALITY);
        return o.enforcerCount() / members * (1 + (trained - 1) * o.trainedShare()) / m.p(OrganizationParameters.ENFORCER_SHARE);
    }

    public void month(Sim m) {
        MersenneTwisterFast r = m.stream("fragmentation");
        double rate = m.p(OrganizationParameters.WING_BREAKAWAY_RATE);
        double threshold = m.p(OrganizationParameters.WING_THRESHOLD);
        double wingShare = m.p(OrganizationParameters.WING_ENFORCER_SHARE);
        for (TraffickingOrganization o : new ArrayList<>(m.organizations())) {
            double excess = Math.max(0, wing(o, m) / threshold - 1);
            if (o.alive() && excess > 0 && m.keyed("fragmentation", o.id(), 0) < rate * (1 - o.cohesion()) * excess) {
                if (succession.split(o, TRAFFICKERS_TAKEN, wingShare, "enforcer wing breaks away", m, r) != null) {
                    m.tally().add(Metric.WING_SPLITS, 1);
                }
            }
        }
        double absorption = m.p(OrganizationParameters.ABSORPTION_RATE);
        double minor = m.p(OrganizationParameters.ABSORPTION_VALUE_SHARE) * totalValue(m);
        for (TraffickingOrganization o : new ArrayList<>(m.organizations())) {
            if (!o.alive() || m.keyed("fragmentation", o.id(), 1) >= absorption) {
                continue;
            }
            Presence.Holdings h = Presence.holdings(o, m.plazas());
            boolean broke = o.unpaid() && h.held() <= 1;
            boolean small = h.value() < minor;
            if (broke || small) {
                TraffickingOrganization heir = neighbourHeir(o, m);
                // a paid organization joins only a neighbour stronger than itself (one it cannot hold its plazas against)
                if (heir != null && (broke || heir.enforcerCount() > o.enforcerCount())) {
                    Succession.dissolveInto(o, heir, m);
                    m.tally().add(Metric.ABSORPTIONS, 1);
                }
            }
        }
        m.world().pruneOrganizations();
    }

    /** The value of all plazas this month (the drugs passing them plus their rents). */
    private static double totalValue(Sim m) {
        double v = 0;
        for (Plaza z : m.plazas()) {
            v += z.value();
        }
        return v;
    }

    /** The largest organization holding a plaza next to one of o's, else the largest other. */
    private static TraffickingOrganization neighbourHeir(TraffickingOrganization o, Sim m) {
        TraffickingOrganization best = null;
        TraffickingOrganization largest = null;
        for (Plaza z : m.plazas()) {
            TraffickingOrganization x = z.controller();
            if (x == null || x == o || !x.alive()) {
                continue;
            }
            if (largest == null || x.members() > largest.members()) {
                largest = x;
            }
            if (next(z, o, m) && (best == null || x.members() > best.members())) {
                best = x;
            }
        }
        return best != null ? best : largest;
    }

    private static boolean next(Plaza z, TraffickingOrganization o, Sim m) {
        for (int n : z.neighbours()) {
            if (m.plazas().get(n).controller() == o) {
                return true;
            }
        }
        return false;
    }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("fragmentation", Phase.TERRITORY,
                "An enforcer wing strong relative to its organization (numbers and military training) may break away (M4); an organization that cannot pay its members and holds at most one plaza, or (off by default, dto.absorption_value_share 0) holds less than a small share of the value of all plazas next to a stronger neighbour, is absorbed by its largest neighbour.",
                List.of("organization.enforcers", "organization.trainedShare", "organization.cohesion", "organization.unpaid", "plaza.controller", BorderAgency.ROUTE_RISK_READS,
                        "plaza.stake", OrganizationParameters.ABSORPTION_RATE, OrganizationParameters.ABSORPTION_VALUE_SHARE, OrganizationParameters.ENFORCER_SHARE, OrganizationParameters.INITIAL_COHESION, OrganizationParameters.SPLIT_REGION_SHARE, OrganizationParameters.WING_BREAKAWAY_RATE,
                        OrganizationParameters.WING_ENFORCER_SHARE, OrganizationParameters.WING_THRESHOLD, ViolenceParameters.SUCCESSION_VIOLENCE, ViolenceParameters.TRAINED_LETHALITY),
                List.of("organizations (split, dissolved)", "plaza.controller", Metric.WING_SPLITS, Metric.ABSORPTIONS, "event:SPLIT", "event:ORGANIZATION_DISSOLVED", Metric.SPLITS),
                this::month);
    }
}
