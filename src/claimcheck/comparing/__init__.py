"""Comparing: clusters and their claims in; agreements, typed conflicts with evidence, framing
differences and source independence out, as report objects for the output stage."""
