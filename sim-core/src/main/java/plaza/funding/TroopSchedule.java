package plaza.funding;

import java.time.YearMonth;

import plaza.params.MilitaryParameters;
import plaza.params.ParameterValues;

/**
 * Rule: from December 2006 the military deploys troops on a schedule, ramping to 12,000 in 2007 and
 * 45,000 from 2009; a withdrawal lever removes them. The budget pays for these troops first.
 * Sources: 000:17 and 004:65 (12,000 and 45,000 troops).
 */
public final class TroopSchedule {

    private TroopSchedule() {}

    /** Troops the deployment schedule calls for in a month, before any withdrawal. */
    public static double scheduled(YearMonth m, ParameterValues p) {
        YearMonth start = YearMonth.of(2006, 12);
        if (m.isBefore(start)) {
            return 0;
        }
        double t07 = p.get(MilitaryParameters.TROOPS_2007);
        double t09 = p.get(MilitaryParameters.TROOPS_2009);
        if (m.getYear() <= 2007) {
            int months = (m.getYear() - 2006) * 12 + m.getMonthValue() - 12 + 1;
            return t07 * Math.min(1, months / 4.0);
        }
        if (m.getYear() == 2008) {
            return t07 + (t09 - t07) * m.getMonthValue() / 12.0;
        }
        return t09;
    }

    /** Troops deployed in a month under the withdrawal lever. */
    public static double troopsTarget(YearMonth m, ParameterValues p) {
        double t = scheduled(m, p);
        int year = (int) p.get(MilitaryParameters.WITHDRAWAL_YEAR);
        int since = (m.getYear() - year) * 12 + m.getMonthValue() - 1;
        if (since >= 0) {
            t *= Math.max(0, 1 - (since + 1) / p.get(MilitaryParameters.WITHDRAWAL_MONTHS));
        }
        return t;
    }

}
