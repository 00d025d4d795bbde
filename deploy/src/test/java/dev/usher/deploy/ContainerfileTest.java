package dev.usher.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Containerfile cannot be built here (no container engine), so what it depends on is checked:
 * every file it copies is there after {@code mvn package} (this module runs after the ear
 * module's package phase), and it is based on the Liberty version the build tests with.
 */
class ContainerfileTest {

    private final List<String> lines = Repository.read("deploy/Containerfile").lines()
            .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();

    @Test
    void everyCopySourceIsProducedByTheBuild() {
        List<String> sources = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("COPY ")) {
                List<String> words = Arrays.stream(line.substring(5).trim().split("\\s+"))
                        .filter(word -> !word.startsWith("--")).toList();
                sources.addAll(words.subList(0, words.size() - 1));
            }
        }
        assertThat(sources).as("COPY sources").isNotEmpty();
        assertThat(sources).allSatisfy(source -> assertThat(Files.exists(Repository.path(source)))
                .as("%s exists after `mvn package` (run from the repository root)", source).isTrue());
    }

    @Test
    void buildsOnTheKernelSlimImageOfTheTestedLibertyAndJava() {
        String libertyVersion = System.getProperty("version.openliberty");
        assertThat(lines.get(0)).isEqualTo("FROM icr.io/appcafe/open-liberty:" + libertyVersion + "-kernel-slim-java17-openj9-ubi");
    }

    @Test
    void installsFeaturesAfterTheConfigurationAndConfiguresLast() {
        int serverXml = indexOf("COPY --chown=1001:0 server-config/liberty/server.xml /config/server.xml");
        int userFeature = indexOf("usherTokenCheck-1.0.mf /opt/ol/wlp/usr/extension/lib/features/");
        int features = indexOf("RUN features.sh");
        // usher-app.xml deploys location="usher.ear", relative to the server's apps directory.
        int ear = indexOf("ear/target/usher.ear /config/apps/usher.ear");
        assertThat(Repository.read("server-config/liberty/usher-app.xml")).contains("location=\"usher.ear\"");
        assertThat(serverXml).isLessThan(features);
        assertThat(userFeature).isLessThan(features);
        assertThat(features).isLessThan(ear);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("RUN configure.sh");
    }

    private int indexOf(String fragment) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i;
            }
        }
        throw new AssertionError("deploy/Containerfile has no line with " + fragment);
    }
}
