package plaza.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import plaza.core.Phase;

/**
 * The package graph of sim-core's main sources points one way: no import cycle between packages,
 * and a phase package imports only the kernel, the base packages and packages of earlier phases,
 * never a later phase or the model that schedules them.
 */
class PackageGraphTest {

    /** The phase packages in phase order (Phase.MARKET is the markets package). */
    static final List<String> PHASE_PACKAGES = List.of("plaza.funding", "plaza.institutions", "plaza.markets",
            "plaza.trafficking", "plaza.finance", "plaza.enforcement", "plaza.territory", "plaza.violence");

    static Map<String, Set<String>> graph() {
        Map<String, Set<String>> g = new TreeMap<>();
        for (Path f : SourceScan.javaFiles()) {
            g.computeIfAbsent(SourceScan.packageOf(f), k -> new TreeSet<>()).addAll(SourceScan.importedPackages(f));
        }
        return g;
    }

    @Test
    void thereIsNoImportCycle() {
        Map<String, Set<String>> g = graph();
        List<String> cycles = new ArrayList<>();
        for (String start : g.keySet()) {
            List<String> path = cycleThrough(start, g);
            if (!path.isEmpty()) {
                cycles.add(String.join(" -> ", path));
            }
        }
        assertEquals(List.of(), cycles, "import cycles between sim-core packages");
    }

    @Test
    void phasePackagesDependOnEarlierPhasesOnly() {
        Map<String, Set<String>> g = graph();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < PHASE_PACKAGES.size(); i++) {
            String pkg = PHASE_PACKAGES.get(i);
            for (String dep : g.getOrDefault(pkg, Set.of())) {
                int j = PHASE_PACKAGES.indexOf(dep);
                if (j > i || dep.equals("plaza.model")) {
                    wrong.add(pkg + " -> " + dep);
                }
            }
        }
        assertEquals(List.of(), wrong, "a phase package reaches a later phase or the model");
    }

    @Test
    void everyPhaseBeforeRecordingHasItsPackage() {
        Map<String, Set<String>> g = graph();
        assertEquals(Phase.values().length - 1, PHASE_PACKAGES.size());
        for (String pkg : PHASE_PACKAGES) {
            assertTrue(g.containsKey(pkg), "missing package " + pkg);
        }
    }

    @Test
    void everyPhasePackageHasAReadmeNamingItsClasses() throws java.io.IOException {
        for (String pkg : PHASE_PACKAGES) {
            Path dir = SourceScan.MAIN.resolve(pkg.replace('.', '/'));
            String readme = java.nio.file.Files.readString(dir.resolve("README.md"));
            for (Path f : SourceScan.javaFiles()) {
                if (f.getParent().equals(dir)) {
                    String cls = f.getFileName().toString().replace(".java", "");
                    assertTrue(readme.contains(cls), dir + "/README.md does not name " + cls);
                }
            }
        }
    }

    @Test
    void theCycleFinderFindsACycle() {
        Map<String, Set<String>> g = new TreeMap<>();
        g.put("a", Set.of("b"));
        g.put("b", Set.of("c"));
        g.put("c", Set.of("a"));
        g.put("d", Set.of("a"));
        assertEquals(List.of("a", "b", "c", "a"), cycleThrough("a", g));
        assertTrue(cycleThrough("d", g).isEmpty());
        assertFalse(cycleThrough("b", g).isEmpty());
    }

    /** A path start -> ... -> start, or empty if start is on no cycle (depth-first search). */
    static List<String> cycleThrough(String start, Map<String, Set<String>> g) {
        List<String> path = new ArrayList<>(List.of(start));
        return search(start, start, g, path, new TreeSet<>()) ? path : List.of();
    }

    private static boolean search(String start, String at, Map<String, Set<String>> g, List<String> path, Set<String> seen) {
        for (String next : g.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                path.add(next);
                return true;
            }
            if (seen.add(next)) {
                path.add(next);
                if (search(start, next, g, path, seen)) {
                    return true;
                }
                path.remove(path.size() - 1);
            }
        }
        return false;
    }
}
