package plaza.institutions;

import java.util.List;

import plaza.agents.Plaza;
import plaza.core.Channel;
import plaza.core.Phase;
import plaza.core.Sim;
import plaza.core.Submodel;
import plaza.funding.MeridaInitiative;
import plaza.params.FundingParameters;
import plaza.params.JusticeParameters;
import plaza.params.MarketParameters;
import plaza.params.MilitaryParameters;
import plaza.params.OrganizationParameters;
import plaza.params.ParameterValues;

/**
 * Submodel "equipment times institutions" (M6) and "impunity" (M5): turns delivered aid into the
 * effectiveness of enforcement in each plaza, and moves each plaza's corruption and public trust.
 *
 * <pre>
 * equipment gain  g_E = G_E (1 - e^(-E / E_half))            E: equipment in service
 * judicial gain   g_J = G_J (1 - e^(-J / J_half))            J: lagged judicial capacity
 * vetting         g_T = 1 - e^(-T / T_half)                  T: training delivered
 * leak            l_p = leak_given_corruption x corruption_p
 * quality         Q_p = (1 - l_p) (1 + g_J) / (1 + G_J)
 * effectiveness   eff_p = presence_p (1 + g_E Q_p) (1 - l_p) / (1 - l_2007)
 * corruption*     c*_p = c_2007 (0.5 + 0.5 sqrt(bribes_p / bribes_2005,p)) (1 - cut (g_J/G_J + g_T)/2)
 * trust*          tau*_p = (1 + g_J / 2 + v x g_T) / ((1 + s x homicides per 100k) (1 + k x complaints per million))
 * identification   id_p  = id_2007 (1 + g_J) (1 - l_p) / (1 - l_2007) x trust_p^e
 * </pre>
 *
 * Equipment alone buys little where institutions are weak (Q small): that is the Merida tradeoff of
 * 004:191, 004:209 and 001:746-753, here a consequence of the equation rather than an assumption
 * about outcomes. Judicial capacity raises identification, conviction and trust; vetting and
 * judicial reform lower corruption; bribes raise it (004:63). The legitimacy loop (M3, M25):
 * complaints of abuses by troops deployed in a plaza lower trust there (001:489-492, 001:503-507,
 * 004:229), vetted units raise it (000:17, 004:161), and trust drives both crime reporting
 * (001:538-539) and cooperation with investigators (identification).
 */
public final class Institutions implements java.io.Serializable {


    private final MeridaInitiative merida;
    private final JusticeReform reform;

    /** Institutions whose judicial gain comes from Merida's judicial aid alone (the reform path never runs). */
    public Institutions(MeridaInitiative merida) {
        this(merida, new JusticeReform(merida));
    }

    public Institutions(MeridaInitiative merida, JusticeReform reform) {
        this.merida = merida;
        this.reform = reform;
    }

    private double leak2007;
    private double[] bribeReference;
    private double policeReferenceDensity;
    private double equipmentGain;
    private double judicialGain;
    /** The judicial gain from Merida's judicial aid alone (the rule without the reform path). */
    private double aidGain;
    private double trainingGain;
    private double[] effectiveness;
    private double[] leak;

    public void initialize(Sim m) {
        ParameterValues p = m.params();
        leak2007 = p.get(JusticeParameters.LEAK_GIVEN_CORRUPT) * p.get(JusticeParameters.CORRUPTION_INITIAL);
        double population = 0;
        for (Plaza z : m.plazas()) {
            population += z.population();
        }
        double revenue = MarketParameters.monthlyRevenueUsd(p);
        double bribes = p.get(OrganizationParameters.BRIBE_SHARE) * revenue;
        double totalValue = 0;
        for (Plaza z : m.plazas()) {
            totalValue += z.value();
        }
        // the reference is each plaza's share of 2005 bribes (spread by corridor value), so a plaza
        // paid as in 2005 keeps the 2005 corruption level
        bribeReference = new double[m.plazas().size()];
        for (Plaza z : m.plazas()) {
            bribeReference[z.index()] = bribes * z.value() / totalValue;
            // the month before the start was paid as in 2005, so the first adjustment sees the reference level
            z.addBribes(bribeReference[z.index()]);
        }
        double budget = p.get(FundingParameters.MEXICO_BUDGET) * 1e9;
        double officers = Math.max(1, budget - p.get(MilitaryParameters.TROOPS_2007) * p.get(MilitaryParameters.TROOP_COST))
                / p.get(FundingParameters.POLICE_COST);
        policeReferenceDensity = officers / population;
        effectiveness = new double[m.plazas().size()];
        leak = new double[m.plazas().size()];
        java.util.Arrays.fill(effectiveness, 1);
        java.util.Arrays.fill(leak, leak2007);
    }

    /** Monthly: capacity gains from aid, then each plaza's corruption, trust and effectiveness. */
    public void update(Sim m) {
        ParameterValues p = m.params();
        double gE = p.get(FundingParameters.EQUIPMENT_GAIN);
        double gJ = p.get(JusticeParameters.REFORM_GAIN);
        equipmentGain = gE * (1 - Math.exp(-merida.equipmentStock() / p.get(FundingParameters.EQUIPMENT_HALF)));
        aidGain = gJ * (1 - Math.exp(-merida.judicialCapacity() / p.get(JusticeParameters.REFORM_HALF)));
        judicialGain = reform.gain(aidGain, gJ);
        trainingGain = 1 - Math.exp(-merida.trainingStock() / p.get(FundingParameters.TRAINING_HALF));
        double reformShare = gJ > 0 ? judicialGain / gJ : 0;
        double cut = p.get(JusticeParameters.REFORM_CORRUPTION_CUT) * (reformShare + trainingGain) / 2;
        double c0 = p.get(JusticeParameters.CORRUPTION_INITIAL);
        double speed = p.get(JusticeParameters.CORRUPTION_SPEED);
        double sensitivity = p.get(JusticeParameters.TRUST_HOMICIDE_SENSITIVITY);
        double leakGiven = p.get(JusticeParameters.LEAK_GIVEN_CORRUPT);
        double full = p.get(MilitaryParameters.TROOPS_PER_FULL_STRENGTH);
        double complaintLoss = p.get(JusticeParameters.COMPLAINT_TRUST);
        double vetting = p.get(JusticeParameters.VETTING_TRUST) * trainingGain;
        for (Plaza z : m.plazas()) {
            // with no bribes in the reference (dto.bribe_share = 0) none are ever paid: the 2007 level holds
            double reference = bribeReference[z.index()];
            double bribeRatio = reference > 0 ? z.bribesLastMonth() / reference : 1;
            double target = c0 * (0.5 + 0.5 * Math.sqrt(Math.max(0, bribeRatio))) * (1 - cut);
            double complaints = m.world().channels().complaintsLastMonth(z.index()) * 12 / z.population() * 1e6;
            double trustTarget = (1 + judicialGain / 2 + vetting) / (1 + sensitivity * z.homicideRate())
                    / (1 + complaintLoss * complaints);
            z.adjustInstitutions(Math.min(0.95, target), trustTarget, speed);
            int i = z.index();
            leak[i] = leakGiven * z.operationalCorruption();
            double quality = (1 - leak[i]) * (1 + judicialGain) / (1 + gJ);
            double police = (z.policeOfficers() + z.reformedPoliceOfficers()) / z.population() / policeReferenceDensity;
            double troops = Math.min(1, z.troops() / z.population() * 1e6 / full);
            double presence = Math.sqrt(Math.max(0, police)) + troops;
            effectiveness[i] = presence * (1 + equipmentGain * quality) * (1 - leak[i]) / (1 - leak2007);
        }
    }

    /** Relative gain in judicial capacity from delivered judicial aid (0 without aid). */
    public double judicialGain() { return judicialGain; }

    /** The multiplier of arrest and verdict capacity from judicial aid and, with its path on, the reform's funding. */
    public double capacityMultiplier() { return reform.capacityMultiplier(aidGain); }

    /** Share of the largest vetting effect reached with the training delivered (0 to 1). */
    public double trainingGain() { return trainingGain; }

    /** Enforcement effectiveness in a plaza relative to a 2007 plaza with police only and no aid. */
    public double effectiveness(Plaza z) {
        return effectiveness[z.index()];
    }

    /** Share of crimes reported in the plaza. */
    public double reportingRate(Plaza z, ParameterValues p) {
        return Math.min(0.95, p.get(JusticeParameters.REPORTING_RATE) * z.trust());
    }

    /** Share of reported crimes that end with a suspect arrested. */
    public double identificationRate(Plaza z, ParameterValues p) {
        double r = p.get(JusticeParameters.IDENTIFICATION_RATE) * (1 + judicialGain)
                * (1 - leak[z.index()]) / (1 - leak2007)
                * Math.pow(Math.max(0, z.trust()), p.get(JusticeParameters.INFORMANT_ELASTICITY));
        return Math.min(0.9, r);
    }

    /** Share of charged suspects convicted. */
    public double convictionRate(ParameterValues p) {
        double c = p.get(JusticeParameters.CONVICTION_RATE);
        return c + (1 - c) * judicialGain / (1 + p.get(JusticeParameters.REFORM_GAIN));
    }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("institutions", Phase.INSTITUTIONS,
                "Delivered aid becomes enforcement effectiveness per plaza, multiplied by institutional quality; corruption follows bribes; trust falls with violence and with complaints against troops deployed there, rises with judicial capacity and vetting.",
                List.of("merida.equipmentStock", "merida.judicialCapacity", "justiceReform.inForce", "merida.trainingStock", "plaza.bribesLastMonth", "plaza.homicideRate", "plaza.troops", "plaza.police",
                        Channel.COMPLAINTS_BY_PLAZA, FundingParameters.EQUIPMENT_GAIN, FundingParameters.EQUIPMENT_HALF, FundingParameters.TRAINING_HALF, JusticeParameters.COMPLAINT_TRUST,
                        JusticeParameters.CORRUPTION_INITIAL, JusticeParameters.CORRUPTION_SPEED, JusticeParameters.LEAK_GIVEN_CORRUPT, JusticeParameters.REFORM_CORRUPTION_CUT,
                        JusticeParameters.REFORM_GAIN, JusticeParameters.REFORM_HALF, JusticeParameters.TRUST_HOMICIDE_SENSITIVITY, JusticeParameters.VETTING_TRUST,
                        MilitaryParameters.TROOPS_PER_FULL_STRENGTH),
                List.of("plaza.corruption", "plaza.trust", "institutions.effectiveness", "institutions.leak"),
                this::update);
    }
}
