-- Each attempt at sending a digest is recorded before its SMTP exchange starts (attempts_started,
-- attempt_started_at), and its outcome after (attempts counts the outcomes: accepted or refused). A digest
-- with more attempts started than outcomes was being sent when its instance died or lost its claim: the
-- server may have accepted it, so it is in doubt, and its resend (same Message-ID) may be a second copy.
-- attempt_started_at is kept once SENT: sent_at - attempt_started_at is how long the accepted attempt took.
alter table digest add column attempts_started integer not null default 0;
alter table digest add column attempt_started_at timestamptz;
-- Digests being sent when this migration runs started an attempt that has no outcome yet.
update digest set attempts_started = attempts + 1 where status = 'SENDING';
