package plaza.territory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ec.util.MersenneTwisterFast;
import plaza.agents.IncomeMemory;
import plaza.agents.Plaza;
import plaza.agents.TraffickingOrganization;
import plaza.core.Phase;
import plaza.core.Sim;
import plaza.core.Streams;
import plaza.core.Submodel;
import plaza.output.Event;
import plaza.output.Metric;
import plaza.params.OrganizationParameters;

/**
 * Submodel "alliances" (an assumption around M1 and M2): two organizations, at least one of them
 * weak (it cannot pay its members, or has lost a share of its drug income, i.e. territory or cash),
 * that face a common enemy stronger than either of them alone may ally. Allies do not attack each
 * other; an ally joins its partner's fronts against their common enemy (the contest pools the
 * coalition's firepower, {@link Settlement}, and its fighters there count in the violence). A pact
 * breaks when either loses its leader, when neither fights the enemy it was made against and no
 * other common enemy is left, or when either dissolves.
 *
 * <pre>
 * weak_k      = unpaid_k or (reference_k - recent_k) / reference_k >= weakness         (IncomeMemory)
 * enemies_k   = k's feuds + organizations attacking k's plazas + holders of the plazas k attacks
 * P(a, b ally) = rate per month   if a or b is weak, neither is the other's enemy, and some E in
 *                                 enemies_a and enemies_b has more enforcers than a and than b
 * joint front: a plaza where the partner is a side (holder or attacker) and the common enemy another
 * </pre>
 * Sources: 001:453-458 (before the 1980s the organizations worked inside a loosely knit alliance
 * that shared out the plazas) is the only alliance in the reports; who allies, when and for how long
 * are assumptions (the reports give no rates).
 */
public final class Alliances implements java.io.Serializable {

    /** A standing pact and the enemy it fights (kept while either partner fights it, else another common enemy). */
    private static final class Pact implements java.io.Serializable {
        final TraffickingOrganization a;
        final TraffickingOrganization b;
        TraffickingOrganization against;

        Pact(TraffickingOrganization a, TraffickingOrganization b, TraffickingOrganization against) {
            this.a = a;
            this.b = b;
            this.against = against;
        }

        TraffickingOrganization partner(TraffickingOrganization o) {
            return o == a ? b : o == b ? a : null;
        }
    }

    private final List<Pact> pacts = new ArrayList<>();

    /** Whether two organizations are allied. */
    public boolean allied(TraffickingOrganization x, TraffickingOrganization y) {
        for (Pact p : pacts) {
            if (p.partner(x) == y && y != null) {
                return true;
            }
        }
        return false;
    }

    /** Pacts standing. */
    public int standing() {
        return pacts.size();
    }

    /** Whether {@code o} fights in plaza z alongside an ally: the partner is a side there, and so is their common enemy, and o is not. */
    public boolean joins(TraffickingOrganization o, Plaza z) {
        if (side(o, z)) {
            return false;
        }
        for (Pact p : pacts) {
            TraffickingOrganization partner = p.partner(o);
            if (partner != null && side(partner, z) && side(p.against, z)) {
                return true;
            }
        }
        return false;
    }

    /** The ally through which o joins the fight in z, or null. */
    TraffickingOrganization joinedPartner(TraffickingOrganization o, Plaza z) {
        for (Pact p : pacts) {
            TraffickingOrganization partner = p.partner(o);
            if (partner != null && !side(o, z) && side(partner, z) && side(p.against, z)) {
                return partner;
            }
        }
        return null;
    }

    private static boolean side(TraffickingOrganization o, Plaza z) {
        return o != null && (z.controller() == o || z.attackedBy(o));
    }

    public void month(Sim m) {
        breakUp(m);
        form(m, m.stream("alliances"));
        m.tally().add(Metric.ALLIANCES, pacts.size());
    }

    /** Pacts end when a partner dissolves or loses its leader, or when no common enemy is left. */
    private void breakUp(Sim m) {
        for (int i = pacts.size() - 1; i >= 0; i--) {
            Pact p = pacts.get(i);
            String why = null;
            if (!p.a.alive() || !p.b.alive()) {
                why = "a partner dissolved";
            } else if (p.a.monthsSinceLeaderLoss() == 0 || p.b.monthsSinceLeaderLoss() == 0) {
                why = "leader lost";
            } else {
                // the enemy they allied against, while either still fights it; else another common enemy
                if (!p.against.alive() || !enemies(p.a, m).contains(p.against) && !enemies(p.b, m).contains(p.against)) {
                    p.against = commonEnemy(p.a, p.b, m, false);
                }
                if (p.against == null) {
                    why = "no common enemy left";
                }
            }
            if (why != null) {
                pacts.remove(i);
                m.tally().add(Metric.ALLIANCES_BROKEN, 1);
                m.event(Event.EventType.ALLIANCE_BROKEN, p.a.name(), "", "with " + p.b.name() + ": " + why);
            }
        }
    }

    /** Weak pairs facing a stronger common enemy ally with the monthly rate. */
    private void form(Sim m, MersenneTwisterFast r) {
        double rate = m.p(OrganizationParameters.ALLIANCE_RATE);
        List<TraffickingOrganization> orgs = m.organizations();
        // each organization's enemies, found once for all its pairs (a new pact changes no one's enemies)
        List<Set<TraffickingOrganization>> enemiesOf = new ArrayList<>(java.util.Collections.nCopies(orgs.size(), null));
        for (int i = 0; i < orgs.size(); i++) {
            for (int j = i + 1; j < orgs.size(); j++) {
                TraffickingOrganization a = orgs.get(i);
                TraffickingOrganization b = orgs.get(j);
                if (!a.alive() || !b.alive() || allied(a, b) || !(weak(a, m) || weak(b, m))) {
                    continue;
                }
                Set<TraffickingOrganization> ea = enemiesOf(enemiesOf, i, orgs, m);
                if (ea.contains(b) || enemiesOf(enemiesOf, j, orgs, m).contains(a)) {
                    continue;
                }
                TraffickingOrganization e = commonEnemy(a, b, ea, enemiesOf(enemiesOf, j, orgs, m), true);
                if (e != null && m.keyed("alliances", Streams.pairKey(a.id(), b.id()), 0) < rate) {
                    pacts.add(new Pact(a, b, e));
                    m.tally().add(Metric.ALLIANCES_FORMED, 1);
                    m.event(Event.EventType.ALLIANCE_FORMED, a.name(), front(a, b, e, m), "with " + b.name() + " against " + e.name());
                }
            }
        }
    }

    /** Cannot pay its members, or has lost at least the weakness share of its drug income (territory or cash lost). */
    static boolean weak(TraffickingOrganization o, Sim m) {
        IncomeMemory income = o.incomeMemory();
        double reference = income.reference();
        return o.unpaid() || reference > 0 && income.lost() / reference >= m.p(OrganizationParameters.ALLIANCE_WEAKNESS);
    }

    /** Its feuds, the organizations attacking its plazas and the holders of the plazas it attacks. */
    static Set<TraffickingOrganization> enemies(TraffickingOrganization o, Sim m) {
        Set<TraffickingOrganization> out = new HashSet<>();
        for (TraffickingOrganization x : m.organizations()) {
            if (x != o && x.alive() && o.isEnemy(x)) {
                out.add(x);
            }
        }
        for (Plaza z : m.plazas()) {
            if (!z.contested()) {
                continue; // no attacker: no enemy there
            }
            if (z.controller() == o) {
                out.addAll(z.attackers());
            } else if (z.attackedBy(o) && z.controller() != null) {
                out.add(z.controller());
            }
        }
        out.remove(o);
        return out;
    }

    /** The strongest enemy of both (by enforcers), if stronger than each when {@code stronger}; null if none. */
    private static TraffickingOrganization commonEnemy(TraffickingOrganization a, TraffickingOrganization b, Sim m, boolean stronger) {
        Set<TraffickingOrganization> eb = enemies(b, m);
        return commonEnemy(a, b, enemies(a, m), eb, stronger);
    }

    private static Set<TraffickingOrganization> enemiesOf(List<Set<TraffickingOrganization>> memo, int k,
                                                          List<TraffickingOrganization> orgs, Sim m) {
        Set<TraffickingOrganization> e = memo.get(k);
        if (e == null) {
            e = enemies(orgs.get(k), m);
            memo.set(k, e);
        }
        return e;
    }

    /** {@link #commonEnemy(TraffickingOrganization, TraffickingOrganization, Sim, boolean)} with the enemies found. */
    private static TraffickingOrganization commonEnemy(TraffickingOrganization a, TraffickingOrganization b,
                                                       Set<TraffickingOrganization> ea, Set<TraffickingOrganization> eb, boolean stronger) {
        TraffickingOrganization best = null;
        for (TraffickingOrganization e : ea) {
            if (!eb.contains(e) || !e.alive()) {
                continue;
            }
            if (stronger && e.enforcerCount() <= Math.max(a.enforcerCount(), b.enforcerCount())) {
                continue;
            }
            if (best == null || e.enforcerCount() > best.enforcerCount() || e.enforcerCount() == best.enforcerCount() && e.id() < best.id()) {
                best = e;
            }
        }
        return best;
    }

    /** A plaza where a or b fights the common enemy ("" if they fight only by feud). */
    private static String front(TraffickingOrganization a, TraffickingOrganization b, TraffickingOrganization e, Sim m) {
        for (Plaza z : m.plazas()) {
            if ((side(a, z) || side(b, z)) && side(e, z)) {
                return z.name();
            }
        }
        return "";
    }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("alliances", Phase.TERRITORY,
                "Weak organizations (unpaid, or drug income lost) facing a stronger common enemy may ally; allies do not attack each other and join each other's fronts against it; a pact breaks after a leader loss or when no common enemy is left.",
                List.of("organization.unpaid", "organization.incomeMemory", "organization.feuds", "organization.enforcers", "organization.leaderLoss", "plaza.controller", "plaza.attackers",
                        OrganizationParameters.ALLIANCE_RATE, OrganizationParameters.ALLIANCE_WEAKNESS),
                List.of("alliances", Metric.ALLIANCES, Metric.ALLIANCES_FORMED, Metric.ALLIANCES_BROKEN, "event:ALLIANCE_FORMED", "event:ALLIANCE_BROKEN"),
                this::month);
    }
}
