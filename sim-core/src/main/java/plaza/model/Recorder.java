package plaza.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import plaza.agents.Plaza;
import plaza.agents.TraffickingOrganization;
import plaza.core.MonthTally;
import plaza.funding.MeridaInitiative.Category;
import plaza.markets.Crops;
import plaza.markets.Crops.Crop;
import plaza.output.Metric;
import plaza.output.NonFiniteOutputException;
import plaza.output.PlazaRow;
import plaza.params.OrganizationParameters;
import plaza.world.Drug;

/**
 * The recording phase, the reporter of the outputs: turns the month's tally and the agents'
 * end-of-month state into one row per {@link Metric} and one row per plaza, and passes them to the
 * listener. It is the only reader of the tally.
 */
final class Recorder implements java.io.Serializable {

    /**
     * The outputs this reporter computes from end-of-month state (organizations, plazas, prices,
     * funding); every other {@link Metric} is the month's total of what submodels added to the tally,
     * each declared in its writer's {@code writes}. {@code OutputSourceTest} checks that every output
     * has exactly one of the two.
     */
    static final Set<Metric> REPORTED = Collections.unmodifiableSet(EnumSet.of(
            Metric.ACTIVE_DTOS, Metric.BORDER_DTOS, Metric.ALL_DTOS, Metric.ARSENAL, Metric.CONTESTED_PLAZAS, Metric.DTO_CASH_USD,
            Metric.DTO_REVENUE_COCAINE_USD, Metric.DTO_REVENUE_EXTORTION_USD, Metric.DTO_REVENUE_FENTANYL_USD,
            Metric.DTO_REVENUE_HEROIN_USD, Metric.DTO_REVENUE_MARIJUANA_USD, Metric.DTO_REVENUE_METH_USD, Metric.DTO_REVENUE_USD,
            Metric.ENFORCERS, Metric.FUNDING_SPENT_USD, Metric.HOMICIDE_SHARE_TOP5_STATES, Metric.HOMICIDE_SHARE_PLACES, Metric.IMPUNITY_RATE,
            Metric.LARGEST_DTO_SHARE, Metric.LETHALITY_INDEX, Metric.MEMBERS, Metric.MERIDA_DELIVERED_USD,
            Metric.MERIDA_ECONOMIC_USD, Metric.MERIDA_EQUIPMENT_USD, Metric.MERIDA_JUDICIAL_USD, Metric.MERIDA_TRAINING_USD,
            Metric.MEXICO_SPENDING_USD, Metric.POLICE_CORRUPTION, Metric.POLICE_DEPLOYED, Metric.PRICE_INDEX_COCAINE,
            Metric.PRICE_INDEX_FENTANYL, Metric.PRICE_INDEX_HEROIN, Metric.PRICE_INDEX_MARIJUANA, Metric.PRICE_INDEX_METH,
            Metric.PUBLIC_TRUST, Metric.REPORTING_RATE, Metric.TONS_IN_TRANSIT, Metric.TROOPS_DEPLOYED,
            Metric.US_BORDER_SPENDING_USD, Metric.US_TREATMENT_SPENDING_USD));

    /** {@link #REPORTED} by metric ordinal, and the metrics (looked up for every output every month). */
    private static final Metric[] METRICS = Metric.values();
    private static final boolean[] IS_REPORTED = new boolean[METRICS.length];
    static {
        for (Metric metric : REPORTED) {
            IS_REPORTED[metric.ordinal()] = true;
        }
    }

    private final PlazaModel m;
    private double[] last = new double[Metric.values().length];

    Recorder(PlazaModel m) {
        this.m = m;
    }

    double[] lastRow() {
        return last.clone();
    }

    void record() {
        MonthTally t = m.tally();
        double[] row = new double[METRICS.length];
        for (Metric metric : METRICS) {
            if (!IS_REPORTED[metric.ordinal()]) {
                row[metric.ordinal()] = t.get(metric);
            }
        }
        organizations(row);
        List<PlazaRow> rows = plazas(row);
        set(row, Metric.IMPUNITY_RATE, m.registry().courts().impunityRate());
        funding(row);
        publish(row, rows);
    }

    /** Stocks summed over organizations: members, money, guns, revenue by source; prices and transit. */
    private void organizations(double[] row) {
        double threshold = m.p(OrganizationParameters.MAJOR_THRESHOLD);
        double members = 0;
        double enforcers = 0;
        double largest = 0;
        double cash = 0;
        double arsenal = 0;
        double lethal = 0;
        int major = 0;
        double[] revenue = new double[Drug.values().length];
        double extortion = 0;
        for (TraffickingOrganization o : m.organizations()) {
            double mem = o.members();
            members += mem;
            enforcers += o.enforcerCount();
            largest = Math.max(largest, mem);
            cash += o.cash();
            arsenal += o.arsenal();
            lethal += o.enforcerCount() * m.registry().gunMarket().lethality(o, m);
            if (mem >= threshold) {
                major++;
            }
            for (Drug d : Drug.values()) {
                revenue[d.ordinal()] += o.revenue(d);
            }
            extortion += o.extortionRevenue();
        }
        set(row, Metric.ACTIVE_DTOS, major);
        set(row, Metric.ALL_DTOS, m.organizations().size());
        set(row, Metric.LARGEST_DTO_SHARE, members > 0 ? largest / members : 0);
        set(row, Metric.MEMBERS, members);
        set(row, Metric.ENFORCERS, enforcers);
        set(row, Metric.DTO_CASH_USD, cash);
        set(row, Metric.ARSENAL, arsenal);
        set(row, Metric.LETHALITY_INDEX, enforcers > 0 ? lethal / enforcers : 0);
        set(row, Metric.DTO_REVENUE_MARIJUANA_USD, revenue[Drug.MARIJUANA.ordinal()]);
        set(row, Metric.DTO_REVENUE_COCAINE_USD, revenue[Drug.COCAINE.ordinal()]);
        set(row, Metric.DTO_REVENUE_HEROIN_USD, revenue[Drug.HEROIN.ordinal()]);
        set(row, Metric.DTO_REVENUE_METH_USD, revenue[Drug.METH.ordinal()]);
        set(row, Metric.DTO_REVENUE_FENTANYL_USD, revenue[Drug.FENTANYL.ordinal()]);
        set(row, Metric.DTO_REVENUE_EXTORTION_USD, extortion);
        set(row, Metric.DTO_REVENUE_USD, Arrays.stream(revenue).sum() + extortion);
        set(row, Metric.PRICE_INDEX_MARIJUANA, m.registry().drugMarket().price(Drug.MARIJUANA));
        set(row, Metric.PRICE_INDEX_COCAINE, m.registry().drugMarket().price(Drug.COCAINE));
        set(row, Metric.PRICE_INDEX_HEROIN, m.registry().drugMarket().price(Drug.HEROIN));
        set(row, Metric.PRICE_INDEX_METH, m.registry().drugMarket().price(Drug.METH));
        set(row, Metric.PRICE_INDEX_FENTANYL, m.registry().drugMarket().price(Drug.FENTANYL));
        set(row, Metric.TONS_IN_TRANSIT, m.registry().trafficking().tonsInTransit());
    }

    /** Population-weighted institutions, deployments, contests and homicide concentration; one row per plaza. */
    private List<PlazaRow> plazas(double[] row) {
        double population = 0;
        double reporting = 0;
        double corruption = 0;
        double trust = 0;
        double troops = 0;
        double police = 0;
        int contested = 0;
        List<PlazaRow> rows = new ArrayList<>();
        double[] byState = new double[plaza.world.Geography.STATES.size()];
        double allTrailing = 0;
        double inPlaces = 0;
        for (Plaza z : m.plazas()) {
            double pop = z.population();
            population += pop;
            reporting += pop * m.registry().institutions().reportingRate(z, m.params());
            corruption += pop * z.corruption();
            trust += pop * z.trust();
            troops += z.troops();
            police += z.policeOfficers() + z.reformedPoliceOfficers();
            if (z.contested()) {
                contested++;
            }
            if (z.stateIndex() >= 0) {
                byState[z.stateIndex()] += z.homicidesTrailing12();
            }
            allTrailing += z.homicidesTrailing12();
            if (!z.site().rest()) {
                inPlaces += z.homicidesTrailing12();
            }
            rows.add(new PlazaRow(z.id(), z.name(), z.stateCode(), z.site().municipality(), z.site().kind().label(), pop,
                    z.controller() == null ? "" : z.controller().name(),
                    z.contested(), attackers(z), z.homicidesThisMonth(), z.tonsThroughThisMonth(), z.troops(),
                    z.corruption(), z.fighters(), z.fighterLoad(), z.value(), fields(z)));
        }
        set(row, Metric.REPORTING_RATE, reporting / population);
        set(row, Metric.POLICE_CORRUPTION, corruption / population);
        set(row, Metric.PUBLIC_TRUST, trust / population);
        set(row, Metric.TROOPS_DEPLOYED, troops);
        set(row, Metric.POLICE_DEPLOYED, police);
        set(row, Metric.CONTESTED_PLAZAS, contested);
        set(row, Metric.BORDER_DTOS, m.plazas().stream().filter(z -> z.site().kind() == plaza.world.PlazaSite.Kind.BORDER && z.controller() != null)
                .map(Plaza::controller).distinct().count()); // the reports' major organizations (001:455-457)
        Arrays.sort(byState);
        double top5 = Arrays.stream(byState, byState.length - 5, byState.length).sum();
        set(row, Metric.HOMICIDE_SHARE_TOP5_STATES, allTrailing > 0 ? top5 / allTrailing : 0);
        set(row, Metric.HOMICIDE_SHARE_PLACES, allTrailing > 0 ? inPlaces / allTrailing : 0);
        return rows;
    }

    /** The plaza's attackers' names separated by '|' (empty when it is not contested). */
    private static String attackers(Plaza z) {
        if (!z.contested()) {
            return "";
        }
        StringBuilder names = new StringBuilder();
        for (TraffickingOrganization a : z.attackers()) {
            if (names.length() > 0) {
                names.append('|');
            }
            names.append(a.name());
        }
        return names.toString();
    }

    /** A production zone's marijuana and poppy fields this month: its state's (one production zone per growing state); none elsewhere. */
    private PlazaRow.Fields fields(Plaza z) {
        if (z.site().kind() != plaza.world.PlazaSite.Kind.PRODUCTION) {
            return PlazaRow.Fields.NONE;
        }
        int state = z.stateIndex();
        Crops c = m.registry().crops();
        return new PlazaRow.Fields(c.area(Crop.MARIJUANA, state), c.area(Crop.POPPY, state),
                c.eradicated(Crop.MARIJUANA, state), c.eradicated(Crop.POPPY, state),
                c.harvested(Crop.MARIJUANA, state), c.harvested(Crop.POPPY, state),
                c.produced(Crop.MARIJUANA, state), c.produced(Crop.POPPY, state) * 1000);
    }

    /** Funding delivered and spent by program and category. */
    private void funding(double[] row) {

        var merida = m.registry().merida();
        set(row, Metric.MERIDA_EQUIPMENT_USD, merida.delivered(Category.EQUIPMENT) * 1e6);
        set(row, Metric.MERIDA_JUDICIAL_USD, merida.delivered(Category.JUDICIAL) * 1e6);
        set(row, Metric.MERIDA_TRAINING_USD, merida.delivered(Category.TRAINING) * 1e6);
        set(row, Metric.MERIDA_ECONOMIC_USD, merida.delivered(Category.ECONOMIC) * 1e6);
        set(row, Metric.MERIDA_DELIVERED_USD, merida.deliveredTotal() * 1e6);
        set(row, Metric.MEXICO_SPENDING_USD, m.registry().budgets().mexicoUsd());
        set(row, Metric.US_BORDER_SPENDING_USD, m.registry().budgets().borderUsd());
        set(row, Metric.US_TREATMENT_SPENDING_USD, m.registry().budgets().treatmentUsd());
        set(row, Metric.FUNDING_SPENT_USD, merida.deliveredTotal() * 1e6 + m.registry().budgets().mexicoUsd()
                + m.registry().budgets().borderUsd() + m.registry().budgets().treatmentUsd());
    }

    private void publish(double[] row, List<PlazaRow> rows) {
        last = row;
        NonFiniteOutputException.check(m.month(), row);
        NonFiniteOutputException.checkPlazas(m.month(), rows);
        if (m.recording()) {
            m.listener().month(m.month(), row);
            m.listener().plazas(m.month(), rows);
            m.listener().events(m.month(), m.world().events());
        } else {
            m.listener().spinUpMonth(m.month(), row);
            m.listener().spinUpPlazas(m.month(), rows);
            m.listener().spinUpEvents(m.month(), m.world().events());
        }
    }

    private static void set(double[] row, Metric metric, double v) {
        if (!IS_REPORTED[metric.ordinal()]) {
            throw new IllegalStateException(metric.column() + " is added by submodels, not reported");
        }
        row[metric.ordinal()] = v;
    }
}
