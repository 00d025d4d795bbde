package dev.usher.guests.control;

import dev.usher.events.entity.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;
import java.util.Optional;

/** The region local phone numbers of an event are read in: the event's own, else the server default. */
@ApplicationScoped
public class PhoneRegions {

    @Inject
    @ConfigProperty(name = "usher.phone.default-region")
    Optional<String> serverDefault;

    public String forEvent(Event event) {
        if (event.phoneRegion() != null) {
            return event.phoneRegion();
        }
        return serverDefault();
    }

    /** The server's default region, for numbers that belong to no event (or null). */
    public String serverDefault() {
        return serverDefault.filter(r -> !r.isBlank()).map(r -> r.strip().toUpperCase(Locale.ROOT)).orElse(null);
    }
}
