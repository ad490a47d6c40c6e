package plaza.world;

/**
 * The drugs Mexican organizations sell in the U.S.; fentanyl, the concern of 2025 (003:6), is made
 * from imported precursors and has no demand before 2014 unless a path gives it one.
 */
public enum Drug {
    MARIJUANA, COCAINE, HEROIN, METH, FENTANYL;

    public boolean hard() {
        return this != MARIJUANA;
    }
}
