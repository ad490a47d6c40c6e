package plaza.gui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import plaza.io.AtomicFiles;

/** "Save snapshot (PNG)": the map and the charts side by side in one PNG, as on screen, written atomically. */
final class SnapshotImage {

    private SnapshotImage() {}

    /** Draws {@code left} and {@code right} side by side on white and writes the PNG to {@code file}. */
    static void write(Component left, Component right, Path file) throws IOException {
        int w = left.getWidth() + right.getWidth();
        int h = Math.max(left.getHeight(), right.getHeight());
        BufferedImage img = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        left.printAll(g);
        g.translate(left.getWidth(), 0);
        right.printAll(g);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(img, "png", bytes);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = AtomicFiles.temporaryFor(file);
        Files.write(tmp, bytes.toByteArray());
        AtomicFiles.commit(tmp, file);
    }
}
