package plaza.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertEquals(3, drawn.size(), "time series, difference, effects");
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
