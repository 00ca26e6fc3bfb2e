"""The alerts side: one record per event, a durable outbox, and the email, Slack, JSONL channels."""
