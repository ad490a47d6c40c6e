package plaza.markets;

import java.util.List;

import plaza.core.Channel;
import plaza.core.Phase;
import plaza.core.Sim;
import plaza.core.Submodel;
import plaza.output.Metric;
import plaza.params.SupplyParameters;
import plaza.world.Drug;

/**
 * Submodel "crops and eradication" (M22): marijuana and opium poppy grow in Mexico's producing
 * states ({@link Fields}: each growing state its share of the area, of the eradication personnel
 * and its own lever {@code eradication.<state>}); soldiers and sailors on eradication (002:44)
 * destroy standing fields, growers replant part of what was destroyed and plant new land toward
 * the area they need, learning with a lag how much eradication takes; harvests fill a stock from
 * which organizations ship, and each state's share of the harvest weights it as an origin of the
 * shipments (trafficking/Trafficking). Part of the poppy harvest's opium gum is seized before it is
 * processed to heroin (002:124 reports gum seizures apart from heroin); growers plant to cover it.
 * When the stock falls short of what U.S. demand needs, fewer tons are sent, deliveries fall and
 * prices rise (the market's scarcity rule). Cocaine is not grown in Mexico: it enters from the
 * south (002:120) and is not limited here.
 *
 * <pre>
 * capacity C = personnel x hectares per person-month             (002:44: 1995-1999 totals / 60 months / 27,625)
 * by state (Fields): C_s = C x share_s x lever_s    E_s = min(C_s, cap x A_s)    H_s = (A_s - E_s) / cycle
 * gum harvested = H x heroin yield x gum per kg heroin     gum seized = gum seizure share x interdiction x gum harvested
 * produced = H x yield (heroin: x (1 - gum seized share))
 * area needed (surviving) = tons needed x cycle / yield (net of gum seized), by state x share_s
 * stock = min(stock + produced - shipped, stock months x tons needed)
 * </pre>
 */
public final class Crops implements java.io.Serializable {

    /** The two crops, with the drug each supplies. */
    public enum Crop {
        MARIJUANA(Drug.MARIJUANA), POPPY(Drug.HEROIN);

        final Drug drug;

        Crop(Drug drug) {
            this.drug = drug;
        }
    }

    private final DrugMarket market;
    private final Fields[] fields = new Fields[2];
    private final double[] stock = new double[2];
    private final double[] produced = new double[2];
    private final double[] netYield = new double[2];
    private double gumSeizedKg;

    public Crops(DrugMarket market) {
        this.market = market;
    }

    /** Fields at the start stand at the area growers aim for under the start's eradication; stocks are full. */
    public void initialize(Sim m) {
        for (Crop c : Crop.values()) {
            int i = c.ordinal();
            fields[i] = new Fields(c.drug, m);
            fields[i].initialize(areaNeeded(c, m), capacity(c, m), m);
            stock[i] = m.p(SupplyParameters.STOCK_MONTHS) * market.tonsNeeded(c.drug);
            netYield[i] = netYield(c, m);
        }
    }

    /** One month: eradication, harvest, planting in every growing state; the stock caps what organizations can ship. */
    public void month(Sim m) {
        for (Crop c : Crop.values()) {
            int i = c.ordinal();
            double h = fields[i].month(areaNeeded(c, m), capacity(c, m), m);
            netYield[i] = netYield(c, m);
            produced[i] = h * netYield[i];
            if (c == Crop.POPPY) {
                gumSeizedKg = h * m.p(SupplyParameters.YIELD_HEROIN) * m.p(SupplyParameters.GUM_PER_HEROIN) * gumSeizedShare(m);
            }
            double needed = market.tonsNeeded(c.drug);
            double have = stock[i] + produced[i];
            double shipped = market.limitSupply(c.drug, have);
            stock[i] = Math.min(have - shipped, m.p(SupplyParameters.STOCK_MONTHS) * needed);
        }
        record(m);
    }

    private void record(Sim m) {
        Fields mj = fields[Crop.MARIJUANA.ordinal()];
        Fields pp = fields[Crop.POPPY.ordinal()];
        m.tally().add(Metric.HECTARES_MARIJUANA, mj.totalArea());
        m.tally().add(Metric.HECTARES_POPPY, pp.totalArea());
        m.tally().add(Metric.HECTARES_ERADICATED_MARIJUANA, mj.totalEradicated());
        m.tally().add(Metric.HECTARES_ERADICATED_POPPY, pp.totalEradicated());
        m.tally().add(Metric.HECTARES_HARVESTED_MARIJUANA, mj.totalHarvested());
        m.tally().add(Metric.HECTARES_HARVESTED_POPPY, pp.totalHarvested());
        m.tally().add(Metric.TONS_PRODUCED_MARIJUANA, produced[Crop.MARIJUANA.ordinal()]);
        m.tally().add(Metric.KG_PRODUCED_HEROIN, produced[Crop.POPPY.ordinal()] * 1000);
        m.tally().add(Metric.KG_SEIZED_OPIUM_GUM, gumSeizedKg);
    }

    /** Hectares eradication can destroy in a month at this month's personnel, all growing states. */
    private static double capacity(Crop c, Sim m) {
        double rate = m.p(c == Crop.MARIJUANA ? SupplyParameters.ERADICATION_RATE_MARIJUANA : SupplyParameters.ERADICATION_RATE_POPPY);
        return m.p(SupplyParameters.ERADICATION_PERSONNEL) * rate;
    }

    /** Share of the opium gum harvested that is seized before processing (the interdiction lever scales it). */
    private static double gumSeizedShare(Sim m) {
        return Math.min(0.95, m.p(SupplyParameters.GUM_SEIZURE) * m.p(SupplyParameters.INTERDICTION_PUSH));
    }

    /** Tons one harvested hectare yields for shipment: heroin after the gum seized before processing. */
    private static double netYield(Crop c, Sim m) {
        return c == Crop.MARIJUANA ? m.p(SupplyParameters.YIELD_MARIJUANA)
                : m.p(SupplyParameters.YIELD_HEROIN) / 1000 * (1 - gumSeizedShare(m));
    }

    /** Hectares that must survive eradication for the harvest to cover the tons needed. */
    private double areaNeeded(Crop c, Sim m) {
        return market.tonsNeeded(c.drug) * m.p(SupplyParameters.CROP_CYCLE) / netYield(c, m);
    }

    /** Hectares standing at the end of the month, all states. */
    public double area(Crop c) { return fields[c.ordinal()].totalArea(); }
    /** Hectares harvested this month, all states. */
    public double harvested(Crop c) { return fields[c.ordinal()].totalHarvested(); }
    /** Tons in stock at the end of the month. */
    public double stock(Crop c) { return stock[c.ordinal()]; }
    /** Opium gum seized this month (kg). */
    public double gumSeizedKg() { return gumSeizedKg; }

    /** Hectares standing in a state (world/Geography index) at the end of the month; 0 where the crop does not grow. */
    public double area(Crop c, int state) {
        Fields f = fields[c.ordinal()];
        int slot = f.slot(state);
        return slot < 0 ? 0 : f.area(slot);
    }
    /** Hectares eradicated in a state this month. */
    public double eradicated(Crop c, int state) {
        Fields f = fields[c.ordinal()];
        int slot = f.slot(state);
        return slot < 0 ? 0 : f.eradicated(slot);
    }
    /** Hectares harvested in a state this month (each asked for every plaza every month: no function object, no boxed slot). */
    public double harvested(Crop c, int state) {
        Fields f = fields[c.ordinal()];
        int slot = f.slot(state);
        return slot < 0 ? 0 : f.harvested(slot);
    }
    /** Tons produced in a state this month (heroin: after the gum seized). */
    public double produced(Crop c, int state) { return harvested(c, state) * netYield[c.ordinal()]; }


    /**
     * Weight of a state as the origin of a drug's shipments, relative to an even spread over the
     * drug's origins: for marijuana and heroin its share of this month's harvest times the number of
     * growing states (1 when all harvest the same); 1 for drugs not grown.
     */
    public double originWeight(Drug d, int state) {
        Fields f = d == Drug.MARIJUANA ? fields[0] : d == Drug.HEROIN ? fields[1] : null;
        if (f == null) {
            return 1;
        }
        int slot = f.slot(state);
        if (slot < 0) {
            return 0;
        }
        double total = f.totalHarvested();
        double share = total > 0 ? f.harvested(slot) / total : f.share(slot);
        return share * f.size();
    }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("crops", Phase.MARKET,
                "In each growing state eradication destroys marijuana and poppy fields, growers replant and plant toward their share of the area needed; part of the opium gum is seized; harvests fill the stock organizations ship from.",
                List.of("drugMarket.demand", "drugMarket.risk", "crops.area", "crops.stock", Channel.EXPECTED_LOSS, SupplyParameters.ADAPTATION, SupplyParameters.CROP_CYCLE,
                        SupplyParameters.ERADICATION_PERSONNEL, SupplyParameters.ERADICATION_RATE_MARIJUANA, SupplyParameters.ERADICATION_RATE_POPPY, SupplyParameters.ERADICATION_STATE,
                        SupplyParameters.GUM_PER_HEROIN, SupplyParameters.GUM_SEIZURE, SupplyParameters.INTERDICTION_PUSH, SupplyParameters.NEW_PLANTING, SupplyParameters.REPLANTING,
                        SupplyParameters.STOCK_MONTHS, SupplyParameters.YIELD_HEROIN, SupplyParameters.YIELD_MARIJUANA),
                List.of("crops.area", "crops.harvestByState", "crops.stock", "drugMarket.orders", Metric.TONS_PRODUCED_MARIJUANA, Metric.KG_PRODUCED_HEROIN, Metric.KG_SEIZED_OPIUM_GUM,
                        Metric.HECTARES_ERADICATED_MARIJUANA, Metric.HECTARES_ERADICATED_POPPY, Metric.HECTARES_HARVESTED_MARIJUANA, Metric.HECTARES_HARVESTED_POPPY,
                        Metric.HECTARES_MARIJUANA, Metric.HECTARES_POPPY),
                this::month);
    }
}
