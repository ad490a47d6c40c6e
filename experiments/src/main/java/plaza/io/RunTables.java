package plaza.io;

import java.util.ArrayList;
import java.util.List;

import plaza.output.Column;
import plaza.output.Event;
import plaza.output.PlazaRow;
import plaza.output.StateRow;

/**
 * The rows of a run's per-plaza, per-state and per-event tables after their keys, formatted once for
 * every writer: a run's {@code plazas.csv}, {@code states.csv} and {@code events.csv}
 * ({@link RunWriter}) and a batch's (keyed by run id). Numbers as {@link Numbers#format}, booleans
 * as 1 or 0, states by their official name with INEGI's code after it. The state table is
 * {@link StateRow}: the sum or spread over each state's plazas.
 */
public final class RunTables {

    private RunTables() {}

    /** Index of {@code state} among the declared plaza columns; {@code state_code} (INEGI, for joins) follows it. */
    private static final int STATE = Column.header(PlazaRow.COLUMNS).indexOf("state") - Column.RUN_KEYS.size();

    /** The plaza columns after the run keys: the declared ones with {@code state_code} after {@code state}. */
    public static List<String> plazaColumns() {
        List<String> h = new ArrayList<>();
        for (Column<PlazaRow> c : PlazaRow.COLUMNS) {
            h.add(c.name());
        }
        h.add(STATE + 1, "state_code");
        return h;
    }

    /** A plaza row's values in {@link #plazaColumns} order. */
    public static List<String> plazaValues(PlazaRow r) {
        List<String> row = values(PlazaRow.COLUMNS, r);
        States.State st = States.of(r.state());
        row.set(STATE, st.name()); // the official name, accents in UTF-8
        row.add(STATE + 1, st.inegi());
        return row;
    }

    /** The event columns after the run keys. */
    public static List<String> eventColumns() {
        List<String> h = new ArrayList<>();
        for (Column<Event> c : Event.COLUMNS) {
            h.add(c.name());
        }
        return h;
    }

    /** An event's values in {@link #eventColumns} order. */
    public static List<String> eventValues(Event e) {
        return values(Event.COLUMNS, e);
    }

    /** Index of {@code state} among the declared state columns; {@code state_code} (INEGI) follows it. */
    private static final int STATE_KEY = Column.header(StateRow.COLUMNS).indexOf("state") - Column.RUN_KEYS.size();

    /** The state columns after the run keys: the declared ones ({@link StateRow}) with {@code state_code} after {@code state}. */
    public static List<String> stateColumns() {
        List<String> h = new ArrayList<>();
        for (Column<StateRow> c : StateRow.COLUMNS) {
            h.add(c.name());
        }
        h.add(STATE_KEY + 1, "state_code");
        return h;
    }

    /** One row per state that has a plaza ({@link StateRow#of}: sums and spreads over its plazas), in INEGI code order, in {@link #stateColumns} order. */
    public static List<List<String>> stateRows(List<PlazaRow> plazas) {
        List<List<String>> rows = new ArrayList<>();
        List<StateRow> byCode = new ArrayList<>(StateRow.of(plazas));
        byCode.sort(java.util.Comparator.comparing(r -> States.of(r.state()).inegi()));
        for (StateRow r : byCode) {
            List<String> row = values(StateRow.COLUMNS, r);
            States.State st = States.of(r.state());
            row.set(STATE_KEY, st.name());
            row.add(STATE_KEY + 1, st.inegi());
            rows.add(row);
        }
        return rows;
    }

    /** A declared value as the outputs write it: numbers formatted, booleans as 1 or 0. */
    public static String format(Object v) {
        return v instanceof Double d ? Numbers.format(d) : v instanceof Boolean b ? (b ? "1" : "0") : v.toString();
    }

    private static <R> List<String> values(List<Column<R>> columns, R row) {
        List<String> out = new ArrayList<>(columns.size() + 1);
        for (Object v : Column.values(columns, row)) {
            out.add(format(v));
        }
        return out;
    }
}
