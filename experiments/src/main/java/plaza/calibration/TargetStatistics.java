package plaza.calibration;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import plaza.model.RunConfig;
import plaza.output.Column;
import plaza.output.Kind;
import plaza.output.Metric;
import plaza.output.PlazaRow;
import plaza.output.RunListener;

/**
 * Keeps a run's monthly rows, spin-up months included, so targets can compute their statistics.
 * Memory is one row of {@link Metric#values()} per simulated month (about 200 KB for 1995-2012);
 * when a target reads a plaza's series ({@code homicides@CHIH}), also the numeric columns of
 * plazas.csv for every plaza (32 x 10 values a month, about 550 KB a run). Events are not kept.
 */
public final class TargetStatistics implements RunListener {

    /** The numeric columns of plazas.csv (flows and stocks), in file order: what {@code column@STATE} may name. */
    public static final List<String> PLAZA_COLUMNS = PlazaRow.COLUMNS.stream()
            .filter(c -> c.kind() == Kind.FLOW || c.kind() == Kind.STOCK).map(Column::name).toList();
    private static final List<Column<PlazaRow>> NUMERIC = PlazaRow.COLUMNS.stream()
            .filter(c -> PLAZA_COLUMNS.contains(c.name())).toList();

    private final List<double[]> rows = new ArrayList<>();
    private final List<double[][]> plazaRows = new ArrayList<>();
    /** First month whose plaza rows are kept (earlier months hold null), or null when none are. */
    private final YearMonth plazasFrom;

    /** Keeps the national rows only. */
    public TargetStatistics() {
        this(false);
    }

    /** @param keepPlazas also keep every plaza's numeric columns (needed by {@code column@STATE} targets) */
    public TargetStatistics(boolean keepPlazas) {
        this(keepPlazas ? first() : null);
    }

    /**
     * @param plazasFrom keep every plaza's numeric columns from this month on (the first month a
     *                   {@code column@STATE} target reads), or null for none
     */
    public TargetStatistics(YearMonth plazasFrom) {
        this.plazasFrom = plazasFrom;
    }

    /** The first month any of these targets reads a plaza's series, or null if none does. */
    static YearMonth plazasFrom(java.util.Collection<Target> targets) {
        return targets.stream().filter(Target::readsPlazas).map(t -> t.period().firstMonth()).min(YearMonth::compareTo).orElse(null);
    }

    @Override
    public void spinUpMonth(YearMonth month, double[] values) {
        add(month, values);
    }

    @Override
    public void month(YearMonth month, double[] values) {
        add(month, values);
    }

    private void add(YearMonth month, double[] values) {
        // rows are indexed by month offset from the spin-up start, so months must arrive in order
        if (!month.equals(first().plusMonths(rows.size()))) {
            throw new IllegalStateException("month " + month + " out of order; expected " + first().plusMonths(rows.size()));
        }
        rows.add(values.clone());
    }

    @Override
    public void spinUpPlazas(YearMonth month, List<PlazaRow> plazas) {
        addPlazas(month, plazas);
    }

    @Override
    public void plazas(YearMonth month, List<PlazaRow> plazas) {
        addPlazas(month, plazas);
    }

    /** Rows arrive after the month's national row and in plaza index order (the model's, as in plazas.csv). */
    private void addPlazas(YearMonth month, List<PlazaRow> plazas) {
        if (plazasFrom == null) {
            return;
        }
        if (!month.equals(first().plusMonths(plazaRows.size()))) {
            throw new IllegalStateException("plaza rows of " + month + " out of order; expected " + first().plusMonths(plazaRows.size()));
        }
        if (month.isBefore(plazasFrom)) {
            plazaRows.add(null);
            return;
        }
        double[][] byPlaza = new double[plazas.size()][NUMERIC.size()];
        for (int z = 0; z < plazas.size(); z++) {
            for (int c = 0; c < NUMERIC.size(); c++) {
                Object v = NUMERIC.get(c).reporter().apply(plazas.get(z));
                byPlaza[z][c] = v instanceof Boolean b ? (b ? 1 : 0) : ((Number) v).doubleValue();
            }
        }
        plazaRows.add(byPlaza);
    }

    /** First month held: the spin-up start. */
    public static YearMonth first() {
        return RunConfig.START;
    }

    /** Last month held, or the month before {@link #first()} if none. */
    public YearMonth last() {
        return first().plusMonths(rows.size() - 1L);
    }

    /** True if every month of [from, to] was recorded. */
    public boolean covers(YearMonth from, YearMonth to) {
        return !from.isBefore(first()) && !to.isAfter(last()) && !from.isAfter(to);
    }

    /** The value of a metric in a month. */
    public double value(Metric m, YearMonth month) {
        return row(month)[m.ordinal()];
    }

    /** The value of a numeric plaza column ({@link #PLAZA_COLUMNS} index) for one plaza in a month. */
    public double plazaValue(int plaza, int column, YearMonth month) {
        if (plazasFrom == null) {
            throw new IllegalStateException("plaza rows were not kept for this run");
        }
        int i = index(month);
        if (i < 0 || i >= plazaRows.size() || plazaRows.get(i) == null) {
            throw new IllegalArgumentException("plaza rows of " + month + " not recorded");
        }
        return plazaRows.get(i)[plaza][column];
    }

    private static int index(YearMonth month) {
        return (month.getYear() - first().getYear()) * 12 + month.getMonthValue() - first().getMonthValue();
    }

    private double[] row(YearMonth month) {
        int i = index(month);
        if (i < 0 || i >= rows.size()) {
            throw new IllegalArgumentException("month " + month + " not recorded (" + first() + " to " + last() + ")");
        }
        return rows.get(i);
    }
}
