package plaza.agents;

import java.util.ArrayList;
import java.util.List;

/**
 * An organization's feuds: former partners it attacks wherever they are, each for a number of
 * months after a split (001:492-501, the enforcer wing that turned on its parent). A feud ends when
 * its months run out or the enemy dissolves.
 */
final class Feuds implements java.io.Serializable {

    private final List<TraffickingOrganization> enemies = new ArrayList<>();
    private final List<Integer> monthsLeft = new ArrayList<>();

    /** Declares a feud lasting {@code months}, or extends a running one. */
    void declare(TraffickingOrganization other, int months) {
        int i = enemies.indexOf(other);
        if (i >= 0) {
            monthsLeft.set(i, Math.max(months, monthsLeft.get(i)));
        } else {
            enemies.add(other);
            monthsLeft.add(months);
        }
    }

    boolean contains(TraffickingOrganization other) {
        return enemies.contains(other);
    }

    /** A month passes: feuds age and expire. */
    void age() {
        for (int i = enemies.size() - 1; i >= 0; i--) {
            int left = monthsLeft.get(i) - 1;
            if (left <= 0 || !enemies.get(i).alive()) {
                enemies.remove(i);
                monthsLeft.remove(i);
            } else {
                monthsLeft.set(i, left);
            }
        }
    }
}
