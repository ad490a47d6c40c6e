package plaza.trafficking;

import java.util.List;

import plaza.agents.BorderCrossing;
import plaza.agents.Plaza;
import plaza.agents.TraffickingOrganization;
import plaza.core.Sim;
import plaza.markets.Crops;
import plaza.markets.DrugMarket;
import plaza.params.BorderParameters;
import plaza.world.Drug;

/**
 * Route planning for {@link Trafficking} (M9, M10): each month every organization moves its route
 * mix for each drug toward the mix it would choose now ({@link RouteChoice}), estimates the share
 * lost from origin to market, ships enough to cover it and spreads the tons over origins and
 * crossings, as columns of {@link Shipments}. Each month's plaza and corridor seizure shares are
 * found once ({@link Corridors#refresh}) and read by planning and by the shipments that move. What
 * is the same for every organization in a step (each crossing's loss, each origin's surviving share
 * and weights, each corridor's seizure share) is computed once per drug and step in the step's
 * {@link RouteChoice.Memo}.
 */
final class RoutePlanning implements java.io.Serializable {

    /** Organizations never ship more than three times what they expect to sell, however high the expected loss. */
    private static final double MAX_OVERSHIP = 3;

    private final RouteChoice routes;
    private final DrugMarket drugMarket;
    private final TransitZone transitZone;
    private final Crops crops;
    /** The road corridors from the origin plazas to the crossings, and this month's seizure shares on them. */
    private final Corridors corridors = new Corridors();
    /** The border plaza of each crossing, by the crossing's index. */
    private int[] crossingPlaza;

    RoutePlanning(RouteChoice routes, DrugMarket drugMarket, TransitZone transitZone, Crops crops) {
        this.routes = routes;
        this.drugMarket = drugMarket;
        this.transitZone = transitZone;
        this.crops = crops;
    }

    void initialize(Sim m) {
        corridors.initialize(m);
        crossingPlaza = new int[m.crossings().size()];
        for (BorderCrossing c : m.crossings()) {
            crossingPlaza[c.index()] = c.plaza();
        }
    }

    /** The corridors, with the seizure shares of the last plan (read by the shipments that move). */
    Corridors corridors() { return corridors; }

    /** Decides this month's shipments for every organization and drug. */
    void plan(Sim m, Shipments departing) {
        RouteChoice.Memo memo = new RouteChoice.Memo(m.plazas().size(), m.crossings().size());
        corridors.refresh(m, z -> routes.plazaSeizure(z, m, memo));
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
        for (int k = 0; k < orgs.size(); k++) {
            TraffickingOrganization o = orgs.get(k);
            if (weight[k] <= 0) {
                continue;
            }
            for (Drug d : Drug.values()) {
                planDrug(o, d, weight[k], totalWeight, inertia, m, lossTons, tonsPlanned, memo, departing);
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
                          double[] lossTons, double[] tonsPlanned, RouteChoice.Memo memo, Shipments departing) {
        double[] mix = o.routeMix(d);
        double sum = moveMix(o, d, mix, inertia, m, memo);
        if (sum <= 0) {
            return;
        }
        List<BorderCrossing> crossings = m.crossings();
        int nc = crossings.size();
        int[] origins = corridors.origins(d);
        List<Plaza> plazas = m.plazas();
        int di = d.ordinal();
        if (!memo.primed(d)) {
            prime(d, origins, m, memo);
        }
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
        double[] vs = memo.viaSeizure[di]; // by origin and crossing: the seizure share of the corridor between them
        for (int j = 0; j < origins.length; j++) {
            ow[j] = (plazas.get(origins[j]).controller() == o ? 3 : 1) * memo.entry[di][j] * memo.crop[di][j];
            originWeights += ow[j];
            double viaTransit = 0;
            int row = j * nc;
            for (int u = 0; u < nu; u++) {
                int ci = used[u];
                viaTransit += mix[ci] * vs[row + ci];
            }
            originLoss += ow[j] * (1 - memo.survive[di][j] * (1 - viaTransit));
        }
        originLoss /= originWeights;
        double expected = 1 - (1 - originLoss) * (1 - loss);
        o.setExpectedLoss(d, expected);
        double tons = drugMarket.demand(d) * weight / totalWeight / Math.max(1 / MAX_OVERSHIP, 1 - expected);
        lossTons[di] += tons * expected;
        tonsPlanned[di] += tons;
        if (tons > 0) { // no shipments of a drug nobody buys (fentanyl before its demand starts)
            ship(o, d, origins, ow, originWeights, mix, used, nu, tons, departing);
        }
    }

    /** Moves the organization's route mix for the drug toward its target (inertia); returns the mix's sum. */
    private double moveMix(TraffickingOrganization o, Drug d, double[] mix, double inertia, Sim m, RouteChoice.Memo memo) {
        double[] target = routes.targetMix(o, d, m, memo);
        double sum = 0;
        for (int i = 0; i < mix.length; i++) {
            mix[i] = (1 - inertia) * mix[i] + inertia * target[i];
            if (target[i] == 0) {
                mix[i] = 0;
            }
            sum += mix[i];
        }
        return sum;
    }

    /**
     * The first plan of a drug in a step computes every crossing's loss and reads every corridor's
     * seizure, used or not (the reads of the step stay those of a plan over all crossings), and the
     * origins' terms that are the same for every organization.
     */
    private void prime(Drug d, int[] origins, Sim m, RouteChoice.Memo memo) {
        List<BorderCrossing> crossings = m.crossings();
        List<Plaza> plazas = m.plazas();
        int nc = crossings.size();
        for (int ci = 0; ci < nc; ci++) {
            routes.crossingLoss(crossings.get(ci), d, m, memo);
        }
        double[] vs = new double[origins.length * nc];
        double[] sv = new double[origins.length];
        double[] en = new double[origins.length];
        double[] cr = new double[origins.length];
        for (int j = 0; j < origins.length; j++) {
            for (int ci = 0; ci < nc; ci++) {
                vs[j * nc + ci] = corridors.loss(origins[j], ci);
            }
        }
        for (int j = 0; j < origins.length; j++) {
            Plaza origin = plazas.get(origins[j]);
            sv[j] = (1 - corridors.plazaSeizure(origin.index())) * (1 - transitZone.loss(d, origin.index(), m, memo));
            en[j] = transitZone.entryWeight(d, origin.index(), 1 - sv[j], m);
            cr[j] = crops.originWeight(d, origin.stateIndex()); // marijuana and heroin leave where they are harvested
        }
        memo.viaSeizure[d.ordinal()] = vs;
        memo.survive[d.ordinal()] = sv;
        memo.entry[d.ordinal()] = en;
        memo.crop[d.ordinal()] = cr;
    }

    /** Spreads the tons over origins (by weight) and the crossings in the mix: one shipment per pair with a share above 1e-4. */
    private void ship(TraffickingOrganization o, Drug d, int[] origins, double[] ow, double originWeights, double[] mix,
                      int[] used, int nu, double tons, Shipments departing) {
        for (int j = 0; j < origins.length; j++) {
            int origin = origins[j];
            double w = ow[j];
            for (int u = 0; u < nu; u++) {
                int ci = used[u];
                double share = mix[ci] * w / originWeights;
                if (share > 1e-4) {
                    int b = crossingPlaza[ci];
                    departing.add(d, o, origin, b, ci, tons * share);
                }
            }
        }
    }
}
