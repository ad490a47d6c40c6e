package plaza.violence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import plaza.agents.Plaza;
import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.testing.Runs;
import plaza.world.Geography;

/**
 * Where suppressed fighting goes, on the real geography (deterministic): troops in Ciudad Juárez
 * suppress half of a fight of 100 expected homicides; with displacement 0.6, 30 move. With an
 * out-of-state share of 0.5, 15 go to Juárez's road neighbours (all in Chihuahua, 5 each) and 15
 * leave Chihuahua, shared equally among its neighbouring states and within each by residents; with
 * a share of 0 all 30 stay in Chihuahua (the rule before, under which a state's troops only moved
 * its violence between its own cities).
 */
class DisplacementTest {

    private static List<Plaza> plazas() {
        PlazaModel m = new PlazaModel(new RunConfig("test", Runs.baseline(), 1, YearMonth.of(1995, 1), 100), (mo, v) -> {});
        m.start();
        return m.plazas();
    }

    private static double[] displaced(List<Plaza> plazas, int from, double outOfState) {
        double[] fight = new double[plazas.size()];
        double[] suppressed = new double[plazas.size()];
        fight[from] = 100;
        suppressed[from] = 0.5;
        double[] mean = new double[plazas.size()];
        Displacement.add(plazas, fight, suppressed, 0.6, outOfState, mean);
        return mean;
    }

    @Test
    void aShareOfTheSuppressedFightingLeavesTheStateForItsNeighbours() {
        List<Plaza> plazas = plazas();
        Plaza juarez = plazas.stream().filter(z -> z.name().equals("Ciudad Juárez")).findFirst().orElseThrow();
        int chih = juarez.stateIndex();
        int[] next = Geography.neighbouringStates(chih);
        assertTrue(next.length >= 3, "Chihuahua has neighbouring states by road");
        double[] half = displaced(plazas, juarez.index(), 0.5);
        double total = 0;
        double inState = 0;
        double[] byState = new double[Geography.STATES.size()];
        for (Plaza z : plazas) {
            total += half[z.index()];
            byState[z.stateIndex()] += half[z.index()];
            if (z.stateIndex() == chih) {
                inState += half[z.index()];
            }
        }
        assertEquals(30, total, 1e-9, "displacement 0.6 of the 50 suppressed: nothing lost or made");
        assertEquals(15, inState, 1e-9, "half stays in Chihuahua");
        for (int n : juarez.neighbours()) {
            assertEquals(15.0 / juarez.neighbours().length, half[n], 1e-9, "shared equally by Juárez's road neighbours");
        }
        for (int t : next) {
            assertEquals(15.0 / next.length, byState[t], 1e-9, Geography.STATES.get(t).name() + " takes an equal share of what leaves");
        }
        Plaza a = null;
        Plaza b = null;
        for (Plaza z : plazas) { // two plazas of the first neighbouring state: shares by residents
            if (z.stateIndex() == next[0]) {
                if (a == null) {
                    a = z;
                } else if (b == null) {
                    b = z;
                }
            }
        }
        assertEquals(a.population() / b.population(), half[a.index()] / half[b.index()], 1e-9, "within a state by residents");

        double[] none = displaced(plazas, juarez.index(), 0);
        double stays = 0;
        for (Plaza z : plazas) {
            if (z.stateIndex() == chih) {
                stays += none[z.index()];
            }
        }
        assertEquals(30, stays, 1e-9, "with a share of 0 everything stays in Chihuahua");
    }
}
