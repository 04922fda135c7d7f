"""Annotating: claims in article order in; each claim's hedges, attribution, numbers, dates,
negation, comparisons, entities and topics out, every one with the words that caused it."""
