package plaza.core;

import java.time.YearMonth;
import java.util.List;

import ec.util.MersenneTwisterFast;
import plaza.agents.BorderCrossing;
import plaza.agents.Plaza;
import plaza.agents.TraffickingOrganization;
import plaza.output.Event;
import plaza.params.Parameter;
import plaza.params.ParameterValues;

/**
 * What a submodel sees of the running model: parameters, its random stream, the calendar and the
 * shared {@link World}. Submodels reach each other only through the collaborators handed to their
 * constructors and the world's named channels, never through the model, so the phase packages
 * depend on this kernel and on earlier phases only.
 */
public interface Sim {

    ParameterValues params();

    default double p(Parameter parameter) { return params().get(parameter); }

    /** The random stream of the named submodel (see {@link Streams#NAMES}). */
    MersenneTwisterFast stream(String submodel);

    /**
     * A uniform in [0, 1) keyed by the seed, the submodel's stream name, an entity, this month and the
     * draw's number within that entity-month ({@link Streams#keyed}): common random numbers by entity
     * and month, so a policy perturbs only the draws of what it touches.
     */
    double keyed(String submodel, long entity, int draw);

    /** Real people one rank-and-file person-agent stands for. */
    double scale();

    World world();

    default MonthTally tally() { return world().tally(); }
    default List<Plaza> plazas() { return world().plazas(); }
    default List<BorderCrossing> crossings() { return world().crossings(); }
    /** Organizations still in existence, in order of founding (read-only). */
    default List<TraffickingOrganization> organizations() { return world().organizations(); }
    default int nextPersonId() { return world().nextPersonId(); }
    default int nextOrganizationId() { return world().nextOrganizationId(); }
    default void event(Event.EventType type, String org, String plaza, String detail) {
        world().event(type, org, plaza, detail);
    }

    /** Months since January 1995 (the simulation start). */
    int monthIndex();

    /** The month being simulated. */
    YearMonth month();

    /** True from December 2006, when the Calderon offensive began (000:15). */
    default boolean crackdown() { return !month().isBefore(YearMonth.of(2006, 12)); }

    /** True once outputs are written (from January 2007). */
    boolean recording();
}
