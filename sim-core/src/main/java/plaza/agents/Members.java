package plaza.agents;

import java.util.Arrays;

/**
 * Rank-and-file members of one role in an organization as packed primitive data (one {@code long}
 * and one {@code double} per member-agent) instead of one object each: the list is read at random
 * positions every month (arrests, exits, deaths, splits), and half a million objects scattered
 * over the heap made each such read a cache miss and each hire an allocation. The order of
 * members, and the swap-remove that fills a removed position with the last member, are those of
 * the list of objects it replaces, so every random draw picks the same member.
 *
 * <p>A member's id, home plaza and military training are packed into one {@code long} (id in the
 * low 32 bits, plaza in the next 31, training in the top bit); its weight is kept beside it.
 * {@link Person} objects are made only for members that leave the ranks for somewhere that holds
 * on to them (the courts, the leadership).
 */
final class Members {

    private static final long TRAINED = 1L << 63;
    private static final long PLAZA_MASK = 0x7fffffffL;

    private long[] packed = new long[16];
    private double[] weight = new double[16];
    private int size;

    int size() { return size; }
    boolean isEmpty() { return size == 0; }

    void add(int id, int plaza, boolean trained, double w) {
        if (plaza < 0) {
            throw new IllegalArgumentException("plaza index " + plaza + " is negative");
        }
        if (size == packed.length) {
            packed = Arrays.copyOf(packed, size * 2);
            weight = Arrays.copyOf(weight, size * 2);
        }
        packed[size] = (id & 0xffffffffL) | ((long) plaza << 32) | (trained ? TRAINED : 0);
        weight[size] = w;
        size++;
    }

    int id(int i) { return (int) packed[check(i)]; }
    int plaza(int i) { return (int) ((packed[check(i)] >>> 32) & PLAZA_MASK); }
    boolean trained(int i) { return packed[check(i)] < 0; }
    double weight(int i) { return weight[check(i)]; }

    /** Removes position i by moving the last member into it (the list's swap-remove). */
    void removeAt(int i) {
        check(i);
        int last = --size;
        if (i < last) {
            packed[i] = packed[last];
            weight[i] = weight[last];
        }
    }

    /** The people these members stand for: the count times the first member's weight (the rule of the list it replaces). */
    double people() {
        return size == 0 ? 0 : size * weight[0];
    }

    void clear() {
        size = 0;
    }

    private int check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("member " + i + " of " + size);
        }
        return i;
    }
}
