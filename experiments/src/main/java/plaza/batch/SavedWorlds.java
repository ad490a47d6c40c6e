package plaza.batch;

import java.time.YearMonth;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;

import plaza.model.Checkpoint;
import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.output.RunListener;
import plaza.params.ParameterValues;

/**
 * Runs a batch's runs from saved worlds: for each seed, the first run that needs it simulates 1995 to
 * December 2006 once with the values of the batch's first run, saves the world ({@link Checkpoint#save}),
 * and every scenario and design point with that seed continues from a copy ({@link Checkpoint#resume}).
 * A run continues only if it agrees with the world on every value the world has read (the model notes
 * its reads), so a scenario whose levers act from 2007, or from the December 2006 offensive, continues;
 * one that changes a value read earlier (a lever path from 2003, a sweep of a value read from 1995)
 * simulates from 1995 as before. A continued run's outputs equal the uninterrupted run's byte for byte,
 * so results do not depend on whether worlds were saved.
 *
 * <p>Worlds are held in memory for the batch (a few megabytes each at the default scale); once they
 * would take more than a quarter of the heap, further seeds run from 1995 as before.
 *
 * <p>With a {@link WorldCache} (the command line's {@code results/.worlds/}) the worlds also outlive the
 * batch: a seed's world is read from disk instead of simulated when an earlier batch of the same code
 * stored it, and a run that cannot continue it (it read other values before 2007) continues the world
 * of its own values stored by an earlier batch, or simulates 1995-2006 itself and stores that world
 * for the next one. So a repeated headline simulates no 1995-2006 at all.
 */
final class SavedWorlds implements RunExecutor {

    /** Reports nothing: the shared months are not written by a batch (outputs start in 2007). */
    private static final RunListener SILENT = (month, values) -> { };

    /** The world is saved after this month: the last before outputs start. */
    static final YearMonth THROUGH = RunConfig.OUTPUT_START.minusMonths(1);

    private final ParameterValues base;
    private final YearMonth through;
    private final java.util.concurrent.atomic.AtomicInteger continued = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger full = new java.util.concurrent.atomic.AtomicInteger();
    private final RunExecutor plain;
    private final ConcurrentHashMap<Long, FutureTask<byte[]>> worlds = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final long budget = Runtime.getRuntime().maxMemory() / 4;
    private final WorldCache cache;

    /**
     * @param base    the values the worlds are simulated with
     * @param through the last month simulated before a world is saved
     * @param plain   how a run without a saved world runs
     */
    SavedWorlds(ParameterValues base, YearMonth through, RunExecutor plain, WorldCache cache) {
        this.base = base;
        this.through = through;
        this.plain = plain;
        this.cache = cache;
    }

    /**
     * The executor for a batch: saved worlds of {@link #THROUGH}, with the values of its first run;
     * kept on disk too with a cache (null: in memory only).
     */
    static SavedWorlds forBatch(BatchSpec spec, RunExecutor plain, WorldCache cache) {
        return new SavedWorlds(spec.parameters(spec.run(1)), THROUGH, plain, cache);
    }

    /** The disk cache, or null. */
    WorldCache cache() {
        return cache;
    }

    YearMonth through() {
        return through;
    }

    /** Runs that continued a saved world. */
    int continued() {
        return continued.get();
    }

    /** Runs simulated from 1995 (they differed from the world in a value it had read, or memory ran short). */
    int full() {
        return full.get();
    }

    @Override
    public void run(RunConfig config, RunListener listener) {
        byte[] world = world(config);
        PlazaModel m = null;
        if (world != null) {
            try {
                m = Checkpoint.resume(world, config, listener);
            } catch (Checkpoint.CannotContinueException e) {
                m = null; // this run read other values before 2007: it simulates them itself
            }
        }
        if (m == null && cache != null && through.isBefore(config.until())) {
            byte[] own = cache.load(config, through);
            if (own != null) {
                try {
                    m = Checkpoint.resume(own, config, listener);
                } catch (IllegalArgumentException e) {
                    m = null; // not readable as this run's world after all: simulated and stored again below
                }
            }
            if (m == null) {
                // this run's own values before 2007: simulate them once, keep the world for the next batch, go on
                full.incrementAndGet();
                PlazaModel mine = Checkpoint.runThrough(config, through, listener);
                cache.store(config, through, Checkpoint.save(mine));
                Checkpoint.runToEnd(mine);
                return;
            }
        }
        if (m == null) {
            full.incrementAndGet();
            plain.run(config, listener);
        } else {
            continued.incrementAndGet();
            Checkpoint.runToEnd(m);
        }
    }

    /** The saved world of the run's seed, simulating it on first use; null once the memory budget is spent. */
    private byte[] world(RunConfig config) {
        FutureTask<byte[]> task = worlds.get(config.seed());
        if (task == null) {
            if (bytes.get() > budget) {
                return null;
            }
            RunConfig shared = config.withParams(base);
            FutureTask<byte[]> mine = new FutureTask<>(() -> {
                byte[] w = cache == null ? null : cache.load(shared, through);
                if (w == null) {
                    w = Checkpoint.save(Checkpoint.runThrough(shared, through, SILENT));
                    if (cache != null) {
                        cache.store(shared, through, w);
                    }
                }
                bytes.addAndGet(w.length);
                return w;
            });
            task = worlds.putIfAbsent(config.seed(), mine);
            if (task == null) {
                task = mine;
            }
        }
        task.run(); // simulates the shared months if no other run has; otherwise returns at once
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the saved world of seed " + config.seed(), e);
        } catch (ExecutionException e) {
            // the shared months failed (a non-finite output, say): every run of this seed fails the same way
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
