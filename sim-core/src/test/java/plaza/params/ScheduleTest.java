package plaza.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** Lever paths: the written form, stepping and interpolation, the paths built from aliases, and errors. */
class ScheduleTest {

    private static final Parameter TROOPS = MilitaryParameters.TROOPS;

    @Test
    void stepHoldsEachValueUntilTheNextPoint() {
        Schedule s = Schedule.parse("2008: 1, 2010-07: 3", BorderParameters.AML_INTENSITY, "x: ");
        assertEquals(Schedule.Mode.STEP, s.mode());
        assertEquals(1, s.valueAt(YearMonth.of(2006, 1)), "before the first point the first value holds");
        assertEquals(1, s.valueAt(YearMonth.of(2010, 6)));
        assertEquals(3, s.valueAt(YearMonth.of(2010, 7)));
        assertEquals(3, s.valueAt(YearMonth.of(2030, 12)));
    }

    @Test
    void linearInterpolatesMonthByMonth() {
        Schedule s = Schedule.parse("2006-12: 0, 2007: 12000, 2009: 45000 ~linear", TROOPS, "x: ");
        assertEquals(0, s.valueAt(YearMonth.of(2006, 12)));
        assertEquals(12000, s.valueAt(YearMonth.of(2007, 1)));
        assertEquals(12000 + 33000 * 6 / 24.0, s.valueAt(YearMonth.of(2007, 7)), 1e-9);
        assertEquals(45000, s.valueAt(YearMonth.of(2009, 1)));
        assertEquals(45000, s.valueAt(YearMonth.of(2015, 1)));
        assertEquals("2006-12: 0, 2007-01: 12000, 2009-01: 45000 ~linear", s.text());
        assertEquals(s.text(), Schedule.parse(s.text(), TROOPS, "").text(), "the written form reads back");
    }

    @Test
    void theWrittenTroopPathReproducesTheAliasesExactly() {
        ParameterValues alias = ParameterValues.defaults();
        ParameterValues written = ParameterValues.builder().set(TROOPS.name(),
                "2006-11: 0, 2007-03: 12000, 2007-12: 12000, 2008-12: 45000 ~linear", "x: ").build();
        assertNull(alias.writtenPath(TROOPS));
        for (YearMonth m = YearMonth.of(2005, 1); !m.isAfter(YearMonth.of(2012, 12)); m = m.plusMonths(1)) {
            assertEquals(alias.at(TROOPS, m), written.at(TROOPS, m), "troops in " + m);
        }
        assertEquals(6000, alias.at(TROOPS, YearMonth.of(2007, 1)), "ramped in over four months from December 2006 (000:17)");
        assertEquals(45000, alias.at(TROOPS, YearMonth.of(2010, 1)), "004:65");
    }

    @Test
    void aliasesStillBuildTheStepPaths() {
        ParameterValues v = ParameterValues.builder().set(GunParameters.CONTROL, 0.75, "a: ")
                .set(GunParameters.CONTROL_YEAR, 2011, "b: ").build();
        assertEquals(0, v.at(GunParameters.CONTROL, YearMonth.of(2010, 12)));
        assertEquals(0.75, v.at(GunParameters.CONTROL, YearMonth.of(2011, 1)));
        ParameterValues path = ParameterValues.builder().set(GunParameters.CONTROL.name(), "2007: 0, 2011: 0.75, 2014: 0.25", "c: ").build();
        assertEquals(0.75, path.at(GunParameters.CONTROL, YearMonth.of(2013, 12)));
        assertEquals(0.25, path.at(GunParameters.CONTROL, YearMonth.of(2014, 1)), "a programme that is cut");
        ParameterValues w = ParameterValues.builder().set(MilitaryParameters.WITHDRAWAL_YEAR, 2012, "")
                .set(MilitaryParameters.WITHDRAWAL_MONTHS, 36, "").build();
        assertEquals(0, w.at(MilitaryParameters.WITHDRAWN, YearMonth.of(2011, 12)));
        assertEquals(1 / 36.0, w.at(MilitaryParameters.WITHDRAWN, YearMonth.of(2012, 1)));
        assertEquals(1, w.at(MilitaryParameters.WITHDRAWN, YearMonth.of(2015, 1)));
    }

    @Test
    void anyLeverIsResolvedForTheMonth() {
        ParameterValues v = ParameterValues.builder().set(MilitaryParameters.POLICE_REFORM.name(), "2010: 0, 2012: 1 ~linear", "").build();
        assertEquals(0.5, v.at(YearMonth.of(2011, 1)).get(MilitaryParameters.POLICE_REFORM));
        assertEquals(1, v.at(YearMonth.of(2013, 1)).get(MilitaryParameters.POLICE_REFORM));
        assertEquals(0, v.plain(MilitaryParameters.POLICE_REFORM), "the plain value is kept for metadata");
    }

    @Test
    void errorsNameThePlaceThePointAndTheRange() {
        InputException range = assertThrows(InputException.class, () -> ParameterValues.builder()
                .set(GunParameters.CONTROL.name(), "2007: 0, 2011: 1.5", "f.scenario:3: "));
        assertTrue(range.getMessage().startsWith("f.scenario:3: point 2 (2011-01)"), range.getMessage());
        assertTrue(range.getMessage().contains("[0, 1]"), range.getMessage());
        InputException order = assertThrows(InputException.class, () -> ParameterValues.builder()
                .set(GunParameters.CONTROL.name(), "2011: 0, 2009: 1", "f:1: "));
        assertTrue(order.getMessage().contains("point 2") && order.getMessage().contains("increase"), order.getMessage());
        InputException date = assertThrows(InputException.class, () -> ParameterValues.builder()
                .set(GunParameters.CONTROL.name(), "2011-13: 1", "f:1: "));
        assertTrue(date.getMessage().contains("point 1") && date.getMessage().contains("not a month"), date.getMessage());
        InputException marker = assertThrows(InputException.class, () -> ParameterValues.builder()
                .set(GunParameters.CONTROL.name(), "2011: 1 ~smooth", "f:1: "));
        assertTrue(marker.getMessage().contains("~linear"), marker.getMessage());
        InputException alias = assertThrows(InputException.class, () -> ParameterValues.builder()
                .set(GunParameters.CONTROL_YEAR.name(), "2011: 2012", "f:1: "));
        assertTrue(alias.getMessage().contains("write the path for 'policy.gun_control_intensity'"), alias.getMessage());
        InputException notLever = assertThrows(InputException.class, () -> ParameterValues.builder()
                .set(GunParameters.PRICE.name(), "2011: 2000", "f:1: "));
        assertTrue(notLever.getMessage().contains("not a lever"), notLever.getMessage());
        InputException shares = assertThrows(InputException.class, () -> ParameterValues.builder()
                .set(FundingParameters.SHARE_EQUIPMENT.name(), "2007: 0.55, 2012: 0.3", "f:1: ").build());
        assertTrue(shares.getMessage().contains("in 2012-01") && shares.getMessage().contains("sum to 1"), shares.getMessage());
    }

    @Test
    void aWrittenPathTakesOverFromItsFirstPoint() {
        ParameterValues v = ParameterValues.builder().set(GunParameters.CONTROL, 0.75, "a: ").set(GunParameters.CONTROL_YEAR, 2011, "b: ")
                .set(GunParameters.CONTROL.name(), "2013: 1", "c: ").build();
        assertEquals(0, v.at(GunParameters.CONTROL, YearMonth.of(2010, 6)), "before the aliases' year: off");
        assertEquals(0.75, v.at(GunParameters.CONTROL, YearMonth.of(2012, 6)), "then the path the aliases build");
        assertEquals(1, v.at(GunParameters.CONTROL, YearMonth.of(2013, 1)), "then the written path");
        ParameterValues t = ParameterValues.builder().set(TROOPS.name(), "2012: 30000", "").build();
        assertEquals(45000, t.at(TROOPS, YearMonth.of(2011, 12)), "the Calderon deployment until the written cut");
        assertEquals(30000, t.at(TROOPS, YearMonth.of(2012, 1)));
        ParameterValues r = ParameterValues.builder().set(MilitaryParameters.POLICE_REFORM, 0.5, "")
                .set(MilitaryParameters.POLICE_REFORM.name(), "2012: 1", "").build();
        assertEquals(0.5, r.at(MilitaryParameters.POLICE_REFORM, YearMonth.of(2011, 1)), "a lever without aliases: its plain value");
    }

    @Test
    void meridaFollowsAPathByFiscalYear() {
        ParameterValues v = ParameterValues.builder()
                .set(FundingParameters.MERIDA_LATER.name(), "2011-10: 400, 2012-01: 100", "").build();
        double fy2012 = plaza.funding.MeridaInitiative.appropriation(2012, v)[0];
        double fy2013 = plaza.funding.MeridaInitiative.appropriation(2013, v)[0];
        assertEquals(400 * 0.55, fy2012, 1e-9, "a change in January takes effect with the next fiscal year");
        assertEquals(100 * 0.55, fy2013, 1e-9);
        ParameterValues split = ParameterValues.builder().set(FundingParameters.SHARE_EQUIPMENT.name(), "2008-10: 0.35", "")
                .set(FundingParameters.SHARE_TRAINING.name(), "2008-10: 0.40", "").build();
        assertEquals(1400 / 3.0 * 0.20, plaza.funding.MeridaInitiative.appropriation(2008, split)[1], 1e-9, "FY2008: as appropriated");
        assertEquals(1400 / 3.0 * 0.40, plaza.funding.MeridaInitiative.appropriation(2009, split)[1], 1e-9, "FY2009: the vetting split");
    }
}
