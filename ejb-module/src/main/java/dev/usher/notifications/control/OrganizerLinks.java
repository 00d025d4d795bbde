package dev.usher.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.UUID;

/** Addresses in the console that organizers' e-mails link to, under {@code PUBLIC_BASE_URL} as every link. */
@ApplicationScoped
public class OrganizerLinks {

    @Inject
    @ConfigProperty(name = "public.base.url", defaultValue = "http://localhost:9080")
    String publicBaseUrl;

    public String event(UUID eventId) {
        return base() + "/#/events/" + eventId;
    }

    public String activity(UUID eventId) {
        return base() + "/#/events/" + eventId + "/activity";
    }

    private String base() {
        String base = publicBaseUrl == null || publicBaseUrl.isBlank() ? "http://localhost:9080" : publicBaseUrl.strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
