package plaza.trafficking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import plaza.agents.Plaza;
import plaza.finance.FirearmsAgency;
import plaza.finance.GunMarket;
import plaza.params.FlowParameters;
import plaza.params.OrganizationParameters;
import plaza.params.ParameterValues;
import plaza.testing.Runs;
import plaza.testing.SmallWorld;
import plaza.territory.TerritorialContest;

/**
 * A plaza's stake on the small world: it starts at the corridor weight, moves toward the value
 * passing through it plus its rents at the stated speed, follows the flow when the flow moves, and
 * contests go where the stake is. The first two tests are deterministic; the third draws attacks,
 * but the target is the argmax of stake x disruption, so a wrong target is a failure at any seed.
 */
class StakesTest {

    private static final double FLOW_USD = 1e8;

    private static void month(SmallWorld w, Stakes s, Plaza route) {
        w.world().beginMonth();
        route.addTonsThrough(10, FLOW_USD);
        s.month(w);
    }

    @Test
    void stakeMovesTowardValuePassedPlusRentsAtTheStatedSpeed() {
        ParameterValues p = Runs.baseline();
        SmallWorld w = new SmallWorld(p, 1, 100);
        Stakes s = new Stakes();
        for (Plaza z : w.plazas()) {
            assertEquals(z.corridorWeight(), z.value(), 0, "starts at the corridor weight");
        }
        month(w, s, w.b);
        double rent = p.get(OrganizationParameters.EXTORTION_PER_CAPITA) / 12 * SmallWorld.RESIDENTS;
        double unit = (FLOW_USD + 3 * rent) / 3;
        double speed = 1 / p.get(FlowParameters.STAKE_MONTHS);
        assertEquals(unit, s.usdPerUnit(), 1e-6, "2005 total equals the total corridor weight");
        assertEquals(1 + speed * ((FLOW_USD + rent) / unit - 1), w.b.value(), 1e-12, "B: the route");
        assertEquals(1 + speed * (rent / unit - 1), w.a.value(), 1e-12, "A: rents only");
        for (int i = 0; i < 36; i++) {
            month(w, s, w.b);
        }
        assertEquals((FLOW_USD + rent) / unit, w.b.value(), 0.01, "B settles at its share of value");
        assertEquals(rent / unit, w.c.value(), 0.01, "C settles at its rents");
    }

    @Test
    void divertedFlowMakesTheNewRoutesPlazaTheValuableOne() {
        SmallWorld w = new SmallWorld(Runs.baseline(), 1, 100);
        Stakes s = new Stakes();
        for (int i = 0; i < 24; i++) {
            month(w, s, w.b);
        }
        assertTrue(w.b.value() > 20 * w.a.value(), "before: B " + w.b.value() + ", A " + w.a.value());
        for (int i = 0; i < 6; i++) {
            month(w, s, w.a);
        }
        assertTrue(w.a.value() > w.b.value(), "six months after the diversion A is worth more: " + w.a.value() + " vs " + w.b.value());
        for (int i = 0; i < 24; i++) {
            month(w, s, w.a);
        }
        assertTrue(w.a.value() > 20 * w.b.value(), "after: A " + w.a.value() + ", B " + w.b.value());
    }

    /** North holds B between South's A and C; it attacks the one the flow passes through. */
    private static int[] attacksByNorth(Plaza route, int worlds) {
        ParameterValues p = Runs.baseline().with(OrganizationParameters.CONTEST_RATE, 0.9)
                .with(OrganizationParameters.UNDISRUPTED_ATTACK, 1).with(OrganizationParameters.CONTEST_RESOLUTION, 0.005);
        int[] onAC = new int[2];
        for (long seed = 1; seed <= worlds; seed++) {
            SmallWorld w = new SmallWorld(p, seed, 100).staffBoth();
            w.a.setController(w.south);
            Stakes s = new Stakes();
            Plaza r = route.index() == 0 ? w.a : w.c;
            for (int i = 0; i < 12; i++) {
                month(w, s, r);
            }
            GunMarket guns = new GunMarket(new FirearmsAgency(new BorderAgency()));
            guns.initialize(w);
            new TerritorialContest(guns).month(w);
            onAC[0] += w.a.attackers().contains(w.north) ? 1 : 0;
            onAC[1] += w.c.attackers().contains(w.north) ? 1 : 0;
        }
        return onAC;
    }

    @Test
    void contestsTargetTheRouteWithTheStake() {
        SmallWorld shape = new SmallWorld(Runs.baseline(), 1, 100);
        int[] viaA = attacksByNorth(shape.a, 100);
        int[] viaC = attacksByNorth(shape.c, 100);
        assertTrue(viaA[0] > 20 && viaA[1] == 0, "flow through A: attacks on A, C = " + viaA[0] + ", " + viaA[1]);
        assertTrue(viaC[1] > 20 && viaC[0] == 0, "flow through C: attacks on A, C = " + viaC[0] + ", " + viaC[1]);
    }
}
