package plaza.scenario;

import java.util.List;

import plaza.params.InputException;
import plaza.params.Parameter;
import plaza.params.ParameterCatalog;
import plaza.params.ParameterValues;
import plaza.params.Schedule;

/**
 * Parameter overrides written {@code name=value} on top of a scenario: the command line's
 * {@code --set} and the library API's {@code Scenario.with} parse and check them here, so both give
 * the same messages (unknown names with the nearest valid ones, bad numbers, ranges, paths).
 */
public final class Overrides {

    private Overrides() {}

    /** One {@code name=value}: the parameter and its checked value, or its path as written (else null). */
    public record Override(Parameter parameter, double value, String path) { }

    /** Parses and checks one {@code name=value} (unknown names, bad numbers, ranges: an {@link InputException}). */
    public static Override parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new InputException("--set '" + text + "' is malformed; expected name=value");
        }
        Parameter p = ParameterCatalog.byName(text.substring(0, eq).trim(), "--set: ");
        String value = text.substring(eq + 1);
        ParameterValues.Builder b = ParameterValues.builder().set(p.name(), value, "--set: ");
        return new Override(p, b.get(p), Schedule.looksLike(value) ? value.trim() : null);
    }

    /** A scenario's values with {@code name=value} overrides applied in order (later ones win). */
    public static ParameterValues apply(Scenario s, List<String> sets) {
        ParameterValues.Builder b = s.values().toBuilder();
        for (String set : sets) {
            Override o = parse(set);
            if (o.path() != null) {
                b.set(o.parameter().name(), o.path(), "--set: ");
            } else {
                b.set(o.parameter(), o.value(), "--set: ");
            }
        }
        return b.build();
    }
}
