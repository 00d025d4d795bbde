package dev.usher.batch.guestimport;

import dev.usher.batch.Checkpoints;
import dev.usher.batch.JobXml;
import dev.usher.batch.StandInJobContext;
import dev.usher.batch.StandInStepContext;
import dev.usher.guests.control.DuplicatePolicy;
import dev.usher.imports.control.ImportJob;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The import's job parameters, written as GuestImports writes them, read through the real job XML. */
class ImportParametersTest {

    private final UUID eventId = UUID.randomUUID();
    private final UUID importId = UUID.randomUUID();
    private final UUID startedBy = UUID.randomUUID();

    @Test
    void readsTheJobItsPolicyItsMappingAndItsRegion() {
        Properties job = parameters();
        job.setProperty("dryRun", "true");
        job.setProperty("duplicates", DuplicatePolicy.create_anyway.wire());
        job.setProperty("mapping", Json.createObjectBuilder()
                .add("firstName", "Prénom").add("phone", "Téléphone \"mobile\"").build().toString());
        job.setProperty("phoneRegion", "FR");

        ImportParameters parameters = parameters(job);

        assertThat(parameters.job()).isEqualTo(new ImportJob(42, eventId, importId, startedBy,
                DuplicatePolicy.create_anyway, true));
        assertThat(parameters.mapping()).isEqualTo(Map.of("firstName", "Prénom", "phone", "Téléphone \"mobile\""));
        assertThat(parameters.phoneRegion()).isEqualTo("FR");
    }

    @Test
    void anEmptyMappingAndAnEventWithoutARegionReadAsNone() {
        Properties job = parameters();
        job.setProperty("dryRun", "false");
        job.setProperty("duplicates", DuplicatePolicy.skip.wire());
        job.setProperty("mapping", "{}");

        ImportParameters parameters = parameters(job);

        assertThat(parameters.job().dryRun()).isFalse();
        assertThat(parameters.job().policy()).isEqualTo(DuplicatePolicy.skip);
        assertThat(parameters.mapping()).isEmpty();
        assertThat(parameters.phoneRegion()).isNull();
    }

    @Test
    void aCheckpointSurvivesTheRuntimesStorage() {
        assertThat(Checkpoints.storedAndRead(new ImportCheckpoint(1_234))).isEqualTo(new ImportCheckpoint(1_234));
    }

    private Properties parameters() {
        Properties job = new Properties();
        job.setProperty("eventId", eventId.toString());
        job.setProperty("importId", importId.toString());
        job.setProperty("fileName", "guests.csv");
        job.setProperty("startedBy", startedBy.toString());
        return job;
    }

    private static ImportParameters parameters(Properties jobParameters) {
        ImportParameters parameters = new ImportParameters();
        parameters.job = new StandInJobContext("guest-import", 42);
        parameters.step = new StandInStepContext("import-rows",
                JobXml.of("guest-import").properties("import-rows", jobParameters));
        return parameters;
    }
}
