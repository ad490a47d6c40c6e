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
import plaza.params.FlowParameters;
import plaza.world.Drug;

/**
 * Submodel "routing and interdiction" (M9, M10): organizations split U.S. demand by the border
 * corridors they hold, ship enough to cover expected losses, and spread shipments over the
 * crossings they can use in proportion to capacity x e^(-sensitivity x expected loss), moving a
 * share of their route mix toward that target each month (inertia). Shipments leave their origin
 * plaza (a production zone or port of arrival) in the month they are sent and, the next month, pass
 * the plazas of the road corridor to the border-crossing city (world/Geography.route: the shortest
 * road path), that city and the crossing. Origin and border plazas seize a share set by their
 * enforcement effectiveness, a corridor as {@link Corridors} says (one draw); every corridor plaza
 * counts the tons entering it at the transit leg's value (stake.transit_leg_value_share), so each
 * city on a corridor has its own stake, holder and police. Each crossing seizes a share set by its
 * inspection intensity. Pressure on one route therefore moves flow to others (the balloon effect,
 * 001:383-385, 001:482-485, 002:120), and inspection has diminishing returns (001:780-799). Cocaine
 * first crosses the {@link TransitZone}, which also weights where it enters Mexico; every plaza
 * passed records the tons and their value on that leg, from which {@link Stakes} computes its stake.
 */
public final class Trafficking implements java.io.Serializable {

    private final BorderAgency border;
    private final DrugMarket drugMarket;
    private final RouteChoice routes;
    private final TransitZone transitZone;
    private final RoutePlanning planner;

    public Trafficking(Institutions institutions, BorderAgency border, DrugMarket drugMarket, TransitZone transitZone, Crops crops) {
        this.border = border;
        this.drugMarket = drugMarket;
        this.transitZone = transitZone;
        this.routes = new RouteChoice(institutions, border);
        this.planner = new RoutePlanning(routes, drugMarket, transitZone, crops);
    }
    /** Last month's shipments, on their way to the border. */
    private Shipments inTransit = new Shipments();
    /** This month's shipments, planned and leaving their origin. */
    private Shipments departing = new Shipments();
    private List<BorderCrossing> crossingList;
    /** The plazas and crossings by index (they are made at setup and never change). */
    private Plaza[] plazaAt;
    private BorderCrossing[] crossingAt;

    public void initialize(Sim m) {
        planner.initialize(m);
        crossingList = m.crossings();
        plazaAt = m.plazas().toArray(new Plaza[0]);
        crossingAt = m.crossings().toArray(new BorderCrossing[0]);
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

    /** Decides this month's shipments for every organization and drug (see {@link RoutePlanning}). */
    public void plan(Sim m) {
        planner.plan(m, departing);
    }

    /** Moves shipments: last month's reach the border and cross; this month's leave their origin. */
    public void move(Sim m) {
        MersenneTwisterFast r = m.stream("shipments");
        // prices and inspection do not change while shipments move (prices settle after): each value is
        // computed the first time a shipment needs it this month (the same reads, fewer times); the
        // plazas' and corridors' seizure shares are this month's plan's (Corridors)
        Corridors corridors = planner.corridors();
        RouteChoice.Memo memo = new RouteChoice.Memo(plazaAt.length, crossingAt.length);
        Plaza[] plazas = plazaAt;
        // the tally's sums, carried through the loops (the same additions in the same order)
        MonthTally.Running run = m.tally().running();
        Shipments s = inTransit;
        double transitLeg = Double.NaN;
        for (int si = 0, n = s.size(); si < n; si++) {
            int di = s.drugIndex(si);
            Drug d = DRUGS[di];
            double perTon = RouteChoice.valuePerTon(drugMarket, d, di, memo);
            if (transitLeg != transitLeg) {
                transitLeg = m.p(FlowParameters.TRANSIT_LEG);
            }
            run.seized(corridors.pass(s, si, plazas, perTon * transitLeg, r), false, SEIZED_ON_ROUTE[di], SEIZED_ON_ROUTE_PER_TON[di]);
            Plaza b = plazas[s.border(si)];
            run.seized(pass(b, s, si, perTon, r), false, SEIZED_ON_ROUTE[di], SEIZED_ON_ROUTE_PER_TON[di]);
            BorderCrossing c = crossingAt[s.crossing(si)];
            double arrived = s.tons(si);
            double seized = s.seize(si, jitter(routes.seizureProbability(c, d, m, memo), r));
            run.seized(seized, true, SEIZED_AT_BORDER[di], SEIZED_AT_BORDER_PER_TON[di]);
            c.recordShipment(arrived, seized);
            double tons = s.tons(si);
            run.delivered(tons, DELIVERED[di]);
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
        depart(departing, run, r, m, memo);
        run.close();
        inTransit = departing;
        departing = s; // emptied: next month's plans are written here
        drugMarket.settle(m);
        border.chargeDelays(m);
    }

    /** This month's shipments leave their origin (cocaine crosses the transit zone first) and pass their origin plaza. */
    private void depart(Shipments s, MonthTally.Running run, MersenneTwisterFast r, Sim m, RouteChoice.Memo memo) {
        double originLeg = Double.NaN;
        for (int si = 0, n = s.size(); si < n; si++) {
            int di = s.drugIndex(si);
            Drug d = DRUGS[di];
            run.shipped(s.tons(si));
            if (d == Drug.COCAINE && transitZone.node(m, s.origin(si)) >= 0) { // cocaine crossing a transit node
                run.seized(transitZone.cross(s, si, m, r, memo));
            }
            double perTon = RouteChoice.valuePerTon(drugMarket, d, di, memo);
            if (originLeg != originLeg) {
                originLeg = m.p(FlowParameters.ORIGIN_LEG);
            }
            run.seized(pass(plazaAt[s.origin(si)], s, si, perTon * originLeg, r), false, SEIZED_ON_ROUTE[di], SEIZED_ON_ROUTE_PER_TON[di]);
        }
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
    private double pass(Plaza z, Shipments s, int i, double usdPerTon, MersenneTwisterFast r) {
        double tons = s.tons(i);
        z.addTonsThrough(tons, tons * usdPerTon);
        return s.seize(i, jitter(planner.corridors().plazaSeizure(z.index()), r));
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
            out.add(new Shipment(inTransit.drug(i), inTransit.owner(i), inTransit.origin(i),
                    planner.corridors().via(inTransit.origin(i), inTransit.crossing(i)), inTransit.border(i), crossingList.get(inTransit.crossing(i)), inTransit.tons(i)));
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
