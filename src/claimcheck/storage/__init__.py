"""Storage: articles and their annotated claims in; a SQLite store out, written one article per
transaction, migrated when an older claimcheck made it, and read back as model objects."""
