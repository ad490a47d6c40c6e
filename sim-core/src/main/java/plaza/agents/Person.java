package plaza.agents;

import ec.util.MersenneTwisterFast;

/**
 * Rule: a person acts in their role until arrested, killed, extradited, deserting or quitting; an
 * arrested member waits for a verdict, a convicted one serves a sentence; a soldier may desert and
 * a police officer may be on a payroll. Sources: 001:492-501 (desertion feeds enforcers),
 * 001:538-548 (arrest to sentence), 001:524-536 (police corruption).
 *
 * <p>Leaders and lieutenants stand for one real person; every other person-agent stands for
 * {@code weight} real people (the run's scale), so counts derived from agents are multiplied by it.
 * Persons are stepped in a loop by their organization or agency rather than scheduled one by one:
 * half a million entries in MASON's schedule heap would cost a heap operation each per month,
 * while a loop in fixed order is as deterministic and several times faster.
 */
public final class Person implements java.io.Serializable {

    private final int id;
    private Role role;
    private Status status = Status.ACTIVE;
    private TraffickingOrganization organization;
    private int plaza;
    private final boolean militaryTraining;
    private final double weight;
    private boolean corrupt;

    public Person(int id, Role role, TraffickingOrganization organization, int plaza, boolean militaryTraining,
                  double weight) {
        this.id = id;
        this.role = role;
        this.organization = organization;
        this.plaza = plaza;
        this.militaryTraining = militaryTraining;
        this.weight = weight;
    }

    public int id() { return id; }
    public Role role() { return role; }
    public Status status() { return status; }
    public TraffickingOrganization organization() { return organization; }
    public int plaza() { return plaza; }
    public boolean militaryTraining() { return militaryTraining; }
    public double weight() { return weight; }
    public boolean corrupt() { return corrupt; }

    void setOrganization(TraffickingOrganization o) { this.organization = o; }
    public void setPlaza(int p) { this.plaza = p; }
    public void promote(Role r) { this.role = r; }

    public void setStatus(Status s) {
        this.status = s;
    }

    void setCorrupt(boolean c) { corrupt = c; }

    /** A police officer's monthly draw: on a payroll with the plaza's corruption probability. */
    public void drawCorruption(double corruption, MersenneTwisterFast random) {
        corrupt = random.nextDouble() < corruption;
    }

    /** True if this member stands for exactly one named person (leader or lieutenant). */
    public boolean individual() {
        return role == Role.LEADER || role == Role.LIEUTENANT;
    }

    @Override
    public String toString() {
        return role + "#" + id + "(" + status + ")";
    }
}
