package plaza.output;

import java.util.List;
import java.util.function.Function;

/**
 * One column of a per-plaza or per-event output file, declared once: name, kind, unit, definition
 * and the reporter that reads its value from a row. File writers, docs and analysis read this
 * declaration instead of typing the header themselves.
 *
 * @param <R>        the row type (a {@link PlazaRow} or an {@link Event})
 * @param name       CSV column name
 * @param kind       what the value is: a key, a label, a monthly flow or an end-of-month stock
 * @param unit       unit ("" for keys and labels)
 * @param definition what it means
 * @param reporter   the value for a row: a {@code String}, {@code Boolean} or {@code Double}
 */
public record Column<R>(String name, Kind kind, String unit, String definition, Function<R, Object> reporter) implements java.io.Serializable {

    /** The columns every run file starts with. */
    public static final List<String> RUN_KEYS = List.of("scenario", "seed", "month");

    /** The header of a file: the run keys, then the declared columns. */
    public static <R> List<String> header(List<Column<R>> columns) {
        List<String> h = new java.util.ArrayList<>(RUN_KEYS);
        for (Column<R> c : columns) {
            h.add(c.name());
        }
        return h;
    }

    /** The row's values in column order. */
    public static <R> List<Object> values(List<Column<R>> columns, R row) {
        List<Object> out = new java.util.ArrayList<>(columns.size());
        for (Column<R> c : columns) {
            out.add(c.reporter().apply(row));
        }
        return out;
    }
}
