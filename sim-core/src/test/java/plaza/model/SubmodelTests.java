package plaza.model;

import java.util.List;
import java.util.Map;

/**
 * Which tests check which submodel: a declared list of test classes by package and name (the test
 * checks each file exists, so a renamed or deleted test fails it), small-world mechanism tests first, then full-model lever tests. Declared rather
 * than found by scanning the test sources for the class name, because the scan both over-finds
 * (fixtures name many mechanisms they only construct) and under-finds (tests that reach a mechanism
 * through the model or its outputs never name its class). {@code ProcessOverviewTest} checks that
 * each listed test names something the submodel declares and that only the submodels in
 * {@link #NONE} have no test.
 */
final class SubmodelTests {

    private SubmodelTests() {}

    static final Map<String, List<String>> BY_SUBMODEL = Map.ofEntries(
            Map.entry("merida", List.of("levers/MeridaReallocationTest")),
            Map.entry("budgets", List.of("levers/DemandAndBorderTest")),
            Map.entry("justice-reform", List.of("institutions/JusticeReformTest")),
            Map.entry("institutions", List.of("institutions/LegitimacyTest")),
            Map.entry("justice-capacity", List.of("enforcement/CourtCapacityTest")),
            Map.entry("state-protection", List.of("institutions/ProtectionRegimeTest")),
            Map.entry("military-deployment", List.of("enforcement/MilitaryTest", "levers/TroopSurgeTest")),
            Map.entry("drug-demand", List.of("markets/MarketClearingTest", "levers/DemandAndBorderTest", "levers/MarijuanaLegalizationTest")),
            Map.entry("us-labs", List.of("markets/UsLabsTest", "levers/PrecursorControlTest")),
            Map.entry("crops", List.of("markets/CropsTest")),
            Map.entry("labs", List.of("markets/LabsTest", "markets/UsLabsTest")),
            Map.entry("route-planning", List.of("trafficking/InterdictionTest", "trafficking/HarvestOriginsTest")),
            Map.entry("shipments", List.of("trafficking/InterdictionTest", "levers/TargetedInterdictionTest")),
            Map.entry("transit-zone", List.of("trafficking/RelocationTest")),
            Map.entry("plaza-stakes", List.of("trafficking/StakesTest", "violence/AbsoluteStakesTest")),
            Map.entry("finance", List.of("finance/OrganizationFinanceTest", "finance/PredationTest", "finance/ArsenalsByNeedTest")),
            Map.entry("recruitment", List.of("finance/RecruitmentTest", "finance/RecruitmentRiskTest", "finance/DeporteeRecruitmentTest", "violence/FewerRecruitsTest")),
            Map.entry("desertions", List.of("enforcement/MilitaryTest")),
            Map.entry("cooperation", List.of("enforcement/CooperationTest")),
            Map.entry("arrests", List.of("enforcement/ArrestsTest", "enforcement/CourtCapacityTest")),
            Map.entry("leader-removal", List.of("enforcement/SuccessionTest", "levers/EnforcementLeversTest")),
            Map.entry("extraditions", List.of("enforcement/ExtraditionsTest", "enforcement/CooperationTest", "enforcement/JusticeRunsTest")),
            Map.entry("extraditions-to-mexico", List.of("enforcement/ExtraditionsToMexicoTest")),
            Map.entry("verdicts", List.of("enforcement/CourtCapacityTest", "enforcement/JusticeRunsTest")),
            Map.entry("fragmentation", List.of("territory/FragmentationTest")),
            Map.entry("alliances", List.of("territory/AlliancesTest")),
            Map.entry("territorial-contest", List.of("territory/TerritorialContestTest")),
            Map.entry("violence", List.of("violence/ViolenceTest", "violence/FightersTest", "violence/ExhaustionTest", "finance/PredationKillsTest")),
            Map.entry("confrontation", List.of("violence/ProvocationTest")),
            Map.entry("impunity-window", List.of("enforcement/CourtCapacityTest")));

    /** Submodels with no test of their own, and why (listed honestly rather than given a link). */
    static final Map<String, String> NONE = Map.of(
            "month-start", "resets the month's counters; no rule of its own (every run's invariants depend on it)",
            "police-deployment", "no test checks the spread of officers or their payroll draw yet",
            "homicide-window", "no test checks the rolling window or the months-contested count yet",
            "member-risk", "RecruitmentRiskTest sets the memberRisk channel itself; nothing checks how it is computed yet",
            "recording", "the reporter is pinned as a whole by ReferenceOutputTest and OutputDigestTest, not by a mechanism test");

    /**
     * Linked tests that check a submodel through its outcomes without naming anything it declares
     * (keyed "submodel test"), and what they check.
     */
    static final Map<String, String> THROUGH_OUTCOMES = Map.of(
            "military-deployment enforcement/MilitaryTest", "troops deployed follow the reported schedule",
            "military-deployment levers/TroopSurgeTest", "surge troops deployed in one state suppress its homicides and displace some to its neighbours",
            "route-planning trafficking/InterdictionTest", "more inspection at one crossing moves the route mix to the others",
            "route-planning trafficking/HarvestOriginsTest", "marijuana and heroin leave from the states where they are harvested",
            "shipments trafficking/InterdictionTest", "more inspection at one crossing lowers the tons delivered through it, with diminishing returns",
            "impunity-window enforcement/CourtCapacityTest", "a court capacity cut raises the impunity rate the window computes");
}
