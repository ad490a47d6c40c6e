package plaza.trafficking;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import plaza.agents.BorderCrossing;
import plaza.core.Sim;
import plaza.funding.SecurityBudgets;
import plaza.markets.DrugMarket;
import plaza.output.Metric;
import plaza.params.BorderParameters;
import plaza.params.FlowParameters;
import plaza.params.MarketParameters;
import plaza.params.Parameter;
import plaza.params.ParameterValues;
import plaza.params.SupplyParameters;
import plaza.world.Drug;

/**
 * Rule: the U.S. border agency spreads its agents over crossings; each crossing's northbound seizure
 * probability is max (1 - e^(-k i)) in its inspection intensity i (1 = 2007), so each added agent
 * seizes less than the one before; after legalization, attention freed from marijuana goes partly to
 * hard drugs; southbound inspectors (from April 2009) seize cash and guns; delays cost legitimate
 * trade in proportion to i^convexity, except the share cleared through trusted-trader lanes. A
 * corridor lever (border.inspection.&lt;state&gt;) scales inspection and delays at one corridor's crossings. Sources: 001:780-799, 001:785-787 (20,000 agents),
 * 001:171-172 (billions in obstructed trade), 001:806-810 (refocus after legalization), 004:139.
 */
public final class BorderAgency implements java.io.Serializable {

    /**
     * What the expected loss on a route reads (inspection and seizure at the crossings, interdiction
     * on the way, how strongly routes respond): a submodel that asks for it declares these.
     */
    public static final List<Parameter> ROUTE_RISK_READS = Stream.concat(Stream.of(BorderParameters.BUILDUP, BorderParameters.ENROUTE_2007,
            BorderParameters.INTERDICTION_2007, BorderParameters.MAX_INTERDICTION, BorderParameters.ROUTE_SENSITIVITY,
            MarketParameters.FREED_ATTENTION, MarketParameters.HARD_DRUG_SHARE, MarketParameters.LEGAL_SHARE,
            SupplyParameters.INTERDICTION_PUSH), FlowParameters.INSPECTION.stream()).toList();

    /** k such that a crossing at 2007 intensity seizes border.interdiction_share_2007. */
    static double k(ParameterValues p) {
        double max = p.get(BorderParameters.MAX_INTERDICTION);
        double base = Math.min(p.get(BorderParameters.INTERDICTION_2007), max * 0.999);
        return -Math.log(1 - base / max);
    }

    /** The corridor inspection lever of each crossing (by index; null where its state has none). */
    private Parameter[] corridorLever;

    /** Inspection at a crossing's corridor relative to the national level (lever border.inspection.&lt;state&gt;). */
    double corridor(BorderCrossing c, Sim m) {
        if (corridorLever == null) {
            corridorLever = new Parameter[m.crossings().size()];
            for (BorderCrossing x : m.crossings()) {
                corridorLever[x.index()] = FlowParameters.inspection(x.site().stateCode());
            }
        }
        Parameter lever = corridorLever[c.index()];
        return lever == null ? 1 : m.p(lever);
    }

    /** Northbound inspection intensity at a crossing for a drug (1 = 2007). */
    public double intensity(BorderCrossing c, Drug d, Sim m) {
        ParameterValues p = m.params();
        double i = SecurityBudgets.borderBuildup(m.month(), p) * c.capacityMultiplier() * corridor(c, m);
        double legal = DrugMarket.legalShare(m.month(), p);
        if (legal > 0) {
            double hard = p.get(MarketParameters.HARD_DRUG_SHARE);
            if (d.hard()) {
                i *= 1 + p.get(MarketParameters.FREED_ATTENTION) * legal * (1 - hard) / hard;
            } else {
                i *= 1 - legal;
            }
        }
        return i;
    }

    /** Share of a shipment of this drug seized at the crossing. */
    public double seizureProbability(BorderCrossing c, Drug d, Sim m) {
        ParameterValues p = m.params();
        return BorderCrossing.seizureProbability(intensity(c, d, m), p.get(BorderParameters.MAX_INTERDICTION), k(p));
    }

    /** Southbound inspection relative to 2007: grows with inspectors added from April 2009 and the buildup. */
    public double southboundFactor(Sim m) {
        ParameterValues p = m.params();
        YearMonth now = m.month();
        double added = now.isBefore(YearMonth.of(2009, 4)) ? 0 : p.get(BorderParameters.SOUTHBOUND_INSPECTORS);
        double effect = p.get(BorderParameters.INSPECTOR_EFFECT) * (1 - Math.exp(-added / 1000));
        return (1 + effect) * SecurityBudgets.borderBuildup(now, p);
    }

    /** Delay cost to legitimate trade this month at every crossing; sets each crossing's share. */
    public void chargeDelays(Sim m) {
        ParameterValues p = m.params();
        // trusted traveler and exporter lanes clear their share of trade without the delay (001:975-980)
        double monthly = p.get(BorderParameters.DELAY_COST) * 1e9 / 12 * (1 - p.get(FlowParameters.TRUSTED_TRADE));
        double convexity = p.get(BorderParameters.DELAY_CONVEXITY);
        double buildup = SecurityBudgets.borderBuildup(m.month(), p);
        double total = 0;
        for (BorderCrossing c : m.crossings()) {
            double i = buildup * c.capacityMultiplier() * corridor(c, m);
            double cost = monthly * c.site().tradeShare() * Math.pow(i, convexity);
            c.setDelayCost(cost);
            total += cost;
        }
        m.tally().add(Metric.TRADE_DELAY_COST_USD, total);
    }
}
