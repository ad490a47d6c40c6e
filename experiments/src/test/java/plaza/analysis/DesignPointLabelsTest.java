package plaza.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.batch.BatchRunner;
import plaza.batch.BatchSpec;
import plaza.batch.ExperimentDefinition;
import plaza.batch.Factor;
import plaza.scenario.ScenarioLibrary;

/**
 * A sweep's design points are named by their lever values, and the values are typed columns of
 * summary.csv and comparison.csv (issue 24: ranking a design needs no parsing of names).
 */
class DesignPointLabelsTest {

    private static final String JUDICIAL = "policy.merida_equipment_to_judicial";

    @TempDir
    Path tmp;

    @Test
    void designPointsAreLabelledAndKeyedByTheirValues() throws IOException {
        ScenarioLibrary lib = new ScenarioLibrary(Path.of("..", "scenarios"));
        ExperimentDefinition def = new ExperimentDefinition().replications(2);
        // to 2010-09: the reallocated FY2009 money is delivered from April 2010 (18-month lag), so the design
        // points differ (a comparison leaves out a point whose runs equal the baseline's)
        def.until(YearMonth.of(2010, 9)).scale(1000);
        def.vary(Factor.parseOption(JUDICIAL + "=0,0.5,1"));
        BatchSpec spec = BatchSpec.resolve(def, lib);
        Path batch = tmp.resolve("b");
        BatchRunner.run(spec, batch, 2, false);

        try (Reader r = Files.newBufferedReader(batch.resolve("summary.csv"));
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            assertEquals(List.of("scenario", "design_point", JUDICIAL, "month"), p.getHeaderNames().subList(0, 4));
            for (CSVRecord rec : p) {
                assertEquals(List.of("0", "0.5", "1").get(Integer.parseInt(rec.get("design_point")) - 1), rec.get(JUDICIAL));
            }
        }

        Comparison c = Comparison.of(List.of(batch), Comparison.Options.defaults());
        assertEquals("baseline [" + JUDICIAL + "=0]", c.baseline());
        Path out = tmp.resolve("cmp");
        c.write(out, lib);
        int rows = 0;
        try (Reader r = Files.newBufferedReader(out.resolve("comparison.csv"));
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            assertTrue(p.getHeaderNames().contains(JUDICIAL), p.getHeaderNames().toString());
            for (CSVRecord rec : p) {
                rows++;
                Map<String, Double> v = DesignLabels.values(rec.get("scenario"));
                assertEquals(Double.parseDouble(rec.get(JUDICIAL)), v.get(JUDICIAL), 0);
                assertTrue(rec.get("scenario").equals("baseline [" + JUDICIAL + "=0.5]")
                        || rec.get("scenario").equals("baseline [" + JUDICIAL + "=1]"), rec.get("scenario"));
            }
        }
        assertTrue(rows > 0);
        assertEquals("baseline", DesignLabels.scenario("baseline [" + JUDICIAL + "=0.5]"));
        assertEquals("kingpin-surge", DesignLabels.scenario("kingpin-surge#3"));
    }
}
