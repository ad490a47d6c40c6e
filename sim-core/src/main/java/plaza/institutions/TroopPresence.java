package plaza.institutions;

import plaza.agents.Plaza;

/**
 * How strongly the troops deployed in a plaza act, as a share of full strength (M3). Up to full
 * strength ({@code military.troops_per_million_residents_full_strength}) troops disrupt the
 * holder, suppress fighting and restrain predation in proportion to their density; beyond it each
 * further troop adds less: the occupation term rises from 0 at full strength towards 1, so a surge
 * into a state already at full strength still suppresses fighting and deters attacks there
 * (bounded by {@code military.local_suppression_max} and {@code military.attack_deterrence}).
 *
 * <pre>
 * density_z    = troops_z / residents_z x 1e6 / full strength
 * strength_z   = min(1, density_z)
 * occupation_z = 1 - exp(-max(0, density_z - 1))
 * </pre>
 */
public final class TroopPresence implements java.io.Serializable {

    private TroopPresence() {}

    /** Troops per resident relative to full strength, not capped. */
    public static double density(Plaza z, double fullStrength) {
        return z.population() > 0 ? z.troops() / z.population() * 1e6 / fullStrength : 0;
    }

    /** The troops' strength up to full strength (0..1). */
    public static double strength(Plaza z, double fullStrength) {
        return Math.min(1, density(z, fullStrength));
    }

    /** The saturating effect of troops beyond full strength (0 at or below it, towards 1). */
    public static double occupation(Plaza z, double fullStrength) {
        return 1 - Math.exp(-Math.max(0, density(z, fullStrength) - 1));
    }
}
