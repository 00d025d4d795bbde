package dev.usher.batch.broadcast;

import dev.usher.messaging.boundary.BroadcastRequest;
import dev.usher.messaging.boundary.MessageContent;
import dev.usher.messaging.control.FallbackRun;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.util.UUID;

/** The broadcast's job parameters (passed as step properties by the job XML). */
@Dependent
public class BroadcastParameters {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    StepContext step;

    private String property(String name) {
        String value = step.getProperties().getProperty(name);
        return value == null || value.isBlank() ? null : value;
    }

    public UUID eventId() {
        return UUID.fromString(property("eventId"));
    }

    public UUID broadcastId() {
        return UUID.fromString(property("broadcastId"));
    }

    public UUID startedBy() {
        String value = property("startedBy");
        return value == null ? null : UUID.fromString(value);
    }

    public MessageContent content() {
        return JSONB.fromJson(property("content"), MessageContent.class);
    }

    /** The e-mail fallback's view of the broadcast. */
    public FallbackRun fallbackRun() {
        return new FallbackRun(eventId(), broadcastId(), content(), startedBy());
    }

    public BroadcastRequest.Audience audience() {
        return JSONB.fromJson(property("audience"), BroadcastRequest.Audience.class);
    }
}
