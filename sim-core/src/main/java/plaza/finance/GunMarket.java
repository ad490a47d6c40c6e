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
 * Arsenals by need ({@code guns.purchase_by_need} = 1): the budget is what it costs to arm the
 * organization's enforcers, not a share of revenue, so fewer fighters buy fewer guns:
 * <pre>
 * guns per USD = us_share x (1 - prevented) x (1 - seized) / price + (1 - us_share + us_share x prevented) / (price x other_multiplier)
 * need         = enforcers x g_2007 x (1 + fronts / plazas held) x (guns per USD / guns per USD_2007)^elasticity
 * bought       = max(0, (arsenal + (need - arsenal) / adjustment months) / (1 - wear) - arsenal)      (arsenal after wear moves toward need)
 * budget       = bought / guns per USD, paid from the cash left after wages and bribes
 * </pre>
 */
public final class GunMarket implements java.io.Serializable {


    private final FirearmsAgency firearms;

    public GunMarket(FirearmsAgency firearms) {
        this.firearms = firearms;
    }

    private double gunsPerEnforcer2007 = 1;
    private double gunsPerUsd2007 = 1;

    /** Gives each organization the steady-state arsenal of the 2007 arms budget. */
    public void initialize(Sim m) {
        ParameterValues p = m.params();
        double armsUsd = p.get(OrganizationParameters.ARMS_SHARE) * MarketParameters.monthlyRevenueUsd(p);
        double price = p.get(GunParameters.PRICE);
        double us = p.get(GunParameters.US_SOURCE_SHARE);
        double inflow = armsUsd * (us * (1 - p.get(GunParameters.SOUTHBOUND_INTERDICTION)) / price
                + (1 - us) / (price * p.get(GunParameters.OTHER_SOURCE_PRICE)));
        double arsenal = inflow / Math.max(1e-6, p.get(GunParameters.DEPRECIATION));
        gunsPerUsd2007 = armsUsd > 0 ? inflow / armsUsd : 0;
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

    /** Guns delivered per dollar of arms budget this month: U.S. guns less those prevented and seized, dearer guns from elsewhere. */
    double gunsPerUsd(Sim m) {
        ParameterValues p = m.params();
        double price = p.get(GunParameters.PRICE);
        double us = p.get(GunParameters.US_SOURCE_SHARE);
        double prevented = us * firearms.strawPurchasePrevented(m);
        return (us - prevented) * (1 - firearms.southboundSeizureShare(m)) / price
                + (1 - us + prevented) / (price * p.get(GunParameters.OTHER_SOURCE_PRICE));
    }

    /**
     * Arsenals by need: the USD it costs this month to move the organization's arsenal toward what
     * its enforcers need (more at war, less when guns are dear); 0 when it holds more than it needs.
     */
    public double needBudget(TraffickingOrganization o, int fronts, int held, Sim m) {
        double perUsd = gunsPerUsd(m);
        if (perUsd <= 0 || gunsPerUsd2007 <= 0) {
            return 0;
        }
        ParameterValues p = m.params();
        double need = o.enforcerCount() * gunsPerEnforcer2007 * (1 + (double) fronts / Math.max(1, held))
                * Math.pow(perUsd / gunsPerUsd2007, p.get(GunParameters.NEED_PRICE_ELASTICITY));
        double arsenal = o.arsenal();
        double after = arsenal + (need - arsenal) / p.get(GunParameters.NEED_MONTHS);
        double bought = after / (1 - p.get(GunParameters.DEPRECIATION)) - arsenal;
        return Math.max(0, bought) / perUsd;
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
