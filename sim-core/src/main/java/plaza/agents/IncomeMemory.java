package plaza.agents;

/**
 * An organization's memory of its drug income (finance.Predation, M11, M12): a recent level (a short
 * moving average of monthly drug income) and a reference level (a long one). Both move with the
 * members: a splinter faction takes the parent's levels in the share of cash it takes, an heir adds
 * the levels of the organization it absorbs. NaN before the first month.
 */
public final class IncomeMemory implements java.io.Serializable {

    private double recent = Double.NaN;
    private double reference = Double.NaN;

    public double recent() { return recent; }
    public double reference() { return reference; }

    /** Drug income lost against the reference level, USD per month (0 before the first month). */
    public double lost() {
        return Double.isNaN(reference) ? 0 : Math.max(0, reference - recent);
    }

    /** A month's income moves both levels: by 1/recentMonths and 1/referenceMonths of the gap (the first month sets them). */
    public void update(double income, double recentMonths, double referenceMonths) {
        recent = Double.isNaN(recent) ? income : recent + (income - recent) / recentMonths;
        reference = Double.isNaN(reference) ? income : reference + (income - reference) / referenceMonths;
    }

    /** A faction leaves with a share of the levels. */
    void splitTo(IncomeMemory faction, double share) {
        faction.recent = recent * share;
        faction.reference = reference * share;
        recent -= faction.recent;
        reference -= faction.reference;
    }

    /** An heir takes over the levels of the organization it absorbs. */
    void absorb(IncomeMemory other) {
        recent = sum(recent, other.recent);
        reference = sum(reference, other.reference);
    }

    private static double sum(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : a + b;
    }
}
