package plaza.funding;

import java.time.YearMonth;
import java.util.List;

import plaza.core.Phase;
import plaza.core.Sim;
import plaza.core.Submodel;
import plaza.params.BorderParameters;
import plaza.params.FundingParameters;
import plaza.params.MilitaryParameters;
import plaza.params.ParameterValues;

/**
 * Rule: Mexico's counter-drug budget pays for deployed troops first and federal police with the
 * rest; U.S. border spending scales with the border buildup lever and U.S. treatment spending with
 * the treatment lever. Sources: 001:653-654 ($4.3B a year), 000:17 ($2.5B in 2007, +24%),
 * 004:81 ($9-11B), 001:170-172 (U.S. border $3B), 002:36 (U.S. demand reduction $6B).
 */
public final class SecurityBudgets implements java.io.Serializable {

    private double mexicoUsd;
    private double borderUsd;
    private double treatmentUsd;
    private double policeOfficers;

    public void month(Sim m) {
        ParameterValues p = m.params();
        YearMonth now = m.month();
        double annual = p.get(FundingParameters.MEXICO_BUDGET) * 1e9;
        if (!m.crackdown()) {
            annual /= 1 + p.get(FundingParameters.MEXICO_GROWTH_2007);
        }
        mexicoUsd = annual / 12;
        double troops = TroopSchedule.troopsTarget(now, p);
        double troopCost = troops * p.get(MilitaryParameters.TROOP_COST);
        policeOfficers = Math.max(0, annual - troopCost) / p.get(FundingParameters.POLICE_COST);
        borderUsd = p.get(BorderParameters.SPENDING) * 1e9 * borderBuildup(now, p) / 12;
        treatmentUsd = (p.get(FundingParameters.TREATMENT) + treatmentExtra(now, p)) * 1e9 / 12;
    }

    /** Border agents and fencing relative to 2007. */
    public static double borderBuildup(YearMonth m, ParameterValues p) {
        return p.at(BorderParameters.BUILDUP, m);
    }

    /** Extra treatment spending in force, USD billions per year. */
    public static double treatmentExtra(YearMonth m, ParameterValues p) {
        return p.at(FundingParameters.TREATMENT_EXTRA, m);
    }

    /** Mexico's counter-drug spending this month, USD. */
    public double mexicoUsd() { return mexicoUsd; }

    /** U.S. border spending this month, USD. */
    public double borderUsd() { return borderUsd; }

    /** U.S. treatment and prevention spending this month, USD. */
    public double treatmentUsd() { return treatmentUsd; }

    /** Federal police officers the budget pays for after troops. */
    public double policeOfficers() { return policeOfficers; }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("budgets", Phase.FUNDING,
                "Mexico's budget pays troops first and federal police with the rest; U.S. border and treatment spending follow their levers.",
                List.of("troopSchedule", BorderParameters.BUILDUP, BorderParameters.SPENDING, FundingParameters.MEXICO_BUDGET, FundingParameters.MEXICO_GROWTH_2007,
                        FundingParameters.POLICE_COST, FundingParameters.TREATMENT, FundingParameters.TREATMENT_EXTRA, MilitaryParameters.TROOPS, MilitaryParameters.TROOP_COST,
                        MilitaryParameters.WITHDRAWN),
                List.of("budgets.policeOfficers", "budgets.spending"),
                this::month);
    }
}
