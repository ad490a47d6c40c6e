package plaza.trafficking;

import java.util.Arrays;

import plaza.agents.TraffickingOrganization;
import plaza.world.Drug;

/**
 * A month's shipments as columns (the {@link plaza.agents.Shipment} rule, packed): the drug, the
 * owner, the origin and border plazas, the crossing and the tons of shipment {@code i} are the
 * {@code i}-th entries of its arrays (the road corridor between origin and crossing is
 * {@link Corridors#via}). About 700 shipments a month leave and arrive at default
 * scale; as columns they cost no object each and are read in the order they were planned, which is
 * the order their seizure draws are made in.
 */
final class Shipments implements java.io.Serializable {

    private static final Drug[] DRUGS = Drug.values();

    private int size;
    private byte[] drug = new byte[64];
    private TraffickingOrganization[] owner = new TraffickingOrganization[64];
    private int[] origin = new int[64];
    private int[] border = new int[64];
    private int[] crossing = new int[64];
    private double[] tons = new double[64];

    int size() { return size; }

    void add(Drug d, TraffickingOrganization o, int from, int to, int crossingIndex, double t) {
        if (size == tons.length) {
            grow();
        }
        drug[size] = (byte) d.ordinal();
        owner[size] = o;
        origin[size] = from;
        border[size] = to;
        crossing[size] = crossingIndex;
        tons[size++] = t;
    }

    private void grow() {
        int n = 2 * size;
        drug = Arrays.copyOf(drug, n);
        owner = Arrays.copyOf(owner, n);
        origin = Arrays.copyOf(origin, n);
        border = Arrays.copyOf(border, n);
        crossing = Arrays.copyOf(crossing, n);
        tons = Arrays.copyOf(tons, n);
    }

    /** Empties the columns (the owners are let go). */
    void clear() {
        Arrays.fill(owner, 0, size, null);
        size = 0;
    }

    Drug drug(int i) { return DRUGS[drug[i]]; }
    int drugIndex(int i) { return drug[i]; }
    TraffickingOrganization owner(int i) { return owner[i]; }
    int origin(int i) { return origin[i]; }
    int border(int i) { return border[i]; }
    int crossing(int i) { return crossing[i]; }
    double tons(int i) { return tons[i]; }

    /** Removes a seized share of shipment {@code i} and returns the tons seized (as {@link plaza.agents.Shipment#seize}). */
    double seize(int i, double share) {
        double s = tons[i] * share;
        tons[i] -= s;
        return s;
    }

    /** The sum of the tons, added as {@link java.util.stream.DoubleStream#sum} adds them. */
    double totalTons() {
        return Arrays.stream(tons, 0, size).sum();
    }
}
