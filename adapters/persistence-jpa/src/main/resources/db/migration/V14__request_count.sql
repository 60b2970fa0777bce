-- Requests per door and client address or account in fixed windows (RequestLimits), shared by all
-- server instances. The key names door, who and window; old windows are deleted as new ones start.
CREATE TABLE request_count (
    rate_key      VARCHAR(300) PRIMARY KEY,
    window_start  BIGINT       NOT NULL, -- epoch milliseconds
    requests      INTEGER      NOT NULL
);
CREATE INDEX request_count_window_idx ON request_count (window_start);
