package plaza.agents;

import java.util.Arrays;

import ec.util.MersenneTwisterFast;

/**
 * A plaza's federal police officer-agents as packed data ({@link Members}, the flag being on a
 * payroll), with the number on a payroll kept up to date as officers are stationed, withdrawn and
 * redrawn, so the monthly figure needs no walk over the officers. Positions and swap-removal are
 * those of the list of objects this replaces, so every draw picks the same officer.
 */
final class Officers implements java.io.Serializable {

    private final Members members = new Members();
    private int corrupt;
    /** The weight every officer-agent here has had (NaN before the first); mixed weights fall back to a walk. */
    private double weight = Double.NaN;
    private boolean weightsDiffer;
    /** sums[k]: k officers' weight added one by one, as a walk over the officers adds them (the same bits). */
    private double[] sums = {0};

    int size() { return members.size(); }
    int corruptAgents() { return corrupt; }
    double people() { return members.people(); }

    void add(Person p, int plaza) {
        members.add(p.id(), plaza, p.corrupt(), p.weight());
        if (Double.isNaN(weight)) {
            weight = p.weight();
        } else if (p.weight() != weight) {
            weightsDiffer = true;
        }
        if (p.corrupt()) {
            corrupt++;
        }
    }

    /** The officer at position i as a person (made on demand). */
    Person get(int i) {
        Person p = new Person(members.id(i), Role.POLICE, null, members.plaza(i), false, members.weight(i));
        p.setCorrupt(members.flag(i));
        return p;
    }

    Person removeLast() {
        int last = members.size() - 1;
        Person p = get(last);
        if (p.corrupt()) {
            corrupt--;
        }
        members.removeAt(last);
        return p;
    }

    /** Redraws the payroll status of the officer at position i, as {@link Person#drawCorruption} draws it. */
    void redraw(int i, double corruption, MersenneTwisterFast random) {
        boolean was = members.flag(i);
        boolean now = random.nextDouble() < corruption;
        members.setFlag(i, now);
        corrupt += (now ? 1 : 0) - (was ? 1 : 0);
    }

    /** Officers on a payroll in real persons: their weights added in list order, read from the count. */
    double corruptPeople() {
        if (weightsDiffer) {
            double c = 0;
            for (int i = 0; i < members.size(); i++) {
                if (members.flag(i)) {
                    c += members.weight(i);
                }
            }
            return c;
        }
        if (corrupt >= sums.length) {
            int from = sums.length;
            sums = Arrays.copyOf(sums, Math.max(corrupt + 1, 2 * from));
            for (int j = from; j < sums.length; j++) {
                sums[j] = sums[j - 1] + weight;
            }
        }
        return sums[corrupt];
    }
}
