package plaza.params;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Suggestions for a misspelled name (a parameter, a metric): the candidates closest by edit
 * distance, with a bonus when a candidate contains the last dotted segment of the name, so
 * "kingpin_intensity" finds "policy.kingpin_intensity". Ties keep the candidates' order.
 */
public final class NearestNames implements java.io.Serializable {

    private NearestNames() {}

    /**
     * Names longer than this are compared by their first this-many characters (no declared name comes
     * near it), so a pasted paragraph costs microseconds, not the seconds of a full edit distance.
     */
    public static final int COMPARED = 100;

    /** Longer text is echoed in error messages by its start and its length ({@link #echo}). */
    public static final int ECHOED = 120;

    /** The {@code k} candidates closest to {@code name}. */
    public static List<String> of(String name, List<String> candidates, int k) {
        String key = (name.length() > COMPARED ? name.substring(0, COMPARED) : name).toLowerCase(Locale.ROOT);
        List<String> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(c -> distance(key, c)));
        return new ArrayList<>(sorted.subList(0, Math.min(k, sorted.size())));
    }

    /** A user's text as an error message quotes it: whole when short, else its start and its length. */
    public static String echo(String text) {
        if (text.length() <= ECHOED) {
            return text;
        }
        return text.substring(0, 60) + "... (" + text.length() + " characters)";
    }

    /** Levenshtein distance, halved when {@code b} contains the last segment of {@code a}. */
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
