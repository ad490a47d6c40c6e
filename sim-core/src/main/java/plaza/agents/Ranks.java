package plaza.agents;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import ec.util.MersenneTwisterFast;

/**
 * An organization's people below the leader: lieutenants (one agent each, as objects: other parts
 * of the model hold on to them), traffickers and enforcers (each agent standing for {@code scale}
 * people, kept as packed data, see {@link Members}), and the weight of enforcers with military
 * training. Removal swaps in the last member (O(1)), the same way for every list.
 */
final class Ranks implements java.io.Serializable {

    private final TraffickingOrganization owner;
    final List<Person> lieutenants = new ArrayList<>();
    final Members traffickers = new Members();
    final Members enforcers = new Members();
    private final List<Person> lieutenantView = Collections.unmodifiableList(lieutenants);
    private final List<Person> traffickerView = new View(traffickers);
    private final List<Person> enforcerView = new View(enforcers);
    private double trainedEnforcerWeight;

    Ranks(TraffickingOrganization owner) {
        this.owner = owner;
    }

    List<Person> lieutenantView() { return lieutenantView; }
    List<Person> traffickerView() { return traffickerView; }
    List<Person> enforcerView() { return enforcerView; }

    Members list(Role role) {
        return role == Role.ENFORCER ? enforcers : traffickers;
    }

    void add(Person p) {
        if (p.role() == Role.LIEUTENANT) {
            lieutenants.add(p);
        } else {
            add(p.role(), p.id(), p.plaza(), p.militaryTraining(), p.weight());
        }
    }

    /** Adds a rank-and-file member (trafficker or enforcer; any other role but lieutenant counts as a trafficker). */
    void add(Role role, int id, int plaza, boolean trained, double weight) {
        if (role == Role.ENFORCER) {
            enforcers.add(id, plaza, trained, weight);
            if (trained) {
                trainedEnforcerWeight += weight;
            }
        } else {
            traffickers.add(id, plaza, trained, weight);
        }
    }

    /** Removes the member at position i (swap with last); returns their weight. */
    double dropAt(Members list, int i) {
        double w = list.weight(i);
        if (list == enforcers && list.flag(i)) {
            trainedEnforcerWeight -= w;
        }
        list.removeAt(i);
        return w;
    }

    /** Removes the members at ascending positions, last first (earlier positions stay valid); returns their weight. */
    double dropAt(Members list, int[] ascending) {
        double people = 0;
        for (int k = ascending.length - 1; k >= 0; k--) {
            people += dropAt(list, ascending[k]);
        }
        return people;
    }

    /** Removes the member at position i (swap with last) and returns them as a person of this organization. */
    Person removeAt(Members list, int i) {
        Person p = person(list, i);
        dropAt(list, i);
        return p;
    }

    Person removeRandom(Members list, MersenneTwisterFast random) {
        return removeAt(list, random.nextInt(list.size()));
    }

    /** Moves a random member of the role to another organization's ranks (a split). */
    void moveRandom(Role role, Ranks to, MersenneTwisterFast random) {
        Members list = list(role);
        int i = random.nextInt(list.size());
        int id = list.id(i);
        int plaza = list.plaza(i);
        boolean trained = list.flag(i);
        double w = dropAt(list, i);
        to.add(role, id, plaza, trained, w);
    }

    /** Moves everyone to another organization's ranks: traffickers, then enforcers, in order, then lieutenants as traffickers. */
    void moveAllTo(Ranks to) {
        for (Role role : new Role[] {Role.TRAFFICKER, Role.ENFORCER}) {
            Members list = list(role);
            for (int i = 0; i < list.size(); i++) {
                to.add(role, list.id(i), list.plaza(i), list.flag(i), list.weight(i));
            }
            list.clear();
        }
        trainedEnforcerWeight = 0;
        for (Person p : lieutenants) { // lieutenants join as traffickers, after the rank and file
            p.promote(Role.TRAFFICKER);
            p.setOrganization(to.owner);
            to.add(p);
        }
        lieutenants.clear();
    }

    private Person person(Members list, int i) {
        Role role = list == enforcers ? Role.ENFORCER : Role.TRAFFICKER;
        return new Person(list.id(i), role, owner, list.plaza(i), list.flag(i), list.weight(i));
    }

    /** Rank-and-file people in real persons (lieutenants count one each). */
    double people() {
        return lieutenants.size() + traffickers.people() + enforcers.people();
    }

    double enforcerWeight() {
        return enforcers.people();
    }

    double trainedShare() {
        double e = enforcers.people();
        return e == 0 ? 0 : trainedEnforcerWeight / e;
    }

    /** A read-only view of packed members: each read makes a person with the member's data (for inspection, not hot loops). */
    private final class View extends AbstractList<Person> implements java.io.Serializable {
        private final Members members;

        View(Members members) {
            this.members = members;
        }

        @Override
        public Person get(int i) {
            return person(members, i);
        }

        @Override
        public int size() {
            return members.size();
        }
    }
}
