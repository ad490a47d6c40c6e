package plaza.agents;

/** What a person does. */
public enum Role {
    LEADER, LIEUTENANT, TRAFFICKER, ENFORCER, SOLDIER, POLICE
}
