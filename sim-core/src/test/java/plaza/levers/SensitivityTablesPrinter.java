package plaza.levers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;

import org.apache.commons.math3.distribution.TDistribution;

import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.output.Metric;
import plaza.output.PlazaRow;
import plaza.output.RunListener;
import plaza.params.Parameter;
import plaza.params.ParameterCatalog;
import plaza.params.ParameterValues;
import plaza.scenario.ScenarioLibrary;
import plaza.testing.AnnualTotals;
import plaza.testing.Runs;
import plaza.world.Geography;

/**
 * A generator, not a test: prints the tables that show how scenario answers move over an assumed
 * parameter's range (issue 23: gun purchases by need, provocation, Mérida after FY2010, Mexico's
 * justice budget) and the kingpin-surge trace with each issue-23 mechanism at weight 0, and writes
 * them to {@code sim-core/target/sensitivity-tables.md}. Each cell is a scenario's change against the
 * baseline run with the same value and the same seed (plain seeds 1..n, scale 100), in percent of the
 * baseline mean, with the paired 90% t interval, as {@code plaza compare} gives it. Run from the
 * project root with
 * <pre>
 * mvn -B -o -q -pl sim-core test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * cd sim-core &amp;&amp; java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) plaza.levers.SensitivityTablesPrinter 10 [TABLE...]
 * </pre>
 * (the first argument: seeds, 10 if omitted; any further arguments name the tables to compute, all
 * if none: {@code guns}, {@code provocation}, {@code provocation-surge}, {@code merida-after-fy2010}, {@code justice-budget}, {@code justice-pace},
 * {@code kingpin-trace}). Runs use two threads; the output does not depend on their number.
 */
public final class SensitivityTablesPrinter {

    static final int FROM = 2007;
    static final int TO = 2020;
    private static final double SCALE = RunConfig.DEFAULT_SCALE;

    private SensitivityTablesPrinter() {}

    /** What one run leaves: the national annual totals and each plaza's yearly homicides, also by the holder's family. */
    static final class Record implements RunListener {
        final AnnualTotals totals = new AnnualTotals();
        /** Homicides per plaza code per year (2007 on). */
        final Map<String, Map<Integer, Double>> plaza = new TreeMap<>();
        /** Homicides per state code per year (2007 on): the sum over the state's plazas. */
        final Map<String, Map<Integer, Double>> state = new TreeMap<>();
        /** Homicides 2007-2020 by the family of the organization holding the plaza ("-" unheld). */
        final Map<String, Double> family = new TreeMap<>();

        @Override
        public void month(YearMonth month, double[] values) {
            totals.month(month, values);
        }

        @Override
        public void plazas(YearMonth month, List<PlazaRow> rows) {
            for (PlazaRow r : rows) {
                plaza.computeIfAbsent(r.plaza(), k -> new TreeMap<>()).merge(month.getYear(), r.homicides(), Double::sum);
                state.computeIfAbsent(r.state(), k -> new TreeMap<>()).merge(month.getYear(), r.homicides(), Double::sum);
                if (month.getYear() <= TO) {
                    family.merge(family(r.controller()), r.homicides(), Double::sum);
                }
            }
        }

        /** Homicides of the given plazas over the years from..to. */
        double plazaHomicides(List<String> codes, int from, int to) {
            return homicides(plaza, codes, from, to);
        }

        /** Homicides of the given states (all their plazas) over the years from..to. */
        double stateHomicides(List<String> codes, int from, int to) {
            return homicides(state, codes, from, to);
        }

        private static double homicides(Map<String, Map<Integer, Double>> by, List<String> codes, int from, int to) {
            double s = 0;
            for (String c : codes) {
                Map<Integer, Double> y = by.getOrDefault(c, Map.of());
                for (int t = from; t <= to; t++) {
                    s += y.getOrDefault(t, 0.0);
                }
            }
            return s;
        }
    }

    /** An organization's family: the founding organization a faction split from ("Gulf-3" is Gulf's). */
    static String family(String controller) {
        if (controller == null || controller.isEmpty()) {
            return "-";
        }
        int dash = controller.indexOf('-');
        return dash > 0 ? controller.substring(0, dash) : controller;
    }

    /** One outcome of a run: a label and how to read it. */
    record Outcome(String label, ToDoubleFunction<Record> value) {
        static Outcome total(Metric m, int from, int to) {
            return new Outcome(m.column() + " " + from + "–" + to, r -> r.totals.sum(m, from, to));
        }

        static Outcome mean(Metric m, int from, int to) {
            return new Outcome(m.column() + " " + from + "–" + to + " (monthly mean)", r -> r.totals.mean(m, from, to));
        }
    }

    /** One column of a sweep: a label and the change it makes to every scenario's values (and the baseline's). */
    record Variant(String label, UnaryOperator<ParameterValues> change) {
        static Variant set(String name, double value, boolean isDefault) {
            Parameter p = ParameterCatalog.byName(name, "sensitivity table: ");
            return new Variant(Parameter.format(value) + (isDefault ? " (default)" : ""), v -> v.with(p, value));
        }
    }

    /** A table: variants (columns) x scenarios (rows), one block per outcome. */
    record Sweep(String id, String title, List<Variant> variants, List<String> scenarios, List<Outcome> outcomes) {}

    static List<Sweep> sweeps() {
        Outcome homicides = Outcome.total(Metric.HOMICIDES, FROM, TO);
        Outcome convictions = Outcome.total(Metric.CONVICTIONS, FROM, TO);
        List<Sweep> out = new ArrayList<>();
        out.add(new Sweep("guns", "Arsenals by need: guns.need_price_elasticity (tested 0.5–1.5)",
                values("guns.need_price_elasticity", 1, 0.5, 0.75, 1, 1.25, 1.5),
                List.of("gun-export-controls", "assault-weapons-ban", "judicial-and-guns", "cfr-package", "merida-economic"),
                List.of(homicides)));
        String chih = "CHIH";
        List<String> neighbours = neighbourCodes(chih);
        List<Variant> provocation = new ArrayList<>(values("military.provocation_killings_per_1000_armed_months", 0.548, 0, 0.274, 0.548, 1.096, 2.192));
        Parameter corruption = ParameterCatalog.byName("military.provocation_corruption_factor", "sensitivity table: ");
        provocation.add(new Variant("0.548, corruption factor 0", v -> v.with(corruption, 0)));
        provocation.add(new Variant("0.548, corruption factor 2", v -> v.with(corruption, 2)));
        String title = "Provocation: military.provocation_killings_per_1000_armed_months (0 = provocation off; explored 0–2.2) and military.provocation_corruption_factor (tested 0–2)";
        out.add(new Sweep("provocation", title, provocation,
                List.of("military-withdrawal", "military-withdrawal-with-police-reform", "juarez-surge"), List.of(homicides)));
        out.add(new Sweep("provocation-surge", title + ", where the surge acts", provocation, List.of("juarez-surge"),
                List.of(new Outcome("homicides in Chihuahua 2008–2010", r -> r.stateHomicides(List.of(chih), 2008, 2010)),
                        new Outcome("homicides in Chihuahua's neighbours " + String.join(", ", neighbours) + " 2008–2010",
                                r -> r.stateHomicides(neighbours, 2008, 2010)))));
        List<String> merida = List.of("merida-judicial-25", "merida-judicial-50", "merida-judicial-100", "merida-economic", "police-vetting");
        out.add(new Sweep("merida-after-fy2010", "Mérida after FY2010: funding.merida_usd_millions_per_year_after_fy2010 (USD millions a year; assumed 400)",
                values("funding.merida_usd_millions_per_year_after_fy2010", 400, 0, 200, 400, 800),
                merida, List.of(homicides, convictions)));
        out.add(new Sweep("justice-budget", "Mexico's justice budget: justice.mexico_reform_budget_usd_millions_per_year (USD millions a year; tested 500–2,000)",
                values("justice.mexico_reform_budget_usd_millions_per_year", 1000, 500, 1000, 2000),
                merida.subList(0, 4), List.of(homicides, convictions)));
        out.add(new Sweep("justice-pace", "The reform's pace: justice.reform_pace (share of the planned pace; tested 0.3–1)",
                values("justice.reform_pace", 0.6, 0.3, 0.6, 1), merida.subList(0, 4), List.of(homicides, convictions)));
        out.add(new Sweep("kingpin-trace", "kingpin-surge with each issue-23 mechanism at weight 0 (the others on, today's fit)",
                kingpinVariants(), List.of("kingpin-surge"),
                List.of(homicides, Outcome.total(Metric.LEADERS_REMOVED, FROM, TO), Outcome.total(Metric.SPLITS, FROM, TO),
                        Outcome.mean(Metric.CONTESTED_PLAZAS, FROM, TO), Outcome.mean(Metric.FIGHTERS, FROM, TO),
                        Outcome.mean(Metric.ARSENAL, FROM, TO))));
        return out;
    }

    /** The six staged mechanisms of issue 23, each at weight 0 alone, then all six. */
    static List<Variant> kingpinVariants() {
        String[] names = {"guns.purchase_by_need", "violence.absolute_stake_weight", "violence.predation_homicides_per_million_usd",
            "market.price_clearing", "justice.mexican_reform", "military.provocation"};
        List<Variant> out = new ArrayList<>();
        out.add(new Variant("all on (default)", v -> v));
        for (String n : names) {
            Parameter p = ParameterCatalog.byName(n, "sensitivity table: ");
            out.add(new Variant(n + " = 0", v -> v.with(p, 0)));
        }
        out.add(new Variant("all six 0", v -> {
            ParameterValues w = v;
            for (String n : names) {
                w = w.with(ParameterCatalog.byName(n, "sensitivity table: "), 0);
            }
            return w;
        }));
        // the fit before the mechanisms (scenarios/_fitted.scenario before the refit), so the last
        // column is the model the surge's earlier answer was measured on
        double[] previousFit = {0.950288, 0.187951, 9.89353, 0.443453, 445700, 0.00373278};
        String[] fitted = {"dto.split_probability", "dto.contest_rate_per_month", "violence.homicides_per_1000_enforcer_months",
            "violence.background_homicides_per_100k_per_year", "market.wholesale_price_heroin_usd_per_kg", "intel.extradition_rate_per_arrest"};
        UnaryOperator<ParameterValues> allOff = out.get(out.size() - 1).change();
        out.add(new Variant("all six 0, previous fit", v -> {
            ParameterValues w = allOff.apply(v);
            for (int i = 0; i < fitted.length; i++) {
                w = w.with(ParameterCatalog.byName(fitted[i], "sensitivity table: "), previousFit[i]);
            }
            return w;
        }));
        return out;
    }

    static List<Variant> values(String name, double defaultValue, double... values) {
        List<Variant> out = new ArrayList<>();
        for (double v : values) {
            out.add(Variant.set(name, v, v == defaultValue));
        }
        return out;
    }

    static List<String> neighbourCodes(String code) {
        List<String> out = new ArrayList<>();
        for (int i : Geography.neighbouringStates(Geography.stateIndex(code))) {
            out.add(Geography.STATES.get(i).code());
        }
        return out;
    }

    private record Key(ParameterValues values, long seed) {}

    private static final Map<Key, Record> CACHE = new ConcurrentHashMap<>();

    static Record run(ParameterValues values, long seed) {
        return CACHE.computeIfAbsent(new Key(values, seed), k -> {
            Record r = new Record();
            PlazaModel.run(new RunConfig("sensitivity", values, seed, YearMonth.of(TO, 12), SCALE), r);
            if (r.totals.anyNonFinite()) {
                throw new IllegalStateException("a run gave NaN or infinity: seed " + seed);
            }
            return r;
        });
    }

    /** Runs every (values, seed) pair of the sweep, two at a time, before the tables read them. */
    static void prefetch(List<ParameterValues> all, int seeds) throws InterruptedException, ExecutionException {
        List<Key> keys = new ArrayList<>();
        for (ParameterValues v : all) {
            for (long s = 1; s <= seeds; s++) {
                keys.add(new Key(v, s));
            }
        }
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            pool.submit(() -> keys.parallelStream().forEach(k -> run(k.values(), k.seed()))).get();
        } finally {
            pool.shutdown();
        }
    }

    /** "−7.6 (−9.5..−5.6)": the mean paired difference in % of the baseline mean, with its 90% t interval. */
    static String cell(List<Record> base, List<Record> alt, ToDoubleFunction<Record> f) {
        int n = base.size();
        double[] d = new double[n];
        double level = 0;
        double mean = 0;
        for (int i = 0; i < n; i++) {
            double b = f.applyAsDouble(base.get(i));
            d[i] = f.applyAsDouble(alt.get(i)) - b;
            level += b / n;
            mean += d[i] / n;
        }
        double ss = 0;
        for (double x : d) {
            ss += (x - mean) * (x - mean);
        }
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.95) * Math.sqrt(ss / (n - 1) / n);
        return String.format(Locale.ROOT, "%+.1f (%+.1f..%+.1f)", 100 * mean / level, 100 * (mean - half) / level,
                100 * (mean + half) / level).replace('-', '−');
    }

    static String level(List<Record> runs, ToDoubleFunction<Record> f) {
        double s = 0;
        for (Record r : runs) {
            s += f.applyAsDouble(r);
        }
        double m = s / runs.size();
        return m >= 100 ? String.format(Locale.ROOT, "%,.0f", m) : String.format(Locale.ROOT, "%.3g", m);
    }

    static String table(Sweep sw, ScenarioLibrary lib, int seeds) throws InterruptedException, ExecutionException {
        ParameterValues base = lib.load(ScenarioLibrary.BASELINE).values();
        Map<String, ParameterValues> scenarios = new LinkedHashMap<>();
        for (String s : sw.scenarios()) {
            scenarios.put(s, lib.load(s).values());
        }
        List<ParameterValues> all = new ArrayList<>();
        for (Variant v : sw.variants()) {
            all.add(v.change().apply(base));
            for (ParameterValues s : scenarios.values()) {
                all.add(v.change().apply(s));
            }
        }
        prefetch(all, seeds);
        StringBuilder sb = new StringBuilder("### " + sw.title() + "\n\n");
        if (scenarios.size() == 1) {
            sb.append(byVariant(sw, base, scenarios.entrySet().iterator().next(), seeds));
        }
        for (Outcome o : scenarios.size() == 1 ? List.<Outcome>of() : sw.outcomes()) {
            sb.append("| ").append(o.label()).append(" |");
            StringBuilder rule = new StringBuilder("| --- |");
            for (Variant v : sw.variants()) {
                sb.append(' ').append(v.label()).append(" |");
                rule.append(" --- |");
            }
            sb.append('\n').append(rule).append("\n| baseline (level) |");
            for (Variant v : sw.variants()) {
                sb.append(' ').append(level(runs(v.change().apply(base), seeds), o.value())).append(" |");
            }
            sb.append('\n');
            for (Map.Entry<String, ParameterValues> e : scenarios.entrySet()) {
                sb.append("| `").append(e.getKey()).append("` |");
                for (Variant v : sw.variants()) {
                    sb.append(' ').append(cell(runs(v.change().apply(base), seeds), runs(v.change().apply(e.getValue()), seeds), o.value()))
                            .append(" |");
                }
                sb.append('\n');
            }
            sb.append('\n');
        }
        if (sw.id().equals("kingpin-trace")) {
            sb.append(where(sw, base, scenarios.values().iterator().next(), seeds));
        }
        return sb.toString();
    }

    /** One scenario: a row per variant with the baseline's level of the first outcome and the scenario's change in each. */
    static String byVariant(Sweep sw, ParameterValues base, Map.Entry<String, ParameterValues> scenario, int seeds) {
        List<Outcome> os = sw.outcomes();
        StringBuilder sb = new StringBuilder("| `" + scenario.getKey() + "` | baseline " + os.get(0).label() + " |");
        StringBuilder rule = new StringBuilder("| --- | --- |");
        for (Outcome o : os) {
            sb.append(' ').append(o.label()).append(", change |");
            rule.append(" --- |");
        }
        sb.append('\n').append(rule).append('\n');
        for (Variant v : sw.variants()) {
            List<Record> b = runs(v.change().apply(base), seeds);
            List<Record> a = runs(v.change().apply(scenario.getValue()), seeds);
            sb.append("| ").append(v.label()).append(" | ").append(level(b, os.get(0).value())).append(" |");
            for (Outcome o : os) {
                sb.append(' ').append(cell(b, a, o.value())).append(" |");
            }
            sb.append('\n');
        }
        return sb.append('\n').toString();
    }

    /**
     * Where the surge's extra homicides fall: the mean paired difference (scenario - baseline) in
     * homicides 2007-2020 per plaza and per family of the holding organization, the largest first
     * (ranked by the first variant), for every variant.
     */
    static String where(Sweep sw, ParameterValues base, ParameterValues scenario, int seeds) {
        StringBuilder sb = new StringBuilder();
        Variant first = sw.variants().get(0);
        Map<String, ToDoubleFunction<Record>> plazas = new LinkedHashMap<>();
        for (String code : runs(first.change().apply(base), seeds).get(0).plaza.keySet()) {
            plazas.put(code, r -> r.plazaHomicides(List.of(code), FROM, TO));
        }
        sb.append(breakdown("plaza", plazas, sw, base, scenario, seeds, 8));
        Map<String, ToDoubleFunction<Record>> families = new LinkedHashMap<>();
        for (String f : Geography.ORGANIZATION_NAMES) {
            families.put(f, r -> r.family.getOrDefault(f, 0.0));
        }
        families.put("- (no holder)", r -> r.family.getOrDefault("-", 0.0));
        sb.append(breakdown("family of the plaza's holder", families, sw, base, scenario, seeds, families.size()));
        return sb.toString();
    }

    private static String breakdown(String what, Map<String, ToDoubleFunction<Record>> parts, Sweep sw, ParameterValues base,
                                    ParameterValues scenario, int seeds, int rows) {
        Map<String, double[]> diff = new LinkedHashMap<>();
        for (Map.Entry<String, ToDoubleFunction<Record>> e : parts.entrySet()) {
            double[] d = new double[sw.variants().size()];
            for (int j = 0; j < d.length; j++) {
                UnaryOperator<ParameterValues> c = sw.variants().get(j).change();
                List<Record> b = runs(c.apply(base), seeds);
                List<Record> a = runs(c.apply(scenario), seeds);
                for (int i = 0; i < seeds; i++) {
                    d[j] += (e.getValue().applyAsDouble(a.get(i)) - e.getValue().applyAsDouble(b.get(i))) / seeds;
                }
            }
            diff.put(e.getKey(), d);
        }
        List<String> order = new ArrayList<>(diff.keySet());
        order.sort(Comparator.comparingDouble((String k) -> -Math.abs(diff.get(k)[0])));
        order.removeIf(k -> java.util.Arrays.stream(diff.get(k)).allMatch(x -> x == 0)); // a family that never holds a plaza
        order = order.subList(0, Math.min(rows, order.size()));
        StringBuilder sb = new StringBuilder("| extra homicides 2007–2020 by " + what + " (mean per seed) |");
        StringBuilder rule = new StringBuilder("| --- |");
        for (String k : order) {
            sb.append(' ').append(k).append(" |");
            rule.append(" --- |");
        }
        sb.append(" all |\n").append(rule).append(" --- |\n");
        for (int j = 0; j < sw.variants().size(); j++) {
            sb.append("| ").append(sw.variants().get(j).label()).append(" |");
            double total = 0;
            for (String k : diff.keySet()) {
                total += diff.get(k)[j];
            }
            for (String k : order) {
                sb.append(String.format(Locale.ROOT, " %+,.0f |", diff.get(k)[j]).replace('-', '−'));
            }
            sb.append(String.format(Locale.ROOT, " %+,.0f |", total).replace('-', '−')).append('\n');
        }
        return sb.append("\n\n").toString();
    }

    static List<Record> runs(ParameterValues v, int seeds) {
        List<Record> out = new ArrayList<>();
        for (long s = 1; s <= seeds; s++) {
            out.add(run(v, s));
        }
        return out;
    }

    public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<String> wanted = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
        List<Sweep> all = sweeps();
        for (String w : wanted) {
            if (all.stream().noneMatch(s -> s.id().equals(w))) {
                throw new IllegalArgumentException("no table " + w + "; tables: " + all.stream().map(Sweep::id).toList());
            }
        }
        ScenarioLibrary lib = Runs.library();
        StringBuilder md = new StringBuilder();
        for (Sweep sw : all) {
            if (wanted.isEmpty() || wanted.contains(sw.id())) {
                String t = table(sw, lib, seeds);
                System.out.println(t);
                md.append(t);
            }
        }
        Path out = Path.of("target", "sensitivity-tables.md");
        Path tmp = Path.of("target", "sensitivity-tables.md.tmp");
        Files.writeString(tmp, md.toString(), StandardCharsets.UTF_8);
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
