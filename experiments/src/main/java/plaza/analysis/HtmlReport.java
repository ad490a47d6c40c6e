package plaza.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import plaza.io.AtomicFiles;

/**
 * {@code report.html}: the same report as {@code report.md} in one self-contained file, the charts
 * embedded as base64 PNG data, no script, no external style sheet or font, so it opens in any browser
 * offline and can be mailed as one attachment. It translates the small Markdown subset the
 * {@link Report} writes (headings, paragraphs, bullet lists, tables, bold, italics, code, images).
 */
public final class HtmlReport {

    public static final String FILE = "report.html";

    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\(([^)]+)\\)");
    private static final String STYLE = "body{font-family:sans-serif;max-width:70em;margin:2em auto;padding:0 1em;line-height:1.45;color:#111}"
            + "table{border-collapse:collapse;margin:1em 0;font-size:0.92em}th,td{border:1px solid #bbb;padding:0.25em 0.5em}"
            + "th{background:#eee}td.n{text-align:right}img{max-width:100%;height:auto;border:1px solid #ddd}"
            + "code{background:#f3f3f3;padding:0 0.2em}h1,h2,h3{line-height:1.2}";

    private HtmlReport() {}

    /** Writes report.html into {@code out} from the Markdown text; image paths are relative to {@code out}. */
    static void write(String markdown, Path out) {
        AtomicFiles.writeString(out.resolve(FILE), toHtml(markdown, out));
    }

    static String toHtml(String markdown, Path base) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
        String title = "Plaza comparison";
        List<String> lines = markdown.lines().toList();
        for (String l : lines) {
            if (l.startsWith("# ")) {
                title = l.substring(2);
                break;
            }
        }
        html.append("<title>").append(escape(title)).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        int i = 0;
        while (i < lines.size()) {
            String l = lines.get(i);
            if (l.isBlank()) {
                i++;
            } else if (l.startsWith("#")) {
                int level = l.indexOf(' ');
                html.append("<h").append(level).append('>').append(inline(l.substring(level + 1), base)).append("</h").append(level).append(">\n");
                i++;
            } else if (l.startsWith("|")) {
                int start = i;
                while (i < lines.size() && lines.get(i).startsWith("|")) {
                    i++;
                }
                table(lines.subList(start, i), base, html);
            } else if (l.startsWith("- ")) {
                html.append("<ul>\n");
                while (i < lines.size() && lines.get(i).startsWith("- ")) {
                    html.append("<li>").append(inline(lines.get(i).substring(2), base)).append("</li>\n");
                    i++;
                }
                html.append("</ul>\n");
            } else {
                StringBuilder para = new StringBuilder();
                while (i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).startsWith("#")
                        && !lines.get(i).startsWith("|") && !lines.get(i).startsWith("- ")) {
                    para.append(para.length() == 0 ? "" : " ").append(lines.get(i));
                    i++;
                }
                html.append("<p>").append(inline(para.toString(), base)).append("</p>\n");
            }
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void table(List<String> rows, Path base, StringBuilder html) {
        html.append("<table>\n");
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = cells(rows.get(r));
            if (r == 1 && cells.stream().allMatch(c -> c.matches(":?-+:?"))) {
                continue;
            }
            String tag = r == 0 ? "th" : "td";
            html.append("<tr>");
            for (String c : cells) {
                boolean number = r > 0 && c.matches("[*(~]*[\u2212+\\-]?[0-9][0-9.,]*.*");
                html.append('<').append(tag).append(number ? " class=\"n\"" : "").append('>').append(inline(c, base))
                        .append("</").append(tag).append('>');
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static List<String> cells(String row) {
        String t = row.trim();
        t = t.substring(1, t.endsWith("|") ? t.length() - 1 : t.length());
        return List.of(t.split("(?<!\\\\)\\|", -1)).stream().map(c -> c.trim().replace("\\|", "|")).toList();
    }

    /** Inline Markdown: images (embedded), **bold**, *italics*, `code`; everything else escaped. */
    static String inline(String text, Path base) {
        StringBuilder out = new StringBuilder();
        Matcher m = IMAGE.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(emphasis(escape(text.substring(last, m.start()))));
            out.append("<img alt=\"").append(escape(m.group(1))).append("\" src=\"").append(dataUri(base.resolve(m.group(2)))).append("\"/>");
            last = m.end();
        }
        out.append(emphasis(escape(text.substring(last))));
        return out.toString();
    }

    private static String emphasis(String escaped) {
        return escaped.replaceAll("`([^`]+)`", "<code>$1</code>")
                .replaceAll("\\*\\*([^*]+)\\*\\*", "<strong>$1</strong>")
                .replaceAll("(?<![*\\w])\\*([^*]+)\\*(?![*\\w])", "<em>$1</em>");
    }

    private static String dataUri(Path png) {
        try {
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(png));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot embed chart " + png + " in " + FILE + ": " + e.getMessage(), e);
        }
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
