package plaza.agents;

import java.util.ArrayList;
import java.util.List;

/**
 * Removal of several list positions in O(1) each by swapping in the last element; positions are
 * given ascending (as {@code Streams.select} draws them) and removed last first so earlier
 * positions stay valid. The one implementation for plazas' soldiers and the courts' queues.
 */
public final class SwapRemove implements java.io.Serializable {

    private SwapRemove() {}

    /** Removes the items at the ascending positions; returns them, last position first. */
    public static <T> List<T> positions(List<T> list, int[] ascending) {
        List<T> removed = new ArrayList<>(ascending.length);
        for (int k = ascending.length - 1; k >= 0; k--) {
            int i = ascending[k];
            T item = list.get(i);
            T last = list.remove(list.size() - 1);
            if (i < list.size()) {
                list.set(i, last);
            }
            removed.add(item);
        }
        return removed;
    }
}
