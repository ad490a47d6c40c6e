package plaza.io;

import java.util.List;

import plaza.output.Kind;

/**
 * The data-package declaration of a measured column of a per-plaza or per-state table, from the
 * row's own column list (plaza.output.PlazaRow, StateRow): a plaza's own homicides, fighters and
 * police, a production zone's fields named like the national outputs, every measure of states.csv.
 */
final class RowColumns {

    private RowColumns() {}

    /** The column's declaration if the row declares it as a measure (not a key or label), else null. */
    static DataPackage.Column measure(List<? extends plaza.output.Column<?>> columns, String name) {
        for (plaza.output.Column<?> c : columns) {
            if (c.name().equals(name) && c.kind() != Kind.LABEL && c.kind() != Kind.KEY) {
                return new DataPackage.Column("number", c.unit(), c.definition());
            }
        }
        return null;
    }
}
