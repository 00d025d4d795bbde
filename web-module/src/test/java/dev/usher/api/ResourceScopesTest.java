package dev.usher.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.file.Files;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resources are application-scoped (one instance, not one made and injected per request, which
 * was a measurable part of every request's CPU), unless they hold a per-request {@code @Context}
 * field: those stay request-scoped, because one instance would share that field across requests.
 */
class ResourceScopesTest {

    @Test
    void everyResourceIsApplicationScopedUnlessItHoldsARequestsContextInAField() throws Exception {
        List<Class<?>> resources = resources();
        assertThat(resources).hasSizeGreaterThan(30);
        List<String> wrong = new ArrayList<>();
        for (Class<?> resource : resources) {
            boolean contextField = Arrays.stream(resource.getDeclaredFields()).anyMatch(f -> f.isAnnotationPresent(Context.class));
            boolean application = resource.isAnnotationPresent(ApplicationScoped.class);
            boolean request = resource.isAnnotationPresent(RequestScoped.class);
            if (contextField ? !request : !application) {
                wrong.add(resource.getSimpleName() + (contextField ? " has a @Context field: @RequestScoped"
                        : " has no @Context field: @ApplicationScoped"));
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static List<Class<?>> resources() throws IOException, URISyntaxException {
        java.nio.file.Path classes = java.nio.file.Path.of(UsherApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, ResourceScopesTest.class.getClassLoader());
                    if (type.isAnnotationPresent(Path.class)) {
                        found.add(type);
                    }
                } catch (ClassNotFoundException | LinkageError notLoadableHere) {
                    // A class needing the server's runtime is not a resource this test can judge.
                }
            }
        }
        return found;
    }
}
