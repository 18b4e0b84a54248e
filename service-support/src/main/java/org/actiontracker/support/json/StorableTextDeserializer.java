package org.actiontracker.support.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import java.io.IOException;

/**
 * The one rule for every text field: PostgreSQL cannot store NUL (it answers 22021) and UTF-8 cannot
 * carry a lone surrogate (the driver would store "?"), so a string holding either is refused here,
 * naming its field, before any service sees it.
 */
final class StorableTextDeserializer extends StdScalarDeserializer<String> {

    StorableTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = parser.hasToken(JsonToken.VALUE_STRING) ? parser.getText()
                : StringDeserializer.instance.deserialize(parser, context);
        String problem = text == null ? null : unstorable(text);
        if (problem != null) {
            throw new UnstorableTextException(parser, problem, text);
        }
        return text;
    }

    /** Why the text cannot be stored, or null when it can. */
    static String unstorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "contains a NUL character (\\u0000) at position " + i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains an unpaired surrogate (\\u" + Integer.toHexString(c) + ") at position " + i;
            }
        }
        return null;
    }

    /** A string field whose text cannot be stored. */
    static final class UnstorableTextException extends InvalidFormatException {

        UnstorableTextException(JsonParser parser, String reason, String value) {
            super(parser, reason, value, String.class);
        }
    }
}
