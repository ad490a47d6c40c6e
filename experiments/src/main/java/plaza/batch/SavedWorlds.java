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
    private final ConcurrentHashMap<Long, FutureTask<Chain>> worlds = new ConcurrentHashMap<>();
    /** The months after which worlds are saved, ascending: {@link #through} first, then the later ones. */
    private final List<YearMonth> months;
    /** The first month each set of values differs from {@link #base} (in any parameter), or null if never. */
    private final ConcurrentHashMap<ParameterValues, java.util.Optional<YearMonth>> differs = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger later = new java.util.concurrent.atomic.AtomicInteger();
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

    /** At most this many sets of values are compared with the first run's to choose later worlds (a large sweep keeps 2006-12 only). */
    static final int MAX_VALUE_SETS = 200;
    /** At most this many later worlds per seed. */
    static final int MAX_LATER = 8;

    /**
     * The months after which a batch saves worlds: {@code through}, and the month before each set of
     * values first differs from the base values (when after {@code through} and before {@code until}),
     * the most common ones first when there are more than {@link #MAX_LATER}.
     */
    static List<YearMonth> months(ParameterValues base, List<ParameterValues> sets, YearMonth through, YearMonth until) {
        java.util.Map<YearMonth, Integer> count = new java.util.TreeMap<>();
        for (ParameterValues v : sets) {
            YearMonth d = firstDifference(base, v, until);
            if (d != null && d.minusMonths(1).isAfter(through) && d.minusMonths(1).isBefore(until)) {
                count.merge(d.minusMonths(1), 1, Integer::sum);
            }
        }
        List<YearMonth> chosen = new java.util.ArrayList<>(count.keySet());
        chosen.sort((a, b) -> count.get(b) - count.get(a));
        chosen = new java.util.ArrayList<>(chosen.subList(0, Math.min(MAX_LATER, chosen.size())));
        chosen.add(through);
        java.util.Collections.sort(chosen);
        return List.copyOf(chosen);
    }

    /** The first month from the start to {@code until} in which any parameter's value differs; null if none. */
    static YearMonth firstDifference(ParameterValues a, ParameterValues b, YearMonth until) {
        List<plaza.params.Parameter> all = plaza.params.ParameterCatalog.all();
        for (YearMonth m = RunConfig.START; !m.isAfter(until); m = m.plusMonths(1)) {
            ParameterValues x = a.at(m);
            ParameterValues y = b.at(m);
            for (plaza.params.Parameter p : all) {
                if (Double.doubleToLongBits(x.get(p)) != Double.doubleToLongBits(y.get(p))) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * The executor for a batch: saved worlds of {@link #THROUGH}, with the values of its first run;
     * kept on disk too with a cache (null: in memory only).
     */
    static SavedWorlds forBatch(BatchSpec spec, RunExecutor plain, WorldCache cache) {
        ParameterValues base = spec.parameters(spec.run(1));
        int sets = spec.scenarios().size() * spec.points();
        if (sets > MAX_VALUE_SETS) {
            return new SavedWorlds(base, THROUGH, plain, cache);
        }
        List<ParameterValues> values = new java.util.ArrayList<>();
        for (int k = 0; k < sets; k++) {
            values.add(spec.parameters(spec.run(k * spec.replications() + 1)));
        }
        return new SavedWorlds(base, THROUGH, months(base, values, THROUGH, spec.definition().until()), plain, cache);
    }

    /** Runs that continued a world saved after {@link #THROUGH} (later worlds). */
    int continuedLater() {
        return later.get();
    }

    /** The months after which worlds are saved. */
    List<YearMonth> months() {
        return months;
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
        Chain chain = chain(config);
        byte[] world = chain == null ? null : chain.worlds[0];
        PlazaModel m = null;
        if (chain != null && chain.worlds.length > 1) {
            // the latest later world before the run's values first differ from the base values
            YearMonth d = differs.computeIfAbsent(config.params(),
                    v -> java.util.Optional.ofNullable(firstDifference(base, v, config.until()))).orElse(null);
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

    /**
     * A seed's saved worlds: after {@link #through} and after each later month of {@link #months},
     * with the outputs from January 2007 of the run that made them (the base values), to replay.
     */
    private static final class Chain {
        final YearMonth[] months;
        final byte[][] worlds;
        final List<Recorded> outputs;

        Chain(YearMonth[] months, byte[][] worlds, List<Recorded> outputs) {
            this.months = months;
            this.worlds = worlds;
            this.outputs = outputs;
        }

        /** Gives the listener the recorded months up to {@code last}, as the model gives them (row, plazas, events). */
        void replay(YearMonth last, RunListener listener) {
            for (Recorded r : outputs) {
                if (r.month.isAfter(last)) {
                    break;
                }
                listener.month(r.month, r.values.clone());
                listener.plazas(r.month, r.plazas);
                listener.events(r.month, r.events);
            }
        }

        long bytes() {
            long n = 0;
            for (byte[] w : worlds) {
                n += w.length;
            }
            return n + outputs.size() * 4096L; // a month's row, plaza rows and events: about 4 kB
        }
    }

    /** One recorded month of output. */
    private record Recorded(YearMonth month, double[] values, List<plaza.output.PlazaRow> plazas, List<plaza.output.Event> events) {}

    /** Records the outputs a world's run gives from January 2007 (copies: the model reuses nothing, but a listener may keep them). */
    private static final class Recording implements RunListener {
        final List<Recorded> months = new java.util.ArrayList<>();
        private YearMonth month;
        private double[] values;
        private List<plaza.output.PlazaRow> plazas = List.of();

        @Override
        public void month(YearMonth m, double[] v) {
            month = m;
            values = v.clone();
        }

        @Override
        public void plazas(YearMonth m, List<plaza.output.PlazaRow> rows) {
            plazas = List.copyOf(rows);
        }

        @Override
        public void events(YearMonth m, List<plaza.output.Event> events) {
            months.add(new Recorded(month, values, plazas, List.copyOf(events)));
            plazas = List.of();
        }
    }

    /** The saved worlds of the run's seed, simulating them on first use; null once the memory budget is spent. */
    private Chain chain(RunConfig config) {
        FutureTask<Chain> task = worlds.get(config.seed());
        if (task == null) {
            if (bytes.get() > budget) {
                return null;
            }
            RunConfig shared = config.withParams(base);
            FutureTask<Chain> mine = new FutureTask<>(() -> {
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
                Recording recording = new Recording();
                if (months.size() > 1) {
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
                }
                Chain c = new Chain(at.toArray(new YearMonth[0]), saved.toArray(new byte[0][]), List.copyOf(recording.months));
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
