package plaza.output;

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
 */
public record PlazaRow(String plaza, String state, String controller, boolean contested, String contestants,
                       double homicides, double tonsThrough, double troops, double corruption) {
}
