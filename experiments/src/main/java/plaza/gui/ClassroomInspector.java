package plaza.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.io.File;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.filechooser.FileNameExtensionFilter;

import plaza.scenario.ScenarioLibrary;
import sim.portrayal.Inspector;

/**
 * The console's model tab: a scenario chooser (any scenario in the library, or a file), the
 * "compare with baseline" switch, a message line, and the levers as MASON sliders built from the
 * parameter catalog by {@link LeverProperties}.
 */
final class ClassroomInspector extends Inspector implements javax.swing.Scrollable {

    private static final long serialVersionUID = 1L;
    private static final String OPEN_FILE = "Open a scenario file\u2026";
    /** Characters of the longest scenario name the chooser is sized for (longer names are cut in the box, whole in the list). */
    private static final int PROTOTYPE_CHARS = 28;

    private final transient PlazaWithUI gui;
    private final transient RunChoices choices;
    private final JComboBox<String> chooser = new JComboBox<>();
    private final JCheckBox compare = new JCheckBox("Compare with baseline (dashed)");
    private final JLabel description = new JLabel();
    private final JLabel status = new JLabel();
    private final LeverPanel leverPanel;
    private final LeverProperties properties;
    private boolean updating;

    ClassroomInspector(PlazaWithUI gui) {
        this.gui = gui;
        this.choices = gui.choices();
        setVolatile(false);
        setLayout(new BorderLayout());

        for (String name : choices.library().names()) {
            chooser.addItem(name);
        }
        chooser.addItem(OPEN_FILE);
        // a long scenario name (a user's file, or military-withdrawal-with-police-reform) must not widen
        // the row past the console: the box is as wide as the longest name cut to PROTOTYPE_CHARS
        String longest = "";
        for (int i = 0; i < chooser.getItemCount(); i++) {
            String item = chooser.getItemAt(i);
            longest = item.length() > longest.length() ? item : longest;
        }
        chooser.setPrototypeDisplayValue(longest.substring(0, Math.min(PROTOTYPE_CHARS, longest.length())));
        chooser.setSelectedItem(choices.scenario().name());
        chooser.addActionListener(e -> choose());

        JPanel top = new JPanel();
        top.setLayout(new BoxLayout(top, BoxLayout.Y_AXIS));
        top.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        JButton reset = new JButton("Reset levers");
        reset.setToolTipText("Set every lever back to the chosen scenario's values");
        reset.addActionListener(e -> choices.loadScenario(choices.scenario().file().toString()));
        JButton snapshot = new JButton("Save snapshot (PNG)");
        snapshot.setToolTipText("The map and the charts as on screen, in one PNG file");
        snapshot.addActionListener(e -> saveAs("plaza-snapshot.png", "PNG images", "png", f -> gui.saveSnapshot(f)));
        JButton export = new JButton("Export this run (CSV)");
        export.setToolTipText("This run's months so far, in the columns of 'plaza run' timeseries.csv");
        export.addActionListener(e -> saveAs("plaza-run.csv", "CSV files", "csv", gui::exportCsv));
        int width = ClassroomLayout.consoleWidth() - 40;
        for (JPanel row : rows(width, new JLabel("Scenario:"), chooser, reset, snapshot, export)) {
            top.add(row);
        }
        top.add(description);
        compare.setToolTipText("The baseline scenario with the same seed, drawn dashed, so the lever's effect is not confused with chance");
        compare.setSelected(choices.compare());
        compare.addActionListener(e -> {
            if (!updating) {
                choices.setCompare(compare.isSelected());
            }
        });
        top.add(compare);
        top.add(Box.createVerticalStrut(4));
        top.add(status);
        for (var c : top.getComponents()) {
            ((javax.swing.JComponent) c).setAlignmentX(LEFT_ALIGNMENT);
        }
        add(top, BorderLayout.NORTH);

        properties = new LeverProperties(choices.levers(), choices::valuesThisMonth, choices::changeLever);
        JPanel levers = new JPanel(new BorderLayout());
        JLabel heading = new JLabel("<html><div style='width:" + (width - 20) * 3 / 4 + "px'><b>Policy levers</b>"
                + " (hover for the full name, unit, range and source)</div></html>");
        heading.setBorder(BorderFactory.createEmptyBorder(4, 6, 0, 6));
        levers.add(heading, BorderLayout.NORTH);
        leverPanel = new LeverPanel(choices.levers(), properties, ClassroomLayout.consoleWidth() - 24);
        levers.add(leverPanel, BorderLayout.CENTER);
        add(levers, BorderLayout.CENTER);
        gui.messages().onChange(this::updateInspector);
        updateInspector();
    }

    /**
     * Shows the text in the label, wrapped to at most {@code width} pixels as Swing's HTML renders it
     * (its type runs a little wider than the font's metrics say, so the lines are narrowed until they fit).
     */
    private static void fit(JLabel label, String text, boolean italic, int width) {
        java.awt.FontMetrics fm = label.getFontMetrics(italic ? label.getFont().deriveFont(java.awt.Font.ITALIC) : label.getFont());
        for (int budget = width; ; budget = budget * 9 / 10) {
            label.setText(LeverPanel.html(LeverPanel.lines(text, fm, budget), italic ? "<i>" : "", italic ? "</i>" : ""));
            if (label.getPreferredSize().width <= width || budget < width / 3) {
                return;
            }
        }
    }

    /**
     * The components in rows no wider than {@code width} pixels, in order, as many to a row as fit
     * (on a narrow console or in presentation type the buttons stack instead of running off the edge).
     */
    private static java.util.List<JPanel> rows(int width, javax.swing.JComponent... items) {
        java.util.List<JPanel> rows = new java.util.ArrayList<>();
        JPanel row = null;
        int used = 0;
        for (javax.swing.JComponent c : items) {
            int w = c.getPreferredSize().width + 4;
            if (row == null || used + w > width) {
                row = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 1));
                rows.add(row);
                used = 4;
            }
            row.add(c);
            used += w;
        }
        return rows;
    }

    private void choose() {
        if (updating) {
            return;
        }
        Object item = chooser.getSelectedItem();
        if (OPEN_FILE.equals(item)) {
            JFileChooser files = new JFileChooser(choices.library().directory().toFile());
            files.setFileFilter(new FileNameExtensionFilter("Plaza scenarios (*" + ScenarioLibrary.EXTENSION + ")",
                    ScenarioLibrary.EXTENSION.substring(1)));
            if (files.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
                File f = files.getSelectedFile();
                choices.loadScenario(f.getPath());
            }
        } else if (item != null) {
            choices.loadScenario((String) item);
        }
        updateInspector();
    }

    // Scrollable: the model tab follows the console's width (sliders narrow) and scrolls only vertically,
    // so nothing runs off the right edge on a 1024- or 1280-pixel screen
    @Override
    public java.awt.Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(java.awt.Rectangle visible, int orientation, int direction) {
        return 20;
    }

    @Override
    public int getScrollableBlockIncrement(java.awt.Rectangle visible, int orientation, int direction) {
        return Math.max(20, visible.height - 40);
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return false;
    }

    private interface Saver {
        void save(java.nio.file.Path file) throws java.io.IOException;
    }

    private void saveAs(String name, String kind, String ext, Saver saver) {
        JFileChooser files = new JFileChooser();
        files.setSelectedFile(new File(name));
        files.setFileFilter(new FileNameExtensionFilter(kind + " (*." + ext + ")", ext));
        if (files.showSaveDialog(this) == JFileChooser.APPROVE_OPTION) {
            try {
                saver.save(files.getSelectedFile().toPath());
            } catch (java.io.IOException | RuntimeException ex) {
                javax.swing.JOptionPane.showMessageDialog(this, "Not saved: " + ex.getMessage(), "Plaza classroom",
                        javax.swing.JOptionPane.ERROR_MESSAGE);
            }
        }
    }

    /** The message line as shown (for tests). */
    String statusShown() {
        return status.getText();
    }

    /** The levers as the inspector's sliders set them (tests move a lever through this). */
    LeverProperties properties() {
        return properties;
    }

    @Override
    public void updateInspector() {
        updating = true;
        try {
            String name = choices.scenario().name();
            if (((javax.swing.DefaultComboBoxModel<String>) chooser.getModel()).getIndexOf(name) < 0) {
                chooser.insertItemAt(name, chooser.getItemCount() - 1);
            }
            chooser.setSelectedItem(name);
            // wrapped to the model tab's width (at spaces, underscores and slashes: a file path wraps too)
            int textWidth = ClassroomLayout.consoleWidth() - 50;
            fit(description, choices.scenario().description(), true, textWidth);
            compare.setSelected(choices.compare());
            MessageLine.Status s = gui.messages().status();
            status.setForeground(s.error() ? new Color(180, 20, 20) : new Color(20, 90, 20));
            fit(status, s.text(), false, textWidth);
            leverPanel.update();
        } finally {
            updating = false;
        }
    }
}
