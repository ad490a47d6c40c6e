package plaza.core;

import java.util.ArrayList;
import java.util.List;

import plaza.agents.TraffickingOrganization;
import plaza.world.Drug;

/**
 * Every movement of money into or out of an organization's cash, recorded once, at the moment it
 * happens: the ledger makes the change to the organization's cash and writes the transfer (from, to,
 * amount, reason) in the same call, so cash can only move through it and conservation holds by
 * construction: opening cash + money in - money out = cash held. Transfers between organizations
 * (a split, an absorption) move cash from one holder to another and leave the total unchanged.
 */
public final class MoneyLedger implements java.io.Serializable {

    /** Why money moved. */
    public enum Reason {
        OPENING_CASH(true), DRUG_SALES(true), EXTORTION(true),
        CASH_SEIZED(false), WAGES(false), BRIBES(false), ARMS(false), FORFEITURE(false), CONSUMPTION(false);

        private final boolean inflow;

        Reason(boolean inflow) {
            this.inflow = inflow;
        }

        public boolean inflow() { return inflow; }
    }

    /** One recorded transfer; {@code from} and {@code to} name an organization or an outside party. */
    public record Transfer(String from, String to, double usd, Reason reason) implements java.io.Serializable {}

    private final double[] totals = new double[Reason.values().length];
    // the month's transfers as columns (a sale per shipment is recorded: no object per transfer);
    // transfersThisMonth() makes the records when asked
    private String[] monthFrom = new String[256];
    private String[] monthTo = new String[256];
    private double[] monthUsd = new double[256];
    private Reason[] monthReason = new Reason[256];
    private int monthSize;

    /** Cash an organization holds when the run starts. */
    public void openingCash(TraffickingOrganization o, double usd) {
        o.receiveCash(usd);
        record("opening balance", o.name(), usd, Reason.OPENING_CASH);
    }

    /** Drugs sold in the U.S.: the proceeds become the organization's cash and drug revenue. */
    public void sellDrugs(TraffickingOrganization o, Drug d, double usd) {
        o.earnDrugRevenue(d, usd);
        record("U.S. buyers", o.name(), usd, Reason.DRUG_SALES);
    }

    /** Extortion and kidnapping of the residents of the organization's plazas. */
    public void extort(TraffickingOrganization o, double usd) {
        o.earnExtortion(usd);
        record("residents", o.name(), usd, Reason.EXTORTION);
    }

    /** Money leaving an organization, at most the cash it holds; returns what was actually paid. */
    public double pay(TraffickingOrganization o, double usd, Reason reason) {
        if (reason.inflow()) {
            throw new IllegalArgumentException(reason + " is an inflow");
        }
        double paid = o.spend(usd);
        record(o.name(), recipient(reason), paid, reason);
        return paid;
    }

    private static String recipient(Reason reason) {
        return switch (reason) {
            case CASH_SEIZED, FORFEITURE -> "the state";
            case WAGES -> "members";
            case BRIBES -> "officials";
            case ARMS -> "gun sellers";
            default -> "spent";
        };
    }

    private void record(String from, String to, double usd, Reason reason) {
        totals[reason.ordinal()] += usd;
        int i = monthSize;
        if (i == monthUsd.length) {
            grow();
        }
        monthFrom[i] = from;
        monthTo[i] = to;
        monthUsd[i] = usd;
        monthReason[i] = reason;
        monthSize = i + 1;
    }

    /** Doubles the month's columns (apart from the recording, so that stays small enough to inline: a sale is recorded per shipment). */
    private void grow() {
        int n = 2 * monthUsd.length;
        monthFrom = java.util.Arrays.copyOf(monthFrom, n);
        monthTo = java.util.Arrays.copyOf(monthTo, n);
        monthUsd = java.util.Arrays.copyOf(monthUsd, n);
        monthReason = java.util.Arrays.copyOf(monthReason, n);
    }

    /** Starts a month: the list of the month's transfers is emptied (totals are cumulative). */
    void beginMonth() {
        java.util.Arrays.fill(monthFrom, 0, monthSize, null);
        java.util.Arrays.fill(monthTo, 0, monthSize, null);
        monthSize = 0;
    }

    /** The transfers of the month so far, in order (a copy). */
    public List<Transfer> transfersThisMonth() {
        List<Transfer> out = new ArrayList<>(monthSize);
        for (int i = 0; i < monthSize; i++) {
            out.add(new Transfer(monthFrom[i], monthTo[i], monthUsd[i], monthReason[i]));
        }
        return List.copyOf(out);
    }

    /** Cumulative total for one reason since the start, USD. */
    public double total(Reason reason) {
        return totals[reason.ordinal()];
    }

    /** Cumulative money in (sales, extortion; opening cash excluded), USD. */
    public double moneyIn() {
        return total(Reason.DRUG_SALES) + total(Reason.EXTORTION);
    }

    /** Cumulative money out, USD. */
    public double moneyOut() {
        double out = 0;
        for (Reason r : Reason.values()) {
            if (!r.inflow()) {
                out += totals[r.ordinal()];
            }
        }
        return out;
    }
}
