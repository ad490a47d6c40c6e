package plaza.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import plaza.batch.ExperimentDefinition;
import plaza.batch.ExperimentParser;
import plaza.io.Metadata;
import plaza.params.InputException;

/**
 * The experiment a batch directory records in its metadata ({@code experiment.*}, the definition's
 * canonical lines), read back as a definition that more replications of the same batch can be run
 * from: {@code compare --precision} adds rounds to a batch it did not start.
 */
final class RecordedExperiment {

    private RecordedExperiment() {}

    static ExperimentDefinition read(Path batchDir, PrintWriter err) {
        Metadata md = Metadata.read(batchDir);
        if (!"batch".equals(md.get("kind"))) {
            throw new InputException("--precision adds replications to a batch, but " + batchDir + " holds a " + md.get("kind")
                    + "; run the scenarios with 'plaza batch' first");
        }
        List<String> lines = new ArrayList<>();
        String recordedSeeds = null;
        for (Map.Entry<String, String> e : md.entries().entrySet()) {
            if (!e.getKey().startsWith("experiment.") || e.getKey().equals("experiment.design_points")) {
                continue; // design_points only describes the design file's content
            }
            String key = e.getKey().substring("experiment.".length());
            if (key.startsWith("vary.") || key.startsWith("set.")) {
                key = key.replaceFirst("\\.", " ");
            }
            String value = e.getValue();
            if (key.equals("seeds") && value.startsWith(ExperimentDefinition.HISTORY + ":")) {
                recordedSeeds = value.substring(value.indexOf(':') + 1).trim();
                value = ExperimentDefinition.HISTORY;
            }
            if (key.equals("design_file")) {
                value = Path.of(value).toAbsolutePath().toString(); // as the batch read it, not from the temporary file's folder
            }
            lines.add(key + " = " + value);
        }
        if (lines.isEmpty()) {
            throw new InputException(batchDir.resolve(Metadata.FILE) + " records no experiment definition (experiment.* lines);"
                    + " --precision cannot add replications to it");
        }
        ExperimentDefinition def;
        try {
            Path tmp = Files.createTempFile("plaza-recorded-", ExperimentParser.EXTENSION);
            try {
                Files.writeString(tmp, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
                def = ExperimentParser.parse(tmp);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException e) {
            throw new InputException(batchDir.resolve(Metadata.FILE) + ": its experiment definition cannot be read back ("
                    + e.getMessage() + "); --precision cannot add replications to it");
        }
        def.name(md.get("name") == null ? batchDir.getFileName().toString() : md.get("name"));
        if (def.design().sampled()) {
            throw new InputException("--precision: " + batchDir + " is a " + def.design().label() + " design, whose points are drawn,"
                    + " not replicated; it applies to scenario lists and grid, list, mixture or file designs");
        }
        HistorySeeds.apply(def, null, err);
        if (recordedSeeds != null && !recordedSeeds.equals(String.join(", ", def.seedList().stream().map(String::valueOf).toList()))) {
            throw new InputException(batchDir + " ran on history seeds " + recordedSeeds + ", but the history ensemble now starts "
                    + def.seedList() + "; more replications would not continue the same seeds");
        }
        return def;
    }
}
