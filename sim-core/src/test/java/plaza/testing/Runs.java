package plaza.testing;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.output.Metric;
import plaza.output.RunListener;
import plaza.params.ParameterValues;
import plaza.scenario.ScenarioLibrary;

/** Test helpers: the bundled scenarios, and runs whose monthly rows are kept in memory. */
public final class Runs {

    private Runs() {}

    /** The project's scenario directory (tests run in the module directory). */
    public static ScenarioLibrary library() {
        return new ScenarioLibrary(Path.of("..", "scenarios"));
    }

    public static ParameterValues baseline() {
        return library().load("baseline").values();
    }

    /**
     * The baseline with the six mechanisms of issue 23 at weight 0 (arsenals by need, absolute stakes,
     * predation that kills, market clearing, Mexico's reform, provocation), so that a small-world test
     * can switch on one of them alone and compare it with the rule it replaces.
     */
    public static ParameterValues stagedOff() {
        return baseline().with(plaza.params.GunParameters.PURCHASE_BY_NEED, 0)
                .with(plaza.params.ViolenceParameters.ABSOLUTE_STAKES, 0)
                .with(plaza.params.ViolenceParameters.PREDATION_HOMICIDES, 0)
                .with(plaza.params.MarketParameters.CLEARING, 0)
                .with(plaza.params.JusticeParameters.MEXICAN_REFORM, 0)
                .with(plaza.params.MilitaryParameters.PROVOCATION, 0);
    }

    /** Monthly rows of a run (2007 onwards), in order. */
    public static List<double[]> rows(ParameterValues p, long seed, YearMonth until, double scale) {
        List<double[]> rows = new ArrayList<>();
        RunListener l = (month, values) -> rows.add(values.clone());
        PlazaModel.run(new RunConfig("test", p, seed, until, scale), l);
        return rows;
    }

    /** Sum of a metric over the months of a calendar year (rows start in January 2007). */
    public static double yearTotal(List<double[]> rows, Metric m, int year) {
        int from = (year - RunConfig.OUTPUT_START.getYear()) * 12;
        double s = 0;
        for (int i = from; i < from + 12 && i < rows.size(); i++) {
            s += rows.get(i)[m.ordinal()];
        }
        return s;
    }

    /** Sum of a metric over all rows. */
    public static double total(List<double[]> rows, Metric m) {
        double s = 0;
        for (double[] r : rows) {
            s += r[m.ordinal()];
        }
        return s;
    }
}
