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
import sim.portrayal.SimpleInspector;

/**
 * The console's model tab: a scenario chooser (any scenario in the library, or a file), the
 * "compare with baseline" switch, a message line, and the levers as MASON sliders built from the
 * parameter catalog by {@link LeverProperties}.
 */
final class ClassroomInspector extends Inspector {

    private static final long serialVersionUID = 1L;
    private static final String OPEN_FILE = "Open a scenario file\u2026";

    private final transient PlazaWithUI gui;
    private final JComboBox<String> chooser = new JComboBox<>();
    private final JCheckBox compare = new JCheckBox("Compare with baseline (same seed, dashed lines)");
    private final JLabel description = new JLabel();
    private final JLabel status = new JLabel();
    private final SimpleInspector leverInspector;
    private final LeverProperties properties;
    private boolean updating;

    ClassroomInspector(PlazaWithUI gui) {
        this.gui = gui;
        setVolatile(false);
        setLayout(new BorderLayout());

        for (String name : gui.library().names()) {
            chooser.addItem(name);
        }
        chooser.addItem(OPEN_FILE);
        chooser.setSelectedItem(gui.scenario().name());
        chooser.addActionListener(e -> choose());

        JPanel top = new JPanel();
        top.setLayout(new BoxLayout(top, BoxLayout.Y_AXIS));
        top.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        JPanel row = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        row.add(new JLabel("Scenario:"));
        row.add(chooser);
        JButton reset = new JButton("Reset levers");
        reset.setToolTipText("Set every lever back to the chosen scenario's values");
        reset.addActionListener(e -> gui.loadScenario(gui.scenario().file().toString()));
        row.add(reset);
        top.add(row);
        top.add(description);
        compare.setSelected(gui.compare());
        compare.addActionListener(e -> {
            if (!updating) {
                gui.setCompare(compare.isSelected());
            }
        });
        top.add(compare);
        top.add(Box.createVerticalStrut(4));
        top.add(status);
        for (var c : top.getComponents()) {
            ((javax.swing.JComponent) c).setAlignmentX(LEFT_ALIGNMENT);
        }
        add(top, BorderLayout.NORTH);

        properties = new LeverProperties(gui.levers(), gui::valuesThisMonth, gui::changeLever);
        leverInspector = new SimpleInspector(properties, gui, "Policy levers (units and ranges from the parameter catalog)",
                gui.getMaximumPropertiesForInspector());
        add(leverInspector, BorderLayout.CENTER);
        gui.onChange(this::updateInspector);
        updateInspector();
    }

    private void choose() {
        if (updating) {
            return;
        }
        Object item = chooser.getSelectedItem();
        if (OPEN_FILE.equals(item)) {
            JFileChooser files = new JFileChooser(gui.library().directory().toFile());
            files.setFileFilter(new FileNameExtensionFilter("Plaza scenarios (*" + ScenarioLibrary.EXTENSION + ")",
                    ScenarioLibrary.EXTENSION.substring(1)));
            if (files.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
                File f = files.getSelectedFile();
                gui.loadScenario(f.getPath());
            }
        } else if (item != null) {
            gui.loadScenario((String) item);
        }
        updateInspector();
    }

    /** The levers as the inspector's sliders set them (tests move a lever through this). */
    LeverProperties properties() {
        return properties;
    }

    @Override
    public void updateInspector() {
        updating = true;
        try {
            String name = gui.scenario().name();
            if (((javax.swing.DefaultComboBoxModel<String>) chooser.getModel()).getIndexOf(name) < 0) {
                chooser.insertItemAt(name, chooser.getItemCount() - 1);
            }
            chooser.setSelectedItem(name);
            description.setText("<html><i>" + escape(gui.scenario().description()) + "</i></html>");
            compare.setSelected(gui.compare());
            PlazaWithUI.Status s = gui.status();
            status.setForeground(s.error() ? new Color(180, 20, 20) : new Color(20, 90, 20));
            status.setText("<html><div style='width:340px'>" + escape(s.text()) + "</div></html>");
            leverInspector.updateInspector();
        } finally {
            updating = false;
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
