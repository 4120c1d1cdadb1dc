"""Word lists shipped with framing, loaded with importlib.resources (see README.md here)."""
