package plaza.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import plaza.bench.NaiveMasonPeer;
import plaza.model.RunConfig;

/** What {@code plaza bench} prints says what it ran: the simulated period, the runs behind each median, the peer beside the model. */
class BenchCommandTest {

    @Test
    void benchSaysWhatItSimulatesAndHowManyRunsEachMedianHas() {
        Cli.Result r = Cli.run("bench", "--runs", "3", "--scale-runs", "3", "--warmup", "1", "--warmup-seconds", "0", "--scales", "1000", "--peer");
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(out.contains("simulated from 1995-01 to 2012-12 (216 months; a run's files start at 2007-01)"), out);
        assertTrue(out.contains("(min ") && out.contains("3 runs after 1 warm-up runs"), out);
        Matcher row = Pattern.compile("(?m)^ *1000 +1 +3 +([0-9.]+) +([0-9.]+) +([0-9.]+) +([0-9]+) .* ([0-9.]+)x$").matcher(out);
        assertTrue(row.find(), "no row for scale 1000 with 3 runs and a peer ratio:\n" + out);
        double median = Double.parseDouble(row.group(1));
        double min = Double.parseDouble(row.group(2));
        double max = Double.parseDouble(row.group(3));
        assertTrue(min <= median && median <= max, out);
        assertTrue(Long.parseLong(row.group(4)) > 0, "person-agent-months must be counted: " + out);
        assertTrue(out.contains("the same 216 months"), out);
    }

    @Test
    void warmUpLastsItsSecondsAsWellAsItsRuns() {
        RunConfig c = RunConfig.of("baseline", Project.scenarios().load("baseline").values(), 1).withScale(1000).withUntil(java.time.YearMonth.of(2007, 1));
        assertEquals(2, BenchCommand.warmUp(c, 2, 0), "no seconds asked: exactly the runs asked");
        long t0 = System.nanoTime();
        int n = BenchCommand.warmUp(c, 1, 0.5);
        assertTrue(System.nanoTime() - t0 >= 500_000_000L, "the warm-up took its half second");
        assertTrue(n > 1, "short runs are repeated until the half second is over: " + n);
    }

    @Test
    void badCountsAreRefusedWithExit2() {
        Cli.Result r = Cli.run("bench", "--runs", "0");
        assertEquals(2, r.code(), r.out() + r.err());
    }

    @Test
    void thePeerStepsEveryPersonMonthlyWithItsHazard() {
        // 2,000 persons x 24 months at 2%: 960 leave on average, sd about 31; 960 +/- 155 (5 sd) fails by chance < 1e-6
        long left = NaiveMasonPeer.run(7, 2_000, 24);
        assertTrue(Math.abs(left - 960) < 155, "left " + left);
    }
}
