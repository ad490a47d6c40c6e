package plaza.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import plaza.agents.TraffickingOrganization;
import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.params.OrganizationParameters;
import plaza.params.ParameterValues;
import plaza.testing.Runs;

/**
 * Leadership removal splits an organization with probability split x (1 - cohesion).
 *
 * <p>Each trial is a fresh model (its own seed) whose first organization loses its leader once. With
 * n trials the split count is binomial; the test accepts within 3.29 standard deviations, so its
 * false-alarm rate is 0.1% per assertion.
 */
class SuccessionTest {

    private static final int TRIALS = 300;

    private static double splitShare(ParameterValues p, double cohesion) {
        int splits = 0;
        for (int seed = 1; seed <= TRIALS; seed++) {
            PlazaModel m = new PlazaModel(RunConfig.of("split", p, seed).withScale(1000), (mo, v) -> { });
            m.start();
            TraffickingOrganization o = m.organizations().get(0);
            o.setCohesion(cohesion);
            int before = m.organizations().size();
            o.setLeader(null);
            m.registry().succession().onLeaderLoss(o, m);
            if (m.organizations().size() > before) {
                splits++;
            }
        }
        return (double) splits / TRIALS;
    }

    @Test
    void cohesiveOrganizationSplitsWithTheDocumentedProbability() {
        ParameterValues p = Runs.baseline();
        double cohesion = 0.6;
        double expected = p.get(OrganizationParameters.SPLIT_PROBABILITY) * (1 - cohesion);
        double observed = splitShare(p, cohesion);
        double sd = Math.sqrt(expected * (1 - expected) / TRIALS);
        assertEquals(expected, observed, 3.29 * sd, "split share at cohesion 0.6");
    }

    @Test
    void lowerCohesionSplitsMoreOften() {
        ParameterValues p = Runs.baseline();
        double loose = splitShare(p, 0.1);
        double tight = splitShare(p, 0.9);
        double expectedLoose = p.get(OrganizationParameters.SPLIT_PROBABILITY) * 0.9;
        double sd = Math.sqrt(expectedLoose * (1 - expectedLoose) / TRIALS);
        assertEquals(expectedLoose, loose, 3.29 * sd);
        assertTrue(loose > tight + 0.3, "cohesion 0.1 -> " + loose + ", 0.9 -> " + tight);
    }

    @Test
    void fullyCohesiveOrganizationNeverSplits() {
        assertEquals(0.0, splitShare(Runs.baseline(), 1.0));
    }
}
