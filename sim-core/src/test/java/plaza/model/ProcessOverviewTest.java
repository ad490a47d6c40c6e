package plaza.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import plaza.core.Phase;
import plaza.core.Submodel;

/**
 * The README's ODD process overview and code table are generated from the submodel registry, and each
 * package README's list of the parameters its submodels read; each test fails when its generated part
 * is stale. After a change to the registry, a declaration or {@link SubmodelTests}, regenerate them with
 * {@code mvn -pl sim-core test -Dtest=ProcessOverviewTest -Dplaza.updateReadme=true}.
 */
class ProcessOverviewTest {

    private static final Path README = Path.of("README.md");
    private static final String BEGIN = "<!-- process overview: generated from SubmodelRegistry -->\n";
    private static final String END = "<!-- end of process overview -->";
    private static final String CODE_BEGIN = "<!-- code table: generated from SubmodelRegistry and SubmodelTests -->\n";
    private static final String CODE_END = "<!-- end of code table -->";
    private static final String PARAMS_BEGIN = "<!-- parameters: generated from SubmodelRegistry -->\n";
    private static final String PARAMS_END = "<!-- end of parameters -->";

    @Test
    void readmeListsTheRegisteredSubmodelsInOrder() throws IOException {
        GeneratedSection.check(README, BEGIN, END, SubmodelRegistry.processOverview());
    }

    @Test
    void readmeLinksEachSubmodelsClassParametersAndTests() throws IOException {
        String table = SubmodelLinks.codeTable(SubmodelTests.BY_SUBMODEL);
        GeneratedSection.check(README, CODE_BEGIN, CODE_END, table);
        // by content: a known row, with the class, its catalog and its tests linked
        assertTrue(table.contains("| `arrests` | [`enforcement/Arrests`](src/main/java/plaza/enforcement/Arrests.java) | "), table);
        assertTrue(table.contains("[`ArrestsTest`](src/test/java/plaza/enforcement/ArrestsTest.java), [`CourtCapacityTest`]"), table);
        assertTrue(table.contains("| `month-start` | [`core/World`](src/main/java/plaza/core/World.java) | - | none |"), table);
        for (String row : table.split("\n")) {
            assertTrue(row.length() <= 1000, "a row of the code table is too long to read: " + row);
        }
    }

    /**
     * The hand-written Submodels table (mechanism by mechanism) names its classes as links, and names
     * the class of every registered submodel but the three the registry writes inline.
     */
    @Test
    void submodelsTableLinksItsClasses() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int a = readme.indexOf("### Submodels\n");
        assertTrue(a >= 0, "README lacks the Submodels section");
        String section = readme.substring(a, readme.indexOf("\n#", a + 1) < 0 ? readme.length() : readme.indexOf("\n#", a + 1));
        List<String> wrong = new ArrayList<>();
        StringBuilder classes = new StringBuilder();
        for (String row : section.split("\n")) {
            String[] cells = row.split(" \\| ");
            if (!row.startsWith("| ") || cells.length < 4 || row.startsWith("| submodel") || row.startsWith("| ---")) {
                continue;
            }
            String unlinked = cells[1].replaceAll("\\[`[a-z]+/[A-Z]\\w*`\\]\\(src/main/java/plaza/[a-z]+/[A-Z]\\w*\\.java\\)", "");
            if (unlinked.matches("(?s).*`[a-z]+/[A-Z]\\w*`.*")) {
                wrong.add("unlinked class in: " + cells[0]);
            }
            classes.append(cells[1]);
        }
        for (Submodel s : SubmodelRegistry.declared()) {
            String link = "[`" + SubmodelLinks.shortName(SubmodelLinks.stepClass(s)) + "`](";
            if (!List.of("month-start", "homicide-window", "recording").contains(s.name()) && !classes.toString().contains(link)) {
                wrong.add(s.name() + ": its class " + link + " is not in the Submodels table");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void packageReadmesListTheParametersTheirSubmodelsRead() throws IOException {
        Set<String> packages = new TreeSet<>();
        for (Submodel s : SubmodelRegistry.declared()) {
            Class<?> c = SubmodelLinks.stepClass(s);
            if (s.reads().parameters().size() > SubmodelLinks.INLINE && SubmodelLinks.hasReadme(c)) {
                packages.add(c.getPackageName().substring("plaza.".length()));
            }
        }
        assertTrue(packages.containsAll(Set.of("violence", "enforcement", "finance", "territory")), packages.toString());
        for (String pkg : packages) {
            Path readme = Path.of("src/main/java/plaza", pkg, "README.md");
            String text = Files.readString(readme, StandardCharsets.UTF_8);
            if (Boolean.getBoolean("plaza.updateReadme") && !text.contains(PARAMS_BEGIN)) {
                Files.writeString(readme, text.stripTrailing() + "\n\n" + SubmodelLinks.HEADING + "\n\n"
                        + "Generated from the submodel declarations (`model/ProcessOverviewTest`), grouped by the catalog class that declares them.\n\n"
                        + PARAMS_BEGIN + PARAMS_END + "\n", StandardCharsets.UTF_8);
            }
            assertTrue(Files.readString(readme, StandardCharsets.UTF_8).contains(SubmodelLinks.HEADING + "\n"), readme + " lacks " + SubmodelLinks.HEADING);
            GeneratedSection.check(readme, PARAMS_BEGIN, PARAMS_END, SubmodelLinks.parameterSection(pkg));
        }
        String violence = SubmodelLinks.parameterSection("violence");
        assertTrue(violence.contains("- `violence` (`Violence`), ") && violence.contains("  - [`ViolenceParameters`](../params/ViolenceParameters.java): ")
                && violence.contains("`violence.stake_elasticity`"), violence);
    }

    /**
     * Each submodel has at least one linked test, or is listed in {@link SubmodelTests#NONE} with the
     * reason; a listed test names the submodel, its class, or a parameter, output or channel it
     * declares (so a test is not linked to a submodel it never touches), or is listed in
     * {@link SubmodelTests#THROUGH_OUTCOMES} with what it checks; the lists name only registered submodels.
     */
    @Test
    void everySubmodelHasALinkedTestOrAStatedReason() throws IOException {
        Map<String, List<String>> tests = SubmodelTests.BY_SUBMODEL;
        Set<String> names = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        for (Submodel s : SubmodelRegistry.declared()) {
            names.add(s.name());
            boolean none = SubmodelTests.NONE.containsKey(s.name());
            List<String> linked = tests.getOrDefault(s.name(), List.of());
            if (linked.isEmpty() != none) {
                wrong.add(s.name() + (none ? ": has tests but is listed as having none" : ": no linked test and no stated reason"));
            }
            for (String t : linked) {
                Path file = Path.of("src/test/java/plaza", t + ".java");
                if (!Files.exists(file)) {
                    wrong.add(s.name() + ": no test " + file);
                } else if (!namesSomethingOf(s, Files.readString(file, StandardCharsets.UTF_8))
                        && !SubmodelTests.THROUGH_OUTCOMES.containsKey(s.name() + " " + t)) {
                    wrong.add(s.name() + ": " + t + " names nothing the submodel declares");
                }
            }
        }
        Set<String> listed = new HashSet<>(tests.keySet());
        listed.addAll(SubmodelTests.NONE.keySet());
        listed.removeAll(names);
        assertEquals(Set.of(), listed, "listed but not registered");
        assertEquals(List.of(), wrong);
        String count = (names.size() - SubmodelTests.NONE.size()) + " of the " + names.size() + " submodels have a linked test";
        assertTrue(Files.readString(README, StandardCharsets.UTF_8).replaceAll("\\s+", " ").contains(count), "README should say: " + count);
    }

    private static boolean namesSomethingOf(Submodel s, String source) {
        List<String> words = new ArrayList<>(List.of(SubmodelLinks.stepClass(s).getSimpleName()));
        for (plaza.params.Parameter p : s.reads().parameters()) {
            words.add(p.name());
            for (java.lang.reflect.Field f : SubmodelLinks.catalogOf(p).getFields()) {
                try {
                    if (f.get(null) == p) {
                        words.add(f.getName());
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        s.writes().outputs().forEach(m -> words.add(m.name()));
        s.reads().channels().forEach(c -> words.add(c.name()));
        s.writes().channels().forEach(c -> words.add(c.name()));
        s.writes().state().stream().filter(n -> n.startsWith("event:")).forEach(n -> words.add(n.substring(6).replace("*", "")));
        if (source.contains("\"" + s.name() + "\"")) {
            return true;
        }
        return words.stream().anyMatch(w -> Pattern.compile("\\b" + Pattern.quote(w) + "\\b").matcher(source).find());
    }

    @Test
    void everyPhaseHasASubmodelAndNamesAreUnique() {
        Set<String> names = new HashSet<>();
        Set<Phase> phases = new HashSet<>();
        for (Submodel s : SubmodelRegistry.declared()) {
            assertTrue(names.add(s.name()), "duplicate submodel name " + s.name());
            phases.add(s.phase());
        }
        assertEquals(Set.of(Phase.values()), phases);
    }
}
