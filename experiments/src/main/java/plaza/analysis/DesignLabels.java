package plaza.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The label of a batch's design point: the scenario, then the varied parameters' values,
 * {@code baseline [policy.merida_equipment_to_judicial=0.5, policy.merida_equipment_to_economic=0.25]},
 * so a comparison names what each point is, not its number. A point whose runs.csv gives no values
 * keeps the older {@code scenario#point} form.
 */
public final class DesignLabels {

    private DesignLabels() {}

    /** The label of a design point: the scenario and the values ({@code name=value} in runs.csv's order). */
    public static String label(String scenario, String point, Map<String, String> values) {
        if (values == null || values.isEmpty()) {
            return scenario + "#" + point.trim();
        }
        StringBuilder sb = new StringBuilder(scenario).append(" [");
        boolean first = true;
        for (Map.Entry<String, String> e : values.entrySet()) {
            sb.append(first ? "" : ", ").append(e.getKey()).append('=').append(e.getValue());
            first = false;
        }
        return sb.append(']').toString();
    }

    /** The scenario a label names (the label itself when it names no design point). */
    public static String scenario(String label) {
        int bracket = label.indexOf(" [");
        if (bracket > 0 && label.endsWith("]")) {
            return label.substring(0, bracket);
        }
        int hash = label.lastIndexOf('#');
        return hash > 0 ? label.substring(0, hash) : label;
    }

    /** The varied parameters' values a label gives, in its order (empty when it names none). */
    public static Map<String, Double> values(String label) {
        Map<String, Double> out = new LinkedHashMap<>();
        int bracket = label.indexOf(" [");
        if (bracket < 0 || !label.endsWith("]")) {
            return out;
        }
        for (String part : label.substring(bracket + 2, label.length() - 1).split(", ")) {
            int eq = part.lastIndexOf('=');
            if (eq > 0) {
                try {
                    out.put(part.substring(0, eq), Double.parseDouble(part.substring(eq + 1)));
                } catch (NumberFormatException e) {
                    // not a design label after all: no values
                    return new LinkedHashMap<>();
                }
            }
        }
        return out;
    }

    /** Every parameter named by any of the labels, in first-seen order. */
    public static List<String> parameters(List<String> labels) {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (String l : labels) {
            values(l).keySet().forEach(k -> seen.put(k, true));
        }
        return List.copyOf(seen.keySet());
    }
}
