package plaza.enforcement;

import java.util.List;

import plaza.core.Phase;
import plaza.core.Sim;
import plaza.core.Streams;
import plaza.core.Submodel;
import plaza.output.Metric;
import plaza.params.IntelligenceParameters;

/**
 * Submodel "extraditions to Mexico" (M18): fugitives wanted in Mexico whom the United States
 * delivers under the same treaty (002:64-66: 30 in 1980-1994, 86 in 1995-2000, 12 U.S. citizens
 * among them). The U.S. side has its own processing capacity and follows the same cooperation
 * index as {@link Extraditions}, less than in proportion: from 1980-1994 to 1995-2000 the yearly
 * rate rose x7.2 this way and x19 the other, so the elasticity is ln 7.2 / ln 19 = 0.67. The model
 * has no arrests in the U.S., so Mexico's requests are taken to exceed what the process completes.
 *
 * <pre>
 * delivered(month) = Poisson(capacity to Mexico / 12 x cooperation^elasticity)
 * </pre>
 * It feeds nothing: the reports name Mexico's extraditions (not the U.S.'s) as what raised
 * cooperation (002:64, 000:15), and no report ties U.S. deliveries to organizations in Mexico.
 */
public final class ExtraditionsToMexico implements java.io.Serializable {

    private final Cooperation cooperation;

    public ExtraditionsToMexico(Cooperation cooperation) {
        this.cooperation = cooperation;
    }

    /** Expected deliveries this month. */
    public double expected(Sim m) {
        return m.p(IntelligenceParameters.TREATY_CAPACITY_TO_MEXICO) / 12
                * Math.pow(cooperation.index(m), m.p(IntelligenceParameters.COOPERATION_ELASTICITY_TO_MEXICO));
    }

    /** Monthly: the month's deliveries to Mexico. */
    public void month(Sim m) {
        m.tally().add(Metric.EXTRADITIONS_TO_MEXICO, Streams.poisson(expected(m), m.stream("extraditions-to-mexico")));
    }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("extraditions-to-mexico", Phase.ENFORCEMENT,
                "The U.S. delivers fugitives wanted in Mexico through the same treaty: its own capacity x cooperation^0.67 a year (002:64-66).",
                List.of("cooperation.index", IntelligenceParameters.COOPERATION_ELASTICITY_TO_MEXICO, IntelligenceParameters.TREATY_CAPACITY_TO_MEXICO),
                List.of(Metric.EXTRADITIONS_TO_MEXICO),
                this::month);
    }
}
