package plaza.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.output.NonFiniteOutputException;

/**
 * Draws parameter vectors at the corners of the catalog (every parameter at its minimum or its
 * maximum, at random, and each parameter alone at an end with the others at their defaults) and
 * uniformly inside the ranges, with several seeds, and checks that each one either is refused with
 * a message naming the parameters (exit 2 on the command line) or runs to the end with finite
 * outputs. Vectors that break a rule between parameters are refused first, then repaired (shares
 * rescaled, the product capped) and run, so both halves of the contract are exercised.
 *
 * <p>{@code -Dplaza.corners=N} draws N vectors of each kind per seed instead of the suite's size, and
 * {@code -Dplaza.corners.until=YYYY-MM} runs them longer, {@code -Dplaza.corners.seeds=4,5,6} with other seeds.
 */
class CatalogCornersTest {

    private static final int DRAWS = Integer.getInteger("plaza.corners", 20);
    private static final long[] SEEDS = java.util.Arrays.stream(System.getProperty("plaza.corners.seeds", "1,2,3").split(","))
            .mapToLong(x -> Long.parseLong(x.trim())).toArray();
    private static final YearMonth UNTIL = YearMonth.parse(System.getProperty("plaza.corners.until", "2009-12"));
    private static final double SCALE = 1000;
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[a-z]+\\.[a-z0-9_]+");

    @Test
    void everyParameterAloneAtEachEndRunsFinite() {
        List<Parameter> all = ParameterCatalog.all();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (boolean high : new boolean[] {false, true}) {
                double[] v = defaults();
                v[i] = high ? all.get(i).max() : all.get(i).min();
                check(v, 1 + i, failures);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void randomCornersAndInteriorPointsRunFiniteOrAreRefused() {
        List<String> failures = new ArrayList<>();
        int refused = 0;
        for (long seed : SEEDS) {
            SplittableRandom r = new SplittableRandom(seed);
            for (int d = 0; d < DRAWS; d++) {
                double[] corner = new double[ParameterCatalog.size()];
                double[] inside = new double[ParameterCatalog.size()];
                for (Parameter p : ParameterCatalog.all()) {
                    corner[p.index] = r.nextBoolean() ? p.min() : p.max();
                    double x = p.min() + r.nextDouble() * (p.max() - p.min());
                    inside[p.index] = ParameterCatalog.wholeNumber(p) ? Math.rint(x) : x;
                }
                refused += check(corner, seed * 1000 + d, failures) ? 1 : 0;
                refused += check(inside, seed * 1000 + d, failures) ? 1 : 0;
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        // almost every corner breaks a cross-parameter rule: the refusal path was exercised
        assertTrue(refused > 0, "no vector was refused");
    }

    /** Builds and runs one vector; returns true if the raw vector was refused. */
    private static boolean check(double[] raw, long seed, List<String> failures) {
        boolean refused = false;
        try {
            build(raw);
        } catch (InputException e) {
            refused = true;
            if (NAME.matcher(e.getMessage()).results().count() < 2) {
                failures.add("refusal does not name two parameters: " + e.getMessage());
            }
        }
        double[] v = repaired(raw);
        ParameterValues values;
        try {
            values = build(v);
        } catch (InputException e) {
            failures.add("repaired vector still refused: " + e.getMessage());
            return refused;
        }
        try {
            PlazaModel.run(new RunConfig("corner", values, seed, UNTIL, SCALE), (month, row) -> {
                for (double x : row) {
                    if (!Double.isFinite(x)) {
                        throw new IllegalStateException("non-finite output " + x + " in " + month);
                    }
                }
            });
        } catch (NonFiniteOutputException e) {
            failures.add(e.getMessage() + " (seed " + seed + ") with " + describe(v));
        } catch (RuntimeException e) {
            failures.add(e + " (seed " + seed + ") with " + describe(v));
        }
        return refused;
    }

    private static double[] defaults() {
        double[] v = new double[ParameterCatalog.size()];
        for (Parameter p : ParameterCatalog.all()) {
            v[p.index] = p.defaultValue();
        }
        return v;
    }

    private static ParameterValues build(double[] v) {
        ParameterValues.Builder b = ParameterValues.builder();
        for (Parameter p : ParameterCatalog.all()) {
            b.set(p, v[p.index], "");
        }
        return b.build();
    }

    /** Brings a vector within the rules between parameters, changing as little as it can. */
    private static double[] repaired(double[] raw) {
        double[] v = raw.clone();
        Parameter[] shares = {FundingParameters.SHARE_EQUIPMENT, FundingParameters.SHARE_JUDICIAL,
                FundingParameters.SHARE_ECONOMIC, FundingParameters.SHARE_TRAINING};
        double sum = 0;
        for (Parameter p : shares) {
            sum += v[p.index];
        }
        for (Parameter p : shares) {
            v[p.index] = sum > 0 ? v[p.index] / sum : 0.25;
        }
        // the last share takes the rounding, so the four sum to 1 to the last bit the rule checks
        double rest = 1;
        for (int i = 0; i < shares.length - 1; i++) {
            rest -= v[shares[i].index];
        }
        v[shares[shares.length - 1].index] = Math.max(0, rest);
        capSum(v, FundingParameters.REALLOC_JUDICIAL, FundingParameters.REALLOC_ECONOMIC, 1);
        capSum(v, MarketParameters.COCAINE_SHARE_OF_HARD, MarketParameters.METH_SHARE_OF_HARD, 1);
        double force = v[MilitaryParameters.FORCE_SIZE.index];
        for (Parameter p : new Parameter[] {MilitaryParameters.TROOPS, MilitaryParameters.TROOPS_2007, MilitaryParameters.TROOPS_2009}) {
            v[p.index] = Math.min(v[p.index], force);
        }
        double leak = v[JusticeParameters.CORRUPTION_INITIAL.index] * v[JusticeParameters.LEAK_GIVEN_CORRUPT.index];
        if (leak > ParameterRules.MAX_LEAK_2007) {
            v[JusticeParameters.LEAK_GIVEN_CORRUPT.index] = ParameterRules.MAX_LEAK_2007
                    / v[JusticeParameters.CORRUPTION_INITIAL.index];
        }
        return v;
    }

    private static void capSum(double[] v, Parameter a, Parameter b, double cap) {
        double s = v[a.index] + v[b.index];
        if (s > cap) {
            v[a.index] *= cap / s;
            v[b.index] *= cap / s;
        }
    }

    private static String describe(double[] v) {
        StringBuilder sb = new StringBuilder();
        for (Parameter p : ParameterCatalog.all()) {
            if (v[p.index] != p.defaultValue()) {
                sb.append(' ').append(p.name()).append('=').append(v[p.index]);
            }
        }
        return sb.toString().trim();
    }

    @Test
    void theIssuesExamplesAreFiniteOrRefused() {
        double[] v = defaults();
        v[OrganizationParameters.BRIBE_SHARE.index] = 0;
        List<String> failures = new ArrayList<>();
        check(v, 1, failures);
        v = defaults();
        v[OrganizationParameters.ARMS_SHARE.index] = 0;
        check(v, 1, failures);
        assertEquals(List.of(), failures);
    }

    @Test
    void aNonFiniteOutputFailsTheRun() {
        // the guard itself: a row with NaN is refused with its month and column
        double[] row = new double[plaza.output.Metric.values().length];
        row[plaza.output.Metric.LETHALITY_INDEX.ordinal()] = Double.NaN;
        try {
            NonFiniteOutputException.check(YearMonth.of(2008, 3), row);
            fail("NaN passed");
        } catch (NonFiniteOutputException e) {
            assertTrue(e.getMessage().contains("lethality_index") && e.getMessage().contains("2008-03"), e.getMessage());
        }
    }
}
