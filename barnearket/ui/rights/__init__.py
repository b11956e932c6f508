"""The family's rights in the window: innsyn, transfer to the patient record, purge and its queue."""
