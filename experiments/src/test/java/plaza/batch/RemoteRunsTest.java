package plaza.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The protocol of engines whose runs execute in other JVMs (Spark): jobs travel by Java
 * serialization, come back as part texts, and the merged files are the local batch's, byte for byte,
 * including after a driver stopped halfway.
 */
class RemoteRunsTest {

    @TempDir
    Path tmp;

    @Test
    void serializedJobsGiveTheLocalBatchesBytesAndResumeFromWhatWasWritten() throws Exception {
        ExperimentDefinition def = new ExperimentDefinition().name("test").scenarios(List.of("baseline"))
                .replications(3).until(YearMonth.of(2007, 9)).scale(1000)
                .vary(Factor.parse("policy.kingpin_intensity", "0.5:1.5:2", "")).outputs("plazas,states,events", "");
        BatchSpec spec = BatchSpec.resolve(def, TestProject.scenarios());
        Path local = tmp.resolve("local");
        new BatchRunner().progress(new PrintStream(new ByteArrayOutputStream()), false, 60_000).execute(spec, local, 2, true);

        Path remote = tmp.resolve("remote");
        PartStore first = PartStore.open(spec, remote, true);
        int[] all = first.missing();
        assertEquals(6, all.length);
        for (int i = 0; i < 2; i++) { // a driver that stops after two runs
            first.write(all[i], travel(RemoteRuns.job(spec, all[i])).execute());
        }
        PartStore second = PartStore.open(spec, remote, true);
        assertArrayEquals(new int[] {3, 4, 5, 6}, second.missing());
        for (int id : second.missing()) {
            String part = travel(RemoteRuns.job(spec, id)).execute();
            assertTrue(PartStore.succeeded(part));
            second.write(id, part);
        }
        BatchResult r = second.merge("test", "test", new PrintStream(new ByteArrayOutputStream()));
        assertEquals(6, r.succeeded());
        for (String f : List.of("runs.csv", "timeseries.csv", "summary.csv", "plazas.csv", "states.csv", "events.csv")) {
            assertArrayEquals(Files.readAllBytes(local.resolve(f)), Files.readAllBytes(remote.resolve(f)), f);
        }
        assertFalse(Files.exists(remote.resolve(PartStore.DIR)));
        assertTrue(Files.readString(remote.resolve("metadata.txt")).contains("engine = test"));
    }

    /** A job as another JVM receives it. */
    private static RemoteRuns.Job travel(RemoteRuns.Job job) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
            o.writeObject(job);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (RemoteRuns.Job) in.readObject();
        }
    }
}
