package plaza.scenario;

import java.nio.file.Path;
import java.util.Map;

import plaza.params.ParameterValues;

/**
 * A scenario resolved against its parents: every parameter has a value, and {@code changes} lists
 * what this scenario's own file (not its parents) sets, in file order, for display and metadata.
 *
 * @param name        the file name without extension
 * @param description the one-line description from the file
 * @param file        where it was read
 * @param parent      the scenario it extends, or null for a root
 * @param changes     parameter name to value as written in this file (in file order)
 * @param values      the full parameter set after inheritance
 */
public record Scenario(String name, String description, Path file, String parent,
                       Map<String, String> changes, ParameterValues values) {
}
