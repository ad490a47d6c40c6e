package plaza.calibration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import plaza.io.AtomicFiles;
import plaza.io.Numbers;
import plaza.params.InputException;
import plaza.scenario.KeyValueFile;

/**
 * The history ensemble's files: {@value HistoryEnsemble#FILE} (key = value lines: the accepted seeds,
 * the rule, what it was matched on and the command that rebuilds it) and every candidate's record in
 * {@value HistoryEnsemble#CANDIDATES} (where it was rejected and by which checks), written atomically; read back with a clear refusal (file, line,
 * key) of a missing or malformed file.
 */
final class HistoryEnsembleFile {

    private HistoryEnsembleFile() {}

    private static final List<String> KEYS = List.of("format_version", "seeds", "accepted_count", "candidates", "accepted",
            "acceptance_rate", "wanted", "limit", "scale", "matched_until", "matching_rule", "strict", "tolerance", "exclude", "model_fingerprint", "targets_hash",
            "code_version", "built_at", "rebuild");

    /** Writes the ensemble file and the candidates' record next to it, each atomically. */
    static void write(HistoryEnsemble.Build b, Path dir) {
        HistoryEnsemble e = b.ensemble();
        StringBuilder sb = new StringBuilder();
        sb.append("# The history-matched ensemble: baseline seeds whose own run agrees with the reports' record 1995-2012.\n");
        sb.append("# Written by ./plaza ensemble (data, not code; see experiments/docs/history-ensemble.md).\n");
        sb.append("# Used by --seeds history (batch, headline). Where every candidate was rejected: ").append(HistoryEnsemble.CANDIDATES).append(".\n");
        Map<String, String> kv = new LinkedHashMap<>();
        kv.put("format_version", "1");
        kv.put("seeds", e.seeds().isEmpty() ? "none" : String.join(", ", e.seeds().stream().map(String::valueOf).toList()));
        kv.put("accepted_count", Integer.toString(e.seeds().size()));
        kv.put("candidates", Integer.toString(e.candidates()));
        kv.put("accepted", Integer.toString(e.accepted()));
        kv.put("acceptance_rate", String.format(Locale.ROOT, "%.4f", e.acceptanceRate()));
        kv.put("wanted", Integer.toString(e.wanted()));
        kv.put("limit", Integer.toString(e.limit()));
        kv.put("scale", Numbers.format(e.scale()));
        kv.put("matched_until", HistoryEnsemble.MATCHED_UNTIL.toString());
        kv.put("matching_rule", e.rule().text());
        kv.put("strict", e.rule().strict().isEmpty() ? "none" : String.join(", ", e.rule().strict()));
        kv.put("tolerance", Numbers.format(e.rule().tolerance()));
        kv.put("exclude", e.rule().excluded().isEmpty() ? "none" : String.join(", ", e.rule().excluded()));
        kv.put("model_fingerprint", e.fingerprint());
        kv.put("targets_hash", e.targetsHash());
        kv.put("code_version", e.codeVersion());
        kv.put("built_at", e.builtAt());
        kv.put("rebuild", e.rebuildCommand());
        kv.forEach((k, v) -> sb.append(k).append(" = ").append(v.replace('#', ' ')).append('\n'));
        AtomicFiles.writeString(dir.resolve(HistoryEnsemble.FILE), sb.toString());
        AtomicFiles.writeBytes(dir.resolve(HistoryEnsemble.CANDIDATES), candidates(b));
    }

    /**
     * The candidates' record, gzip-compressed: per candidate its seed, whether it was accepted, the
     * month it was rejected in and the checks that failed there with the run's value ({@code id=value};
     * {@code id:denominator=value} for a ratio's implied bound), and how many targets it met up to then.
     */
    private static byte[] candidates(HistoryEnsemble.Build b) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.Writer w = new java.io.OutputStreamWriter(new java.util.zip.GZIPOutputStream(bytes),
                java.nio.charset.StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader("seed", "accepted", "rejected_at", "rejected_by",
                     "targets_met").setRecordSeparator("\n").build())) {
            for (HistoryEnsemble.Candidate c : b.candidates()) {
                int met = 0;
                for (int t = 0; t < c.met().length; t++) {
                    met += c.met()[t] && !Double.isNaN(c.values()[t]) ? 1 : 0;
                }
                p.printRecord(Long.toString(c.seed()), Boolean.toString(c.accepted()),
                        c.rejectedAt() == null ? "" : c.rejectedAt().toString(), String.join(";", c.rejectedBy()), Integer.toString(met));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // in memory: does not fail
        }
        return bytes.toByteArray();
    }

    /** Reads an ensemble file; a missing or malformed one is refused with the file, line and key. */
    static HistoryEnsemble read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no history ensemble; build it with ./plaza ensemble (a few minutes)");
        }
        Map<String, KeyValueFile.Entry> kv = new LinkedHashMap<>();
        for (KeyValueFile.Entry en : KeyValueFile.read(file, "history ensemble file")) {
            if (!KEYS.contains(en.key())) {
                throw new InputException(en.where() + "unknown key '" + en.key() + "'; allowed: " + String.join(", ", KEYS));
            }
            kv.put(en.key(), en);
        }
        for (String k : List.of("format_version", "seeds", "candidates", "accepted", "wanted", "limit", "scale", "strict",
                "tolerance", "exclude",
                "model_fingerprint", "targets_hash")) {
            if (!kv.containsKey(k)) {
                throw new InputException(file + ": missing key '" + k + "'; rebuild it with ./plaza ensemble");
            }
        }
        if (!kv.get("format_version").value().equals("1")) {
            throw new InputException(kv.get("format_version").where() + "format_version " + kv.get("format_version").value()
                    + " is not supported; allowed: 1");
        }
        List<Long> seeds = new ArrayList<>();
        KeyValueFile.Entry se = kv.get("seeds");
        if (!se.value().equals("none")) {
            for (String part : se.value().split(",")) {
                long s = longValue(se, part.trim());
                if (s < 1 || seeds.contains(s)) {
                    throw new InputException(se.where() + "seed '" + part.trim() + "' is " + (s < 1 ? "below 1" : "listed twice"));
                }
                seeds.add(s);
            }
        }
        return new HistoryEnsemble(seeds, (int) longValue(kv.get("candidates"), kv.get("candidates").value()),
                (int) longValue(kv.get("accepted"), kv.get("accepted").value()),
                (int) longValue(kv.get("wanted"), kv.get("wanted").value()),
                (int) longValue(kv.get("limit"), kv.get("limit").value()),
                doubleValue(kv.get("scale"), 1, 10_000), new HistoryEnsemble.Rule(idList(kv.get("strict")), doubleValue(kv.get("tolerance"), 0, 10),
                idList(kv.get("exclude"))), kv.get("model_fingerprint").value(),
                kv.get("targets_hash").value(), kv.containsKey("code_version") ? kv.get("code_version").value() : "unknown",
                kv.containsKey("built_at") ? kv.get("built_at").value() : "unknown");
    }

    private static long longValue(KeyValueFile.Entry e, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException x) {
            throw new InputException(e.where() + e.key() + " '" + text + "' is not a whole number");
        }
    }

    private static List<String> idList(KeyValueFile.Entry e) {
        return e.value().equals("none") ? List.of() : java.util.Arrays.stream(e.value().split(",")).map(String::trim).toList();
    }

    private static double doubleValue(KeyValueFile.Entry e, double low, double high) {
        try {
            double v = Double.parseDouble(e.value());
            if (!(v >= low && v <= high)) {
                throw new InputException(e.where() + e.key() + " " + e.value() + " is out of range; allowed " + Numbers.format(low)
                        + " to " + Numbers.format(high));
            }
            return v;
        } catch (NumberFormatException x) {
            throw new InputException(e.where() + e.key() + " '" + e.value() + "' is not a number");
        }
    }
}
