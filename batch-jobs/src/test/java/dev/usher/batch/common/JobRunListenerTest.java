package dev.usher.batch.common;

import jakarta.batch.runtime.BatchStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The final status the listener records is the one the runtime writes right after it. */
class JobRunListenerTest {

    @Test
    void aJobStillStartedCompletesAStoppingOneStopsAFailedOneHasFailed() {
        assertThat(JobRunListener.finalStatus(BatchStatus.STARTED)).isEqualTo("COMPLETED");
        assertThat(JobRunListener.finalStatus(BatchStatus.STOPPING)).isEqualTo("STOPPED");
        assertThat(JobRunListener.finalStatus(BatchStatus.FAILED)).isEqualTo("FAILED");
    }

    @Test
    void anUnknownStatusIsLeftForTheNextReadOfTheJob() {
        assertThat(JobRunListener.finalStatus(null)).isEqualTo("STARTED");
    }
}
