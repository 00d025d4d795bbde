package dev.usher.api.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.List;

/**
 * The one filter the build applies to the scanned document (MicroProfile OpenAPI takes a
 * single filter class): each rule is its own filter, run in this order.
 */
public class UsherDocument implements OASFilter {

    private final List<OASFilter> rules = List.of(new PortableSchemas(), new PagingParameters(),
            new LocationHeaders(), new ProblemResponses());

    @Override
    public Schema filterSchema(Schema schema) {
        Schema result = schema;
        for (OASFilter rule : rules) {
            result = result == null ? null : rule.filterSchema(result);
        }
        return result;
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        Parameter result = parameter;
        for (OASFilter rule : rules) {
            result = result == null ? null : rule.filterParameter(result);
        }
        return result;
    }

    @Override
    public Operation filterOperation(Operation operation) {
        Operation result = operation;
        for (OASFilter rule : rules) {
            result = result == null ? null : rule.filterOperation(result);
        }
        return result;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        rules.forEach(rule -> rule.filterOpenAPI(openAPI));
    }
}
