package plaza.params;

import java.time.YearMonth;
import java.util.List;

/**
 * The default paths of levers that used to be a level plus a start year (or a ramp), built from
 * those older parameters, which stay in the catalog as aliases. Each reproduces the rule the model
 * used to code by hand for that lever, so scenario files that set the older parameters run as before.
 */
final class LeverPaths implements java.io.Serializable {

    private LeverPaths() {}

    /** {@code off} before January of {@code year}, {@code level} from it (the old "from year Y" rule: in force when the calendar year is at least Y). */
    static Schedule fromYear(ParameterValues v, double off, Parameter level, Parameter year) {
        int y = (int) Math.ceil(v.plain(year));
        return Schedule.step(off, YearMonth.of(y, 1), v.plain(level), year.name() + " = " + Parameter.format(v.plain(year)) + ": ");
    }

    /** {@code off} before the fiscal year {@code fy} (starting the October before), {@code level} from it. */
    static Schedule fromFiscalYear(ParameterValues v, double off, Parameter level, Parameter fy) {
        int y = (int) Math.ceil(v.plain(fy));
        return Schedule.step(off, YearMonth.of(y - 1, 10), v.plain(level), fy.name() + " = " + Parameter.format(v.plain(fy)) + ": ");
    }

    /**
     * A ramp from zero: 0 up to December before {@code year}, rising linearly to {@code level} over
     * {@code months} (rounded to whole months), held after.
     */
    static Schedule ramp(ParameterValues v, double level, Parameter year, Parameter months) {
        YearMonth before = YearMonth.of((int) v.plain(year) - 1, 12);
        int n = Math.max(1, (int) Math.round(v.plain(months)));
        String where = year.name() + " = " + Parameter.format(v.plain(year)) + ", " + months.name() + " = "
                + Parameter.format(v.plain(months)) + ": ";
        return Schedule.linear(0, List.of(new Schedule.Point(before, 0, where), new Schedule.Point(before.plusMonths(n), level, where)));
    }

    /**
     * The Calderon deployment: ramped in over four months from December 2006 to the 2007 level,
     * held through 2007, linear during 2008 to the 2009 level, held after (000:17, 004:65).
     */
    static Schedule troops(ParameterValues v) {
        double t07 = v.plain(MilitaryParameters.TROOPS_2007);
        double t09 = v.plain(MilitaryParameters.TROOPS_2009);
        String w07 = MilitaryParameters.TROOPS_2007.name() + ": ";
        String w09 = MilitaryParameters.TROOPS_2009.name() + ": ";
        return Schedule.linear(0, List.of(
                new Schedule.Point(YearMonth.of(2006, 11), 0, "start of the December 2006 offensive (000:15): "),
                new Schedule.Point(YearMonth.of(2007, 3), t07, w07),
                new Schedule.Point(YearMonth.of(2007, 12), t07, w07),
                new Schedule.Point(YearMonth.of(2008, 12), t09, w09)));
    }
}
