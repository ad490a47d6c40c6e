package plaza.calibration;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import plaza.output.Metric;
import plaza.params.InputException;
import plaza.world.Geography;

/**
 * A signed sum of output columns, written {@code dto_revenue_usd-dto_revenue_extortion_usd}: drug
 * revenue is gross revenue less extortion, and the targets table says so in one cell. A term is a
 * national column of timeseries.csv ({@code homicides}) or a column of plazas.csv for one plaza,
 * written {@code column@id} ({@code homicides@juarez}: Ciudad Juárez), or summed over a state's
 * plazas, written {@code column@STATE} ({@code homicides@CHIH}: all of Chihuahua).
 *
 * @param terms the columns
 * @param signs +1 or -1 for each column
 */
record MetricSum(List<Term> terms, List<Integer> signs) {

    /** One column read from a run: national or one plaza's. */
    sealed interface Term permits National, OnePlaza {
        double value(TargetStatistics run, YearMonth month);
    }

    /** A column of timeseries.csv. */
    record National(Metric metric) implements Term {
        public double value(TargetStatistics run, YearMonth month) {
            return run.value(metric, month);
        }
    }

    /** A numeric column of plazas.csv summed over some plazas (by their index in {@link Geography#SITES}): one plaza, or a state's. */
    record OnePlaza(int column, int[] plazas) implements Term {
        public double value(TargetStatistics run, YearMonth month) {
            double v = 0;
            for (int z : plazas) {
                v += run.plazaValue(z, column, month);
            }
            return v;
        }
    }

    static MetricSum parse(String text, String where) {
        List<Term> terms = new ArrayList<>();
        List<Integer> signs = new ArrayList<>();
        int sign = 1;
        StringBuilder name = new StringBuilder();
        String t = text.replace(" ", "");
        for (int i = 0; i <= t.length(); i++) {
            char c = i < t.length() ? t.charAt(i) : '+';
            if (c == '+' || c == '-') {
                terms.add(term(name.toString(), text, where));
                signs.add(sign);
                sign = c == '-' ? -1 : 1;
                name.setLength(0);
            } else {
                name.append(c);
            }
        }
        return new MetricSum(List.copyOf(terms), List.copyOf(signs));
    }

    private static Term term(String name, String text, String where) {
        int at = name.indexOf('@');
        if (at < 0) {
            Metric m = Metric.byColumn(name);
            if (m == null) {
                throw new InputException(where + ": unknown output column '" + name + "' in '" + text
                        + "'; columns are those of timeseries.csv (see plaza.output.Metric), or column@plaza or column@STATE for a plaza's or a state's");
            }
            return new National(m);
        }
        String column = name.substring(0, at);
        int c = TargetStatistics.PLAZA_COLUMNS.indexOf(column);
        if (c < 0) {
            throw new InputException(where + ": unknown plaza column '" + column + "' in '" + text
                    + "'; numeric columns of plazas.csv are " + String.join(", ", TargetStatistics.PLAZA_COLUMNS));
        }
        String id = name.substring(at + 1);
        if (Geography.isSite(id)) {
            return new OnePlaza(c, new int[] {Geography.siteIndex(id)});
        }
        String code = id.toUpperCase(Locale.ROOT);
        for (int s = 0; s < Geography.STATES.size(); s++) {
            if (Geography.STATES.get(s).code().equals(code)) {
                return new OnePlaza(c, Geography.plazasOf(s));
            }
        }
        throw new InputException(where + ": unknown plaza '" + id + "' in '" + text
                + "'; write a plaza id of seeds/geography.md (juarez, culiacan, chih_rest, ...) or a state code for the sum over its plazas ("
                + String.join(", ", Geography.STATES.stream().map(st -> st.code()).toList()) + ")");
    }

    /** True if any term reads a plaza's series (the run must then keep plaza rows). */
    boolean readsPlazas() {
        return terms.stream().anyMatch(x -> x instanceof OnePlaza);
    }

    double value(TargetStatistics run, YearMonth month) {
        double v = 0;
        for (int i = 0; i < terms.size(); i++) {
            v += signs.get(i) * terms.get(i).value(run, month);
        }
        return v;
    }
}
