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
    private final List<Shipment> inTransit = new ArrayList<>();
    private final List<Shipment> departing = new ArrayList<>();
    private int[][] transit;

    public void initialize(Sim m) {
        int n = m.plazas().size();
        transit = new int[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                transit[a][b] = Geography.transitPlaza(a, b);
            }
        }
        for (TraffickingOrganization o : m.organizations()) {
            for (Drug d : Drug.values()) {
                o.setRouteMix(d, routes.targetMix(o, d, m));
            }
        }
        // the pipeline is full at the start: last month's shipments are already on the road, so the
        // first month's deliveries (and prices) are not an artifact of an empty pipeline
        plan(m);
        for (Shipment s : departing) {
            inTransit.add(s);
            m.tally().initialStock(s.tons());
        }
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
        double loss = 0;
        List<BorderCrossing> crossings = m.crossings();
        int nc = crossings.size();
        for (int ci = 0; ci < nc; ci++) {
            BorderCrossing c = crossings.get(ci);
            mix[c.index()] /= sum;
            loss += mix[c.index()] * routes.crossingLoss(c, d, m, memo);
        }
        int[] origins = Geography.originIndices(d);
        double originWeights = 0;
        double originLoss = 0;
        double[] ow = new double[origins.length];
        List<Plaza> plazas = m.plazas();
        for (int j = 0; j < origins.length; j++) {
            Plaza origin = plazas.get(origins[j]);
            double survive = (1 - routes.plazaSeizure(origin, m, memo)) * (1 - transitZone.loss(d, origin.index(), m));
            ow[j] = (origin.controller() == o ? 3 : 1) * transitZone.entryWeight(d, origin.index(), 1 - survive, m)
                    * crops.originWeight(d, origin.index()); // marijuana and heroin leave where they are harvested
            originWeights += ow[j];
            double viaTransit = 0;
            int[] via = transit[origin.index()];
            for (int ci = 0; ci < nc; ci++) {
                BorderCrossing c = crossings.get(ci);
                int tz = via[c.plaza()];
                viaTransit += mix[c.index()] * (tz < 0 ? 0 : routes.plazaSeizure(plazas.get(tz), m, memo));
            }
            originLoss += ow[j] * (1 - survive * (1 - viaTransit));
        }
        originLoss /= originWeights;
        double expected = 1 - (1 - originLoss) * (1 - loss);
        o.setExpectedLoss(d, expected);
        double tons = drugMarket.demand(d) * weight / totalWeight / Math.max(1 / MAX_OVERSHIP, 1 - expected);
        lossTons[d.ordinal()] += tons * expected;
        tonsPlanned[d.ordinal()] += tons;
        for (int j = 0; j < origins.length; j++) {
            int origin = origins[j];
            int[] via = transit[origin];
            for (int ci = 0; ci < nc; ci++) {
                BorderCrossing c = crossings.get(ci);
                double share = mix[c.index()] * ow[j] / originWeights;
                if (share > 1e-4 && tons > 0) { // no shipments of a drug nobody buys (fentanyl before its demand starts)
                    departing.add(new Shipment(d, o, origin, via[c.plaza()], c.plaza(), c, tons * share));
                }
            }
        }
    }

    /** Moves shipments: last month's reach the border and cross; this month's leave their origin. */
    public void move(Sim m) {
        MonthTally t = m.tally();
        MersenneTwisterFast r = m.stream("shipments");
        // prices, enforcement and inspection do not change while shipments move (prices settle after):
        // each value is computed the first time a shipment needs it this month (the same reads, fewer times)
        RouteChoice.Memo memo = new RouteChoice.Memo(m.plazas().size(), m.crossings().size());
        List<Plaza> plazas = m.plazas();
        for (int si = 0, n = inTransit.size(); si < n; si++) {
            Shipment s = inTransit.get(si);
            double perTon = RouteChoice.valuePerTon(drugMarket, s.drug(), memo);
            if (s.transit() >= 0) {
                pass(plazas.get(s.transit()), s, perTon * m.p(FlowParameters.TRANSIT_LEG), m, r, memo);
            }
            Plaza b = plazas.get(s.border());
            pass(b, s, perTon, m, r, memo);
            double arrived = s.tons();
            double seized = s.seize(jitter(routes.seizureProbability(s.crossing(), s.drug(), m, memo), r));
            t.seized(s.drug(), seized, true);
            s.crossing().recordShipment(arrived, seized);
            double tons = s.tons();
            t.delivered(tons);
            t.add(Metric.tonsDelivered(s.drug()), tons);
            TraffickingOrganization owner = s.owner().alive() ? s.owner() : b.controller();
            double usd = drugMarket.sell(s.drug(), tons);
            if (owner != null) {
                m.world().ledger().sellDrugs(owner, s.drug(), usd);
            }
        }
        inTransit.clear();
        for (int si = 0, n = departing.size(); si < n; si++) {
            Shipment s = departing.get(si);
            t.shipped(s.tons());
            transitZone.cross(s, m, r);
            pass(plazas.get(s.origin()), s, RouteChoice.valuePerTon(drugMarket, s.drug(), memo) * m.p(FlowParameters.ORIGIN_LEG), m, r, memo);
            inTransit.add(s);
        }
        departing.clear();
        drugMarket.settle(m);
        border.chargeDelays(m);
    }

    /** A shipment passes a plaza: its tons and their value on this leg count there, and the plaza seizes its share. */
    private void pass(Plaza z, Shipment s, double usdPerTon, Sim m, MersenneTwisterFast r, RouteChoice.Memo memo) {
        z.addTonsThrough(s.tons(), s.tons() * usdPerTon);
        m.tally().seized(s.drug(), s.seize(jitter(routes.plazaSeizure(z, m, memo), r)), false);
    }

    /** Seizure luck: the share seized varies around its expectation (uniform x0.5 to x1.5). */
    static double jitter(double share, MersenneTwisterFast r) {
        return Math.min(0.95, share * (0.5 + r.nextDouble()));
    }

    /** Tons on their way at the end of the month. */
    public double tonsInTransit() { return inTransit.stream().mapToDouble(Shipment::tons).sum(); }

    /** Shipments on their way (for the display). */
    public List<Shipment> shipments() { return inTransit; }

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
