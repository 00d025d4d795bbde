package dev.usher.platform.paging;

import dev.usher.platform.errors.BadRequestException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SortOrderTest {

    private static final Map<String, String> ALLOWED = Map.of("lastName", "g.lastName", "createdAt", "g.createdAt");

    @Test
    void translatesKeysAndDirectionsAndAddsTheTieBreak() {
        assertThat(SortOrder.jpql("lastName,-createdAt", "lastName", ALLOWED, "g.id"))
                .isEqualTo(" order by g.lastName asc nulls last, g.createdAt desc nulls last, g.id");
    }

    @Test
    void usesTheDefaultWhenNoSortIsGiven() {
        assertThat(SortOrder.jpql(" ", "-createdAt", ALLOWED, "g.id"))
                .isEqualTo(" order by g.createdAt desc nulls last, g.id");
    }

    @Test
    void refusesAnythingNotWhitelisted() {
        assertThatThrownBy(() -> SortOrder.jpql("lastName; drop table guests", "lastName", ALLOWED, "g.id"))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("createdAt, lastName");
    }

    @Test
    void pageBoundsAreChecked() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, 50));
        assertThatThrownBy(() -> PageRequest.of(-1, 10)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> PageRequest.of(0, 501)).isInstanceOf(BadRequestException.class);
    }
}
