package plaza.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import plaza.output.Event;
import plaza.output.PlazaRow;
import plaza.output.RunListener;
import plaza.testing.Runs;

/**
 * Same seed, same bytes: every output of a set of scenario runs at scales 1, 3.7, 10 and 100 (all
 * months from 1995, every metric as its exact bits, every plaza row and every event) is hashed and
 * compared with digests committed in {@code src/test/resources/reference/run-digests.txt}. A
 * refactoring that is meant to change nothing (the data structures and loops of the hot paths) must
 * leave every digest as it is; a change of behaviour fails here on purpose, like
 * {@link ReferenceOutputTest}. After an intended change regenerate the digests with
 * {@code mvn -pl sim-core test -Dtest=OutputDigestTest -Dplaza.updateDigests=true} and commit them
 * with the change that explains it.
 */
class OutputDigestTest {

    private static final Path DIGESTS = Path.of("src", "test", "resources", "reference", "run-digests.txt");

    /** scenario, seed, last month, scale: the scale-1 run is the full population (about 550,000 person-agents). */
    private record Case(String scenario, long seed, YearMonth until, double scale) {
        String key() {
            return scenario + " seed=" + seed + " until=" + until + " scale=" + scale;
        }
    }

    private static final List<Case> CASES = List.of(
            new Case("baseline", 1, YearMonth.of(2012, 12), 100),
            new Case("baseline", 2, YearMonth.of(2020, 12), 100),
            new Case("kingpin-surge", 3, YearMonth.of(2012, 12), 100),
            new Case("police-vetting", 4, YearMonth.of(2012, 12), 100),
            new Case("military-withdrawal", 5, YearMonth.of(2012, 12), 100),
            new Case("juarez-surge", 6, YearMonth.of(2012, 12), 100),
            new Case("judicial-and-guns", 7, YearMonth.of(2012, 12), 100),
            new Case("legalize-marijuana-us", 8, YearMonth.of(2012, 12), 100),
            new Case("reentry-programmes", 9, YearMonth.of(2012, 12), 100),
            new Case("baseline", 1, YearMonth.of(2012, 12), 10),
            new Case("kingpin-surge", 2, YearMonth.of(2012, 12), 10),
            new Case("baseline", 1, YearMonth.of(2012, 12), 3.7),
            new Case("police-vetting", 3, YearMonth.of(2010, 12), 3.7),
            new Case("baseline", 1, YearMonth.of(2012, 12), 1));

    @Test
    void everyRunHashesToItsCommittedDigest() throws IOException {
        Map<String, String> actual = new LinkedHashMap<>();
        for (Case c : CASES) {
            actual.put(c.key(), digest(c));
        }
        if (Boolean.getBoolean("plaza.updateDigests")) {
            List<String> lines = new ArrayList<>();
            actual.forEach((k, v) -> lines.add(k + " " + v));
            Files.write(DIGESTS, lines, StandardCharsets.UTF_8);
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DIGESTS, StandardCharsets.UTF_8)) {
            int cut = line.lastIndexOf(' ');
            expected.put(line.substring(0, cut), line.substring(cut + 1));
        }
        assertEquals(expected.keySet(), actual.keySet(), "the set of runs changed: regenerate the digests (see the class comment)");
        for (Map.Entry<String, String> e : actual.entrySet()) {
            assertEquals(expected.get(e.getKey()), e.getValue(), "outputs of '" + e.getKey()
                    + "' differ from the committed digest; if the change is intended, regenerate the digests (see the class comment)");
        }
    }

    @Test
    void theDigestSeesASingleChangedValue() {
        // the digest covers the values: a run with another seed hashes differently
        Case a = CASES.get(0);
        Case b = new Case(a.scenario(), a.seed() + 100, a.until(), a.scale());
        org.junit.jupiter.api.Assertions.assertNotEquals(digest(a), digest(b));
    }

    private static String digest(Case c) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Hasher h = new Hasher(md);
        PlazaModel.run(new RunConfig(c.scenario(), Runs.library().load(c.scenario()).values(), c.seed(), c.until(), c.scale()), h);
        return HexFormat.of().formatHex(md.digest());
    }

    /** Feeds every output of a run, spin-up months included, to the digest in the order it arrives. */
    private static final class Hasher implements RunListener {
        private final MessageDigest md;
        private final byte[] eight = new byte[8];

        Hasher(MessageDigest md) {
            this.md = md;
        }

        private void text(String s) {
            md.update(s.getBytes(StandardCharsets.UTF_8));
            md.update((byte) '\n');
        }

        private void values(String tag, YearMonth month, double[] values) {
            text(tag + " " + month);
            for (double v : values) {
                long bits = Double.doubleToRawLongBits(v);
                for (int i = 0; i < 8; i++) {
                    eight[i] = (byte) (bits >>> (8 * i));
                }
                md.update(eight);
            }
        }

        @Override public void month(YearMonth month, double[] values) { values("month", month, values); }
        @Override public void spinUpMonth(YearMonth month, double[] values) { values("spin-up", month, values); }
        @Override public void plazas(YearMonth month, List<PlazaRow> rows) { rows.forEach(r -> text(r.toString())); }
        @Override public void spinUpPlazas(YearMonth month, List<PlazaRow> rows) { rows.forEach(r -> text(r.toString())); }
        @Override public void events(YearMonth month, List<Event> events) { events.forEach(e -> text(e.toString())); }
        @Override public void spinUpEvents(YearMonth month, List<Event> events) { events.forEach(e -> text(e.toString())); }
    }
}
