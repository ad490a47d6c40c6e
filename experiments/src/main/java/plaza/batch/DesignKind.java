package plaza.batch;

import java.util.Locale;

import plaza.params.InputException;

/** How design points are chosen from the varied parameters' ranges. */
public enum DesignKind {
    /** Full factorial: every combination of each factor's evenly spaced steps. */
    GRID,
    /** Latin hypercube: {@code samples} points, one in each of {@code samples} strata per factor. */
    LHS,
    /** Saltelli's scheme on a Sobol sequence: {@code samples} x (k + 2) points, for Sobol indices. */
    SOBOL,
    /** Morris one-at-a-time trajectories: {@code samples} x (k + 1) points, for elementary effects. */
    MORRIS,
    /**
     * Simplex lattice over shares that must sum to at most 1 (or exactly 1): every point whose
     * shares are multiples of 1 / {@code samples} (the lattice degree), for budget splits.
     */
    MIXTURE,
    /** Points read from a CSV file, one column per varied parameter and one row per point. */
    FILE;

    /** Whether the design pools its points per scenario in summary.csv (sampled designs) or not (grid, mixture, file). */
    public boolean sampled() {
        return this == LHS || this == SOBOL || this == MORRIS;
    }

    /** Whether every point is needed by the analysis (Sobol and Morris estimators), so none may be skipped. */
    public boolean needsEveryPoint() {
        return sensitivity();
    }

    /** Whether the design produces sensitivity.csv. */
    public boolean sensitivity() {
        return this == SOBOL || this == MORRIS;
    }

    /** The default {@code samples} for this design (LHS points, Sobol base samples, Morris trajectories). */
    public int defaultSamples() {
        return switch (this) {
            case GRID -> 0;
            case LHS -> 100;
            case SOBOL -> 128;
            case MORRIS -> 10;
            case MIXTURE -> 4;
            case FILE -> 0;
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DesignKind parse(String text, String where) {
        for (DesignKind d : values()) {
            if (d.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return d;
            }
        }
        throw new InputException(where + "unknown design '" + text.trim() + "'; allowed grid, lhs, sobol, morris, mixture, file");
    }
}
