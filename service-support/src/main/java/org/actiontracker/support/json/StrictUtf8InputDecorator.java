package org.actiontracker.support.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.InputDecorator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Jackson's byte parser decodes overlong UTF-8 ({@code C0 AF} as "/") and encoded surrogates without
 * complaint; the JDK's decoder refuses both. Bodies are small (the API caps them), so each is checked
 * whole before Jackson reads it.
 */
final class StrictUtf8InputDecorator extends InputDecorator {

    @Override
    public InputStream decorate(IOContext context, InputStream in) throws IOException {
        byte[] body = in.readAllBytes();
        checkUtf8(body, 0, body.length);
        return new ByteArrayInputStream(body);
    }

    @Override
    public InputStream decorate(IOContext context, byte[] source, int offset, int length) throws IOException {
        checkUtf8(source, offset, length);
        return null;
    }

    @Override
    public Reader decorate(IOContext context, Reader reader) {
        return reader;
    }

    private static void checkUtf8(byte[] bytes, int offset, int length) throws JsonParseException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer output = CharBuffer.allocate(4096);
        while (true) {
            CoderResult result = decoder.decode(input, output, true);
            if (result.isError()) {
                throw new InvalidEncodingException(input.position() - offset);
            }
            if (result.isUnderflow()) {
                return;
            }
            output.clear();
        }
    }

    /** The body is not valid UTF-8; names the byte offset of the first bad sequence. */
    static final class InvalidEncodingException extends JsonParseException {

        InvalidEncodingException(int byteOffset) {
            super(null, "invalid UTF-8 at byte " + byteOffset, JsonLocation.NA);
        }
    }
}
