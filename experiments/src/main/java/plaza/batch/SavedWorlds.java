package plaza.batch;

import java.time.YearMonth;
import java.util.List;
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
 *
 * <p><b>Later worlds.</b> Most policy scenarios agree with the baseline on every value well after 2006
 * (Merida's money moves from FY2009, most levers act from 2011). For each set of values in the batch
 * the month it first differs from the first run's in any parameter is found; the world of the first
 * run's values is also saved after the month before each such month (simulated once per seed from
 * the December 2006 world, its outputs from January 2007 recorded), and a run continues the latest
 * world before its first difference: the recorded months are replayed to its listener (they are the
 * months it would have simulated itself, value for value), then it simulates the rest.
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
    private final ConcurrentHashMap<Long, FutureTask<LaterWorlds.Chain>> worlds = new ConcurrentHashMap<>();
    /** The months after which worlds are saved, ascending: {@link #through} first, then the later ones. */
    private final List<YearMonth> months;
    /** The first month each set of values differs from {@link #base} (in any parameter), or null if never. */
    private final ConcurrentHashMap<ParameterValues, java.util.Optional<YearMonth>> differs = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger later = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger replayed = new java.util.concurrent.atomic.AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private final long budget = Runtime.getRuntime().maxMemory() / 4;
    private final WorldCache cache;

    /**
     * @param base    the values the worlds are simulated with
     * @param through the last month simulated before a world is saved
     * @param plain   how a run without a saved world runs
     */
    SavedWorlds(ParameterValues base, YearMonth through, RunExecutor plain, WorldCache cache) {
        this(base, through, List.of(through), plain, cache);
    }

    SavedWorlds(ParameterValues base, YearMonth through, List<YearMonth> months, RunExecutor plain, WorldCache cache) {
        this.base = base;
        this.through = through;
        this.months = months;
        this.plain = plain;
        this.cache = cache;
    }

    /**
     * The executor for a batch: saved worlds of {@link #THROUGH}, with the values of its first run;
     * kept on disk too with a cache (null: in memory only).
     */
    static SavedWorlds forBatch(BatchSpec spec, RunExecutor plain, java.nio.file.Path disk) {
        WorldCache cache = disk == null ? null : new WorldCache(disk);
        ParameterValues base = spec.parameters(spec.run(1));
        int sets = spec.scenarios().size() * spec.points();
        if (sets > LaterWorlds.MAX_VALUE_SETS) {
            return new SavedWorlds(base, THROUGH, plain, cache);
        }
        List<ParameterValues> values = new java.util.ArrayList<>();
        for (int k = 0; k < sets; k++) {
            values.add(spec.parameters(spec.run(k * spec.replications() + 1)));
        }
        return new SavedWorlds(base, THROUGH, LaterWorlds.months(base, values, THROUGH, spec.definition().until()), plain, cache);
    }

    /** Says how many runs continued which worlds, and what the disk cache did (nothing without saved worlds). */
    static void report(SavedWorlds w, java.io.PrintStream err) {
        if (w != null) {
            w.report(err);
        }
    }

    private void report(java.io.PrintStream err) {
        if (continued() + full() > 0) {
            err.printf("batch: %d run(s) continued a saved world of %s, %d simulated from %s%s%n", continued(), through, full(),
                    RunConfig.START, full() > 0 ? " (they read other values before it)" : "");
        }
        if (replayed() > 0) {
            err.printf("batch: %d of them replayed the first run's months whole (their values equal its values to %s)%n", replayed(),
                    "--until");
        }
        if (continuedLater() > 0) {
            err.printf("batch: %d of them continued a world saved later (after %s), the months before replayed from the world's run%n",
                    continuedLater(), months.subList(1, months.size()).stream().map(Object::toString)
                            .collect(java.util.stream.Collectors.joining(", ")));
        }
        if (cache != null && cache.loaded() + cache.stored() + cache.stale() > 0) {
            err.printf("batch: saved worlds on disk (%s): %d read, %d stored%s%n", cache.dir(), cache.loaded(), cache.stored(),
                    cache.stale() > 0 ? ", " + cache.stale() + " stale (other code, or unreadable) deleted and simulated again" : "");
        }
        if (cache != null && cache.writeError() != null) {
            err.println("batch: " + cache.writeError() + "; the batch went on without storing them");
        }
    }

    /** Runs whose values equal the first run's to the end: its recorded months replayed, nothing simulated. */
    int replayed() {
        return replayed.get();
    }

    /** Runs that continued a world saved after {@link #THROUGH} (later worlds). */
    int continuedLater() {
        return later.get();
    }

    /** The months after which worlds are saved. */
    List<YearMonth> months() {
        return months;
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
        LaterWorlds.Chain chain = chain(config);
        byte[] world = chain == null ? null : chain.worlds[0];
        PlazaModel m = null;
        if (chain != null && chain.until != null && chain.until.equals(config.until()) && config.seed() == chain.seed
                && config.scale() == chain.scale && firstDifference(config) == null) {
            // the first run's values in every month to the end: its recorded months are this run's, value for value
            chain.replay(config.until(), listener);
            replayed.incrementAndGet();
            continued.incrementAndGet();
            return;
        }
        if (chain != null && chain.worlds.length > 1) {
            // the latest later world before the run's values first differ from the base values
            YearMonth d = firstDifference(config);
            for (int k = chain.worlds.length - 1; k > 0 && m == null; k--) {
                if (d == null || chain.months[k].isBefore(d)) {
                    try {
                        m = Checkpoint.resume(chain.worlds[k], config, listener);
                        chain.replay(chain.months[k], listener);
                        later.incrementAndGet();
                    } catch (Checkpoint.CannotContinueException e) {
                        m = null;
                    }
                }
            }
        }
        if (m == null && world != null) {
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

    /** The first month the run's values differ from the first run's in any parameter, or null if never to its end. */
    private YearMonth firstDifference(RunConfig config) {
        return differs.computeIfAbsent(config.params(),
                v -> java.util.Optional.ofNullable(LaterWorlds.firstDifference(base, v, config.until()))).orElse(null);
    }

    /** The saved worlds of the run's seed, simulating them on first use; null once the memory budget is spent. */
    private LaterWorlds.Chain chain(RunConfig config) {
        FutureTask<LaterWorlds.Chain> task = worlds.get(config.seed());
        if (task == null) {
            if (bytes.get() > budget) {
                return null;
            }
            RunConfig shared = config.withParams(base);
            FutureTask<LaterWorlds.Chain> mine = new FutureTask<>(() -> {
                byte[] w = cache == null ? null : cache.load(shared, through);
                if (w == null) {
                    w = Checkpoint.save(Checkpoint.runThrough(shared, through, SILENT));
                    if (cache != null) {
                        cache.store(shared, through, w);
                    }
                }
                List<YearMonth> at = new java.util.ArrayList<>();
                List<byte[]> saved = new java.util.ArrayList<>();
                at.add(through);
                saved.add(w);
                LaterWorlds.Recording recording = new LaterWorlds.Recording();
                boolean whole = false;
                if (through.isBefore(shared.until())) {
                    PlazaModel m = Checkpoint.resume(w, shared, recording);
                    for (YearMonth last : months.subList(1, months.size())) {
                        if (!last.isBefore(shared.until())) {
                            break;
                        }
                        while (!m.month().isAfter(last)) {
                            m.stepMonth();
                        }
                        at.add(last);
                        saved.add(Checkpoint.save(m));
                    }
                    whole = LaterWorlds.recordRest(m);
                }
                LaterWorlds.Chain c = new LaterWorlds.Chain(at.toArray(new YearMonth[0]), saved.toArray(new byte[0][]),
                        List.copyOf(recording.months), shared, whole);
                bytes.addAndGet(c.bytes());
                return c;
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
