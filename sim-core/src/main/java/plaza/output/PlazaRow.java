package plaza.output;

import java.util.List;


/**
 * A plaza's state at the end of a month, as written to plazas.csv.
 *
 * @param plaza      the plaza's id (world/Geography)
 * @param name       the plaza's name as written in Mexico (UTF-8)
 * @param state      the code of its state (the writer adds the state's name and INEGI code)
 * @param municipality INEGI's three-digit municipal code within the state ("" for a zone or rest-of-state node)
 * @param kind       border, port, airport, production, city or rest
 * @param population residents
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
 * @param fields     a production zone's marijuana and poppy fields (all 0 elsewhere)
 */
public record PlazaRow(String plaza, String name, String state, String municipality, String kind, double population, String controller, boolean contested, String contestants,
                       double homicides, double tonsThrough, double troops, double corruption,
                       double fighters, double fighterLoad, double stake, Fields fields) implements java.io.Serializable {

    /** A state's fields at the end of the month: hectares standing, eradicated, harvested, and what the harvest made. */
    public record Fields(double marijuana, double poppy, double eradicatedMarijuana, double eradicatedPoppy,
                         double harvestedMarijuana, double harvestedPoppy, double tonsMarijuana, double kgHeroin) implements java.io.Serializable {
        /** No fields (a plaza that is not a production zone). */
        public static final Fields NONE = new Fields(0, 0, 0, 0, 0, 0, 0, 0);

        /** These fields and {@code o}'s together (a state's fields from its plazas'). */
        public Fields plus(Fields o) {
            return new Fields(marijuana + o.marijuana, poppy + o.poppy, eradicatedMarijuana + o.eradicatedMarijuana,
                    eradicatedPoppy + o.eradicatedPoppy, harvestedMarijuana + o.harvestedMarijuana, harvestedPoppy + o.harvestedPoppy,
                    tonsMarijuana + o.tonsMarijuana, kgHeroin + o.kgHeroin);
        }
    }

    /** The columns of plazas.csv after the run keys, declared once. */
    public static final List<Column<PlazaRow>> COLUMNS = List.of(
            new Column<>("plaza", Kind.KEY, "", "The plaza's id (seeds/geography.md): a city, border city, port, production zone, or <state>_rest for the rest of a state", PlazaRow::plaza),
            new Column<>("name", Kind.LABEL, "", "The plaza's name as written in Mexico (UTF-8)", PlazaRow::name),
            new Column<>("state", Kind.LABEL, "", "State name", PlazaRow::state),
            new Column<>("municipality_code", Kind.LABEL, "", "INEGI's three-digit municipal code within the state (empty for a zone or rest-of-state node); with state_code the five-digit key", PlazaRow::municipality),
            new Column<>("kind", Kind.LABEL, "", "border, port, airport, production, city or rest", PlazaRow::kind),
            new Column<>("population", Kind.STOCK, "residents", "Residents (2010 census, approximate; an input)", PlazaRow::population),
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
            new Column<>("stake", Kind.STOCK, "corridor-weight units", "Value of the drugs passing and local rents, smoothed; 2005 national total = total corridor weight", PlazaRow::stake),
            new Column<>("hectares_marijuana", Kind.STOCK, "hectares", "Marijuana standing in the production zone's fields at the end of the month (0 where none grows)", r -> r.fields().marijuana()),
            new Column<>("hectares_poppy", Kind.STOCK, "hectares", "Opium poppy standing in the production zone's fields at the end of the month (0 where none grows)", r -> r.fields().poppy()),
            new Column<>("hectares_eradicated_marijuana", Kind.FLOW, "hectares per month", "Marijuana fields in the production zone destroyed by eradication in the month", r -> r.fields().eradicatedMarijuana()),
            new Column<>("hectares_eradicated_poppy", Kind.FLOW, "hectares per month", "Opium-poppy fields in the production zone destroyed by eradication in the month", r -> r.fields().eradicatedPoppy()),
            new Column<>("hectares_harvested_marijuana", Kind.FLOW, "hectares per month", "Marijuana fields in the production zone harvested in the month", r -> r.fields().harvestedMarijuana()),
            new Column<>("hectares_harvested_poppy", Kind.FLOW, "hectares per month", "Opium-poppy fields in the production zone harvested in the month", r -> r.fields().harvestedPoppy()),
            new Column<>("tons_produced_marijuana", Kind.FLOW, "tons per month", "Marijuana harvested in the production zone in the month (it starts its route from this plaza)", r -> r.fields().tonsMarijuana()),
            new Column<>("kg_produced_heroin", Kind.FLOW, "kg per month", "Heroin made from the production zone's poppy harvest in the month, after the opium gum seized", r -> r.fields().kgHeroin()));
}
