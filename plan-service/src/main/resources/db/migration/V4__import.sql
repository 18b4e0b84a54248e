-- The order progress updates were recorded in. An imported update takes the day it reports on as
-- recorded_at (an undated one the time of the import), so recorded_at cannot give back the order the
-- published plan listed them in; exports list a plan's updates by this.
alter table action_update add column entry_order bigserial;
create index action_update_plan_idx on action_update (plan_id, entry_order);
