package plaza.core;

import plaza.output.Metric;

/**
 * The month's flows as mechanisms add to them (homicides, arrests, tons, dollars), indexed by
 * {@link Metric}, plus the cumulative tons that the conservation check reads: tons shipped =
 * seized + delivered + in transit (counting the initial stock as shipped). Money has its own
 * ledger ({@link MoneyLedger}).
 *
 * <p>Submodels only add to it: what one submodel passes to another goes through a {@link Channel}.
 * The recording phase reads it ({@link #get}) to write the month's row; {@code DeclarationTest}
 * fails if any other submodel reads it.
 */
public final class MonthTally implements java.io.Serializable {

    private final double[] flows = new double[Metric.values().length];

    private double initialStock;
    private double tonsShippedTotal;
    private double tonsSeizedTotal;
    private double tonsDeliveredTotal;
    private AccessLog log;

    void observe(AccessLog l) {
        log = l;
    }

    private void added(Metric m) {
        if (log != null) {
            log.added(m);
        }
    }

    public void begin() {
        java.util.Arrays.fill(flows, 0);
    }

    public void add(Metric m, double v) {
        added(m);
        flows[m.ordinal()] += v;
    }

    /** The month's total so far: for the recording phase only (the tally is write-only to submodels). */
    public double get(Metric m) {
        if (log != null) {
            log.tallyRead(m);
        }
        return flows[m.ordinal()];
    }

    /** Tons already in transit when the run starts (shipped before the first month). */
    public void initialStock(double tons) {
        initialStock += tons;
    }

    public double initialStockTons() {
        return initialStock;
    }

    public void shipped(double tons) {
        added(Metric.TONS_SHIPPED);
        flows[Metric.TONS_SHIPPED.ordinal()] += tons;
        tonsShippedTotal += tons;
    }

    public void seized(double tons, boolean atBorder) {
        added(Metric.TONS_SEIZED);
        if (atBorder) {
            added(Metric.TONS_SEIZED_BORDER);
        }
        flows[Metric.TONS_SEIZED.ordinal()] += tons;
        if (atBorder) {
            flows[Metric.TONS_SEIZED_BORDER.ordinal()] += tons;
        }
        tonsSeizedTotal += tons;
    }

    /** Seized tons of one drug, counted in the totals and by drug (kilograms where the reports use them). */
    public void seized(plaza.world.Drug d, double tons, boolean atBorder) {
        seized(tons, atBorder);
        Metric m = Metric.seized(d, atBorder);
        added(m);
        flows[m.ordinal()] += tons * m.perTon();
    }

    public void delivered(double tons) {
        added(Metric.TONS_DELIVERED);
        flows[Metric.TONS_DELIVERED.ordinal()] += tons;
        tonsDeliveredTotal += tons;
    }

    /**
     * The sums that moving shipments add to several times a shipment, hundreds of shipments a month
     * (tons seized, at the border and by drug; tons delivered, also by drug; tons shipped; and the
     * run's cumulative seized, delivered and shipped tons), carried on from their values now in an
     * object the shipments' loop alone holds (the compiler keeps its sums in registers), with the
     * same additions in the same order as one call of {@link #seized}, {@link #delivered},
     * {@link #add} or {@link #shipped} each would make, and written back by {@link Running#close}:
     * the same sums to the last bit. Like the tally, it is write-only to the mechanism.
     */
    public Running running() {
        return new Running();
    }

    /** See {@link #running()}. */
    public final class Running {
        private double seized = flows[Metric.TONS_SEIZED.ordinal()];
        private double seizedAtBorder = flows[Metric.TONS_SEIZED_BORDER.ordinal()];
        private double delivered = flows[Metric.TONS_DELIVERED.ordinal()];
        private double shipped = flows[Metric.TONS_SHIPPED.ordinal()];
        private double seizedTotal = tonsSeizedTotal;
        private double deliveredTotal = tonsDeliveredTotal;
        private double shippedTotal = tonsShippedTotal;
        /** The flows by metric ordinal (the loop adds to those by drug). */
        private final double[] flow = flows.clone();

        private Running() {}

        /** As {@link MonthTally#seized(plaza.world.Drug, double, boolean)}, with the drug's metric and unit per ton found once. */
        public void seized(double tons, boolean atBorder, int drugMetric, double perTon) {
            seized += tons;
            if (atBorder) {
                seizedAtBorder += tons;
            }
            seizedTotal += tons;
            flow[drugMetric] += tons * perTon;
        }

        /** As {@link MonthTally#seized(double, boolean)} off the border (the transit zone). */
        public void seized(double tons) {
            seized += tons;
            seizedTotal += tons;
        }

        /** As {@link MonthTally#delivered} followed by {@link MonthTally#add} of the drug's delivered metric. */
        public void delivered(double tons, int drugMetric) {
            delivered += tons;
            deliveredTotal += tons;
            flow[drugMetric] += tons;
        }

        /** As {@link MonthTally#shipped}. */
        public void shipped(double tons) {
            shipped += tons;
            shippedTotal += tons;
        }

        /** Writes the sums back (every flow the loop may add to counts as added). */
        public void close() {
            set(Metric.TONS_SEIZED, seized);
            set(Metric.TONS_SEIZED_BORDER, seizedAtBorder);
            set(Metric.TONS_DELIVERED, delivered);
            set(Metric.TONS_SHIPPED, shipped);
            for (plaza.world.Drug d : plaza.world.Drug.values()) {
                set(Metric.seized(d, false), flow[Metric.seized(d, false).ordinal()]);
                set(Metric.seized(d, true), flow[Metric.seized(d, true).ordinal()]);
                set(Metric.tonsDelivered(d), flow[Metric.tonsDelivered(d).ordinal()]);
            }
            tonsSeizedTotal = seizedTotal;
            tonsDeliveredTotal = deliveredTotal;
            tonsShippedTotal = shippedTotal;
        }

        private void set(Metric m, double v) {
            added(m);
            flows[m.ordinal()] = v;
        }
    }

    public double tonsShippedTotal() { return tonsShippedTotal; }
    public double tonsSeizedTotal() { return tonsSeizedTotal; }
    public double tonsDeliveredTotal() { return tonsDeliveredTotal; }
}
