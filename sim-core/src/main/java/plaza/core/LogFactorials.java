package plaza.core;

import org.apache.commons.math3.special.Gamma;

/** ln k! as {@code Gamma.logGamma(k + 1.0)} gives it, kept for k below 4096 (asked for by every Poisson draw with a mean of 30 or more, {@link Streams#poisson}). */
final class LogFactorials {

    private static final double[] OF = new double[4096];
    static {
        for (int k = 0; k < OF.length; k++) {
            OF[k] = Gamma.logGamma(k + 1.0);
        }
    }

    private LogFactorials() {}

    static double of(int k) {
        return k < OF.length ? OF[k] : Gamma.logGamma(k + 1.0);
    }
}
