package org.actiontracker.plan.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.actiontracker.infra.DistinctValues;
import org.actiontracker.plan.Api;
import org.actiontracker.plan.domain.Action;
import org.actiontracker.plan.repository.ActionSearchRepository.ReadScope;
import org.junit.jupiter.api.Test;

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
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> actions.persist(written)));
        // A second write, so that the version read back is not the default.
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> actions.findById(written.id)
                .invoke(action -> action.description = action.description + " (revised)")));

        Map<String, Object> stored = DistinctValues.flatten(find(written.id));
        List<Action> listed = VertxContextSupport.subscribeAndAwait(() -> search.find(
                new ActionFilter(plan, null, null, List.of(), List.of(), written.recommendationNumber, null, null,
                        null), ReadScope.EVERYTHING, Sort.by("position"), 0, 10)).items();

        assertThat(stored).as("every field was written with a value").doesNotContainValue(null)
                .containsEntry("version", 1L);
        assertThat(listed).hasSize(1);
        assertThat(DistinctValues.flatten(listed.get(0))).containsExactlyEntriesOf(stored);
    }

    private Action find(UUID id) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> actions.findById(id)));
    }
}
