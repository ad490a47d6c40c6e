package plaza.analysis;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

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

    /**
     * The sub-periods whose effects are reported beside the whole period's (those inside the compared
     * months): the first surge years, the rest of the first Mérida years, the middle years, the last
     * four years of the headline horizon, then the years after it.
     */
    public static final List<Period> SUB_PERIODS = List.of(Period.parse("2007-01:2009-12"), Period.parse("2010-01:2012-12"),
            Period.parse("2013-01:2016-12"), Period.parse("2017-01:2020-12"), Period.parse("2021-01:2025-12"),
            Period.parse("2026-01:2030-12"));

    /**
     * The sub-periods a comparison over {@code span} reports: those requested (each inside the span), or
     * when none were (null) the {@link #SUB_PERIODS} inside it, if at least two are.
     */
    static List<Period> subPeriods(List<Period> requested, Period span) {
        if (requested != null) {
            for (Period p : requested) {
                if (!span.covers(p)) {
                    throw new InputException("--sub-periods " + p + " reaches outside the months every input holds ("
                            + span + ")");
                }
            }
            return List.copyOf(requested);
        }
        List<Period> inside = SUB_PERIODS.stream().filter(span::covers).toList();
        return inside.size() >= 2 ? inside : List.of();
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
