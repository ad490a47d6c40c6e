package plaza.params;

import java.time.YearMonth;
import java.util.List;

/**
 * The 1995-2006 history the runs start from: the PRI-era protection regime and its end (M2), and the
 * bilateral cooperation of 1995-2000 (M18, M20).
 */
public final class HistoryParameters implements java.io.Serializable {
    private HistoryParameters() {}

    public static final Parameter STATE_PROTECTION = Parameter.named("history.state_protection")
            .unit("index 0-1 (1 = centralized PRI protection, 0 = fragmented)").value(1).range(0, 1).lever()
            .path(HistoryParameters::protectionPath, "history.decentralization_months")
            .about("Strength of the state's brokerage of plazas: bribes buy distribution rights and encroachment is punished;"
                    + " by default 1 to November 2000, then falling linearly to 0 as bribery decentralizes")
            .cited("001:453-461 (centralized single-party protection for bribes); 001:433-438 (2000 transfer of power); 001:446-449 (political change intensified competition)");
    public static final Parameter DECENTRALIZATION_MONTHS = Parameter.named("history.decentralization_months")
            .unit("months").value(60).range(1, 120).lever()
            .about("Months from the December 2000 transfer of power until bribery is fully decentralized to state and local officials")
            .assumed("001:446-449 gives the direction, not the speed; five years, so that violence still rises in the mid-2000s before the 2006 offensive (causal-claims M2) and 2005 stays low enough for the sixfold rise to 2010 (001:407-408); tested 12-72");
    public static final Parameter PROTECTION_DETERRENCE = Parameter.named("history.protection_deterrence")
            .unit("share of attacks deterred at full protection").value(0.9).range(0, 1)
            .about("Under full protection the broker punishes encroachment, so this share of would-be attacks on a rival's plaza never happens")
            .assumed("001:453-461 says turf was allocated and protected, not how completely; tested 0.7-1");

    public static final Parameter COOPERATION_1995_2000 = Parameter.named("history.cooperation_1995_2000")
            .unit("share of the pre-crackdown (2006) cooperation").value(0.16).range(0, 1).lever()
            .path(v -> Schedule.step(v.plain(HistoryParameters.COOPERATION_1995_2000), YearMonth.of(2001, 1), 1,
                    "extradition cooperation of 1995-2000 (002:64-66), the 2006 level from 2001: "))
            .about("Bilateral extradition cooperation in 1995-2000 relative to 2006; by default this share to December 2000, then 1")
            .derived("002:64-66: 61 extraditions Mexico to U.S. in 1995-2000 (about 10 a year, after 8 in 1980-1994) vs 63 in 2006 (000:9): 10.2 / 63 = 0.16");

    public static final Parameter TARGETING_1995_2000 = Parameter.named("history.leader_targeting_1995_2000")
            .unit("multiple of the pre-crackdown leader targeting").value(4).range(0, 20).lever()
            .path(v -> Schedule.step(v.plain(HistoryParameters.TARGETING_1995_2000), YearMonth.of(2001, 1), 1,
                    "joint investigations of 1995-2000 (002:52-58), the pre-crackdown level from 2001: "))
            .about("Leader and lieutenant targeting in 1995-2000, when joint investigations hit the command structures of three of the four main organizations, relative to 2001-2006")
            .fitted("002:58: command structures of three of the four main transnational organizations affected in 1995-2000 (target leaders_removed_1995_2000)");

    public static final Parameter ASSET_SHARING = Parameter.named("history.asset_sharing_share")
            .unit("share of forfeited assets").value(0.0105).range(0, 1)
            .about("Share of forfeited drug assets the U.S. shares with Mexico in proportion to its assistance (the 1995 agreement); an output, it funds nothing in the model")
            .fitted("002:104-108: over $6 million shared with Mexico under the 1995 agreement, against $612M forfeited in 1995-2000 in the model (mean of seeds 1-3): 6.4 / 612 (target assets_shared_1995_2000)");

    public static final List<Parameter> ALL = List.of(STATE_PROTECTION, DECENTRALIZATION_MONTHS, PROTECTION_DETERRENCE,
            COOPERATION_1995_2000, TARGETING_1995_2000, ASSET_SHARING);

    /** Full protection (the lever's level) to November 2000, then linear to zero over the decentralization months. */
    static Schedule protectionPath(ParameterValues v) {
        YearMonth end = YearMonth.of(2000, 11);
        int n = Math.max(1, (int) Math.round(v.plain(DECENTRALIZATION_MONTHS)));
        String where = "PRI rule to the December 2000 transfer of power (001:433-438), "
                + DECENTRALIZATION_MONTHS.name() + " = " + Parameter.format(v.plain(DECENTRALIZATION_MONTHS)) + ": ";
        double level = v.plain(STATE_PROTECTION);
        return Schedule.linear(level, List.of(new Schedule.Point(end, level, where), new Schedule.Point(end.plusMonths(n), 0, where)));
    }
}
