package dev.usher.webhooks.control;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A type the API accepts is one a trigger emits: a subscription to it would otherwise never hear anything. */
class WebhookTypesTest {

    @Test
    void everyTypeASubscriptionMayNameIsQueuedByAMigrationsTrigger() throws IOException {
        String migrations;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            migrations = files.filter(f -> f.getFileName().toString().endsWith(".sql")).sorted().map(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
        for (String type : WebhookTypes.ALL) {
            assertThat(migrations).as(type).containsPattern("webhooks_queue\\([^;]*'" + java.util.regex.Pattern.quote(type)
                    + "'|INSERT INTO webhook_deliveries[^;]*'" + java.util.regex.Pattern.quote(type) + "'");
        }
        assertThat(WebhookTypes.ALL).doesNotHaveDuplicates();
    }
}
