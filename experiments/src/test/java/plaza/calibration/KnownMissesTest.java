package plaza.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.cli.Project;
import plaza.params.InputException;
import plaza.params.ParameterValues;

/** Declared known misses: read beside the targets table, shown with their reason, and not a failed validation. */
class KnownMissesTest {

    @TempDir
    Path tmp;

    private Path table() throws IOException {
        return CalibrationTestSupport.table(tmp, "targets.csv",
                "gum,total,homicides,2008,2,4,1,kg,002:124,n",
                "other,total,homicides,2009,2,4,1,u,001:1,n");
    }

    private Path misses(String... rows) throws IOException {
        return Files.writeString(tmp.resolve(KnownMisses.FILE), "id,reason,explained_in\n" + String.join("\n", rows) + "\n");
    }

    @Test
    void theShippedDeclarationNamesTargetsOfTheShippedTable() {
        List<Target> targets = Targets.load(Project.targets());
        KnownMisses k = KnownMisses.besideTargets(Project.targets(), targets);
        assertEquals(java.util.Set.of("seized_opium_gum_2000h1"), k.ids());
        assertTrue(k.byId().get("seized_opium_gum_2000h1").explainedIn().startsWith("seeds/calibration.md"));
    }

    @Test
    void aTableWithoutTheFileHasNone() throws IOException {
        Path t = table();
        assertTrue(KnownMisses.besideTargets(t, Targets.load(t)).ids().isEmpty());
    }

    @Test
    void badDeclarationsNameTheFileAndLine() throws IOException {
        Path t = table();
        List<Target> targets = Targets.load(t);
        misses("gum,a reason,x", "nosuch,a reason,x");
        InputException e = assertThrows(InputException.class, () -> KnownMisses.besideTargets(t, targets));
        assertTrue(e.getMessage().contains(KnownMisses.FILE + ":3: 'nosuch' is not a target"), e.getMessage());
        misses("gum,,x");
        e = assertThrows(InputException.class, () -> KnownMisses.besideTargets(t, targets));
        assertTrue(e.getMessage().contains(":2: known miss 'gum' needs a reason"), e.getMessage());
    }

    /** Ten runs: 'gum' fails in every run, 'other' passes in eight. */
    private Evaluation evaluation(List<Target> targets, double otherLow) {
        double[][] v = {{9, 9, 9, 9, 9, 9, 9, 9, 9, 9}, {3, 3, 3, 3, 3, 3, 3, 3, otherLow, otherLow}};
        return new Evaluation(targets, ParameterValues.builder().build(), YearMonth.of(2012, 12), v);
    }

    @Test
    void aFailingKnownMissIsShownWithItsReasonAndDoesNotFailTheValidation() throws IOException {
        Path t = table();
        List<Target> targets = Targets.load(t);
        misses("gum,\"no mechanism explains the fall\",seeds/calibration.md (Gum)");
        KnownMisses k = KnownMisses.besideTargets(t, targets);
        Evaluation e = evaluation(targets, 3);
        assertTrue(k.onlyKnownMissesFail(e));
        assertFalse(KnownMisses.none().onlyKnownMissesFail(e), "undeclared, the same failure fails the validation");
        String md = Reports.validationMarkdown(e, "t", 10, k);
        String gumRow = md.lines().filter(l -> l.startsWith("| gum ")).findFirst().orElseThrow();
        assertTrue(gumRow.matches(".*\\| 0% +\\| KNOWN MISS +\\| fail +\\|"), gumRow);
        assertTrue(md.contains("Overall score: 1 of 2 evaluated targets pass (50%)"), md);
        assertTrue(md.contains("- gum (known miss; explained in seeds/calibration.md (Gum)): no mechanism explains the fall"), md);
        assertTrue(md.contains("Validation passes: the one target that fails is a declared known miss."), md);

        Evaluation worse = evaluation(targets, 0); // 'other' now has 80% inside, mean 2.4: still passes
        assertTrue(k.onlyKnownMissesFail(worse));
        Evaluation failing = new Evaluation(targets, ParameterValues.builder().build(), YearMonth.of(2012, 12),
                new double[][] {{9, 9, 9, 9, 9, 9, 9, 9, 9, 9}, {1, 1, 1, 1, 1, 1, 1, 1, 1, 1}});
        assertFalse(k.onlyKnownMissesFail(failing));
        assertTrue(Reports.validationMarkdown(failing, "t", 10, k)
                .contains("Validation fails: 1 target(s) that are not declared known misses fail."));
    }

    @Test
    void theCsvCarriesTheReason() throws IOException {
        Path t = table();
        List<Target> targets = Targets.load(t);
        misses("gum,the reason,x");
        Path csv = tmp.resolve("validation.csv");
        Reports.writeValidationCsv(evaluation(targets, 3), KnownMisses.besideTargets(t, targets), csv);
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).endsWith(",mean_result,known_miss"), lines.get(0));
        assertTrue(lines.get(1).startsWith("gum,") && lines.get(1).endsWith(",fail,0,fail,the reason"), lines.get(1));
        assertTrue(lines.get(2).endsWith(",pass,"), lines.get(2));
    }
}
