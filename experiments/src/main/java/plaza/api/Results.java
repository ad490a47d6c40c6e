package plaza.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import plaza.analysis.Replication;
import plaza.analysis.ResultSet;

/**
 * A result set: the runs of one or more result directories (a batch's, a single run's, or a folder
 * of single runs such as {@code results/baseline/}), read back and checked to belong together (one
 * scale, no run counted twice), grouped by scenario. This is what {@code plaza compare} reads.
 */
public final class Results {

    private final List<Path> directories;
    private final ResultSet data;

    private Results(List<Path> directories, ResultSet data) {
        this.directories = List.copyOf(directories);
        this.data = data;
    }

    /**
     * Reads result directories.
     *
     * @param directories one or more result directories
     * @return their runs
     * @throws InvalidInputException naming a directory that is not a Plaza result, or what differs
     *         between directories that cannot be read together
     */
    public static Results read(Path... directories) {
        return read(List.of(directories));
    }

    /**
     * Reads result directories.
     *
     * @param directories one or more result directories
     * @return their runs
     * @throws InvalidInputException as {@link #read(Path...)}
     */
    public static Results read(List<Path> directories) {
        return Errors.guard(() -> new Results(directories, ResultSet.read(directories)));
    }

    /**
     * The directories read.
     *
     * @return in the order given
     */
    public List<Path> directories() {
        return directories;
    }

    /**
     * The scenarios the runs belong to.
     *
     * @return names in order of first appearance
     */
    public List<String> scenarios() {
        return data.scenarios();
    }

    /**
     * The runs of one scenario.
     *
     * @param scenario a scenario of {@link #scenarios()}
     * @return its runs, in the order read
     * @throws InvalidInputException when the set holds no such scenario
     */
    public List<RunSeries> runs(String scenario) {
        List<RunSeries> out = new ArrayList<>();
        for (Replication r : Errors.guard(() -> data.replications(scenario))) {
            out.add(new RunSeries(r));
        }
        return List.copyOf(out);
    }

    /** The internal result set, for comparisons. */
    ResultSet data() {
        return data;
    }
}
