package plaza.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The catalog: one declaration per name, with unit, range and provenance; bad values are refused. */
class ParameterCatalogTest {

    @Test
    void everyParameterIsFullyDeclared() {
        Set<String> names = new HashSet<>();
        for (Parameter p : ParameterCatalog.all()) {
            assertTrue(names.add(p.name()), "declared twice: " + p.name());
            assertFalse(p.unit().isBlank(), p.name() + " has no unit");
            assertFalse(p.source().isBlank(), p.name() + " has no source");
            assertFalse(p.description().isBlank(), p.name() + " has no description");
            assertTrue(p.allows(p.defaultValue()), p.name());
            if (p.status() == Parameter.Status.CITED || p.status() == Parameter.Status.DERIVED) {
                assertTrue(p.source().matches(".*\\b00[0-4]:\\d+.*"), p.name() + " cites no file:line: " + p.source());
            }
        }
    }

    @Test
    void unknownNameSuggestsNearestNames() {
        InputException e = assertThrows(InputException.class,
                () -> ParameterCatalog.byName("policy.kingpin_intesity", "x.scenario:3: "));
        assertTrue(e.getMessage().startsWith("x.scenario:3: unknown parameter 'policy.kingpin_intesity'"), e.getMessage());
        assertTrue(e.getMessage().contains("policy.kingpin_intensity"), e.getMessage());
    }

    @Test
    void outOfRangeValueNamesRangeAndUnit() {
        InputException e = assertThrows(InputException.class,
                () -> ParameterValues.builder().set("policy.marijuana_legal_share", "1.5", "f:2: "));
        assertEquals("f:2: value 1.5 for 'policy.marijuana_legal_share' is out of range; allowed [0, 1] share of U.S."
                + " marijuana demand", e.getMessage());
    }

    @Test
    void nonNumberIsRefused() {
        InputException e = assertThrows(InputException.class,
                () -> ParameterValues.builder().set("policy.kingpin_intensity", "lots", ""));
        assertTrue(e.getMessage().contains("'lots' is not a number"), e.getMessage());
    }

    @Test
    void meridaSharesMustSumToOne() {
        InputException e = assertThrows(InputException.class,
                () -> ParameterValues.builder().set(FundingParameters.SHARE_EQUIPMENT, 0.9, "").build());
        assertTrue(e.getMessage().contains("must sum to 1"), e.getMessage());
    }
}
