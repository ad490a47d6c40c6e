package example;

import java.io.PrintStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import plaza.api.Scenario;
import plaza.api.Scenarios;
import plaza.output.Metric;

/**
 * Runs the baseline and {@code merida-judicial-50} for a few seeds through Plaza's API, keeps the
 * outputs in memory, and prints the paired difference in homicides over 2009-2012 (the scenario's
 * total minus the baseline's, seed by seed: both runs of a seed share their random numbers).
 * Arguments: the seeds (default 1 to 5).
 */
public final class PairedHomicides {

    static final YearMonth FROM = YearMonth.of(2009, 1);
    static final YearMonth TO = YearMonth.of(2012, 12);

    /** One seed: the two scenarios' homicides over the period, and their difference. */
    record Pair(long seed, double baseline, double scenario) {
        double difference() {
            return scenario - baseline;
        }
    }

    private PairedHomicides() {}

    /** Seeds from the arguments (default 1 to 5). */
    public static void main(String[] args) {
        List<Long> seeds = new ArrayList<>();
        for (String a : args) {
            seeds.add(Long.parseLong(a));
        }
        if (seeds.isEmpty()) {
            seeds = List.of(1L, 2L, 3L, 4L, 5L);
        }
        print(pairs(seeds), System.out);
    }

    /** Both scenarios for every seed, run to the end of the period, summarised in memory. */
    static List<Pair> pairs(List<Long> seeds) {
        Scenarios library = Scenarios.bundled();
        Scenario baseline = library.load("baseline");
        Scenario judicial = library.load("merida-judicial-50");
        List<Pair> out = new ArrayList<>();
        for (long seed : seeds) {
            double b = baseline.run(seed).until(TO).outputs().summary(Metric.HOMICIDES, FROM, TO);
            double s = judicial.run(seed).until(TO).outputs().summary(Metric.HOMICIDES, FROM, TO);
            out.add(new Pair(seed, b, s));
        }
        return out;
    }

    /** The table and the mean paired difference with its standard deviation and standard error. */
    static void print(List<Pair> pairs, PrintStream out) {
        out.printf("homicides %s to %s, merida-judicial-50 minus baseline, paired by seed%n", FROM, TO);
        out.printf("%6s %14s %20s %12s%n", "seed", "baseline", "merida-judicial-50", "difference");
        double sum = 0;
        for (Pair p : pairs) {
            out.printf("%6d %14.1f %20.1f %12.1f%n", p.seed(), p.baseline(), p.scenario(), p.difference());
            sum += p.difference();
        }
        int n = pairs.size();
        double mean = sum / n;
        double ss = 0;
        for (Pair p : pairs) {
            ss += (p.difference() - mean) * (p.difference() - mean);
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
        double baseMean = pairs.stream().mapToDouble(Pair::baseline).average().orElse(Double.NaN);
        out.printf("mean paired difference: %.1f homicides (%.2f%% of the baseline's %.1f); sd %.1f, standard error %.1f, n = %d%n",
                mean, 100 * mean / baseMean, baseMean, sd, sd / Math.sqrt(n), n);
    }
}
