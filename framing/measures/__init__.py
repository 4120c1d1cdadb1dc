"""The measures: each a pure function over a parsed Document returning a frozen result."""
