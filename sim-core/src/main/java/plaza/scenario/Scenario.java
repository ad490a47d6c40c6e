package plaza.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import plaza.params.ParameterValues;

/**
 * A scenario resolved against its parents: every parameter has a value, and {@code changes} lists
 * what this scenario's own file (not its parents) sets, in file order, for display and metadata.
 *
 * @param name        the file name without extension
 * @param description the one-line description from the file
 * @param file        where it was read
 * @param parent      the scenarios it extends (comma-separated, later wins), or null for a root
 * @param changes     parameter name to value as written in this file (in file order)
 * @param values      the full parameter set after inheritance
 * @param conflicts   with several parents: the parameters two parents set differently, and which one won
 * @param lineage     this file and every file it inherits from (normalized paths)
 */
public record Scenario(String name, String description, Path file, String parent,
                       Map<String, String> changes, ParameterValues values, List<String> conflicts, Set<Path> lineage) {
}
