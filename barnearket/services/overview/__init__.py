"""The coordinator's overview: open concerns, the overdue queues and the year's figures, in SQL."""
