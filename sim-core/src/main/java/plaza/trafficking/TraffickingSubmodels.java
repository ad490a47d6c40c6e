package plaza.trafficking;

import java.util.List;

import plaza.core.Channel;
import plaza.core.Phase;
import plaza.core.Submodel;
import plaza.output.Metric;
import plaza.params.BorderParameters;
import plaza.params.FlowParameters;
import plaza.params.MarketParameters;
import plaza.params.SupplyParameters;

/** The declarations of {@link Trafficking}'s two submodels: route planning (phase MARKET) and shipments (phase TRAFFICKING). */
final class TraffickingSubmodels implements java.io.Serializable {

    private TraffickingSubmodels() {}

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    static Submodel planning(Trafficking t) {
        return new Submodel("route-planning", Phase.MARKET,
                "Organizations split U.S. demand by the corridors they hold and move their route mix toward the crossings with least expected loss.",
                List.of("drugMarket.demand", "plaza.controller", "plaza.attackers", "institutions.effectiveness", "border.seizureProbability", "transitZone.seizure", "crops.harvestByState", BorderAgency.ROUTE_RISK_READS,
                        BorderParameters.ROUTE_INERTIA, FlowParameters.AIR_MARITIME, FlowParameters.LAND_INTERDICTION, FlowParameters.REGIONAL_SECURITY, FlowParameters.SEA_INTERDICTION),
                List.of("organization.routeMix", "organization.expectedLoss", "trafficking.departing", "drugMarket.risk", Channel.EXPECTED_LOSS),
                t::plan);
    }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    static Submodel movement(Trafficking t) {
        return new Submodel("shipments", Phase.TRAFFICKING,
                "Shipments pass their plazas and crossing, are seized in part and the rest is sold in the U.S.",
                List.of("trafficking.departing", "trafficking.inTransit", "institutions.effectiveness", "border.seizureProbability", Channel.EXPECTED_LOSS, BorderParameters.BUILDUP, BorderParameters.DELAY_CONVEXITY,
                        BorderParameters.DELAY_COST, BorderParameters.ENROUTE_2007, BorderParameters.INTERDICTION_2007, BorderParameters.MAX_INTERDICTION, FlowParameters.AIR_MARITIME, FlowParameters.INSPECTION,
                        FlowParameters.LAND_INTERDICTION, FlowParameters.ORIGIN_LEG, FlowParameters.REGIONAL_SECURITY, FlowParameters.SEA_INTERDICTION, FlowParameters.TRANSIT_LEG, FlowParameters.TRUSTED_TRADE,
                        MarketParameters.FREED_ATTENTION, MarketParameters.HARD_DRUG_SHARE, MarketParameters.LEGAL_SHARE, MarketParameters.PRICE_RESPONSE, MarketParameters.CLEARING, MarketParameters.PRICE_LAG, MarketParameters.DEMAND_ELASTICITY, SupplyParameters.INTERDICTION_PUSH),
                List.of("organization.drugRevenue", "plaza.tonsThrough", "plaza.valueThrough", "transitZone.tons", "crossing.shipments", "drugMarket.price", Metric.TRADE_DELAY_COST_USD, Metric.KG_SEIZED_BORDER_FENTANYL,
                        Metric.KG_SEIZED_BORDER_HEROIN, Metric.KG_SEIZED_FENTANYL, Metric.KG_SEIZED_HEROIN, Metric.TONS_DELIVERED, Metric.TONS_DELIVERED_COCAINE, Metric.TONS_DELIVERED_FENTANYL, Metric.TONS_DELIVERED_HEROIN,
                        Metric.TONS_DELIVERED_MARIJUANA, Metric.TONS_DELIVERED_METH, Metric.TONS_SEIZED, Metric.TONS_SEIZED_BORDER, Metric.TONS_SEIZED_BORDER_COCAINE, Metric.TONS_SEIZED_BORDER_MARIJUANA, Metric.TONS_SEIZED_BORDER_METH,
                        Metric.TONS_SEIZED_COCAINE, Metric.TONS_SEIZED_MARIJUANA, Metric.TONS_SEIZED_METH, Metric.TONS_SHIPPED),
                t::move);
    }
}
