-- A colleague may correct someone's update: the author stays the author, the editor is recorded beside them.
alter table action_update add column updated_by text;

-- What the action said before an update moved it, so that withdrawing the update can put it back when no
-- remaining update says otherwise.
alter table action_update add column previous_status text;
alter table action_update add column previous_status_label text;
alter table action_update add column previous_rag text;
alter table action_update add column previous_percent_complete integer;
