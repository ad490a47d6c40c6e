package plaza.institutions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import ec.util.MersenneTwisterFast;

/**
 * Largest-remainder apportionment picks the plazas that get the leftover units by a selection, not
 * a sort: the l indices it moves to the front must be the first l of every index sorted by
 * remainder (largest first, ties to the lower index). Deterministic: 3,000 fixed random cases with
 * many ties; and one apportionment worked by hand.
 */
class DeploymentTest {

    @Test
    void selectionPicksTheFirstOfTheSort() {
        MersenneTwisterFast r = new MersenneTwisterFast(22);
        for (int c = 0; c < 3000; c++) {
            int n = 1 + r.nextInt(250);
            int distinct = c % 2 == 0 ? 3 : 1000; // few distinct remainders: ties everywhere
            double[] rem = new double[n];
            for (int i = 0; i < n; i++) {
                rem[i] = r.nextInt(distinct) / (double) distinct;
            }
            int l = r.nextInt(n + 2);
            int[] a = IntStream.range(0, n).toArray();
            Deployment.selectLargest(a, n, l, rem);
            Integer[] sorted = IntStream.range(0, n).boxed().toArray(Integer[]::new);
            Arrays.sort(sorted, Comparator.<Integer>comparingDouble(i -> -rem[i]).thenComparingInt(i -> i));
            int k = Math.min(l, n);
            int[] want = Arrays.stream(sorted).limit(k).mapToInt(Integer::intValue).sorted().toArray();
            assertArrayEquals(want, Arrays.stream(a).limit(k).sorted().toArray(), "case " + c + ", n " + n + ", l " + l);
            assertArrayEquals(IntStream.range(0, n).toArray(), Arrays.stream(a).sorted().toArray(), "case " + c + ": a permutation");
        }
    }

    @Test
    void apportionsByLargestRemainder() {
        // 10 units over weights 1, 0, 2, 2, 1 (total 6): exact shares 1.67, 0, 3.33, 3.33, 1.67;
        // floors give 8, the two largest remainders (0.67, indices 0 and 4) get the last two
        int[] got = Deployment.apportion(new double[] {1, 0, 2, 2, 1}, 6, 10);
        assertArrayEquals(new int[] {2, 0, 3, 3, 2}, got);
        assertEquals(10, Arrays.stream(got).sum());
    }
}
