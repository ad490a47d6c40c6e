package plaza.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.output.Metric;
import plaza.output.PlazaRow;
import plaza.output.RunListener;
import plaza.testing.Runs;

/**
 * The reports' major organizations are those controlling the plazas for smuggling into the U.S.
 * (001:455-457): {@code border_dtos} counts the organizations holding a border-crossing city. Full
 * baseline runs, seeds 1-3, 1995-2010, checked month by month against the run's own plaza rows: the
 * count equals the number of different controllers of the plazas of kind {@code border}, never
 * exceeds {@code all_dtos}, and in January 1995 is 4, each of the four founders holding at least one
 * border city (002:58), the Pacific organization the one nearest its home, Ojinaga. The runs are
 * deterministic given the seed, so these are exact checks without false alarms.
 */
class BorderOrganizationsTest {

    private static final YearMonth UNTIL = YearMonth.of(2010, 12);

    @Test
    void borderOrganizationsAreTheControllersOfBorderCities() {
        for (long seed = 1; seed <= 3; seed++) {
            List<String> problems = new ArrayList<>();
            double[] counted = new double[1];
            double[] all = new double[1];
            Set<String> founders = new TreeSet<>();
            double[] firstMonth = {-1};
            int[] months = new int[1];
            double[] max = new double[1];
            RunListener l = new RunListener() {
                private void row(YearMonth month, double[] values) {
                    counted[0] = values[Metric.BORDER_DTOS.ordinal()];
                    all[0] = values[Metric.ALL_DTOS.ordinal()];
                    max[0] = Math.max(max[0], counted[0]);
                    if (counted[0] > all[0]) {
                        problems.add(month + ": border_dtos " + counted[0] + " > all_dtos " + all[0]);
                    }
                }

                private void rows(YearMonth month, List<PlazaRow> rows) {
                    Set<String> holders = new TreeSet<>();
                    for (PlazaRow r : rows) {
                        if (r.kind().equals("border") && !r.controller().isEmpty()) {
                            holders.add(r.controller());
                        }
                        if (month.equals(YearMonth.of(1995, 1)) && r.plaza().equals("ojinaga")) {
                            founders.add("ojinaga:" + r.controller());
                        }
                    }
                    if (holders.size() != counted[0]) {
                        problems.add(month + ": border_dtos " + counted[0] + " but border cities held by " + holders);
                    }
                    if (month.equals(YearMonth.of(1995, 1))) {
                        firstMonth[0] = counted[0];
                        founders.addAll(holders);
                    }
                    months[0]++;
                }

                @Override
                public void month(YearMonth month, double[] values) {
                    row(month, values);
                }

                @Override
                public void plazas(YearMonth month, List<PlazaRow> rows) {
                    rows(month, rows);
                }
            };
            PlazaModel.run(new RunConfig("test", Runs.baseline(), seed, UNTIL, 100), RunListener.wholeRun(l)); // 1995-2006 arrive as spin-up months
            assertTrue(problems.isEmpty(), "seed " + seed + ": " + problems.subList(0, Math.min(5, problems.size())));
            assertEquals(16 * 12, months[0], "seed " + seed + ": every month 1995-2010 checked");
            assertEquals(4, firstMonth[0], "seed " + seed + ": the four founders each hold a border city in January 1995");
            assertTrue(founders.containsAll(Set.of("Pacific", "Gulf", "Juarez", "Tijuana", "ojinaga:Pacific")),
                    "seed " + seed + ": founders at the border in January 1995: " + founders);
            assertTrue(max[0] >= 7, "seed " + seed + ": the crackdown's splits bring 7 or more organizations to the border by 2010 (001:468-469), at most " + max[0]);
        }
    }
}
