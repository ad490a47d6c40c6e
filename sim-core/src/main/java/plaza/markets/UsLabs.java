package plaza.markets;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

import plaza.core.Phase;
import plaza.core.Sim;
import plaza.core.Submodel;
import plaza.output.Metric;
import plaza.params.SupplyParameters;
import plaza.world.Drug;

/**
 * Submodel "U.S. labs" (M21): methamphetamine made in U.S. labs, the population the DEA's lab
 * seizures count (002:126), beside the Mexican labs of {@link Labs}. U.S. lab methamphetamine grows
 * while it spreads from the West to the Midwest and Southeast (002:126: seizures rising constantly,
 * 263 in 1994 to 2,025 in 1999), at the constant rate those two figures imply, to December of the
 * growth's end year, then holds. It scales with the baseline demand for Mexican methamphetamine, not
 * with its price or treatment, so a Mexican control or a price rise does not move U.S. labs (the
 * reports give no substitution between the two). A new U.S. precursor control (a rise in
 * {@code supply.precursor_control_us}) cuts U.S. labs' chemicals by its size at once; traffickers
 * route around it with the adaptation time constant (002:92), and a share of that adaptation is
 * production moving to Mexican labs for good (assumed; consistent with 004:59, Mexico the major
 * supplier by 2009). What has moved is added to the methamphetamine organizations ship, so Mexican
 * labs make it. What the cut removes and nobody has yet replaced is not supplied.
 *
 * <pre>
 * D(t) = share x baseline U.S. demand for Mexican methamphetamine x growth^(min(months since December 1999, months to December of end year) / 12)
 * adapted = gap(t-1) / adaptation months; gap(t) = gap(t-1) - adapted + max(0, control(t) - control(t-1)), at most 1 - moved
 * moved(t) = moved(t-1) + relocation share x adapted
 * made in the U.S. = D x (1 - gap - moved)        added to Mexican suppliers' demand = D x moved
 * U.S. labs = made in the U.S. / tons per U.S. lab-month          DEA seizures = U.S. labs x seizure share
 * </pre>
 */
public final class UsLabs implements java.io.Serializable {

    private final DrugMarket market;
    private double control;
    private double gap;
    private double moved;
    private double made;
    private double labs;

    public UsLabs(DrugMarket market) {
        this.market = market;
    }

    /** The control in force at the start is taken as already adapted to, in the U.S. (nothing has moved). */
    public void initialize(Sim m) {
        control = m.p(SupplyParameters.PRECURSOR_CONTROL_US);
    }

    /** The month the spread is anchored at (= 1): December of 002:126's last year, 1999. */
    static final YearMonth ANCHOR = YearMonth.of(1999, 12);

    /** The spread east: 1 in December 1999, growing by the yearly growth to December of the end year, then held. */
    static double spread(YearMonth month, double growthPerYear, int endYear) {
        long since = ANCHOR.until(month, ChronoUnit.MONTHS);
        long end = ANCHOR.until(YearMonth.of(endYear, 12), ChronoUnit.MONTHS);
        return Math.pow(growthPerYear, Math.min(since, end) / 12.0);
    }

    public void month(Sim m) {
        double now = m.p(SupplyParameters.PRECURSOR_CONTROL_US);
        double adapted = gap / m.p(SupplyParameters.PRECURSOR_ADAPTATION);
        moved = Math.min(1, moved + m.p(SupplyParameters.LAB_RELOCATION) * adapted);
        gap = Math.min(gap - adapted + Math.max(0, now - control), 1 - moved);
        control = now;
        double potential = m.p(SupplyParameters.US_LAB_SHARE) * market.baselineDemand(Drug.METH)
                * spread(m.month(), m.p(SupplyParameters.US_METH_GROWTH), (int) m.p(SupplyParameters.US_METH_GROWTH_END));
        made = potential * (1 - gap - moved);
        market.addDemand(Drug.METH, potential * moved);
        labs = made / m.p(SupplyParameters.LAB_OUTPUT);
        m.tally().add(Metric.TONS_PRODUCED_METH_US, made);
        m.tally().add(Metric.METH_LABS_US, labs);
        m.tally().add(Metric.METH_LABS, labs);
        m.tally().add(Metric.METH_LABS_SEIZED, labs * m.p(SupplyParameters.LAB_SEIZURE));
        m.tally().add(Metric.PRECURSOR_SUPPLY_US, 1 - gap);
        m.tally().add(Metric.METH_RELOCATED_SHARE, moved);
    }

    /** Methamphetamine made in U.S. labs this month (tons). */
    public double made() { return made; }

    /** U.S. labs operating this month. */
    public double labs() { return labs; }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("us-labs", Phase.MARKET,
                "U.S. labs make methamphetamine that grows as it spreads east to 1999; a U.S. precursor control cuts them, traffickers adapt after a lag, and part of the production moves to Mexican labs.",
                List.of("drugMarket.demand", "usLabs.gap", "usLabs.moved", SupplyParameters.LAB_OUTPUT, SupplyParameters.LAB_RELOCATION, SupplyParameters.LAB_SEIZURE,
                        SupplyParameters.PRECURSOR_ADAPTATION, SupplyParameters.PRECURSOR_CONTROL_US, SupplyParameters.US_LAB_SHARE, SupplyParameters.US_METH_GROWTH,
                        SupplyParameters.US_METH_GROWTH_END),
                List.of("usLabs.gap", "usLabs.moved", "drugMarket.demand", Metric.TONS_PRODUCED_METH_US, Metric.METH_LABS, Metric.METH_LABS_US, Metric.METH_LABS_SEIZED,
                        Metric.PRECURSOR_SUPPLY_US, Metric.METH_RELOCATED_SHARE),
                this::month);
    }
}
