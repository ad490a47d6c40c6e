package plaza.calibration;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import plaza.io.AtomicFiles;
import plaza.params.InputException;
import plaza.params.Parameter;
import plaza.params.ParameterCatalog;
import plaza.params.ParameterValues;

/**
 * The evidence table ({@code seeds/evidence.csv}): one row per catalog parameter saying where its
 * baseline value comes from. People curate the text columns; this class drafts rows for new
 * parameters from the catalog's {@code source} strings and keeps the mechanical columns (value,
 * unit, status) equal to the catalog and the resolved baseline, so that the coverage test passes
 * after a retune without hand-copying numbers.
 */
public final class EvidenceTable {

    /** The columns, in file order. */
    public static final List<String> COLUMNS = List.of("parameter", "value", "unit", "status", "publication",
            "locator", "figure_as_stated", "derivation", "fitted_targets", "assumed_reason_and_range_tested",
            "alternatives");

    /** Short bibliographic names of the five reports by file number (full entries in seeds/README.md). */
    static final Map<String, String> PUBLICATIONS = Map.of(
            "000", "ONDCP, Source Countries and Drug Transit Zones: Mexico (c. 2008)",
            "001", "Shirk, The Drug War in Mexico, CFR Council Special Report 60 (2011)",
            "002", "ONDCP, US/Mexico Bi-National Cooperation Against Illicit Drugs 1995-2000",
            "003", "News report on the extradition of 29 traffickers (February 2025)",
            "004", "Zhang, U.S.-Mexico Cooperation on Counternarcotics and Transnational Crime, American University (c. 2009)");

    private static final Pattern LOCATOR = Pattern.compile("\\b(00[0-4]):(\\d+(?:-\\d+)?)");

    /** What a synchronization changed, for the command to print. */
    public record Changes(List<String> added, List<String> removed, List<String> updated, List<String> statusChanged) {
        public boolean any() {
            return !added.isEmpty() || !removed.isEmpty() || !updated.isEmpty() || !statusChanged.isEmpty();
        }
    }

    private EvidenceTable() {}

    /** Reads the rows, keyed by parameter name, in file order. */
    public static Map<String, Map<String, String>> read(Path file) {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return rows;
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            if (!parser.getHeaderNames().equals(COLUMNS)) {
                throw new InputException(file + ":1: header must be " + String.join(",", COLUMNS));
            }
            for (CSVRecord rec : parser) {
                Map<String, String> row = new LinkedHashMap<>(rec.toMap());
                if (rows.put(row.get("parameter"), row) != null) {
                    throw new InputException(file + ":" + rec.getParser().getCurrentLineNumber() + ": parameter "
                            + row.get("parameter") + " has two rows");
                }
            }
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage());
        }
        return rows;
    }

    /**
     * Rewrites the table in catalog order: keeps curated columns, sets value, unit and status from
     * the catalog and {@code baseline}, drafts rows for new parameters and drops rows of parameters
     * that no longer exist.
     */
    public static Changes synchronize(Path file, ParameterValues baseline) {
        Map<String, Map<String, String>> old = read(file);
        List<String> added = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> statusChanged = new ArrayList<>();
        List<Map<String, String>> out = new ArrayList<>();
        for (Parameter p : ParameterCatalog.all()) {
            Map<String, String> row = old.get(p.name());
            String value = Parameter.format(baseline.get(p));
            String status = status(p);
            if (row == null) {
                row = draft(p, value);
                added.add(p.name());
            } else {
                if (!status.equals(row.get("status"))) {
                    statusChanged.add(p.name() + " (" + row.get("status") + " -> " + status + ")");
                }
                if (!value.equals(row.get("value")) || !p.unit().equals(row.get("unit"))) {
                    updated.add(p.name() + " (" + row.get("value") + " -> " + value + ")");
                }
                row.put("value", value);
                row.put("unit", p.unit());
                row.put("status", status);
            }
            out.add(row);
        }
        List<String> removed = new ArrayList<>();
        for (String name : old.keySet()) {
            if (!ParameterCatalog.exists(name)) {
                removed.add(name);
            }
        }
        Changes changes = new Changes(added, removed, updated, statusChanged);
        if (changes.any() || !Files.exists(file)) {
            write(file, out);
        }
        return changes;
    }

    /** The status as the table spells it. */
    public static String status(Parameter p) {
        return p.status().name().toLowerCase(Locale.ROOT);
    }

    /** A first draft of a row from the catalog declaration; curate the text columns by hand. */
    static Map<String, String> draft(Parameter p, String value) {
        Map<String, String> row = new LinkedHashMap<>();
        for (String c : COLUMNS) {
            row.put(c, "");
        }
        row.put("parameter", p.name());
        row.put("value", value);
        row.put("unit", p.unit());
        row.put("status", status(p));
        Set<String> files = new LinkedHashSet<>();
        List<String> locators = new ArrayList<>();
        Matcher m = LOCATOR.matcher(p.source());
        while (m.find()) {
            files.add(m.group(1));
            locators.add(m.group(1) + ":" + m.group(2));
        }
        List<String> pubs = new ArrayList<>();
        for (String f : files) {
            pubs.add(f + " " + PUBLICATIONS.get(f));
        }
        row.put("publication", String.join("; ", pubs));
        row.put("locator", String.join("; ", locators));
        switch (p.status()) {
            case CITED, DERIVED -> row.put("derivation", p.source());
            case FITTED -> row.put("fitted_targets", p.source());
            case ASSUMED -> row.put("assumed_reason_and_range_tested", p.source());
            default -> throw new IllegalStateException(p.status().name());
        }
        return row;
    }

    private static void write(Path file, List<Map<String, String>> rows) {
        AtomicFiles.write(file, w -> {
            try (CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                    .setHeader(COLUMNS.toArray(String[]::new)).setRecordSeparator("\n").build())) {
                for (Map<String, String> row : rows) {
                    List<String> cells = new ArrayList<>();
                    for (String c : COLUMNS) {
                        cells.add(row.getOrDefault(c, ""));
                    }
                    printer.printRecord(cells);
                }
            }
        });
    }
}
