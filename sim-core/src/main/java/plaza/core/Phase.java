package plaza.core;

/**
 * The phases of a month, in order; each is a MASON schedule ordering at the same time step, running
 * its submodels in the order of {@code plaza.model.SubmodelRegistry#ordered()}. Money
 * becomes capacity first, then markets set what organizations ship, shipments move and are
 * interdicted, organizations settle their books, the state acts, territory changes hands, the
 * fighting that results is counted, and the month is recorded.
 */
public enum Phase {
    /** Funding programs deliver capacity; budgets pay troops and police. */
    FUNDING,
    /** Plazas' corruption and trust adjust; police and troops are placed. */
    INSTITUTIONS,
    /** U.S. demand and prices; organizations plan shipments and choose routes. */
    MARKET,
    /** Shipments move one leg, are seized or delivered; deliveries become revenue. */
    TRAFFICKING,
    /** Organizations move cash south, pay wages, bribes and guns, recruit, lose members. */
    FINANCE,
    /**
     * Military, police, intelligence and courts act: desertions, arrests, leader removals (and the
     * successions and splits they trigger), verdicts.
     */
    ENFORCEMENT,
    /** Attacks on rival plazas start, contests are settled, organizations left without a plaza are absorbed. */
    TERRITORY,
    /** Contested plazas produce homicides; victims are removed; crimes are counted; the 12-month windows roll. */
    VIOLENCE,
    /** The month's outputs are computed and passed to the listener. */
    RECORDING
}
