package dev.usher.platform.links;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicBaseTest {

    @Test
    void anAddressLosesItsTrailingSlashAndBlankMeansTheDevelopmentDefault() {
        assertThat(PublicBase.normalize(" https://usher.example/guests/ ")).isEqualTo("https://usher.example/guests");
        assertThat(PublicBase.normalize("https://usher.example")).isEqualTo("https://usher.example");
        assertThat(PublicBase.normalize(null)).isEqualTo("http://localhost:9080");
        assertThat(PublicBase.normalize("  ")).isEqualTo("http://localhost:9080");
    }
}
