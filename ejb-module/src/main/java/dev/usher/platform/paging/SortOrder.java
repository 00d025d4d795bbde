package dev.usher.platform.paging;

import dev.usher.platform.errors.BadRequestException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A sort order such as {@code lastName,-createdAt} (a leading {@code -} means descending),
 * translated into a JPQL {@code order by} over whitelisted properties only, so a request
 * can never inject JPQL.
 */
public final class SortOrder {

    private SortOrder() {
    }

    /**
     * @param sort      the request's sort parameter, or null for {@code defaultSort}
     * @param allowed   API name to JPQL path, e.g. {@code lastName -> g.lastName}
     * @param tieBreak  a unique JPQL path appended last so pages are stable, e.g. {@code g.id}
     */
    public static String jpql(String sort, String defaultSort, Map<String, String> allowed, String tieBreak) {
        String spec = sort == null || sort.isBlank() ? defaultSort : sort;
        List<String> terms = new ArrayList<>();
        for (String raw : spec.split(",")) {
            String key = raw.strip();
            boolean descending = key.startsWith("-");
            if (descending || key.startsWith("+")) {
                key = key.substring(1);
            }
            String path = allowed.get(key);
            if (path == null) {
                throw new BadRequestException("Cannot sort by '" + key + "'; use one of "
                        + allowed.keySet().stream().sorted().collect(Collectors.joining(", "))
                        + " (prefix - for descending)");
            }
            terms.add(path + (descending ? " desc" : " asc") + " nulls last");
        }
        terms.add(tieBreak);
        return " order by " + String.join(", ", terms);
    }
}
