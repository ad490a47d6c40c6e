package plaza.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Every lever has a short label and unit a class can read; no label is stale or shared by two levers. */
class LeverLabelsTest {

    @Test
    void everyLeverHasAShortDistinctLabel() {
        Map<String, String> seen = new HashMap<>();
        for (Parameter p : ParameterCatalog.all()) {
            if (p.role() != Parameter.Role.LEVER) {
                continue;
            }
            LeverLabels.Label l = LeverLabels.of(p);
            assertNotNull(l, p.name() + " has a label");
            assertFalse(l.text().isBlank() || l.unit().isBlank(), p.name());
            assertTrue(l.text().length() <= 40, p.name() + ": '" + l.text() + "' is short");
            assertFalse(l.text().contains("_"), p.name() + ": words, not a code name: " + l.text());
            String other = seen.put(l.text(), p.name());
            assertNull(other, "'" + l.text() + "' names both " + other + " and " + p.name());
        }
    }

    @Test
    void labelsNameOnlyLevers() {
        for (String name : LeverLabels.named()) {
            assertEquals(Parameter.Role.LEVER, ParameterCatalog.byName(name, "test").role(), name + " is a lever");
        }
        assertNull(LeverLabels.of(ParameterCatalog.byName("military.local_suppression", "test")), "not a lever");
    }

    @Test
    void labelsReadAsWords() {
        assertEquals("Leader targeting (\u00d7 2007)", LeverLabels.of(IntelligenceParameters.KINGPIN_INTENSITY).toString());
        assertEquals("Troops deployed from 2009 (troops)", LeverLabels.of(MilitaryParameters.TROOPS_2009).toString());
        assertEquals("Extra troops in Sinaloa", LeverLabels.of(ParameterCatalog.byName("military.surge.sin", "test")).text());
        assertEquals("Inspection at Tamaulipas crossings", LeverLabels.of(ParameterCatalog.byName("border.inspection.tamps", "test")).text());
    }
}
