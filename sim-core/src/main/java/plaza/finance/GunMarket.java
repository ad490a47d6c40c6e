package plaza.finance;

import plaza.agents.TraffickingOrganization;
import plaza.core.MonthTally;
import plaza.core.Sim;
import plaza.output.Metric;
import plaza.params.GunParameters;
import plaza.params.MarketParameters;
import plaza.params.OrganizationParameters;
import plaza.params.ParameterValues;
import plaza.params.ViolenceParameters;

/**
 * Rule: organizations turn their arms budget into guns, mostly bought in the U.S. through straw
 * purchasers and smuggled south; export controls prevent part of those purchases (the money then
 * buys dearer guns elsewhere), southbound inspection seizes some, and arsenals wear down. An
 * organization's guns per enforcer set its lethality, with diminishing returns.
 * Sources: 004:145 (90% of recovered guns U.S.-made), 001:176-178 and 001:592-602 (straw
 * purchases, border dealers), 001:622-628 (state laws help; demand keeps the flow going).
 *
 * <pre>
 * guns_US = arms$ x us_share x (1 - control_max x control) / price          (trafficked south)
 * guns_other = (arms$ x (1 - us_share) + prevented$) / (price x other_multiplier)
 * lethality_arms(g) = (1 - e^(-g / (h g_2007))) / (1 - e^(-1/h))            (= 1 at 2007 guns per enforcer)
 * </pre>
 */
public final class GunMarket implements java.io.Serializable {


    private final FirearmsAgency firearms;

    public GunMarket(FirearmsAgency firearms) {
        this.firearms = firearms;
    }

    private double gunsPerEnforcer2007 = 1;

    /** Gives each organization the steady-state arsenal of the 2007 arms budget. */
    public void initialize(Sim m) {
        ParameterValues p = m.params();
        double armsUsd = p.get(OrganizationParameters.ARMS_SHARE) * MarketParameters.monthlyRevenueUsd(p);
        double price = p.get(GunParameters.PRICE);
        double us = p.get(GunParameters.US_SOURCE_SHARE);
        double inflow = armsUsd * (us * (1 - p.get(GunParameters.SOUTHBOUND_INTERDICTION)) / price
                + (1 - us) / (price * p.get(GunParameters.OTHER_SOURCE_PRICE)));
        double arsenal = inflow / Math.max(1e-6, p.get(GunParameters.DEPRECIATION));
        double enforcers = 0;
        for (TraffickingOrganization o : m.organizations()) {
            enforcers += o.enforcerCount();
        }
        gunsPerEnforcer2007 = enforcers > 0 ? arsenal / enforcers : 1;
        for (TraffickingOrganization o : m.organizations()) {
            o.addArsenal(o.enforcerCount() * gunsPerEnforcer2007);
        }
    }

    /** Spends an organization's arms budget; records trafficked and seized guns. */
    public void buy(TraffickingOrganization o, double usd, Sim m) {
        if (usd <= 0) {
            return;
        }
        ParameterValues p = m.params();
        double price = p.get(GunParameters.PRICE);
        double usMoney = usd * p.get(GunParameters.US_SOURCE_SHARE);
        double prevented = usMoney * firearms.strawPurchasePrevented(m);
        usMoney -= prevented;
        double usGuns = usMoney / price;
        double seized = usGuns * firearms.southboundSeizureShare(m);
        double other = (usd * (1 - p.get(GunParameters.US_SOURCE_SHARE)) + prevented)
                / (price * p.get(GunParameters.OTHER_SOURCE_PRICE));
        o.addArsenal(usGuns - seized + other);
        MonthTally t = m.tally();
        t.add(Metric.GUNS_TRAFFICKED, usGuns);
        t.add(Metric.GUNS_SEIZED, seized);
    }

    /** Monthly wear and loss of an organization's guns. */
    public void depreciate(TraffickingOrganization o, Sim m) {
        o.addArsenal(-o.arsenal() * m.p(GunParameters.DEPRECIATION));
    }

    /** Lethality from arms, 1 at the 2007 guns per enforcer, saturating. */
    public double armsLethality(TraffickingOrganization o, Sim m) {
        double enforcers = o.enforcerCount();
        // no arms budget in 2007 (dto.arms_share = 0): no guns then and none bought since
        if (enforcers <= 0 || gunsPerEnforcer2007 <= 0) {
            return 0;
        }
        double h = m.p(ViolenceParameters.GUNS_HALF_SATURATION);
        double g = o.arsenal() / enforcers / gunsPerEnforcer2007;
        return (1 - Math.exp(-g / h)) / (1 - Math.exp(-1 / h));
    }

    /** Lethality of an organization's enforcers: arms times the military training of its ranks. */
    public double lethality(TraffickingOrganization o, Sim m) {
        double trained = m.p(ViolenceParameters.TRAINED_LETHALITY);
        return armsLethality(o, m) * (1 + (trained - 1) * o.trainedShare());
    }
}
