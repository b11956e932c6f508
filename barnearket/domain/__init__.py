"""Pure-Python domain: cases, children, sheets, concerns and their rules; no Qt, SQL or PDF."""
