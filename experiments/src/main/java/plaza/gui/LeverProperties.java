package plaza.gui;

import java.util.function.ObjDoubleConsumer;
import java.util.function.Supplier;

import plaza.params.Parameter;
import plaza.params.ParameterValues;
import sim.util.Interval;
import sim.util.Properties;

/**
 * The levers as MASON properties, so MASON's own inspector draws them as sliders: the domain of
 * each property is the catalog's range (an {@link Interval}), its name is the catalog's label and
 * short unit, and its description (the tooltip) gives the lever's name, full unit, description and range.
 *
 * <p>Setting a value does not write it here: it is passed to the classroom, which validates it and
 * applies it to the running model from the next month (or to the next run when stopped).
 */
final class LeverProperties extends Properties {

    private static final long serialVersionUID = 1L;

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
        String builds = "";
        if (p.aliasOf() != null && Levers.setThroughAliases(p.aliasOf())) {
            // the path these levers build has no slider of its own (see Levers.setThroughAliases)
            builds = "<br>With " + String.join(" and ", p.aliasOf().aliases()) + " it builds " + p.aliasOf().name()
                    + ", the month-by-month path the model follows (no slider of its own)";
        }
        return "<html><b>" + p.name() + "</b> (" + p.unit() + "), " + Levers.area(p).toLowerCase(java.util.Locale.ROOT) + "<br>" + p.description()
                + "<br>allowed " + p.rangeText() + ", default " + Parameter.format(p.defaultValue()) + builds + "</html>";
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
     * The label shown beside a slider: the catalog's short label and unit for the lever, in words
     * ("Leader targeting (\u00d7 2007)"); the tooltip gives its name, full unit, range and description.
     */
    static String label(Parameter p) {
        return plaza.params.LeverLabels.of(p).toString();
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
