package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.api.RunOutputs;
import plaza.api.Scenarios;
import plaza.output.Metric;
import plaza.output.PlazaRow;

/**
 * Runs the example's main and checks its file by content: one row per month, the month's homicides
 * as the model records them, and the top-three share and most violent plaza recomputed from the
 * plaza rows of the same run kept in memory.
 */
class ViolenceConcentrationTest {

    @Test
    void writesTheConcentrationOfEveryMonth(@TempDir Path tmp) throws IOException {
        ViolenceConcentration.main(new String[] {"baseline", "1", "2009-12", tmp.toString()});
        List<String> lines = Files.readAllLines(tmp.resolve(ViolenceConcentration.FILE));
        assertEquals("month,homicides,top3_share,most_violent_plaza", lines.get(0));
        assertEquals(36 + 1, lines.size());

        RunOutputs out = Scenarios.bundled().load("baseline").run(1).until(YearMonth.of(2009, 12)).outputs();
        double shares = 0;
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split(",");
            YearMonth month = YearMonth.of(2007, 1).plusMonths(i - 1);
            assertEquals(month.toString(), c[0]);
            assertEquals(out.month(month).get(Metric.HOMICIDES), Double.parseDouble(c[1]), c[0]);
            List<PlazaRow> rows = out.plazas().get(month).stream()
                    .sorted(Comparator.comparingDouble(PlazaRow::homicides).reversed().thenComparing(PlazaRow::plaza)).toList();
            double all = rows.stream().mapToDouble(PlazaRow::homicides).sum();
            assertEquals(all, Double.parseDouble(c[1]), 1e-9 * all, "plaza homicides add up to the month's, " + c[0]);
            double share = Double.parseDouble(c[2]);
            assertEquals((rows.get(0).homicides() + rows.get(1).homicides() + rows.get(2).homicides()) / all, share, 1e-12, c[0]);
            assertEquals(rows.get(0).plaza(), c[3]);
            assertTrue(share > 3.0 / rows.size() && share <= 1, "three plazas hold more than an equal share: " + lines.get(i));
            shares += share;
        }
        System.out.printf("mean top-3 share of homicides 2007-2009, baseline seed 1: %.3f over %d plazas%n", shares / 36,
                out.plazas().get(YearMonth.of(2007, 1)).size());
    }
}
