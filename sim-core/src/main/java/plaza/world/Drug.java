package plaza.world;

/** The drugs Mexican organizations sell in the U.S. (fentanyl is not in the 2007-2012 reports). */
public enum Drug {
    MARIJUANA, COCAINE, HEROIN, METH;

    public boolean hard() {
        return this != MARIJUANA;
    }
}
