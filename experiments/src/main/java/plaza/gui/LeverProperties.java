package plaza.gui;

import java.util.function.ObjDoubleConsumer;
import java.util.function.Supplier;

import plaza.params.Parameter;
import plaza.params.ParameterValues;
import sim.util.Interval;
import sim.util.Properties;

/**
 * The levers as MASON properties, so MASON's own inspector draws them as sliders: the domain of
 * each property is the catalog's range (an {@link Interval}), its name carries the unit, and its
 * description (the tooltip) is the catalog's description with the range.
 *
 * <p>Setting a value does not write it here: it is passed to the classroom, which validates it and
 * applies it to the running model from the next month (or to the next run when stopped).
 */
final class LeverProperties extends Properties {

    private static final long serialVersionUID = 1L;
    /** Units longer than this are shown in the tooltip only, to keep the labels readable. */
    private static final int MAX_UNIT_IN_LABEL = 16;

    private final Levers levers;
    private final transient Supplier<ParameterValues> current;
    private final transient ObjDoubleConsumer<Parameter> change;

    /**
     * @param levers  the levers shown
     * @param current the values now in force (the running model's or the next run's)
     * @param change  called with a lever and a requested value
     */
    LeverProperties(Levers levers, Supplier<ParameterValues> current, ObjDoubleConsumer<Parameter> change) {
        this.levers = levers;
        this.current = current;
        this.change = change;
        this.object = levers;
    }

    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return levers.size();
    }

    @Override
    public Object getValue(int index) {
        Parameter p = levers.get(index);
        double v = current.get().get(p);
        return Levers.whole(p) ? (Object) Integer.valueOf((int) Math.round(v)) : (Object) Double.valueOf(v);
    }

    @Override
    public Object getDomain(int index) {
        Parameter p = levers.get(index);
        return Levers.whole(p) ? new Interval((long) p.min(), (long) p.max()) : new Interval(p.min(), p.max());
    }

    @Override
    public String getDescription(int index) {
        Parameter p = levers.get(index);
        return "<html><b>" + p.name() + "</b> (" + p.unit() + "), " + Levers.area(p).toLowerCase(java.util.Locale.ROOT) + "<br>" + p.description()
                + "<br>allowed " + p.rangeText() + ", default " + Parameter.format(p.defaultValue()) + "</html>";
    }

    @Override
    public boolean isReadWrite(int index) {
        return true;
    }

    @Override
    public String getName(int index) {
        return label(levers.get(index));
    }

    /**
     * The label shown beside a slider: the lever's name without its group prefix and a short form
     * of its unit (the tooltip gives the full name and unit), so the sliders fit beside the labels.
     */
    static String label(Parameter p) {
        String name = p.name().substring(p.name().indexOf('.') + 1);
        // the longest catalog names, shortened so a label fits a 1024-pixel projector (the tooltip has the full name)
        name = name.replace("usd_millions_per_year_after", "per_year_after").replace("usd_millions_", "");
        return name + " [" + shortUnit(p.unit()) + "]";
    }

    static String shortUnit(String unit) {
        if (unit.startsWith("multiple of 2007")) {
            return "\u00d7 2007";
        }
        if (unit.startsWith("share")) {
            return "share";
        }
        if (unit.startsWith("index 0-1")) {
            return "0-1";
        }
        String u = unit.replace("USD millions", "$M").replace("USD billions", "$bn").replace(" per year", "/yr")
                .replace(" over FY2008-FY2010", " FY08-10");
        return u.length() <= MAX_UNIT_IN_LABEL ? u : u.substring(0, MAX_UNIT_IN_LABEL) + "\u2026";
    }

    @Override
    public Class<?> getType(int index) {
        return Levers.whole(levers.get(index)) ? Integer.TYPE : Double.TYPE;
    }

    @Override
    protected Object _setValue(int index, Object value) {
        if (value instanceof Number n) {
            change.accept(levers.get(index), n.doubleValue());
        }
        return getValue(index);
    }
}
