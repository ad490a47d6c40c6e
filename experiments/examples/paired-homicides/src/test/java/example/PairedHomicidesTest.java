package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.api.Batch;
import plaza.api.BatchResult;
import plaza.api.Comparison;
import plaza.api.Difference;
import plaza.output.Metric;

/**
 * Runs the example as a user would (its main, three seeds) and checks what it prints: one line per
 * seed whose difference is the scenario minus the baseline, and a mean paired difference equal to
 * the one Plaza's own comparison computes from a batch of the same seeds.
 */
class PairedHomicidesTest {

    @Test
    void printsThePairedDifferenceThatPlazasComparisonFinds(@TempDir Path tmp) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            PairedHomicides.main(new String[] {"1", "2", "3"});
        } finally {
            System.setOut(stdout);
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);
        stdout.print(printed);
        List<String> lines = printed.lines().toList();
        assertEquals("homicides 2009-01 to 2012-12, merida-judicial-50 minus baseline, paired by seed", lines.get(0));
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            String[] cells = lines.get(2 + i).trim().split("\\s+");
            assertEquals(Integer.toString(i + 1), cells[0]);
            double base = Double.parseDouble(cells[1]);
            double scenario = Double.parseDouble(cells[2]);
            double difference = Double.parseDouble(cells[3]);
            assertTrue(base > 1000, "baseline homicides 2009-2012 for seed " + (i + 1) + ": " + base);
            assertEquals(scenario - base, difference, 0.11, lines.get(2 + i));
            sum += difference;
        }
        assertTrue(lines.get(5).startsWith("mean paired difference: ") && lines.get(5).endsWith("n = 3"), lines.get(5));
        double mean = Double.parseDouble(lines.get(5).replaceFirst("mean paired difference: (-?[0-9.]+) homicides.*", "$1"));
        assertEquals(sum / 3, mean, 0.1);

        // Plaza's comparison of a batch with the same seeds (replication r has seed r) finds the same mean
        BatchResult batch = Batch.of("baseline", "merida-judicial-50").replications(3).seed(1)
                .until(PairedHomicides.TO).run(tmp.resolve("batch"));
        assertEquals(0, batch.failed());
        Difference d = Comparison.of(batch.results()).metrics(Metric.HOMICIDES).period(PairedHomicides.FROM, PairedHomicides.TO)
                .differences().get(0);
        assertEquals("paired-t", d.test());
        assertEquals(d.difference(), mean, 0.05, "the example's mean paired difference is Plaza's comparison's");
    }
}
