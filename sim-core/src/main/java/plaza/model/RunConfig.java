package plaza.model;

import java.time.YearMonth;

import plaza.params.InputException;
import plaza.params.ParameterValues;

/**
 * Everything a run depends on besides the code: a run is a pure function of this record.
 *
 * @param scenario name of the scenario (for outputs only)
 * @param params   every parameter's value
 * @param seed     the one seed all randomness flows from
 * @param until    last month simulated (inclusive)
 * @param scale    real people represented by one rank-and-file person-agent (1 = full population)
 */
public record RunConfig(String scenario, ParameterValues params, long seed, YearMonth until, double scale) {

    /** First month written to outputs: the Calderon-era baseline starts in January 2007. */
    public static final YearMonth OUTPUT_START = YearMonth.of(2007, 1);
    /** First simulated month: a two-year spin-up under the pre-crackdown regime. */
    public static final YearMonth SPIN_UP_START = YearMonth.of(2005, 1);
    /** Default end of the historical baseline. */
    public static final YearMonth DEFAULT_UNTIL = YearMonth.of(2012, 12);
    /** Latest month a scenario may run to. */
    public static final YearMonth LATEST = YearMonth.of(2030, 12);
    /** Default scale: one person-agent stands for 100 people (leaders and lieutenants are always 1:1). */
    public static final double DEFAULT_SCALE = 100;

    public RunConfig {
        if (until.isBefore(OUTPUT_START) || until.isAfter(LATEST)) {
            throw new InputException("--until " + until + " is out of range; allowed " + OUTPUT_START + " to " + LATEST);
        }
        if (!(scale >= 1 && scale <= 10_000)) {
            throw new InputException("--scale " + scale + " is out of range; allowed [1, 10000] people per agent");
        }
    }

    /** Parses YYYY-MM (for --until and experiment files), with a clear error naming the option. */
    public static YearMonth parseMonth(String text, String option) {
        try {
            return YearMonth.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InputException(option + " '" + text + "' is not a month; expected YYYY-MM between "
                    + OUTPUT_START + " and " + LATEST);
        }
    }

    public static RunConfig of(String scenario, ParameterValues params, long seed) {
        return new RunConfig(scenario, params, seed, DEFAULT_UNTIL, DEFAULT_SCALE);
    }

    public RunConfig withUntil(YearMonth u) {
        return new RunConfig(scenario, params, seed, u, scale);
    }

    public RunConfig withScale(double s) {
        return new RunConfig(scenario, params, seed, until, s);
    }

    public RunConfig withSeed(long s) {
        return new RunConfig(scenario, params, s, until, scale);
    }

    public RunConfig withParams(ParameterValues p) {
        return new RunConfig(scenario, p, seed, until, scale);
    }

    /** Months written to outputs. */
    public int outputMonths() {
        return (until.getYear() - OUTPUT_START.getYear()) * 12 + until.getMonthValue() - OUTPUT_START.getMonthValue() + 1;
    }
}
