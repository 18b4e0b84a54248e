-- Supporting documents a progress update cites (evidence for what it reports): [{"title": "...", "url": "..."}]
alter table action_update add column documents text not null default '[]';
