package plaza.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;

import plaza.output.RunListener;
import plaza.params.Parameter;
import plaza.params.ParameterCatalog;
import plaza.params.ParameterValues;

/**
 * Saved worlds: a run saves its whole model between two months (every agent, every mechanism's
 * state, the random streams and the schedule, by Java serialization, the mechanism of MASON's
 * {@code SimState} checkpoints) and another run continues from the bytes, byte for byte as the
 * uninterrupted run would have gone on.
 *
 * <p>A run may continue a world only if it has the world's seed and scale and agrees with it, in
 * every month already simulated, on every parameter value the world has read: the model notes its
 * reads ({@link ParameterValues#tracking}). Other values may differ, and any value from the next
 * month on, which is how a scenario whose levers act later (from 2009, or from the December 2006
 * offensive) continues a baseline world.
 */
public final class Checkpoint {

    private Checkpoint() {}

    /** A run cannot continue a saved world: another seed or scale, or a value the world read differs. */
    public static final class CannotContinueException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        CannotContinueException(String message) {
            super(message);
        }
    }

    /**
     * Runs the model from its start through {@code last} (inclusive), streaming those months to the
     * listener, and returns it between months, ready to {@link #save}.
     */
    public static PlazaModel runThrough(RunConfig config, YearMonth last, RunListener listener) {
        if (last.isBefore(RunConfig.START) || !last.isBefore(config.until())) {
            throw new IllegalArgumentException("a world can be saved after a month from " + RunConfig.START
                    + " to the month before --until " + config.until() + ", not after " + last);
        }
        PlazaModel m = new PlazaModel(config, listener);
        m.start();
        while (!m.month().isAfter(last)) {
            m.stepMonth();
        }
        return m;
    }

    /** The saved world: the model between two months as Java serialization bytes. */
    public static byte[] save(PlazaModel m) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(m);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the world of " + m.month() + ": " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /**
     * Continues a saved world as the run {@code config}, streaming to {@code listener}.
     *
     * @throws IllegalArgumentException  if the bytes are not a world of this code
     * @throws CannotContinueException   if the run cannot continue it (see the class comment)
     */
    public static PlazaModel resume(byte[] world, RunConfig config, RunListener listener) {
        PlazaModel m;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(world))) {
            m = (PlazaModel) in.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new IllegalArgumentException("not a saved world of this code: " + e.getMessage(), e);
        }
        RunConfig saved = m.config;
        if (config.seed() != saved.seed() || config.scale() != saved.scale()) {
            throw new CannotContinueException("the saved world has seed " + saved.seed() + " and scale " + saved.scale()
                    + "; it cannot continue as a run with seed " + config.seed() + " and scale " + config.scale());
        }
        if (m.month().isAfter(config.until())) {
            throw new CannotContinueException("the saved world is at " + m.month() + ", after --until " + config.until());
        }
        for (YearMonth month = RunConfig.START; month.isBefore(m.month()); month = month.plusMonths(1)) {
            ParameterValues a = saved.params().at(month);
            ParameterValues b = config.params().at(month);
            for (Parameter p : ParameterCatalog.all()) {
                if (m.reads[p.index()] && Double.doubleToLongBits(a.get(p)) != Double.doubleToLongBits(b.get(p))) {
                    throw new CannotContinueException("the saved world of " + m.month() + " read " + p.name() + " in " + month
                            + " with another value; only a run that agrees with it on every value it read can continue it");
                }
            }
        }
        m.config = config;
        m.given = noting(config.params(), m.reads);
        m.setListener(listener);
        return m;
    }

    /** The values, noting in {@code reads} (by catalog index) every parameter read (a serializable observer, saved with the world). */
    static ParameterValues noting(ParameterValues values, boolean[] reads) {
        return values.observed((java.util.function.Consumer<Parameter> & java.io.Serializable) p -> reads[p.index()] = true);
    }

    /** Runs a (continued) model's remaining months to its {@code until} and finishes it. */
    public static void runToEnd(PlazaModel m) {
        while (m.stepMonth()) {
            // each call advances one month
        }
        m.finish();
    }

    /** Continues a saved world to {@code config.until()} (see {@link #resume}). */
    public static void runFrom(byte[] world, RunConfig config, RunListener listener) {
        runToEnd(resume(world, config, listener));
    }
}
