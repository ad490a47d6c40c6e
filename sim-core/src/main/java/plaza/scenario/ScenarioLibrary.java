package plaza.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import plaza.params.InputException;
import plaza.params.Parameter;
import plaza.params.ParameterCatalog;
import plaza.params.ParameterValues;

/**
 * Reads scenario files from a directory. A scenario file is plain text, one setting per line:
 *
 * <pre>
 * # comments start with '#', also after a value
 * description = Half of Merida's equipment money moved to judicial reform from FY2009
 * extends = baseline
 * policy.merida_equipment_to_judicial = 0.5   # 001:1044-1057 recommends judicial aid
 * </pre>
 *
 * Files whose name starts with '_' are parameter sets that scenarios extend (the fitted values
 * written by {@code plaza calibrate}) and are not listed as scenarios. A scenario without
 * {@code extends} inherits {@code baseline}; the baseline itself inherits the catalog defaults
 * and whatever it extends. {@code extends = a, b} names several parents: each contributes what
 * its own lineage sets, later parents win, and the parameters two parents set differently are
 * listed in {@link Scenario#conflicts()}. Values may be paths ({@code 2009: 0, 2011: 1 ~linear}).
 * Every error names the file and line.
 */
public final class ScenarioLibrary {

    public static final String EXTENSION = ".scenario";
    public static final String BASELINE = "baseline";

    private final Path dir;

    public ScenarioLibrary(Path dir) {
        this.dir = dir;
    }

    public Path directory() {
        return dir;
    }

    /** Names of the listed scenarios (baseline first, then alphabetical). */
    public List<String> names() {
        if (!Files.isDirectory(dir)) {
            throw new InputException("scenario directory " + dir + " does not exist");
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(EXTENSION) && !n.startsWith("_"))
                    .map(n -> n.substring(0, n.length() - EXTENSION.length()))
                    .sorted((a, b) -> a.equals(BASELINE) ? -1 : b.equals(BASELINE) ? 1 : a.compareTo(b))
                    .forEach(names::add);
        } catch (IOException e) {
            throw new InputException("cannot list scenario directory " + dir + ": " + e.getMessage());
        }
        return names;
    }

    /** Loads a scenario by name (a file in the directory) or by path to a file. */
    public Scenario load(String nameOrPath) {
        Path file = resolve(nameOrPath, null);
        return load(file, new ArrayList<>());
    }

    private Path resolve(String nameOrPath, String where) {
        String prefix = where == null ? "" : where;
        Path asPath;
        try {
            asPath = Path.of(nameOrPath);
        } catch (java.nio.file.InvalidPathException e) {
            throw new InputException(prefix + "'" + nameOrPath + "' is not a scenario name or a path: " + e.getReason());
        }
        if (nameOrPath.endsWith(EXTENSION) || nameOrPath.contains("/") || nameOrPath.contains(java.io.File.separator)) {
            if (Files.isRegularFile(asPath)) {
                return asPath;
            }
            if (Files.isDirectory(asPath)) {
                throw new InputException(prefix + nameOrPath + " is a directory, not a scenario file; give a "
                        + EXTENSION + " file or a scenario name (see 'plaza scenarios')");
            }
            throw new InputException(prefix + "scenario file " + nameOrPath + " does not exist");
        }
        Path inDir = dir.resolve(nameOrPath + EXTENSION);
        if (Files.isRegularFile(inDir)) {
            return inDir;
        }
        List<String> known = Files.isDirectory(dir) ? names() : List.of();
        String directory = Files.isDirectory(asPath) ? " (" + nameOrPath + " here is a directory, not a scenario file)" : "";
        throw new InputException(prefix + "unknown scenario '" + nameOrPath + "' (no file " + inDir + ")" + directory
                + "; known scenarios: " + String.join(", ", nearestFirst(nameOrPath, known)));
    }

    private static List<String> nearestFirst(String name, List<String> known) {
        List<String> sorted = new ArrayList<>(known);
        sorted.sort((a, b) -> Integer.compare(common(b, name), common(a, name)));
        return sorted;
    }

    private static int common(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    private Scenario load(Path file, List<Path> chain) {
        Path norm = file.toAbsolutePath().normalize();
        if (chain.contains(norm)) {
            throw new InputException(file + ": scenario inheritance loops back to itself: " + chain);
        }
        chain.add(norm);
        String fileName = file.getFileName().toString();
        String name = fileName.endsWith(EXTENSION) ? fileName.substring(0, fileName.length() - EXTENSION.length()) : fileName;
        String description = "";
        String parent = null;
        int parentLine = 0;
        Map<String, KeyValueFile.Entry> raw = new LinkedHashMap<>();
        if (!name.startsWith("_")) { // parameter sets (the calibration's starting point) may be empty
            KeyValueFile.refuseEmpty(file, "scenario file", "a scenario needs at least a 'description = ...' line"
                    + " (with no settings it runs as what it extends, 'baseline' by default)");
        }
        for (KeyValueFile.Entry e : KeyValueFile.read(file, "scenario file")) {
            switch (e.key().toLowerCase(Locale.ROOT)) {
                case "description" -> description = e.value();
                case "extends" -> {
                    parent = e.value();
                    parentLine = e.line();
                }
                default -> raw.put(e.key(), e);
            }
        }
        if (parent == null && !name.equals(BASELINE) && !name.startsWith("_")) {
            parent = BASELINE;
        }
        ParameterValues.Builder b;
        List<String> conflicts = new ArrayList<>();
        Set<Path> lineage = new LinkedHashSet<>();
        lineage.add(norm);
        if (parent == null) {
            b = ParameterValues.builder();
        } else {
            List<Scenario> parents = parents(file, parent, parentLine, chain);
            b = merge(parents, conflicts);
            for (Scenario p : parents) {
                lineage.addAll(p.lineage());
            }
            parent = String.join(", ", parents.stream().map(Scenario::name).toList());
        }
        Map<String, String> changes = new LinkedHashMap<>();
        for (KeyValueFile.Entry e : raw.values()) {
            b.set(e.key(), e.value(), e.where());
            plaza.params.Parameter p = plaza.params.ParameterCatalog.byName(e.key(), e.where());
            changes.put(e.key(), b.writtenPath(p) != null ? b.writtenPath(p).text() : plaza.params.Parameter.format(b.get(p)));
        }
        ParameterValues values;
        try {
            values = b.build();
        } catch (InputException e) {
            throw new InputException(file + ": " + e.getMessage());
        }
        return new Scenario(name, description, file, parent, changes, values, List.copyOf(conflicts), Set.copyOf(lineage));
    }

    /** The scenarios an 'extends' line names, loaded in order. */
    private List<Scenario> parents(Path file, String parent, int parentLine, List<Path> chain) {
        List<Scenario> parents = new ArrayList<>();
        // -1 keeps trailing empty entries: "baseline ," and "baseline,,juarez-surge" are refused alike
        String[] names = parent.split(",", -1);
        for (int i = 0; i < names.length; i++) {
            String one = names[i];
            if (one.isBlank()) {
                throw new InputException(file + ":" + parentLine + ": extends: entry " + (i + 1) + " of " + names.length
                        + " in '" + parent + "' is empty; give scenario names separated by commas, e.g. 'extends = baseline'"
                        + " or 'extends = merida-judicial-50, gun-export-controls'");
            }
            // a relative path is read from the folder of the file that names it, not the working directory
            String parentName = one.trim();
            boolean isPath = parentName.endsWith(EXTENSION) || parentName.contains("/");
            Path parentFile = resolve(isPath && file.getParent() != null ? file.getParent().resolve(parentName).toString() : parentName,
                    file + ":" + parentLine + ": extends: ");
            parents.add(load(parentFile, new ArrayList<>(chain)));
        }
        return parents;
    }

    /**
     * The values of several parents, later parents winning: a parent's value counts only if that
     * parent's own lineage set it (not a file every parent inherits, such as the baseline), so a later
     * parent does not undo an earlier one's change with a value it merely inherited. Parameters two
     * parents set differently are listed in {@code conflicts}.
     */
    private static ParameterValues.Builder merge(List<Scenario> parents, List<String> conflicts) {
        Set<Path> common = new LinkedHashSet<>(parents.get(0).lineage());
        for (Scenario p : parents) {
            common.retainAll(p.lineage());
        }
        ParameterValues.Builder b = parents.get(0).values().toBuilder();
        String[] setBy = new String[ParameterCatalog.size()];
        for (Scenario p : parents) {
            for (Parameter q : ParameterCatalog.all()) {
                String origin = p.values().setAt(q);
                if (origin.isEmpty() || common.contains(fileOf(origin))) {
                    continue;
                }
                int i = ParameterCatalog.all().indexOf(q);
                if (setBy[i] != null && !setBy[i].equals(p.name())) {
                    String earlier = b.writtenPath(q) != null ? b.writtenPath(q).text() : Parameter.format(b.get(q));
                    if (!earlier.equals(p.values().text(q))) {
                        String at = b.writtenPath(q) != null ? b.writtenPath(q).points().get(0).where() : b.origin(q);
                        conflicts.add(q.name() + ": " + setBy[i] + " sets " + earlier + " (" + place(at) + "), "
                                + p.name() + " sets " + p.values().text(q) + " (" + place(origin) + "); " + p.name() + " wins");
                    }
                }
                b.copy(q, p.values());
                setBy[i] = p.name();
            }
        }
        return b;
    }

    private static String place(String origin) {
        String o = origin.trim();
        return o.endsWith(":") ? o.substring(0, o.length() - 1) : o;
    }

    private static Path fileOf(String origin) {
        String f = origin.replaceFirst(":\\d+: $", "");
        try {
            return Path.of(f).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return Path.of("");
        }
    }
}
