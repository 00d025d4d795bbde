package dev.usher.batch.common;

import dev.usher.batch.StandInJobContext;
import dev.usher.batch.StandInStepContext;
import dev.usher.jobs.control.ExitStatus;
import dev.usher.platform.errors.InvalidInputException;
import jakarta.batch.runtime.BatchStatus;
import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every failed job says why, in an exit status Liberty can store. */
class FailureReasonListenerTest {

    private final StandInJobContext job = new StandInJobContext("guest-import", 7);

    @Test
    void aStepThatDidNotFailLeavesTheExitStatusAlone() {
        StandInStepContext step = new StandInStepContext("import-rows", new Properties()).ended(BatchStatus.COMPLETED);

        listener(step).afterStep();

        assertThat(job.getExitStatus()).isNull();
        assertThat(step.getExitStatus()).isNull();
    }

    @Test
    void aFailedStepGivesTheMessageAnUsherRuleWroteNotTheWrapperOfTheRuntime() {
        StandInStepContext step = new StandInStepContext("import-rows", new Properties()).failedWith(
                new IllegalStateException("Transaction rolled back", new InvalidInputException("duplicates", "must be skip")));

        listener(step).afterStep();

        assertThat(job.getExitStatus()).isEqualTo("FAILED: step import-rows: duplicates: must be skip");
        assertThat(step.getExitStatus()).isEqualTo(job.getExitStatus());
    }

    @Test
    void withoutAnyMessageTheExceptionsTypeIsTheReason() {
        StandInStepContext step = new StandInStepContext("send", new Properties())
                .failedWith(new NullPointerException());

        listener(step).afterStep();

        assertThat(job.getExitStatus()).isEqualTo("FAILED: step send: NullPointerException");
    }

    @Test
    void aReasonAnArtifactAlreadyGaveIsKeptAndBounded() {
        job.setExitStatus("FAILED: The file is empty");
        StandInStepContext step = new StandInStepContext("import-rows", new Properties())
                .failedWith(new RuntimeException("reader open failed"));
        listener(step).afterStep();
        assertThat(job.getExitStatus()).isEqualTo("FAILED: The file is empty");
        assertThat(step.getExitStatus()).isEqualTo("FAILED: The file is empty");

        job.setExitStatus("FAILED: " + "x".repeat(600));
        listener(step).afterStep();
        assertThat(job.getExitStatus()).hasSize(ExitStatus.MAX_LENGTH).startsWith("FAILED: xxx").endsWith("…");
    }

    @Test
    void aVeryLongReasonIsCutToWhatLibertyStores() {
        StandInStepContext step = new StandInStepContext("send", new Properties())
                .failedWith(new RuntimeException("y".repeat(2000)));

        listener(step).afterStep();

        assertThat(job.getExitStatus()).hasSize(ExitStatus.MAX_LENGTH).startsWith("FAILED: step send: yyy");
    }

    private FailureReasonListener listener(StandInStepContext step) {
        FailureReasonListener listener = new FailureReasonListener();
        listener.job = job;
        listener.step = step;
        return listener;
    }
}
