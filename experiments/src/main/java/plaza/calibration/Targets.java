package plaza.calibration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import plaza.params.InputException;

/**
 * Reads the in-sample targets table ({@code seeds/targets.csv}). Columns: {@code id, statistic,
 * metric, period, low, high, divide_by, unit, source, tolerance_note}. Every error names the file
 * and line, and the command exits with status 2.
 */
public final class Targets {

    /** The columns, in file order. */
    public static final List<String> COLUMNS = List.of("id", "statistic", "metric", "period", "low", "high",
            "divide_by", "unit", "source", "tolerance_note");

    private Targets() {}

    /** Loads and checks every target of a table. */
    public static List<Target> load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException("targets table " + file + " does not exist");
        }
        List<Target> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        CsvTable.read(file, "targets table", COLUMNS, (rec, where) -> {
            Target t = parse(rec, where);
            if (!ids.add(t.id())) {
                throw new InputException(where + "target id '" + t.id() + "' appears twice");
            }
            out.add(t);
        });
        if (out.isEmpty()) {
            throw new InputException(file + ": no targets");
        }
        return List.copyOf(out);
    }

    private static Target parse(CSVRecord rec, String where) {
        String id = rec.get("id").trim();
        if (id.isEmpty()) {
            throw new InputException(where + "empty target id");
        }
        Target.Statistic stat;
        try {
            stat = Target.Statistic.valueOf(rec.get("statistic").trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputException(where + "unknown statistic '" + rec.get("statistic") + "'; allowed: "
                    + String.join(", ", java.util.Arrays.stream(Target.Statistic.values()).map(Target.Statistic::key).toList()));
        }
        String metric = rec.get("metric").trim();
        TargetPeriod period = TargetPeriod.parse(rec.get("period"), where);
        if (stat.fromInputs()) {
            checkCategory(metric, where);
        } else {
            String[] sides = stat == Target.Statistic.RATIO ? metric.split("/", -1) : new String[] {metric};
            for (String side : sides) {
                MetricSum.parse(side, where + "metric");
            }
            if (period.firstMonth().isBefore(TargetStatistics.first())) {
                throw new InputException(where + "period '" + period + "' starts before the simulation ("
                        + TargetStatistics.first() + ")");
            }
            if (stat == Target.Statistic.VALUE && period.months() != 1) {
                throw new InputException(where + "statistic 'value' needs a single month, not '" + period + "'");
            }
        }
        Bound low = Bound.parse(rec.get("low"), where + "low: ");
        Bound high = Bound.parse(rec.get("high"), where + "high: ");
        if (low.unbounded() && high.unbounded()) {
            throw new InputException(where + "target '" + id + "' has neither a low nor a high bound");
        }
        if (!low.unbounded() && !high.unbounded() && low.parameter() == high.parameter() && low.number() > high.number()) {
            throw new InputException(where + "low bound " + low + " is above high bound " + high);
        }
        double divideBy;
        try {
            String d = rec.get("divide_by").trim();
            divideBy = d.isEmpty() ? 1 : Double.parseDouble(d);
        } catch (NumberFormatException e) {
            throw new InputException(where + "divide_by '" + rec.get("divide_by") + "' is not a number");
        }
        if (!(divideBy > 0)) {
            throw new InputException(where + "divide_by must be positive");
        }
        return new Target(id, stat, metric, period, low, high, divideBy, rec.get("unit").trim(),
                rec.get("source").trim(), rec.get("tolerance_note").trim());
    }

    private static void checkCategory(String metric, String where) {
        if (metric.equals("all")) {
            return;
        }
        try {
            plaza.funding.MeridaInitiative.Category.valueOf(metric.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputException(where + "Merida category '" + metric + "' unknown; allowed: all, equipment, "
                    + "training, judicial, economic");
        }
    }
}
