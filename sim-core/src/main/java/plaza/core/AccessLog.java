package plaza.core;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import plaza.output.Metric;
import plaza.params.Parameter;

/**
 * What each submodel touched while it ran: parameters read, outputs added to, outputs read back
 * from the tally, channels read and written. Off in ordinary runs; a model asked to record access
 * ({@code PlazaModel.recordAccess()}) hands it the parameter, tally and channel accesses of the
 * submodel being stepped, and {@link #undeclared} compares them with the declarations.
 */
public final class AccessLog implements java.io.Serializable {

    /** Everything one submodel touched. */
    public record Touches(Set<Parameter> parameters, Set<Metric> added, Set<Metric> tallyRead,
                          Set<Channel> channelsRead, Set<Channel> channelsWritten) implements java.io.Serializable {
        Touches() {
            this(new LinkedHashSet<>(), EnumSet.noneOf(Metric.class), EnumSet.noneOf(Metric.class),
                    EnumSet.noneOf(Channel.class), EnumSet.noneOf(Channel.class));
        }
    }

    private final Map<String, Touches> bySubmodel = new LinkedHashMap<>();
    private Touches current;

    /** The submodel about to step; accesses until {@link #exit()} are its. */
    public void enter(Submodel s) {
        current = bySubmodel.computeIfAbsent(s.name(), k -> new Touches());
    }

    public void exit() {
        current = null;
    }

    public void parameter(Parameter p) {
        if (current != null) {
            current.parameters.add(p);
        }
    }

    void added(Metric m) {
        if (current != null) {
            current.added.add(m);
        }
    }

    void tallyRead(Metric m) {
        if (current != null) {
            current.tallyRead.add(m);
        }
    }

    void channel(Channel c, boolean write) {
        if (current != null) {
            (write ? current.channelsWritten : current.channelsRead).add(c);
        }
    }

    /** What each submodel touched so far, by name. */
    public Map<String, Touches> touches() {
        return bySubmodel;
    }

    /**
     * Every access that a submodel's declaration does not name, one line each: a parameter or a
     * channel read but not in {@code reads}, an output added to or a channel written but not in
     * {@code writes}, and any read of the tally outside the recording phase (the tally is write-only).
     */
    public List<String> undeclared(List<Submodel> declared) {
        List<String> out = new ArrayList<>();
        for (Submodel s : declared) {
            Touches t = bySubmodel.get(s.name());
            if (t == null) {
                continue;
            }
            for (Parameter p : t.parameters) {
                if (!s.reads().parameters().contains(p)) {
                    out.add(s.name() + " reads parameter " + p.name() + " but does not declare it");
                }
            }
            for (Channel c : t.channelsRead) {
                if (!s.reads().channels().contains(c)) {
                    out.add(s.name() + " reads channel " + c + " but does not declare it");
                }
            }
            for (Channel c : t.channelsWritten) {
                if (!s.writes().channels().contains(c)) {
                    out.add(s.name() + " writes channel " + c + " but does not declare it");
                }
            }
            for (Metric m : t.added) {
                if (!s.writes().outputs().contains(m)) {
                    out.add(s.name() + " adds to output " + m.column() + " but does not declare it");
                }
            }
            if (s.phase() != Phase.RECORDING) {
                for (Metric m : t.tallyRead) {
                    out.add(s.name() + " reads output " + m.column() + " back from the tally (the tally is write-only)");
                }
            }
        }
        return out;
    }
}
