"""The worker pool of a bulk ingest: results come in order, and only a bounded number of
split articles wait in memory however slow storing is."""

from typing import Any

from claimcheck import ingest
from claimcheck.errors import InputError
from claimcheck.models import Document


class _Done:
    def __init__(self, value: list[str]) -> None:
        self.value = value

    def get(self) -> list[str]:
        return self.value


class _Pool:
    """Runs each task at once and counts the results handed out but not yet taken."""

    def __init__(self) -> None:
        self.submitted = 0
        self.taken = 0
        self.most_waiting = 0

    def apply_async(self, fn: Any, args: tuple[list[str]]) -> _Done:
        self.submitted += 1
        self.most_waiting = max(self.most_waiting, self.submitted - self.taken)
        return _Done([f"split {getattr(u, 'source', u)}" for u in args[0]])


def test_results_come_in_order_with_a_bounded_number_waiting() -> None:
    pool = _Pool()
    files = [f"{i:05d}.txt" for i in range(1000)]
    out = []
    for k, (_, result) in enumerate(ingest._bounded(pool, iter(files), ahead=6)):
        out.append(result)
        pool.taken = (k + 1) // ingest.CHUNK  # a slow reader: one result at a time
    assert out == [f"split {name}" for name in files]
    assert pool.most_waiting <= 6 + 1


def test_records_files_and_errors_keep_their_order_and_only_work_goes_to_the_workers() -> None:
    pool = _Pool()
    bad = InputError("news.jsonl:2", "is not a JSON object")
    record = Document("news.jsonl:3", "x#3", "news.jsonl:3", "Text.")
    units: list[ingest.Unit] = ["a.txt", bad, record, "-", "b.txt"]
    out = list(ingest._bounded(pool, iter(units), ahead=2))
    assert out == [
        ("a.txt", "split a.txt"),
        (bad, None),  # reported by the writer, as standard input is read by it
        (record, "split news.jsonl:3"),
        ("-", None),
        ("b.txt", "split b.txt"),
    ]
