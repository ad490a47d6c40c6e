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

import javax.imageio.ImageIO;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import plaza.io.AtomicFiles;

/**
 * {@code report.html}: the same report as {@code report.md} in one self-contained file, the charts
 * embedded as base64 PNG data, no script, no external style sheet or font, so it opens in any browser
 * offline and can be mailed as one attachment. The Markdown is translated by commonmark-java (CommonMark
 * and GitHub's tables), so the page shows what any Markdown viewer shows for {@code report.md}.
 */
public final class HtmlReport {

    public static final String FILE = "report.html";

    private static final String STYLE = "body{font-family:sans-serif;max-width:70em;margin:2em auto;padding:0 1em;line-height:1.45;color:#111}"
            + "table{border-collapse:collapse;margin:1em 0;font-size:0.92em}th,td{border:1px solid #bbb;padding:0.25em 0.5em}"
            + "th{background:#eee}img{max-width:100%;height:auto;border:1px solid #ddd}"
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

    /**
     * The page: Markdown to HTML by commonmark-java with its GFM tables extension, raw HTML in the text
     * escaped, every image's source replaced by its data URI; the level-2 sections whose headings are
     * in {@code collapsed} wrapped in {@code <details>} with the heading as the summary.
     */
    static String toHtml(String markdown, Path base, java.util.Set<String> collapsed) {
        List<org.commonmark.Extension> extensions = List.of(TablesExtension.create());
        Parser parser = Parser.builder().extensions(extensions).build();
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (node instanceof org.commonmark.node.Image image) {
                        attributes.put("src", dataUri(base.resolve(image.getDestination())));
                    }
                }).build();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
        String title = markdown.lines().filter(l -> l.startsWith("# ")).map(l -> l.substring(2)).findFirst().orElse("Plaza comparison");
        html.append("<title>").append(escape(title)).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        for (Section s : sections(markdown)) {
            if (s.heading() != null && collapsed.contains(s.heading())) {
                String heading = renderer.render(parser.parse("## " + s.heading())).trim();
                html.append("<details>\n<summary>").append(heading).append(" (click to open)</summary>\n")
                        .append(renderer.render(parser.parse(s.body()))).append("</details>\n");
            } else {
                html.append(renderer.render(parser.parse(s.heading() == null ? s.body() : "## " + s.heading() + "\n\n" + s.body())));
            }
        }
        return html.append("</body>\n</html>\n").toString();
    }

    /** A level-2 section of the Markdown: its heading (null before the first) and the text under it. */
    private record Section(String heading, String body) { }

    private static List<Section> sections(String markdown) {
        List<Section> out = new ArrayList<>();
        String heading = null;
        StringBuilder body = new StringBuilder();
        for (String l : markdown.lines().toList()) {
            if (l.startsWith("## ")) {
                out.add(new Section(heading, body.toString()));
                heading = l.substring(3);
                body.setLength(0);
            } else {
                body.append(l).append('\n');
            }
        }
        out.add(new Section(heading, body.toString()));
        return out;
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
