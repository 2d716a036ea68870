package nl.ikcregie.security;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.ikcregie.shared.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Every JAX-RS resource method of the application, found by reading the compiled classes under
 * {@code nl.ikcregie} (ArchUnit's importer) and their annotations, so a new endpoint is found without
 * anyone listing it.
 */
final class Endpoints {

    static final String API = "/api/v1";

    private static final Map<Class<? extends Annotation>, String> HTTP_METHODS = Map.of(GET.class, "GET", POST.class,
            "POST", PUT.class, "PUT", DELETE.class, "DELETE", PATCH.class, "PATCH", HEAD.class, "HEAD", OPTIONS.class,
            "OPTIONS");

    private Endpoints() {
    }

    /** One HTTP method on one path template, with what the walker needs to call it. */
    record Endpoint(String method, String path, String consumes, boolean hiddenFromOpenApi, List<String> sources,
            Access access) {

        String key() {
            return key(method, path);
        }

        static String key(String method, String path) {
            return method + " " + path;
        }

        boolean isApi() {
            return path.equals(API) || path.startsWith(API + "/");
        }

        boolean isWrite() {
            return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
        }
    }

    /** Who the annotations let in; the services may narrow it further (organisation, state). */
    record Access(boolean permitAll, boolean authenticated, Set<String> roles) {

        boolean lets(String role) {
            return permitAll || role != null && (authenticated || roles.contains(role));
        }

        String describe() {
            return permitAll ? "@PermitAll" : authenticated ? "@Authenticated"
                    : roles.isEmpty() ? "denied (no annotation)" : "@RolesAllowed" + roles;
        }
    }

    private static List<Endpoint> discovered;

    /** Every endpoint, sorted by path then method; two Java methods on one method and path (content negotiation) are one endpoint. */
    static synchronized List<Endpoint> discover() {
        if (discovered == null) {
            discovered = List.copyOf(scan());
        }
        return discovered;
    }

    private static List<Endpoint> scan() {
        Map<String, Endpoint> found = new TreeMap<>();
        for (JavaClass javaClass : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.ikcregie")) {
            if (!javaClass.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> type = load(javaClass.getName());
            Set<Method> methods = new LinkedHashSet<>(Arrays.asList(type.getDeclaredMethods()));
            methods.addAll(Arrays.asList(type.getMethods())); // inherited public ones too
            for (Method method : methods) {
                String httpMethod = httpMethod(method);
                if (httpMethod == null) {
                    if (method.isAnnotationPresent(Path.class)) {
                        throw new IllegalStateException("Sub-resource locator " + type.getName() + "#" + method.getName()
                                + " is not walked; give it an HTTP method or teach Endpoints about locators");
                    }
                    continue;
                }
                String path = normalise(type.getAnnotation(Path.class).value() + "/"
                        + (method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : ""));
                Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                        : type.getAnnotation(Consumes.class);
                Operation operation = method.getAnnotation(Operation.class);
                Endpoint endpoint = new Endpoint(httpMethod, path, consumes == null ? null : consumes.value()[0],
                        operation != null && operation.hidden(), List.of(type.getSimpleName() + "#" + method.getName()),
                        access(type, method));
                found.merge(endpoint.key(), endpoint, Endpoints::merge);
            }
        }
        List<Endpoint> all = new ArrayList<>(found.values());
        all.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return all;
    }

    /** Two resource methods for one method and path differ only in what they produce: they share the row. */
    private static Endpoint merge(Endpoint a, Endpoint b) {
        if (!a.access().equals(b.access())) {
            throw new IllegalStateException(a.key() + " is served by " + a.sources() + " and " + b.sources()
                    + " with different access rules; give them one row each by giving them different paths");
        }
        List<String> sources = new ArrayList<>(a.sources());
        sources.addAll(b.sources());
        return new Endpoint(a.method(), a.path(), a.consumes() != null ? a.consumes() : b.consumes(),
                a.hiddenFromOpenApi() && b.hiddenFromOpenApi(), sources, a.access());
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String httpMethod(Method method) {
        for (Map.Entry<Class<? extends Annotation>, String> entry : HTTP_METHODS.entrySet()) {
            if (method.isAnnotationPresent(entry.getKey())) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** Method annotations win over class annotations, as in Quarkus; none at all is denied (deny-unannotated-endpoints). */
    private static Access access(Class<?> type, Method method) {
        for (java.lang.reflect.AnnotatedElement element : List.<java.lang.reflect.AnnotatedElement>of(method, type)) {
            if (element.isAnnotationPresent(PermitAll.class)) {
                return new Access(true, false, Set.of());
            }
            if (element.isAnnotationPresent(DenyAll.class)) {
                return new Access(false, false, Set.of());
            }
            if (element.isAnnotationPresent(io.quarkus.security.Authenticated.class)) {
                return new Access(false, true, Set.of());
            }
            if (element.isAnnotationPresent(RolesAllowed.class)) {
                return new Access(false, false, new LinkedHashSet<>(Arrays.asList(
                        element.getAnnotation(RolesAllowed.class).value())));
            }
        }
        return new Access(false, false, Set.of());
    }

    /**
     * A path template as the list writes it: one leading slash, no doubled or trailing slash, and a
     * parameter with a regular expression ({@code {jaar: \d{1,6}}}) by its name only ({@code {jaar}}).
     */
    static String normalise(String raw) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        StringBuilder param = new StringBuilder();
        for (char c : raw.toCharArray()) {
            if (depth == 0 && c != '{') {
                out.append(c);
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
            if (depth == 0) {
                String name = param.substring(1).split(":", 2)[0].strip();
                out.append('{').append(name).append('}');
                param.setLength(0);
            } else {
                param.append(c);
            }
        }
        String path = ("/" + out).replaceAll("/{2,}", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The role of a demo user, as its account has it. */
    static String roleOf(String user) {
        if (user.equals(Users.ANONYMOUS)) {
            return null;
        }
        if (user.startsWith("aanvrager-")) {
            return Roles.AANVRAGER;
        }
        if (user.startsWith("commissie-")) {
            return Roles.COMMISSIELID;
        }
        return user;
    }
}
