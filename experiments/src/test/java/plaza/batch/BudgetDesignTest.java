package plaza.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.params.InputException;

/**
 * Designs over budget shares (issue 24): mixture lattices, explicit value lists, designs from a CSV
 * file, and grids or samples whose infeasible points (Mérida shares moved that sum above 1) are
 * skipped with a count instead of refusing the batch.
 */
class BudgetDesignTest {

    private static final String JUDICIAL = "policy.merida_equipment_to_judicial";
    private static final String ECONOMIC = "policy.merida_equipment_to_economic";

    @TempDir
    Path tmp;

    @Test
    void aMixtureLatticeHasEveryShareSplitInStepsOfOneOverM() {
        // k = 2 shares, degree 2, sum at most 1: (0,0) (0,.5) (0,1) (.5,0) (.5,.5) (1,0)
        Design d = Design.mixture(2, 2, false);
        assertEquals(6, d.size());
        assertEquals(6, Design.mixtureSize(2, 2, false).intValue());
        List<String> pts = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            double[] u = d.unit(i);
            assertTrue(u[0] + u[1] <= 1 + 1e-12, "shares sum to at most 1");
            pts.add(u[0] + "," + u[1]);
        }
        assertEquals(List.of("0.0,0.0", "0.0,0.5", "0.0,1.0", "0.5,0.0", "0.5,0.5", "1.0,0.0"), pts);
        // exactly 1: k = 3, degree 2 gives the three vertices and the three edge midpoints
        Design exact = Design.mixture(3, 2, true);
        assertEquals(6, exact.size());
        assertEquals(6, Design.mixtureSize(3, 2, true).intValue());
        for (int i = 0; i < exact.size(); i++) {
            double[] u = exact.unit(i);
            assertEquals(1.0, u[0] + u[1] + u[2], 1e-12);
        }
        assertEquals(Design.mixtureSize(4, 10, false).intValue(), Design.mixture(4, 10, false).size());
    }

    @Test
    void aMixtureBatchOverTheMeridaSharesRunsOnlySplitsThatFit() {
        ExperimentDefinition def = new ExperimentDefinition().design(DesignKind.MIXTURE).samples(4);
        def.replications(2).vary(Factor.parseOption(JUDICIAL + "=0:1")).vary(Factor.parseOption(ECONOMIC + "=0:1"));
        BatchSpec spec = BatchSpec.resolve(def, TestProject.scenarios());
        assertEquals(15, spec.points()); // C(4 + 2, 2)
        assertEquals(30, spec.runCount());
        assertTrue(spec.skipped().isEmpty());
        for (int p = 0; p < spec.points(); p++) {
            double[] v = spec.run(1 + 2 * p).values();
            assertTrue(v[0] + v[1] <= 1.0 + 1e-12, "point " + (p + 1) + " sums to " + (v[0] + v[1]));
        }
        assertArrayEquals(new double[] {0.25, 0.75}, spec.run(1 + 2 * 8).values(), 1e-15);
    }

    @Test
    void aGridOverSharesSkipsThePointsThatSumAboveOneWithACount() {
        ExperimentDefinition def = new ExperimentDefinition().replications(1);
        def.vary(Factor.parseOption(JUDICIAL + "=0:1:3")).vary(Factor.parseOption(ECONOMIC + "=0:1:3"));
        BatchSpec spec = BatchSpec.resolve(def, TestProject.scenarios());
        assertEquals(6, spec.points());
        assertEquals(3, spec.skipped().size());
        assertTrue(spec.skipped().get(0).startsWith("point 6 (merida_equipment_to_judicial=0.5, merida_equipment_to_economic=1)"),
                spec.skipped().get(0));
        assertTrue(spec.skipped().get(0).contains("they sum to 1.5"), spec.skipped().get(0));
        // the remaining points keep their order and are numbered 1..6
        assertArrayEquals(new double[] {0.5, 0.5}, spec.run(5).values(), 0);
        assertEquals(5, spec.run(5).point());

        ExperimentDefinition strict = new ExperimentDefinition().replications(1);
        strict.vary(Factor.parseOption(JUDICIAL + "=0:1:3")).vary(Factor.parseOption(ECONOMIC + "=0:1:3")).onInfeasible("fail", "");
        InputException e = assertThrows(InputException.class, () -> BatchSpec.resolve(strict, TestProject.scenarios()));
        assertTrue(e.getMessage().startsWith("3 of 9 design points break a rule"), e.getMessage());
    }

    @Test
    void sobolNeedsEveryPointSoAnInfeasibleOneIsRefused() {
        ExperimentDefinition def = new ExperimentDefinition().design(DesignKind.SOBOL).samples(8).replications(1);
        def.vary(Factor.parseOption(JUDICIAL + "=0:1")).vary(Factor.parseOption(ECONOMIC + "=0:1"));
        InputException e = assertThrows(InputException.class, () -> BatchSpec.resolve(def, TestProject.scenarios()));
        assertTrue(e.getMessage().contains("design sobol needs every point"), e.getMessage());
    }

    @Test
    void anExplicitListIsRunInTheOrderGivenAndSampledEvenly() {
        Factor f = Factor.parseOption(JUDICIAL + "=0,0.25,0.6,1");
        assertTrue(f.isList());
        assertEquals("0,0.25,0.6,1", f.text());
        Design grid = Design.grid(List.of(f));
        assertEquals(4, grid.size());
        double[] got = new double[4];
        for (int i = 0; i < 4; i++) {
            got[i] = grid.values(i, List.of(f))[0];
        }
        assertArrayEquals(new double[] {0, 0.25, 0.6, 1}, got, 0);
        // an LHS of 400 points draws each listed value 100 times (one per stratum quarter)
        Design lhs = Design.lhs(1, 400, 7);
        int[] counts = new int[4];
        for (int i = 0; i < 400; i++) {
            double v = lhs.values(i, List.of(f))[0];
            counts[v == 0 ? 0 : v == 0.25 ? 1 : v == 0.6 ? 2 : 3]++;
        }
        assertArrayEquals(new int[] {100, 100, 100, 100}, counts);
        assertThrows(InputException.class, () -> Factor.parseOption(JUDICIAL + "=0,0.5,0.5"));
        InputException out = assertThrows(InputException.class, () -> Factor.parseOption(JUDICIAL + "=0,1.5"));
        assertTrue(out.getMessage().contains("out of range"), out.getMessage());
        assertThrows(InputException.class, () -> Factor.parseOption(JUDICIAL + "=0,,1"));
    }

    @Test
    void aDesignFileGivesItsRowsAsPointsAndNamesTheLineOfABadValue() throws IOException {
        Path csv = tmp.resolve("points.csv");
        Files.writeString(csv, JUDICIAL + "," + ECONOMIC + "\n0,0\n0.3,0.2\n0.6,0.4\n1,0\n");
        ExperimentDefinition def = new ExperimentDefinition().replications(2).designFile(csv);
        BatchSpec spec = BatchSpec.resolve(def, TestProject.scenarios());
        assertEquals(4, spec.points());
        assertEquals(8, spec.runCount());
        assertArrayEquals(new double[] {0.6, 0.4}, spec.run(5).values(), 0);
        assertEquals(0.6, spec.parameters(spec.run(5)).get(plaza.params.ParameterCatalog.byName(JUDICIAL, "")), 0);
        assertTrue(def.canonicalLines().stream().anyMatch(l -> l.startsWith("design_points = 4")));

        Files.writeString(csv, JUDICIAL + "," + ECONOMIC + "\n0,0\n0.3,abc\n");
        InputException e = assertThrows(InputException.class, () -> new ExperimentDefinition().designFile(csv));
        assertTrue(e.getMessage().startsWith(csv + ":3: 'abc' is not a number for '" + ECONOMIC + "'"), e.getMessage());
        Files.writeString(csv, "policy.merida_equipment_to_judicail\n0\n");
        e = assertThrows(InputException.class, () -> new ExperimentDefinition().designFile(csv));
        assertTrue(e.getMessage().contains(JUDICIAL), "suggests the nearest name: " + e.getMessage());
        Files.writeString(csv, JUDICIAL + "\n");
        e = assertThrows(InputException.class, () -> new ExperimentDefinition().designFile(csv));
        assertTrue(e.getMessage().contains("no design points"), e.getMessage());
    }

    @Test
    void withoutKeepsTheOtherPointsInOrder() {
        Design d = Design.mixture(1, 4, false);
        Design rest = d.without(Set.of(0, 2));
        assertEquals(3, rest.size());
        assertEquals(0.25, rest.unit(0)[0], 0);
        assertEquals(0.75, rest.unit(1)[0], 0);
        assertEquals(1.0, rest.unit(2)[0], 0);
    }
}
