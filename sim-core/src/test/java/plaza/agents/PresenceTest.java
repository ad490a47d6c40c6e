package plaza.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.testing.Runs;

/**
 * {@link Presence#shares}, which finds each plaza's holder and attackers by organization id, gives
 * to the last bit what asking every plaza about every organization gives (the rule: a held plaza
 * weighs its value, an attacked one twice its value, shares normalized per organization), in every
 * month of a baseline run with its wars, splits and absorptions (1995-2010, two seeds).
 */
class PresenceTest {

    @Test
    void sharesEqualTheRuleAskedOfEveryPlazaAndOrganization() {
        int contestedMonths = 0;
        for (long seed = 1; seed <= 2; seed++) {
            PlazaModel m = new PlazaModel(new RunConfig("presence", Runs.baseline(), seed, YearMonth.of(2010, 12), 100), (month, v) -> { });
            m.start();
            while (m.stepMonth()) {
                List<TraffickingOrganization> orgs = m.world().organizations();
                List<Plaza> plazas = m.world().plazas();
                double[][] got = Presence.shares(orgs, plazas);
                double[][] want = rule(orgs, plazas);
                for (int k = 0; k < orgs.size(); k++) {
                    for (int i = 0; i < plazas.size(); i++) {
                        assertEquals(Double.doubleToLongBits(want[k][i]), Double.doubleToLongBits(got[k][i]),
                                "seed " + seed + " " + m.month() + " " + orgs.get(k).name() + " plaza " + i);
                    }
                }
                if (plazas.stream().anyMatch(Plaza::contested)) {
                    contestedMonths++;
                }
            }
        }
        assertTrue(contestedMonths > 50, "the runs must have attacked plazas to check (" + contestedMonths + " months)");
    }

    /** The rule asked of every organization and plaza. */
    private static double[][] rule(List<TraffickingOrganization> orgs, List<Plaza> plazas) {
        double[][] out = new double[orgs.size()][plazas.size()];
        for (int k = 0; k < orgs.size(); k++) {
            TraffickingOrganization o = orgs.get(k);
            double total = 0;
            for (Plaza z : plazas) {
                double w = z.controller() == o ? z.value() : z.attackers().contains(o) ? 2 * z.value() : 0;
                out[k][z.index()] = w;
                total += w;
            }
            for (int i = 0; total > 0 && i < plazas.size(); i++) {
                out[k][i] /= total;
            }
        }
        return out;
    }
}
