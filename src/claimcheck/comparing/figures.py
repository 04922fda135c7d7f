"""Figures given alike across a story: corroboration of what a claim states, not only of the
claim as a whole.

A sentence often states several things ("Hou Yu-ih of the KMT with 4.6 million votes or
33.49%, and Ko Wen-je with 3.6 million or 26.45%"), and another outlet states one of them
alone ("Hou won 33 per cent of the vote"). The two sentences are not one claim and are not
grouped, but each figure is a proposition of its own: read as measures (what it counts, whose
it is, its clause), two figures of one measure that give the same value, in articles that
report one event, corroborate it. Figures each given alike with every other form a group; a
group whose claims are all in one cluster adds nothing to that cluster's agreement and is
left out.
"""

from __future__ import annotations

from claimcheck.comparing.conflicts import ConflictFinder, corroborating
from claimcheck.comparing.measures import Measure, find_measure_agreements
from claimcheck.models import Claim


def figure_groups(
    finder: ConflictFinder, claims: list[Claim], published: dict[str, str | None]
) -> list[list[Measure]]:
    """The groups of figures given alike by claims (of one story) of two articles or more,
    each group's measures in claim order, the groups in the order of their first claim."""
    measures = {c.id: finder.measures.measures(c) for c in claims if c.annotations.numbers}
    one_event = corroborating(claims)

    def linked(a: Claim, b: Claim) -> bool:
        """One event: the articles state a same claim, or these two claims are alike."""
        x, y = sorted((a.article_id, b.article_id))
        return (x, y) in one_event or finder.related(a, b)

    # a group holds figures each given alike with every other (complete link): chains would
    # join the Angels' eight-year offer to the Nationals' through a sentence naming both
    by_key: dict[tuple[str, int], Measure] = {}
    alike: set[tuple[tuple[str, int], tuple[str, int]]] = set()
    for a, b in find_measure_agreements(measures, published, finder.related, linked):
        ka, kb = (a.claim.id, a.quantity.start), (b.claim.id, b.quantity.start)
        by_key[ka], by_key[kb] = a, b
        alike.update({(ka, kb), (kb, ka)})
    group_of: dict[tuple[str, int], int] = {}
    members_of: list[list[tuple[str, int]]] = []
    for ka, kb in sorted(alike):
        if ka > kb:
            continue
        ga, gb = group_of.get(ka), group_of.get(kb)
        if ga is None and gb is None:
            group_of[ka] = group_of[kb] = len(members_of)
            members_of.append([ka, kb])
        elif (ga is None) != (gb is None):
            joined, new = (ga, kb) if ga is not None else (gb, ka)
            assert joined is not None
            if all((new, k) in alike for k in members_of[joined]):
                group_of[new] = joined
                members_of[joined].append(new)
    groups = [[by_key[k] for k in sorted(keys)] for keys in members_of]
    out = []
    for members in groups:
        clusters = {m.claim.cluster_id for m in members}
        if len(clusters) == 1 and None not in clusters:
            continue  # one cluster's claims: its agreement says it already
        if len({m.claim.article_id for m in members}) >= 2:
            out.append(members)
    return out
