package plaza.institutions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Comparator;

import org.junit.jupiter.api.Test;

import ec.util.MersenneTwisterFast;

/**
 * Largest-remainder apportionment picks the plazas that get the leftover units by a selection, not
 * a sort: it must give exactly what sorting every positive weight by remainder (largest first, ties
 * to the lower index) gives. Deterministic: 2,000 fixed random cases with many ties and zero weights.
 */
class DeploymentTest {

    /** The rule written as a full sort of boxed indices, as the apportionment did before the selection. */
    private static int[] bySort(double[] weight, double total, int units) {
        int[] out = new int[weight.length];
        double[] rem = new double[weight.length];
        int given = 0;
        for (int i = 0; i < weight.length; i++) {
            double exact = units * weight[i] / total;
            out[i] = (int) Math.floor(exact);
            rem[i] = exact - out[i];
            given += out[i];
        }
        Integer[] order = java.util.stream.IntStream.range(0, weight.length).filter(i -> weight[i] > 0).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -rem[i]).thenComparingInt(i -> i));
        for (int k = 0; k < order.length && given < units; k++, given++) {
            out[order[k]]++;
        }
        return out;
    }

    @Test
    void selectionGivesWhatTheSortGives() {
        MersenneTwisterFast r = new MersenneTwisterFast(22);
        for (int c = 0; c < 2000; c++) {
            int n = 1 + r.nextInt(250);
            double[] w = new double[n];
            double total = 0;
            for (int i = 0; i < n; i++) {
                // a few distinct values, so remainders tie often; about one weight in five is zero
                w[i] = r.nextDouble() < 0.2 ? 0 : 1 + r.nextInt(c % 2 == 0 ? 4 : 1000);
                total += w[i];
            }
            int units = r.nextInt(3 * n + 2);
            if (total <= 0) {
                continue;
            }
            int[] got = Deployment.apportion(w, total, units);
            assertArrayEquals(bySort(w, total, units), got, "case " + c);
            assertEquals(units, Arrays.stream(got).sum(), "case " + c + ": every unit is placed");
        }
    }
}
