package plaza.gui;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;

import sim.util.gui.PropertyField;

/**
 * The levers in the model tab, grouped by policy area under a heading each (key levers first), as
 * MASON's own slider-and-field widgets ({@link PropertyField}) over {@link LeverProperties}.
 *
 * <p>Laid out for the width it is given: where a label and its slider fit side by side they share
 * a row; on a narrow console (a 1024-pixel projector, or presentation type) each label sits above
 * its slider and wraps at its underscores, so no label, slider or value field is cut off.
 */
final class LeverPanel extends JPanel {

    private static final long serialVersionUID = 1L;
    /** MASON's slider width (PropertyField.SLIDER_WIDTH). */
    private static final int SLIDER_WIDTH = 80;

    private final transient LeverProperties properties;
    private final List<PropertyField> fields = new ArrayList<>();
    private final List<JLabel> labels = new ArrayList<>();
    private final List<String> headings = new ArrayList<>();
    private final int fieldWidth;
    private final boolean oneRow;

    /**
     * @param levers     the levers, in the order shown (grouped by {@link Levers#area})
     * @param properties their values and changes
     * @param width      the width available, in pixels
     */
    LeverPanel(Levers levers, LeverProperties properties, int width) {
        super(new GridBagLayout());
        this.properties = properties;
        setBorder(BorderFactory.createEmptyBorder(2, 6, 6, 6));
        Font font = new JLabel().getFont();
        FontMetrics fm = getFontMetrics(font);
        int widest = 0;
        for (int i = 0; i < levers.size(); i++) {
            widest = Math.max(widest, fm.stringWidth(LeverProperties.label(levers.get(i))));
        }
        // a slider and a value field wide enough for six significant digits ("0.333333", "120000")
        fieldWidth = SLIDER_WIDTH + getFontMetrics(new javax.swing.JTextField().getFont()).stringWidth("0.3333333") + 16;
        int inner = width - 12;
        oneRow = widest + 8 + fieldWidth <= inner;
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = 0;
        String area = null;
        for (int i = 0; i < levers.size(); i++) {
            String a = Levers.area(levers.get(i));
            if (!a.equals(area)) {
                area = a;
                JLabel heading = new JLabel(a);
                headings.add(a);
                heading.setFont(font.deriveFont(Font.BOLD));
                c.gridx = 0;
                c.gridwidth = 2;
                c.weightx = 1;
                c.anchor = GridBagConstraints.WEST;
                c.fill = GridBagConstraints.NONE;
                c.insets = new Insets(c.gridy == 0 ? 2 : 10, 0, 2, 0);
                add(heading, c);
                c.gridy++;
            }
            String tip = properties.getDescription(i);
            JLabel label = new JLabel(oneRow ? LeverProperties.label(levers.get(i))
                    : wrap(LeverProperties.label(levers.get(i)), fm, inner - 12));
            label.setToolTipText(tip);
            labels.add(label);
            PropertyField field = field(i);
            field.setToolTipText(tip);
            fields.add(field);
            c.insets = new Insets(1, oneRow ? 0 : 12, 1, 0);
            c.gridx = 0;
            c.gridwidth = oneRow ? 1 : 2;
            c.weightx = oneRow ? 0 : 1;
            c.fill = GridBagConstraints.NONE;
            c.anchor = oneRow ? GridBagConstraints.EAST : GridBagConstraints.WEST;
            add(label, c);
            if (!oneRow) {
                c.gridy++;
            }
            c.gridx = oneRow ? 1 : 0;
            c.gridwidth = oneRow ? 1 : 2;
            c.weightx = 1;
            c.fill = GridBagConstraints.NONE;
            c.anchor = GridBagConstraints.WEST;
            c.insets = new Insets(1, oneRow ? 6 : 24, oneRow ? 1 : 4, 0);
            add(field, c);
            c.gridy++;
        }
    }

    private PropertyField field(int index) {
        return new PropertyField(null, text(index), true, properties.getDomain(index), PropertyField.SHOW_SLIDER) {
            private static final long serialVersionUID = 1L;
            /** True while the field shows a value it was given (not one a person set). */
            private boolean showing;

            /**
             * Shows a value. MASON moves the slider to it, and its slider reports every move after the
             * first as if a person had dragged it (PropertyField ignores only the first), with the value
             * rounded to a slider tick: such a move must not reach the classroom as a lever change.
             */
            @Override
            public void setValue(String value) {
                boolean outer = !showing;
                showing = true;
                try {
                    super.setValue(value);
                } finally {
                    if (outer) {
                        showing = false;
                    }
                }
            }

            @Override
            public java.awt.Dimension getPreferredSize() {
                java.awt.Dimension d = super.getPreferredSize();
                return new java.awt.Dimension(fieldWidth, d.height);
            }

            @Override
            public java.awt.Dimension getMinimumSize() {
                return getPreferredSize();
            }

            @Override
            public String newValue(String value) {
                if (showing) {
                    return text(index); // the slider followed a value shown: nothing was moved
                }
                // the classroom validates and applies it; the field shows what is in force afterwards
                properties.setValue(index, value);
                return text(index);
            }
        };
    }

    /** A lever's value as its field shows it: whole numbers without a decimal point, else six significant digits. */
    private String text(int index) {
        return plaza.params.Parameter.format(((Number) properties.getValue(index)).doubleValue());
    }

    /** Shows the values in force. */
    void update() {
        for (int i = 0; i < fields.size(); i++) {
            String v = text(i);
            if (!v.equals(fields.get(i).getValue())) {
                fields.get(i).setValue(v);
            }
        }
    }

    /** The value lever {@code index}'s field shows (for tests). */
    String shown(int index) {
        return fields.get(index).getValue();
    }

    /** The policy-area headings, in the order shown (for tests). */
    List<String> headings() {
        return List.copyOf(headings);
    }

    /** Whether each label shares a row with its slider (else it sits above it), for tests. */
    boolean oneRow() {
        return oneRow;
    }

    /** The lever labels (for tests). */
    List<JLabel> labels() {
        return List.copyOf(labels);
    }

    /**
     * A label broken into lines no wider than {@code width} pixels, at its underscores or spaces (a
     * lever name has no spaces for Swing's HTML to wrap at): plain text if it fits, else HTML.
     */
    static String wrap(String text, FontMetrics fm, int width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        return html(lines(text, fm, width), "", "");
    }

    /** HTML showing the lines as given, each escaped and wrapped in {@code open} and {@code close} (e.g. italics). */
    static String html(List<String> lines, String open, String close) {
        StringBuilder out = new StringBuilder("<html>");
        for (int i = 0; i < lines.size(); i++) {
            out.append(i > 0 ? "<br>" : "").append(open).append(escape(lines.get(i))).append(close);
        }
        return out.append("</html>").toString();
    }

    /**
     * Text broken into lines no wider than {@code width} pixels where it can be: after a space, an
     * underscore or a slash (so a lever name or a file path wraps too).
     */
    static List<String> lines(String text, FontMetrics fm, int width) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '_' || ch == ' ' || ch == '/') {
                parts.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String p : parts) {
            if (line.length() > 0 && fm.stringWidth(line + p) > width) {
                out.add(line.toString().strip());
                line.setLength(0);
            }
            line.append(p);
        }
        out.add(line.toString().strip());
        return out;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
