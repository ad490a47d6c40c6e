package plaza.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plaza.output.Metric;

/** Chart files are valid PNGs of the stated size with real content. */
class ChartsTest {

    @TempDir
    Path tmp;

    @Test
    void timeSeriesAndDifferenceChartsArePngsOfTheExpectedSizeAndNotBlank() throws IOException {
        Path dir = Synthetic.batch(tmp.resolve("b"),
                Synthetic.twoScenarios(new MersenneTwister(11), 5, 36, 100, 10, 10, 5, true), true);
        Comparison c = Comparison.of(List.of(dir), new Comparison.Options(null, List.of(Metric.HOMICIDES), List.of()));
        List<Charts.Drawn> drawn = Charts.drawComparison(c, tmp.resolve("charts"));
        assertEquals(4, drawn.size(), "time series, difference, per-seed differences, effects");
        BufferedImage seeds = ImageIO.read(tmp.resolve("charts/seeds-homicides.png").toFile());
        assertTrue(pixelsOf(seeds, Charts.colour(0).getRGB()) > 5 * 50, "five seeds' dots drawn");
        Path ts = tmp.resolve("charts/timeseries-homicides.png");
        byte[] head = Files.readAllBytes(ts);
        assertEquals((byte) 0x89, head[0]);
        assertEquals("PNG", new String(head, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
        BufferedImage img = ImageIO.read(ts.toFile());
        assertNotNull(img, "decodable");
        assertEquals(Charts.WIDTH, img.getWidth());
        assertEquals(Charts.HEIGHT, img.getHeight());
        // lines, a translucent band, antialiased text: a blank or single-colour image has a handful of colours
        assertTrue(distinctColours(img) > 200, "distinct colours: " + distinctColours(img));
        BufferedImage bars = ImageIO.read(tmp.resolve("charts/difference-homicides.png").toFile());
        assertEquals(Charts.WIDTH, bars.getWidth());
        assertEquals(DifferenceChart.height(1), bars.getHeight());
        assertTrue(distinctColours(bars) > 50, "distinct colours: " + distinctColours(bars));
        // the plot area is not empty: the scenario's line colour appears in many pixels
        assertTrue(pixelsOf(img, Charts.colour(0).getRGB()) > 500, "policy line drawn");
    }

    @Test
    void manyScenariosAreSplitOverChartsAndTheTradeoffIsDrawn() throws IOException {
        org.apache.commons.math3.random.RandomGenerator rng = new MersenneTwister(5);
        List<Synthetic.Run> runs = new java.util.ArrayList<>();
        for (int s = 0; s <= 6; s++) {
            String name = s == 0 ? "baseline" : "policy-" + s;
            for (int seed = 1; seed <= 3; seed++) {
                double[] h = new double[24];
                double[] rev = new double[24];
                for (int t = 0; t < 24; t++) {
                    h[t] = 1000 - 20 * s + 10 * rng.nextGaussian();
                    rev[t] = 1e9 * (1 + 0.01 * s) + 1e7 * rng.nextGaussian();
                }
                java.util.Map<String, double[]> v = new java.util.LinkedHashMap<>();
                v.put("homicides", h);
                v.put("dto_revenue_usd", rev);
                runs.add(new Synthetic.Run(name + "-" + seed, name, seed, seed, java.time.YearMonth.of(2007, 1), v));
            }
        }
        Path dir = Synthetic.batch(tmp.resolve("many"), runs, false);
        Comparison c = Comparison.of(List.of(dir), new Comparison.Options(null, List.of(Metric.HOMICIDES, Metric.DTO_REVENUE_USD), List.of()));
        c.write(dir);
        assertTrue(Files.isRegularFile(dir.resolve("charts/timeseries-homicides.png")));
        assertTrue(Files.isRegularFile(dir.resolve("charts/timeseries-homicides-2.png")), "six scenarios: two charts of at most four");
        assertFalse(Files.exists(dir.resolve("charts/timeseries-homicides-3.png")));
        BufferedImage trade = ImageIO.read(dir.resolve("charts/tradeoff-dto_revenue_usd.png").toFile());
        assertEquals(Charts.WIDTH, trade.getWidth());
        assertTrue(pixelsOf(trade, Charts.colour(0).getRGB()) > 6 * 50, "six scenario points drawn");
        String report = Files.readString(dir.resolve("report.md"));
        assertTrue(report.contains("charts/tradeoff-dto_revenue_usd.png") && report.contains("charts/timeseries-homicides-2.png"), report);
    }

    private static int distinctColours(BufferedImage img) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                colours.add(img.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static int pixelsOf(BufferedImage img, int rgb) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                n += (img.getRGB(x, y) | 0xFF000000) == (rgb | 0xFF000000) ? 1 : 0;
            }
        }
        return n;
    }
}
