package plaza.output;

import java.util.List;


/**
 * A plaza's state at the end of a month, as written to plazas.csv.
 *
 * @param plaza      state code
 * @param state      state name
 * @param controller controlling organization's name ("" if none)
 * @param contested  whether two or more organizations fight over it
 * @param contestants names of attackers, separated by '|'
 * @param homicides  drug-related homicides in the month
 * @param tonsThrough tons of drugs that passed through it in the month
 * @param troops     soldiers deployed there
 * @param corruption share of local police on a payroll
 * @param fighters   enforcers committed to the fight there (0 if not contested)
 * @param fighterLoad fighters present over the plaza's capacity
 * @param stake      what the plaza is worth fighting for (corridor-weight units, see trafficking/Stakes)
 */
public record PlazaRow(String plaza, String state, String controller, boolean contested, String contestants,
                       double homicides, double tonsThrough, double troops, double corruption,
                       double fighters, double fighterLoad, double stake) {

    /** The columns of plazas.csv after the run keys, declared once. */
    public static final List<Column<PlazaRow>> COLUMNS = List.of(
            new Column<>("plaza", Kind.KEY, "", "State code of the plaza", PlazaRow::plaza),
            new Column<>("state", Kind.LABEL, "", "State name", PlazaRow::state),
            new Column<>("controller", Kind.LABEL, "", "Organization controlling the plaza (empty if none)", PlazaRow::controller),
            new Column<>("contested", Kind.STOCK, "1 = yes", "Whether two or more organizations fight over it", PlazaRow::contested),
            new Column<>("attackers", Kind.LABEL, "", "Attacking organizations, separated by |", PlazaRow::contestants),
            new Column<>("homicides", Kind.FLOW, "homicides per month", "Drug-related homicides in the plaza in the month", PlazaRow::homicides),
            new Column<>("tons_through", Kind.FLOW, "tons per month", "Drugs that passed through the plaza in the month", PlazaRow::tonsThrough),
            new Column<>("troops", Kind.STOCK, "troops", "Soldiers deployed there at the end of the month", PlazaRow::troops),
            new Column<>("police_corruption", Kind.STOCK, "share", "Share of local police on an organization's payroll", PlazaRow::corruption),
            new Column<>("fighters", Kind.STOCK, "persons", "Enforcers all sides commit to the fight there in the month (0 if not contested)", PlazaRow::fighters),
            new Column<>("fighter_load", Kind.STOCK, "ratio", "Fighters present over the plaza's capacity (violence.max_fighters_per_1000_residents)", PlazaRow::fighterLoad),
            new Column<>("saturated", Kind.STOCK, "1 = yes", "Contested and fighters beyond capacity: more fighters add no violence", r -> r.fighters() > 0 && r.fighterLoad() > 1),
            new Column<>("stake", Kind.STOCK, "corridor-weight units", "Value of the drugs passing and local rents, smoothed; 2005 national total = total corridor weight", PlazaRow::stake));
}
