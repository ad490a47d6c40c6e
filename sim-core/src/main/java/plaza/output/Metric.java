package plaza.output;

import static plaza.output.Kind.FLOW;
import static plaza.output.Kind.STOCK;

import plaza.world.Drug;

/**
 * Every monthly output, declared once: CSV column name, kind (flow or stock), unit and definition. The CSV header, the
 * README's output table, batch summaries and charts all read this declaration. All values are in
 * real-world units whatever the model's scale. Monthly flows are totals over the month; stocks
 * (members, troops, rates) are end-of-month values.
 */
public enum Metric {
    HOMICIDES("homicides", FLOW, "homicides per month", "Drug-related homicides in the month, all plazas"),
    ACTIVE_DTOS("active_dtos", STOCK, "organizations", "Organizations with at least dto.major_threshold_members members (the reports' major ones are border_dtos)"),
    BORDER_DTOS("border_dtos", STOCK, "organizations", "Organizations controlling a border-crossing city, the plazas for smuggling into the U.S. by which the reports count the major ones (001:455-457, 002:58)"),
    ALL_DTOS("all_dtos", STOCK, "organizations", "Organizations of any size still holding or contesting a plaza"),
    LARGEST_DTO_SHARE("largest_dto_share", STOCK, "share", "Largest organization's share of all members"),
    MEMBERS("members", STOCK, "persons", "People active in trafficking organizations (leaders, lieutenants, traffickers, enforcers)"),
    ENFORCERS("enforcers", STOCK, "persons", "Armed members (enforcers)"),
    RECRUITS("recruits", FLOW, "persons per month", "New members recruited in the month, deserters and deportees included"),
    LEADERS_REMOVED("leaders_removed", FLOW, "persons per month", "Leaders and lieutenants arrested or killed in the month"),
    SPLITS("splits", FLOW, "events per month", "Organizations that split into factions in the month"),
    CONTESTED_PLAZAS("contested_plazas", STOCK, "plazas", "Plazas fought over by two or more organizations"),
    EXTRADITIONS("extraditions", FLOW, "persons per month", "People extradited to the U.S. in the month"),
    EXTRADITIONS_TO_MEXICO("extraditions_to_mexico", FLOW, "persons per month", "Fugitives wanted in Mexico that the U.S. delivered in the month"),
    ARRESTS("arrests", FLOW, "persons per month", "Members arrested in the month (reactive and proactive)"),
    CONVICTIONS("convictions", FLOW, "persons per month", "Verdicts of guilty in the month"),
    CRIMES("crimes", FLOW, "crimes per month", "Drug-related crimes: homicides plus other offences by members (extortion included)"),
    IMPUNITY_RATE("impunity_rate", STOCK, "share", "Share of crimes not ending in a sentence (convictions over crimes, trailing 12 months)"),
    REPORTING_RATE("reporting_rate", STOCK, "share", "Population-weighted share of crimes reported"),
    POLICE_CORRUPTION("police_corruption", STOCK, "share", "Population-weighted share of local police on an organization's payroll"),
    PUBLIC_TRUST("public_trust", STOCK, "index, 1995 = 1", "Population-weighted public trust in the justice system"),
    TROOPS_DEPLOYED("troops_deployed", STOCK, "troops", "Soldiers deployed to plazas at the end of the month"),
    POLICE_DEPLOYED("police_deployed", STOCK, "officers", "Federal police officers (and reformed police) in plazas"),
    DESERTIONS("desertions", FLOW, "troops per month", "Soldiers deserting in the month"),
    HUMAN_RIGHTS_COMPLAINTS("human_rights_complaints", FLOW, "complaints per month", "Complaints of abuses against the military"),
    TONS_SHIPPED("tons_shipped", FLOW, "tons per month", "Drugs sent north by organizations in the month, all drugs"),
    TONS_SEIZED("tons_seized", FLOW, "tons per month", "Drugs seized in Mexico or at a crossing in the month"),
    TONS_SEIZED_BORDER("tons_seized_border", FLOW, "tons per month", "Drugs seized at U.S. crossings in the month"),
    TONS_DELIVERED("tons_delivered", FLOW, "tons per month", "Drugs reaching U.S. markets in the month"),
    TONS_IN_TRANSIT("tons_in_transit", STOCK, "tons", "Drugs on their way at the end of the month"),
    TONS_DELIVERED_MARIJUANA("tons_delivered_marijuana", FLOW, "tons per month", "Marijuana reaching U.S. markets"),
    TONS_DELIVERED_COCAINE("tons_delivered_cocaine", FLOW, "tons per month", "Cocaine reaching U.S. markets"),
    TONS_DELIVERED_HEROIN("tons_delivered_heroin", FLOW, "tons per month", "Heroin reaching U.S. markets"),
    TONS_DELIVERED_METH("tons_delivered_meth", FLOW, "tons per month", "Methamphetamine reaching U.S. markets"),
    PRICE_INDEX_MARIJUANA("price_index_marijuana", STOCK, "index, 1995 = 1", "U.S. price of marijuana relative to 1995 (the simulation start)"),
    PRICE_INDEX_COCAINE("price_index_cocaine", STOCK, "index, 1995 = 1", "U.S. price of cocaine relative to 1995 (the simulation start)"),
    PRICE_INDEX_HEROIN("price_index_heroin", STOCK, "index, 1995 = 1", "U.S. price of heroin relative to 1995 (the simulation start)"),
    PRICE_INDEX_METH("price_index_meth", STOCK, "index, 1995 = 1", "U.S. price of methamphetamine relative to 1995 (the simulation start)"),
    DTO_REVENUE_USD("dto_revenue_usd", FLOW, "USD per month", "Organizations' gross revenue: drugs plus extortion and kidnapping"),
    DTO_REVENUE_MARIJUANA_USD("dto_revenue_marijuana_usd", FLOW, "USD per month", "Gross revenue from marijuana"),
    DTO_REVENUE_COCAINE_USD("dto_revenue_cocaine_usd", FLOW, "USD per month", "Gross revenue from cocaine"),
    DTO_REVENUE_HEROIN_USD("dto_revenue_heroin_usd", FLOW, "USD per month", "Gross revenue from heroin"),
    DTO_REVENUE_METH_USD("dto_revenue_meth_usd", FLOW, "USD per month", "Gross revenue from methamphetamine"),
    DTO_REVENUE_EXTORTION_USD("dto_revenue_extortion_usd", FLOW, "USD per month", "Revenue from extortion and kidnapping"),
    DTO_CASH_USD("dto_cash_usd", STOCK, "USD", "Cash held by all organizations at the end of the month"),
    BRIBES_USD("bribes_usd", FLOW, "USD per month", "Bribes paid to officials"),
    CASH_SMUGGLED_USD("cash_smuggled_usd", FLOW, "USD per month", "Bulk cash moved south across the border"),
    CASH_SEIZED_USD("cash_seized_usd", FLOW, "USD per month", "Cash seized southbound or forfeited"),
    GUNS_TRAFFICKED("guns_trafficked", FLOW, "guns per month", "U.S. guns moved south toward organizations"),
    GUNS_SEIZED("guns_seized", FLOW, "guns per month", "Southbound guns seized"),
    ARSENAL("arsenal", STOCK, "guns", "Guns held by all organizations"),
    LETHALITY_INDEX("lethality_index", STOCK, "index, 1995 = 1", "Enforcer-weighted lethality from arms and military training"),
    TRADE_DELAY_COST_USD("trade_delay_cost_usd", FLOW, "USD per month", "Cost to legitimate trade of delays at inspection"),
    FUNDING_SPENT_USD("funding_spent_usd", FLOW, "USD per month", "All programs: Merida deliveries, Mexico's counter-drug budget, U.S. border and treatment"),
    MERIDA_DELIVERED_USD("merida_delivered_usd", FLOW, "USD per month", "Merida aid delivered in kind in the month, all categories"),
    MERIDA_EQUIPMENT_USD("merida_equipment_usd", FLOW, "USD per month", "Merida equipment and aircraft delivered"),
    MERIDA_JUDICIAL_USD("merida_judicial_usd", FLOW, "USD per month", "Merida judicial-reform aid delivered"),
    MERIDA_TRAINING_USD("merida_training_usd", FLOW, "USD per month", "Merida training delivered"),
    MERIDA_ECONOMIC_USD("merida_economic_usd", FLOW, "USD per month", "Merida economic and community aid delivered"),
    MEXICO_SPENDING_USD("mexico_spending_usd", FLOW, "USD per month", "Mexico's counter-drug spending"),
    US_BORDER_SPENDING_USD("us_border_spending_usd", FLOW, "USD per month", "U.S. border-security spending"),
    US_TREATMENT_SPENDING_USD("us_treatment_spending_usd", FLOW, "USD per month", "U.S. treatment and prevention spending"),
    DEPORTEE_RECRUITS("deportee_recruits", FLOW, "persons per month", "Criminal deportees from the U.S. recruited in border plazas in the month"),
    HOMICIDE_SHARE_TOP5_STATES("homicide_share_top5_states", STOCK, "share", "Share of the month's homicides in the 5 most violent states (trailing 12 months)"),
    HOMICIDE_SHARE_PLACES("homicide_share_places", STOCK, "share", "Share of homicides in the named places (cities, border cities, ports, production zones), not the rest-of-state nodes (trailing 12 months)"),
    HOMICIDES_STATE_TARGETS("homicides_state_targets", FLOW, "homicides per month", "Homicides of officials, police, soldiers and journalists (rises with enforcement pressure, M23)"),
    MEMBERS_KILLED("members_killed", FLOW, "persons per month", "Members of organizations killed in the month"),
    FIGHTERS("fighters", STOCK, "persons", "Enforcers committed to contested plazas in the month"),
    SATURATED_PLAZAS("saturated_plazas", STOCK, "plazas", "Contested plazas whose fighters exceed violence.max_fighters_per_1000_residents (more add no violence)"),
    WING_SPLITS("wing_splits", FLOW, "events per month", "Enforcer wings breaking away from their organization in the month (M4; also counted in splits)"),
    ABSORPTIONS("absorptions", FLOW, "events per month", "Organizations unable to pay their members absorbed by a neighbour in the month"),
    ALLIANCES("alliances", STOCK, "pacts", "Alliances standing after the month's alliance step (pairs of organizations that do not attack each other and fight their common enemy together)"),
    ALLIANCES_FORMED("alliances_formed", FLOW, "events per month", "Alliances formed in the month (weak organizations facing a stronger common enemy)"),
    ALLIANCES_BROKEN("alliances_broken", FLOW, "events per month", "Alliances broken in the month (a leader lost, no common enemy left, or a partner dissolved)"),
    TONS_TRANSIT_ZONE("tons_transit_zone", FLOW, "tons per month", "Cocaine entering the transit zone (Central America and the Caribbean and Pacific sea lanes) on its way to Mexico"),
    TONS_CENTRAL_AMERICA("tons_central_america", FLOW, "tons per month", "Cocaine crossing Central America by land on its way to Mexico"),
    TONS_SEIZED_TRANSIT_ZONE("tons_seized_transit_zone", FLOW, "tons per month", "Cocaine seized in the transit zone (part of tons_seized)"),
    HOMICIDES_TRANSIT_ZONE("homicides_transit_zone", FLOW, "homicides per month", "Drug-related homicides in Central America from the cocaine crossing it (not part of homicides)"),
    ARREST_CAPACITY_USE("arrest_capacity_use", STOCK, "ratio", "Arrests police would make over what police and prosecutors can process (above 1: capacity binds)"),
    CASES_AWAITING("cases_awaiting", STOCK, "persons", "Arrested people waiting for a verdict (the court backlog)"),
    CASES_DISMISSED("cases_dismissed", FLOW, "persons per month", "Cases dismissed in the month because no court heard them in time"),
    PRISONERS("prisoners", STOCK, "persons", "Members serving a sentence"),
    PRISON_RELEASES("prison_releases", FLOW, "persons per month", "Prisoners released after their sentence or escaped in the month"),
    RELEASED_RECRUITS("released_recruits", FLOW, "persons per month", "Released or escaped prisoners rejoining organizations in the month"),
    EXTRADITION_BACKLOG("extradition_backlog", STOCK, "persons", "U.S. extradition requests waiting in the treaty process"),
    IMPRISONED_LEADERS("imprisoned_leaders", STOCK, "persons", "Leaders and lieutenants held in Mexico who keep a hold on their organization"),
    COOPERATION_INDEX("cooperation_index", STOCK, "index, 2007 = 1", "U.S.-Mexico cooperation (M18): scales extraditions and shared intelligence"),
    STATE_PROTECTION("state_protection", STOCK, "index 0-1", "PRI-era state protection of plazas in force (1 = centralized brokerage, 0 = fragmented after the 2000 transition)"),
    HECTARES_MARIJUANA("hectares_marijuana", STOCK, "hectares", "Marijuana standing in Mexico's fields at the end of the month"),
    HECTARES_POPPY("hectares_poppy", STOCK, "hectares", "Opium poppy standing in Mexico's fields at the end of the month"),
    HECTARES_ERADICATED_MARIJUANA("hectares_eradicated_marijuana", FLOW, "hectares per month", "Marijuana fields destroyed by eradication in the month"),
    HECTARES_ERADICATED_POPPY("hectares_eradicated_poppy", FLOW, "hectares per month", "Opium-poppy fields destroyed by eradication in the month"),
    HECTARES_HARVESTED_MARIJUANA("hectares_harvested_marijuana", FLOW, "hectares per month", "Marijuana fields harvested in the month"),
    HECTARES_HARVESTED_POPPY("hectares_harvested_poppy", FLOW, "hectares per month", "Opium-poppy fields harvested in the month"),
    TONS_PRODUCED_MARIJUANA("tons_produced_marijuana", FLOW, "tons per month", "Marijuana harvested in Mexico in the month"),
    KG_PRODUCED_HEROIN("kg_produced_heroin", FLOW, "kg per month", "Heroin made from Mexico's poppy harvest in the month"),
    TONS_SEIZED_MARIJUANA("tons_seized_marijuana", FLOW, "tons per month", "Marijuana seized in Mexico (plazas of origin, transit and the border) in the month"),
    TONS_SEIZED_COCAINE("tons_seized_cocaine", FLOW, "tons per month", "Cocaine seized in Mexico in the month"),
    KG_SEIZED_HEROIN("kg_seized_heroin", FLOW, "kg per month", "Heroin seized in Mexico in the month"),
    TONS_SEIZED_METH("tons_seized_meth", FLOW, "tons per month", "Methamphetamine seized in Mexico in the month"),
    TONS_SEIZED_BORDER_MARIJUANA("tons_seized_border_marijuana", FLOW, "tons per month", "Marijuana seized at U.S. crossings in the month"),
    TONS_SEIZED_BORDER_COCAINE("tons_seized_border_cocaine", FLOW, "tons per month", "Cocaine seized at U.S. crossings in the month"),
    KG_SEIZED_BORDER_HEROIN("kg_seized_border_heroin", FLOW, "kg per month", "Heroin seized at U.S. crossings in the month"),
    TONS_SEIZED_BORDER_METH("tons_seized_border_meth", FLOW, "tons per month", "Methamphetamine seized at U.S. crossings in the month"),
    TONS_PRODUCED_METH("tons_produced_meth", FLOW, "tons per month", "Methamphetamine made in Mexican labs in the month (shipped by organizations)"),
    METH_LABS("meth_labs", STOCK, "labs", "Methamphetamine labs operating in the month, in the U.S. and Mexico (meth_labs_us + meth_labs_mexico)"),
    METH_LABS_US("meth_labs_us", STOCK, "labs", "Methamphetamine labs operating in the U.S. in the month"),
    METH_LABS_MEXICO("meth_labs_mexico", STOCK, "labs", "Methamphetamine labs operating in Mexico in the month"),
    METH_LABS_SEIZED("meth_labs_seized", FLOW, "labs per month", "U.S. methamphetamine labs seized by the DEA in the month (the count of 002:126; state and local seizures not counted; replaced by new ones)"),
    METH_LABS_SEIZED_MEXICO("meth_labs_seized_mexico", FLOW, "labs per month", "Mexican methamphetamine labs seized in the month (replaced by new ones)"),
    TONS_PRODUCED_METH_US("tons_produced_meth_us", FLOW, "tons per month", "Methamphetamine made in U.S. labs in the month (sold in the U.S., not shipped by organizations)"),
    PRECURSOR_SUPPLY("precursor_supply", STOCK, "share", "Share of the precursor chemicals Mexican labs need that they can get (1 = no control in force or fully adapted)"),
    PRECURSOR_SUPPLY_US("precursor_supply_us", STOCK, "share", "Share of the precursor chemicals U.S. labs need that they can get (1 = no control in force or adapted)"),
    METH_RELOCATED_SHARE("meth_relocated_share", STOCK, "share", "Share of U.S. lab methamphetamine now made in Mexican labs after U.S. precursor controls (shipped by organizations)"),
    TONS_DELIVERED_FENTANYL("tons_delivered_fentanyl", FLOW, "tons per month", "Fentanyl reaching U.S. markets"),
    PRICE_INDEX_FENTANYL("price_index_fentanyl", STOCK, "index, start = 1", "U.S. price of fentanyl relative to its start (scarcity and risk premium)"),
    DTO_REVENUE_FENTANYL_USD("dto_revenue_fentanyl_usd", FLOW, "USD per month", "Gross revenue from fentanyl (included in dto_revenue_usd)"),
    KG_SEIZED_FENTANYL("kg_seized_fentanyl", FLOW, "kg per month", "Fentanyl seized in Mexico in the month"),
    KG_SEIZED_BORDER_FENTANYL("kg_seized_border_fentanyl", FLOW, "kg per month", "Fentanyl seized at U.S. crossings in the month"),
    KG_PRODUCED_FENTANYL("kg_produced_fentanyl", FLOW, "kg per month", "Fentanyl made in labs in the month from imported precursors"),
    ASSETS_SHARED_USD("assets_shared_usd", FLOW, "USD per month", "Forfeited drug assets the U.S. shares with Mexico in the month (M20)"),
    KG_SEIZED_OPIUM_GUM("kg_seized_opium_gum", FLOW, "kg per month", "Opium gum seized in Mexico before it is processed to heroin (part of the poppy harvest; not in tons_seized)");

    private static final String PER_MONTH = " per month";

    private final String column;
    private final Kind kind;
    private final String unit;
    private final double perTon;
    private final String definition;

    Metric(String column, Kind kind, String unit, String definition) {
        if (kind != Kind.FLOW && kind != Kind.STOCK || (kind == Kind.FLOW) != unit.endsWith(PER_MONTH)) {
            throw new IllegalStateException(column + ": a flow's unit ends with '" + PER_MONTH + "', a stock's does not");
        }
        this.column = column;
        this.kind = kind;
        this.unit = unit;
        this.perTon = unit.startsWith("kg") ? 1000 : 1;
        this.definition = definition;
    }

    public String column() { return column; }
    public Kind kind() { return kind; }
    public boolean isFlow() { return kind == Kind.FLOW; }
    public String unit() { return unit; }

    /** The unit of a value summarised over a period: a flow's total drops "per month"; a stock keeps its unit. */
    public String periodUnit() {
        return isFlow() ? unit.substring(0, unit.length() - PER_MONTH.length()) : unit;
    }
    public String definition() { return definition; }

    /** Tons of one drug reaching U.S. markets in the month. */
    public static Metric tonsDelivered(Drug d) {
        return switch (d) {
            case MARIJUANA -> TONS_DELIVERED_MARIJUANA;
            case COCAINE -> TONS_DELIVERED_COCAINE;
            case HEROIN -> TONS_DELIVERED_HEROIN;
            case METH -> TONS_DELIVERED_METH;
            case FENTANYL -> TONS_DELIVERED_FENTANYL;
        };
    }

    /** Seizures of one drug in Mexico ({@code atBorder} false) or at U.S. crossings, with the factor from tons to the metric's unit. */
    public static Metric seized(Drug d, boolean atBorder) {
        return switch (d) {
            case MARIJUANA -> atBorder ? TONS_SEIZED_BORDER_MARIJUANA : TONS_SEIZED_MARIJUANA;
            case COCAINE -> atBorder ? TONS_SEIZED_BORDER_COCAINE : TONS_SEIZED_COCAINE;
            case HEROIN -> atBorder ? KG_SEIZED_BORDER_HEROIN : KG_SEIZED_HEROIN;
            case METH -> atBorder ? TONS_SEIZED_BORDER_METH : TONS_SEIZED_METH;
            case FENTANYL -> atBorder ? KG_SEIZED_BORDER_FENTANYL : KG_SEIZED_FENTANYL;
        };
    }

    /** Factor from tons to this metric's unit (1000 for a kilogram metric). */
    public double perTon() {
        return perTon; // asked for every seizure: found once
    }

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
