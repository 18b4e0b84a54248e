package org.actiontracker.plan.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.actiontracker.infra.DistinctValues;
import org.actiontracker.plan.Api;
import org.actiontracker.plan.domain.Action;
import org.actiontracker.plan.domain.ActionStatus;
import org.actiontracker.plan.repository.ActionSearchRepository.ReadScope;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written SELECT of {@link ActionSearchRepository} reads back every field Hibernate wrote: an action with
 * a distinct value in each field (a field added to {@link Action} later included) lists as it was stored.
 */
@QuarkusTest
class ActionSearchRepositoryRoundTripTest {

    @Inject
    ActionRepository actions;

    @Inject
    ActionSearchRepository search;

    @Test
    void everyFieldOfAnActionIsReadBackByTheListQuery() throws Throwable {
        UUID organisation = Api.createOrganisation();
        UUID plan = Api.createPlan(organisation, Api.createSource(), "DRAFT");
        Action template = find(Api.createAction(organisation, plan, "7", "7.1"));

        Action written = new DistinctValues().of(Action.class);
        written.planId = template.planId;
        written.organisationId = template.organisationId;
        written.recommendationId = template.recommendationId;
        written.version = 0;
        // Unfinished, so that it is rated and the computed column has a value to read back.
        written.status = ActionStatus.IN_PROGRESS;
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> actions.persist(written)));
        // A second write, so that the version read back is not the default.
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> actions.findById(written.id)
                .invoke(action -> action.description = action.description + " (revised)")));

        Map<String, Object> stored = DistinctValues.flatten(find(written.id));
        List<Action> listed = VertxContextSupport.subscribeAndAwait(() -> search.find(
                new ActionFilter(plan, null, null, List.of(), List.of(), written.recommendationNumber, null, null,
                        null, null), ReadScope.EVERYTHING, new RagCriteria(LocalDate.now(), 2, 1, 30, 50),
                Sort.by("position"), 0, 10)).items();
        // Computed on reading, never stored: the search computes it, a load by id leaves it to the service.
        assertThat(stored.remove("computedRag")).isNull();

        assertThat(stored).as("every field was written with a value").doesNotContainValue(null)
                .containsEntry("version", 1L);
        assertThat(listed).hasSize(1);
        Map<String, Object> listedFields = DistinctValues.flatten(listed.get(0));
        assertThat(listedFields.remove("computedRag")).as("computed by the search").isNotNull();
        assertThat(listedFields).containsExactlyEntriesOf(stored);
    }

    private Action find(UUID id) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> actions.findById(id)));
    }
}
