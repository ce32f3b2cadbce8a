package nl.burgernet.interfaces.rest;

import java.util.Objects;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Tidies the OpenAPI document Payara builds (registered as {@code mp.openapi.filter} in the WAR's
 * microprofile-config.properties). For every {@code @Schema} annotation Payara 7 also writes the annotation's unset
 * attributes at their defaults: {@code "maxProperties": 0} (which would declare that an alert has no properties at
 * all), {@code "minLength": 0}, {@code "examples": [""]}, a row of {@code false} flags. Client generators read those
 * literally, so they are removed here (and the same for parameters and operations); everything we set ourselves
 * stays.
 */
public class OpenApiCleanup implements OASFilter {

    private static final Integer ZERO = 0;

    @Override
    public Schema filterSchema(Schema schema) {
        if (ZERO.equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (ZERO.equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (ZERO.equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (ZERO.equals(schema.getMinContains())) {
            schema.setMinContains(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        if (schema.getExamples() != null
                && schema.getExamples().stream()
                        .allMatch(e -> Objects.toString(e, "").isEmpty())) {
            schema.setExamples(null);
        }
        return schema;
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (Boolean.FALSE.equals(parameter.getDeprecated())) {
            parameter.setDeprecated(null);
        }
        if (Boolean.FALSE.equals(parameter.getAllowEmptyValue())) {
            parameter.setAllowEmptyValue(null);
        }
        if (Boolean.FALSE.equals(parameter.getAllowReserved())) {
            parameter.setAllowReserved(null);
        }
        return parameter;
    }

    @Override
    public Operation filterOperation(Operation operation) {
        if (Boolean.FALSE.equals(operation.getDeprecated())) {
            operation.setDeprecated(null);
        }
        return operation;
    }
}
