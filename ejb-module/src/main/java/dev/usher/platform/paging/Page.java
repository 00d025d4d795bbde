package dev.usher.platform.paging;

import java.util.List;

/** One page of a longer list: the items, where the page starts, its size and the total count. */
public record Page<T>(List<T> items, long total, int skip, int limit) {
}
