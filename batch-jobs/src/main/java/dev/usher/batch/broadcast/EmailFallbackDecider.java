package dev.usher.batch.broadcast;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.Decider;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * After the WhatsApp step: goes on to the e-mail fallback step only when the broadcast asked
 * for it ({@code emailFallback=true}); otherwise the job ends there.
 */
@Dependent
@Named
public class EmailFallbackDecider implements Decider {

    /** The decision's outcomes, as the job XML's transitions name them. */
    static final String FALLBACK = "EMAIL_FALLBACK";
    static final String NO_FALLBACK = "NO_FALLBACK";

    @Inject
    @BatchProperty
    String emailFallback;

    @Override
    public String decide(StepExecution[] executions) {
        return Boolean.parseBoolean(emailFallback) ? FALLBACK : NO_FALLBACK;
    }
}
