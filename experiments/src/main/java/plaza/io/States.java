package plaza.io;

import java.util.Map;

import plaza.params.InputException;

/**
 * Mexico's 32 federal entities as written in the outputs: the official short name with its accents
 * (UTF-8) and INEGI's two-digit state code (clave de entidad federativa, "01" Aguascalientes to
 * "32" Zacatecas), so plazas.csv joins with any other table keyed by the standard code. The model
 * (sim-core) names states in ASCII by their postal abbreviation; this is the mapping.
 */
public final class States {

    /** An entity: INEGI code and official name. */
    public record State(String inegi, String name) { }

    private static final Map<String, State> BY_ABBREVIATION = Map.ofEntries(
            Map.entry("AGS", new State("01", "Aguascalientes")),
            Map.entry("BC", new State("02", "Baja California")),
            Map.entry("BCS", new State("03", "Baja California Sur")),
            Map.entry("CAM", new State("04", "Campeche")),
            Map.entry("COAH", new State("05", "Coahuila")),
            Map.entry("COL", new State("06", "Colima")),
            Map.entry("CHIS", new State("07", "Chiapas")),
            Map.entry("CHIH", new State("08", "Chihuahua")),
            Map.entry("CDMX", new State("09", "Ciudad de México")),
            Map.entry("DGO", new State("10", "Durango")),
            Map.entry("GTO", new State("11", "Guanajuato")),
            Map.entry("GRO", new State("12", "Guerrero")),
            Map.entry("HGO", new State("13", "Hidalgo")),
            Map.entry("JAL", new State("14", "Jalisco")),
            Map.entry("MEX", new State("15", "México")),
            Map.entry("MICH", new State("16", "Michoacán")),
            Map.entry("MOR", new State("17", "Morelos")),
            Map.entry("NAY", new State("18", "Nayarit")),
            Map.entry("NL", new State("19", "Nuevo León")),
            Map.entry("OAX", new State("20", "Oaxaca")),
            Map.entry("PUE", new State("21", "Puebla")),
            Map.entry("QRO", new State("22", "Querétaro")),
            Map.entry("QROO", new State("23", "Quintana Roo")),
            Map.entry("SLP", new State("24", "San Luis Potosí")),
            Map.entry("SIN", new State("25", "Sinaloa")),
            Map.entry("SON", new State("26", "Sonora")),
            Map.entry("TAB", new State("27", "Tabasco")),
            Map.entry("TAMPS", new State("28", "Tamaulipas")),
            Map.entry("TLAX", new State("29", "Tlaxcala")),
            Map.entry("VER", new State("30", "Veracruz")),
            Map.entry("YUC", new State("31", "Yucatán")),
            Map.entry("ZAC", new State("32", "Zacatecas")));

    private States() {}

    /** The entity of a plaza code (the state's postal abbreviation). */
    public static State of(String abbreviation) {
        State s = BY_ABBREVIATION.get(abbreviation);
        if (s == null) {
            throw new InputException("unknown state abbreviation '" + abbreviation + "'");
        }
        return s;
    }

    public static int count() {
        return BY_ABBREVIATION.size();
    }
}
