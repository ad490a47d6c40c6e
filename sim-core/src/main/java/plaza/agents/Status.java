package plaza.agents;

/** Where a person stands with the law and their organization. */
public enum Status {
    ACTIVE, ARRESTED, CONVICTED, EXTRADITED, DEAD, DESERTED, RELEASED, QUIT
}
