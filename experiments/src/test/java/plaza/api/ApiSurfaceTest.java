package plaza.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What the API's public signatures expose: only Java's own types, the API's, and the output
 * declarations (Metric, PlazaRow, Event and what they are built from); never MASON ({@code sim.},
 * {@code ec.}), picocli or another internal package of Plaza.
 */
class ApiSurfaceTest {

    private static final List<String> ALLOWED = List.of("java.", "plaza.api.", "plaza.output.", "plaza.world.Drug");

    @Test
    void publicSignaturesExposeNeitherMasonNorPicocliNorInternals() throws Exception {
        List<Class<?>> types = apiTypes();
        TreeSet<String> exposed = new TreeSet<>();
        for (Class<?> c : types) {
            if (!Modifier.isPublic(c.getModifiers())) {
                continue;
            }
            collect(c.getGenericSuperclass(), exposed);
            for (Type t : c.getGenericInterfaces()) {
                collect(t, exposed);
            }
            for (Method m : c.getDeclaredMethods()) {
                if (visible(m.getModifiers()) && !m.isSynthetic()) {
                    signature(m, exposed);
                    collect(m.getGenericReturnType(), exposed);
                }
            }
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (visible(k.getModifiers())) {
                    signature(k, exposed);
                }
            }
            for (Field f : c.getDeclaredFields()) {
                if (visible(f.getModifiers())) {
                    collect(f.getGenericType(), exposed);
                }
            }
        }
        List<String> bad = exposed.stream().filter(n -> ALLOWED.stream().noneMatch(n::startsWith)).toList();
        assertEquals(List.of(), bad, "types outside the API that its public signatures expose");
        assertTrue(exposed.contains("plaza.output.Metric") && exposed.contains("plaza.api.RunOutputs"), exposed.toString());
    }

    @Test
    void theCheckSeesAnInternalType() {
        TreeSet<String> exposed = new TreeSet<>();
        collect(plaza.model.PlazaModel.class, exposed);
        assertTrue(exposed.contains("plaza.model.PlazaModel") && exposed.stream().anyMatch(n -> n.startsWith("sim.")), exposed.toString());
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void signature(Executable e, TreeSet<String> out) {
        for (Type t : e.getGenericParameterTypes()) {
            collect(t, out);
        }
        for (Type t : e.getGenericExceptionTypes()) {
            collect(t, out);
        }
    }

    /** The class and, for an internal class, its public supertypes (a type exposes what it extends). */
    private static void collect(Type t, TreeSet<String> out) {
        if (t == null) {
            return;
        }
        if (t instanceof Class<?> c) {
            while (c.isArray()) {
                c = c.getComponentType();
            }
            if (c.isPrimitive() || !out.add(c.getName())) {
                return;
            }
            if (!c.getName().startsWith("java.")) {
                collect(c.getGenericSuperclass(), out);
                for (Type i : c.getGenericInterfaces()) {
                    collect(i, out);
                }
            }
        } else if (t instanceof ParameterizedType p) {
            collect(p.getRawType(), out);
            for (Type a : p.getActualTypeArguments()) {
                collect(a, out);
            }
        } else if (t instanceof GenericArrayType g) {
            collect(g.getGenericComponentType(), out);
        } else if (t instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                collect(b, out);
            }
            for (Type b : w.getLowerBounds()) {
                collect(b, out);
            }
        }
    }

    private static List<Class<?>> apiTypes() throws IOException, ClassNotFoundException {
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("src", "main", "java", "plaza", "api"))) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString();
                if (n.endsWith(".java") && !n.equals("package-info.java")) {
                    out.add(Class.forName("plaza.api." + n.substring(0, n.length() - 5)));
                }
            }
        }
        return out;
    }
}
