"""The field-reachability test and the map it checks."""
