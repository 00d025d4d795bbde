package dev.usher.deploy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.Yaml;

/**
 * The chart as the real Helm renders it (helm-java bundles the helm binary), every document
 * parsed as YAML: what a cluster would be given.
 */
record RenderedChart(List<Map<String, Object>> documents) {

    static final String RELEASE = "usher";

    /** {@code helm template usher deploy/helm/usher --set key=value ...} */
    static RenderedChart render(Map<String, String> settings) {
        return render(chart().template().withName(RELEASE), settings);
    }

    /** {@code helm template usher deploy/helm/usher -f values}: a value as an operator's file holds it. */
    static RenderedChart render(java.nio.file.Path values) {
        return render(chart().template().withName(RELEASE).withValuesFile(values), Map.of());
    }

    private static RenderedChart render(TemplateCommand template, Map<String, String> settings) {
        settings.forEach(template::set);
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml().loadAll(template.call())) {
            if (document != null) {
                documents.add(map(document));
            }
        }
        return new RenderedChart(documents);
    }

    static Helm chart() {
        return new Helm(Repository.path("deploy/helm/usher"));
    }

    List<Map<String, Object>> all(String kind) {
        return documents.stream().filter(document -> kind.equals(document.get("kind"))).toList();
    }

    Map<String, Object> one(String kind) {
        List<Map<String, Object>> found = all(kind);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + kind + ", rendered " + found.size());
        }
        return found.get(0);
    }

    Map<String, Object> one(String kind, String name) {
        return all(kind).stream().filter(document -> name.equals(at(document, "metadata", "name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
    }

    /** The value at a path of map keys, e.g. {@code at(deployment, "spec", "replicas")}. */
    static Object at(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            current = map(Objects.requireNonNull(current, () -> "nothing above " + key)).get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node) {
        return (List<Object>) node;
    }
}
