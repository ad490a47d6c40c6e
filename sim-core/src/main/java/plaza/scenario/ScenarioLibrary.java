package plaza.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import plaza.params.InputException;
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
 * and whatever it extends. Every error names the file and line.
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
        Path asPath = Path.of(nameOrPath);
        if (nameOrPath.endsWith(EXTENSION) || nameOrPath.contains("/")) {
            if (Files.isRegularFile(asPath)) {
                return asPath;
            }
            throw new InputException((where == null ? "" : where) + "scenario file " + nameOrPath + " does not exist");
        }
        Path inDir = dir.resolve(nameOrPath + EXTENSION);
        if (Files.isRegularFile(inDir)) {
            return inDir;
        }
        List<String> known = Files.isDirectory(dir) ? names() : List.of();
        throw new InputException((where == null ? "" : where) + "unknown scenario '" + nameOrPath + "' (no file "
                + inDir + "); known scenarios: " + String.join(", ", nearestFirst(nameOrPath, known)));
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
        if (parent == null) {
            b = ParameterValues.builder();
        } else {
            // a relative path is read from the folder of the file that names it, not the working directory
            boolean isPath = parent.endsWith(EXTENSION) || parent.contains("/");
            Path parentFile = resolve(isPath && file.getParent() != null ? file.getParent().resolve(parent).toString() : parent,
                    file + ":" + parentLine + ": extends: ");
            b = load(parentFile, chain).values().toBuilder();
        }
        Map<String, Double> changes = new LinkedHashMap<>();
        for (KeyValueFile.Entry e : raw.values()) {
            b.set(e.key(), e.value(), e.where());
            changes.put(e.key(), b.get(plaza.params.ParameterCatalog.byName(e.key(), e.where())));
        }
        ParameterValues values;
        try {
            values = b.build();
        } catch (InputException e) {
            throw new InputException(file + ": " + e.getMessage());
        }
        return new Scenario(name, description, file, parent, changes, values);
    }
}
