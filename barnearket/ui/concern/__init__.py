"""The concern panel: from first unease through the seven steps to closure."""
