package plaza.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import plaza.funding.TroopSchedule;
import plaza.output.Metric;
import plaza.params.MilitaryParameters;
import plaza.params.ParameterValues;
import plaza.testing.Runs;

/**
 * More troops deployed raise desertions and human-rights complaints, in the documented proportion.
 * At scale 10 the 4-seed desertion rise has a standard deviation of about 1,000 troops against a
 * tolerance of 3,150, so the check fails by chance about 3 times in 1,000.
 */
class MilitaryTest {

    @Test
    void moreTroopsRaiseDesertionsAndComplaints() {
        ParameterValues base = Runs.baseline();
        ParameterValues surge = base.with(MilitaryParameters.TROOPS_2009, 2 * base.get(MilitaryParameters.TROOPS_2009));
        double desertBase = 0;
        double desertSurge = 0;
        double complBase = 0;
        double complSurge = 0;
        for (long seed = 1; seed <= 4; seed++) {
            // scale 10: a soldier-agent is 10 troops, so desertions (binomial in agents) vary little;
            // at scale 100 the 4-seed rise had a standard deviation near the 25% tolerance
            List<double[]> a = Runs.rows(base, seed, YearMonth.of(2010, 12), 10);
            List<double[]> b = Runs.rows(surge, seed, YearMonth.of(2010, 12), 10);
            desertBase += Runs.yearTotal(a, Metric.DESERTIONS, 2010);
            desertSurge += Runs.yearTotal(b, Metric.DESERTIONS, 2010);
            complBase += Runs.yearTotal(a, Metric.HUMAN_RIGHTS_COMPLAINTS, 2010);
            complSurge += Runs.yearTotal(b, Metric.HUMAN_RIGHTS_COMPLAINTS, 2010);
        }
        // extra troops desert at the deployed hazard instead of the garrison hazard:
        // expected rise = extra troops x (multiplier - 1) x annual garrison rate, per seed
        double extra = base.get(MilitaryParameters.TROOPS_2009);
        double expectedDesertRise = 4 * extra * (base.get(MilitaryParameters.DEPLOYED_DESERTION_MULTIPLIER) - 1)
                * base.get(MilitaryParameters.DESERTION_HAZARD);
        assertEquals(expectedDesertRise, desertSurge - desertBase, 0.25 * expectedDesertRise, "desertion rise");
        double expectedComplaintRise = 4 * extra * 12 / 1000 * base.get(MilitaryParameters.COMPLAINTS_PER_TROOP);
        assertEquals(expectedComplaintRise, complSurge - complBase, 0.25 * expectedComplaintRise, "complaint rise");
        assertTrue(complSurge > complBase && desertSurge > desertBase);
    }

    @Test
    void deploymentFollowsTheReportedSchedule() {
        ParameterValues p = Runs.baseline();
        assertEquals(0, TroopSchedule.troopsTarget(YearMonth.of(2006, 6), p));
        assertEquals(p.get(MilitaryParameters.TROOPS_2007), TroopSchedule.troopsTarget(YearMonth.of(2007, 6), p));
        assertEquals(p.get(MilitaryParameters.TROOPS_2009), TroopSchedule.troopsTarget(YearMonth.of(2010, 6), p));
        ParameterValues out = p.with(MilitaryParameters.WITHDRAWAL_YEAR, 2011);
        assertEquals(0, TroopSchedule.troopsTarget(YearMonth.of(2013, 6), out), 1e-9);
    }
}
