package plaza.core;

import java.util.List;

/**
 * One declared mechanism of the month: its name, the {@link Phase} it runs in, the named world state
 * it reads and writes (the channels between submodels, see {@link World}), the outputs it adds to and
 * its step. The {@code plaza.model.SubmodelRegistry} lists every submodel in the order it runs; the model only
 * schedules that list, phase by phase, and the README's process overview is generated from it.
 *
 * <p>A reader finds in one place what a mechanism depends on: a value one submodel leaves for another
 * is named in the writer's {@code writes} and the reader's {@code reads}.
 *
 * @param name    a short stable name (also the key of the submodel's random stream, if it has one)
 * @param phase   the phase of the month it runs in
 * @param rule    the rule in one sentence
 * @param reads   named world state and other submodels' state it reads
 * @param writes  named world state it writes (outputs it adds to are listed as {@code output:column})
 * @param step    what it does each month
 */
public record Submodel(String name, Phase phase, String rule, List<String> reads, List<String> writes, Step step) implements java.io.Serializable {

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
        reads = List.copyOf(reads);
        writes = List.copyOf(writes);
    }
}
