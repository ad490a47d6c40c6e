package plaza.structure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A plain reading of sim-core's main sources for the structure tests: files, their package, their
 * imports and their methods' extents. It counts braces outside strings, characters and comments,
 * which is enough for this code base's formatting (one declaration per line, K&amp;R braces).
 */
final class SourceScan {

    static final Path MAIN = Path.of("src", "main", "java");

    private SourceScan() {}

    static List<Path> javaFiles() {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String packageOf(Path file) {
        for (String l : lines(file)) {
            if (l.startsWith("package ")) {
                return l.substring(8, l.indexOf(';')).trim();
            }
        }
        return "";
    }

    /** Packages of sim-core that the file imports (static imports included, own package excluded). */
    static List<String> importedPackages(Path file) {
        List<String> out = new ArrayList<>();
        String own = packageOf(file);
        for (String l : lines(file)) {
            if (!l.startsWith("import ")) {
                continue;
            }
            String name = l.substring(7, l.indexOf(';')).replace("static ", "").trim();
            if (!name.startsWith("plaza.")) {
                continue;
            }
            String[] parts = name.split("\\.");
            StringBuilder pkg = new StringBuilder(parts[0]);
            for (int i = 1; i < parts.length && Character.isLowerCase(parts[i].charAt(0)); i++) {
                pkg.append('.').append(parts[i]);
            }
            if (!pkg.toString().equals(own) && !out.contains(pkg.toString())) {
                out.add(pkg.toString());
            }
        }
        return out;
    }

    /** A method or constructor body: its first line (1-based) and its length in lines. */
    record Method(Path file, int line, int length, String signature) {}

    /**
     * Methods and constructors: a line at brace depth 1 (inside a top-level type) that opens a
     * brace and has a parameter list, up to the line that closes it. Lambdas and anonymous classes
     * count toward the enclosing method.
     */
    static List<Method> methods(Path file) {
        List<String> lines = lines(file);
        List<Method> out = new ArrayList<>();
        int depth = 0;
        int start = -1;
        int startDepth = 0;
        boolean inComment = false;
        for (int i = 0; i < lines.size(); i++) {
            String code = strip(lines.get(i), inComment);
            inComment = endsInComment(lines.get(i), inComment);
            String t = code.trim();
            if (start < 0 && depth >= 1 && t.endsWith("{") && t.contains("(") && !t.startsWith("if ")
                    && !t.startsWith("for ") && !t.startsWith("while ") && !t.startsWith("switch ")
                    && !t.contains(" class ") && !t.contains(" record ") && !t.contains(" enum ")
                    && !t.contains(" interface ") && !t.contains("->") && !t.contains("=")) {
                start = i;
                startDepth = depth;
            }
            for (char c : code.toCharArray()) {
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                }
            }
            if (start >= 0 && depth == startDepth) {
                out.add(new Method(file, start + 1, i - start + 1, lines.get(start).trim()));
                start = -1;
            }
        }
        return out;
    }

    /** The line without string and character literals and comments. */
    private static String strip(String line, boolean inComment) {
        StringBuilder b = new StringBuilder();
        boolean comment = inComment;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (comment) {
                if (c == '*' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                    comment = false;
                    i++;
                }
                continue;
            }
            if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                break;
            }
            if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '*') {
                comment = true;
                i++;
                continue;
            }
            if (c == '"' || c == '\'') {
                char q = c;
                i++;
                while (i < line.length() && line.charAt(i) != q) {
                    if (line.charAt(i) == '\\') {
                        i++;
                    }
                    i++;
                }
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    private static boolean endsInComment(String line, boolean inComment) {
        boolean comment = inComment;
        for (int i = 0; i + 1 < line.length(); i++) {
            if (!comment && line.charAt(i) == '/' && line.charAt(i + 1) == '/') {
                return false;
            }
            if (!comment && line.charAt(i) == '/' && line.charAt(i + 1) == '*') {
                comment = true;
                i++;
            } else if (comment && line.charAt(i) == '*' && line.charAt(i + 1) == '/') {
                comment = false;
                i++;
            }
        }
        return comment;
    }
}
