package plaza.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;

import plaza.io.AtomicFiles;
import plaza.io.Numbers;
import plaza.params.InputException;
import plaza.params.Parameter;
import plaza.params.ParameterCatalog;
import plaza.params.ParameterValues;

/** {@code parameters.csv} of a merged batch: every parameter of every run, exactly. */
final class ParametersFile {

    private ParametersFile() {}

    /**
     * Writes {@value BatchMerger#PARAMETERS}: every parameter of every run, by run id, exactly (values read back
     * as the same doubles), so any run of the batch can be reproduced from the directory alone.
     */
    static void write(BatchSpec spec, Path out) {
        List<String> header = new ArrayList<>(List.of("run_id"));
        for (Parameter p : ParameterCatalog.all()) {
            header.add(p.name());
        }
        AtomicFiles.write(out.resolve(BatchMerger.PARAMETERS), w -> {
            try (CSVPrinter csv = new CSVPrinter(w, RunTask.CSV)) {
                csv.printRecord(header);
                List<String> row = new ArrayList<>(header.size());
                for (int id = 1; id <= spec.runCount(); id++) {
                    row.clear();
                    row.add(Integer.toString(id));
                    ParameterValues v;
                    try {
                        v = spec.parameters(spec.run(id));
                    } catch (InputException e) {
                        v = null; // a design point the rules refuse: the run failed, runs.csv says why
                    }
                    for (Parameter p : ParameterCatalog.all()) {
                        row.add(v == null ? "" : Numbers.exactParameter(v, p));
                    }
                    csv.printRecord(row);
                }
            }
        });
    }
}
