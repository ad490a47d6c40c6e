package plaza.funding;

import java.time.YearMonth;

import plaza.params.MilitaryParameters;
import plaza.params.ParameterValues;

/**
 * Rule: from December 2006 the military deploys troops on a schedule, ramping to 12,000 in 2007 and
 * 45,000 from 2009; a withdrawal lever removes them. The budget pays for these troops first.
 * Sources: 000:17 and 004:65 (12,000 and 45,000 troops).
 */
public final class TroopSchedule implements java.io.Serializable {

    private TroopSchedule() {}

    /** Troops the deployment schedule calls for in a month, before any withdrawal. */
    public static double scheduled(YearMonth m, ParameterValues p) {
        return p.at(MilitaryParameters.TROOPS, m);
    }

    /** Troops deployed in a month under the withdrawal lever. */
    public static double troopsTarget(YearMonth m, ParameterValues p) {
        return scheduled(m, p) * (1 - p.at(MilitaryParameters.WITHDRAWN, m));
    }

}
