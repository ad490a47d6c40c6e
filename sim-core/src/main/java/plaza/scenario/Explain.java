package plaza.scenario;

import java.time.YearMonth;

import plaza.params.Parameter;
import plaza.params.ParameterCatalog;
import plaza.params.ParameterValues;
import plaza.params.Schedule;

/**
 * Every lever's path as a run will use it, with the file and line each point or value came from:
 * a written path point by point, a path built from aliases with the aliases' values and origins,
 * and a constant with where it was set. What {@code plaza run SCENARIO --explain} prints.
 */
public final class Explain {

    private Explain() {}

    /** The levers of these values, one block each, in catalog order. */
    public static String levers(ParameterValues v) {
        return levers(v, null);
    }

    /**
     * The levers of {@code v} whose value differs from {@code base}'s in some month a run may simulate
     * (every lever when {@code base} is null), one block each, in catalog order.
     */
    public static String levers(ParameterValues v, ParameterValues base) {
        StringBuilder sb = new StringBuilder();
        for (Parameter p : ParameterCatalog.all()) {
            if (p.role() != Parameter.Role.LEVER || p.aliasOf() != null || (base != null && !differs(v, base, p))) {
                continue;
            }
            Schedule path = v.path(p);
            if (path == null) {
                sb.append(p.name()).append(" = ").append(Parameter.format(v.plain(p))).append("  (constant; ")
                        .append(origin(v, p)).append(")\n");
                continue;
            }
            boolean written = v.writtenPath(p) != null;
            String mode = path.mode() == Schedule.Mode.LINEAR ? "linear path" : "step path";
            sb.append(p.name()).append("  ").append(mode);
            if (written) {
                sb.append(", written at ").append(place(v.setAt(p))).append('\n');
            } else {
                sb.append(", built from its aliases:\n");
                if (!p.pathOnly()) {
                    aliasLine(sb, v, p);
                }
                for (String a : p.aliases()) {
                    aliasLine(sb, v, ParameterCatalog.byName(a, ""));
                }
            }
            YearMonth first = path.points().get(0).month();
            Schedule before = path.before();
            if (before != null && before.points().size() == 1 && before.points().get(0).month().equals(Schedule.EARLIEST)) {
                sb.append("    before ").append(first).append(": ").append(Parameter.format(before.points().get(0).value()))
                        .append("    (the plain value, ").append(origin(v, p)).append(")\n");
            } else if (before != null) {
                sb.append("    before ").append(first).append(", the path built from its aliases:\n");
                if (!p.pathOnly()) {
                    aliasLine(sb, v, p);
                }
                for (String a : p.aliases()) {
                    aliasLine(sb, v, ParameterCatalog.byName(a, ""));
                }
                initialLine(sb, before, "      ");
                for (Schedule.Point pt : before.points()) {
                    if (pt.month().isBefore(first)) {
                        pointLine(sb, pt, "      ");
                    }
                }
            } else {
                initialLine(sb, path, "    ");
            }
            for (Schedule.Point pt : path.points()) {
                pointLine(sb, pt, "    ");
            }
        }
        return sb.toString();
    }

    /** The number of levers {@link #levers(ParameterValues, ParameterValues)} lists for these values. */
    public static int changedLevers(ParameterValues v, ParameterValues base) {
        int n = 0;
        for (Parameter p : ParameterCatalog.all()) {
            if (p.role() == Parameter.Role.LEVER && p.aliasOf() == null && differs(v, base, p)) {
                n++;
            }
        }
        return n;
    }

    /** The number of levers {@link #levers(ParameterValues)} lists. */
    public static int leverCount() {
        int n = 0;
        for (Parameter p : ParameterCatalog.all()) {
            if (p.role() == Parameter.Role.LEVER && p.aliasOf() == null) {
                n++;
            }
        }
        return n;
    }

    /** True when the lever has another value in some month from {@link #FIRST} to {@link #LAST}. */
    static boolean differs(ParameterValues v, ParameterValues base, Parameter p) {
        if (v.plain(p) != base.plain(p)) {
            return true;
        }
        for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
            if (v.at(p, m) != base.at(p, m)) {
                return true;
            }
        }
        return false;
    }

    /** The months a run may simulate (RunConfig.START to RunConfig.LATEST; the model package is not a dependency here). */
    static final YearMonth FIRST = YearMonth.of(1995, 1);
    static final YearMonth LAST = YearMonth.of(2030, 12);

    private static void initialLine(StringBuilder sb, Schedule path, String indent) {
        if (!Double.isNaN(path.initial()) && path.initial() != path.points().get(0).value()) {
            sb.append(indent).append("before ").append(path.points().get(0).month()).append(": ")
                    .append(Parameter.format(path.initial())).append('\n');
        }
    }

    private static void pointLine(StringBuilder sb, Schedule.Point pt, String indent) {
        sb.append(indent).append(pt.month()).append(": ").append(Parameter.format(pt.value()));
        String where = strip(pt.where());
        if (!where.isEmpty()) {
            sb.append("    (").append(where).append(')');
        }
        sb.append('\n');
    }

    private static void aliasLine(StringBuilder sb, ParameterValues v, Parameter q) {
        sb.append("    ").append(q.name()).append(" = ").append(Parameter.format(v.plain(q))).append("  (")
                .append(origin(v, q)).append(")\n");
    }

    private static String origin(ParameterValues v, Parameter p) {
        return place(v.origin(p));
    }

    private static String place(String where) {
        String o = strip(where);
        return o.isEmpty() ? "catalog default" : o;
    }

    private static String strip(String where) {
        String w = where.trim();
        return w.endsWith(":") ? w.substring(0, w.length() - 1) : w;
    }
}
