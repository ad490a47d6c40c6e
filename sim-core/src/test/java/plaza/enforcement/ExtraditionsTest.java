package plaza.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import plaza.agents.Person;
import plaza.agents.Role;
import plaza.agents.Status;
import plaza.output.Metric;
import plaza.params.IntelligenceParameters;
import plaza.params.OrganizationParameters;
import plaza.params.ParameterValues;
import plaza.testing.Runs;
import plaza.testing.SmallWorld;

/**
 * The extradition process on the small world. With the backlog full (10,000 arrests a month),
 * extraditions are the treaty capacity x cooperation, not a share of arrests: ten times the
 * arrests give the same extraditions, and a cooperation shock of -0.5 halves them (means over 60
 * months of a Poisson with mean 6.9: standard error 0.34, the checks allow 1.0, false alarm
 * under 1 in 400). An arrested leader in custody keeps part of the hold on the organization
 * (cohesion), which it loses when extradited.
 */
class ExtraditionsTest {

    private static double meanExtraditions(ParameterValues p, double arrests) {
        SmallWorld w = new SmallWorld(p, 7, 100).staffBoth();
        JusticeFixture f = new JusticeFixture(w);
        double sum = 0;
        for (int month = 0; month < 60; month++) {
            w.at(YearMonth.of(2008, 1).plusMonths(month));
            w.world().beginMonth();
            w.world().channels().addArrests(arrests);
            f.extraditions.month(w);
            sum += w.tally().get(Metric.EXTRADITIONS);
        }
        return sum / 60;
    }

    @Test
    void throughputIsCapacityTimesCooperationNotAShareOfArrests() {
        ParameterValues p = Runs.baseline().with(IntelligenceParameters.BATCH_SIZE, 0);
        double capacity = p.get(IntelligenceParameters.TREATY_CAPACITY) / 12;
        double full = meanExtraditions(p, 10_000);
        assertEquals(capacity, full, 1.0, "capacity binds");
        assertEquals(full, meanExtraditions(p, 100_000), 1.0, "ten times the arrests, same extraditions");
        double shocked = meanExtraditions(p.with(IntelligenceParameters.COOPERATION_SHOCK, -0.5), 10_000);
        assertEquals(capacity / 2, shocked, 1.0, "half the cooperation, half the throughput");
    }

    @Test
    void cooperationFallsWithShocksAndRisesWithCoordinatedDeportations() {
        ParameterValues p = Runs.baseline();
        SmallWorld w = new SmallWorld(p, 1, 100);
        JusticeFixture f = new JusticeFixture(w);
        double base = f.cooperation.compute(w);
        assertEquals(1, base, 1e-12, "2008 with no U.S. action on guns and money");
        SmallWorld shocked = new SmallWorld(p.with(IntelligenceParameters.COOPERATION_SHOCK, -0.3), 1, 100);
        assertEquals(0.7, f.cooperation.compute(shocked), 1e-12, "a scandal shock of -0.3");
        SmallWorld coordinated = new SmallWorld(p.with(OrganizationParameters.REENTRY_PROGRAMME, 1), 1, 100);
        assertEquals(1 + p.get(IntelligenceParameters.COORDINATION_GAIN), f.cooperation.compute(coordinated), 1e-12,
                "deportations coordinated with Mexican authorities");
        SmallWorld before = new SmallWorld(p.at(YearMonth.of(2006, 6)), 1, 100).at(YearMonth.of(2006, 6)); // this month's values: the 1995-2000 path is over
        assertEquals(p.get(IntelligenceParameters.COOPERATION_2006), f.cooperation.compute(before), 1e-12, "before the breakthrough");
    }

    @Test
    void anImprisonedLeaderKeepsPartOfTheHoldUntilExtradited() {
        ParameterValues p = Runs.baseline().with(IntelligenceParameters.LEADER_EXTRADITION, 250)
                .with(IntelligenceParameters.EXTRADITION_RATE, 0.004);   // 250 x 0.004 = 1: always wanted
        SmallWorld w = new SmallWorld(p, 3, 100).staffBoth();
        JusticeFixture f = new JusticeFixture(w);
        Person leader = w.north.leader();
        w.north.setLeader(null);
        double before = w.north.cohesion();
        f.extraditions.custody(leader, w.north, w, w.stream("leader-removal"));
        double kept = p.get(IntelligenceParameters.PRISON_CONTROL) * p.get(OrganizationParameters.COHESION_LOSS);
        assertEquals(before + kept, w.north.cohesion(), 1e-12, "the imprisoned leader's hold");
        assertEquals(1, f.courts.heldLeaders());
        w.world().beginMonth();
        f.extraditions.month(w);   // capacity x cooperation: the wanted leader goes first
        if (leader.status() == Status.EXTRADITED) {
            assertEquals(before, w.north.cohesion(), 1e-12, "the hold ends with extradition");
            assertEquals(0, f.courts.heldLeaders());
        } else {
            // a month with no throughput (Poisson 0): still held
            assertEquals(Role.LEADER, leader.role());
            assertEquals(1, f.courts.heldLeaders());
        }
    }
}
