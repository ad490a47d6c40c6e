package plaza.model;

import plaza.core.AccessLog;

/**
 * Turns on the record of what each submodel touches, for the check that declarations are true
 * ({@code DeclarationTest}): the submodels' steps announce themselves, the world reports channel and
 * tally accesses, and the parameters report every read. Ordinary runs never call it.
 */
final class AccessRecording {

    private AccessRecording() {}

    /** Starts recording on a model that has not started yet; returns the log it fills. */
    static AccessLog start(PlazaModel m) {
        AccessLog log = new AccessLog();
        m.registry().observe(log);
        m.world().observe(log);
        m.given = m.given.observed(log::parameter);
        m.params = m.params.observed(log::parameter);
        return log;
    }
}
