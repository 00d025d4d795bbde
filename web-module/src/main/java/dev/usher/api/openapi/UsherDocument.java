package dev.usher.api.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.List;
import java.util.function.BiFunction;

/**
 * The one filter the build applies to the scanned document (MicroProfile OpenAPI takes a
 * single filter class): each rule is its own filter, run in this order.
 */
public class UsherDocument implements OASFilter {

    private final List<OASFilter> rules = List.of(new PortableSchemas(), new PagingParameters(),
            new LocationHeaders(), new ProblemResponses());

    @Override
    public Schema filterSchema(Schema schema) {
        return inTurn(schema, OASFilter::filterSchema);
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        return inTurn(parameter, OASFilter::filterParameter);
    }

    @Override
    public Operation filterOperation(Operation operation) {
        return inTurn(operation, OASFilter::filterOperation);
    }

    /** Each rule in turn; a rule that drops the element (null) ends the chain. */
    private <T> T inTurn(T element, BiFunction<OASFilter, T, T> filter) {
        T result = element;
        for (OASFilter rule : rules) {
            result = result == null ? null : filter.apply(rule, result);
        }
        return result;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        rules.forEach(rule -> rule.filterOpenAPI(openAPI));
    }
}
