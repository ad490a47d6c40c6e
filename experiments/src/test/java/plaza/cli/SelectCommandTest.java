package plaza.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plaza select} on the model, where the best candidate is known: troops in 2009 are an input,
 * so the candidate with the fewest planned troops has the fewest troops deployed in 2009 in every
 * replication, and the procedure must choose it after its first stage (no noise to separate).
 */
class SelectCommandTest {

    @TempDir
    Path tmp;

    @Test
    void choosesTheKnownBestAndWritesTheRankingItStates() throws IOException {
        Path out = tmp.resolve("sel");
        Cli.Result r = Cli.run("select", "--outcome", "troops_deployed", "--period", "2009-01:2009-12",
                "--vary", "military.troops_deployed_2009=60000,20000,40000", "--n0", "5", "--scale", "1000",
                "--threads", "2", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Chosen: baseline [military.troops_deployed_2009=20000], smallest troops_deployed 2009-01:2009-12"), r.out());
        assertTrue(r.out().contains("With probability at least 0.9, it is within 2% of the candidates' mean"), r.out());
        assertTrue(r.out().contains("Runs spent: 15 "), r.out());
        List<String> csv = Files.readAllLines(out.resolve("selection.csv"));
        assertEquals(4, csv.size());
        assertTrue(csv.get(0).startsWith("rank,candidate,scenario,military.troops_deployed_2009,replications,mean"), csv.get(0));
        assertTrue(csv.get(1).startsWith("1,baseline [military.troops_deployed_2009=20000],baseline,20000,5,"), csv.get(1));
        assertTrue(csv.get(1).contains(",chosen,"), csv.get(1));
        assertTrue(csv.get(2).contains(",40000,5,") && csv.get(2).endsWith(",eliminated,5"), csv.get(2));
        assertTrue(csv.get(3).contains(",60000,5,"), csv.get(3));
        assertTrue(Files.readString(out.resolve("selection.md")).contains("| 1 | baseline [military.troops_deployed_2009=20000] | 5 |"));

        Cli.Result max = Cli.run("select", "--outcome", "troops_deployed", "--period", "2009-01:2009-12", "--maximize",
                "--vary", "military.troops_deployed_2009=60000,20000", "--n0", "5", "--scale", "1000", "--out", tmp.resolve("max").toString());
        assertEquals(0, max.code(), max.err());
        assertTrue(max.out().startsWith("Chosen: baseline [military.troops_deployed_2009=60000], largest"), max.out());
    }

    @Test
    void badInputIsRefusedWithTheNearestNames() {
        Cli.Result r = Cli.run("select", "--outcome", "homicide", "--vary", "military.troops_deployed_2009=1,2");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown metric 'homicide'; nearest valid names: homicides"), r.err());
        Cli.Result d = Cli.run("select", "--delta", "abc", "--vary", "military.troops_deployed_2009=1,2");
        assertEquals(2, d.code());
        assertTrue(d.err().contains("--delta 'abc' is not a number or a percent"), d.err());
        Cli.Result one = Cli.run("select", "--n0", "5", "--scale", "1000", "--period", "2007-01:2007-02");
        assertEquals(2, one.code());
        assertTrue(one.err().contains("at least two candidates"), one.err());
    }
}
