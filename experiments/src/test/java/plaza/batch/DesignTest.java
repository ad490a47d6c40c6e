package plaza.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import plaza.params.ParameterCatalog;

class DesignTest {

    @Test
    void latinHypercubeStaysInBoundsAndPutsOnePointInEachStratumOfEveryDimension() {
        int n = 50;
        int k = 4;
        Design d = Design.lhs(k, n, 7);
        assertEquals(n, d.size());
        for (int i = 0; i < k; i++) {
            boolean[] hit = new boolean[n];
            for (int p = 0; p < n; p++) {
                double u = d.unit(p)[i];
                assertTrue(u >= 0 && u < 1, "coordinate in [0, 1)");
                int stratum = (int) Math.floor(u * n);
                assertTrue(!hit[stratum], "dimension " + i + ": stratum " + stratum + " holds two points");
                hit[stratum] = true;
            }
        }
        // scaled to a parameter's range, values stay inside the range
        Factor f = Factor.parse("military.troops_deployed_2009", "20000:60000", "");
        for (int p = 0; p < n; p++) {
            double v = f.valueAt(d.unit(p)[0]);
            assertTrue(v >= 20000 && v <= 60000);
        }
    }

    @Test
    void latinHypercubeIsAFunctionOfItsSeed() {
        assertEquals(Design.lhs(3, 10, 5).unit(7)[2], Design.lhs(3, 10, 5).unit(7)[2]);
        assertTrue(Design.lhs(3, 10, 5).unit(7)[2] != Design.lhs(3, 10, 6).unit(7)[2]);
    }

    @Test
    void gridIsTheFullFactorialWithTheFirstFactorSlowest() {
        List<Factor> fs = List.of(Factor.parse("military.troops_deployed_2009", "20000:60000:3", ""),
                Factor.parse("policy.kingpin_intensity", "0:1:2", ""));
        Design d = Design.grid(fs);
        assertEquals(6, d.size());
        assertEquals(20000, d.values(0, fs)[0]);
        assertEquals(0, d.values(0, fs)[1]);
        assertEquals(1, d.values(1, fs)[1]);
        assertEquals(40000, d.values(2, fs)[0]);
        assertEquals(60000, d.values(5, fs)[0]);
        assertEquals(1, d.values(5, fs)[1]);
    }

    @Test
    void saltelliPointsTakeExactlyOneColumnFromB() {
        int k = 3;
        Design d = Design.saltelli(k, 8);
        assertEquals(8 * (k + 2), d.size());
        for (int j = 0; j < 8; j++) {
            double[] a = d.unit(j * (k + 2));
            double[] b = d.unit(j * (k + 2) + k + 1);
            for (int i = 0; i < k; i++) {
                double[] ab = d.unit(j * (k + 2) + 1 + i);
                for (int c = 0; c < k; c++) {
                    assertEquals(c == i ? b[c] : a[c], ab[c]);
                }
            }
        }
    }

    @Test
    void morrisTrajectoriesMoveOneFactorByDeltaPerStep() {
        int k = 4;
        int levels = 4;
        Design d = Design.morris(k, 6, levels, 3);
        double delta = levels / (2.0 * (levels - 1));
        assertEquals(6 * (k + 1), d.size());
        for (int t = 0; t < 6; t++) {
            boolean[] moved = new boolean[k];
            for (int s = 0; s < k; s++) {
                double[] x0 = d.unit(t * (k + 1) + s);
                double[] x1 = d.unit(t * (k + 1) + s + 1);
                int changed = 0;
                for (int i = 0; i < k; i++) {
                    if (x0[i] != x1[i]) {
                        changed++;
                        moved[i] = true;
                        assertEquals(delta, Math.abs(x1[i] - x0[i]), 1e-12);
                    }
                    assertTrue(x1[i] >= 0 && x1[i] <= 1);
                }
                assertEquals(1, changed);
            }
            for (boolean m : moved) {
                assertTrue(m, "every factor moves once per trajectory");
            }
        }
    }

    @Test
    void valuesAreRoundedToTheCsvFormatSoTheyReproduceExactly() {
        Factor f = Factor.parse("policy.kingpin_intensity", "0:1", "");
        double v = f.valueAt(1.0 / 3);
        assertEquals(v, Double.parseDouble(plaza.io.Numbers.format(v)));
        assertTrue(ParameterCatalog.exists(f.name()));
    }
}
