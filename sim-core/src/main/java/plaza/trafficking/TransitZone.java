package plaza.trafficking;

import java.util.List;

import ec.util.MersenneTwisterFast;
import plaza.agents.Plaza;
import plaza.agents.Presence;
import plaza.agents.TraffickingOrganization;
import plaza.core.Phase;
import plaza.core.Sim;
import plaza.core.Streams;
import plaza.core.Submodel;
import plaza.institutions.TroopPresence;
import plaza.output.Metric;
import plaza.params.BorderParameters;
import plaza.params.FlowParameters;
import plaza.params.MilitaryParameters;
import plaza.world.Drug;
import plaza.world.Geography;
import plaza.world.TransitNode;

/**
 * Submodel "transit zone" (M10): cocaine reaches Mexico from South America through Central America
 * by land or along the Caribbean and Pacific sea lanes. Each node seizes a share of what passes
 * (air and maritime interdiction on the sea lanes, 002:116-120; regional enforcement on land), and
 * organizations choose where cocaine enters Mexico by each node's capacity and the expected loss up
 * to the arrival plaza, so interdiction at sea and pressure on Mexico's arrival states push cocaine
 * onto the land route through Central America (001:383-385, 001:846-850). Drug violence there
 * follows the tons crossing it, lowered by regional security support (001:887-896), and rises as
 * the organizations shipping those tons are pressed inside Mexico (troops where they operate, a
 * lost leader) and relocate operations to the less prepared neighbours (001:846-850, 001:355).
 *
 * <pre>
 * seizure_n      = 1 - (1 - s_n)^intensity_n        s: 2007 share; intensity: air/maritime or regional security lever
 * entry weight_a = capacity_n(a) / arrivals of n x e^(-sensitivity x (1 - (1 - seizure_n)(1 - plaza seizure_a)))
 * pressure_w     = sum over organizations of land tons_k x pressure_k / land tons   (pressure as in Violence, M23)
 * homicides      ~ Poisson(homicides per ton x land tons x (1 + relocation x pressure_w) / regional security)
 * </pre>
 */
public final class TransitZone implements java.io.Serializable {

    private static final List<TransitNode> NODES = Geography.TRANSIT_ZONE;

    private final double[] tons = new double[NODES.size()];
    // land tons by owner this month: the owners in order of their first shipment and their sums (a few
    // organizations; one addition per cocaine shipment, so no boxed map)
    private TraffickingOrganization[] landOwners = new TraffickingOrganization[8];
    private double[] landTons = new double[8];
    private int landOwnerCount;
    private double seized;
    private int[] nodeOf;

    /** The transit node feeding a plaza (an arrival port or the southern border), or -1. */
    int node(Sim m, int plaza) {
        if (nodeOf == null) {
            nodeOf = new int[m.plazas().size()];
            for (Plaza z : m.plazas()) {
                nodeOf[z.index()] = Geography.transitNodeOf(z.id());
            }
        }
        return nodeOf[plaza];
    }

    /** Share of a cocaine shipment seized in a node this month. */
    public double seizure(int node, Sim m) {
        boolean sea = NODES.get(node).sea();
        double base = m.p(sea ? FlowParameters.SEA_INTERDICTION : FlowParameters.LAND_INTERDICTION);
        double intensity = m.p(sea ? FlowParameters.AIR_MARITIME : FlowParameters.REGIONAL_SECURITY);
        return 1 - Math.pow(1 - base, intensity);
    }

    /** {@link #seizure(int, Sim)}, kept in the step's memo. */
    double seizure(int node, Sim m, RouteChoice.Memo memo) {
        double v = memo.nodeSeizure[node];
        if (v != v) {
            v = seizure(node, m);
            memo.nodeSeizure[node] = v;
        }
        return v;
    }

    /** Share of a shipment of the drug seized in the transit node feeding its origin (0 for drugs produced in Mexico). */
    double loss(Drug d, int origin, Sim m, RouteChoice.Memo memo) {
        int node = d == Drug.COCAINE ? node(m, origin) : -1;
        return node < 0 ? 0 : seizure(node, m, memo);
    }

    /**
     * Weight of an origin in an organization's choice of where the drug enters Mexico: for cocaine,
     * its node's capacity shared among the node's arrival states times e^(-sensitivity x expected
     * loss up to and in the arrival plaza); 1 for drugs produced in Mexico (no choice of entry).
     */
    double entryWeight(Drug d, int origin, double loss, Sim m) {
        int node = d == Drug.COCAINE ? node(m, origin) : -1;
        if (node < 0) {
            return 1;
        }
        TransitNode n = NODES.get(node);
        return n.capacity() / n.arrivals().size() * Math.exp(-m.p(BorderParameters.ROUTE_SENSITIVITY) * loss);
    }

    /**
     * A cocaine shipment leaving for its arrival state crosses that state's node (the caller asks
     * only for one whose origin has a {@link #node}), which seizes its share; returns the tons
     * seized, for the caller to count in the tally.
     */
    double cross(Shipments s, int i, Sim m, MersenneTwisterFast r, RouteChoice.Memo memo) {
        int node = node(m, s.origin(i));
        tons[node] += s.tons(i);
        if (!NODES.get(node).sea()) {
            addLandTons(s.owner(i), s.tons(i));
        }
        double lost = s.seize(i, Trafficking.jitter(seizure(node, m, memo), r));
        seized += lost;
        return lost;
    }

    private void addLandTons(TraffickingOrganization o, double t) {
        for (int i = 0; i < landOwnerCount; i++) {
            if (landOwners[i] == o) {
                landTons[i] += t;
                return;
            }
        }
        if (landOwnerCount == landOwners.length) {
            landOwners = java.util.Arrays.copyOf(landOwners, 2 * landOwnerCount);
            landTons = java.util.Arrays.copyOf(landTons, 2 * landOwnerCount);
        }
        landOwners[landOwnerCount] = o;
        landTons[landOwnerCount++] = t;
    }

    /** The land tons an organization shipped this month (0 if none). */
    private double landTons(TraffickingOrganization o) {
        for (int i = 0; i < landOwnerCount; i++) {
            if (landOwners[i] == o) {
                return landTons[i];
            }
        }
        return 0.0;
    }

    /** Tons that entered a node this month (before it is closed by the step). */
    public double tons(int node) {
        return tons[node];
    }

    public void month(Sim m) {
        double all = 0;
        double land = 0;
        for (int n = 0; n < NODES.size(); n++) {
            all += tons[n];
            if (!NODES.get(n).sea()) {
                land += tons[n];
            }
        }
        double relocation = 1 + m.p(FlowParameters.RELOCATION) * pressureOnLandShippers(m, land);
        double mean = m.p(FlowParameters.TRANSIT_HOMICIDES) * land * relocation / m.p(FlowParameters.REGIONAL_SECURITY);
        m.tally().add(Metric.TONS_TRANSIT_ZONE, all);
        m.tally().add(Metric.TONS_CENTRAL_AMERICA, land);
        m.tally().add(Metric.TONS_SEIZED_TRANSIT_ZONE, seized);
        m.tally().add(Metric.HOMICIDES_TRANSIT_ZONE, Streams.poisson(mean, m.stream("transit-zone")));
        java.util.Arrays.fill(tons, 0);
        java.util.Arrays.fill(landOwners, 0, landOwnerCount, null);
        landOwnerCount = 0;
        seized = 0;
    }

    /** Enforcement pressure in Mexico on the organizations that shipped this month's land tons, weighted by their tons. */
    double pressureOnLandShippers(Sim m, double land) {
        if (!(land > 0)) {
            return 0;
        }
        List<TraffickingOrganization> orgs = m.organizations();
        double full = m.p(MilitaryParameters.TROOPS_PER_FULL_STRENGTH);
        double[] strength = new double[m.plazas().size()];
        for (Plaza z : m.plazas()) {
            strength[z.index()] = TroopPresence.strength(z, full);
        }
        double[] pressure = Presence.pressure(orgs, m.plazas(), strength);
        double sum = 0;
        for (int k = 0; k < orgs.size(); k++) {
            sum += landTons(orgs.get(k)) * pressure[k];
        }
        return sum / land;
    }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("transit-zone", Phase.TRAFFICKING,
                "Cocaine crossing Central America and the sea lanes is counted with its seizures; violence in Central America follows the tons crossing it and rises as their shippers are pressed inside Mexico and relocate (001:846-850).",
                List.of("transitZone.tons", "transit.relocation_response", "plaza.troops", "organization.leaderLoss", FlowParameters.REGIONAL_SECURITY, FlowParameters.RELOCATION,
                        FlowParameters.TRANSIT_HOMICIDES, MilitaryParameters.TROOPS_PER_FULL_STRENGTH),
                List.of(Metric.TONS_TRANSIT_ZONE, Metric.TONS_CENTRAL_AMERICA, Metric.TONS_SEIZED_TRANSIT_ZONE, Metric.HOMICIDES_TRANSIT_ZONE),
                this::month);
    }
}
