package plaza.testing;

import java.time.YearMonth;

import ec.util.MersenneTwisterFast;
import plaza.agents.BorderCrossing;
import plaza.agents.Person;
import plaza.agents.Plaza;
import plaza.agents.Role;
import plaza.agents.TraffickingOrganization;
import plaza.core.Sim;
import plaza.core.Streams;
import plaza.core.World;
import plaza.params.ParameterValues;
import plaza.world.CrossingSite;
import plaza.world.MexicanState;

/**
 * A three-plaza, two-organization world for testing one submodel at a time: plazas A - B - C in a
 * line (one million residents each, corridor value 1), organization "North" holding A and B and
 * "South" holding C, and one border crossing, in A. Members are added per organization with {@link #staff}; nothing else runs, so a
 * test sets up exactly the state its submodel reads, calls its step and checks what it writes.
 */
public final class SmallWorld implements Sim {

    public static final double RESIDENTS = 1_000_000;

    private final ParameterValues params;
    private final Streams streams;
    private final World world = new World();
    private final double scale;
    private YearMonth month = YearMonth.of(2008, 1);

    public final Plaza a;
    public final Plaza b;
    public final Plaza c;
    public final TraffickingOrganization north;
    public final TraffickingOrganization south;

    public SmallWorld(ParameterValues params, long seed, double scale) {
        this.params = params;
        this.streams = new Streams(seed);
        this.scale = scale;
        a = plaza(0, "A", new int[] {1});
        b = plaza(1, "B", new int[] {0, 2});
        c = plaza(2, "C", new int[] {1});
        world.addCrossing(new BorderCrossing(0, new CrossingSite("Crossing A", "A", 0, 0, true, 1, "West"), 0));
        north = new TraffickingOrganization(world.nextOrganizationId(), "North", 0.8);
        south = new TraffickingOrganization(world.nextOrganizationId(), "South", 0.8);
        world.addOrganization(north);
        world.addOrganization(south);
        a.setController(north);
        b.setController(north);
        c.setController(south);
        north.setLeader(new Person(world.nextPersonId(), Role.LEADER, north, 0, false, 1));
        south.setLeader(new Person(world.nextPersonId(), Role.LEADER, south, 2, false, 1));
    }

    private Plaza plaza(int index, String code, int[] neighbours) {
        Plaza p = new Plaza(index, new MexicanState(code, "State " + code, 0, 0, RESIDENTS, 1), neighbours, 0.5);
        world.addPlaza(p);
        return p;
    }

    /** Adds rank-and-file agents (each standing for {@code scale} people) to an organization. */
    public SmallWorld staff(TraffickingOrganization o, int traffickers, int enforcers) {
        int home = o == north ? 0 : 2;
        for (int i = 0; i < traffickers; i++) {
            o.addMember(new Person(world.nextPersonId(), Role.TRAFFICKER, o, home, false, scale));
        }
        for (int i = 0; i < enforcers; i++) {
            o.addMember(new Person(world.nextPersonId(), Role.ENFORCER, o, home, false, scale));
        }
        return this;
    }

    /** The usual staffing: North 300 traffickers and 150 enforcers, South 200 and 100 (agents). */
    public SmallWorld staffBoth() {
        return staff(north, 300, 150).staff(south, 200, 100);
    }

    /** Sets the month the submodels see. */
    public SmallWorld at(YearMonth m) {
        this.month = m;
        return this;
    }

    @Override public ParameterValues params() { return params; }
    @Override public MersenneTwisterFast stream(String submodel) { return streams.get(submodel); }
    @Override public double keyed(String submodel, long entity, int draw) { return streams.keyed(submodel, entity, monthIndex(), draw); }
    @Override public double scale() { return scale; }
    @Override public World world() { return world; }
    @Override public int monthIndex() {
        return (month.getYear() - plaza.model.RunConfig.START.getYear()) * 12 + month.getMonthValue() - 1;
    }
    @Override public YearMonth month() { return month; }
    @Override public boolean recording() { return !month.isBefore(YearMonth.of(2007, 1)); }
}
