package plaza.analysis;

import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

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
            + "code{background:#f3f3f3;padding:0 0.2em}h1,h2,h3{line-height:1.2}"
            + "summary{cursor:pointer;margin:1em 0}summary h2{display:inline}";

    /** Width, in pixels, of the charts embedded in the page (the page's text column is about as wide). */
    static final int DISPLAY_WIDTH = 900;
    /** Colours of the palette of the embedded charts. */
    static final int COLOURS = 64;

    private HtmlReport() {}

    /** Writes report.html into {@code out} from the Markdown text; image paths are relative to {@code out}. */
    static void write(String markdown, Path out) {
        write(markdown, out, java.util.Set.of());
    }

    /**
     * As {@link #write(String, Path)}; the level-2 sections whose headings are in {@code collapsed}
     * (say, one per scenario) are folded, opened by a click on the heading.
     */
    static void write(String markdown, Path out, java.util.Set<String> collapsed) {
        AtomicFiles.writeString(out.resolve(FILE), toHtml(markdown, out, collapsed));
    }

    static String toHtml(String markdown, Path base) {
        return toHtml(markdown, base, java.util.Set.of());
    }

    static String toHtml(String markdown, Path base, java.util.Set<String> collapsed) {
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
        boolean folded = false;
        while (i < lines.size()) {
            String l = lines.get(i);
            if (l.isBlank()) {
                i++;
            } else if (l.startsWith("#")) {
                int level = l.indexOf(' ');
                String heading = l.substring(level + 1);
                if (folded && level <= 2) {
                    html.append("</details>\n");
                    folded = false;
                }
                if (level == 2 && collapsed.contains(heading)) {
                    html.append("<details>\n<summary><h2>").append(inline(heading, base)).append("</h2> (click to open)</summary>\n");
                    folded = true;
                } else {
                    html.append("<h").append(level).append('>').append(inline(heading, base)).append("</h").append(level).append(">\n");
                }
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
        if (folded) {
            html.append("</details>\n");
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

    /**
     * The chart as a data URI, at most {@link #DISPLAY_WIDTH} pixels wide and in at most {@link #COLOURS} colours:
     * the page shows it no wider, and a 1,600-pixel full-colour projector chart would make the file
     * many times larger for detail no reader sees (the full-size PNG stays in {@code charts/}).
     * Downscaled by area averaging (each display pixel the mean of the pixels it covers, which keeps
     * the large lettering legible), then each colour mapped to the nearest of the image's {@link #COLOURS}
     * most frequent ones (a chart is mostly white, axis black, a few series colours and their blends;
     * on the headline's charts 64 colours look the same as full colour and take a third of the bytes).
     */
    static String dataUri(Path png) {
        try {
            byte[] bytes = Files.readAllBytes(png);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
            if (img != null) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(indexed(displaySize(img)), "png", out);
                bytes = out.size() < bytes.length ? out.toByteArray() : bytes;
            }
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot embed chart " + png + " in " + FILE + ": " + e.getMessage(), e);
        }
    }

    private static BufferedImage displaySize(BufferedImage img) {
        int w = Math.min(DISPLAY_WIDTH, img.getWidth());
        int h = (int) Math.round((double) img.getHeight() * w / img.getWidth());
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.drawImage(w == img.getWidth() ? img : img.getScaledInstance(w, h, Image.SCALE_AREA_AVERAGING), 0, 0, null);
        g.dispose();
        return small;
    }

    /** The image in an 8-bit palette of its most frequent colours, each pixel the nearest of them. */
    static BufferedImage indexed(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] rgb = img.getRGB(0, 0, w, h, null, 0, w);
        Map<Integer, Integer> counts = new HashMap<>();
        for (int c : rgb) {
            counts.merge(c & 0xFFFFFF, 1, Integer::sum);
        }
        List<Map.Entry<Integer, Integer>> byCount = new ArrayList<>(counts.entrySet());
        byCount.sort(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        int n = Math.min(COLOURS, byCount.size());
        int[] palette = new int[n];
        for (int i = 0; i < n; i++) {
            palette[i] = byCount.get(i).getKey();
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(8, n, palette, 0, false, -1, DataBuffer.TYPE_BYTE));
        WritableRaster raster = out.getRaster();
        Map<Integer, Integer> nearest = new HashMap<>();
        for (int i = 0; i < rgb.length; i++) {
            int c = rgb[i] & 0xFFFFFF;
            raster.setSample(i % w, i / w, 0, nearest.computeIfAbsent(c, k -> nearestIndex(k, palette)));
        }
        return out;
    }

    private static int nearestIndex(int c, int[] palette) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            long dr = ((c >> 16) & 255) - ((palette[i] >> 16) & 255);
            long dg = ((c >> 8) & 255) - ((palette[i] >> 8) & 255);
            long db = (c & 255) - (palette[i] & 255);
            long d = dr * dr + dg * dg + db * db;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
