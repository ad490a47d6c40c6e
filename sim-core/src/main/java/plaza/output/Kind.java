package plaza.output;

/**
 * What an output value is. A FLOW is a monthly total (summed over a period), a STOCK an end-of-month
 * level, share or index (averaged over a period, or taken at its end); KEY and LABEL columns identify
 * and describe rows. Time-series metrics are FLOW or STOCK only.
 */
public enum Kind { KEY, LABEL, FLOW, STOCK }
