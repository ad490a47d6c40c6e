package plaza.batch;

/**
 * The seed of each run. Rule: replication {@code r} (1-based) of any scenario and any design point
 * gets seed {@code S + r - 1}, where {@code S} is the batch's {@code --seed}.
 *
 * <p>Why this rule: the seed does not depend on the scenario or the design point, so replication
 * {@code r} of every scenario and every design point uses the same random numbers (common random
 * numbers). Differences between scenarios or design points in the same replication are then due to
 * the inputs, not to noise, and paired comparisons need far fewer replications. Replication 1 with
 * the default {@code S = 1} is the run {@code plaza run SCENARIO --seed 1}.
 */
public final class SeedRule {

    private SeedRule() {}

    /** The seed of replication {@code replication} (1-based) in a batch with base seed {@code base}. */
    public static long seed(long base, String scenario, int designPoint, int replication) {
        return base + replication - 1;
    }

    /** One-line statement of the rule, written into the batch metadata. */
    public static final String TEXT = "seed = S + replication - 1 (same for every scenario and design point: common random numbers)";
}
