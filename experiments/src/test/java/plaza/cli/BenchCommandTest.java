package plaza.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import plaza.bench.NaiveMasonPeer;

/** What {@code plaza bench} prints says what it ran: the simulated period, the runs behind each median, the peer beside the model. */
class BenchCommandTest {

    @Test
    void benchSaysWhatItSimulatesAndHowManyRunsEachMedianHas() {
        Cli.Result r = Cli.run("bench", "--runs", "3", "--scale-runs", "3", "--warmup", "1", "--scales", "1000", "--peer");
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(out.contains("simulated from 1995-01 to 2012-12 (216 months; a run's files start at 2007-01)"), out);
        assertTrue(out.contains("(min ") && out.contains("3 runs after 1 warm-up runs"), out);
        Matcher row = Pattern.compile("(?m)^ *1000 +3 +([0-9.]+) +([0-9.]+) +([0-9.]+) +([0-9]+) .* ([0-9.]+)x$").matcher(out);
        assertTrue(row.find(), "no row for scale 1000 with 3 runs and a peer ratio:\n" + out);
        double median = Double.parseDouble(row.group(1));
        double min = Double.parseDouble(row.group(2));
        double max = Double.parseDouble(row.group(3));
        assertTrue(min <= median && median <= max, out);
        assertTrue(Long.parseLong(row.group(4)) > 0, "person-agent-months must be counted: " + out);
        assertTrue(out.contains("the same 216 months"), out);
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
