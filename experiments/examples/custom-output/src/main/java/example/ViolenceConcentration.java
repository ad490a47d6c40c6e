package example;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import plaza.api.MonthRow;
import plaza.api.RunObserver;
import plaza.api.Scenarios;
import plaza.output.Metric;
import plaza.output.PlazaRow;

/**
 * A custom output added without touching Plaza's code: how concentrated the violence is. Each month
 * the observer receives the plaza rows, and writes {@code concentration.csv}: the month, all homicides,
 * the share of them in the three most violent plazas, and the most violent plaza. The model's own
 * outputs are not kept; only this one is.
 *
 * <p>Arguments: {@code SCENARIO SEED UNTIL OUT_DIR}, for example {@code baseline 1 2012-12 out}.
 */
public final class ViolenceConcentration implements RunObserver {

    /** The file written. */
    static final String FILE = "concentration.csv";
    /** How many plazas count as the most violent. */
    static final int TOP = 3;

    private final List<String> lines = new ArrayList<>(List.of("month,homicides,top3_share,most_violent_plaza"));
    private double homicides;

    @Override
    public void month(MonthRow row) {
        homicides = row.get(Metric.HOMICIDES); // month() comes before plazas() for each month
    }

    @Override
    public void plazas(YearMonth month, List<PlazaRow> rows) {
        List<PlazaRow> byViolence = new ArrayList<>(rows);
        byViolence.sort(Comparator.comparingDouble(PlazaRow::homicides).reversed().thenComparing(PlazaRow::plaza));
        double top = 0;
        for (PlazaRow r : byViolence.subList(0, Math.min(TOP, byViolence.size()))) {
            top += r.homicides();
        }
        double share = homicides > 0 ? top / homicides : 0;
        lines.add(month + "," + homicides + "," + share + "," + byViolence.get(0).plaza());
    }

    /** Writes the lines gathered so far. */
    void write(Path dir) {
        try {
            Files.createDirectories(dir);
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8))) {
                lines.forEach(w::println);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a scenario with this output attached and writes it. */
    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: ViolenceConcentration SCENARIO SEED UNTIL OUT_DIR");
            System.exit(2);
        }
        ViolenceConcentration output = new ViolenceConcentration();
        Scenarios.bundled().load(args[0]).run(Long.parseLong(args[1])).until(YearMonth.parse(args[2])).run(output);
        Path dir = Path.of(args[3]);
        output.write(dir);
        System.out.println("wrote " + dir.resolve(FILE) + " (" + (output.lines.size() - 1) + " months)");
    }
}
