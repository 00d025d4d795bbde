package dev.usher.batch.guestimport;

import dev.usher.guests.control.DuplicatePolicy;
import dev.usher.imports.control.ImportJob;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The import's job parameters, as the artifacts need them (the job XML passes them as step properties). */
@Dependent
public class ImportParameters {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    private String property(String name) {
        String value = step.getProperties().getProperty(name);
        return value == null || value.isBlank() ? null : value;
    }

    public ImportJob job() {
        String startedBy = property("startedBy");
        return new ImportJob(job.getInstanceId(), UUID.fromString(property("eventId")),
                UUID.fromString(property("importId")), startedBy == null ? null : UUID.fromString(startedBy),
                DuplicatePolicy.parse(property("duplicates")), Boolean.parseBoolean(property("dryRun")));
    }

    public Map<String, String> mapping() {
        Map<String, String> columns = new HashMap<>();
        String mapping = property("mapping");
        if (mapping != null) {
            Json.createReader(new StringReader(mapping)).readObject()
                    .forEach((field, header) -> columns.put(field, ((jakarta.json.JsonString) header).getString()));
        }
        return columns;
    }

    public String phoneRegion() {
        return property("phoneRegion");
    }
}
