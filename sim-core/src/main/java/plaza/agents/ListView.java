package plaza.agents;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.RandomAccess;

/**
 * A read-only view of a list the model changes in one place (the world's plazas, crossings and
 * organizations, a plaza's attackers), with one iterator class of its own. The views are walked in
 * nested loops many thousand times a month; a view of one class with a plain iterator lets the
 * compiler inline the walk and keep no iterator object, where {@code Collections.unmodifiableList}
 * wraps another iterator whose calls, shared with every other list in the program, it cannot inline.
 */
public final class ListView<T> extends AbstractList<T> implements RandomAccess, java.io.Serializable {

    private final ArrayList<T> list;

    public ListView(ArrayList<T> list) {
        this.list = list;
    }

    @Override public T get(int i) { return list.get(i); }
    @Override public int size() { return list.size(); }
    @Override public boolean isEmpty() { return list.isEmpty(); }

    @Override
    public Iterator<T> iterator() {
        return new Walk();
    }

    private final class Walk implements Iterator<T> {
        private int next;

        @Override
        public boolean hasNext() {
            return next < list.size();
        }

        @Override
        public T next() {
            if (next >= list.size()) {
                throw new NoSuchElementException();
            }
            return list.get(next++);
        }
    }
}
