package dev.usher.api.problems;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * Which media types each operation takes, read from the resources' own annotations as CDI
 * discovers them, so a 415 can say what to send ("takes multipart/form-data") instead of a
 * generic hint. JAX-RS reports only that the type did not match, not what would have.
 */
public class AcceptedMediaTypes implements Extension {

    private record Route(String method, Pattern path, List<String> consumes) {
    }

    private static final List<Route> ROUTES = new CopyOnWriteArrayList<>();

    <T> void collect(@Observes @WithAnnotations(Path.class) ProcessAnnotatedType<T> type) {
        Class<T> resource = type.getAnnotatedType().getJavaClass();
        Path root = resource.getAnnotation(Path.class);
        if (root == null) {
            return;
        }
        for (Method m : resource.getMethods()) {
            String verb = verb(m);
            if (verb == null) {
                continue;
            }
            Path sub = m.getAnnotation(Path.class);
            Consumes consumes = m.getAnnotation(Consumes.class) != null ? m.getAnnotation(Consumes.class)
                    : resource.getAnnotation(Consumes.class);
            ROUTES.add(new Route(verb, template(root.value() + (sub == null ? "" : "/" + sub.value())),
                    consumes == null ? List.of("*/*") : List.of(consumes.value())));
        }
    }

    /** The media types the operation at this method and path (relative to /api) takes; empty when unknown. */
    public static List<String> of(String method, String path) {
        String relative = path.replaceAll("^/+|/+$", "");
        return ROUTES.stream()
                .filter(r -> r.method().equalsIgnoreCase(method) && r.path().matcher(relative).matches())
                .flatMap(r -> r.consumes().stream())
                .distinct()
                .toList();
    }

    private static String verb(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value().toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static Pattern template(String path) {
        StringBuilder regex = new StringBuilder();
        for (String segment : path.replaceAll("^/+|/+$", "").split("/+")) {
            if (!regex.isEmpty()) {
                regex.append('/');
            }
            regex.append(segment.startsWith("{") ? "[^/]+" : Pattern.quote(segment));
        }
        return Pattern.compile(regex.toString());
    }
}
