package plaza.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.scenario.ScenarioLibrary;

/** With many organizations the map legend stays short: small ones are grouped in one grey row. */
class MapLegendTest {

    @Test
    void smallOrganizationsAreGroupedSoTheLegendStaysShort() {
        System.setProperty("plaza.home", Path.of("..").toAbsolutePath().normalize().toString());
        ScenarioLibrary library = new ScenarioLibrary(Path.of("..", "scenarios"));
        // the kingpin surge splits organizations: by 2012 far more hold plazas than a legend can show
        PlazaModel m = new PlazaModel(new RunConfig("kingpin-surge", library.load("kingpin-surge").values(), 1,
                YearMonth.of(2012, 12), RunConfig.DEFAULT_SCALE), (month, row) -> { });
        m.start();
        Set<String> controllers = new HashSet<>();
        while (m.stepMonth()) {
            // run to the end
        }
        for (var z : m.plazas()) {
            if (z.controller() != null) {
                controllers.add(z.controller().name());
            }
        }
        assertTrue(controllers.size() > MapSnapshot.LEGEND_ROWS, "the case this test is about: " + controllers.size() + " organizations hold plazas");
        MapSnapshot s = MapSnapshot.of(m, new OrganizationColours(), m.month());
        assertTrue(s.legend().size() <= MapSnapshot.LEGEND_ROWS, "legend rows: " + s.legend().size());
        assertEquals(controllers.size() > MapSnapshot.LEGEND_ROWS ? MapSnapshot.LEGEND_ROWS : controllers.size(), s.legend().size());
        int plazas = s.legend().stream().mapToInt(MapSnapshot.LegendEntry::plazas).sum();
        long held = m.plazas().stream().filter(z -> z.controller() != null).count();
        assertEquals(held, plazas, "every held plaza is counted once in the legend");
        // colours a class can tell apart on a projector: no two rows alike, none the grey of unheld plazas
        for (int i = 0; i < s.legend().size(); i++) {
            for (int j = i + 1; j < s.legend().size(); j++) {
                double d = OrganizationColours.distance(s.legend().get(i).colour(), s.legend().get(j).colour());
                assertTrue(d >= 60, s.legend().get(i).name() + " and " + s.legend().get(j).name() + " differ by only " + (int) d);
            }
            assertTrue(OrganizationColours.distance(s.legend().get(i).colour(), OrganizationColours.NONE) >= 60, s.legend().get(i).name() + " looks unheld");
        }
        if (controllers.size() > MapSnapshot.LEGEND_ROWS) {
            MapSnapshot.LegendEntry last = s.legend().get(s.legend().size() - 1);
            assertTrue(last.name().endsWith("smaller organizations"), last.name());
            assertEquals(MapSnapshot.OTHERS, last.colour());
        }
    }

    @Test
    void thePaletteStaysDistinguishable() {
        OrganizationColours colours = new OrganizationColours();
        java.util.List<java.awt.Color> given = new java.util.ArrayList<>();
        for (int k = 0; k < 30; k++) {
            given.add(colours.of("organization-" + k));
        }
        assertEquals(given.get(3), colours.of("organization-3"), "an organization keeps its colour");
        for (int i = 0; i < given.size(); i++) {
            assertTrue(OrganizationColours.distance(given.get(i), OrganizationColours.NONE) >= 60, "colour " + i + " vs unheld grey");
            assertTrue(OrganizationColours.distance(given.get(i), MapSnapshot.OTHERS) >= 60, "colour " + i + " vs the others' grey");
            for (int j = 0; j < i; j++) {
                // the first twenty, a run's usual count, are told apart; later ones as far apart as the sequence allows
                assertTrue(OrganizationColours.distance(given.get(i), given.get(j)) >= (i < 20 ? 60 : 25), "colours " + j + " and " + i);
            }
        }
    }
}
