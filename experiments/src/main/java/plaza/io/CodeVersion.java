package plaza.io;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The code version a result was produced with: the git commit of the working tree (with
 * "-modified" when there are uncommitted changes to tracked files); outside a clone (plaza.jar), the
 * commit recorded when the jar was built; "unknown" when neither is known.
 * Computed once per process.
 */
public final class CodeVersion {

    private static String cached;

    private CodeVersion() {}

    public static synchronized String get() {
        if (cached == null) {
            cached = compute();
        }
        return cached;
    }

    private static String compute() {
        if (System.getProperty("plaza.home") == null && runsFromJar()) {
            return built(); // java -jar plaza.jar: the working directory is the user's, not a clone
        }
        Path home = Path.of(System.getProperty("plaza.home", "."));
        String commit = git(home, "rev-parse", "--short=12", "HEAD");
        if (commit == null || commit.isEmpty()) {
            return built();
        }
        String status = git(home, "status", "--porcelain", "--untracked-files=no", "--", "sim-core", "experiments", "pom.xml");
        return status != null && !status.isBlank() ? commit + "-modified" : commit;
    }

    private static boolean runsFromJar() {
        try {
            java.security.CodeSource src = CodeVersion.class.getProtectionDomain().getCodeSource();
            return src != null && src.getLocation().getPath().endsWith(".jar");
        } catch (SecurityException e) {
            return false;
        }
    }

    /** The commit recorded at build time in plaza/build.properties (how plaza.jar knows its version). */
    public static String built() {
        try (java.io.InputStream in = CodeVersion.class.getResourceAsStream("/plaza/build.properties")) {
            if (in == null) {
                return "unknown";
            }
            java.util.Properties p = new java.util.Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            String c = p.getProperty("commit", "").trim();
            return c.isEmpty() || c.contains("${") ? "unknown" : c;
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static String git(Path dir, String... args) {
        try {
            String[] cmd = new String[args.length + 3];
            cmd[0] = "git";
            cmd[1] = "-C";
            cmd[2] = dir.toString();
            System.arraycopy(args, 0, cmd, 3, args.length);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
            StringBuilder out = new StringBuilder();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    out.append(line).append('\n');
                }
            }
            return p.waitFor() == 0 ? out.toString().trim() : null;
        } catch (Exception e) {
            return null;
        }
    }
}
