package plaza.trafficking;

import java.util.ArrayList;
import java.util.List;

import ec.util.MersenneTwisterFast;
import plaza.agents.BorderCrossing;
import plaza.agents.Plaza;
import plaza.agents.Shipment;
import plaza.agents.TraffickingOrganization;
import plaza.core.MonthTally;
import plaza.core.Sim;
import plaza.core.Submodel;
import plaza.institutions.Institutions;
import plaza.markets.Crops;
import plaza.markets.DrugMarket;
import plaza.output.Metric;
import plaza.params.BorderParameters;
import plaza.params.FlowParameters;
import plaza.world.Drug;
import plaza.world.Geography;

/**
 * Submodel "routing and interdiction" (M9, M10): organizations split U.S. demand by the border
 * corridors they hold, ship enough to cover expected losses, and spread shipments over the
 * crossings they can use in proportion to capacity x e^(-sensitivity x expected loss), moving a
 * share of their route mix toward that target each month (inertia). Shipments leave their origin in
 * the month they are sent and pass the transit and border plazas and the crossing the next month;
 * each plaza seizes a share set by its enforcement effectiveness, each crossing a share set by its
 * inspection intensity. Pressure on one route therefore moves flow to others (the balloon effect,
 * 001:383-385, 001:482-485, 002:120), and inspection has diminishing returns (001:780-799). Cocaine
 * first crosses the {@link TransitZone}, which also weights where it enters Mexico; every plaza
 * passed records the tons and their value on that leg, from which {@link Stakes} computes its stake.
 */
public final class Trafficking implements java.io.Serializable {

    /** Organizations never ship more than three times what they expect to sell, however high the expected loss. */
    private static final double MAX_OVERSHIP = 3;

    private final BorderAgency border;
    private final DrugMarket drugMarket;
    private final RouteChoice routes;
    private final TransitZone transitZone;
    private final Crops crops;

    public Trafficking(Institutions institutions, BorderAgency border, DrugMarket drugMarket, TransitZone transitZone, Crops crops) {
        this.border = border;
        this.drugMarket = drugMarket;
        this.transitZone = transitZone;
        this.crops = crops;
        this.routes = new RouteChoice(institutions, border);
    }
    /** Last month's shipments, on their way to the border. */
    private Shipments inTransit = new Shipments();
    /** This month's shipments, planned and leaving their origin. */
    private Shipments departing = new Shipments();
    private int[][] transit;
    /** The border plaza of each crossing, by the crossing's index. */
    private int[] crossingPlaza;
    private List<BorderCrossing> crossingList;
    /** The plazas and crossings by index (they are made at setup and never change). */
    private Plaza[] plazaAt;
    private BorderCrossing[] crossingAt;

    public void initialize(Sim m) {
        int n = m.plazas().size();
        transit = new int[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                transit[a][b] = Geography.transitPlaza(a, b);
            }
        }
        crossingList = m.crossings();
        plazaAt = m.plazas().toArray(new Plaza[0]);
        crossingAt = m.crossings().toArray(new BorderCrossing[0]);
        crossingPlaza = new int[m.crossings().size()];
        for (BorderCrossing c : m.crossings()) {
            crossingPlaza[c.index()] = c.plaza();
        }
        for (TraffickingOrganization o : m.organizations()) {
            for (Drug d : Drug.values()) {
                o.setRouteMix(d, routes.targetMix(o, d, m));
            }
        }
        // the pipeline is full at the start: last month's shipments are already on the road, so the
        // first month's deliveries (and prices) are not an artifact of an empty pipeline
        plan(m);
        for (int i = 0; i < departing.size(); i++) {
            m.tally().initialStock(departing.tons(i));
        }
        Shipments empty = inTransit;
        inTransit = departing;
        departing = empty;
        departing.clear();
    }

    /** Decides this month's shipments for every organization and drug. */
    public void plan(Sim m) {
        double inertia = m.p(BorderParameters.ROUTE_INERTIA);
        List<TraffickingOrganization> orgs = m.organizations();
        double[] weight = new double[orgs.size()];
        double totalWeight = 0;
        for (int k = 0; k < orgs.size(); k++) {
            weight[k] = RouteChoice.marketWeight(orgs.get(k), m);
            totalWeight += weight[k];
        }
        departing.clear();
        if (totalWeight <= 0) {
            return;
        }
        double[] lossTons = new double[Drug.values().length];
        double[] tonsPlanned = new double[Drug.values().length];
        RouteChoice.Memo memo = new RouteChoice.Memo(m.plazas().size(), m.crossings().size());
        for (int k = 0; k < orgs.size(); k++) {
            TraffickingOrganization o = orgs.get(k);
            if (weight[k] <= 0) {
                continue;
            }
            for (Drug d : Drug.values()) {
                planDrug(o, d, weight[k], totalWeight, inertia, m, lossTons, tonsPlanned, memo);
            }
        }
        for (Drug d : Drug.values()) {
            if (tonsPlanned[d.ordinal()] > 0) {
                m.world().channels().setExpectedLoss(d, lossTons[d.ordinal()] / tonsPlanned[d.ordinal()]);
            }
        }
    }

    /**
     * One organization's plan for one drug: move the route mix toward the target, estimate the
     * expected loss from origin to market, ship enough to cover it, spread shipments over origins and crossings.
     */
    private void planDrug(TraffickingOrganization o, Drug d, double weight, double totalWeight, double inertia, Sim m,
                          double[] lossTons, double[] tonsPlanned, RouteChoice.Memo memo) {
        double[] target = routes.targetMix(o, d, m, memo);
        double[] mix = o.routeMix(d);
        double sum = 0;
        for (int i = 0; i < mix.length; i++) {
            mix[i] = (1 - inertia) * mix[i] + inertia * target[i];
            if (target[i] == 0) {
                mix[i] = 0;
            }
            sum += mix[i];
        }
        if (sum <= 0) {
            return;
        }
        List<BorderCrossing> crossings = m.crossings();
        int nc = crossings.size();
        int[] origins = Geography.originIndices(d);
        List<Plaza> plazas = m.plazas();
        if (!memo.primed(d)) {
            // the first plan of the drug in this step computes every crossing's loss and every transit
            // plaza's seizure, used or not (the reads of the step stay those of a plan over all crossings)
            for (int ci = 0; ci < nc; ci++) {
                routes.crossingLoss(crossings.get(ci), d, m, memo);
            }
            double[] vs = new double[origins.length * nc];
            for (int j = 0; j < origins.length; j++) {
                int[] via = transit[origins[j]];
                for (int ci = 0; ci < nc; ci++) {
                    int tz = via[crossings.get(ci).plaza()];
                    vs[j * nc + ci] = tz < 0 ? 0 : routes.plazaSeizure(plazas.get(tz), m, memo);
                }
            }
            memo.viaSeizure[d.ordinal()] = vs;
        }
        double[] vs = memo.viaSeizure[d.ordinal()]; // by origin and crossing: the seizure share of the transit plaza between them
        // the crossings in the mix, in their order: a crossing with no share adds nothing to a loss and ships nothing
        int[] used = memo.used();
        int nu = 0;
        double loss = 0;
        for (int ci = 0; ci < nc; ci++) {
            mix[ci] /= sum;
            if (mix[ci] != 0) {
                used[nu++] = ci;
                loss += mix[ci] * routes.crossingLoss(crossings.get(ci), d, m, memo);
            }
        }
        double originWeights = 0;
        double originLoss = 0;
        double[] ow = memo.originWeights(origins.length);
        int di = d.ordinal();
        if (memo.survive[di] == null) { // the origins' terms that are the same for every organization
            double[] sv = new double[origins.length];
            double[] en = new double[origins.length];
            double[] cr = new double[origins.length];
            for (int j = 0; j < origins.length; j++) {
                Plaza origin = plazas.get(origins[j]);
                sv[j] = (1 - routes.plazaSeizure(origin, m, memo)) * (1 - transitZone.loss(d, origin.index(), m, memo));
                en[j] = transitZone.entryWeight(d, origin.index(), 1 - sv[j], m);
                cr[j] = crops.originWeight(d, origin.index()); // marijuana and heroin leave where they are harvested
            }
            memo.survive[di] = sv;
            memo.entry[di] = en;
            memo.crop[di] = cr;
        }
        double[] sv = memo.survive[di];
        double[] en = memo.entry[di];
        double[] cr = memo.crop[di];
        for (int j = 0; j < origins.length; j++) {
            Plaza origin = plazas.get(origins[j]);
            double survive = sv[j];
            ow[j] = (origin.controller() == o ? 3 : 1) * en[j] * cr[j];
            originWeights += ow[j];
            double viaTransit = 0;
            int row = j * nc;
            for (int u = 0; u < nu; u++) {
                int ci = used[u];
                viaTransit += mix[ci] * vs[row + ci];
            }
            originLoss += ow[j] * (1 - survive * (1 - viaTransit));
        }
        originLoss /= originWeights;
        double expected = 1 - (1 - originLoss) * (1 - loss);
        o.setExpectedLoss(d, expected);
        double tons = drugMarket.demand(d) * weight / totalWeight / Math.max(1 / MAX_OVERSHIP, 1 - expected);
        lossTons[d.ordinal()] += tons * expected;
        tonsPlanned[d.ordinal()] += tons;
        if (!(tons > 0)) { // no shipments of a drug nobody buys (fentanyl before its demand starts)
            return;
        }
        for (int j = 0; j < origins.length; j++) {
            int origin = origins[j];
            int[] via = transit[origin];
            double w = ow[j];
            for (int u = 0; u < nu; u++) {
                int ci = used[u];
                double share = mix[ci] * w / originWeights;
                if (share > 1e-4) {
                    int b = crossingPlaza[ci];
                    departing.add(d, o, origin, via[b], b, ci, tons * share);
                }
            }
        }
    }

    /** Moves shipments: last month's reach the border and cross; this month's leave their origin. */
    public void move(Sim m) {
        MersenneTwisterFast r = m.stream("shipments");
        // prices, enforcement and inspection do not change while shipments move (prices settle after):
        // each value is computed the first time a shipment needs it this month (the same reads, fewer times)
        RouteChoice.Memo memo = new RouteChoice.Memo(plazaAt.length, crossingAt.length);
        Plaza[] plazas = plazaAt;
        // the tally's sums, carried in local variables through the loops (the same additions in the same order)
        MonthTally.Running run = m.tally().running();
        double seizedAll = run.seized;
        double seizedAtBorder = run.seizedAtBorder;
        double seizedTotal = run.seizedTotal;
        double deliveredAll = run.delivered;
        double deliveredTotal = run.deliveredTotal;
        double shippedAll = run.shipped;
        double shippedTotal = run.shippedTotal;
        double[] flow = run.flow;
        Shipments s = inTransit;
        double transitLeg = Double.NaN;
        for (int si = 0, n = s.size(); si < n; si++) {
            int di = s.drugIndex(si);
            Drug d = DRUGS[di];
            double perTon = RouteChoice.valuePerTon(drugMarket, d, di, memo);
            int via = s.transit(si);
            if (via >= 0) {
                if (transitLeg != transitLeg) {
                    transitLeg = m.p(FlowParameters.TRANSIT_LEG);
                }
                double x = pass(plazas[via], s, si, perTon * transitLeg, r, m, memo);
                seizedAll += x;
                seizedTotal += x;
                flow[SEIZED_ON_ROUTE[di]] += x * SEIZED_ON_ROUTE_PER_TON[di];
            }
            Plaza b = plazas[s.border(si)];
            double x = pass(b, s, si, perTon, r, m, memo);
            seizedAll += x;
            seizedTotal += x;
            flow[SEIZED_ON_ROUTE[di]] += x * SEIZED_ON_ROUTE_PER_TON[di];
            BorderCrossing c = crossingAt[s.crossing(si)];
            double arrived = s.tons(si);
            double seized = s.seize(si, jitter(routes.seizureProbability(c, d, m, memo), r));
            seizedAll += seized;
            seizedAtBorder += seized;
            seizedTotal += seized;
            flow[SEIZED_AT_BORDER[di]] += seized * SEIZED_AT_BORDER_PER_TON[di];
            c.recordShipment(arrived, seized);
            double tons = s.tons(si);
            deliveredAll += tons;
            deliveredTotal += tons;
            flow[DELIVERED[di]] += tons;
            TraffickingOrganization owner = s.owner(si);
            if (!owner.alive()) {
                owner = b.controller();
            }
            double usd = drugMarket.sell(d, tons, perTon);
            if (owner != null) {
                m.world().ledger().sellDrugs(owner, d, usd);
            }
        }
        s.clear();
        s = departing;
        double originLeg = Double.NaN;
        for (int si = 0, n = s.size(); si < n; si++) {
            int di = s.drugIndex(si);
            Drug d = DRUGS[di];
            shippedAll += s.tons(si);
            shippedTotal += s.tons(si);
            if (d == Drug.COCAINE && transitZone.node(m, s.origin(si)) >= 0) { // cocaine crossing a transit node
                double lost = transitZone.cross(s, si, m, r, memo);
                seizedAll += lost;
                seizedTotal += lost;
            }
            double perTon = RouteChoice.valuePerTon(drugMarket, d, di, memo);
            if (originLeg != originLeg) {
                originLeg = m.p(FlowParameters.ORIGIN_LEG);
            }
            double x = pass(plazas[s.origin(si)], s, si, perTon * originLeg, r, m, memo);
            seizedAll += x;
            seizedTotal += x;
            flow[SEIZED_ON_ROUTE[di]] += x * SEIZED_ON_ROUTE_PER_TON[di];
        }
        run.seized = seizedAll;
        run.seizedAtBorder = seizedAtBorder;
        run.seizedTotal = seizedTotal;
        run.delivered = deliveredAll;
        run.deliveredTotal = deliveredTotal;
        run.shipped = shippedAll;
        run.shippedTotal = shippedTotal;
        run.close();
        departing = inTransit;
        inTransit = s;
        drugMarket.settle(m);
        border.chargeDelays(m);
    }

    private static final Drug[] DRUGS = Drug.values();

    /** By drug: the tally's metric for its seizures on the route and at the border, with its unit per ton, and for its deliveries. */
    private static final int[] SEIZED_ON_ROUTE = new int[Drug.values().length];
    private static final double[] SEIZED_ON_ROUTE_PER_TON = new double[Drug.values().length];
    private static final int[] SEIZED_AT_BORDER = new int[Drug.values().length];
    private static final double[] SEIZED_AT_BORDER_PER_TON = new double[Drug.values().length];
    private static final int[] DELIVERED = new int[Drug.values().length];
    static {
        for (Drug d : Drug.values()) {
            SEIZED_ON_ROUTE[d.ordinal()] = Metric.seized(d, false).ordinal();
            SEIZED_ON_ROUTE_PER_TON[d.ordinal()] = Metric.seized(d, false).perTon();
            SEIZED_AT_BORDER[d.ordinal()] = Metric.seized(d, true).ordinal();
            SEIZED_AT_BORDER_PER_TON[d.ordinal()] = Metric.seized(d, true).perTon();
            DELIVERED[d.ordinal()] = Metric.tonsDelivered(d).ordinal();
        }
    }

    /** A shipment passes a plaza: its tons and their value on this leg count there, and the plaza seizes its share (returned, in tons). */
    private double pass(Plaza z, Shipments s, int i, double usdPerTon, MersenneTwisterFast r, Sim m, RouteChoice.Memo memo) {
        double tons = s.tons(i);
        z.addTonsThrough(tons, tons * usdPerTon);
        return s.seize(i, jitter(routes.plazaSeizure(z, m, memo), r));
    }

    /** Seizure luck: the share seized varies around its expectation (uniform x0.5 to x1.5). */
    static double jitter(double share, MersenneTwisterFast r) {
        return Math.min(0.95, share * (0.5 + r.nextDouble()));
    }

    /** Tons on their way at the end of the month. */
    public double tonsInTransit() { return inTransit.totalTons(); }

    /** Shipments on their way (for the display), made from the packed columns when asked for. */
    public List<Shipment> shipments() {
        List<Shipment> out = new ArrayList<>(inTransit.size());
        for (int i = 0; i < inTransit.size(); i++) {
            out.add(new Shipment(inTransit.drug(i), inTransit.owner(i), inTransit.origin(i), inTransit.transit(i),
                    inTransit.border(i), crossingList.get(inTransit.crossing(i)), inTransit.tons(i)));
        }
        return out;
    }

    /** A new faction starts with its parent's route mix recomputed for its own plazas. */
    public void initializeRoutes(TraffickingOrganization o, Sim m) {
        for (Drug d : Drug.values()) {
            o.setRouteMix(d, routes.targetMix(o, d, m));
        }
    }

    /** The declarations of route planning and shipments (in {@link TraffickingSubmodels}). */
    public Submodel planning() { return TraffickingSubmodels.planning(this); }

    public Submodel movement() { return TraffickingSubmodels.movement(this); }
}
