"""Splitting: an article's body paragraphs in; sentences and atomic claims out, each with the
character span of the source's own words."""
