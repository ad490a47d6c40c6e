package plaza.bench;

import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.engine.Stoppable;

/**
 * The yardstick {@code plaza bench --peer} runs beside the model: the naive MASON design of the
 * same population over the same months. Every person-agent is a {@link Steppable} on MASON's
 * schedule, stepped once a month, and draws one monthly hazard; one who leaves is replaced by a
 * new agent (as organizations hire), so the population stays the size the model starts with.
 *
 * <p>It models nothing else: no organizations, plazas, money or courts. What it measures is the
 * floor of the naive design's cost (a schedule entry and a step per person-agent per month),
 * which Plaza avoids by keeping members as packed data stepped in loops by their organizations
 * and by drawing hazards with geometric skipping (cost per event, not per agent). The ratio
 * printed by the bench is therefore a lower bound on what the naive design would cost for the
 * full model.
 */
public final class NaiveMasonPeer extends SimState {

    private static final long serialVersionUID = 1L;

    /**
     * Monthly hazard of leaving: 2% (assumed; of the order of the model's members leaving by exits,
     * arrests and deaths together). The peer's cost barely depends on it: every agent is stepped
     * whether or not it leaves.
     */
    public static final double MONTHLY_HAZARD = 0.02;

    private final int persons;
    private long left;

    public NaiveMasonPeer(long seed, int persons) {
        super(seed);
        this.persons = persons;
    }

    @Override
    public void start() {
        super.start();
        left = 0;
        for (int i = 0; i < persons; i++) {
            enter(Schedule.EPOCH);
        }
    }

    private void enter(double time) {
        Member p = new Member();
        p.stopper = schedule.scheduleRepeating(time, p, 1.0);
    }

    /** Persons who left (and were replaced) so far. */
    public long left() {
        return left;
    }

    private final class Member implements Steppable {
        private static final long serialVersionUID = 1L;
        private Stoppable stopper;

        @Override
        public void step(SimState state) {
            if (random.nextDouble() < MONTHLY_HAZARD) {
                stopper.stop();
                left++;
                enter(schedule.getTime() + 1);
            }
        }
    }

    /** Runs {@code months} monthly steps with {@code persons} person-agents; returns the persons who left. */
    public static long run(long seed, int persons, int months) {
        NaiveMasonPeer peer = new NaiveMasonPeer(seed, persons);
        peer.start();
        for (int m = 0; m < months; m++) {
            peer.schedule.step(peer);
        }
        peer.finish();
        return peer.left();
    }
}
