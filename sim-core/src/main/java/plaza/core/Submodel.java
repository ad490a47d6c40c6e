package plaza.core;

import java.util.List;

import plaza.output.Metric;

/**
 * One declared mechanism of the month: its name, the {@link Phase} it runs in, what it reads and
 * writes, and its step. The {@code plaza.model.SubmodelRegistry} lists every submodel in the order it
 * runs; the model only schedules that list, phase by phase, and the process overview is generated
 * from it.
 *
 * <p>{@code reads} and {@code writes} are typed ({@link Refs}): the catalog parameters it reads, the
 * {@link Channel}s it reads or writes, the {@link Metric}s it adds to (writes only: the month's tally
 * is write-only, so no submodel reads an output), and the agents' or mechanisms' state it uses.
 * {@code DeclarationTest} runs the model recording what each submodel touches and fails on any
 * parameter, channel or output it touches without declaring it.
 *
 * @param name    a short stable name (also the key of the submodel's random stream, if it has one)
 * @param phase   the phase of the month it runs in
 * @param rule    the rule in one sentence
 * @param reads   parameters, channels and state it reads
 * @param writes  channels, outputs and state it writes
 * @param step    what it does each month
 */
public record Submodel(String name, Phase phase, String rule, Refs reads, Refs writes, Step step) implements java.io.Serializable {

    /**
     * The monthly action of a submodel. Serializable, so that a saved world ({@code PlazaModel#save})
     * carries the schedule of its submodels with it.
     */
    @FunctionalInterface
    public interface Step extends java.io.Serializable {
        void step(Sim m);
    }

    public Submodel {
        if (name == null || name.isBlank() || phase == null || step == null) {
            throw new IllegalArgumentException("a submodel needs a name, a phase and a step");
        }
        if (!reads.outputs().isEmpty()) {
            throw new IllegalArgumentException(name + ": outputs are write-only; read a channel instead of " + reads.outputs());
        }
        if (!writes.parameters().isEmpty()) {
            throw new IllegalArgumentException(name + ": parameters are read-only: " + writes.parameters());
        }
    }

    /** A declaration from mixed references (see {@link Refs#of}). */
    public Submodel(String name, Phase phase, String rule, List<?> reads, List<?> writes, Step step) {
        this(name, phase, rule, Refs.of(reads), Refs.of(writes), step);
    }
}
