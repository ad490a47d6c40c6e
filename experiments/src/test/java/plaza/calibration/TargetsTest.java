package plaza.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.params.InputException;

/** The targets table: the project's table loads and covers the required targets; bad tables are rejected. */
class TargetsTest {

    @TempDir
    Path tmp;

    @Test
    void computedBoundsAreShownAsAReaderReadsThem() {
        Target revenue = Targets.load(Path.of("../seeds/targets.csv")).stream()
                .filter(t -> t.id().equals("drug_revenue_2008")).findFirst().orElseThrow();
        assertEquals("5.525 to 7.475", revenue.rangeText(plaza.params.ParameterValues.defaults()), "0.85 and 1.15 x 6.5");
        assertEquals("1400", Target.shown(1400.0));
        assertEquals("0.984", Target.shown(0.984));
    }

    @Test
    void projectTableLoadsAndCoversTheRequiredTargets() {
        List<Target> targets = Targets.load(Path.of("../seeds/targets.csv"));
        Set<String> ids = targets.stream().map(Target::id).collect(Collectors.toSet());
        for (String id : List.of("major_dtos_start", "major_dtos_2010", "homicides_2008", "homicides_2010",
                "homicides_2007_2010", "homicides_growth_2005_2010", "extraditions_2006", "extraditions_2007",
                "troops_2007", "troops_2009", "desertions_per_year", "complaints_2006", "complaints_2007",
                "complaints_growth_2006_2009", "impunity", "reporting", "violence_concentration", "drug_revenue_2008",
                "hard_drug_share", "mexico_spending", "merida_total", "merida_equipment_share", "merida_judicial_share")) {
            assertTrue(ids.contains(id), id);
        }
        for (Target t : targets) {
            assertTrue(t.source().matches("\\d{3}:\\d+.*"), t.id() + " cites a report line: " + t.source());
        }
    }

    @Test
    void badTablesNameFileAndLine() throws IOException {
        String ok = "a,total,homicides,2008,1,2,1,u,001:1,n";
        bad("unknown output column 'homicide'", ok, "b,total,homicide,2008,1,2,1,u,001:1,n");
        bad("period '2008-13'", ok, "b,total,homicides,2008-13,1,2,1,u,001:1,n");
        bad("starts before the simulation", ok, "b,total,homicides,1994,1,2,1,u,001:1,n");
        bad("unknown parameter 'market.revenue'", ok, "b,total,homicides,2008,0.9*market.revenue,,1,u,001:1,n");
        bad("neither a low nor a high bound", ok, "b,total,homicides,2008,,,1,u,001:1,n");
        bad("unknown statistic 'median'", ok, "b,median,homicides,2008,1,2,1,u,001:1,n");
        bad("appears twice", ok, ok);
        bad("Merida category 'aircraft'", ok, "b,merida_share,aircraft,FY2008..FY2010,0,1,1,u,001:1,n");
        bad("is above high bound", ok, "b,total,homicides,2008,3,2,1,u,001:1,n");
        bad("unknown plaza 'JUAREZ'", ok, "b,total,homicides@JUAREZ,2008,1,2,1,u,001:1,n");
        bad("unknown plaza column 'homicide'", ok, "b,total,homicide@CHIH,2008,1,2,1,u,001:1,n");
        bad("unknown plaza column 'controller'", ok, "b,total,controller@CHIH,2008,1,2,1,u,001:1,n");
        bad("unknown plaza ''", ok, "b,ratio,homicides@CHIH/homicides@,2008,1,2,1,u,001:1,n");
    }

    private void bad(String expected, String... rows) throws IOException {
        Path f = CalibrationTestSupport.table(tmp, "t.csv", rows);
        InputException e = assertThrows(InputException.class, () -> Targets.load(f));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains(f.toString()), "names the file: " + e.getMessage());
        assertTrue(e.getMessage().contains(":3:"), "names the line: " + e.getMessage());
    }

    @Test
    void relativeBoundsFollowTheParameter() throws IOException {
        Path f = CalibrationTestSupport.table(tmp, "t.csv",
                "rev,total,dto_revenue_usd,2008,0.85*market.dto_gross_revenue_usd_billions_per_year,"
                        + "1.15*market.dto_gross_revenue_usd_billions_per_year,1e9,USD billions,001:581,n");
        Target t = Targets.load(f).get(0);
        plaza.params.ParameterValues base = plaza.params.ParameterValues.builder().build();
        plaza.params.ParameterValues high = base.toBuilder()
                .set("market.dto_gross_revenue_usd_billions_per_year", "20", "test: ").build();
        assertEquals(0.85 * 6.5, t.lowValue(base), 1e-9);
        assertEquals(17, t.lowValue(high), 1e-9);
        assertEquals(23, t.highValue(high), 1e-9);
    }
}
