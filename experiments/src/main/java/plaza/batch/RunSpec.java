package plaza.batch;

import java.io.Serializable;

/**
 * One run of a batch.
 *
 * @param id            run id, 1-based, the row order of every output file
 * @param scenarioIndex position of the scenario in the batch's scenario list
 * @param scenario      scenario name
 * @param label         how the scenario was named (name or path), for the rerun command
 * @param point         design point, 1-based
 * @param replication   replication, 1-based
 * @param seed          the run's seed ({@link SeedRule})
 * @param values        the varied parameters' values at this design point, in factor order
 */
public record RunSpec(int id, int scenarioIndex, String scenario, String label, int point, int replication,
                      long seed, double[] values) implements Serializable {
}
