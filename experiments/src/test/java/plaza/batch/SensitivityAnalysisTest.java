package plaza.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Checks the estimators on functions whose indices are known. Both tests are deterministic (a Sobol
 * sequence and fixed seeds), so they have no false-alarm rate: they fail only if the code changes.
 */
class SensitivityAnalysisTest {

    /** Ishigami function, a = 7, b = 0.1, inputs uniform on [-pi, pi]. */
    private static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + 7 * Math.sin(x2) * Math.sin(x2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
    }

    @Test
    void sobolIndicesOfTheIshigamiFunctionMatchThePublishedValues() {
        int n = 4096;
        Design d = Design.saltelli(3, n);
        double[] f = new double[d.size()];
        for (int p = 0; p < f.length; p++) {
            f[p] = ishigami(d.unit(p));
        }
        SensitivityAnalysis.SobolIndex[] s = SensitivityAnalysis.sobol(f, 3, 200, 1);
        // analytic values (Ishigami and Homma 1990; Sobol' 2001)
        double[] s1 = {0.3139, 0.4424, 0.0};
        double[] st = {0.5576, 0.4424, 0.2437};
        for (int i = 0; i < 3; i++) {
            assertEquals(s1[i], s[i].s1(), 0.03, "S" + (i + 1));
            assertEquals(st[i], s[i].st(), 0.03, "ST" + (i + 1));
            // the bootstrap interval brackets the estimate and is narrow at this sample size
            double est = s[i].s1();
            assertEquals(true, s[i].s1Low() <= est && est <= s[i].s1High(), "interval brackets S" + (i + 1));
            assertEquals(true, s[i].s1High() - s[i].s1Low() < 0.15, "S" + (i + 1) + " interval width");
        }
    }

    @Test
    void morrisRecoversTheSlopesOfALinearFunction() {
        double[] c = {3, -2, 0.5, 0};
        Design d = Design.morris(4, 20, 4, 11);
        double[] f = new double[d.size()];
        for (int p = 0; p < f.length; p++) {
            double[] u = d.unit(p);
            for (int i = 0; i < 4; i++) {
                f[p] += c[i] * u[i];
            }
        }
        SensitivityAnalysis.MorrisIndex[] m = SensitivityAnalysis.morris(d, f);
        for (int i = 0; i < 4; i++) {
            assertEquals(20, m[i].r());
            assertEquals(c[i], m[i].mu(), 1e-9);
            assertEquals(Math.abs(c[i]), m[i].muStar(), 1e-9);
            assertEquals(0, m[i].sigma(), 1e-9);
        }
    }

    @Test
    void morrisSeparatesANonlinearFactorBySigma() {
        // f = x1^2 + x2: x1's effect depends on where it is measured, x2's does not
        Design d = Design.morris(2, 30, 4, 5);
        double[] f = new double[d.size()];
        for (int p = 0; p < f.length; p++) {
            double[] u = d.unit(p);
            f[p] = u[0] * u[0] + u[1];
        }
        SensitivityAnalysis.MorrisIndex[] m = SensitivityAnalysis.morris(d, f);
        assertEquals(true, m[0].sigma() > 0.3, "nonlinear factor has spread-out effects");
        assertEquals(0, m[1].sigma(), 1e-9);
    }
}
