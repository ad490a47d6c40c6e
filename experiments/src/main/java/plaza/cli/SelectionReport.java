package plaza.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import plaza.analysis.RankingAndSelection;
import plaza.analysis.Selection;
import plaza.io.Numbers;

/** What {@code plaza select} writes: the ranking as CSV, and the answer in words. */
final class SelectionReport {

    private SelectionReport() {}

    static String csv(Selection.Outcome o) {
        List<String> varied = new ArrayList<>();
        for (Selection.Candidate c : o.systems()) {
            c.values().keySet().stream().filter(k -> !varied.contains(k)).forEach(varied::add);
        }
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build())) {
            List<String> header = new ArrayList<>(List.of("rank", "candidate", "scenario"));
            header.addAll(varied);
            header.addAll(List.of("replications", "mean", "sd", "mean_first_stage", "status", "eliminated_after_replications"));
            p.printRecord(header);
            double sign = o.options().maximize() ? -1 : 1;
            int rank = 1;
            for (RankingAndSelection.Ranked r : o.result().ranking()) {
                Selection.Candidate c = o.systems().get(r.system());
                List<String> row = new ArrayList<>(List.of(Integer.toString(rank++), c.label(), c.scenario()));
                for (String v : varied) {
                    row.add(c.values().containsKey(v) ? Numbers.format(c.values().get(v)) : "");
                }
                row.add(Integer.toString(r.replications()));
                row.add(Numbers.format(sign * r.mean()));
                row.add(Double.isNaN(r.sd()) ? "" : Numbers.format(r.sd()));
                row.add(Numbers.format(sign * r.firstStageMean()));
                row.add(r.system() == o.result().chosen() ? "chosen" : r.eliminatedAt() == 0 ? "not separated" : "eliminated");
                row.add(r.eliminatedAt() == 0 ? "" : Integer.toString(r.eliminatedAt()));
                p.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** The answer in two or three sentences (printed, and the head of selection.md). */
    static String summary(Selection.Outcome o) {
        Selection.Options op = o.options();
        RankingAndSelection.Result r = o.result();
        Selection.Candidate best = o.systems().get(r.chosen());
        double sign = op.maximize() ? -1 : 1;
        double mean = sign * r.ranking().stream().filter(x -> x.system() == r.chosen()).findFirst().orElseThrow().mean();
        String zone = op.deltaPercent() > 0 ? Numbers.format(op.deltaPercent()) + "% of the candidates' mean (" + round(o.delta()) + ")"
                : round(o.delta());
        StringBuilder sb = new StringBuilder();
        sb.append("Chosen: ").append(best.label()).append(", ").append(op.maximize() ? "largest" : "smallest").append(' ')
                .append(op.outcome().column()).append(' ').append(op.period()).append(": ").append(round(mean))
                .append(" (mean of ").append(r.ranking().stream().filter(x -> x.system() == r.chosen()).findFirst().orElseThrow().replications())
                .append(" replications).\n");
        if (r.guaranteed()) {
            sb.append("With probability at least ").append(Numbers.format(op.probability())).append(", it is within ").append(zone)
                    .append(" of the best of the ").append(o.systems().size()).append(" candidates (Kim-Nelson procedure, common random numbers, ")
                    .append(op.n0()).append(" replications to start), under the model's assumptions.\n");
        } else {
            sb.append("NOT guaranteed: the cap of ").append(op.maxReplications()).append(" replications was reached with ")
                    .append(r.ranking().stream().filter(x -> x.eliminatedAt() == 0).count())
                    .append(" candidates not separated; the chosen one has the smallest mean among them. Raise --max-replications or widen --delta (now ")
                    .append(zone).append(").\n");
        }
        sb.append("Runs spent: ").append(r.runs()).append(" (").append(r.stages()).append(" replications of the last survivors).\n");
        return sb.toString();
    }

    static String markdown(Selection.Outcome o) {
        StringBuilder sb = new StringBuilder("# Selection: ").append(o.options().outcome().column()).append(", ").append(o.options().period()).append("\n\n");
        sb.append(summary(o).replace("\n", "\n\n")).append("| rank | candidate | replications | mean | status |\n| --- | --- | --- | --- | --- |\n");
        String[] lines = csv(o).split("\n");
        double sign = o.options().maximize() ? -1 : 1;
        int rank = 1;
        for (RankingAndSelection.Ranked r : o.result().ranking()) {
            String status = r.system() == o.result().chosen() ? "chosen" : r.eliminatedAt() == 0 ? "not separated"
                    : "eliminated after " + r.eliminatedAt() + " replications";
            sb.append("| ").append(rank++).append(" | ").append(o.systems().get(r.system()).label()).append(" | ").append(r.replications())
                    .append(" | ").append(round(sign * r.mean())).append(" | ").append(status).append(" |\n");
        }
        sb.append("\nA candidate is eliminated once its mean is worse than another's by more than the procedure's allowance, which shrinks as replications add up; ")
                .append(lines.length - 1).append(" candidates in all. The guarantee assumes nearly normal outputs (period totals over many months are) and holds for the model, not for the world.\n");
        return sb.toString();
    }

    private static String round(double v) {
        return Math.abs(v) >= 100 ? String.format(java.util.Locale.ROOT, "%,.0f", v) : Numbers.format(Math.round(v * 1000) / 1000.0);
    }
}
