-- herald-jdbc schema for SQLite 3.35+ in WAL mode, table prefix 'herald_'. Idempotent: safe to run again.
-- The same statements run from JdbcOutbox.createSchema(); for another prefix, replace 'herald_'.
-- Dead letters are deliveries with status 'DEAD'. Ids are text, instants fixed-width ISO-8601 UTC text.

CREATE TABLE IF NOT EXISTS herald_events (
  stored_order INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id CHAR(36) NOT NULL UNIQUE,
  type_name VARCHAR(500) NOT NULL,
  payload TEXT NOT NULL,
  aggregate_type VARCHAR(255),
  aggregate_id VARCHAR(255),
  sequence_no BIGINT NOT NULL,
  stream_sequence BIGINT,
  traceparent VARCHAR(55),
  occurred_at CHAR(27) NOT NULL,
  stored_at CHAR(27) NOT NULL
);

CREATE UNIQUE INDEX IF NOT EXISTS herald_events_stream ON herald_events (aggregate_type, aggregate_id, stream_sequence);

CREATE TABLE IF NOT EXISTS herald_deliveries (
  event_id CHAR(36) NOT NULL,
  route_id VARCHAR(1000) NOT NULL,
  status VARCHAR(16) NOT NULL CHECK (status IN ('PENDING', 'DONE', 'DEAD')),
  attempts INTEGER NOT NULL,
  next_attempt_at CHAR(27) NOT NULL,
  claimed_by VARCHAR(200),
  claimed_until CHAR(27) NOT NULL,
  last_error_type VARCHAR(500),
  last_error TEXT,
  dead_lettered_at CHAR(27),
  updated_at CHAR(27) NOT NULL,
  PRIMARY KEY (event_id, route_id)
);

CREATE INDEX IF NOT EXISTS herald_deliveries_due ON herald_deliveries (claimed_until) WHERE status = 'PENDING';

CREATE INDEX IF NOT EXISTS herald_deliveries_dead ON herald_deliveries (dead_lettered_at) WHERE status = 'DEAD';

CREATE TABLE IF NOT EXISTS herald_inbox (
  handler_id VARCHAR(1000) NOT NULL,
  event_id CHAR(36) NOT NULL,
  processed_at CHAR(27) NOT NULL,
  PRIMARY KEY (handler_id, event_id)
);

CREATE TABLE IF NOT EXISTS herald_trackers (
  tracker_id VARCHAR(200) NOT NULL PRIMARY KEY,
  position BIGINT NOT NULL,
  owner VARCHAR(200),
  owned_until CHAR(27),
  updated_at CHAR(27) NOT NULL
);

CREATE TABLE IF NOT EXISTS herald_tracker_dead_letters (
  tracker_id VARCHAR(200) NOT NULL,
  stored_order BIGINT NOT NULL,
  event_id CHAR(36),
  type_name VARCHAR(500) NOT NULL,
  attempts INTEGER NOT NULL,
  failure_type VARCHAR(500) NOT NULL,
  failure TEXT,
  dead_lettered_at CHAR(27) NOT NULL,
  PRIMARY KEY (tracker_id, stored_order)
);

CREATE TABLE IF NOT EXISTS herald_snapshots (
  aggregate_type VARCHAR(255) NOT NULL,
  aggregate_id VARCHAR(255) NOT NULL,
  version BIGINT NOT NULL,
  revision VARCHAR(100) NOT NULL,
  state TEXT NOT NULL,
  taken_at CHAR(27) NOT NULL,
  PRIMARY KEY (aggregate_type, aggregate_id)
);

