package plaza.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import plaza.output.Metric;
import plaza.params.Parameter;

/**
 * One side of a submodel's declaration, by kind: catalog {@link Parameter}s, {@link Metric}s (outputs
 * it adds to), {@link Channel}s, and the agents' or mechanisms' own state it uses, named as
 * {@code owner.field} (e.g. {@code plaza.controller}), and events it raises ({@code event:TYPE}). Parameters, outputs and channels are typed and
 * checked against what the submodel touches ({@code DeclarationTest}); state names are documentation.
 */
public record Refs(List<Parameter> parameters, List<Metric> outputs, List<Channel> channels, List<String> state) implements java.io.Serializable {

    public Refs {
        parameters = List.copyOf(parameters);
        outputs = List.copyOf(outputs);
        channels = List.copyOf(channels);
        state = List.copyOf(state);
    }

    /**
     * Sorts references by kind: a {@link Parameter}, {@link Metric}, {@link Channel}, a collection of
     * them (a lever family) or a state name. A string that names a parameter or an output
     * ({@code lever:}, {@code output:}) is refused: those are declared by their constant.
     */
    public static Refs of(Collection<?> refs) {
        List<Parameter> parameters = new ArrayList<>();
        List<Metric> outputs = new ArrayList<>();
        List<Channel> channels = new ArrayList<>();
        List<String> state = new ArrayList<>();
        for (Object r : refs) {
            if (r instanceof Collection<?> family) {
                Refs inner = of(family);
                parameters.addAll(inner.parameters);
                outputs.addAll(inner.outputs);
                channels.addAll(inner.channels);
                state.addAll(inner.state);
            } else if (r instanceof Parameter p) {
                add(parameters, p);
            } else if (r instanceof Metric m) {
                add(outputs, m);
            } else if (r instanceof Channel c) {
                add(channels, c);
            } else if (r instanceof String s && !s.isBlank() && (!s.contains(":") || s.startsWith("event:"))) {
                add(state, s);
            } else {
                throw new IllegalArgumentException("not a parameter, output, channel or state name: " + r);
            }
        }
        return new Refs(parameters, outputs, channels, state);
    }

    private static <T> void add(List<T> list, T item) {
        if (!list.contains(item)) {
            list.add(item);
        }
    }

    /** The names the process overview shows: state, channels and outputs ({@code output:column}); parameters are listed in the package READMEs. */
    public List<String> overviewNames() {
        List<String> out = new ArrayList<>(state);
        channels.forEach(c -> out.add(c.label()));
        outputs.forEach(m -> out.add("output:" + m.column()));
        return out;
    }
}
