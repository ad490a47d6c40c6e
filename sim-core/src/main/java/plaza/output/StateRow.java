package plaza.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A state's month, as written to states.csv: the sum or spread over its plazas (cities, ports,
 * production zones and the rest of its territory), so analysts need not aggregate plazas.csv.
 *
 * @param state       the state's code (the writer adds its name and INEGI code)
 * @param plazas      plazas in the state
 * @param population  residents
 * @param homicides   drug-related homicides in the month, all its plazas
 * @param contested   plazas fought over at the end of the month
 * @param controllers organizations holding at least one of its plazas, separated by '|', largest holding (by residents) first
 * @param troops      soldiers deployed in its plazas
 * @param corruption  share of local police on a payroll, weighted by residents
 * @param fighters    enforcers committed to fights in its plazas
 * @param tonsThrough tons passing its plazas in the month, counted at every plaza passed
 * @param stake       sum of its plazas' stakes
 * @param fields      its production zones' fields
 */
public record StateRow(String state, int plazas, double population, double homicides, int contested, String controllers,
                       double troops, double corruption, double fighters, double tonsThrough, double stake, PlazaRow.Fields fields) {

    /** The states of a month's plaza rows, in the order their first plaza appears. */
    public static List<StateRow> of(List<PlazaRow> rows) {
        Map<String, List<PlazaRow>> byState = new LinkedHashMap<>();
        for (PlazaRow r : rows) {
            byState.computeIfAbsent(r.state(), k -> new ArrayList<>()).add(r);
        }
        List<StateRow> out = new ArrayList<>(byState.size());
        for (Map.Entry<String, List<PlazaRow>> e : byState.entrySet()) {
            out.add(state(e.getKey(), e.getValue()));
        }
        return out;
    }

    private static StateRow state(String code, List<PlazaRow> rows) {
        double pop = 0;
        double homicides = 0;
        int contested = 0;
        double troops = 0;
        double corruption = 0;
        double fighters = 0;
        double tons = 0;
        double stake = 0;
        PlazaRow.Fields fields = PlazaRow.Fields.NONE;
        Map<String, Double> held = new LinkedHashMap<>();
        for (PlazaRow r : rows) {
            pop += r.population();
            homicides += r.homicides();
            contested += r.contested() ? 1 : 0;
            troops += r.troops();
            corruption += r.corruption() * r.population();
            fighters += r.fighters();
            tons += r.tonsThrough();
            stake += r.stake();
            fields = fields.plus(r.fields());
            if (!r.controller().isEmpty()) {
                held.merge(r.controller(), r.population(), Double::sum);
            }
        }
        List<String> names = new ArrayList<>(held.keySet());
        names.sort((a, b) -> Double.compare(held.get(b), held.get(a))); // stable: ties keep plaza order
        return new StateRow(code, rows.size(), pop, homicides, contested, String.join("|", names), troops,
                pop > 0 ? corruption / pop : 0, fighters, tons, stake, fields);
    }

    /** The columns of states.csv after the run keys, declared once. */
    public static final List<Column<StateRow>> COLUMNS = List.of(
            new Column<>("state", Kind.KEY, "", "State name", StateRow::state),
            new Column<>("plazas", Kind.STOCK, "plazas", "Plazas in the state (cities, ports, production zones, the rest of its territory)", StateRow::plazas),
            new Column<>("population", Kind.STOCK, "residents", "Residents (2010 census, approximate; an input)", StateRow::population),
            new Column<>("homicides", Kind.FLOW, "homicides per month", "Drug-related homicides in the state's plazas in the month", StateRow::homicides),
            new Column<>("contested_plazas", Kind.STOCK, "plazas", "The state's plazas fought over by two or more organizations", StateRow::contested),
            new Column<>("controllers", Kind.LABEL, "", "Organizations holding a plaza there, most residents first, separated by |", StateRow::controllers),
            new Column<>("troops", Kind.STOCK, "troops", "Soldiers deployed in the state's plazas at the end of the month", StateRow::troops),
            new Column<>("police_corruption", Kind.STOCK, "share", "Share of local police on an organization's payroll, weighted by residents", StateRow::corruption),
            new Column<>("fighters", Kind.STOCK, "persons", "Enforcers committed to fights in the state's plazas in the month", StateRow::fighters),
            new Column<>("tons_through", Kind.FLOW, "tons per month", "Drugs passing the state's plazas in the month, counted at every plaza passed", StateRow::tonsThrough),
            new Column<>("stake", Kind.STOCK, "corridor-weight units", "Sum of the stakes of the state's plazas", StateRow::stake),
            new Column<>("hectares_marijuana", Kind.STOCK, "hectares", "Marijuana standing in the state's fields at the end of the month (0 where none grows)", r -> r.fields().marijuana()),
            new Column<>("hectares_poppy", Kind.STOCK, "hectares", "Opium poppy standing in the state's fields at the end of the month (0 where none grows)", r -> r.fields().poppy()),
            new Column<>("hectares_eradicated_marijuana", Kind.FLOW, "hectares per month", "Marijuana fields in the state destroyed by eradication in the month", r -> r.fields().eradicatedMarijuana()),
            new Column<>("hectares_eradicated_poppy", Kind.FLOW, "hectares per month", "Opium-poppy fields in the state destroyed by eradication in the month", r -> r.fields().eradicatedPoppy()),
            new Column<>("tons_produced_marijuana", Kind.FLOW, "tons per month", "Marijuana harvested in the state in the month", r -> r.fields().tonsMarijuana()),
            new Column<>("kg_produced_heroin", Kind.FLOW, "kg per month", "Heroin made from the state's poppy harvest in the month, after the opium gum seized", r -> r.fields().kgHeroin()));
}
