package plaza.cli;

import java.util.List;

import picocli.CommandLine.Option;

/** The options {@code --precision} goes with, shared by {@code headline} and {@code compare}. */
final class PrecisionOptions {

    /** The headline's target when none is given; {@code compare} replicates only when asked. */
    static final String HEADLINE_DEFAULT = "3%";

    /** {@link #HEADLINE_DEFAULT} as help text, where picocli reads {@code %} as a format conversion. */
    private static final String HEADLINE_DEFAULT_IN_HELP = "3%%";

    @Option(names = "--precision", paramLabel = "P%",
            description = "Replicate in rounds (a batch each, in DIR/round-K/) until every scenario's difference from the baseline in the"
                    + " --precision-metrics over the longest compared period has a 90%% interval half-width of at most P (percent of the"
                    + " baseline), or --max-replications is reached; writes precision.csv. 0 turns it off (default: headline "
                    + HEADLINE_DEFAULT_IN_HELP + ", compare off).")
    String precision;

    @Option(names = "--precision-metrics", paramLabel = "a,b,...", split = ",", defaultValue = "homicides",
            description = "Outcomes --precision applies to (default: ${DEFAULT-VALUE}).")
    List<String> metrics;

    @Option(names = "--max-replications", paramLabel = "N", defaultValue = "40",
            description = "Cap on any scenario's replications under --precision (default: ${DEFAULT-VALUE}; the headline's"
                    + " 26 scenarios then take about 10 minutes on 2 cores).")
    int maxReplications;
}
