"""The spaCy pipeline and its components, one module per stage."""
