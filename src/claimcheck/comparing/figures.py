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
    each group's measures in claim order, the groups in the order of their first pair."""
    measures = {c.id: finder.reader.measures(c) for c in claims if c.annotations.numbers}
    one_event = corroborating(claims)

    def linked(a: Claim, b: Claim) -> bool:
        """One event: the articles state a same claim, or these two claims are alike."""
        x, y = sorted((a.article_id, b.article_id))
        return (x, y) in one_event or finder.related(a, b)

    def key(m: Measure) -> tuple[str, int]:
        return m.claim.id, m.quantity.start

    pairs = find_measure_agreements(measures, published, finder.related, linked)
    by_key = {key(m): m for pair in pairs for m in pair}
    alike = {(key(a), key(b)) for a, b in pairs} | {(key(b), key(a)) for a, b in pairs}
    # a group holds figures each given alike with every other (complete link): a chain would
    # join the Angels' eight-year offer to the Nationals' through a sentence naming both
    groups: list[list[tuple[str, int]]] = []
    group_of: dict[tuple[str, int], list[tuple[str, int]]] = {}
    for a, b in pairs:
        ka, kb = key(a), key(b)
        held, new = group_of.get(ka), kb
        if held is None:
            held, new = group_of.get(kb), ka
        if held is None:
            group_of[ka] = group_of[kb] = [ka, kb]
            groups.append(group_of[ka])
        elif new not in group_of and all((new, k) in alike for k in held):
            held.append(new)
            group_of[new] = held
    out = []
    for members in ([by_key[k] for k in sorted(keys)] for keys in groups):
        clusters = {m.claim.cluster_id for m in members}
        if len(clusters) == 1 and None not in clusters:
            continue  # one cluster's claims: its agreement says it already
        if len({m.claim.article_id for m in members}) >= 2:
            out.append(members)
    return out
