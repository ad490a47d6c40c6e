package plaza.calibration;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import plaza.params.InputException;

/**
 * The months a target covers, written {@code 2008} (a calendar year), {@code 2007-12} (one month),
 * {@code 2007-01..2010-11} or {@code 2008..2012} (inclusive ranges), {@code FY2008..FY2010} (fiscal
 * years, for the Merida statistics) or, for ratios, {@code 2010/2005} (numerator's period over the
 * denominator's).
 *
 * @param text        as written in the targets table
 * @param from        first month (for fiscal years: January of the first fiscal year, used as its number)
 * @param to          last month
 * @param denominator the denominator's period for a ratio, or null
 */
public record TargetPeriod(String text, YearMonth from, YearMonth to, TargetPeriod denominator) {

    /** Parses a period; {@code where} names the file and line for errors. */
    public static TargetPeriod parse(String text, String where) {
        String t = text.trim();
        int slash = t.indexOf('/');
        if (slash >= 0) {
            TargetPeriod num = parse(t.substring(0, slash), where);
            TargetPeriod den = parse(t.substring(slash + 1), where);
            return new TargetPeriod(t, num.from, num.to, den);
        }
        String[] parts = t.split("\\.\\.", -1);
        if (parts.length > 2 || t.isEmpty()) {
            throw bad(text, where);
        }
        YearMonth from = month(parts[0], true, text, where);
        YearMonth to = month(parts[parts.length - 1], false, text, where);
        if (to.isBefore(from)) {
            throw new InputException(where + "period '" + text + "' ends before it starts");
        }
        return new TargetPeriod(t, from, to, null);
    }

    private static YearMonth month(String part, boolean start, String text, String where) {
        String p = part.trim();
        if (p.startsWith("FY")) {
            p = p.substring(2);
        }
        try {
            if (p.matches("\\d{4}")) {
                return YearMonth.of(Integer.parseInt(p), start ? 1 : 12);
            }
            return YearMonth.parse(p);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw bad(text, where);
        }
    }

    private static InputException bad(String text, String where) {
        return new InputException(where + "period '" + text + "' is not YYYY, YYYY-MM, A..B, FYyyyy..FYyyyy or A/B");
    }

    /** Numerator and denominator periods of a ratio (the same period twice if none was given). */
    public TargetPeriod[] splitRatio() {
        TargetPeriod own = new TargetPeriod(text, from, to, null);
        return new TargetPeriod[] {own, denominator == null ? own : denominator};
    }

    /** The last month any part of the period needs. */
    public YearMonth lastMonth() {
        return denominator != null && denominator.to.isAfter(to) ? denominator.to : to;
    }

    /** The first month any part of the period needs. */
    public YearMonth firstMonth() {
        return denominator != null && denominator.from.isBefore(from) ? denominator.from : from;
    }

    /** Number of months in [from, to]. */
    public int months() {
        return (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue() + 1;
    }

    double sum(TargetStatistics run, MetricSum m) {
        double s = 0;
        for (YearMonth ym = from; !ym.isAfter(to); ym = ym.plusMonths(1)) {
            s += m.value(run, ym);
        }
        return s;
    }

    double max(TargetStatistics run, MetricSum m) {
        double best = Double.NEGATIVE_INFINITY;
        for (YearMonth ym = from; !ym.isAfter(to); ym = ym.plusMonths(1)) {
            best = Math.max(best, m.value(run, ym));
        }
        return best;
    }

    @Override
    public String toString() {
        return text;
    }
}
