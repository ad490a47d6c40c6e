package plaza.trafficking;

import java.util.function.ToDoubleFunction;

import ec.util.MersenneTwisterFast;
import plaza.agents.BorderCrossing;
import plaza.agents.Plaza;
import plaza.core.Sim;
import plaza.world.Drug;
import plaza.world.Geography;

/**
 * The road corridors of {@link Trafficking}: for each drug its origin plazas, for each origin and
 * crossing the plazas between the origin and the border-crossing city (world/Geography.route,
 * computed once), and each month every plaza's seizure share and each corridor's: at each of a
 * corridor's L plazas 1/L of that plaza's share, so a corridor seizes about what one transit plaza
 * did whatever its length.
 */
final class Corridors implements java.io.Serializable {

    /** Corridor plazas from each origin plaza (by index) to each crossing (by index). */
    private int[][][] corridor;
    /** Origin plaza indices of each drug, in the order of world/Geography.ORIGINS. */
    private int[][] originPlazas;
    /** This month's share seized by enforcement in each plaza (planning and movement read the same). */
    private double[] plazaSeizure;
    /** This month's share seized on the corridor from each origin plaza to each crossing (null rows for plazas that are no origin). */
    private double[][] corridorLoss;

    void initialize(Sim m) {
        int n = m.plazas().size();
        corridor = new int[n][][];
        originPlazas = new int[Drug.values().length][];
        for (Drug d : Drug.values()) {
            String[] ids = Geography.ORIGINS[d.ordinal()];
            originPlazas[d.ordinal()] = new int[ids.length];
            for (int j = 0; j < ids.length; j++) {
                int o = plazaIndex(m, ids[j]);
                originPlazas[d.ordinal()][j] = o;
                if (corridor[o] == null) {
                    corridor[o] = new int[m.crossings().size()][];
                    for (BorderCrossing c : m.crossings()) {
                        corridor[o][c.index()] = Geography.route(o, c.plaza());
                    }
                }
            }
        }
    }

    /** The index of the plaza with this id in the run's world. */
    private static int plazaIndex(Sim m, String id) {
        for (Plaza z : m.plazas()) {
            if (z.id().equals(id)) {
                return z.index();
            }
        }
        throw new IllegalStateException("no plaza " + id + " in this world");
    }

    /** This month's seizure share in every plaza (effectiveness changes once a month, before planning) and on every corridor. */
    void refresh(Sim m, ToDoubleFunction<Plaza> seizure) {
        if (plazaSeizure == null) {
            plazaSeizure = new double[m.plazas().size()];
            corridorLoss = new double[corridor.length][];
        }
        for (Plaza z : m.plazas()) {
            plazaSeizure[z.index()] = seizure.applyAsDouble(z);
        }
        for (int o = 0; o < corridor.length; o++) {
            if (corridor[o] != null) {
                if (corridorLoss[o] == null) {
                    corridorLoss[o] = new double[corridor[o].length];
                }
                for (int c = 0; c < corridor[o].length; c++) {
                    corridorLoss[o][c] = corridorSeizure(corridor[o][c]);
                }
            }
        }
    }

    /** Expected share seized on a corridor: at each of its L plazas 1/L of that plaza's share. */
    private double corridorSeizure(int[] via) {
        double survive = 1;
        for (int z : via) {
            survive *= 1 - plazaSeizure[z] / via.length;
        }
        return 1 - survive;
    }

    /**
     * Shipment {@code i} crosses its corridor: each plaza counts the tons entering it and 1/L of
     * their value on the transit leg (a corridor of L plazas is worth what the leg is, whatever its
     * length, as it seizes about what one plaza would); one seizure draw for the corridor (none when
     * the corridor is empty). Returns the tons seized.
     */
    double pass(Shipments s, int i, Plaza[] plazas, double usdPerTon, MersenneTwisterFast r) {
        int origin = s.origin(i);
        int crossing = s.crossing(i);
        int[] via = corridor[origin][crossing];
        if (via.length == 0) {
            return 0;
        }
        double tons = s.tons(i);
        double usd = tons * usdPerTon / via.length; // the leg's value shared by the corridor's cities, as its seizures are
        for (int z : via) {
            plazas[z].addTonsThrough(tons, usd);
        }
        return s.seize(i, Trafficking.jitter(corridorLoss[origin][crossing], r));
    }

    int[] origins(Drug d) { return originPlazas[d.ordinal()]; }
    double plazaSeizure(int plaza) { return plazaSeizure[plaza]; }
    double loss(int origin, int crossing) { return corridorLoss[origin][crossing]; }
    /** The corridor's plazas (shared, never modified). */
    int[] via(int origin, int crossing) { return corridor[origin][crossing]; }
}
