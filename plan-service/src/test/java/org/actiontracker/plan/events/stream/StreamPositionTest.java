package org.actiontracker.plan.events.stream;

import org.actiontracker.support.problem.ApiException;
import org.actiontracker.support.problem.FieldError;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StreamPositionTest {

    @Test
    void anIdReadsBackAsThePositionItWasWrittenFrom() {
        StreamPosition position = StreamPosition.of(Map.of(2, 1017L, 0, 1042L, 1, 0L));

        assertThat(position.toString()).isEqualTo("0:1042,1:0,2:1017");
        assertThat(StreamPosition.parse(position.toString(), "Last-Event-ID").asMap())
                .isEqualTo(Map.of(0, 1042L, 1, 0L, 2, 1017L));
        assertThat(position.nextOffset(2)).hasValue(1017L);
        assertThat(position.nextOffset(3)).isEmpty();
    }

    @Test
    void noIdMeansNoPositionToResumeFrom() {
        assertThat(StreamPosition.parse(null, "Last-Event-ID")).isNull();
        assertThat(StreamPosition.parse("  ", "Last-Event-ID")).isNull();
    }

    @Test
    void anIdThisStreamNeverSentIsRefusedNamingWhereItCameFrom() {
        for (String id : new String[] {"42", "0:1,0:2", "0:-1", "a:1", "0:1,", "0:1;1:2", "0:99999999999999999999"}) {
            assertThatThrownBy(() -> StreamPosition.parse(id, "lastEventId"))
                    .as(id)
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.fieldErrors()).extracting(FieldError::field)
                                .containsExactly("lastEventId");
                    });
        }
    }
}
