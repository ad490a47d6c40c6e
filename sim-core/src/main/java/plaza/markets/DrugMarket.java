package plaza.markets;

import java.time.YearMonth;
import java.util.List;

import plaza.core.Channel;
import plaza.core.Phase;
import plaza.core.Sim;
import plaza.core.Submodel;
import plaza.core.Channels;
import plaza.funding.SecurityBudgets;
import plaza.params.FundingParameters;
import plaza.params.MarketParameters;
import plaza.params.ParameterValues;
import plaza.params.SupplyParameters;
import plaza.world.Drug;

/**
 * Rule: U.S. demand for each drug falls slowly with its price, with treatment (hard drugs) and with
 * legal supply (marijuana); the price rises when less arrives than is demanded and falls back when
 * supply recovers. Baseline demand is set so that 2007 deliveries at 2007 prices bring the chosen
 * gross revenue. Sources: 001:580-584 (prohibition prices, $6-7B, at least 70% hard drugs),
 * 001:767-777 (little effect on aggregate demand), 004:41 (crackdowns raise prices),
 * 001:803-810 (legal producers displace DTO marijuana), 004:213 (treatment).
 *
 * <pre>
 * demand_d(t) = D0_d x price_d^(-elasticity) x e^(-c x extra treatment $B) [hard] x (1 - legal share(t)) [marijuana]
 *               D0_fentanyl(t) = its revenue path / its wholesale price (0 before 2014 by default; 003:6)
 * price_d      = scarcity_d x (1 - L_start,d) / (1 - L_d)      L: tons-weighted expected loss to seizure
 * scarcity_d(t+1) = scarcity_d(t) x exp(response x (orders(t-1) - delivered + demand - orders) / demand), kept within [0.2, 5]
 *               (deliveries are shipped for last month's orders; orders fall below demand when supply is short)
 * </pre>
 * With {@code market.price_clearing} = w &gt; 0 (1 by default since the issue-23 refit) the market clears instead:
 * <pre>
 * learned_d(t) = learned_d(t-1) + (L_d - learned_d(t-1)) / supply lag          suppliers learn the loss
 * D_cost,d     = D0_d x risk factor_d^(-elasticity) x treatment x legal             demand at cost (no scarcity)
 * demand_d     = D_cost,d x scarcity_d^(-elasticity (1 - w)) x (1 - L_d) / (1 - learned_d)
 * ln scarcity_d(t+1) = ln scarcity_d(t) + (1 - w) x response x gap
 *                      + w x (ln s*_d - ln scarcity_d(t)) / price lag,   s*_d = (arrived_d / D_cost,d)^(-1 / elasticity)
 * D_cost,meth  also counts the U.S. lab output that a U.S. precursor control has moved to Mexican labs ({@link UsLabs})
 * </pre>
 * so suppliers replace what a new seizure rate costs them only as they learn it, and meanwhile the
 * price is the one at which U.S. demand takes the tons that arrive (004:41: a crackdown cuts supply
 * and raises prices); once supply has caught up the price is back to cost times the risk premium
 * (001:767-777: little lasting effect). A glut (legal supply shrinking the market faster than
 * shipments follow) lowers it. The elasticity in s* is at least 0.05.
 *
 * The risk factor is the replacement cost of seized drugs passed on to buyers (the "risks and
 * prices" logic of prohibition, 001:580-583): more interdiction raises prices and so lowers demand,
 * with the diminishing returns of the seizure curve.
 */
public final class DrugMarket implements java.io.Serializable {

    private static final Drug[] DRUGS = Drug.values();

    private final double[] baselineDemand = new double[DRUGS.length];
    private final double[] wholesale = new double[DRUGS.length];
    private final double[] price = new double[DRUGS.length];
    private final double[] demand = new double[DRUGS.length];
    /** What organizations can fill this month: demand, unless supply in Mexico falls short. */
    private final double[] orders = new double[DRUGS.length];
    /** Last month's orders: what this month's deliveries were shipped for. */
    private final double[] lastOrders = new double[DRUGS.length];
    private final double[] delivered = new double[DRUGS.length];
    /** With market clearing: the seized share suppliers have learned to replace, and demand at cost this and last month. */
    private final double[] learnedLoss = new double[DRUGS.length];
    private final double[] atCost = new double[DRUGS.length];
    private final double[] lastAtCost = new double[DRUGS.length];
    /** Where route planning leaves each drug's expected loss ({@link plaza.core.Channel#EXPECTED_LOSS}); set at initialization. */
    private Channels channels;

    public DrugMarket() {
        java.util.Arrays.fill(price, 1);
        java.util.Arrays.fill(learnedLoss, Double.NaN);
    }

    /** Baseline demand in tons per month from revenue, revenue shares and wholesale prices. */
    public void initialize(Sim m) {
        channels = m.world().channels();
        ParameterValues p = m.params();
        double revenuePerMonth = MarketParameters.monthlyRevenueUsd(p);
        double hard = p.get(MarketParameters.HARD_DRUG_SHARE);
        double coke = p.get(MarketParameters.COCAINE_SHARE_OF_HARD);
        double meth = p.get(MarketParameters.METH_SHARE_OF_HARD);
        double[] share = {1 - hard, hard * coke, hard * (1 - coke - meth), hard * meth, 0}; // fentanyl: its own path
        wholesale[Drug.MARIJUANA.ordinal()] = p.get(MarketParameters.PRICE_MARIJUANA);
        wholesale[Drug.COCAINE.ordinal()] = p.get(MarketParameters.PRICE_COCAINE);
        wholesale[Drug.HEROIN.ordinal()] = p.get(MarketParameters.PRICE_HEROIN);
        wholesale[Drug.METH.ordinal()] = p.get(MarketParameters.PRICE_METH);
        wholesale[Drug.FENTANYL.ordinal()] = p.get(SupplyParameters.PRICE_FENTANYL);
        for (Drug d : DRUGS) {
            baselineDemand[d.ordinal()] = revenuePerMonth * share[d.ordinal()] / wholesale[d.ordinal()] / 1000;
            demand[d.ordinal()] = baselineDemand[d.ordinal()];
            orders[d.ordinal()] = demand[d.ordinal()];
            lastOrders[d.ordinal()] = demand[d.ordinal()];
        }
    }

    /** Share of U.S. marijuana demand met legally in a month. */
    public static double legalShare(YearMonth m, ParameterValues p) {
        return p.at(MarketParameters.LEGAL_SHARE, m);
    }

    /** Sets this month's demand (tons) for each drug. */
    public void month(Sim m) {
        ParameterValues p = m.params();
        double elasticity = p.get(MarketParameters.DEMAND_ELASTICITY);
        double treatment = Math.exp(-p.get(FundingParameters.TREATMENT_EFFECT) * SecurityBudgets.treatmentExtra(m.month(), p));
        double legal = legalShare(m.month(), p);
        double clearing = p.get(MarketParameters.CLEARING);
        for (Drug d : DRUGS) {
            int i = d.ordinal();
            double base = d == Drug.FENTANYL
                    ? p.get(SupplyParameters.FENTANYL_REVENUE) * 1e9 / 12 / wholesale[i] / 1000 : baselineDemand[i];
            double q = clearing == 0 ? base * Math.pow(price[i] * riskFactor(i), -elasticity) : base * Math.pow(riskFactor(i), -elasticity);
            if (d.hard()) {
                q *= treatment;
            } else {
                q *= 1 - legal;
            }
            lastAtCost[i] = atCost[i];
            atCost[i] = clearing > 0 ? q : 0;
            if (clearing > 0) {
                q *= Math.pow(price[i], -elasticity * (1 - clearing)) * supplied(i, p.get(MarketParameters.SUPPLY_LAG));
            }
            demand[i] = q;
            orders[i] = q;
            delivered[i] = 0;
        }
    }

    /**
     * Adds tons to this month's demand on Mexican suppliers: U.S. lab production that has moved to
     * Mexican labs after a U.S. precursor control ({@link UsLabs}).
     */
    public void addDemand(Drug d, double tons) {
        demand[d.ordinal()] += tons;
        orders[d.ordinal()] += tons;
        atCost[d.ordinal()] += tons; // demand at cost too: without it the clearing price read the moved tons as a glut
    }

    /** Records tons reaching U.S. markets and returns the organization's revenue for them (USD). */
    public double sell(Drug d, double tons) { return sell(d, tons, valuePerTon(d)); }

    /** {@link #sell} at this month's {@link #valuePerTon} of the drug, for a caller that holds it (prices do not change while shipments arrive). */
    public double sell(Drug d, double tons, double valuePerTon) {
        delivered[d.ordinal()] += tons;
        return tons * valuePerTon;
    }

    /** What a ton of the drug brings at the border this month (USD): wholesale price times the price index. */
    public double valuePerTon(Drug d) {
        return 1000 * wholesale[d.ordinal()] * price(d);
    }

    /**
     * The risk premium: the replacement cost of the tons expected to be seized on the routes last
     * planned, relative to the first plan (the {@code expectedLoss} channel, written by route planning).
     */
    private double riskFactor(int i) {
        return (1 - channels.startExpectedLoss(DRUGS[i])) / (1 - risk(i));
    }

    private double risk(int i) { return channels.expectedLoss(DRUGS[i]); }

    /**
     * With market clearing: the supply factor (1 - L) / (1 - learned), suppliers shipping for the
     * seized share they have learned rather than the one the routes now face.
     */
    private double supplied(int i, double lag) {
        double loss = risk(i);
        if (Double.isNaN(learnedLoss[i])) {
            learnedLoss[i] = loss; // the first month: suppliers know the loss they start with
        }
        learnedLoss[i] += (loss - learnedLoss[i]) / lag;
        return (1 - loss) / (1 - learnedLoss[i]);
    }

    /** After deliveries: prices respond to the gap between demand and supply. */
    public void settle(Sim m) {
        double response = m.p(MarketParameters.PRICE_RESPONSE);
        double clearing = m.p(MarketParameters.CLEARING);
        for (Drug d : DRUGS) {
            int i = d.ordinal();
            if (demand[i] <= 0) {
                continue;
            }
            // shortfall = deliveries below what they were shipped for (last month's orders) plus this
            // month's orders below demand (fields or labs short); growing demand alone is no shortage
            double gap = (lastOrders[i] - delivered[i] + demand[i] - orders[i]) / demand[i];
            double step = response * Math.max(-1, Math.min(1, gap));
            if (clearing > 0) {
                step = (1 - clearing) * step + clearing * clearingStep(i, m);
            }
            price[i] = Math.max(0.2, Math.min(5, price[i] * Math.exp(step)));
        }
        System.arraycopy(orders, 0, lastOrders, 0, orders.length);
    }

    /**
     * The log-price step toward the price at which demand takes the tons that arrived: s* =
     * (arrived / demand at cost)^(-1 / elasticity), reached over the price lag. None in a drug's
     * first month of demand (nothing shipped for it has arrived yet).
     */
    private double clearingStep(int i, Sim m) {
        if (lastAtCost[i] <= 0 || atCost[i] <= 0) {
            return 0;
        }
        double elasticity = Math.max(0.05, m.p(MarketParameters.DEMAND_ELASTICITY));
        double target = -Math.log(Math.max(1e-3, delivered[i] / atCost[i])) / elasticity;
        return (Math.max(Math.log(0.2), Math.min(Math.log(5), target)) - Math.log(price[i])) / m.p(MarketParameters.PRICE_LAG);
    }

    /**
     * Tons organizations aim to sell this month: U.S. demand, or less when supply from Mexico's
     * fields and labs falls short ({@link #limitSupply}); routes are planned for this.
     */
    public double demand(Drug d) { return orders[d.ordinal()]; }

    /** Demand at start prices before treatment and legalization (tons per month; fentanyl: 0). */
    public double baselineDemand(Drug d) { return baselineDemand[d.ordinal()]; }

    /** U.S. demand this month (tons), whatever the supply. */
    public double usDemand(Drug d) { return demand[d.ordinal()]; }

    /** Tons organizations must send to sell this month's demand, allowing for last month's expected loss. */
    public double tonsNeeded(Drug d) { return demand[d.ordinal()] / (1 - risk(d.ordinal())); }

    /**
     * Caps this month's orders by the tons in stock (harvested or made) and returns the tons that
     * the month's shipments take from the stock. Deliveries below demand then raise the price.
     */
    public double limitSupply(Drug d, double tonsInStock) {
        int i = d.ordinal();
        orders[i] = Math.min(demand[i], Math.max(0, tonsInStock) * (1 - risk(i)));
        return orders[i] / (1 - risk(i));
    }
    /** U.S. price index (1995 = 1, the simulation start): scarcity times the risk premium. */
    public double price(Drug d) { return price[d.ordinal()] * riskFactor(d.ordinal()); }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("drug-demand", Phase.MARKET,
                "U.S. demand for each drug falls with its price, with treatment and with legal supply.",
                List.of("drugMarket.price", Channel.EXPECTED_LOSS, FundingParameters.TREATMENT_EFFECT, FundingParameters.TREATMENT_EXTRA, MarketParameters.DEMAND_ELASTICITY,
                        MarketParameters.LEGAL_SHARE, SupplyParameters.FENTANYL_REVENUE, MarketParameters.CLEARING, MarketParameters.SUPPLY_LAG),
                List.of("drugMarket.demand", "drugMarket.learnedLoss"),
                this::month);
    }
}
