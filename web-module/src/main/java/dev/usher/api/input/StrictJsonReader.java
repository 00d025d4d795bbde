package dev.usher.api.input;

import dev.usher.platform.errors.BadRequestException;
import dev.usher.platform.errors.FieldError;
import dev.usher.platform.errors.InvalidInputException;
import dev.usher.platform.validation.JsonShape;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Every JSON request body (records, lists, JSON-P values, merge patches) is read here, in one
 * place, strictly: {@link JsonTree} parses it (no duplicate member, no U+0000, bounded nesting),
 * {@link JsonShape} checks that each value fits its field (no wrapping numbers, no number as
 * text, no "yes" as false, no unknown enum word), and only then JSON-B binds it. A misfit is a
 * 422 listing every field; broken syntax stays a 400. An application provider for the same
 * media types is chosen before the runtime's own JSON-B and JSON-P readers.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json", "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Object> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() || JsonValue.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)
                || Map.class.isAssignableFrom(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        PushbackInputStream in = new PushbackInputStream(body, 1);
        if (empty(in)) {
            return null; // the boundary says what it needed ("body: must not be empty")
        }
        // JSON is UTF-8 (RFC 8259); reading it as such also spares the parser's guess at the
        // encoding, which fails on bodies shorter than four bytes such as "3".
        String charset = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        JsonValue tree = JsonTree.read(new InputStreamReader(in, charset(charset)));
        if (tree.getValueType() == JsonValue.ValueType.NULL) {
            return null; // as an empty body
        }
        List<FieldError> misfits = JsonShape.errors(tree, genericType);
        if (!misfits.isEmpty()) {
            throw new InvalidInputException(misfits);
        }
        if (JsonValue.class.isAssignableFrom(type)) {
            return tree;
        }
        return JSONB.fromJson(tree.toString(), genericType);
    }

    private static Charset charset(String name) {
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("The body's charset '" + name + "' is not known; send UTF-8");
        }
    }

    private static boolean empty(PushbackInputStream in) throws IOException {
        int first;
        do {
            first = in.read();
        } while (first == ' ' || first == '\t' || first == '\r' || first == '\n');
        if (first < 0) {
            return true;
        }
        in.unread(first);
        return false;
    }
}
