package plaza.agents;

/** What a person does. */
public enum Role {
    LEADER, LIEUTENANT, TRAFFICKER, ENFORCER, SOLDIER, POLICE;

    /** Members of a trafficking organization. */
    public boolean member() {
        return this == LEADER || this == LIEUTENANT || this == TRAFFICKER || this == ENFORCER;
    }
}
