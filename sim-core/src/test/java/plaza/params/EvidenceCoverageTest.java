package plaza.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import plaza.scenario.ScenarioLibrary;

/**
 * The evidence table {@code seeds/evidence.csv} covers the parameter catalog exactly: one row per
 * parameter, no row for a parameter that no longer exists, the catalog's status and unit, and the
 * value the baseline scenario resolves to (fitted values included). After a retune or a new fit,
 * {@code ./plaza calibrate --update-evidence} brings the mechanical columns back in line and lists
 * rows whose text needs a human look.
 */
class EvidenceCoverageTest {

    static final List<String> COLUMNS = List.of("parameter", "value", "unit", "status", "publication", "locator",
            "figure_as_stated", "derivation", "fitted_targets", "assumed_reason_and_range_tested", "alternatives");

    private static final Path EVIDENCE = Path.of("../seeds/evidence.csv");
    private static final Pattern LOCATOR = Pattern.compile("(\\d{3}):(\\d+)(?:-(\\d+))?");

    @Test
    void everyParameterHasExactlyOneMatchingRow() throws IOException {
        List<Map<String, String>> rows = read(EVIDENCE);
        ParameterValues baseline = new ScenarioLibrary(Path.of("../scenarios")).load("baseline").values();
        List<String> problems = problems(rows, baseline);
        assertTrue(problems.isEmpty(), "seeds/evidence.csv disagrees with the catalog or the baseline "
                + "(run ./plaza calibrate --update-evidence, then curate):\n  " + String.join("\n  ", problems));
    }

    @Test
    void theCheckCatchesMissingExtraAndMismatchedRows() {
        ParameterValues defaults = ParameterValues.builder().build();
        List<Map<String, String>> rows = new ArrayList<>();
        for (Parameter p : ParameterCatalog.all()) {
            rows.add(row(p, defaults.get(p)));
        }
        assertEquals(List.of(), problems(rows, defaults), "a table built from the catalog is complete");

        Parameter first = ParameterCatalog.all().get(0);
        Parameter second = ParameterCatalog.all().get(1);
        Parameter third = ParameterCatalog.all().get(2);
        rows.remove(0);
        rows.add(row(first, defaults.get(first)));
        rows.get(0).put("status", first.status() == Parameter.Status.ASSUMED ? "cited" : "assumed");
        rows.get(1).put("value", Double.toString(defaults.get(third) * 2 + 1));
        Map<String, String> ghost = row(second, 1);
        ghost.put("parameter", "no.such_parameter");
        rows.add(ghost);
        rows.removeIf(r -> r.get("parameter").equals(first.name()));
        List<String> problems = problems(rows, defaults);
        assertEquals(4, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).contains(second.name()) && problems.get(0).contains("status"), problems.get(0));
        assertTrue(problems.get(1).contains(third.name()) && problems.get(1).contains("value"), problems.get(1));
        assertTrue(problems.get(2).contains("no.such_parameter"), problems.get(2));
        assertTrue(problems.get(3).contains(first.name()) && problems.get(3).contains("no row"), problems.get(3));
    }

    /** Each locator names an existing report and lines inside it (needs ../shared beside the clone). */
    @Test
    void locatorsPointToLinesOfTheReports() throws IOException {
        Path reports = Path.of("../../shared/seeds");
        assumeTrue(Files.isDirectory(reports), "the source reports are not beside this clone (" + reports.toAbsolutePath() + ")");
        Map<String, Integer> lines = new HashMap<>();
        try (var files = Files.list(reports)) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("\\d{3}_.*\\.txt")).toList()) {
                lines.put(f.getFileName().toString().substring(0, 3), Files.readAllLines(f, StandardCharsets.UTF_8).size());
            }
        }
        List<String> problems = new ArrayList<>();
        for (Map<String, String> r : read(EVIDENCE)) {
            Matcher m = LOCATOR.matcher(r.get("locator"));
            while (m.find()) {
                Integer n = lines.get(m.group(1));
                int last = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(2));
                if (n == null || Integer.parseInt(m.group(2)) < 1 || last > n) {
                    problems.add(r.get("parameter") + ": " + m.group() + " is not inside a report");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Problems in catalog order, then rows naming unknown parameters, then parameters without rows. */
    static List<String> problems(List<Map<String, String>> rows, ParameterValues baseline) {
        List<String> out = new ArrayList<>();
        Map<String, Map<String, String>> byName = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            if (byName.put(r.get("parameter"), r) != null) {
                out.add(r.get("parameter") + ": more than one row");
            }
        }
        for (Parameter p : ParameterCatalog.all()) {
            Map<String, String> r = byName.get(p.name());
            if (r == null) {
                continue;
            }
            String status = p.status().name().toLowerCase(Locale.ROOT);
            if (!status.equals(r.get("status"))) {
                out.add(p.name() + ": status " + r.get("status") + ", catalog says " + status);
            }
            if (!p.unit().equals(r.get("unit"))) {
                out.add(p.name() + ": unit '" + r.get("unit") + "', catalog says '" + p.unit() + "'");
            }
            double expected = baseline.get(p);
            double value;
            try {
                value = Double.parseDouble(r.get("value"));
            } catch (NumberFormatException e) {
                value = Double.NaN;
            }
            if (!(Math.abs(value - expected) <= 1e-9 * Math.max(1, Math.abs(expected)))) {
                out.add(p.name() + ": value " + r.get("value") + ", baseline resolves to " + Parameter.format(expected));
            }
            String required = switch (p.status()) {
                case CITED -> "figure_as_stated";
                case DERIVED -> "derivation";
                case FITTED -> "fitted_targets";
                case ASSUMED -> "assumed_reason_and_range_tested";
            };
            if (r.get(required) == null || r.get(required).isBlank()) {
                out.add(p.name() + ": " + status + " row has an empty " + required);
            }
        }
        for (String name : byName.keySet()) {
            if (!ParameterCatalog.exists(name)) {
                out.add(name + ": row for a parameter that is not in the catalog");
            }
        }
        for (Parameter p : ParameterCatalog.all()) {
            if (!byName.containsKey(p.name())) {
                out.add(p.name() + ": no row in seeds/evidence.csv");
            }
        }
        return out;
    }

    private static Map<String, String> row(Parameter p, double value) {
        Map<String, String> r = new LinkedHashMap<>();
        for (String c : COLUMNS) {
            r.put(c, "x");
        }
        r.put("parameter", p.name());
        r.put("value", Parameter.format(value));
        r.put("unit", p.unit());
        r.put("status", p.status().name().toLowerCase(Locale.ROOT));
        return r;
    }

    /** Reads an RFC 4180 CSV file (quoted fields may hold commas, quotes and newlines). */
    static List<Map<String, String>> read(Path file) throws IOException {
        List<List<String>> records = parse(Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(COLUMNS, records.get(0), file + ": header");
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> rec = records.get(i);
            assertEquals(COLUMNS.size(), rec.size(), file + ": record " + (i + 1) + " field count");
            Map<String, String> r = new LinkedHashMap<>();
            for (int c = 0; c < COLUMNS.size(); c++) {
                r.put(COLUMNS.get(c), rec.get(c));
            }
            rows.add(r);
        }
        return rows;
    }

    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> rec = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                rec.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                rec.add(field.toString());
                field.setLength(0);
                records.add(rec);
                rec = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !rec.isEmpty()) {
            rec.add(field.toString());
            records.add(rec);
        }
        return records;
    }
}
