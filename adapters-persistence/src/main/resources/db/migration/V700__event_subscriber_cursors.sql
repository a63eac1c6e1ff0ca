-- The durable cursor of each event-feed subscriber (webhooks, Discord, ...): the id of the last
-- event-log event it is done with. One transaction at a time advances a cursor, on any node: it
-- locks the row with FOR UPDATE SKIP LOCKED. A subscriber's row is created when it first runs.
CREATE TABLE event_subscriber_cursor (
    subscriber    VARCHAR(100) NOT NULL,
    last_event_id BIGINT       NOT NULL,
    CONSTRAINT pk_event_subscriber_cursor PRIMARY KEY (subscriber)
);

-- The webhooks become the subscriber 'webhooks' of the feed, where their own cursor stopped.
INSERT INTO event_subscriber_cursor (subscriber, last_event_id)
    SELECT 'webhooks', last_event_id FROM webhook_event_cursor;
DROP TABLE webhook_event_cursor;
