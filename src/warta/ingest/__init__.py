"""Ways in: every source becomes the same :class:`~warta.ingest.text.Article`."""
