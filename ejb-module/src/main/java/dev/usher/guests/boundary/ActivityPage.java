package dev.usher.guests.boundary;

import java.util.List;

/**
 * A page of the activity feed, newest first, with the cursor to poll for newer changes
 * ({@code newest}: the id of the newest change the caller now has, or null when there is none).
 */
public record ActivityPage(List<ActivityItem> items, long total, int skip, int limit, String newest) {
}
