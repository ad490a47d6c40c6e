package plaza.markets;

import java.util.List;

import plaza.core.Phase;
import plaza.core.Sim;
import plaza.core.Submodel;
import plaza.output.Metric;
import plaza.params.SupplyParameters;
import plaza.world.Drug;

/**
 * Submodel "crops and eradication" (M22): marijuana and opium poppy grow in Mexico's producing
 * states; soldiers and sailors on eradication (002:44) destroy standing fields, growers replant
 * part of what was destroyed and plant new land toward the area they need, learning with a lag how
 * much eradication takes; harvests fill a stock from which organizations ship. When the stock falls
 * short of what U.S. demand needs, fewer tons are sent, deliveries fall and prices rise (the
 * market's scarcity rule). Cocaine is not grown in Mexico: it enters from the south (002:120) and
 * is not limited here.
 *
 * <pre>
 * capacity C = personnel x hectares per person-month             (002:44: 1995-1999 totals / 60 months / 27,625)
 * eradicated E = min(C, cap x A)          surviving S = A - E      harvested H = S / cycle
 * produced = H x yield          expected share e += (E/A - e) / adaptation months
 * area needed (surviving) = tons needed x cycle / yield     goal = needed / (1 - e)
 * planted = clamp(goal - S, 0, replanting x E + new land x goal)  A' = S + planted
 * stock = min(stock + produced - shipped, stock months x tons needed)
 * </pre>
 */
public final class Crops {

    /** At most this share of a standing crop can be found and destroyed in one month. */
    static final double MAX_ERADICATED_SHARE = 0.5;

    /** The two crops, with the drug each supplies. */
    public enum Crop {
        MARIJUANA(Drug.MARIJUANA), POPPY(Drug.HEROIN);

        final Drug drug;

        Crop(Drug drug) {
            this.drug = drug;
        }
    }

    private final DrugMarket market;
    private final double[] area = new double[2];
    private final double[] expected = new double[2];
    private final double[] stock = new double[2];
    private final double[] eradicated = new double[2];
    private final double[] harvested = new double[2];
    private final double[] produced = new double[2];

    public Crops(DrugMarket market) {
        this.market = market;
    }

    /** Fields at the start stand at the area growers aim for under the start's eradication; stocks are full. */
    public void initialize(Sim m) {
        for (Crop c : Crop.values()) {
            int i = c.ordinal();
            double needed = areaNeeded(c, m);
            double capacity = capacity(c, m);
            double a = Math.max(needed + capacity, capacity / MAX_ERADICATED_SHARE);
            area[i] = a;
            expected[i] = a > 0 ? Math.min(capacity, MAX_ERADICATED_SHARE * a) / a : 0;
            stock[i] = m.p(SupplyParameters.STOCK_MONTHS) * market.tonsNeeded(c.drug);
        }
    }

    /** One month: eradication, harvest, planting; the stock caps what organizations can ship. */
    public void month(Sim m) {
        double cycle = m.p(SupplyParameters.CROP_CYCLE);
        double adaptation = m.p(SupplyParameters.ADAPTATION);
        for (Crop c : Crop.values()) {
            int i = c.ordinal();
            double a = area[i];
            double e = Math.min(capacity(c, m), MAX_ERADICATED_SHARE * a);
            double surviving = a - e;
            double h = surviving / cycle;
            eradicated[i] = e;
            harvested[i] = h;
            produced[i] = h * yieldTons(c, m);
            if (a > 0) {
                expected[i] += (e / a - expected[i]) / adaptation;
            }
            double goal = areaNeeded(c, m) / (1 - Math.min(0.95, expected[i]));
            double canPlant = m.p(SupplyParameters.REPLANTING) * e + m.p(SupplyParameters.NEW_PLANTING) * goal;
            area[i] = surviving + Math.max(0, Math.min(goal - surviving, canPlant));
            double needed = market.tonsNeeded(c.drug);
            double have = stock[i] + produced[i];
            double shipped = market.limitSupply(c.drug, have);
            stock[i] = Math.min(have - shipped, m.p(SupplyParameters.STOCK_MONTHS) * needed);
        }
        record(m);
    }

    private void record(Sim m) {
        int mj = Crop.MARIJUANA.ordinal();
        int pp = Crop.POPPY.ordinal();
        m.tally().add(Metric.HECTARES_MARIJUANA, area[mj]);
        m.tally().add(Metric.HECTARES_POPPY, area[pp]);
        m.tally().add(Metric.HECTARES_ERADICATED_MARIJUANA, eradicated[mj]);
        m.tally().add(Metric.HECTARES_ERADICATED_POPPY, eradicated[pp]);
        m.tally().add(Metric.HECTARES_HARVESTED_MARIJUANA, harvested[mj]);
        m.tally().add(Metric.HECTARES_HARVESTED_POPPY, harvested[pp]);
        m.tally().add(Metric.TONS_PRODUCED_MARIJUANA, produced[mj]);
        m.tally().add(Metric.KG_PRODUCED_HEROIN, produced[pp] * 1000);
    }

    /** Hectares eradication can destroy in a month at this month's personnel. */
    private static double capacity(Crop c, Sim m) {
        double rate = m.p(c == Crop.MARIJUANA ? SupplyParameters.ERADICATION_RATE_MARIJUANA : SupplyParameters.ERADICATION_RATE_POPPY);
        return m.p(SupplyParameters.ERADICATION_PERSONNEL) * rate;
    }

    /** Tons one harvested hectare yields. */
    private static double yieldTons(Crop c, Sim m) {
        return c == Crop.MARIJUANA ? m.p(SupplyParameters.YIELD_MARIJUANA) : m.p(SupplyParameters.YIELD_HEROIN) / 1000;
    }

    /** Hectares that must survive eradication for the harvest to cover the tons needed. */
    private double areaNeeded(Crop c, Sim m) {
        return market.tonsNeeded(c.drug) * m.p(SupplyParameters.CROP_CYCLE) / yieldTons(c, m);
    }

    /** Hectares standing at the end of the month. */
    public double area(Crop c) { return area[c.ordinal()]; }
    /** Hectares harvested this month. */
    public double harvested(Crop c) { return harvested[c.ordinal()]; }
    /** Tons in stock at the end of the month. */
    public double stock(Crop c) { return stock[c.ordinal()]; }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("crops", Phase.MARKET,
                "Eradication destroys marijuana and poppy fields, growers replant and plant toward the area they need; harvests fill the stock organizations ship from.",
                List.of("drugMarket.demand", "drugMarket.risk", "lever:supply.eradication_personnel", "crops.area", "crops.stock"),
                List.of("crops.area", "crops.stock", "drugMarket.orders", "output:hectares_*", "output:tons_produced_marijuana", "output:kg_produced_heroin"),
                this::month);
    }
}
