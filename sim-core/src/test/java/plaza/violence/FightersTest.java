package plaza.violence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import plaza.agents.Person;
import plaza.agents.Plaza;
import plaza.agents.Role;
import plaza.agents.TraffickingOrganization;
import plaza.finance.FirearmsAgency;
import plaza.finance.GunMarket;
import plaza.output.Metric;
import plaza.params.ParameterValues;
import plaza.params.ViolenceParameters;
import plaza.testing.Runs;
import plaza.testing.SmallWorld;
import plaza.trafficking.BorderAgency;
import plaza.world.PlazaSite;

/**
 * Homicides from the fighters committed to a front, on the small world (B contested by South):
 * halving North's enforcers cuts B's fighting by the share of B's fighters it removes (direction
 * and size); the allocation sends more fighters where the stake is higher, fewer to each front when
 * there are more fronts; past the saturation cap more fighters add nothing; enforcement pressure
 * raises the share of victims who are officials, police and journalists (M23). Means over 300
 * independent worlds; tolerances are about four standard errors, so each statistical check fails
 * by chance with probability below 1e-4.
 */
class FightersTest {

    private static final int WORLDS = 300;

    private static SmallWorld world(ParameterValues p, long seed, int northEnforcers, boolean pressure) {
        // agents of 10 persons: B's 1,667 fighters are well below the saturation cap (9,000)
        SmallWorld w = new SmallWorld(p, seed, 10);
        w.staff(w.north, 300, northEnforcers).staff(w.south, 200, 100);
        w.b.addAttacker(w.south);
        for (int month = 0; month < 17; month++) {
            w.b.closeMonth(month); // a fight at full intensity (escalation over)
        }
        if (pressure) {
            w.north.markLeaderLoss();
            w.south.markLeaderLoss();
        }
        GunMarket guns = new GunMarket(new FirearmsAgency(new BorderAgency()));
        guns.initialize(w);
        new Violence(guns).month(w);
        return w;
    }

    private static double[] totals(ParameterValues p, int northEnforcers, boolean pressure) {
        double[] sum = new double[3];
        for (long seed = 1; seed <= WORLDS; seed++) {
            SmallWorld w = world(p, seed, northEnforcers, pressure);
            sum[0] += w.b.homicidesThisMonth();
            sum[1] += w.tally().get(Metric.HOMICIDES);
            sum[2] += w.tally().get(Metric.HOMICIDES_STATE_TARGETS);
        }
        return sum;
    }

    @Test
    void fewerEnforcersOnAFrontFewerHomicidesThere() {
        ParameterValues p = Runs.baseline();
        double background = p.get(ViolenceParameters.BACKGROUND_HOMICIDES) / 1e5 / 12 * SmallWorld.RESIDENTS;
        double full = totals(p, 150, false)[0] / WORLDS - background;
        double half = totals(p, 75, false)[0] / WORLDS - background;
        // both sides send 2/3 of their enforcers to B (front weight 2, one quiet plaza each); the same
        // guns per enforcer, so B's fighting falls with its fighters: (75 + 100) / (150 + 100)
        double expected = 175.0 / 250;
        // sd of a mean of ~33 Poisson homicides over 300 worlds ~0.33; four of them on the ratio ~0.05
        assertTrue(half < full, "fewer enforcers, fewer homicides: " + half + " vs " + full);
        assertEquals(expected, half / full, 0.05, "B's fighting falls with its fighters");
        SmallWorld w = world(p, 1, 150, false);
        assertEquals(2.0 / 3 * (150 + 100) * 10, w.b.fighters(), 1e-6, "fighters committed to B");
        assertEquals(0, w.a.fighters(), "no fighters counted in a quiet plaza");
    }

    @Test
    void pastTheSaturationCapMoreFightersAddNothing() {
        // cap 0.5 per 1,000 residents = 500 fighters in B, below either allocation (1,667 and 1,167)
        ParameterValues p = Runs.baseline().with(ViolenceParameters.FIGHTERS_CAP, 0.5)
                .with(ViolenceParameters.BACKGROUND_HOMICIDES, 0);
        double full = totals(p, 150, false)[0] / WORLDS;
        double half = totals(p, 75, false)[0] / WORLDS;
        assertEquals(full, half, 4 * Math.sqrt(full / WORLDS) * Math.sqrt(2), "saturated: fighters do not matter");
        SmallWorld w = world(p, 1, 150, false);
        assertTrue(w.b.fighterLoad() > 1 && w.tally().get(Metric.SATURATED_PLAZAS) == 1, "B is at saturation");
    }

    @Test
    void allocationFollowsPoolFrontsAndStakes() {
        ParameterValues p = Runs.baseline();
        TraffickingOrganization o = armed();
        TraffickingOrganization x = new TraffickingOrganization(1, "X", 0.8);
        Plaza quiet = plaza(0, 1);
        Plaza cheap = plaza(1, 1);
        Plaza rich = plaza(2, 3);
        quiet.setController(o);
        cheap.setController(x);
        rich.setController(x);
        cheap.addAttacker(o);
        double w = p.get(ViolenceParameters.FRONT_WEIGHT);
        Fronts one = new Fronts(List.of(o, x), List.of(quiet, cheap, rich), w, 100);
        assertEquals(1000 * w / (1 + w), one.fighters[0][1], 1e-9, "one front: its stake-weighted share of the pool");
        rich.addAttacker(o);
        Fronts two = new Fronts(List.of(o, x), List.of(quiet, cheap, rich), w, 100);
        assertTrue(two.fighters[0][1] < one.fighters[0][1], "a second front thins the first");
        assertEquals(3, two.fighters[0][2] / two.fighters[0][1], 1e-9, "three times the stake, three times the fighters");
    }

    @Test
    void anAllyJoiningAFrontSendsFightersAsToItsOwnFront() {
        ParameterValues p = Runs.baseline();
        TraffickingOrganization o = armed();
        TraffickingOrganization x = new TraffickingOrganization(1, "X", 0.8);
        Plaza quiet = plaza(0, 1);
        Plaza joint = plaza(1, 1);
        quiet.setController(o);
        joint.setController(x);
        // a joint front is a fight: the common enemy Y (no members) attacks the ally's plaza
        joint.addAttacker(new TraffickingOrganization(2, "Y", 0.8));
        double w = p.get(ViolenceParameters.FRONT_WEIGHT);
        Fronts apart = new Fronts(List.of(o, x), List.of(quiet, joint), w, 100);
        assertEquals(0, apart.fighters[0][1], 1e-12, "not a side, not joining: no fighters there");
        Fronts allied = new Fronts(List.of(o, x), List.of(quiet, joint), w, 100, (k, z) -> k == o && z == joint);
        assertEquals(1000 * w / (1 + w), allied.fighters[0][1], 1e-9, "joining its ally's front: the share of an own front");
        assertEquals(allied.fighters[0][1], allied.total[1], 1e-9, "and they count among the plaza's fighters");
    }

    @Test
    void enforcementPressureRaisesTheShareOfStateTargets() {
        ParameterValues p = Runs.baseline();
        double[] calm = totals(p, 150, false);
        double[] pressed = totals(p, 150, true);
        double base = p.get(ViolenceParameters.STATE_TARGET_SHARE);
        double raised = Math.min(1 - p.get(ViolenceParameters.MEMBER_VICTIM_SHARE),
                base * (1 + p.get(ViolenceParameters.STATE_TARGET_RESPONSE)));
        // ~10,000 homicides over the worlds: the share's sd ~ sqrt(s(1-s)/10000) ~ 0.003; tolerance 0.012
        assertEquals(base, calm[2] / calm[1], 0.012, "no pressure: the base share");
        assertEquals(raised, pressed[2] / pressed[1], 0.012, "a recent leader loss on both sides: the raised share");
    }

    /** Organization O with 100 enforcer agents of 10 people each. */
    private static TraffickingOrganization armed() {
        TraffickingOrganization o = new TraffickingOrganization(0, "O", 0.8);
        for (int i = 0; i < 100; i++) {
            o.addMember(new Person(i, Role.ENFORCER, o, 0, false, 10));
        }
        return o;
    }

    private static Plaza plaza(int index, double value) {
        return new Plaza(index, PlazaSite.test("P" + index, SmallWorld.RESIDENTS, value), new int[0], 0.5);
    }
}
