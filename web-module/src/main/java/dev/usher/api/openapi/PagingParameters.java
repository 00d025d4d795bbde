package dev.usher.api.openapi;

import dev.usher.platform.paging.PageRequest;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.math.BigDecimal;
import java.util.List;

/**
 * Every paged list reads {@code skip} and {@code limit} the same way ({@link PageRequest});
 * resources read them as text to name a bad value, so their bounds are stated here once.
 */
public class PagingParameters implements OASFilter {

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getIn() != Parameter.In.QUERY || parameter.getSchema() == null) {
            return parameter;
        }
        Schema schema = parameter.getSchema();
        switch (parameter.getName()) {
            case "skip" -> integer(schema).minimum(BigDecimal.ZERO);
            case "limit" -> integer(schema).minimum(BigDecimal.ONE)
                    .maximum(BigDecimal.valueOf(PageRequest.MAX_LIMIT))
                    .defaultValue(PageRequest.DEFAULT_LIMIT);
            default -> {
            }
        }
        return parameter;
    }

    private static Schema integer(Schema schema) {
        return schema.type(List.of(Schema.SchemaType.INTEGER)).format("int32");
    }
}
