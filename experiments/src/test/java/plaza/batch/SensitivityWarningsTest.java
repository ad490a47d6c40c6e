package plaza.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.analysis.SensitivityCharts;

/** Sensitivity results that warn before they mislead, and their charts (issue 24). */
class SensitivityWarningsTest {

    @TempDir
    Path tmp;

    @Test
    void aParameterThatActsNowhereIsFlaggedAndTheChartPlotsTheIndices() throws IOException {
        // police.reform_strength acts only after a withdrawal, which the baseline has not: its effects are exactly 0
        ExperimentDefinition def = new ExperimentDefinition().design(DesignKind.MORRIS).samples(3).replications(1);
        def.until(YearMonth.of(2008, 6)).scale(1000);
        def.vary(Factor.parseOption("police.reform_strength=0:1")).vary(Factor.parseOption("policy.kingpin_intensity=0:2"));
        def.outcomes = List.of(plaza.output.Metric.HOMICIDES);
        BatchSpec spec = BatchSpec.resolve(def, TestProject.scenarios());
        Path dir = tmp.resolve("m");
        BatchRunner.run(spec, dir, 2, false);
        Map<String, CSVRecord> rows = new HashMap<>();
        try (Reader r = Files.newBufferedReader(dir.resolve("sensitivity.csv"));
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            for (CSVRecord rec : p) {
                rows.put(rec.get("parameter"), rec);
            }
        }
        assertEquals(SensitivityAnalysis.INERT, rows.get("police.reform_strength").get("warning"));
        assertEquals("0", rows.get("police.reform_strength").get("mu_star"));
        assertTrue(Double.parseDouble(rows.get("policy.kingpin_intensity").get("mu_star")) > 0, "kingpin targeting changes homicides");
        assertTrue(!rows.get("policy.kingpin_intensity").get("warning").equals(SensitivityAnalysis.INERT));

        List<Path> charts = SensitivityCharts.write(dir);
        assertEquals(List.of(dir.resolve("charts/sensitivity-baseline-homicides.png")), charts);
        List<String> plotted = Files.readAllLines(dir.resolve("charts/sensitivity-baseline-homicides.csv"));
        assertEquals("series,label,x,y,warning", plotted.get(0));
        assertTrue(plotted.get(1).startsWith("morris,police.reform_strength,0,"), plotted.get(1));
        assertTrue(plotted.get(2).startsWith("morris,policy.kingpin_intensity," + rows.get("policy.kingpin_intensity").get("mu_star") + ","
                + rows.get("policy.kingpin_intensity").get("sigma")), plotted.get(2));
    }

    @Test
    void wideIntervalsAndNoisySigmaAreWarnedAbout() {
        SensitivityAnalysis.SobolIndex wide = new SensitivityAnalysis.SobolIndex(16, 0.2, -0.3, 0.6, 0.3, 0.0, 0.7);
        assertTrue(wide.warning(16).startsWith("sample too small: a 95% interval (-0.3 to 0.6)"), wide.warning(16));
        SensitivityAnalysis.SobolIndex tight = new SensitivityAnalysis.SobolIndex(1024, 0.5, 0.45, 0.55, 0.6, 0.55, 0.65);
        assertEquals("", tight.warning(1024));
        SensitivityAnalysis.MorrisIndex noisy = new SensitivityAnalysis.MorrisIndex(10, 1, 2, 3);
        assertTrue(noisy.warning(1).startsWith("sigma above mu* with one replication"));
        assertEquals("", noisy.warning(2));
    }
}
