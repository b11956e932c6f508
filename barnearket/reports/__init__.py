"""PDF documents rendered with reportlab from domain objects; no Qt."""
