package plaza.analysis;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import plaza.params.InputException;

/**
 * An inclusive range of months over which outcomes are totalled or averaged, written
 * {@code YYYY-MM:YYYY-MM} on the command line.
 *
 * @param from first month (inclusive)
 * @param to   last month (inclusive)
 */
public record Period(YearMonth from, YearMonth to) {

    public Period {
        if (to.isBefore(from)) {
            throw new InputException("--period " + from + ":" + to + " ends before it starts");
        }
    }

    /** Parses {@code YYYY-MM:YYYY-MM}. */
    public static Period parse(String text) {
        String[] parts = text.trim().split(":");
        if (parts.length != 2) {
            throw new InputException("--period '" + text + "' is malformed; expected YYYY-MM:YYYY-MM, e.g. 2007-01:2012-12");
        }
        try {
            return new Period(YearMonth.parse(parts[0].trim()), YearMonth.parse(parts[1].trim()));
        } catch (DateTimeParseException e) {
            throw new InputException("--period '" + text + "' is malformed; expected YYYY-MM:YYYY-MM, e.g. 2007-01:2012-12");
        }
    }

    /** Number of months in the period. */
    public int months() {
        return (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue() + 1;
    }

    /** True when every month of {@code other} lies in this period. */
    public boolean covers(Period other) {
        return !other.from.isBefore(from) && !other.to.isAfter(to);
    }

    /** Human label: "2007–2012" when whole years, otherwise "2007-03 – 2012-08". */
    public String label() {
        if (from.getMonthValue() == 1 && to.getMonthValue() == 12) {
            return from.getYear() == to.getYear() ? Integer.toString(from.getYear()) : from.getYear() + "\u2013" + to.getYear();
        }
        return from + " \u2013 " + to;
    }

    /** The command-line form, {@code YYYY-MM:YYYY-MM}; also the {@code period} column of comparison.csv. */
    @Override
    public String toString() {
        return from + ":" + to;
    }
}
