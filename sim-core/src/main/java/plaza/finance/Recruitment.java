package plaza.finance;

import java.util.List;

import ec.util.MersenneTwisterFast;
import plaza.agents.BorderCrossing;
import plaza.agents.Presence;
import plaza.agents.Role;
import plaza.agents.TraffickingOrganization;
import plaza.core.Channel;
import plaza.core.Phase;
import plaza.core.Sim;
import plaza.core.Streams;
import plaza.core.Submodel;
import plaza.funding.MeridaInitiative;
import plaza.output.Metric;
import plaza.params.FundingParameters;
import plaza.params.MarketParameters;
import plaza.params.OrganizationParameters;
import plaza.params.ParameterValues;

/**
 * Submodel "recruitment from the labour pool" (M15, M4): an organization hires toward the
 * membership its payroll budget affords at the going wage; economic aid shrinks the pool of willing
 * recruits (so wages rise and hiring slows); deserters are hired first, as trained enforcers, and released prisoners rejoin; every
 * member leaves with a small monthly hazard, five times higher when wages go unpaid.
 *
 * <pre>
 * pool factor  f = e^(-economic aid per year / half-saturation)
 * wage         w = w_2005 / f,  w_2005 = payroll share x revenue / members (so 2005 is in balance)
 * affordable   A = payroll share x smoothed net revenue (after cash seizures) / w
 * deterrence   d = e^(-risk aversion x annual risk),  annual risk = 12 x smoothed (killed + convicted) / members
 * recruits     = recruitment rate x max(0, A - members) x f x d
 * </pre>
 * The risk of the trade deters recruits (M5): the chance of being killed or convicted, from last
 * month's violence and verdicts (the {@code memberRisk} channel), so impunity makes joining cheaper.
 * Criminal deportees from the U.S. arriving through the crossings join the organization holding the
 * border plaza at a recruit share, less what re-entry programmes prevent (M16).
 * Sources: 001:386-390 (450,000 people), 001:736-741 and 001:1030-1038 (economic aid cuts
 * unemployment and recruitment), 001:492-501 (deserters), 001:538-548 (impunity). M16: 001:636-638, 001:1006-1016.
 */
public final class Recruitment implements java.io.Serializable {

    private static final double SMOOTHING = 0.2;
    private static final double UNPAID_EXIT_MULTIPLIER = 5;

    /** Smallest share of the labour pool economic aid can leave. */
    private static final double MIN_POOL = 1e-6;

    private final MeridaInitiative merida;

    public Recruitment(MeridaInitiative merida) {
        this.merida = merida;
    }

    private double wage2005;
    private double monthlyRisk = Double.NaN;
    private double[] smoothedRevenue = new double[0];

    public void initialize(Sim m) {
        ParameterValues p = m.params();
        double revenue = MarketParameters.monthlyRevenueUsd(p);
        wage2005 = p.get(OrganizationParameters.PAYROLL_SHARE) * revenue / p.get(OrganizationParameters.MEMBERS_TOTAL);
    }

    /** Share of the labour pool left after economic aid. */
    public double poolFactor(Sim m) {
        // floored so the wage stays finite however much aid there is (a pool of 0 would make it infinite)
        return Math.max(MIN_POOL, Math.exp(-merida.economicPerYear() / m.p(FundingParameters.ECONOMIC_HALF)));
    }

    /** Monthly wage a member demands, USD. */
    public double wage(Sim m) {
        return wage2005 / poolFactor(m);
    }

    /** Moves the smoothed monthly risk toward last month's risk of being killed or convicted (the {@code memberRisk} channel). */
    private void smoothRisk(Sim m) {
        double risk = m.world().channels().memberRisk();
        monthlyRisk = Double.isNaN(monthlyRisk) ? risk : monthlyRisk + SMOOTHING * (risk - monthlyRisk);
    }

    /** Share of willing recruits left by the risk of being killed or convicted (M5), from the smoothed monthly risk (a query). */
    public double deterrence(Sim m) {
        return Math.exp(-m.p(OrganizationParameters.RISK_AVERSION) * 12 * monthlyRisk);
    }

    public void month(Sim m) {
        ParameterValues p = m.params();
        MersenneTwisterFast r = m.stream("recruitment");
        List<TraffickingOrganization> orgs = m.organizations();
        smoothRisk(m);
        double f = poolFactor(m) * deterrence(m);
        double wage = wage(m);
        double payrollShare = p.get(OrganizationParameters.PAYROLL_SHARE);
        double rate = p.get(OrganizationParameters.RECRUITMENT_RATE);
        double exit = p.get(OrganizationParameters.EXIT_RATE) / 12;
        double enforcerShare = p.get(OrganizationParameters.ENFORCER_SHARE);
        double scale = m.scale();
        double recruits = 0;

        double deserters = m.world().channels().takeDeserters();
        double totalRevenue = 0;
        for (TraffickingOrganization o : orgs) {
            totalRevenue += o.netRevenue();
        }

        // released prisoners rejoin first, so the hiring below counts them among the members
        recruits += hireReleased(m, r, totalRevenue);
        for (TraffickingOrganization o : orgs) {
            double net = o.netRevenue();
            double smooth = smoothed(o, net);
            int home = Presence.home(o, m.plazas());

            double exitHazard = exit * (o.unpaid() ? UNPAID_EXIT_MULTIPLIER : 1);
            exitMembers(o, Role.TRAFFICKER, exitHazard, r);
            exitMembers(o, Role.ENFORCER, exitHazard, r);

            if (deserters > 0 && totalRevenue > 0) {
                double hired = deserters * net / totalRevenue;
                int agents = Streams.stochasticRound(hired / scale, r);
                for (int a = 0; a < agents; a++) {
                    o.hire(Role.ENFORCER, m.nextPersonId(), home, true, scale);
                }
                recruits += agents * scale;
            }

            double affordable = payrollShare * smooth / wage;
            double gap = affordable - o.members();
            if (gap > 0) {
                int agents = Streams.stochasticRound(rate * gap * f / scale, r);
                hire(o, agents, home, enforcerShare, m, r);
                recruits += agents * scale;
            }
        }
        double deportees = hireDeportees(m, r);
        m.tally().add(Metric.DEPORTEE_RECRUITS, deportees);
        recruits += deportees;
        m.tally().add(Metric.RECRUITS, recruits);
    }

    /**
     * M16: criminal deportees from the U.S. arrive through the border crossings (the yearly flow
     * spread equally over crossings and months); a share joins the organization holding the
     * crossing's plaza, less what re-entry programmes prevent (this month's value of the lever's path). Sources: 001:636-638
     * (deportations without coordination feed the violence), 001:1006-1016 (prevent them becoming
     * recruits: prison education, re-entry protocols). Returns the persons recruited.
     */
    private static double hireDeportees(Sim m, MersenneTwisterFast r) {
        ParameterValues p = m.params();
        double prevented = p.get(OrganizationParameters.REENTRY_PROGRAMME);
        double perCrossing = p.get(OrganizationParameters.DEPORTEES) / 12 / m.crossings().size()
                * p.get(OrganizationParameters.DEPORTEE_RECRUIT_SHARE) * (1 - prevented);
        double hired = 0;
        for (BorderCrossing c : m.crossings()) {
            TraffickingOrganization holder = m.plazas().get(c.plaza()).controller();
            if (holder == null || perCrossing <= 0) {
                continue;
            }
            int agents = Streams.stochasticRound(perCrossing / m.scale(), r);
            for (int a = 0; a < agents; a++) {
                holder.hire(Role.TRAFFICKER, m.nextPersonId(), c.plaza(), false, m.scale());
            }
            hired += agents * m.scale();
        }
        return hired;
    }

    /**
     * Released and escaped prisoners who go back to the trade (the courts' released pool) join
     * organizations in proportion to their net revenue, as traffickers (001:546-548: prisons
     * encourage continued criminal behaviour). Returns the persons hired.
     */
    private static double hireReleased(Sim m, MersenneTwisterFast r, double totalRevenue) {
        double released = m.world().channels().takeReleased();
        double hired = 0;
        for (TraffickingOrganization o : m.organizations()) {
            if (released <= 0 || totalRevenue <= 0 || o.netRevenue() <= 0) {
                continue;
            }
            int agents = Streams.stochasticRound(released * o.netRevenue() / totalRevenue / m.scale(), r);
            int home = Presence.home(o, m.plazas());
            for (int a = 0; a < agents; a++) {
                o.hire(Role.TRAFFICKER, m.nextPersonId(), home, false, m.scale());
            }
            hired += agents * m.scale();
        }
        m.tally().add(Metric.RELEASED_RECRUITS, hired);
        return hired;
    }

    /** Hires from the labour pool; an organization at war hires more enforcers. */
    private static void hire(TraffickingOrganization o, int agents, int home, double enforcerShare, Sim m,
                             MersenneTwisterFast r) {
        Presence.Holdings h = Presence.holdings(o, m.plazas());
        double wantEnforcers = Math.min(0.5, enforcerShare * (1 + (double) h.fronts() / Math.max(1, h.held())));
        for (int a = 0; a < agents; a++) {
            Role role = r.nextDouble() < wantEnforcers ? Role.ENFORCER : Role.TRAFFICKER;
            o.hire(role, m.nextPersonId(), home, false, m.scale());
        }
    }

    private void exitMembers(TraffickingOrganization o, Role role, double hazard, MersenneTwisterFast r) {
        o.dropAt(role, Streams.select(o.agents(role), hazard, r)); // they quit: nobody follows them
    }

    private double smoothed(TraffickingOrganization o, double net) {
        int idx = o.id();
        if (idx >= smoothedRevenue.length) {
            smoothedRevenue = java.util.Arrays.copyOf(smoothedRevenue, Math.max(idx + 1, smoothedRevenue.length * 2));
        }
        if (smoothedRevenue[idx] == 0) {
            smoothedRevenue[idx] = net;
        } else {
            smoothedRevenue[idx] += SMOOTHING * (net - smoothedRevenue[idx]);
        }
        return smoothedRevenue[idx];
    }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("recruitment", Phase.FINANCE,
                "Organizations hire toward what their payroll affords, deserters first; economic aid shrinks the labour pool and the risk of being killed or convicted deters recruits (M5); members leave with a small hazard; criminal deportees join the holder of the border plaza they arrive in, less what re-entry programmes prevent (M16).",
                List.of("organization.netRevenue", "organization.unpaid", Channel.DESERTER_POOL, Channel.RELEASED_POOL, Channel.MEMBER_RISK, "merida.economicPerYear", "crossing.plaza",
                        "plaza.controller", FundingParameters.ECONOMIC_HALF, OrganizationParameters.DEPORTEES, OrganizationParameters.DEPORTEE_RECRUIT_SHARE,
                        OrganizationParameters.ENFORCER_SHARE, OrganizationParameters.EXIT_RATE, OrganizationParameters.PAYROLL_SHARE, OrganizationParameters.RECRUITMENT_RATE,
                        OrganizationParameters.REENTRY_PROGRAMME, OrganizationParameters.RISK_AVERSION),
                List.of("organization.members", Channel.DESERTER_POOL, Channel.RELEASED_POOL, Metric.RECRUITS, Metric.DEPORTEE_RECRUITS, Metric.RELEASED_RECRUITS),
                this::month);
    }
}
