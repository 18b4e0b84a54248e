package org.actiontracker.plan.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The rules of the computed RAG, which sits beside the RAG an organisation declares. RED: past its target
 * date and not finished, or no update for more than {@link #redAfterIntervalsWithoutUpdate()} reporting
 * intervals. AMBER: due within {@link #amberDueWithinDays()} days and less than
 * {@link #amberBelowPercentComplete()} percent complete, or no update for more than
 * {@link #amberAfterIntervalsWithoutUpdate()} intervals. GREEN otherwise; COMPLETE and CLOSED are not rated.
 */
@ConfigMapping(prefix = "rag")
public interface RagConfig {

    @WithDefault("2")
    int redAfterIntervalsWithoutUpdate();

    @WithDefault("1")
    int amberAfterIntervalsWithoutUpdate();

    @WithDefault("30")
    int amberDueWithinDays();

    @WithDefault("50")
    int amberBelowPercentComplete();
}
