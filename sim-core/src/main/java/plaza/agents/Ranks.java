package plaza.agents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import ec.util.MersenneTwisterFast;

/**
 * An organization's people below the leader: lieutenants (one agent each), traffickers and
 * enforcers (each agent standing for {@code scale} people), and the weight of enforcers with
 * military training. Removal swaps in the last member (O(1)), the same way for every list.
 */
final class Ranks implements java.io.Serializable {

    final List<Person> lieutenants = new ArrayList<>();
    final List<Person> traffickers = new ArrayList<>();
    final List<Person> enforcers = new ArrayList<>();
    private final List<Person> lieutenantView = Collections.unmodifiableList(lieutenants);
    private final List<Person> traffickerView = Collections.unmodifiableList(traffickers);
    private final List<Person> enforcerView = Collections.unmodifiableList(enforcers);
    private double trainedEnforcerWeight;

    List<Person> lieutenantView() { return lieutenantView; }
    List<Person> traffickerView() { return traffickerView; }
    List<Person> enforcerView() { return enforcerView; }

    List<Person> list(Role role) {
        return role == Role.ENFORCER ? enforcers : traffickers;
    }

    void add(Person p) {
        if (p.role() == Role.ENFORCER) {
            enforcers.add(p);
            if (p.militaryTraining()) {
                trainedEnforcerWeight += p.weight();
            }
        } else if (p.role() == Role.LIEUTENANT) {
            lieutenants.add(p);
        } else {
            traffickers.add(p);
        }
    }

    /** Removes the member at position i of the list (swap with last). */
    Person removeAt(List<Person> list, int i) {
        Person p = list.get(i);
        Person last = list.remove(list.size() - 1);
        if (i < list.size()) {
            list.set(i, last);
        }
        if (list == enforcers && p.militaryTraining()) {
            trainedEnforcerWeight -= p.weight();
        }
        return p;
    }

    Person removeRandom(List<Person> list, MersenneTwisterFast random) {
        return removeAt(list, random.nextInt(list.size()));
    }

    /** Rank-and-file people in real persons (lieutenants count one each). */
    double people() {
        return lieutenants.size() + weight(traffickers) + weight(enforcers);
    }

    double enforcerWeight() {
        return weight(enforcers);
    }

    double trainedShare() {
        double e = weight(enforcers);
        return e == 0 ? 0 : trainedEnforcerWeight / e;
    }

    private static double weight(List<Person> list) {
        return list.isEmpty() ? 0 : list.size() * list.get(0).weight();
    }

    /** Everyone leaves: the lists are emptied and returned, traffickers, enforcers, then lieutenants. */
    List<Person> clear() {
        List<Person> all = new ArrayList<>(traffickers);
        all.addAll(enforcers);
        all.addAll(lieutenants);
        traffickers.clear();
        enforcers.clear();
        lieutenants.clear();
        trainedEnforcerWeight = 0;
        return all;
    }
}
