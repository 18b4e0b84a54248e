package org.actiontracker.notification.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.actiontracker.events.CloudEventCodec;

public class CodecProducer {

    @Produces
    @Singleton
    CloudEventCodec cloudEventCodec(ObjectMapper mapper) {
        return new CloudEventCodec(mapper);
    }
}
