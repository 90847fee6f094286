"""What several screens share: the background worker, message boxes, read-only tables."""
