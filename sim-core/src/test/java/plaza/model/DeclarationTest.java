package plaza.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import plaza.core.AccessLog;
import plaza.core.Phase;
import plaza.core.Submodel;
import plaza.output.Metric;
import plaza.params.FlowParameters;
import plaza.params.FundingParameters;
import plaza.params.GunParameters;
import plaza.params.ParameterValues;
import plaza.params.SupplyParameters;
import plaza.params.ViolenceParameters;
import plaza.testing.Runs;

/**
 * Declarations that are true: the model runs with every access recorded ({@link AccessRecording}),
 * and each submodel may touch only the parameters, channels and outputs its declaration names; no
 * submodel but the recording reads the month's tally; and a declaration names nothing that no run
 * touched. Runs the baseline, scenarios that switch on the levers whose code paths the baseline
 * leaves idle, and runs with the staged mechanisms on (market clearing, Mexico's reform and
 * provocation on the Juarez surge; arsenals by need, absolute stakes and predation that kills on
 * the baseline), 1995-2030, at scale 200 (exact: no
 * statistics, so no false alarms; a missed access can only come from a code path no run reaches).
 */
class DeclarationTest {

    /** Scenarios whose levers reach code the baseline does not (precursor controls, legal supply, treatment, surges...). */
    static final List<String> SCENARIOS = List.of("baseline", "cfr-package", "legalize-marijuana-us", "treatment-expansion",
            "juarez-surge", "kingpin-surge", "tariff-pressure-2025", "reentry-programmes", "central-america-security",
            "military-withdrawal-with-police-reform", "eradication-interdiction-push", "border-buildup", "trusted-trade");

    /** The baseline with issue 23's staged mechanisms switched on (arsenals by need, absolute stakes, predation that kills), whose code the defaults leave idle. */
    static final ParameterValues STAGED_ON = Runs.baseline().with(GunParameters.PURCHASE_BY_NEED, 1)
            .with(ViolenceParameters.ABSOLUTE_STAKES, 1).with(ViolenceParameters.PREDATION_HOMICIDES, 2);

    static AccessLog record(ParameterValues p, YearMonth until) {
        PlazaModel m = new PlazaModel(new RunConfig("declarations", p, 3, until, 200), (month, values) -> { });
        AccessLog log = AccessRecording.start(m);
        m.start();
        while (m.stepMonth()) {
            // one month per call
        }
        return log;
    }

    @Test
    void everySubmodelTouchesOnlyWhatItDeclares() {
        List<Submodel> declared = SubmodelRegistry.declared();
        List<String> undeclared = new ArrayList<>();
        Map<String, TreeSet<String>> seen = new TreeMap<>();
        List<ParameterValues> runs = new ArrayList<>();
        SCENARIOS.forEach(name -> runs.add(Runs.library().load(name).values()));
        runs.add(stagedOn(Runs.library().load("juarez-surge").values()));
        runs.add(STAGED_ON);
        for (ParameterValues values : runs) {
            AccessLog log = record(values, YearMonth.of(2030, 12));
            for (String u : log.undeclared(declared)) {
                if (!undeclared.contains(u)) {
                    undeclared.add(u);
                }
            }
            log.touches().forEach((name, t) -> {
                TreeSet<String> s = seen.computeIfAbsent(name, k -> new TreeSet<>());
                t.parameters().forEach(p -> s.add("P " + p.name()));
                t.added().forEach(x -> s.add("O " + x.name()));
                t.channelsRead().forEach(x -> s.add("R " + x.name()));
                t.channelsWritten().forEach(x -> s.add("W " + x.name()));
            });
        }
        if (Boolean.getBoolean("plaza.printTouches")) {
            seen.forEach((k, v) -> System.out.println("TOUCH " + k + " " + String.join(";", v)));
        }
        assertEquals(List.of(), undeclared);
        assertEquals(List.of(), unused(declared, seen), "declared but never touched in any of the runs");
    }

    /** The staged mechanisms of issue 23 (on by default since the refit) switched on explicitly, so their code paths run whatever the defaults. */
    static ParameterValues stagedOn(ParameterValues p) {
        return p.with(plaza.params.MarketParameters.CLEARING, 1).with(plaza.params.JusticeParameters.MEXICAN_REFORM, 1)
                .with(plaza.params.MilitaryParameters.PROVOCATION, 1);
    }

    /**
     * What a declaration names that no run touched: a parameter (lever families excepted: a submodel
     * reads the members of its states only), an output or a channel. A stale declaration is as
     * untrue as a missing one.
     */
    static List<String> unused(List<Submodel> declared, Map<String, TreeSet<String>> seen) {
        List<String> out = new ArrayList<>();
        java.util.Set<plaza.params.Parameter> families = new java.util.HashSet<>();
        List.of(FlowParameters.INSPECTION, FlowParameters.SURGE, SupplyParameters.ERADICATION_STATE,
                SupplyParameters.CULTIVATION_MARIJUANA, SupplyParameters.CULTIVATION_POPPY).forEach(families::addAll);
        for (Submodel s : declared) {
            TreeSet<String> t = seen.getOrDefault(s.name(), new TreeSet<>());
            s.reads().parameters().stream().filter(p -> !families.contains(p) && !t.contains("P " + p.name()))
                    .forEach(p -> out.add(s.name() + " declares parameter " + p.name()));
            s.reads().channels().stream().filter(c -> !t.contains("R " + c.name())).forEach(c -> out.add(s.name() + " declares reading " + c));
            s.writes().channels().stream().filter(c -> !t.contains("W " + c.name())).forEach(c -> out.add(s.name() + " declares writing " + c));
            s.writes().outputs().stream().filter(m -> !t.contains("O " + m.name())).forEach(m -> out.add(s.name() + " declares output " + m.column()));
        }
        return out;
    }

    @Test
    void theCheckCatchesAnUndeclaredParameterAnOutputReadAndAChannel() {
        // a submodel that reads a parameter, reads the tally and writes a channel, declaring none of them
        Submodel sneaky = new Submodel("sneaky", Phase.FINANCE, "test", List.of(), List.of(), m -> {
            m.p(FundingParameters.ECONOMIC_HALF);
            m.tally().get(Metric.HOMICIDES);
            m.world().channels().setMemberRisk(0);
        });
        AccessLog log = new AccessLog();
        plaza.core.World w = new plaza.core.World();
        w.observe(log);
        log.enter(sneaky);
        ParameterValues p = ParameterValues.defaults().observed(log::parameter);
        p.get(FundingParameters.ECONOMIC_HALF);
        w.tally().get(Metric.HOMICIDES);
        w.channels().setMemberRisk(0);
        log.exit();
        List<String> found = log.undeclared(List.of(sneaky));
        assertEquals(3, found.size(), found.toString());
        assertTrue(found.get(0).contains("funding.") && found.get(1).contains("memberRisk")
                && found.get(2).contains("homicides"), found.toString());
        // and one that declares what it never touches
        Submodel idle = new Submodel("idle", Phase.FINANCE, "test", List.of(FundingParameters.ECONOMIC_HALF, plaza.core.Channel.MEMBER_RISK),
                List.of(Metric.HOMICIDES), m -> { });
        assertEquals(3, unused(List.of(idle), Map.of()).size(), unused(List.of(idle), Map.of()).toString());
    }
}
