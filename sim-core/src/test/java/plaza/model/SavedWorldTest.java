package plaza.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import plaza.output.Event;
import plaza.output.PlazaRow;
import plaza.output.RunListener;
import plaza.params.MilitaryParameters;
import plaza.params.ParameterValues;
import plaza.params.Schedule;
import plaza.testing.Runs;

/**
 * A saved world continues byte for byte as the uninterrupted run: every month's metrics (their
 * exact bits), every plaza row and every event, spin-up months included, for several seeds and
 * months at the default scale and at full scale (one person-agent per person). The whole model is
 * serialized, so a class added without {@code Serializable}, a field holding a non-serializable
 * lambda, or state that depends on object identity (an identity-hashed set iterated in order) fails
 * here, whichever class it is in.
 */
class SavedWorldTest {

    /** Every output of a run as text, exact bits for numbers. */
    static final class Capture implements RunListener {
        final List<String> lines = new ArrayList<>();

        private void row(String kind, YearMonth month, double[] values) {
            long[] bits = new long[values.length];
            for (int i = 0; i < values.length; i++) {
                bits[i] = Double.doubleToRawLongBits(values[i]);
            }
            lines.add(kind + " " + month + " " + Arrays.toString(bits));
        }

        @Override public void month(YearMonth month, double[] values) { row("month", month, values); }
        @Override public void spinUpMonth(YearMonth month, double[] values) { row("spin-up", month, values); }
        @Override public void plazas(YearMonth month, List<PlazaRow> rows) { lines.add("plazas " + month + " " + rows); }
        @Override public void spinUpPlazas(YearMonth month, List<PlazaRow> rows) { lines.add("plazas " + month + " " + rows); }
        @Override public void events(YearMonth month, List<Event> events) { lines.add("events " + month + " " + events); }
        @Override public void spinUpEvents(YearMonth month, List<Event> events) { lines.add("events " + month + " " + events); }
    }

    private static List<String> uninterrupted(RunConfig config) {
        Capture all = new Capture();
        PlazaModel.run(config, all);
        return all.lines;
    }

    /** Runs through {@code last}, saves, and continues a fresh copy from the bytes: the two captures joined. */
    private static List<String> resumed(RunConfig config, YearMonth last) {
        Capture before = new Capture();
        byte[] world = Checkpoint.save(Checkpoint.runThrough(config, last, before));
        Capture after = new Capture();
        Checkpoint.runFrom(world, config, after);
        List<String> out = new ArrayList<>(before.lines);
        out.addAll(after.lines);
        return out;
    }

    private static void assertSame(List<String> expected, List<String> actual, String what) {
        assertEquals(expected.size(), actual.size(), what + ": number of output lines");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), what + ": line " + i);
        }
    }

    @Test
    void aResumedWorldEqualsTheUninterruptedRunAtDefaultScale() {
        YearMonth until = YearMonth.of(2010, 12);
        for (long seed : new long[] {1, 4, 9}) {
            RunConfig config = new RunConfig("baseline", Runs.baseline(), seed, until, RunConfig.DEFAULT_SCALE);
            List<String> reference = uninterrupted(config);
            assertEquals(3 * 12 * 16, reference.size(), "the capture holds metrics, plazas and events of every month 1995-2010");
            for (YearMonth last : List.of(YearMonth.of(1995, 1), YearMonth.of(2000, 6), YearMonth.of(2006, 12),
                    YearMonth.of(2008, 3))) {
                assertSame(reference, resumed(config, last), "seed " + seed + " saved after " + last);
            }
        }
    }

    @Test
    void aResumedWorldEqualsTheUninterruptedRunAtFullScale() {
        RunConfig config = new RunConfig("baseline", Runs.baseline(), 2, YearMonth.of(2007, 6), 1);
        List<String> reference = uninterrupted(config);
        for (YearMonth last : List.of(YearMonth.of(2003, 2), YearMonth.of(2006, 12))) {
            assertSame(reference, resumed(config, last), "full scale, seed 2, saved after " + last);
        }
    }

    @Test
    void aWorldContinuesAsAScenarioWhoseLeversChangeLater() {
        ParameterValues base = Runs.baseline();
        // troops withdrawn from 2008: the same values as the baseline through 2007
        ParameterValues later = base.toBuilder().set(MilitaryParameters.WITHDRAWN,
                Schedule.step(0, YearMonth.of(2008, 1), 0.5, "test: "), "test: ").build();
        RunConfig config = new RunConfig("withdrawal", later, 3, YearMonth.of(2009, 12), RunConfig.DEFAULT_SCALE);
        byte[] world = Checkpoint.save(Checkpoint.runThrough(config.withParams(base), YearMonth.of(2006, 12), new Capture()));
        Capture continued = new Capture();
        Checkpoint.runFrom(world, config, continued);
        List<String> reference = uninterrupted(config);
        List<String> tail = reference.subList(reference.size() - continued.lines.size(), reference.size());
        assertSame(tail, continued.lines, "withdrawal continued from the baseline world of 2006-12");
        assertTrue(continued.lines.get(0).startsWith("month 2007-01"), continued.lines.get(0));
        // and the policy did change the run: the baseline continued from the same world differs
        Capture baseline = new Capture();
        Checkpoint.runFrom(world, config.withParams(base), baseline);
        assertTrue(!baseline.lines.equals(continued.lines), "the withdrawal changes the outputs after 2008");
    }

    @Test
    void aWorldRefusesARunThatDifferedBeforeIt() {
        ParameterValues base = Runs.baseline();
        RunConfig config = new RunConfig("baseline", base, 5, YearMonth.of(2008, 12), RunConfig.DEFAULT_SCALE);
        byte[] world = Checkpoint.save(Checkpoint.runThrough(config, YearMonth.of(2006, 12), new Capture()));
        ParameterValues earlier = base.toBuilder().set(MilitaryParameters.WITHDRAWN,
                Schedule.step(0, YearMonth.of(2004, 1), 0.5, "test: "), "test: ").build();
        IllegalArgumentException e = assertThrows(Checkpoint.CannotContinueException.class,
                () -> Checkpoint.resume(world, config.withParams(earlier), new Capture()));
        assertTrue(e.getMessage().contains("military.withdrawn_share in 2004-01"), e.getMessage());
        // a value the world never read may differ: the kingpin strategy's intensity is read from the 2006 offensive
        ParameterValues kingpin = base.toBuilder().set("policy.kingpin_intensity", "2006-12: 2", "test: ").build();
        Checkpoint.resume(Checkpoint.save(Checkpoint.runThrough(config, YearMonth.of(2006, 11), new Capture())), config.withParams(kingpin),
                new Capture());
        assertThrows(Checkpoint.CannotContinueException.class, () -> Checkpoint.resume(world, config.withParams(kingpin), new Capture()),
                "read in December 2006");
        IllegalArgumentException s = assertThrows(Checkpoint.CannotContinueException.class,
                () -> Checkpoint.resume(world, config.withSeed(6), new Capture()));
        assertTrue(s.getMessage().contains("seed 5"), s.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Checkpoint.resume(Arrays.copyOf(world, world.length / 2), config, new Capture()));
    }
}
