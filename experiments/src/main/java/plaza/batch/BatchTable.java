package plaza.batch;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import plaza.io.RunTables;
import plaza.params.InputException;

/**
 * A per-run table a batch can write beside its time series ({@code --outputs plazas,states,events}):
 * each run's rows go into its part behind a tag, and the merge writes them, in run-id order, to one
 * file keyed by {@code run_id}, as it does the time series. Through the part store, so every engine
 * writes the same bytes.
 */
enum BatchTable {
    PLAZAS("plazas.csv", "#plaza,", RunTables.plazaColumns()),
    STATES("states.csv", "#state,", RunTables.stateColumns()),
    EVENTS("events.csv", "#event,", RunTables.eventColumns());

    /** The keys every batch table starts with, as the batch's time series. */
    static final List<String> KEYS = List.of("run_id", "scenario", "replication", "month");

    private final String file;
    private final String tag;
    private final List<String> columns;

    BatchTable(String file, String tag, List<String> columns) {
        this.file = file;
        this.tag = tag;
        this.columns = columns;
    }

    String file() {
        return file;
    }

    /** The prefix of the table's lines in a part file. */
    String tag() {
        return tag;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    List<String> header() {
        List<String> h = new ArrayList<>(KEYS);
        h.addAll(columns);
        return h;
    }

    /** The tables of a comma-separated list ({@code plazas,states,events}, or {@code none}). */
    static Set<BatchTable> parse(String text, String where) {
        Set<BatchTable> out = EnumSet.noneOf(BatchTable.class);
        for (String word : text.split(",")) {
            String w = word.trim().toLowerCase(Locale.ROOT);
            if (w.isEmpty() || w.equals("none")) {
                continue;
            }
            BatchTable t = null;
            for (BatchTable c : values()) {
                if (c.label().equals(w)) {
                    t = c;
                }
            }
            if (t == null) {
                throw new InputException(where + "outputs '" + word.trim() + "' is not a table; allowed plazas, states, events "
                        + "(comma-separated), or none");
            }
            out.add(t);
        }
        return out;
    }

    /** The canonical text of a set of tables: labels in declaration order, comma-separated. */
    static String text(Set<BatchTable> tables) {
        List<String> l = new ArrayList<>();
        for (BatchTable t : values()) {
            if (tables.contains(t)) {
                l.add(t.label());
            }
        }
        return String.join(",", l);
    }
}
