package plaza.params;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A lever's path: dated points, held constant from each point to the next ({@link Mode#STEP}, the
 * default) or interpolated linearly between them ({@link Mode#LINEAR}). Written as
 * {@code YYYY[-MM]: value, YYYY[-MM]: value, ...} with an optional {@code ~linear} or {@code ~step}
 * at the end; a year alone means its January. Before the first point the path follows
 * {@code before} if there is one (for a written path: the path the lever would follow without it,
 * see {@link ParameterValues}), else it holds {@code initial} (NaN: the first point's value); after
 * the last point it holds the last value.
 *
 * <p>Linear segments are evaluated month by month: in the {@code k}-th month of an {@code n}-month
 * segment from {@code a} to {@code b} the value is {@code b * (k / n)} when {@code a} is zero and
 * {@code a + (b - a) * k / n} otherwise, the arithmetic of the hand-coded ramps this type replaced,
 * so the runs they made are reproduced to the bit.
 *
 * @param mode    step or linear
 * @param initial the value before the first point; NaN (a written path) means the first point's value
 * @param points  the dated points, strictly increasing in month
 * @param before  the path in force before the first point, or null
 */
public record Schedule(Mode mode, double initial, List<Point> points, Schedule before) implements java.io.Serializable {

    /** How the path moves between points. */
    public enum Mode { STEP, LINEAR }

    /**
     * One dated value.
     *
     * @param month from when (step) or at when (linear) the value applies
     * @param value the lever's value
     * @param where where it was written ("file:line: ", "--set: ") or how it was derived
     */
    public record Point(YearMonth month, double value, String where) implements java.io.Serializable { }

    /** Earliest and latest month a point may carry. */
    public static final YearMonth EARLIEST = YearMonth.of(1995, 1);
    public static final YearMonth LATEST = YearMonth.of(2040, 12);

    public Schedule {
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a schedule needs at least one point");
        }
    }

    public Schedule(Mode mode, double initial, List<Point> points) {
        this(mode, initial, points, null);
    }

    /** This path, following {@code underlying} before its first point. */
    public Schedule over(Schedule underlying) {
        return new Schedule(mode, initial, points, underlying);
    }

    /** A path that is {@code off} before {@code from} and {@code on} from it (the old lever-plus-year form). */
    public static Schedule step(double off, YearMonth from, double on, String where) {
        return new Schedule(Mode.STEP, off, List.of(new Point(from, on, where)));
    }

    /** A constant path. */
    public static Schedule constant(double v, String where) {
        return new Schedule(Mode.STEP, Double.NaN, List.of(new Point(EARLIEST, v, where)));
    }

    /** A linear path through the points, {@code initial} before the first. */
    public static Schedule linear(double initial, List<Point> points) {
        return new Schedule(Mode.LINEAR, initial, points);
    }

    /** True if the text is written as a schedule (it has a {@code date: value} point). */
    public static boolean looksLike(String text) {
        return text.indexOf(':') > 0;
    }

    /** The value in force in a month. */
    public double valueAt(YearMonth m) {
        int n = points.size();
        int i = n - 1;
        while (i >= 0 && m.isBefore(points.get(i).month())) {
            i--;
        }
        if (i < 0) {
            return before != null ? before.valueAt(m) : Double.isNaN(initial) ? points.get(0).value() : initial;
        }
        Point p = points.get(i);
        if (mode == Mode.STEP) {
            return p.value();
        }
        if (m.equals(p.month())) {
            return i == 0 ? p.value() : segment(points.get(i - 1), p, m);
        }
        return i == n - 1 ? p.value() : segment(p, points.get(i + 1), m);
    }

    private static double segment(Point from, Point to, YearMonth m) {
        double a = from.value();
        double b = to.value();
        long k = months(from.month(), m);
        long len = months(from.month(), to.month());
        if (a == 0) {
            return b * (k / (double) len);
        }
        return a + (b - a) * k / len;
    }

    static long months(YearMonth a, YearMonth b) {
        return (b.getYear() - a.getYear()) * 12L + b.getMonthValue() - a.getMonthValue();
    }

    /** A copy with point {@code i} (0-based) at a new value. */
    public Schedule withValue(int i, double value, String where) {
        List<Point> ps = new ArrayList<>(points);
        ps.set(i, new Point(ps.get(i).month(), value, where));
        return new Schedule(mode, initial, ps, before);
    }

    /** A copy with point {@code i} and every later point moved by {@code months} (ordering is checked by the caller). */
    public Schedule shifted(int i, int months, String where) {
        List<Point> ps = new ArrayList<>(points);
        for (int j = i; j < ps.size(); j++) {
            ps.set(j, new Point(ps.get(j).month().plusMonths(months), ps.get(j).value(), where));
        }
        return new Schedule(mode, initial, ps, before);
    }

    /** A copy with point {@code i} moved to a month (ordering is checked by the caller). */
    public Schedule withDate(int i, YearMonth month, String where) {
        List<Point> ps = new ArrayList<>(points);
        ps.set(i, new Point(month, ps.get(i).value(), where));
        return new Schedule(mode, initial, ps, before);
    }

    /**
     * Checks the schedule for a parameter: every value in range, months strictly increasing and
     * between {@link #EARLIEST} and {@link #LATEST}. Errors name the point and where it came from.
     */
    public Schedule check(Parameter p) {
        YearMonth last = null;
        for (int i = 0; i < points.size(); i++) {
            Point pt = points.get(i);
            String label = pt.where() + "point " + (i + 1) + " (" + pt.month() + ") of '" + p.name() + "': ";
            if (!p.allows(pt.value())) {
                throw new InputException(label + "value " + Parameter.format(pt.value()) + " is out of range; allowed " + p.rangeText());
            }
            if (pt.month().isBefore(EARLIEST) || pt.month().isAfter(LATEST)) {
                throw new InputException(label + "month is out of range; allowed " + EARLIEST + " to " + LATEST);
            }
            if (last != null && !pt.month().isAfter(last)) {
                throw new InputException(label + "months must increase from point to point; the previous point is " + last);
            }
            last = pt.month();
        }
        return this;
    }

    /**
     * Parses the written form. {@code where} prefixes every error and is stored with each point.
     */
    public static Schedule parse(String text, Parameter p, String where) {
        String body = text.trim();
        Mode mode = Mode.STEP;
        int tilde = body.lastIndexOf('~');
        if (tilde >= 0) {
            String marker = body.substring(tilde + 1).trim().toLowerCase(Locale.ROOT);
            mode = switch (marker) {
                case "linear" -> Mode.LINEAR;
                case "step" -> Mode.STEP;
                default -> throw new InputException(where + "unknown path marker '~" + marker + "' for '" + p.name()
                        + "'; expected ~step (held until the next point, the default) or ~linear");
            };
            body = body.substring(0, tilde).trim();
        }
        List<Point> points = new ArrayList<>();
        String[] parts = body.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            String label = where + "point " + (i + 1) + " '" + part + "' of '" + p.name() + "': ";
            int colon = part.indexOf(':');
            if (colon <= 0) {
                throw new InputException(label + "expected 'YYYY[-MM]: value'");
            }
            YearMonth month = month(part.substring(0, colon).trim(), label);
            double v;
            try {
                v = Double.parseDouble(part.substring(colon + 1).trim().replace("_", ""));
            } catch (NumberFormatException e) {
                throw new InputException(label + "'" + part.substring(colon + 1).trim() + "' is not a number; allowed " + p.rangeText());
            }
            points.add(new Point(month, v, where));
        }
        return new Schedule(mode, Double.NaN, points).check(p);
    }

    /** Parses {@code YYYY} (January) or {@code YYYY-MM}. */
    public static YearMonth month(String text, String label) {
        try {
            if (text.matches("\\d{4}")) {
                return YearMonth.of(Integer.parseInt(text), 1);
            }
            return YearMonth.parse(text);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new InputException(label + "'" + text + "' is not a month; expected YYYY or YYYY-MM");
        }
    }

    /** The written form, which {@link #parse} reads back to the same path (apart from where). */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Point pt : points) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            String v = Parameter.format(pt.value());
            // exact: the shortest text that reads back as the same double
            sb.append(pt.month()).append(": ").append(Double.parseDouble(v) == pt.value() ? v : Double.toString(pt.value()));
        }
        if (mode == Mode.LINEAR) {
            sb.append(" ~linear");
        }
        return sb.toString();
    }
}
