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
public record RunConfig(String scenario, ParameterValues params, long seed, YearMonth until, double scale) implements java.io.Serializable {

    /** First month written to outputs: the Calderon-era baseline starts in January 2007. */
    public static final YearMonth OUTPUT_START = YearMonth.of(2007, 1);
    /**
     * First simulated month: January 1995, under the PRI-era protection regime (M2, 001:453-461); the
     * 1995-2006 months are history (validated against 002's 1995-2000 figures), written only with {@code --from}.
     */
    public static final YearMonth START = YearMonth.of(1995, 1);
    /** Default end of the historical baseline. */
    public static final YearMonth DEFAULT_UNTIL = YearMonth.of(2012, 12);
    /** Latest month a scenario may run to. */
    public static final YearMonth LATEST = YearMonth.of(2030, 12);
    /** Default scale: one person-agent stands for 100 people (leaders and lieutenants are always 1:1). */
    public static final double DEFAULT_SCALE = 100;

    public RunConfig {
        if (until.isBefore(START) || until.isAfter(LATEST)) {
            // the same words as checkUntil for a month past the end, so the API and the command line agree
            throw new InputException("--until " + until + " is out of range; allowed " + OUTPUT_START + " to " + LATEST
                    + (until.isBefore(START) ? " (from " + START + " with --from " + START + ")" : ""));
        }
        if (!(scale >= 1 && scale <= 10_000)) {
            throw new InputException("--scale " + scale + " is out of range; allowed [1, 10000] people per agent");
        }
    }

    /**
     * Checks a first written month ({@code --from}): from the simulation start to the default output start.
     * Outputs always run to {@code until}; months before {@code from} are simulated but not written.
     */
    public static YearMonth checkFrom(YearMonth from) {
        if (from.isBefore(START) || from.isAfter(OUTPUT_START)) {
            throw new InputException("--from " + from + " is out of range; allowed " + START + " to " + OUTPUT_START);
        }
        return from;
    }

    /**
     * Checks a last month ({@code --until}) against the first month written: a run writes at least one
     * month, so {@code until} is at least {@code from} (2007-01 by default; with {@code --from 1995-01}
     * a run may stop in 1995-2006 and write only the record before the Calderon offensive), and at
     * most {@link #LATEST}.
     */
    public static YearMonth checkUntil(YearMonth until, YearMonth from) {
        if (until.isAfter(LATEST) || until.isBefore(from)) {
            throw new InputException("--until " + until + " is out of range; allowed " + from + " to " + LATEST
                    + (from.isAfter(START) && until.isBefore(from) && !until.isBefore(START)
                    ? " (to stop before " + from + ", write the earlier months with --from " + START + ")" : ""));
        }
        return until;
    }

    /** Parses and checks a first written month ({@code --from}), with a clear error naming the option and its range. */
    public static YearMonth parseFrom(String text) {
        try {
            return checkFrom(YearMonth.parse(text.trim()));
        } catch (java.time.format.DateTimeParseException e) {
            throw new InputException("--from '" + text + "' is not a month; expected YYYY-MM between " + START + " and " + OUTPUT_START);
        }
    }

    /** Months written from {@code from} (at most {@link #OUTPUT_START}) to {@code until}. */
    public int monthsFrom(YearMonth from) {
        return (until.getYear() - from.getYear()) * 12 + until.getMonthValue() - from.getMonthValue() + 1;
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
        return monthsFrom(OUTPUT_START);
    }
}
