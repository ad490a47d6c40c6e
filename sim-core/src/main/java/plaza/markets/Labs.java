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
 * Submodel "labs and precursors" (M21): methamphetamine, and fentanyl from imported precursors
 * (003:6), are made in Mexican labs from precursor chemicals; the lab count is methamphetamine's.
 * (U.S. labs, the population the DEA's seizures count, are {@link UsLabs}; what moves from them to
 * Mexico after a U.S. control is part of the demand these labs meet.)
 * Labs make what U.S. demand on Mexican suppliers needs and refill the stock, as far as precursors allow. A new
 * Mexican precursor control (a rise in {@code supply.precursor_control}; 002:90, the law of December 1997) cuts the chemicals available by its
 * size at once; traffickers then route around it (new precursors, new sources, labs moving), so the
 * cut decays with a time constant (002:92: the law amended again and again in response to traffickers'
 * countermeasures). A share of operating labs is seized each month and replaced (002:126 counts lab
 * seizures, not lost output).
 *
 * <pre>
 * cut(t) = cut(t-1) x (1 - 1 / adaptation months) + max(0, control(t) - control(t-1))     precursors = 1 - cut
 * made = min(tons needed + (stock target - stock) / 3, precursors x 1.1 x tons needed)    stock target = stock months x tons needed
 * labs = made / tons per Mexican lab-month          labs seized = labs x Mexican seizure share
 * </pre>
 */
public final class Labs implements java.io.Serializable {

    /** Months over which labs refill a depleted stock. */
    private static final double REFILL_MONTHS = 3;
    /** Lab capacity with full precursors, as a multiple of the monthly need (room to refill the stock). */
    private static final double CAPACITY = 1.1;

    private final DrugMarket market;
    private double control;
    private double cut;
    /** The synthetic drugs labs make: methamphetamine and fentanyl (from imported precursors, 003:6). */
    private static final Drug[] MADE = {Drug.METH, Drug.FENTANYL};

    private final double[] stock = new double[MADE.length];
    private final double[] made = new double[MADE.length];
    private double labs;

    public Labs(DrugMarket market) {
        this.market = market;
    }

    /** The stock starts full; the control in force at the start is taken as already adapted to. */
    public void initialize(Sim m) {
        for (int i = 0; i < MADE.length; i++) {
            stock[i] = m.p(SupplyParameters.STOCK_MONTHS) * market.tonsNeeded(MADE[i]);
        }
        control = m.p(SupplyParameters.PRECURSOR_CONTROL);
    }

    public void month(Sim m) {
        double now = m.p(SupplyParameters.PRECURSOR_CONTROL);
        cut = cut * (1 - 1 / m.p(SupplyParameters.PRECURSOR_ADAPTATION)) + Math.max(0, now - control);
        cut = Math.min(cut, now);
        control = now;
        for (int i = 0; i < MADE.length; i++) {
            double needed = market.tonsNeeded(MADE[i]);
            double target = m.p(SupplyParameters.STOCK_MONTHS) * needed;
            made[i] = Math.min(Math.max(0, needed + (target - stock[i]) / REFILL_MONTHS), precursors() * CAPACITY * needed);
            double have = stock[i] + made[i];
            stock[i] = Math.min(have - market.limitSupply(MADE[i], have), target);
        }
        labs = made[0] / m.p(SupplyParameters.LAB_OUTPUT_MEXICO);
        m.tally().add(Metric.TONS_PRODUCED_METH, made[0]);
        m.tally().add(Metric.KG_PRODUCED_FENTANYL, made[1] * 1000);
        m.tally().add(Metric.METH_LABS, labs);
        m.tally().add(Metric.METH_LABS_MEXICO, labs);
        m.tally().add(Metric.METH_LABS_SEIZED_MEXICO, labs * m.p(SupplyParameters.LAB_SEIZURE_MEXICO));
        m.tally().add(Metric.PRECURSOR_SUPPLY, precursors());
    }

    /** Share of the precursor chemicals labs need that they can get (1 = no control in force or fully adapted). */
    public double precursors() { return 1 - cut; }

    /** Methamphetamine made this month (tons). */
    public double made() { return made[0]; }

    /** Mexican methamphetamine labs operating this month. */
    public double labs() { return labs; }

    /** Fentanyl made this month (tons). */
    public double fentanylMade() { return made[1]; }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("labs", Phase.MARKET,
                "Mexican labs make methamphetamine (with what moved from U.S. labs) and fentanyl as precursors allow; a new Mexican precursor control cuts them, and traffickers adapt after a lag.",
                List.of("drugMarket.demand", "drugMarket.risk", "labs.stock", Channel.EXPECTED_LOSS, SupplyParameters.LAB_OUTPUT_MEXICO, SupplyParameters.LAB_SEIZURE_MEXICO,
                        SupplyParameters.PRECURSOR_ADAPTATION, SupplyParameters.PRECURSOR_CONTROL, SupplyParameters.STOCK_MONTHS),
                List.of("labs.stock", "labs.precursorCut", "drugMarket.orders", Metric.TONS_PRODUCED_METH, Metric.KG_PRODUCED_FENTANYL, Metric.METH_LABS, Metric.METH_LABS_MEXICO,
                        Metric.METH_LABS_SEIZED_MEXICO, Metric.PRECURSOR_SUPPLY),
                this::month);
    }
}
