package plaza.trafficking;

import java.util.List;

import plaza.agents.Plaza;
import plaza.core.Phase;
import plaza.core.Sim;
import plaza.core.Submodel;
import plaza.params.FlowParameters;
import plaza.params.OrganizationParameters;

/**
 * Submodel "plaza stakes" (M10, M1): a plaza is worth what passes through it and what it yields
 * locally. Each month its stake moves toward the value of the month's drugs on that leg of their
 * route plus its rents (the extortion base at baseline intensity), so a plaza on a route that
 * traffickers have moved to becomes worth fighting for, and a plaza that lost its flow stops
 * being one. The corridor weight of the geography is only the starting point.
 *
 * <pre>
 * raw_z   = sum over shipments passing z of tons x border value per ton x leg share + residents_z x extortion per capita / 12
 *           leg share: origin (production zone or port of arrival), each of a corridor's L cities (the transit share / L), border plaza = 1
 * unit    = sum_z raw_z / sum_z corridor weight_z in the first month (2005-01), then fixed
 * stake_z = stake_z + (raw_z / unit - stake_z) / adjustment months
 * </pre>
 * The unit makes stakes comparable with the corridor weights they replace: in 2005 the national
 * total equals the total corridor weight; later it rises and falls with the value of the trade.
 * Sources: 001:414-420 (violence concentrates in trafficking nodes), 001:383-385 and 001:482-485
 * (routes and violence move under pressure), 001:580-584 (prohibition value), 001:396-407 (rents).
 */
public final class Stakes implements java.io.Serializable {

    private double usdPerUnit;

    public void month(Sim m) {
        List<Plaza> plazas = m.plazas();
        double rentPerResident = m.p(OrganizationParameters.EXTORTION_PER_CAPITA) / 12;
        double speed = 1 / m.p(FlowParameters.STAKE_MONTHS);
        double[] raw = new double[plazas.size()];
        double total = 0;
        double weight = 0;
        for (Plaza z : plazas) {
            raw[z.index()] = z.valueThroughThisMonth() + rentPerResident * z.population();
            total += raw[z.index()];
            weight += z.corridorWeight();
        }
        if (usdPerUnit == 0) {
            if (total <= 0 || weight <= 0) {
                return;
            }
            usdPerUnit = total / weight;
        }
        for (Plaza z : plazas) {
            z.setStake(z.value() + speed * (raw[z.index()] / usdPerUnit - z.value()));
        }
    }

    /** USD per month that one unit of stake stands for (0 before the first month). */
    public double usdPerUnit() {
        return usdPerUnit;
    }

    /** The declaration of this submodel: phase, what it reads and writes, and its step. */
    public Submodel submodel() {
        return new Submodel("plaza-stakes", Phase.TRAFFICKING,
                "Each plaza's stake moves toward the value of the drugs that passed through it on that leg plus its local rents.",
                List.of("plaza.valueThrough", "plaza.residents", FlowParameters.STAKE_MONTHS, OrganizationParameters.EXTORTION_PER_CAPITA),
                List.of("plaza.stake"),
                this::month);
    }
}
