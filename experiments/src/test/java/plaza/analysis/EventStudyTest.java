package plaza.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.params.InputException;

/**
 * The event study recovers a known effect: synthetic runs of 8 plazas where a leader's removal in
 * plaza P raises its homicides by 5 a month from the event on, on top of a common trend and noise
 * (sd 1). Every month is measured from month -1, so that month's noise shifts the whole curve; the
 * test reads the jump (mean after minus mean over months -6..-2), 5 within 0.6: its standard error
 * over 20 runs is about 0.13, so a false alarm has probability below 1e-5. Each side must be flat
 * within 1.2 of its mean (one month's error has sd about 0.33: a miss is 3.6 sd, about 0.03% a month).
 */
class EventStudyTest {

    @TempDir
    Path tmp;

    private void run(Path dir, int seed) throws IOException {
        MersenneTwister rng = new MersenneTwister(seed);
        StringBuilder plazas = new StringBuilder("scenario,seed,month,plaza,homicides\n");
        StringBuilder events = new StringBuilder("scenario,seed,month,event,organization,plaza,detail,leader_plaza\n");
        YearMonth start = YearMonth.of(2007, 1);
        int eventMonth = 15 + seed % 5;
        String treated = "P" + (seed % 8);
        for (int t = 0; t < 40; t++) {
            double trend = 10 + 0.3 * t;
            for (int q = 0; q < 8; q++) {
                String p = "P" + q;
                double y = trend + q + rng.nextGaussian() + (p.equals(treated) && t >= eventMonth ? 5 : 0);
                plazas.append("s,").append(seed).append(',').append(start.plusMonths(t)).append(',').append(p).append(',').append(y).append('\n');
            }
        }
        // the arrest is recorded where it happened (X); the leader was based in the treated plaza
        events.append("s,").append(seed).append(',').append(start.plusMonths(eventMonth)).append(",leader_arrested,Org,X,leader,").append(treated).append('\n');
        events.append("s,").append(seed).append(',').append(start.plusMonths(eventMonth)).append(",succession,Org,").append(treated).append(",x,\n");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("plazas.csv"), plazas);
        Files.writeString(dir.resolve("events.csv"), events);
    }

    @Test
    void recoversAKnownEffectAroundTheEvent() throws IOException {
        for (int s = 1; s <= 20; s++) {
            run(tmp.resolve("seed-" + s), s);
        }
        EventStudy.Result r = EventStudy.of(tmp, "leader_removed", "homicides", -6, 12);
        assertEquals(20, r.events());
        assertEquals(20, r.runs());
        assertTrue(r.clusteredByRun());
        assertEquals(19, r.rows().size());
        // every month is measured from month -1, whose own noise shifts the whole curve alike, so the
        // test reads the jump: mean effect after the event minus mean effect before it (months -6..-2)
        double pre = 0;
        double post = 0;
        for (EventStudy.Row row : r.rows()) {
            if (row.k() <= -2) {
                pre += row.effect() / 5;
            } else if (row.k() >= 0) {
                post += row.effect() / 13;
            }
            if (row.k() == -1) {
                assertEquals(0, row.effect(), 1e-9, "month -1 is the reference");
            } else {
                assertTrue(row.low() < row.effect() && row.effect() < row.high());
            }
        }
        assertEquals(5, post - pre, 0.6, "the jump at the event");
        for (EventStudy.Row row : r.rows()) {
            if (row.k() != -1) {
                assertEquals(row.k() < 0 ? pre : post, row.effect(), 1.2, "flat on each side of the event, month " + row.k());
            }
        }
        Path png = EventStudyOutput.write(r, tmp.resolve("out"));
        List<String> csv = Files.readAllLines(tmp.resolve("out/eventstudy-leader_removed-homicides.csv"));
        assertEquals("relative_month,events,runs,effect,ci90_low,ci90_high,treated_mean,control_mean", csv.get(0));
        assertEquals(20, csv.size());
        assertTrue(csv.get(1).startsWith("-6,20,20,"));
        assertTrue(Files.size(png) > 10_000);
    }

    @Test
    void clearErrorsForUnknownEventsColumnsAndWindows() throws IOException {
        run(tmp.resolve("one"), 1);
        InputException e = assertThrows(InputException.class, () -> EventStudy.of(tmp.resolve("one"), "plaza_taken", "homicides", -6, 12));
        assertTrue(e.getMessage().contains("no 'plaza_taken' event"), e.getMessage());
        e = assertThrows(InputException.class, () -> EventStudy.of(tmp.resolve("one"), "leader_removed", "homicide", -6, 12));
        assertTrue(e.getMessage().contains("no column 'homicide'"), e.getMessage());
        e = assertThrows(InputException.class, () -> EventStudy.of(tmp.resolve("one"), "leader_removed", "homicides", 0, 12));
        assertTrue(e.getMessage().contains("must include the month before the event"), e.getMessage());
    }
}
