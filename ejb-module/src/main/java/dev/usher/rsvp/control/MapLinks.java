package dev.usher.rsvp.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A map link for a venue as the organizer typed it: an OpenStreetMap search, which needs no API key
 * and opens in any browser (a phone offers its map app from there). None for no venue. Pure.
 */
public final class MapLinks {

    private static final String SEARCH = "https://www.openstreetmap.org/search?query=";

    private MapLinks() {
    }

    public static String of(String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        return SEARCH + URLEncoder.encode(location.strip(), StandardCharsets.UTF_8);
    }
}
