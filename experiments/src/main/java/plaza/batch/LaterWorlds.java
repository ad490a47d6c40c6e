package plaza.batch;

import java.time.YearMonth;
import java.util.List;

import plaza.model.RunConfig;
import plaza.output.RunListener;
import plaza.params.ParameterValues;

/**
 * The later saved worlds of a batch ({@link SavedWorlds}): which months to save them after (the month
 * before each set of values first differs from the first run's), and a seed's chain of worlds with
 * the outputs from January 2007 of the run that made them, replayed to a run that continues one.
 */
final class LaterWorlds {

    private LaterWorlds() {}

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

    /**
     * Simulates the first run's months after its last saved world to its end, its listener recording
     * them, so a run whose values equal the first run's in every month to its end replays them all and simulates
     * nothing (the baseline itself, a scenario whose levers act after --until). False if the run
     * failed on the way (a non-finite output): then no run replays it whole, each fails on its own.
     */
    static boolean recordRest(plaza.model.PlazaModel m) {
        try {
            plaza.model.Checkpoint.runToEnd(m);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
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
     * A seed's saved worlds: after {@link #through} and after each later month of {@link #months},
     * with the outputs from January 2007 of the run that made them (the base values), to replay.
     */
    static final class Chain {
        final YearMonth[] months;
        final byte[][] worlds;
        final List<Recorded> outputs;
        /** The run's last month when its outputs were recorded to its end (a whole run, to replay), else null. */
        final YearMonth until;
        /** Seed and scale of the run that made the chain. */
        final long seed;
        final double scale;

        Chain(YearMonth[] months, byte[][] worlds, List<Recorded> outputs, RunConfig made, boolean whole) {
            this.months = months;
            this.worlds = worlds;
            this.outputs = outputs;
            this.until = whole ? made.until() : null;
            this.seed = made.seed();
            this.scale = made.scale();
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
    record Recorded(YearMonth month, double[] values, List<plaza.output.PlazaRow> plazas, List<plaza.output.Event> events) {}

    /** Records the outputs a world's run gives from January 2007 (copies: the model reuses nothing, but a listener may keep them). */
    static final class Recording implements RunListener {
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
}
