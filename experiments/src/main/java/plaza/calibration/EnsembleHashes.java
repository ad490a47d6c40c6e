package plaza.calibration;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.HexFormat;

import plaza.model.PlazaModel;
import plaza.model.RunConfig;
import plaza.output.RunListener;
import plaza.params.ParameterValues;

/**
 * What a {@link HistoryEnsemble} was matched on, as hashes: the model fingerprint (every monthly
 * output of a baseline run to {@link HistoryEnsemble#MATCHED_UNTIL}) and the targets table's bytes.
 */
final class EnsembleHashes {

    private EnsembleHashes() {}

    /**
     * The model fingerprint: SHA-256 (first 16 hex digits) of every monthly output, exact bits, of the
     * baseline run of {@code seed} from 1995 to 2012 at {@code scale}.
     */
    static String fingerprint(ParameterValues baseline, long seed, double scale) {
        MessageDigest md = sha256();
        ByteBuffer buf = ByteBuffer.allocate(8);
        RunListener hash = new RunListener() {
            @Override
            public void month(YearMonth month, double[] values) {
                md.update(month.toString().getBytes(StandardCharsets.UTF_8));
                for (double v : values) {
                    buf.clear();
                    buf.putLong(Double.doubleToLongBits(v));
                    md.update(buf.array());
                }
            }
        };
        PlazaModel.run(new RunConfig("baseline", baseline, seed, HistoryEnsemble.MATCHED_UNTIL, scale), RunListener.wholeRun(hash));
        return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    }

    /** SHA-256 of a file's bytes (first 12 hex digits); "none" if it cannot be read. */
    static String fileHash(Path file) {
        try {
            return HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(file))).substring(0, 12);
        } catch (IOException e) {
            return "none";
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
