-- Deadlines as reports state them. A recommendation keeps its rule (a period after publication, a
-- date, an event without a date, or none); recommendation.deadline stays the date the rule gives for
-- the source's publication date, so sorting, the matrix and new actions' target dates read it as before.
alter table source add column kind varchar(32) not null default 'OTHER';

alter table recommendation
    add column deadline_rule_kind   varchar(16) not null default 'NONE',
    add column deadline_rule_amount integer check (deadline_rule_amount > 0),
    add column deadline_rule_unit   varchar(8),
    add column deadline_rule_date   date,
    add column deadline_rule_event  varchar(500),
    -- how deadline was reached, as the API shows it: "56 days after publication on 2024-09-27"
    add column deadline_derivation  varchar(300);

-- A plan answering a super-complaint is due 56 days after the report's publication.
alter table plan add column response_due_on date;

-- Existing deadlines were dates; they stay dates unless the report counts them from publication.
update recommendation set deadline_rule_kind = 'FIXED', deadline_rule_date = deadline where deadline is not null;

-- The stalking super-complaint report (published 27 September 2024) counts its deadlines from
-- publication: "By 22 November 2024 (56 days from publication)", "By 27 March 2025 (six months from
-- publication)", "By 27 June 2025 (nine months from publication)", and 27 September 2025 is twelve months.
update source set kind = 'SUPER_COMPLAINT' where id = '5a1c0000-0000-4000-8000-000000000001';

update recommendation
set deadline_rule_kind = 'RELATIVE', deadline_rule_date = null,
    deadline_rule_amount = case when deadline = date '2024-11-22' then 56
                                when deadline = date '2025-03-27' then 6
                                when deadline = date '2025-06-27' then 9
                                else 12 end,
    deadline_rule_unit   = case when deadline = date '2024-11-22' then 'DAYS' else 'MONTHS' end
where source_id = '5a1c0000-0000-4000-8000-000000000001'
  and deadline in (date '2024-11-22', date '2025-03-27', date '2025-06-27', date '2025-09-27');

-- Recommendation 9 ("Before the end of 2024") stays a date; 26 sets no deadline; these set an event.
update recommendation
set deadline_rule_kind = 'EVENT',
    deadline_rule_event = case number
        when '1' then 'in the 2024-2025 parliamentary session'
        when '3' then 'in the 2024-2025 parliamentary session'
        when '5' then 'before the national standards for incident recording and assessment are published'
        when '8' then 'from the next police recorded crime data release' end
where source_id = '5a1c0000-0000-4000-8000-000000000001' and number in ('1', '3', '5', '8');

update recommendation r
set deadline_derivation = case r.deadline_rule_kind
        when 'RELATIVE' then r.deadline_rule_amount || ' '
            || lower(case when r.deadline_rule_amount = 1 then rtrim(r.deadline_rule_unit, 'S') else r.deadline_rule_unit end)
            || ' after publication on ' || to_char(s.published_on, 'YYYY-MM-DD')
        when 'FIXED' then 'fixed date ' || to_char(r.deadline_rule_date, 'YYYY-MM-DD')
        when 'EVENT' then 'no date: ' || r.deadline_rule_event end
from source s where s.id = r.source_id;

update plan set response_due_on = source.published_on + 56
from source where source.id = plan.source_id and source.kind = 'SUPER_COMPLAINT';
