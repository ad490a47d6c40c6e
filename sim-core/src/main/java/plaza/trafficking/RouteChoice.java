package plaza.trafficking;

import java.util.List;

import plaza.agents.BorderCrossing;
import plaza.agents.Plaza;
import plaza.agents.TraffickingOrganization;
import plaza.core.Sim;
import plaza.institutions.Institutions;
import plaza.markets.DrugMarket;
import plaza.params.BorderParameters;
import plaza.world.Drug;

/**
 * How an organization weighs routes (M9, M10): its access to each border corridor, the expected
 * share lost on the way through a crossing, and the route mix it would choose now, capacity x
 * e^(-sensitivity x expected loss) over the crossings it can use. Used by {@link Trafficking}.
 */
final class RouteChoice implements java.io.Serializable {

    /** Structural choice: an attacker moves some product through a corridor it is fighting for, at a third of a holder's access. */
    private static final double ATTACKER_ACCESS = 0.3;


    /** Share of a shipment seized by enforcement in a plaza it passes. */

    private final Institutions institutions;
    private final BorderAgency border;

    RouteChoice(Institutions institutions, BorderAgency border) {
        this.institutions = institutions;
        this.border = border;
    }

    double plazaSeizure(Plaza z, Sim m) {
        return Math.min(0.9, m.p(BorderParameters.ENROUTE_2007) * institutions.effectiveness(z)
                * m.p(plaza.params.SupplyParameters.INTERDICTION_PUSH)); // 1 in the baseline
    }

    /** Access of an organization to a border plaza: 1 if held, partial if attacking, else 0. */
    private static double access(TraffickingOrganization o, Plaza z) {
        if (z.controller() == o) {
            return 1;
        }
        return z.attackedBy(o) ? ATTACKER_ACCESS : 0;
    }

    /**
     * What route planning computes many times a month, kept for one planning step (its inputs, the
     * plazas' enforcement, the crossings' inspection and the parameters, do not change within it).
     * Each value is computed the first time it is asked for, so the same parameters are read, in
     * the same step, as without it.
     */
    static final class Memo {
        private final double[] plazaSeizure;
        private final double[] crossingLoss;
        private final int drugs;
        private final double[] crossingSeizure;
        private final double[] perTon;
        /** The organization whose access to each crossing's plaza {@link #access} holds (the last asked for). */
        private TraffickingOrganization accessOf;
        private final double[] access;
        /** e^(-sensitivity x crossing loss) by crossing and drug (the route sensitivity does not change within a step). */
        private final double[] appeal;
        /** Whether a plan of each drug has computed every crossing's loss in this step. */
        private final boolean[] primed;
        /** Scratch for one plan: a target mix, the crossings in a mix, the origins' weights. */
        private final double[] target;
        private final int[] used;
        private double[] originWeights = new double[8];
        /**
         * By drug and origin (in {@link plaza.world.Geography#originIndices} order): the share that
         * survives the origin plaza and the transit zone, the origin's entry weight and its crop
         * weight (the same for every organization; null until the drug's first plan in the step).
         */
        final double[][] survive = new double[Drug.values().length][];
        final double[][] entry = new double[Drug.values().length][];
        final double[][] crop = new double[Drug.values().length][];
        /** By drug, origin and crossing: the seizure share of the road corridor between them (0 where none). */
        final double[][] viaSeizure = new double[Drug.values().length][];
        /** Each transit-zone node's seizure share (see {@link TransitZone#seizure(int, Sim, Memo)}). */
        final double[] nodeSeizure = new double[plaza.world.Geography.TRANSIT_ZONE.size()];

        Memo(int plazas, int crossings) {
            drugs = Drug.values().length;
            access = new double[crossings];
            appeal = new double[crossings * Drug.values().length];
            java.util.Arrays.fill(appeal, Double.NaN);
            primed = new boolean[Drug.values().length];
            java.util.Arrays.fill(nodeSeizure, Double.NaN);
            target = new double[crossings];
            used = new int[crossings];
            crossingSeizure = new double[crossings * drugs];
            perTon = new double[drugs];
            java.util.Arrays.fill(crossingSeizure, Double.NaN);
            java.util.Arrays.fill(perTon, Double.NaN);
            plazaSeizure = new double[plazas];
            crossingLoss = new double[crossings * drugs];
            java.util.Arrays.fill(plazaSeizure, Double.NaN);
            java.util.Arrays.fill(crossingLoss, Double.NaN);
        }

        /** True from the second time it is asked for a drug in this step. */
        boolean primed(Drug d) {
            boolean was = primed[d.ordinal()];
            primed[d.ordinal()] = true;
            return was;
        }

        int[] used() { return used; }

        double[] originWeights(int n) {
            if (originWeights.length < n) {
                originWeights = new double[n];
            }
            return originWeights;
        }
    }

    /** {@link #plazaSeizure(Plaza, Sim)}, kept in the memo. */
    double plazaSeizure(Plaza z, Sim m, Memo memo) {
        double v = memo.plazaSeizure[z.index()];
        return v == v ? v : keepPlazaSeizure(z, m, memo); // NaN: not computed yet in this step
    }

    // the first computation of a kept value is a method of its own, so the look-up that shipments make
    // hundreds of times a month stays small enough for the compiler to inline
    private double keepPlazaSeizure(Plaza z, Sim m, Memo memo) {
        double v = plazaSeizure(z, m);
        memo.plazaSeizure[z.index()] = v;
        return v;
    }

    /** The border agency's seizure probability at a crossing for a drug, kept in the memo. */
    double seizureProbability(BorderCrossing c, Drug d, Sim m, Memo memo) {
        double v = memo.crossingSeizure[c.index() * memo.drugs + d.ordinal()];
        return v == v ? v : keepSeizureProbability(c, d, m, memo);
    }

    private double keepSeizureProbability(BorderCrossing c, Drug d, Sim m, Memo memo) {
        double v = border.seizureProbability(c, d, m);
        memo.crossingSeizure[c.index() * memo.drugs + d.ordinal()] = v;
        return v;
    }

    /** What a ton of the drug brings at the border this month, kept in the memo (prices settle after shipments move). */
    static double valuePerTon(DrugMarket market, Drug d, int ordinal, Memo memo) {
        double v = memo.perTon[ordinal];
        return v == v ? v : keepValuePerTon(market, d, memo);
    }

    private static double keepValuePerTon(DrugMarket market, Drug d, Memo memo) {
        double v = market.valuePerTon(d);
        memo.perTon[d.ordinal()] = v;
        return v;
    }

    /** {@link #crossingLoss(BorderCrossing, Drug, Sim)}, kept in the memo. */
    double crossingLoss(BorderCrossing c, Drug d, Sim m, Memo memo) {
        int i = c.index() * memo.drugs + d.ordinal();
        double v = memo.crossingLoss[i];
        if (v != v) {
            v = 1 - (1 - plazaSeizure(m.plazas().get(c.plaza()), m, memo)) * (1 - border.seizureProbability(c, d, m));
            memo.crossingLoss[i] = v;
        }
        return v;
    }

    /** Expected share lost between the border plaza and the U.S. through a crossing. */
    double crossingLoss(BorderCrossing c, Drug d, Sim m) {
        double plaza = plazaSeizure(m.plazas().get(c.plaza()), m);
        double crossing = border.seizureProbability(c, d, m);
        return 1 - (1 - plaza) * (1 - crossing);
    }

    /** The route mix an organization would choose now, over all crossings (zeros where no access). */
    double[] targetMix(TraffickingOrganization o, Drug d, Sim m) {
        return targetMix(o, d, m, new Memo(m.plazas().size(), m.crossings().size()));
    }

    /** {@link #targetMix(TraffickingOrganization, Drug, Sim)} with the step's memo, in the memo's scratch array (valid until the next call). */
    double[] targetMix(TraffickingOrganization o, Drug d, Sim m, Memo memo) {
        double beta = m.p(BorderParameters.ROUTE_SENSITIVITY);
        List<BorderCrossing> crossings = m.crossings();
        int nc = crossings.size();
        if (memo.accessOf != o) { // the same for every drug: no plaza changes hands while routes are planned
            for (int ci = 0; ci < nc; ci++) {
                memo.access[ci] = access(o, m.plazas().get(crossings.get(ci).plaza()));
            }
            memo.accessOf = o;
        }
        double[] w = memo.target;
        java.util.Arrays.fill(w, 0);
        double total = 0;
        for (int ci = 0; ci < nc; ci++) {
            double a = memo.access[ci];
            if (a > 0) {
                BorderCrossing c = crossings.get(ci);
                int k = ci * memo.drugs + d.ordinal();
                double e = memo.appeal[k];
                if (e != e) {
                    e = Math.exp(-beta * crossingLoss(c, d, m, memo));
                    memo.appeal[k] = e;
                }
                w[ci] = a * c.smugglingCapacity() * e;
                total += w[ci];
            }
        }
        if (total > 0) {
            for (int i = 0; i < w.length; i++) {
                w[i] /= total;
            }
        }
        return w;
    }

    /** Organization's share of the U.S. market: border capacity it holds (attacked corridors count partly). */
    static double marketWeight(TraffickingOrganization o, Sim m) {
        double w = 0;
        for (BorderCrossing c : m.crossings()) {
            w += access(o, m.plazas().get(c.plaza())) * c.smugglingCapacity();
        }
        return w;
    }
}
