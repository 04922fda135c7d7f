"""Output: report objects and store contents in; terminal text (the only place that prints) and
JSON, CSV, Markdown and HTML files out."""
