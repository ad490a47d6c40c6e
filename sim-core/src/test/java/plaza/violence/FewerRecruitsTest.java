package plaza.violence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import plaza.output.Metric;
import plaza.params.OrganizationParameters;
import plaza.params.ParameterValues;
import plaza.testing.Runs;

/**
 * Model level (issue 12): homicides come from fighters, so cutting the recruitment rate to a
 * quarter, which lowers enforcers, lowers homicides 2007-2012. Ten paired seeds at scale 100; the
 * measured effect is -35% (README, "Violence from fighters"), and the check only asks for a fall of
 * at least 10% in the total over the seeds, with homicides lower in at least 7 of the 10 seeds. Under
 * the old rule (a binding fighters cap) the same cut raised homicides by 10%, so the test fails if
 * violence stops depending on enforcers.
 */
class FewerRecruitsTest {

    @Test
    void aQuarterOfTheRecruitmentRateLowersHomicides() {
        ParameterValues base = Runs.baseline();
        ParameterValues cut = base.with(OrganizationParameters.RECRUITMENT_RATE, base.get(OrganizationParameters.RECRUITMENT_RATE) / 4);
        double h0 = 0;
        double h1 = 0;
        double e0 = 0;
        double e1 = 0;
        int lower = 0;
        for (long seed = 1; seed <= 10; seed++) {
            List<double[]> a = Runs.rows(base, seed, YearMonth.of(2012, 12), 100);
            List<double[]> b = Runs.rows(cut, seed, YearMonth.of(2012, 12), 100);
            double ha = Runs.total(a, Metric.HOMICIDES);
            double hb = Runs.total(b, Metric.HOMICIDES);
            h0 += ha;
            h1 += hb;
            e0 += Runs.total(a, Metric.ENFORCERS);
            e1 += Runs.total(b, Metric.ENFORCERS);
            lower += hb < ha ? 1 : 0;
        }
        assertTrue(e1 < 0.8 * e0, "fewer enforcers: " + e1 / e0);
        assertTrue(h1 < 0.9 * h0, "fewer homicides: " + h1 / h0);
        assertTrue(lower >= 7, "lower in " + lower + " of 10 seeds");
    }
}
