package plaza.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import plaza.params.FundingParameters;
import plaza.params.InputException;
import plaza.params.IntelligenceParameters;
import plaza.params.MilitaryParameters;
import plaza.params.Parameter;
import plaza.params.ParameterCatalog;
import plaza.params.ParameterValues;
import sim.util.Interval;

/** The levers the classroom shows come from the catalog, and moving one keeps the parameter set valid. */
class LeversTest {

    private final Levers levers = new Levers();

    @Test
    void everyCatalogLeverIsShownWithTheCatalogsRange() {
        List<Parameter> expected = new ArrayList<>();
        for (Parameter p : ParameterCatalog.all()) {
            if (p.role() == Parameter.Role.LEVER && p != MilitaryParameters.TROOPS && p != MilitaryParameters.WITHDRAWN) {
                expected.add(p);
            }
        }
        assertEquals(new java.util.HashSet<>(expected), new java.util.HashSet<>(levers.all()),
                "every catalog lever, once, except the two paths built from levers shown");
        assertEquals(expected.size(), levers.size());
        // key levers in front, then grouped by policy area (areas never interleave)
        for (int i = 0; i < Levers.KEY.size(); i++) {
            assertTrue(Levers.KEY.contains(levers.get(i).name()), levers.get(i).name() + " is a key lever");
        }
        for (int i = 1; i < levers.size(); i++) {
            assertTrue(Levers.AREAS.indexOf(Levers.area(levers.get(i - 1))) <= Levers.AREAS.indexOf(Levers.area(levers.get(i))),
                    "grouped by area at " + levers.get(i).name());
        }
        ParameterValues[] current = {ParameterValues.defaults()};
        LeverProperties props = new LeverProperties(levers, () -> current[0], (p, v) -> { });
        for (int i = 0; i < levers.size(); i++) {
            Parameter p = levers.get(i);
            Interval domain = (Interval) props.getDomain(i);
            assertEquals(p.min(), domain.getMin().doubleValue(), 0, p.name());
            assertEquals(p.max(), domain.getMax().doubleValue(), 0, p.name());
            assertEquals(p.defaultValue(), ((Number) props.getValue(i)).doubleValue(), 1e-12, p.name());
            assertTrue(props.getDescription(i).contains(p.unit()), p.name() + " tooltip names the unit");
        }
        int year = levers.all().indexOf(MilitaryParameters.WITHDRAWAL_YEAR);
        assertEquals(Integer.TYPE, props.getType(year), "years are whole numbers");
        assertFalse(((Interval) props.getDomain(year)).isDouble());
    }

    @Test
    void movingOneMeridaShareRescalesTheOthersToSumToOne() {
        ParameterValues v = Levers.with(ParameterValues.defaults(), FundingParameters.SHARE_EQUIPMENT, 0.25);
        assertEquals(0.25, v.get(FundingParameters.SHARE_EQUIPMENT), 1e-12);
        double rest = v.get(FundingParameters.SHARE_JUDICIAL) + v.get(FundingParameters.SHARE_ECONOMIC)
                + v.get(FundingParameters.SHARE_TRAINING);
        assertEquals(0.75, rest, 1e-9);
        // the others keep their proportions: judicial and training were equal (0.20 each) and stay equal
        assertEquals(v.get(FundingParameters.SHARE_JUDICIAL), v.get(FundingParameters.SHARE_TRAINING), 1e-12);
        assertEquals(0.20 / 0.45 * 0.75, v.get(FundingParameters.SHARE_JUDICIAL), 1e-9);
    }

    @Test
    void aShareOfOneLeavesTheOthersAtZeroAndBackSplitsEvenly() {
        ParameterValues all = Levers.with(ParameterValues.defaults(), FundingParameters.SHARE_JUDICIAL, 1);
        assertEquals(0, all.get(FundingParameters.SHARE_EQUIPMENT), 1e-12);
        ParameterValues back = Levers.with(all, FundingParameters.SHARE_JUDICIAL, 0.4);
        assertEquals(0.2, back.get(FundingParameters.SHARE_EQUIPMENT), 1e-9);
        assertEquals(0.2, back.get(FundingParameters.SHARE_TRAINING), 1e-9);
    }

    @Test
    void aValueBreakingACatalogRuleIsRefusedWithTheReason() {
        ParameterValues half = Levers.with(ParameterValues.defaults(), FundingParameters.REALLOC_JUDICIAL, 0.7);
        InputException e = assertThrows(InputException.class,
                () -> Levers.with(half, FundingParameters.REALLOC_ECONOMIC, 0.5));
        assertTrue(e.getMessage().contains("must not exceed 1"), e.getMessage());
        assertThrows(InputException.class, () -> Levers.with(half, IntelligenceParameters.KINGPIN_INTENSITY, 11));
    }

    @Test
    void wholeUnitLeversAreRounded() {
        ParameterValues v = Levers.with(ParameterValues.defaults(), MilitaryParameters.WITHDRAWAL_YEAR, 2012.6);
        assertEquals(2013, v.get(MilitaryParameters.WITHDRAWAL_YEAR), 0);
    }

    @Test
    void theModelTabShowsTheLeversUnderAreaHeadingsAndTheValuesInForce() {
        ParameterValues[] current = {ParameterValues.defaults()};
        List<String> moved = new ArrayList<>();
        LeverProperties props = new LeverProperties(levers, () -> current[0], (p, v) -> {
            moved.add(p.name() + "=" + Parameter.format(v));
            current[0] = Levers.with(current[0], p, v);
        });
        LeverPanel wide = new LeverPanel(levers, props, 900);
        LeverPanel narrow = new LeverPanel(levers, props, 300);
        assertEquals(Levers.AREAS, wide.headings(), "every area under its heading, key levers first");
        assertTrue(wide.oneRow(), "a label beside its slider where there is room");
        assertFalse(narrow.oneRow(), "above it on a narrow console");
        java.awt.FontMetrics fm = narrow.getFontMetrics(new javax.swing.JLabel().getFont());
        for (javax.swing.JLabel l : narrow.labels()) {
            for (String line : l.getText().replaceAll("</?html>", "").split("<br>")) {
                assertTrue(fm.stringWidth(line) <= 300 - 24, "wrapped to the console: " + line);
            }
        }
        // a value typed into a field reaches the classroom, and the field shows the value in force
        int kingpin = levers.all().indexOf(IntelligenceParameters.KINGPIN_INTENSITY);
        props.setValue(kingpin, "2.5");
        assertEquals(List.of("policy.kingpin_intensity=2.5"), moved);
        assertEquals("1", narrow.shown(kingpin), "before the update: the default");
        narrow.update();
        assertEquals("2.5", narrow.shown(kingpin));
    }

    /**
     * A run shows its levers' values month by month (paths move them); MASON's slider reports every
     * move after its first as if dragged, rounded to a tick (fentanyl 2 became 1.98): none of that may
     * reach the classroom as a lever change.
     */
    @Test
    void showingValuesInForceNeverMovesALever() {
        ParameterValues[] current = {ParameterValues.defaults()};
        List<String> moved = new ArrayList<>();
        LeverProperties props = new LeverProperties(levers, () -> current[0], (p, v) -> moved.add(p.name() + "=" + v));
        LeverPanel panel = new LeverPanel(levers, props, 900);
        int fentanyl = levers.all().indexOf(plaza.params.SupplyParameters.FENTANYL_REVENUE);
        int troops = levers.all().indexOf(MilitaryParameters.TROOPS_2009);
        for (double v : new double[] {0, 0.5, 1.23, 2, 0.7, 0}) {
            current[0] = current[0].with(plaza.params.SupplyParameters.FENTANYL_REVENUE, v)
                    .with(MilitaryParameters.TROOPS_2009, Math.rint(v * 20_000));
            panel.update();
            assertEquals(Parameter.format(v), panel.shown(fentanyl), "the field shows the value in force");
            assertEquals(Parameter.format(Math.rint(v * 20_000)), panel.shown(troops));
        }
        assertEquals(List.of(), moved, "values shown are not lever changes");
    }

    @Test
    void labelsAreWordsWithAUnitAndTheTooltipKeepsTheName() {
        assertEquals("Leader targeting (\u00d7 2007)", LeverProperties.label(IntelligenceParameters.KINGPIN_INTENSITY));
        assertEquals("Extra U.S. treatment ($ billion a year)", LeverProperties.label(FundingParameters.TREATMENT_EXTRA));
        LeverProperties props = new LeverProperties(levers, ParameterValues::defaults, (p, v) -> { });
        for (int i = 0; i < levers.size(); i++) {
            assertFalse(props.getName(i).contains("_"), "a label in words: " + props.getName(i));
            assertTrue(props.getDescription(i).contains("<b>" + levers.get(i).name() + "</b>"), "the tooltip names " + levers.get(i).name());
        }
        assertEquals("Leader targeting: 1 \u2192 3 (\u00d7 2007)", Levers.say(IntelligenceParameters.KINGPIN_INTENSITY, 1, 3));
        // one move of a Merida share moves the other three: all named, in words for the class, in names for the event log
        ParameterValues before = ParameterValues.defaults();
        ParameterValues after = Levers.with(before, FundingParameters.SHARE_EQUIPMENT, 0.25);
        Levers.Change c = levers.change(FundingParameters.SHARE_EQUIPMENT, before, after);
        assertEquals("Merida share: equipment: 0.55 \u2192 0.25", c.marker());
        assertEquals(List.of("Merida share: equipment", "Merida share: judicial reform", "Merida share: economic aid",
                "Merida share: training"), c.names());
        assertTrue(c.said().startsWith("Merida share: equipment: 0.55 \u2192 0.25 (share); Merida share: judicial reform: 0.2 \u2192 0.333"), c.said());
        assertTrue(c.logged().startsWith("funding.merida_share_equipment: 0.55 \u2192 0.25; funding.merida_share_judicial"), c.logged());
    }

    /**
     * military.troops_deployed (plain value 0, never used) is the month-by-month path built from the
     * 2007 and 2009 levels: not a slider showing 0 beside the 2009 level's 45,000; the 2009 lever's
     * tooltip says what it builds.
     */
    @Test
    void theTroopPathIsSetThroughItsTwoLevels() {
        assertFalse(levers.all().contains(MilitaryParameters.TROOPS), "no slider for the built path");
        assertFalse(levers.all().contains(MilitaryParameters.WITHDRAWN), "nor for the withdrawal path");
        assertTrue(levers.all().contains(MilitaryParameters.TROOPS_2007) && levers.all().contains(MilitaryParameters.TROOPS_2009));
        LeverProperties props = new LeverProperties(levers, ParameterValues::defaults, (p, v) -> { });
        String tip = props.getDescription(levers.all().indexOf(MilitaryParameters.TROOPS_2009));
        assertTrue(tip.contains("it builds military.troops_deployed"), tip);
        long troopSliders = levers.all().stream().filter(p -> p.name().startsWith("military.troops_deployed")).count();
        assertEquals(2, troopSliders, "the 2007 and the 2009 level");
    }
}
