-- Retention. The prune mark: the greatest event-log id the retention job removed (0: none). One row,
-- locked with FOR UPDATE SKIP LOCKED by the node that prunes, so nodes never prune side by side; a
-- client resuming from an id below it has missed events that are gone.
CREATE TABLE event_log_prune_mark (
    id           INT    NOT NULL,
    pruned_up_to BIGINT NOT NULL,
    CONSTRAINT pk_event_log_prune_mark PRIMARY KEY (id)
);
INSERT INTO event_log_prune_mark (id, pruned_up_to) VALUES (1, 0);

-- Webhook deliveries past WEBHOOK_DELIVERY_RETENTION are found by their creation time.
CREATE INDEX IF NOT EXISTS ix_webhook_delivery_created ON webhook_delivery (created_at);
