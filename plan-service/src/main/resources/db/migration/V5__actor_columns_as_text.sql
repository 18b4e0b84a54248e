-- Token subjects and names come from the identity provider, whose lengths we do not control: a
-- longer one must not turn every write into a failed audit insert.
alter table audit_entry alter column actor_subject type text, alter column actor_name type text;
alter table organisation alter column created_by type text, alter column updated_by type text;
alter table source alter column created_by type text, alter column updated_by type text;
alter table recommendation alter column created_by type text, alter column updated_by type text;
alter table plan alter column created_by type text, alter column updated_by type text;
alter table action alter column created_by type text, alter column updated_by type text;
alter table action_update alter column author_subject type text, alter column author_name type text,
    alter column withdrawn_by type text;
alter table action_update_revision alter column replaced_by type text, alter column author_name type text;
