package plaza.funding;

import java.time.YearMonth;
import java.util.List;

import plaza.core.Phase;
import plaza.core.Sim;
import plaza.core.Submodel;
import plaza.params.FundingParameters;
import plaza.params.JusticeParameters;
import plaza.params.ParameterValues;

/**
 * Rule: each fiscal year's Merida appropriation is split over four categories (equipment and
 * aircraft, training, judicial reform, economic and community aid), delivered in kind after a
 * procurement lag, and becomes capacity: equipment (which wears out), training (vetting), judicial
 * capacity (built slowly, a first-order delay of several years) and an economic-aid flow.
 * Sources: 001:359-360 and 004:87 ($1.4B over FY2008-2010), 001:748-749 (more than half to
 * equipment), 004:193 (one fifth to rule of law), 004:115 (in kind, no cash), 001:699-723 (delays),
 * 001:1056-1057 (reform horizons of 1-5 years).
 */
public final class MeridaInitiative implements java.io.Serializable {

    /** Spending categories, in the order of the shares. */
    public enum Category { EQUIPMENT, TRAINING, JUDICIAL, ECONOMIC }

    /**
     * Appropriations by month index (from the first simulated month) and category, USD millions per
     * month; grows with the run, so every month a run may reach has its appropriation.
     */
    private final java.util.List<double[]> appropriated = new java.util.ArrayList<>();
    private final double[] delivered = new double[Category.values().length];
    private final double[] economicHistory = new double[12];
    private double equipmentStock;
    private double trainingStock;
    private double judicialDelivered;
    private double judicialEffective;
    private double economicPerYear;
    private int monthIndex;

    /** Fiscal year of a month (U.S. federal: October to September). */
    public static int fiscalYear(YearMonth m) {
        return m.getMonthValue() >= 10 ? m.getYear() + 1 : m.getYear();
    }

    /**
     * The appropriation for a fiscal year by category (USD millions), after any reallocation: levers
     * with a path take their value at the start of the fiscal year (October), so a path changes
     * Merida by fiscal year.
     */
    public static double[] appropriation(int fy, ParameterValues p) {
        YearMonth start = YearMonth.of(fy - 1, 10);
        double total;
        if (fy >= 2008 && fy <= 2010) {
            total = p.at(FundingParameters.MERIDA_TOTAL, start) / 3;
        } else if (fy > 2010) {
            total = p.at(FundingParameters.MERIDA_LATER, start);
        } else {
            total = 0;
        }
        double eq = total * p.at(FundingParameters.SHARE_EQUIPMENT, start);
        double tr = total * p.at(FundingParameters.SHARE_TRAINING, start);
        double ju = total * p.at(FundingParameters.SHARE_JUDICIAL, start);
        double ec = total * p.at(FundingParameters.SHARE_ECONOMIC, start);
        double toJudicial = eq * p.at(FundingParameters.REALLOC_JUDICIAL, start);
        double toEconomic = eq * p.at(FundingParameters.REALLOC_ECONOMIC, start);
        eq -= toJudicial + toEconomic;
        ju += toJudicial;
        ec += toEconomic;
        return new double[] {eq, tr, ju, ec};
    }

    /** Appropriates this month's twelfth of the fiscal year, delivers what was appropriated a lag ago. */
    public void month(Sim m) {
        ParameterValues p = m.params();
        monthIndex = m.monthIndex();
        double[] year = appropriation(fiscalYear(m.month()), p);
        double[] thisMonth = new double[year.length];
        for (int c = 0; c < year.length; c++) {
            thisMonth[c] = year[c] / 12;
        }
        while (appropriated.size() <= monthIndex) {
            appropriated.add(new double[year.length]);
        }
        appropriated.set(monthIndex, thisMonth);
        int lag = (int) Math.round(p.get(FundingParameters.DELIVERY_LAG));
        int from = monthIndex - lag;
        for (int c = 0; c < delivered.length; c++) {
            delivered[c] = from >= 0 ? appropriated.get(from)[c] : 0;
        }
        double monthlyWear = p.get(FundingParameters.EQUIPMENT_DEPRECIATION) / 12;
        equipmentStock = equipmentStock * (1 - monthlyWear) + delivered[Category.EQUIPMENT.ordinal()];
        trainingStock = trainingStock * (1 - monthlyWear) + delivered[Category.TRAINING.ordinal()];
        judicialDelivered += delivered[Category.JUDICIAL.ordinal()];
        judicialEffective += (judicialDelivered - judicialEffective) / p.get(JusticeParameters.REFORM_LAG);
        int slot = Math.floorMod(monthIndex, 12);
        economicPerYear += delivered[Category.ECONOMIC.ordinal()] - economicHistory[slot];
        economicHistory[slot] = delivered[Category.ECONOMIC.ordinal()];
    }

    /** Delivered this month in a category, USD millions. */
    public double delivered(Category c) {
        return delivered[c.ordinal()];
    }

    /** All categories delivered this month, USD millions. */
    public double deliveredTotal() {
        double t = 0;
        for (double d : delivered) {
            t += d;
        }
        return t;
    }

    /** Equipment in service, USD millions. */
    public double equipmentStock() { return equipmentStock; }

    /** Training delivered and not yet lapsed, USD millions. */
    public double trainingStock() { return trainingStock; }

    /** Judicial aid that has become capacity (lagged), USD millions. */
    public double judicialCapacity() { return judicialEffective; }

    /** Economic aid delivered over the last 12 months, USD millions per year. */
    public double economicPerYear() { return Math.max(0, economicPerYear); }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("merida", Phase.FUNDING,
                "Each fiscal year's appropriation is split by category and delivered in kind after a lag, becoming equipment, training, judicial capacity and economic aid.",
                List.of(FundingParameters.DELIVERY_LAG, FundingParameters.EQUIPMENT_DEPRECIATION, FundingParameters.MERIDA_LATER, FundingParameters.MERIDA_TOTAL,
                        FundingParameters.REALLOC_ECONOMIC, FundingParameters.REALLOC_JUDICIAL, FundingParameters.SHARE_ECONOMIC, FundingParameters.SHARE_EQUIPMENT,
                        FundingParameters.SHARE_JUDICIAL, FundingParameters.SHARE_TRAINING, JusticeParameters.REFORM_LAG),
                List.of("merida.equipmentStock", "merida.trainingStock", "merida.judicialCapacity", "merida.economicPerYear", "merida.delivered"),
                this::month);
    }
}
