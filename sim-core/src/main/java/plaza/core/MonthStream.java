package plaza.core;

import ec.util.MersenneTwisterFast;

/**
 * A submodel's random stream for one month ({@link Streams#startMonth}): SplitMix64 (Steele, Lea and
 * Flood 2014; a 64-bit Weyl sequence through a mixing function, which passes BigCrush) started from
 * the seed, the stream's name and the month. It is a {@link MersenneTwisterFast} only so that the
 * submodels keep their type; every draw is overridden, and the Mersenne Twister's own state is never
 * made: seeding a Mersenne Twister costs about 6 microseconds of CPU (624 words, then 624 more at the
 * first draw), which at some 15 streams a month and 216 months is a fifth of a default-scale run,
 * while starting this stream costs one multiplication. What the submodels call (nextDouble,
 * nextInt(n), nextBoolean(p), nextGaussian, ...) is implemented here; the Mersenne Twister's state
 * methods (setSeed(int[]), readState, writeState) are refused.
 */
final class MonthStream extends MersenneTwisterFast {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private long state;
    private double nextNextGaussian;
    private boolean haveNextNextGaussian;

    /** The stream started from a key (see {@link Streams#monthKey}). */
    MonthStream(long key) {
        super(key); // calls setSeed(long) below: no Mersenne Twister state is made
        state = key;
    }

    @Override
    public void setSeed(long seed) {
        state = seed;
        haveNextNextGaussian = false;
    }

    @Override
    public void setSeed(int[] array) {
        throw new UnsupportedOperationException("a monthly stream is keyed by seed, name and month; it cannot be re-seeded");
    }

    @Override
    public long nextLong() {
        state += GOLDEN;
        return Streams.mix(state);
    }

    @Override
    public int nextInt() {
        return (int) (nextLong() >>> 32);
    }

    /** Uniform in [0, n), unbiased (rejection, as java.util.Random does). */
    @Override
    public int nextInt(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("n must be positive, got: " + n);
        }
        if ((n & -n) == n) {
            return (int) ((n * (long) (nextInt() >>> 1)) >> 31);
        }
        int bits;
        int val;
        do {
            bits = nextInt() >>> 1;
            val = bits % n;
        } while (bits - val + (n - 1) < 0);
        return val;
    }

    /** Uniform in [0, n), unbiased. */
    @Override
    public long nextLong(long n) {
        if (n <= 0) {
            throw new IllegalArgumentException("n must be positive, got: " + n);
        }
        long bits;
        long val;
        do {
            bits = nextLong() >>> 1;
            val = bits % n;
        } while (bits - val + (n - 1) < 0);
        return val;
    }

    /** Uniform in [0, 1), 53 bits. */
    @Override
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    @Override
    public double nextDouble(boolean includeZero, boolean includeOne) {
        double d;
        do {
            d = nextDouble();
            if (includeOne && nextBoolean()) {
                d += 1.0;
            }
        } while (d > 1.0 || (!includeZero && d == 0.0));
        return d;
    }

    @Override
    public float nextFloat() {
        return (nextInt() >>> 8) / (float) (1 << 24);
    }

    @Override
    public float nextFloat(boolean includeZero, boolean includeOne) {
        float d;
        do {
            d = nextFloat();
            if (includeOne && nextBoolean()) {
                d += 1.0f;
            }
        } while (d > 1.0f || (!includeZero && d == 0.0f));
        return d;
    }

    @Override
    public boolean nextBoolean() {
        return nextLong() < 0;
    }

    @Override
    public boolean nextBoolean(float probability) {
        return nextBoolean((double) probability);
    }

    @Override
    public boolean nextBoolean(double probability) {
        if (probability < 0.0 || probability > 1.0) {
            throw new IllegalArgumentException("probability must be between 0.0 and 1.0 inclusive, got: " + probability);
        }
        if (probability == 0.0) {
            return false;
        }
        if (probability == 1.0) {
            return true;
        }
        return nextDouble() < probability;
    }

    @Override
    public byte nextByte() {
        return (byte) (nextLong() >>> 56);
    }

    @Override
    public short nextShort() {
        return (short) (nextLong() >>> 48);
    }

    @Override
    public char nextChar() {
        return (char) (nextLong() >>> 48);
    }

    @Override
    public void nextBytes(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = nextByte();
        }
    }

    /** A standard normal by the polar method (as the Mersenne Twister's), the second value kept for the next call. */
    @Override
    public double nextGaussian() {
        if (haveNextNextGaussian) {
            haveNextNextGaussian = false;
            return nextNextGaussian;
        }
        double v1;
        double v2;
        double s;
        do {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        nextNextGaussian = v2 * multiplier;
        haveNextNextGaussian = true;
        return v1 * multiplier;
    }

    @Override
    public void clearGaussian() {
        haveNextNextGaussian = false;
    }

    @Override
    public Object clone() {
        MonthStream c = new MonthStream(state);
        c.nextNextGaussian = nextNextGaussian;
        c.haveNextNextGaussian = haveNextNextGaussian;
        return c;
    }

    @Override
    public boolean stateEquals(MersenneTwisterFast other) {
        return other instanceof MonthStream o && o.state == state && o.haveNextNextGaussian == haveNextNextGaussian
                && (!haveNextNextGaussian || o.nextNextGaussian == nextNextGaussian);
    }

    @Override
    public void readState(java.io.DataInputStream stream) {
        throw new UnsupportedOperationException("a monthly stream's state is its key and position; it is saved with the world");
    }

    @Override
    public void writeState(java.io.DataOutputStream stream) {
        throw new UnsupportedOperationException("a monthly stream's state is its key and position; it is saved with the world");
    }
}
