package plaza.params;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every model parameter, in a fixed order. The single source of truth for names, units, defaults,
 * ranges and provenance: scenario files, the command line, the GUI and the evidence table all
 * refer to the names declared here.
 */
public final class ParameterCatalog {

    private static final List<Parameter> ALL;
    private static final Map<String, Parameter> BY_NAME = new LinkedHashMap<>();

    static {
        List<Parameter> all = new ArrayList<>();
        all.addAll(OrganizationParameters.ALL);
        all.addAll(ViolenceParameters.ALL);
        all.addAll(MarketParameters.ALL);
        all.addAll(MilitaryParameters.ALL);
        all.addAll(JusticeParameters.ALL);
        all.addAll(IntelligenceParameters.ALL);
        all.addAll(BorderParameters.ALL);
        all.addAll(GunParameters.ALL);
        all.addAll(FundingParameters.ALL);
        for (int i = 0; i < all.size(); i++) {
            Parameter p = all.get(i);
            if (BY_NAME.put(p.name(), p) != null) {
                throw new IllegalStateException("parameter declared twice: " + p.name());
            }
            p.index = i;
        }
        ALL = Collections.unmodifiableList(all);
    }

    private ParameterCatalog() {}

    /** All parameters in declaration order (the order of metadata and evidence files). */
    public static List<Parameter> all() {
        return ALL;
    }

    public static int size() {
        return ALL.size();
    }

    /** The parameter with this name, or an {@link InputException} that suggests the nearest names. */
    public static Parameter byName(String name, String where) {
        Parameter p = BY_NAME.get(name);
        if (p == null) {
            throw new InputException(where + "unknown parameter '" + name + "'; nearest valid names: "
                    + String.join(", ", nearest(name, 3)));
        }
        return p;
    }

    /** True if a parameter of this name exists. */
    public static boolean exists(String name) {
        return BY_NAME.containsKey(name);
    }

    /** The {@code k} declared names closest to {@code name} by edit distance (ties in catalog order). */
    public static List<String> nearest(String name, int k) {
        String key = name.toLowerCase(Locale.ROOT);
        List<Parameter> sorted = new ArrayList<>(ALL);
        sorted.sort(Comparator.comparingInt(p -> distance(key, p.name())));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(k, sorted.size()); i++) {
            out.add(sorted.get(i).name());
        }
        return out;
    }

    /** Levenshtein distance, with a bonus when one name contains the other's last segment. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        int d = prev[b.length()];
        String tail = a.contains(".") ? a.substring(a.lastIndexOf('.') + 1) : a;
        if (tail.length() >= 4 && b.contains(tail)) {
            d = d / 2;
        }
        return d;
    }
}
