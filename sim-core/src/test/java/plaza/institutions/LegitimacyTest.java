package plaza.institutions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import plaza.funding.MeridaInitiative;
import plaza.params.JusticeParameters;
import plaza.params.ParameterValues;
import plaza.testing.Runs;
import plaza.testing.SmallWorld;

/**
 * The legitimacy loop (M3, M25) on the small world, deterministic: complaints against troops in
 * plaza A (100 a year per million residents) lower trust there and only there; lower trust lowers
 * crime reporting and identification (cooperation with investigators) in A; with the complaint
 * sensitivity at 0 nothing changes. Size: trust in A moves toward its target 1 / (1 + k x 100)
 * (k = 0.004: 0.71) at the monthly adjustment speed, 0.76 after three years.
 */
class LegitimacyTest {

    private static SmallWorld threeYears(ParameterValues p, Institutions inst) {
        SmallWorld w = new SmallWorld(p, 1, 100).staffBoth();
        inst.initialize(w);
        for (int month = 0; month < 36; month++) {
            w.world().channels().setComplaints(new double[] {100.0 / 12, 0, 0});
            inst.update(w);
        }
        return w;
    }

    @Test
    void complaintsLowerTrustWhereTroopsAreAndTrustDrivesReporting() {
        ParameterValues p = Runs.baseline();
        Institutions inst = new Institutions(new MeridaInitiative());
        SmallWorld w = threeYears(p, inst);
        double k = p.get(JusticeParameters.COMPLAINT_TRUST);
        double target = 1 / (1 + k * 100);
        double left = Math.pow(1 - p.get(JusticeParameters.CORRUPTION_SPEED), 36);
        assertEquals(target + (1 - target) * left, w.a.trust(), 0.01, "trust in A moves toward its target at the adjustment speed");
        assertEquals(1, w.b.trust(), 1e-9, "no complaints in B, trust unchanged");
        assertTrue(inst.reportingRate(w.a, p) < 0.8 * inst.reportingRate(w.b, p), "reporting falls with trust");
        assertTrue(inst.identificationRate(w.a, p) < inst.identificationRate(w.b, p), "fewer tips where trust is low");
    }

    @Test
    void withoutTheSensitivityComplaintsChangeNothing() {
        ParameterValues p = Runs.baseline().with(JusticeParameters.COMPLAINT_TRUST, 0);
        SmallWorld w = threeYears(p, new Institutions(new MeridaInitiative()));
        assertEquals(w.b.trust(), w.a.trust(), 1e-12);
    }
}
