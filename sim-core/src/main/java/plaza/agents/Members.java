package plaza.agents;

import java.util.Arrays;

/**
 * Rank-and-file members of one role in an organization (or a plaza's police officers) as packed primitive data (two {@code long}s
 * per member-agent) instead of one object each: the list is read at random
 * positions every month (arrests, exits, deaths, splits), and half a million objects scattered
 * over the heap made each such read a cache miss and each hire an allocation. The order of
 * members, and the swap-remove that fills a removed position with the last member, are those of
 * the list of objects it replaces, so every random draw picks the same member.
 *
 * <p>A member's id, plaza and one flag (military training; for police officers, being on a
 * payroll) are packed into one {@code long} (id in the low 32 bits, plaza in the next 31, the flag
 * in the top bit); its weight is kept in the next slot of the same array.
 * {@link Person} objects are made only for members that leave the ranks for somewhere that holds
 * on to them (the courts, the leadership).
 */
final class Members implements java.io.Serializable {

    private static final long FLAG = 1L << 63;
    private static final long PLAZA_MASK = 0x7fffffffL;

    /** Two slots a member, side by side so a random read touches one cache line: the packed fields, then the weight's bits. */
    private long[] data = new long[32];
    private int size;

    int size() { return size; }
    boolean isEmpty() { return size == 0; }

    void add(int id, int plaza, boolean flag, double w) {
        if (plaza < 0) {
            throw new IllegalArgumentException("plaza index " + plaza + " is negative");
        }
        if (2 * size == data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        data[2 * size] = (id & 0xffffffffL) | ((long) plaza << 32) | (flag ? FLAG : 0);
        data[2 * size + 1] = Double.doubleToRawLongBits(w);
        size++;
    }

    int id(int i) { return (int) data[2 * check(i)]; }
    int plaza(int i) { return (int) ((data[2 * check(i)] >>> 32) & PLAZA_MASK); }
    /** The member's one flag: military training for an enforcer, being on a payroll for a police officer. */
    boolean flag(int i) { return data[2 * check(i)] < 0; }
    double weight(int i) { return Double.longBitsToDouble(data[2 * check(i) + 1]); }

    void setFlag(int i, boolean flag) {
        int k = 2 * check(i);
        data[k] = flag ? data[k] | FLAG : data[k] & ~FLAG;
    }

    /** Removes position i by moving the last member into it (the list's swap-remove). */
    void removeAt(int i) {
        check(i);
        int last = --size;
        if (i < last) {
            data[2 * i] = data[2 * last];
            data[2 * i + 1] = data[2 * last + 1];
        }
    }

    /** The people these members stand for: the count times the first member's weight (the rule of the list it replaces). */
    double people() {
        return size == 0 ? 0 : size * weight(0);
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
