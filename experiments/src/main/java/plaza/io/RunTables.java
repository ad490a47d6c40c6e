package plaza.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import plaza.output.Column;
import plaza.output.Event;
import plaza.output.PlazaRow;

/**
 * The rows of a run's per-plaza, per-state and per-event tables after their keys, formatted once for
 * every writer: a run's {@code plazas.csv} and {@code events.csv} ({@link RunWriter}) and a batch's
 * {@code plazas.csv}, {@code states.csv} and {@code events.csv} (keyed by run id). Numbers as
 * {@link Numbers#format}, booleans as 1 or 0, states by their official name with INEGI's code after it.
 *
 * <p>The state table sums the plazas of each state: plazas and contested plazas counted, homicides,
 * drugs through, troops and fighters summed, and the state's fields (which every plaza of the state
 * reports alike) taken once. Rows are in INEGI code order.
 */
public final class RunTables {

    private RunTables() {}

    /** Index of {@code state} among the declared plaza columns; {@code state_code} (INEGI, for joins) follows it. */
    private static final int STATE = Column.header(PlazaRow.COLUMNS).indexOf("state") - Column.RUN_KEYS.size();

    /** Plaza columns summed over a state's plazas. */
    public static final List<String> STATE_SUMS = List.of("homicides", "tons_through", "troops", "fighters");
    /** Plaza columns that describe the state's fields: the same on each of its plazas, taken once. */
    public static final List<String> STATE_FIELDS = List.of("hectares_marijuana", "hectares_poppy", "hectares_eradicated_marijuana",
            "hectares_eradicated_poppy", "hectares_harvested_marijuana", "hectares_harvested_poppy", "tons_produced_marijuana",
            "kg_produced_heroin");

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
        States.State st = States.of(r.plaza());
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

    /** The state columns after the run keys. */
    public static List<String> stateColumns() {
        List<String> h = new ArrayList<>(List.of("state", "state_code", "plazas", "contested_plazas"));
        h.addAll(STATE_SUMS);
        h.addAll(STATE_FIELDS);
        return h;
    }

    /** One row per state that has a plaza, in INEGI code order, in {@link #stateColumns} order. */
    public static List<List<String>> stateRows(List<PlazaRow> plazas) {
        Map<String, List<PlazaRow>> byCode = new TreeMap<>();
        for (PlazaRow r : plazas) {
            byCode.computeIfAbsent(States.of(r.plaza()).inegi(), k -> new ArrayList<>()).add(r);
        }
        Map<String, Column<PlazaRow>> declared = new LinkedHashMap<>();
        for (Column<PlazaRow> c : PlazaRow.COLUMNS) {
            declared.put(c.name(), c);
        }
        List<List<String>> rows = new ArrayList<>(byCode.size());
        for (Map.Entry<String, List<PlazaRow>> e : byCode.entrySet()) {
            List<PlazaRow> rs = e.getValue();
            List<String> row = new ArrayList<>();
            row.add(States.of(rs.get(0).plaza()).name());
            row.add(e.getKey());
            row.add(Integer.toString(rs.size()));
            row.add(Long.toString(rs.stream().filter(PlazaRow::contested).count()));
            for (String name : STATE_SUMS) {
                double sum = 0;
                for (PlazaRow r : rs) {
                    sum += (Double) declared.get(name).reporter().apply(r);
                }
                row.add(Numbers.format(sum));
            }
            for (String name : STATE_FIELDS) {
                row.add(format(declared.get(name).reporter().apply(rs.get(0))));
            }
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
