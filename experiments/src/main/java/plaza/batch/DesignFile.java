package plaza.batch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import plaza.params.InputException;
import plaza.params.Parameter;
import plaza.params.ParameterCatalog;

/**
 * A design read from a CSV file, as OpenMOLE and EMA Workbench take one: a header of parameter names
 * (checked against the catalog, nearest names suggested), then one row per design point. Every value
 * is checked against its parameter's range and whole-number rule, with the file and line; the varied
 * parameters become range factors from each column's smallest to largest value.
 */
record DesignFile(List<Factor> factors, double[][] points) {

    /** The largest design file read (rows). */
    static final int MAX_POINTS = 100_000;

    static DesignFile read(Path file) {
        if (Files.isDirectory(file)) {
            throw new InputException("design file " + file + " is a directory; give a CSV file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException("design file " + file + " does not exist");
        }
        List<Parameter> params = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                     .setCommentMarker('#').build().parse(r)) {
            List<String> header = p.getHeaderNames();
            if (header.isEmpty()) {
                throw new InputException(file + ":1: no header; the first line names the varied parameters");
            }
            for (String h : header) {
                Parameter param = ParameterCatalog.byName(h.replace("\uFEFF", "").trim(), file + ":1: ");
                if (params.contains(param)) {
                    throw new InputException(file + ":1: parameter '" + param.name() + "' is named twice");
                }
                params.add(param);
            }
            for (CSVRecord rec : p) {
                long line = rec.getParser().getCurrentLineNumber();
                if (rec.size() != header.size()) {
                    throw new InputException(file + ":" + line + ": " + rec.size() + " values, the header names " + header.size());
                }
                if (rows.size() >= MAX_POINTS) {
                    throw new InputException(file + ": more than " + MAX_POINTS + " design points");
                }
                double[] v = new double[params.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = value(rec.get(i), params.get(i), file + ":" + line + ": ");
                }
                rows.add(v);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new InputException("design file " + file + " cannot be read as CSV: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new InputException(file + ": no design points (a header, then one row per point)");
        }
        List<Factor> factors = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (double[] row : rows) {
                low = Math.min(low, row[i]);
                high = Math.max(high, row[i]);
            }
            factors.add(new Factor(params.get(i), low, high, 1));
        }
        return new DesignFile(factors, rows.toArray(new double[0][]));
    }

    private static double value(String text, Parameter p, String where) {
        double v;
        try {
            v = Double.parseDouble(text.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new InputException(where + "'" + text.trim() + "' is not a number for '" + p.name() + "'; allowed " + p.rangeText());
        }
        if (!(v >= p.min() && v <= p.max())) {
            throw new InputException(where + "value " + Parameter.format(v) + " for '" + p.name() + "' is out of range; allowed " + p.rangeText());
        }
        if (ParameterCatalog.wholeNumber(p) && v != Math.rint(v)) {
            throw new InputException(where + "value " + Parameter.format(v) + " for '" + p.name() + "' is not a whole number");
        }
        return v;
    }
}
