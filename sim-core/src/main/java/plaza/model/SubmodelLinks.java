package plaza.model;

import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import plaza.core.Submodel;
import plaza.params.BorderParameters;
import plaza.params.FlowParameters;
import plaza.params.FundingParameters;
import plaza.params.GunParameters;
import plaza.params.HistoryParameters;
import plaza.params.IntelligenceParameters;
import plaza.params.JusticeParameters;
import plaza.params.MarketParameters;
import plaza.params.MilitaryParameters;
import plaza.params.OrganizationParameters;
import plaza.params.Parameter;
import plaza.params.SupplyParameters;
import plaza.params.ViolenceParameters;

/**
 * The ODD's code table, generated from the registry: for each submodel the class its step is written
 * in, the catalog parameters it declares it reads (linked to the catalog class that declares them)
 * and its tests, as Markdown links relative to {@code sim-core/README.md}. Long parameter lists go to
 * a generated section of the class's package README ({@link #parameterSection}). The tests are a
 * declared list the caller passes (test classes are not visible from here); see
 * {@code ProcessOverviewTest}.
 */
public final class SubmodelLinks {

    /** The heading of the generated section in a package README (its GitHub anchor is {@link #ANCHOR}). */
    public static final String HEADING = "## Parameters each submodel reads";
    public static final String ANCHOR = "#parameters-each-submodel-reads";
    /** At most this many parameters are named in the ODD table itself; more go to the package README. */
    static final int INLINE = 3;

    /** The submodels the registry declares inline, by the class whose method their step calls. */
    private static final Map<String, Class<?>> INLINE_STEPS = Map.of(
            "month-start", plaza.core.World.class,
            "homicide-window", plaza.agents.Plaza.class,
            "recording", Recorder.class);

    private static final Map<Class<?>, List<Parameter>> CATALOG = new LinkedHashMap<>();

    static {
        CATALOG.put(OrganizationParameters.class, OrganizationParameters.ALL);
        CATALOG.put(ViolenceParameters.class, ViolenceParameters.ALL);
        CATALOG.put(MarketParameters.class, MarketParameters.ALL);
        CATALOG.put(MilitaryParameters.class, MilitaryParameters.ALL);
        CATALOG.put(JusticeParameters.class, JusticeParameters.ALL);
        CATALOG.put(IntelligenceParameters.class, IntelligenceParameters.ALL);
        CATALOG.put(BorderParameters.class, BorderParameters.ALL);
        CATALOG.put(GunParameters.class, GunParameters.ALL);
        CATALOG.put(FundingParameters.class, FundingParameters.ALL);
        CATALOG.put(FlowParameters.class, FlowParameters.ALL);
        CATALOG.put(HistoryParameters.class, HistoryParameters.ALL);
        CATALOG.put(SupplyParameters.class, SupplyParameters.ALL);
    }

    private SubmodelLinks() {}

    /**
     * The class a submodel's step is written in: the class that defines its (serializable) step
     * lambda, or for the three steps the registry writes inline, the class whose method they call.
     */
    public static Class<?> stepClass(Submodel s) {
        Class<?> inline = INLINE_STEPS.get(s.name());
        if (inline != null) {
            return inline;
        }
        try {
            Method replace = s.step().getClass().getDeclaredMethod("writeReplace");
            replace.setAccessible(true);
            SerializedLambda lambda = (SerializedLambda) replace.invoke(s.step());
            String name = lambda.getImplClass().replace('/', '.');
            int nested = name.indexOf('$');
            return Class.forName(nested < 0 ? name : name.substring(0, nested));
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException(s.name() + ": cannot tell the class of its step", e);
        }
    }

    /** The catalog class that declares a parameter. */
    public static Class<?> catalogOf(Parameter p) {
        for (Map.Entry<Class<?>, List<Parameter>> e : CATALOG.entrySet()) {
            if (e.getValue().contains(p)) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("parameter " + p.name() + " is in no catalog class known to SubmodelLinks");
    }

    /** {@code enforcement/Arrests} for {@code plaza.enforcement.Arrests}. */
    static String shortName(Class<?> c) {
        return c.getName().substring("plaza.".length()).replace('.', '/');
    }

    private static String packageDir(Class<?> c) {
        return c.getPackageName().substring("plaza.".length()).replace('.', '/');
    }

    /** Whether the class's package has a README (relative to the sim-core module directory). */
    static boolean hasReadme(Class<?> c) {
        return Files.exists(Path.of("src/main/java/plaza", packageDir(c), "README.md"));
    }

    /**
     * The code table: one row per registered submodel with its class, its parameters and its tests,
     * each a link relative to {@code sim-core/README.md}. {@code tests} maps submodel names to test
     * classes named by package and class ({@code enforcement/ArrestsTest}); a submodel with none shows "none" (the test lists them).
     */
    public static String codeTable(Map<String, List<String>> tests) {
        StringBuilder b = new StringBuilder("| # | submodel | class | parameters | tests |\n| --- | --- | --- | --- | --- |\n");
        int n = 1;
        for (Submodel s : SubmodelRegistry.declared()) {
            Class<?> c = stepClass(s);
            b.append("| ").append(n++).append(" | `").append(s.name()).append("` | [`").append(shortName(c))
                    .append("`](src/main/java/").append(c.getName().replace('.', '/')).append(".java) | ")
                    .append(parameters(s, c)).append(" | ").append(testLinks(tests.getOrDefault(s.name(), List.of()))).append(" |\n");
        }
        return b.toString();
    }

    private static String parameters(Submodel s, Class<?> c) {
        List<Parameter> ps = s.reads().parameters();
        if (ps.isEmpty()) {
            return "-";
        }
        if (ps.size() <= INLINE || !hasReadme(c)) {
            List<String> names = new ArrayList<>();
            ps.forEach(p -> names.add(parameterLink(p, "src/main/java/plaza/params/")));
            return String.join(", ", names);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        ps.forEach(p -> counts.merge(catalogOf(p).getSimpleName().replace("Parameters", ""), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> parts.add(e.getKey() + " " + e.getValue()));
        return "[" + ps.size() + ", in " + packageDir(c) + "/README](src/main/java/plaza/" + packageDir(c) + "/README.md" + ANCHOR + ") ("
                + String.join(", ", parts) + ")";
    }

    private static String parameterLink(Parameter p, String paramsDir) {
        return "[`" + p.name() + "`](" + paramsDir + catalogOf(p).getSimpleName() + ".java)";
    }

    private static String testLinks(List<String> tests) {
        if (tests.isEmpty()) {
            return "none";
        }
        List<String> links = new ArrayList<>();
        for (String t : tests) {
            links.add("[`" + t.substring(t.lastIndexOf('/') + 1) + "`](src/test/java/plaza/" + t + ".java)");
        }
        return String.join(", ", links);
    }

    /**
     * The generated section of a package README: for each submodel whose step is in {@code pkg}
     * (e.g. {@code violence}) and that reads parameters, the parameters by name, grouped under a link
     * to the catalog class that declares them (relative to the package directory). Empty if the package has none.
     */
    public static String parameterSection(String pkg) {
        StringBuilder b = new StringBuilder();
        for (Submodel s : SubmodelRegistry.declared()) {
            Class<?> c = stepClass(s);
            if (!packageDir(c).equals(pkg) || s.reads().parameters().isEmpty()) {
                continue;
            }
            Map<Class<?>, List<String>> byCatalog = new LinkedHashMap<>();
            s.reads().parameters().forEach(p -> byCatalog.computeIfAbsent(catalogOf(p), k -> new ArrayList<>()).add("`" + p.name() + "`"));
            b.append("- `").append(s.name()).append("` (`").append(c.getSimpleName()).append("`), ")
                    .append(s.reads().parameters().size()).append(" parameters:\n");
            byCatalog.forEach((k, names) -> b.append("  - [`").append(k.getSimpleName()).append("`](../params/")
                    .append(k.getSimpleName()).append(".java): ").append(String.join(", ", names)).append('\n'));
        }
        return b.toString();
    }
}
