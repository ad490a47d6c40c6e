package plaza.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import plaza.output.Metric;

/** report.html is one self-contained file: every chart embedded, nothing fetched; a browser renders it. */
class HtmlReportTest {

    @TempDir
    Path tmp;

    @Test
    void reportHtmlEmbedsEveryChartAndRendersHeadless() throws Exception {
        Path dir = Synthetic.batch(tmp.resolve("b"),
                Synthetic.twoScenarios(new MersenneTwister(7), 5, 24, 100, -20, 20, 5, true), false);
        Comparison.of(List.of(dir), new Comparison.Options(null, List.of(Metric.HOMICIDES, Metric.IMPUNITY_RATE), List.of())).write(dir);
        Path html = dir.resolve(HtmlReport.FILE);
        String text = Files.readString(html);
        String md = Files.readString(dir.resolve(Report.FILE));
        long mdImages = md.lines().filter(l -> l.startsWith("![")).count();
        assertTrue(mdImages >= 5, "charts in the report: " + mdImages);

        // well-formed (XHTML-compatible), so an XML parser reads it; no reference outside the file
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(html.toFile());
        NodeList imgs = doc.getElementsByTagName("img");
        assertEquals(mdImages, imgs.getLength(), "every chart of report.md is in report.html");
        for (int i = 0; i < imgs.getLength(); i++) {
            String src = ((Element) imgs.item(i)).getAttribute("src");
            assertTrue(src.startsWith("data:image/png;base64,"), "embedded, not linked: " + src.substring(0, Math.min(40, src.length())));
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1))));
            assertNotNull(img, "chart " + i + " decodes");
            assertEquals(HtmlReport.DISPLAY_WIDTH, img.getWidth(), "embedded at the width the page shows");
        }
        // the per-scenario section is folded, its heading the summary
        assertTrue(text.contains("<details>\n<summary><h2>policy against baseline</h2>"), "per-scenario section collapsed");
        assertEquals(doc.getElementsByTagName("details").getLength(), doc.getElementsByTagName("summary").getLength());
        assertFalse(text.contains("src=\"http") || text.contains("href=") || text.contains("<script") || text.contains("charts/"),
                "nothing outside the file");
        assertTrue(doc.getElementsByTagName("table").getLength() >= 2, "summary and full tables");
        assertTrue(text.contains("<strong>") && text.contains("Benjamini"), "bold and the explanation survive");

        // render it headless where a browser is installed (CI installs chromium)
        String browser = browser();
        if (browser == null) {
            System.err.println("HtmlReportTest: no chromium found; rendered check skipped, structure checked");
            return;
        }
        Path shot = tmp.resolve("shot.png");
        Process p = new ProcessBuilder(browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-extensions", "--no-first-run", "--user-data-dir=" + tmp.resolve("profile"),
                "--window-size=1280,3000", "--screenshot=" + shot, html.toUri().toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("browser.log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "browser finished");
        BufferedImage page = ImageIO.read(shot.toFile());
        assertNotNull(page, "screenshot written: " + Files.readString(tmp.resolve("browser.log")));
        // text and charts: a blank or unrendered page has a handful of colours
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < page.getHeight(); y += 3) {
            for (int x = 0; x < page.getWidth(); x += 3) {
                colours.add(page.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 200, "rendered page has content: " + colours.size() + " colours");
    }

    private static String browser() {
        List<String> names = new ArrayList<>(List.of("chromium", "chromium-browser", "google-chrome"));
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String n : names) {
                Path exe = Path.of(dir, n);
                if (Files.isExecutable(exe)) {
                    return exe.toString();
                }
            }
        }
        return null;
    }
}
