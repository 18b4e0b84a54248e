package org.actiontracker.plan.events.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.actiontracker.events.CloudEvent;
import org.actiontracker.events.EventData;
import org.actiontracker.events.EventTypes;
import org.actiontracker.events.Snapshots;
import org.actiontracker.events.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The AsyncAPI document says what the event contract says: every event type, every field, every key. */
class AsyncApiDocumentTest {

    private static JsonNode document;

    @BeforeAll
    static void readDocument() throws IOException {
        try (InputStream in = AsyncApiDocumentTest.class.getClassLoader()
                .getResourceAsStream(EventStreamResource.ASYNCAPI_RESOURCE)) {
            document = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @Test
    void describesTheTopicAndTheStreamInAsyncApi3() {
        assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(document.at("/channels/planEvents/address").asText()).isEqualTo(Topics.PLAN_EVENTS);
        assertThat(document.at("/channels/planEvents/bindings/kafka/topic").asText()).isEqualTo(Topics.PLAN_EVENTS);
        assertThat(document.at("/channels/eventStream/address").asText()).isEqualTo("/events");
        assertThat(document.at("/operations/publishPlanEvents/action").asText()).isEqualTo("send");
    }

    @Test
    void documentsEveryEventTypeOnBothChannelsWithItsSchemaAndKey() {
        JsonNode messages = document.at("/components/messages");
        List<String> names = StreamSupport.stream(messages.spliterator(), false)
                .map(message -> message.path("name").asText()).toList();
        assertThat(names).containsExactlyElementsOf(EventTypes.ALL);

        messages.fields().forEachRemaining(message -> {
            String type = message.getValue().path("name").asText();
            String resource = EventTypes.resourceOf(type);
            JsonNode specific = message.getValue().at("/payload/allOf/1/properties");
            assertThat(specific.at("/type/const").asText()).isEqualTo(type);
            assertThat(specific.at("/dataschema/const").asText()).isEqualTo(CloudEvent.dataSchemaFor(resource));
            assertThat(specific.at("/data/$ref").asText())
                    .isEqualTo("#/components/schemas/" + capitalised(resource) + "EventData");
            assertThat(message.getValue().at("/bindings/kafka/key/format").asText()).isEqualTo("uuid");
            for (String channel : List.of("planEvents", "eventStream")) {
                assertThat(document.at("/channels/" + channel + "/messages/" + message.getKey() + "/$ref").asText())
                        .isEqualTo("#/components/messages/" + message.getKey());
            }
        });
    }

    @Test
    void eachPayloadSchemaHasExactlyTheFieldsOfItsEventContractRecord() {
        Map<String, Class<? extends Record>> records = Map.ofEntries(
                Map.entry("CloudEvent", CloudEvent.class),
                Map.entry("Actor", EventData.Actor.class),
                Map.entry("FieldChange", EventData.FieldChange.class),
                Map.entry("Person", Snapshots.Person.class),
                Map.entry("SubPoint", Snapshots.SubPoint.class),
                Map.entry("Document", Snapshots.Document.class),
                Map.entry("OrganisationSnapshot", Snapshots.Organisation.class),
                Map.entry("SourceSnapshot", Snapshots.Source.class),
                Map.entry("RecommendationSnapshot", Snapshots.Recommendation.class),
                Map.entry("PlanSnapshot", Snapshots.Plan.class),
                Map.entry("ActionSnapshot", Snapshots.Action.class),
                Map.entry("UpdateSnapshot", Snapshots.Update.class));
        records.forEach((schema, record) -> assertThat(propertiesOf(schema)).as(schema)
                .containsExactlyElementsOf(componentsOf(record)));
        for (String resource : List.of("Organisation", "Source", "Recommendation", "Plan", "Action", "Update")) {
            assertThat(propertiesOf(resource + "EventData")).containsExactlyElementsOf(componentsOf(EventData.class));
        }
    }

    @Test
    void everyReferenceResolves() {
        List<String> references = new ArrayList<>();
        collectReferences(document, references);
        assertThat(references).isNotEmpty().allSatisfy(reference ->
                assertThat(document.at(reference.substring(1)).isMissingNode()).as(reference).isFalse());
    }

    private static List<String> propertiesOf(String schema) {
        List<String> properties = new ArrayList<>();
        document.at("/components/schemas/" + schema + "/properties").fieldNames().forEachRemaining(properties::add);
        return properties;
    }

    private static List<String> componentsOf(Class<? extends Record> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.has("$ref")) {
            references.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectReferences(child, references));
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
