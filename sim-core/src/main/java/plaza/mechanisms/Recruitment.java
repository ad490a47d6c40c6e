package plaza.mechanisms;

import java.util.List;

import ec.util.MersenneTwisterFast;
import plaza.agents.Person;
import plaza.agents.Plaza;
import plaza.agents.Role;
import plaza.agents.Status;
import plaza.agents.TraffickingOrganization;
import plaza.model.PlazaModel;
import plaza.model.Streams;
import plaza.output.Metric;
import plaza.params.FundingParameters;
import plaza.params.MarketParameters;
import plaza.params.OrganizationParameters;
import plaza.params.ParameterValues;

/**
 * Submodel "recruitment from the labour pool" (M15, M4): an organization hires toward the
 * membership its payroll budget affords at the going wage; economic aid shrinks the pool of willing
 * recruits (so wages rise and hiring slows); deserters are hired first, as trained enforcers; every
 * member leaves with a small monthly hazard, five times higher when wages go unpaid.
 *
 * <pre>
 * pool factor  f = e^(-economic aid per year / half-saturation)
 * wage         w = w_2005 / f,  w_2005 = payroll share x revenue / members (so 2005 is in balance)
 * affordable   A = payroll share x smoothed net revenue (after cash seizures) / w
 * recruits     = recruitment rate x max(0, A - members) x f
 * </pre>
 * Sources: 001:386-390 (450,000 people), 001:736-741 and 001:1030-1038 (economic aid cuts
 * unemployment and recruitment), 001:492-501 (deserters).
 */
public final class Recruitment {

    private static final double SMOOTHING = 0.2;
    private static final double UNPAID_EXIT_MULTIPLIER = 5;

    /** Smallest share of the labour pool economic aid can leave. */
    private static final double MIN_POOL = 1e-6;

    private double wage2005;
    private double[] smoothedRevenue = new double[0];

    public void initialize(PlazaModel m) {
        ParameterValues p = m.params();
        double revenue = p.get(MarketParameters.GROSS_REVENUE) * 1e9 / 12;
        wage2005 = p.get(OrganizationParameters.PAYROLL_SHARE) * revenue / p.get(OrganizationParameters.MEMBERS_TOTAL);
    }

    /** Share of the labour pool left after economic aid. */
    public double poolFactor(PlazaModel m) {
        // floored so the wage stays finite however much aid there is (a pool of 0 would make it infinite)
        return Math.max(MIN_POOL, Math.exp(-m.merida().economicPerYear() / m.p(FundingParameters.ECONOMIC_HALF)));
    }

    /** Monthly wage a member demands, USD. */
    public double wage(PlazaModel m) {
        return wage2005 / poolFactor(m);
    }

    public void month(PlazaModel m) {
        ParameterValues p = m.params();
        MersenneTwisterFast r = m.stream(Streams.Name.RECRUITMENT);
        List<TraffickingOrganization> orgs = m.organizations();
        double f = poolFactor(m);
        double wage = wage(m);
        double payrollShare = p.get(OrganizationParameters.PAYROLL_SHARE);
        double rate = p.get(OrganizationParameters.RECRUITMENT_RATE);
        double exit = p.get(OrganizationParameters.EXIT_RATE) / 12;
        double enforcerShare = p.get(OrganizationParameters.ENFORCER_SHARE);
        double scale = m.scale();
        double recruits = 0;

        double deserters = m.military().takeDesertersForHire();
        double totalRevenue = 0;
        for (TraffickingOrganization o : orgs) {
            totalRevenue += o.netRevenue();
        }

        for (TraffickingOrganization o : orgs) {
            double gross = o.netRevenue();
            double smooth = smoothed(o, gross, orgs);
            int home = Presence.home(o, m.plazas());

            double exitHazard = exit * (o.unpaid() ? UNPAID_EXIT_MULTIPLIER : 1);
            exitMembers(o, o.traffickers(), exitHazard, r);
            exitMembers(o, o.enforcers(), exitHazard, r);

            if (deserters > 0 && totalRevenue > 0) {
                double hired = deserters * gross / totalRevenue;
                int agents = Streams.stochasticRound(hired / scale, r);
                for (int a = 0; a < agents; a++) {
                    o.addMember(new Person(m.nextPersonId(), Role.ENFORCER, o, home, true, scale));
                }
                recruits += agents * scale;
            }

            double affordable = payrollShare * smooth / wage;
            double gap = affordable - o.members();
            if (gap > 0) {
                int agents = Streams.stochasticRound(rate * gap * f / scale, r);
                double contested = 0;
                double held = 0;
                for (Plaza z : m.plazas()) {
                    if (z.controller() == o) {
                        held++;
                        if (z.contested()) {
                            contested++;
                        }
                    } else if (z.attackers().contains(o)) {
                        contested++;
                    }
                }
                double wantEnforcers = Math.min(0.5, enforcerShare * (1 + contested / Math.max(1, held)));
                for (int a = 0; a < agents; a++) {
                    Role role = r.nextDouble() < wantEnforcers ? Role.ENFORCER : Role.TRAFFICKER;
                    o.addMember(new Person(m.nextPersonId(), role, o, home, false, scale));
                }
                recruits += agents * scale;
            }
        }
        m.tally().add(Metric.RECRUITS, recruits);
    }

    private void exitMembers(TraffickingOrganization o, List<Person> list, double hazard, MersenneTwisterFast r) {
        int[] leaving = Streams.select(list.size(), hazard, r);
        for (int k = leaving.length - 1; k >= 0; k--) {
            Person p = o.removeAt(list, leaving[k]);
            p.setStatus(Status.QUIT);
        }
    }

    private double smoothed(TraffickingOrganization o, double gross, List<TraffickingOrganization> orgs) {
        int idx = o.id();
        if (idx >= smoothedRevenue.length) {
            smoothedRevenue = java.util.Arrays.copyOf(smoothedRevenue, Math.max(idx + 1, smoothedRevenue.length * 2));
        }
        if (smoothedRevenue[idx] == 0) {
            smoothedRevenue[idx] = gross;
        } else {
            smoothedRevenue[idx] += SMOOTHING * (gross - smoothedRevenue[idx]);
        }
        return smoothedRevenue[idx];
    }
}
