package plaza.output;

/**
 * Every monthly output, declared once: CSV column name, unit and definition. The CSV header, the
 * README's output table, batch summaries and charts all read this declaration. All values are in
 * real-world units whatever the model's scale. Monthly flows are totals over the month; stocks
 * (members, troops, rates) are end-of-month values.
 */
public enum Metric {
    HOMICIDES("homicides", "homicides per month", "Drug-related homicides in the month, all plazas"),
    ACTIVE_DTOS("active_dtos", "organizations", "Major organizations (at least dto.major_threshold_members members)"),
    ALL_DTOS("all_dtos", "organizations", "Organizations of any size still holding or contesting a plaza"),
    LARGEST_DTO_SHARE("largest_dto_share", "share", "Largest organization's share of all members"),
    MEMBERS("members", "persons", "People active in trafficking organizations (leaders, lieutenants, traffickers, enforcers)"),
    ENFORCERS("enforcers", "persons", "Armed members (enforcers)"),
    RECRUITS("recruits", "persons per month", "New members recruited in the month, deserters included"),
    LEADERS_REMOVED("leaders_removed", "persons per month", "Leaders and lieutenants arrested or killed in the month"),
    SPLITS("splits", "events per month", "Organizations that split into factions in the month"),
    CONTESTED_PLAZAS("contested_plazas", "plazas", "Plazas fought over by two or more organizations"),
    EXTRADITIONS("extraditions", "persons per month", "People extradited to the U.S. in the month"),
    ARRESTS("arrests", "persons per month", "Members arrested in the month (reactive and proactive)"),
    CONVICTIONS("convictions", "persons per month", "Verdicts of guilty in the month"),
    CRIMES("crimes", "crimes per month", "Drug-related crimes: homicides plus other offences by members (extortion included)"),
    IMPUNITY_RATE("impunity_rate", "share", "Share of crimes not ending in a sentence (convictions over crimes, trailing 12 months)"),
    REPORTING_RATE("reporting_rate", "share", "Population-weighted share of crimes reported"),
    POLICE_CORRUPTION("police_corruption", "share", "Population-weighted share of local police on an organization's payroll"),
    PUBLIC_TRUST("public_trust", "index, 2005 = 1", "Population-weighted public trust in the justice system"),
    TROOPS_DEPLOYED("troops_deployed", "troops", "Soldiers deployed to plazas at the end of the month"),
    POLICE_DEPLOYED("police_deployed", "officers", "Federal police officers (and reformed police) in plazas"),
    DESERTIONS("desertions", "troops per month", "Soldiers deserting in the month"),
    HUMAN_RIGHTS_COMPLAINTS("human_rights_complaints", "complaints per month", "Complaints of abuses against the military"),
    TONS_SHIPPED("tons_shipped", "tons per month", "Drugs sent north by organizations in the month, all drugs"),
    TONS_SEIZED("tons_seized", "tons per month", "Drugs seized in Mexico or at a crossing in the month"),
    TONS_SEIZED_BORDER("tons_seized_border", "tons per month", "Drugs seized at U.S. crossings in the month"),
    TONS_DELIVERED("tons_delivered", "tons per month", "Drugs reaching U.S. markets in the month"),
    TONS_IN_TRANSIT("tons_in_transit", "tons", "Drugs on their way at the end of the month"),
    TONS_DELIVERED_MARIJUANA("tons_delivered_marijuana", "tons per month", "Marijuana reaching U.S. markets"),
    TONS_DELIVERED_COCAINE("tons_delivered_cocaine", "tons per month", "Cocaine reaching U.S. markets"),
    TONS_DELIVERED_HEROIN("tons_delivered_heroin", "tons per month", "Heroin reaching U.S. markets"),
    TONS_DELIVERED_METH("tons_delivered_meth", "tons per month", "Methamphetamine reaching U.S. markets"),
    PRICE_INDEX_MARIJUANA("price_index_marijuana", "index, 2005 = 1", "U.S. price of marijuana relative to 2005 (the simulation start)"),
    PRICE_INDEX_COCAINE("price_index_cocaine", "index, 2005 = 1", "U.S. price of cocaine relative to 2005 (the simulation start)"),
    PRICE_INDEX_HEROIN("price_index_heroin", "index, 2005 = 1", "U.S. price of heroin relative to 2005 (the simulation start)"),
    PRICE_INDEX_METH("price_index_meth", "index, 2005 = 1", "U.S. price of methamphetamine relative to 2005 (the simulation start)"),
    DTO_REVENUE_USD("dto_revenue_usd", "USD per month", "Organizations' gross revenue: drugs plus extortion and kidnapping"),
    DTO_REVENUE_MARIJUANA_USD("dto_revenue_marijuana_usd", "USD per month", "Gross revenue from marijuana"),
    DTO_REVENUE_COCAINE_USD("dto_revenue_cocaine_usd", "USD per month", "Gross revenue from cocaine"),
    DTO_REVENUE_HEROIN_USD("dto_revenue_heroin_usd", "USD per month", "Gross revenue from heroin"),
    DTO_REVENUE_METH_USD("dto_revenue_meth_usd", "USD per month", "Gross revenue from methamphetamine"),
    DTO_REVENUE_EXTORTION_USD("dto_revenue_extortion_usd", "USD per month", "Revenue from extortion and kidnapping"),
    DTO_CASH_USD("dto_cash_usd", "USD", "Cash held by all organizations at the end of the month"),
    BRIBES_USD("bribes_usd", "USD per month", "Bribes paid to officials"),
    CASH_SMUGGLED_USD("cash_smuggled_usd", "USD per month", "Bulk cash moved south across the border"),
    CASH_SEIZED_USD("cash_seized_usd", "USD per month", "Cash seized southbound or forfeited"),
    GUNS_TRAFFICKED("guns_trafficked", "guns per month", "U.S. guns moved south toward organizations"),
    GUNS_SEIZED("guns_seized", "guns per month", "Southbound guns seized"),
    ARSENAL("arsenal", "guns", "Guns held by all organizations"),
    LETHALITY_INDEX("lethality_index", "index, 2005 = 1", "Enforcer-weighted lethality from arms and military training"),
    TRADE_DELAY_COST_USD("trade_delay_cost_usd", "USD per month", "Cost to legitimate trade of delays at inspection"),
    FUNDING_SPENT_USD("funding_spent_usd", "USD per month", "All programs: Merida deliveries, Mexico's counter-drug budget, U.S. border and treatment"),
    MERIDA_DELIVERED_USD("merida_delivered_usd", "USD per month", "Merida aid delivered in kind in the month, all categories"),
    MERIDA_EQUIPMENT_USD("merida_equipment_usd", "USD per month", "Merida equipment and aircraft delivered"),
    MERIDA_JUDICIAL_USD("merida_judicial_usd", "USD per month", "Merida judicial-reform aid delivered"),
    MERIDA_TRAINING_USD("merida_training_usd", "USD per month", "Merida training delivered"),
    MERIDA_ECONOMIC_USD("merida_economic_usd", "USD per month", "Merida economic and community aid delivered"),
    MEXICO_SPENDING_USD("mexico_spending_usd", "USD per month", "Mexico's counter-drug spending"),
    US_BORDER_SPENDING_USD("us_border_spending_usd", "USD per month", "U.S. border-security spending"),
    US_TREATMENT_SPENDING_USD("us_treatment_spending_usd", "USD per month", "U.S. treatment and prevention spending"),
    HOMICIDE_SHARE_TOP5_STATES("homicide_share_top5_states", "share", "Share of the month's homicides in the 5 most violent states (trailing 12 months)");

    private final String column;
    private final String unit;
    private final String definition;

    Metric(String column, String unit, String definition) {
        this.column = column;
        this.unit = unit;
        this.definition = definition;
    }

    public String column() { return column; }
    public String unit() { return unit; }
    public String definition() { return definition; }

    /** The metric with this CSV column name, or null. */
    public static Metric byColumn(String column) {
        for (Metric m : values()) {
            if (m.column.equals(column)) {
                return m;
            }
        }
        return null;
    }
}
