package plaza.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import plaza.agents.Plaza;
import plaza.agents.TraffickingOrganization;
import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.params.OrganizationParameters;
import plaza.params.ParameterValues;
import plaza.testing.Runs;
import plaza.world.Geography;

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

    /**
     * A faction's name is never one in use or used before: after the first faction dissolves, the next
     * split used to count the family's living factions and took the name of the one still alive
     * (two organizations named "Juarez-5" in the same plaza rows and events).
     */
    @Test
    void aFactionNeverTakesTheNameOfAnotherOrganization() {
        PlazaModel m = new PlazaModel(RunConfig.of("names", Runs.baseline(), 1).withScale(1000), (mo, v) -> { });
        m.start();
        TraffickingOrganization parent = m.organizations().get(0);
        Succession succession = m.registry().succession();
        TraffickingOrganization first = succession.split(parent, 0.1, 0.1, "breaks away", m, m.stream("leader-removal"));
        TraffickingOrganization second = succession.split(parent, 0.1, 0.1, "breaks away", m, m.stream("leader-removal"));
        Succession.dissolveInto(first, parent, m);
        m.world().pruneOrganizations();
        TraffickingOrganization third = succession.split(parent, 0.1, 0.1, "breaks away", m, m.stream("leader-removal"));
        assertEquals(parent.name() + "-1", first.name());
        assertEquals(parent.name() + "-2", second.name());
        assertEquals(parent.name() + "-3", third.name(), "the third faction, after the first dissolved");
        assertEquals(m.organizations().size(), m.organizations().stream().map(TraffickingOrganization::name).distinct().count(),
                "names of the organizations alive");
    }

    /**
     * A faction takes a region: the founder's plaza farthest from its seat (its most valuable plaza)
     * first, then the plazas nearest that one, never the seat, within the region share of the value
     * (one plaza past it would exceed the share).
     */
    @Test
    void aFactionTakesTheRegionFarthestFromTheSeat() {
        PlazaModel m = new PlazaModel(RunConfig.of("region", Runs.baseline(), 1).withScale(1000), (mo, v) -> { });
        m.start();
        for (TraffickingOrganization o : m.organizations()) {
            List<Plaza> held = m.plazas().stream().filter(z -> z.controller() == o).toList();
            if (held.size() < 3) {
                continue;
            }
            Plaza seat = held.stream().max(Comparator.comparingDouble(Plaza::value)).orElseThrow();
            List<Plaza> region = Succession.region(held, 0.25);
            double total = held.stream().mapToDouble(Plaza::value).sum();
            double taken = region.stream().mapToDouble(Plaza::value).sum();
            double farthest = held.stream().mapToDouble(z -> Geography.distance(seat.index(), z.index())).max().orElseThrow();
            assertTrue(!region.contains(seat), o.name() + ": the seat stays with the leader");
            assertEquals(farthest, Geography.distance(seat.index(), region.get(0).index()), 1e-12, o.name() + ": the region starts farthest from the seat");
            assertTrue(region.size() == 1 || taken <= 0.25 * total + 1e-9, o.name() + ": within a quarter of the value, " + taken / total);
            for (int i = 1; i < region.size(); i++) {
                double d = Geography.distance(region.get(0).index(), region.get(i).index());
                for (Plaza z : held) {
                    if (z != seat && !region.contains(z)) {
                        assertTrue(Geography.distance(region.get(0).index(), z.index()) >= d, o.name() + ": the region is the plazas nearest its start");
                    }
                }
            }
        }
    }

    @Test
    void fullyCohesiveOrganizationNeverSplits() {
        assertEquals(0.0, splitShare(Runs.baseline(), 1.0));
    }
}
