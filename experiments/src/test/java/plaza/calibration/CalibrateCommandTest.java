package plaza.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.params.Parameter;
import plaza.params.ParameterCatalog;

/**
 * {@code plaza calibrate} and {@code plaza validate} end to end on a short period: the fit is
 * reproducible, improves the objective, stays inside the catalog bounds, and refuses to overwrite.
 */
class CalibrateCommandTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void home() {
        CalibrationTestSupport.home();
    }

    /**
     * Targets the catalog defaults miss in the spin-up years, so the optimizer has work to do within
     * a 2005-2007 run: far more extraditions in 2006 than the defaults give. A budget of 12
     * evaluations (on city plazas the first 8 samples of optimizer seed 1 found none better than
     * the start; the 12 found 1.89 -> 1.58).
     */
    private Path hardTargets() throws IOException {
        return CalibrationTestSupport.table(tmp, "targets.csv",
                "extraditions,total,extraditions,2006,400,600,1,persons,000:9,test",
                "complaints,total,human_rights_complaints,2006,120,250,1,complaints,004:229,test");
    }

    private CalibrationTestSupport.Result calibrate(Path targets, String name, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("calibrate", "--budget", List.of(extra).contains("--from-fitted") ? "1" : "12", "--seeds", "2",
                "--until", "2007-01", "--targets", targets.toString(), "--fitted-file",
                tmp.resolve(name + ".scenario").toString(), "--out", tmp.resolve(name).toString()));
        args.addAll(List.of(extra));
        return CalibrationTestSupport.cli(args.toArray(String[]::new));
    }

    private Map<String, String> values(String name) throws IOException {
        return Files.readAllLines(tmp.resolve(name + ".scenario")).stream()
                .map(l -> l.replaceAll("#.*", "").trim()).filter(l -> !l.isEmpty())
                .collect(Collectors.toMap(l -> l.substring(0, l.indexOf('=')).trim(),
                        l -> l.substring(l.indexOf('=') + 1).trim()));
    }

    @Test
    void sameOptionsGiveTheSameFitInsideTheBounds() throws IOException {
        Path targets = hardTargets();
        CalibrationTestSupport.Result a = calibrate(targets, "a");
        assertEquals(0, a.code(), a.err());
        assertEquals(0, calibrate(targets, "b").code());
        Map<String, String> fitA = values("a");
        assertEquals(fitA, values("b"), "same options, same fitted values");
        assertEquals(Files.readString(tmp.resolve("a/fit-report.csv")), Files.readString(tmp.resolve("b/fit-report.csv")));
        List<String> fitted = Calibrator.fittedParameters().stream().map(Parameter::name).toList();
        assertEquals(fitted.size(), fitA.size());
        for (Map.Entry<String, String> e : fitA.entrySet()) {
            Parameter p = ParameterCatalog.byName(e.getKey(), "test: ");
            assertEquals(Parameter.Status.FITTED, p.status(), p.name());
            assertTrue(p.allows(Double.parseDouble(e.getValue())), p.name() + " = " + e.getValue() + " within " + p.rangeText());
        }
        assertTrue(a.out().contains("evaluation 12/12"), "prints progress and spends the budget:\n" + a.out());
        String report = Files.readString(tmp.resolve("a/fit-report.md"));
        assertTrue(report.contains("extraditions") && report.contains("before"), report);
        // the extradition count can only rise toward 400-600 by moving the fitted rates: the fit must improve
        assertTrue(a.out().matches("(?s).*objective ([0-9.e+-]+) -> ([0-9.e+-]+);.*"), a.out());
        String[] objective = a.out().replaceAll("(?s).*objective ([0-9.e+-]+) -> ([0-9.e+-]+);.*", "$1 $2").split(" ");
        assertTrue(Double.parseDouble(objective[1]) < Double.parseDouble(objective[0]), a.out());
        String header = Files.readString(tmp.resolve("a.scenario"));
        assertTrue(header.contains("--budget 12 --seeds 2 --until 2007-01"), "header records the command:\n" + header);

        CalibrationTestSupport.Result other = calibrate(targets, "c", "--optimizer-seed", "2");
        assertEquals(0, other.code());
        assertNotEquals(fitA, values("c"), "the optimizer seed matters, so the equality above is not vacuous");
    }

    /** --from-fitted starts from the project's fitted values: with a budget of one evaluation, those come back unchanged. */
    @Test
    void fromFittedStartsFromTheCurrentFit() throws IOException {
        CalibrationTestSupport.Result r = calibrate(hardTargets(), "ff", "--from-fitted");
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(tmp.resolve("ff.scenario"));
        assertTrue(text.contains("--from-fitted") && text.contains("starting from the previous fitted values"), text);
        plaza.params.ParameterValues current = plaza.cli.Project.scenarios().load(plaza.scenario.ScenarioLibrary.BASELINE).values();
        for (Map.Entry<String, String> e : values("ff").entrySet()) {
            Parameter p = ParameterCatalog.byName(e.getKey(), "test: ");
            assertEquals(current.get(p), Double.parseDouble(e.getValue()), 1e-9 * Math.max(1, Math.abs(current.get(p))), p.name());
        }
        assertTrue(Files.readString(tmp.resolve("ff/fit-report.md")).contains("start (previous fit)"));
    }

    /** --step scales the optimizer's first steps: recorded in the header, and a smaller step lands nearer the start. */
    @Test
    void stepScalesTheSearchAroundTheStart() throws IOException {
        Path targets = hardTargets();
        assertEquals(0, calibrate(targets, "wide").code());
        CalibrationTestSupport.Result near = calibrate(targets, "near", "--step", "0.05");
        assertEquals(0, near.code(), near.err());
        assertTrue(Files.readString(tmp.resolve("near.scenario")).contains("--step 0.05"), "header records the step");
        plaza.params.ParameterValues defaults = plaza.params.ParameterValues.defaults();
        double wide = 0;
        double close = 0;
        for (Parameter p : Calibrator.fittedParameters()) {
            double width = p.max() - p.min();
            wide += Math.abs(Double.parseDouble(values("wide").get(p.name())) - defaults.get(p)) / width;
            close += Math.abs(Double.parseDouble(values("near").get(p.name())) - defaults.get(p)) / width;
        }
        assertTrue(close < wide / 3, "distance from the start in range units: step 0.05 " + close + ", step 1 " + wide);
        CalibrationTestSupport.Result bad = calibrate(targets, "bad", "--step", "0");
        assertEquals(2, bad.code(), bad.err());
        assertTrue(bad.err().contains("--step 0 must be above 0 and at most 1"), bad.err());
    }

    /** --only moves the parameters it names and keeps every other fitted value; it refuses what is not fitted. */
    @Test
    void onlyMovesTheNamedParameters() throws IOException {
        Path targets = hardTargets();
        // the two parameters that set extraditions: requests (the rate) or the treaty process (the capacity),
        // whichever binds at the current fit (the capacity since 2026-12-07), so at least one of them moves
        String moved = "intel.extradition_rate_per_arrest,intel.treaty_capacity_per_year";
        List<String> named = List.of(moved.split(","));
        List<String> args = new java.util.ArrayList<>(List.of("calibrate", "--budget", "8", "--seeds", "2", "--until", "2007-01",
                "--targets", targets.toString(), "--fitted-file", tmp.resolve("only.scenario").toString(),
                "--out", tmp.resolve("only").toString(), "--from-fitted", "--only", moved));
        CalibrationTestSupport.Result r = CalibrationTestSupport.cli(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        plaza.params.ParameterValues current = plaza.cli.Project.scenarios().load(plaza.scenario.ScenarioLibrary.BASELINE).values();
        Map<String, String> fit = values("only");
        assertEquals(Calibrator.fittedParameters().size(), fit.size(), "the file still lists every fitted parameter");
        int movedCount = 0;
        for (Map.Entry<String, String> e : fit.entrySet()) {
            Parameter p = ParameterCatalog.byName(e.getKey(), "test: ");
            double v = Double.parseDouble(e.getValue());
            if (named.contains(p.name())) {
                movedCount += current.get(p) != v ? 1 : 0;
            } else {
                assertEquals(current.get(p), v, 1e-9 * Math.max(1, Math.abs(current.get(p))), p.name());
            }
        }
        assertTrue(movedCount > 0, "a named parameter moves toward 400-600 extraditions: " + fit);
        assertTrue(Files.readString(tmp.resolve("only.scenario")).contains("--only " + moved));
        args.set(args.indexOf(moved), "dto.recruitment_rate_per_month");
        CalibrationTestSupport.Result bad = CalibrationTestSupport.cli(args.toArray(String[]::new));
        assertEquals(2, bad.code(), bad.err());
        assertTrue(bad.err().contains("not a fitted parameter"), bad.err());
    }

    @Test
    void refusesToOverwriteFittedValuesWithoutForce() throws IOException {
        Path targets = hardTargets();
        Path file = tmp.resolve("f.scenario");
        Files.writeString(file, "dto.split_probability = 0.5\n");
        CalibrationTestSupport.Result r = calibrate(targets, "f");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("refusing to overwrite") && r.err().contains("--force"), r.err());
        assertEquals("dto.split_probability = 0.5\n", Files.readString(file), "file untouched");
        assertEquals(0, calibrate(targets, "f", "--force").code());
        assertNotEquals("dto.split_probability = 0.5\n", Files.readString(file));
    }

    @Test
    void validateExitCodesFollowThePassRule() throws IOException {
        Path pass = CalibrationTestSupport.table(tmp, "pass.csv",
                "merida,merida_total,all,FY2008..FY2010,1300,1500,1,USD millions,001:359-360,test",
                "later,total,homicides,2012,0,1,1,homicides,001:408,not evaluated before 2012");
        Path fail = CalibrationTestSupport.table(tmp, "fail.csv",
                "troops,max,troops_deployed,2007-01,1000000,,1,troops,000:17,impossible");
        CalibrationTestSupport.Result ok = CalibrationTestSupport.cli("validate", "baseline", "--seeds", "2", "--until",
                "2007-02", "--targets", pass.toString(), "--out", tmp.resolve("v1").toString());
        assertEquals(0, ok.code(), ok.out() + ok.err());
        List<String> csv = Files.readAllLines(tmp.resolve("v1/validation.csv"));
        assertTrue(csv.get(1).startsWith("merida,") && csv.get(1).endsWith(",pass,"), csv.get(1));
        assertTrue(csv.get(2).endsWith(",not_evaluated,"), csv.get(2));
        assertTrue(Files.readString(tmp.resolve("v1/validation.md")).contains("Overall score: 1 of 1"));

        CalibrationTestSupport.Result no = CalibrationTestSupport.cli("validate", "baseline", "--seeds", "2", "--until",
                "2007-02", "--targets", fail.toString(), "--out", tmp.resolve("v2").toString());
        assertEquals(1, no.code());
        assertTrue(no.out().contains("FAIL") && no.out().contains("Validation fails: 1 target(s)"), no.out());

        // the same failure declared a known miss beside the table: shown with its reason, exit 0
        Files.writeString(tmp.resolve(KnownMisses.FILE), "id,reason,explained_in\ntroops,no mechanism gives a million troops,here\n");
        CalibrationTestSupport.Result known = CalibrationTestSupport.cli("validate", "baseline", "--seeds", "2", "--until",
                "2007-02", "--targets", fail.toString(), "--out", tmp.resolve("v4").toString());
        assertEquals(0, known.code(), known.out() + known.err());
        assertTrue(known.out().contains("KNOWN MISS") && known.out().contains("no mechanism gives a million troops"), known.out());
        Files.delete(tmp.resolve(KnownMisses.FILE));

        assertEquals(2, CalibrationTestSupport.cli("validate", "no-such-scenario", "--out", tmp.resolve("v3").toString()).code());
        assertEquals(2, CalibrationTestSupport.cli("validate", "baseline", "--seeds", "0", "--targets", pass.toString(),
                "--out", tmp.resolve("v4").toString()).code());
    }
}
