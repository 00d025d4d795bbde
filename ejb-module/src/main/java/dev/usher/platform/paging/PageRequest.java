package dev.usher.platform.paging;

import dev.usher.platform.errors.BadRequestException;

/** Which slice of a list to return: {@code skip} rows, then at most {@code limit} (1 to 500, default 50). */
public record PageRequest(int skip, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public static PageRequest of(Integer skip, Integer limit) {
        int s = skip == null ? 0 : skip;
        int l = limit == null ? DEFAULT_LIMIT : limit;
        if (s < 0) {
            throw new BadRequestException("skip must be 0 or more, was " + s);
        }
        if (l < 1 || l > MAX_LIMIT) {
            throw new BadRequestException("limit must be between 1 and " + MAX_LIMIT + ", was " + l);
        }
        return new PageRequest(s, l);
    }
}
