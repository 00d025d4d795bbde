package dev.usher.webhooks.control;

import dev.usher.platform.errors.FieldError;
import dev.usher.platform.errors.InvalidInputException;
import dev.usher.platform.validation.InputValidator;
import dev.usher.webhooks.boundary.WebhookInput;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** What a new subscription may ask for, the same for an event's and a server-wide one. */
@Dependent
public class SubscriptionRules {

    @Inject
    InputValidator validator;

    @Inject
    WebhookUrls urls;

    /** The types asked for, each once in the order given; or a 422 naming every bad field. */
    public List<String> check(WebhookInput input) {
        validator.check(input);
        List<FieldError> errors = new ArrayList<>();
        urls.problem(input.url()).ifPresent(errors::add);
        for (int i = 0; i < input.eventTypes().size(); i++) {
            String type = input.eventTypes().get(i);
            if (type == null || !WebhookTypes.ALL.contains(type)) {
                errors.add(new FieldError("eventTypes[" + i + "]", "must be one of " + WebhookTypes.ALL));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return List.copyOf(new LinkedHashSet<>(input.eventTypes()));
    }
}
