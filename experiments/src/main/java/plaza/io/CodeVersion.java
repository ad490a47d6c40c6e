package plaza.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The version of what produced a result: the git commit of the working tree, "-dirty" when
 * tracked code or scenario files (not Markdown documents) have uncommitted changes (outside a clone, as plaza.jar runs, the
 * commit recorded when the jar was built; "unknown" when neither is known), and "data" with a hash
 * of the scenario files (every {@code .scenario} in the scenario library, names and bytes), so an
 * edited {@code _fitted.scenario} shows in the metadata even before a commit.
 * Computed once per process and Plaza home: a JVM whose {@code plaza.home} changes (tests do) gets
 * the version of the home it now names, the one a child process given that home computes, so
 * engines whose tasks are other processes agree with the submitting JVM on a batch's plan.
 */
public final class CodeVersion {

    private static final Map<String, String> CACHE = new HashMap<>();

    private CodeVersion() {}

    public static synchronized String get() {
        String property = System.getProperty("plaza.home");
        return CACHE.computeIfAbsent(property == null ? "" : "home=" + property, k -> {
            Path home = Path.of(property == null ? "." : property);
            // java -jar plaza.jar: the working directory is the user's, not a clone; the library is the bundled one
            String commit = property == null && runsFromJar() ? built() : commit(home);
            return commit + " data " + dataHash(BundledHome.home().resolve("scenarios"));
        });
    }

    private static String commit(Path home) {
        String commit = git(home, "rev-parse", "--short=12", "HEAD");
        if (commit == null || commit.isEmpty()) {
            return built();
        }
        // documents (Markdown, experiments/docs) are not code: editing one while a batch's tasks start must not change the plan
        String status = git(home, "status", "--porcelain", "--untracked-files=no", "--", "sim-core", "experiments",
                "pom.xml", "scenarios", ":(exclude)*.md", ":(exclude)experiments/docs");
        return status != null && !status.isBlank() ? commit + "-dirty" : commit;
    }

    /** SHA-256 over the scenario files in name order (first 12 hex digits); "none" without the folder. */
    static String dataHash(Path scenarios) {
        if (!Files.isDirectory(scenarios)) {
            return "none";
        }
        try (Stream<Path> files = Files.list(scenarios)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".scenario")).sorted().toList()) {
                md.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Files.readAllBytes(f));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (IOException | NoSuchAlgorithmException e) {
            return "unreadable";
        }
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
