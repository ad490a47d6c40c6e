package plaza.calibration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import plaza.params.InputException;

/**
 * The declared known misses ({@code seeds/known-misses.csv}, beside the targets table): report
 * figures that no mechanism in the reports can explain, each with its reason and where it is
 * explained. Validation shows them with their reason and does not fail on them; the history
 * ensemble does not match them. Columns: {@code id, reason, explained_in}; every id must be a target
 * of the table it sits beside. A table without the file has no known misses.
 */
public record KnownMisses(Map<String, Miss> byId) {

    /** One declared miss. */
    public record Miss(String id, String reason, String explainedIn) {}

    /** The file's name, looked up beside the targets table. */
    public static final String FILE = "known-misses.csv";

    public static final List<String> COLUMNS = List.of("id", "reason", "explained_in");

    public static KnownMisses none() {
        return new KnownMisses(Map.of());
    }

    /** The known misses declared beside this targets table (none if it has no {@value #FILE}). */
    public static KnownMisses besideTargets(Path targetsFile, List<Target> targets) {
        Path file = targetsFile.toAbsolutePath().resolveSibling(FILE);
        return Files.isRegularFile(file) ? load(file, targets) : none();
    }

    public static KnownMisses load(Path file, List<Target> targets) {
        Set<String> ids = targets.stream().map(Target::id).collect(Collectors.toSet());
        Map<String, Miss> out = new LinkedHashMap<>();
        CsvTable.read(file, "known misses", COLUMNS, (rec, where) -> {
            String id = rec.get("id").trim();
            if (!ids.contains(id)) {
                throw new InputException(where + "'" + id + "' is not a target of the targets table beside it");
            }
            String reason = rec.get("reason").trim();
            if (reason.isEmpty()) {
                throw new InputException(where + "known miss '" + id + "' needs a reason");
            }
            if (out.put(id, new Miss(id, reason, rec.get("explained_in").trim())) != null) {
                throw new InputException(where + "known miss '" + id + "' appears twice");
            }
        });
        return new KnownMisses(Map.copyOf(out));
    }

    public boolean declared(String id) {
        return byId.containsKey(id);
    }

    /** The ids, in no particular order. */
    public Set<String> ids() {
        return byId.keySet();
    }

    /** Evaluated targets that fail and are not declared known misses. */
    public int undeclaredFailures(Evaluation e) {
        int n = 0;
        for (int t = 0; t < e.targets().size(); t++) {
            n += e.evaluated(t) && !e.passed(t) && !declared(e.targets().get(t).id()) ? 1 : 0;
        }
        return n;
    }

    /** True when every evaluated target that fails is a declared known miss: the validation passes. */
    public boolean onlyKnownMissesFail(Evaluation e) {
        return undeclaredFailures(e) == 0;
    }
}
