"""Grouping: stored claims in; clusters of equivalent claims out (normalise, narrow candidates,
score, cluster), with the look-alike pairs kept apart and the curators' decisions applied."""
