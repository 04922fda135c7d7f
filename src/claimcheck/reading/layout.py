"""Find an article's paragraphs and tell its body from the furniture around it.

The text is cut into paragraphs (a line each, or a block of hard-wrapped lines), and each
paragraph gets a role: the headline, body text, or one of the kinds of furniture news pages
carry (section headings, datelines, bylines, labels such as "OPINION:", tag lines, comment
policies, related-story blocks, author bios). The rules are in ``lexicons/layout.toml``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from claimcheck.dates import DateReader
from claimcheck.lexicons import Lexicons
from claimcheck.models import Layout, Paragraph

_NEWLINE = re.compile(r"\r\n|\r|\n")
# Leading markers that are layout, not words: markdown headings, list bullets, quote marks.
_HEADING_MARK = re.compile(r"#{1,6}\s+")
_LIST_MARK = re.compile(r"(?:[-*+•·▪►◦‣]|\d{1,3}[.)])\s+")
_QUOTE_MARK = re.compile(r">\s?")
_TERMINAL = ".!?…"
_CLOSERS = "\"'”’»)]*_"
_TAG_LINE = re.compile(r"[a-z0-9][a-z0-9\- ]*")
_LINK = re.compile(r"(?:<?(?:https?://|www\.)\S+>?\s*)+", re.I)  # a line that is only web addresses
_LONG_WORD = 4  # letters of the words whose case tells a title from a sentence
_TITLE_SHARE = 0.6  # of them capitalised: a title
_LEAD_WORD = re.compile(r"[^\W\d_]{4,}")  # words a headline and its lead may share

# A hard-wrapped text keeps its lines this short, and most of its long lines end mid-sentence.
_WRAP_WIDTH = 100
_WRAPPED_SHARE = 0.5
_WRAP_MIN = 40  # nobody wraps text narrower than this; shorter lines are headings and such
# A heading is short and does not read as a sentence.
_HEADING_WORDS = 14
_HEADING_CHARS = 120
_TAG_WORDS = 8


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    marker: str  # "", "heading", "list", "quote"
    role: str = ""  # known from its shape alone: furniture cut from the front of a line


def _lines(text: str) -> list[_Line | None]:
    """Each line's span without surrounding blanks or layout markers; None for a blank line."""
    out: list[_Line | None] = []
    pos = 0
    bounds = [(m.start(), m.end()) for m in _NEWLINE.finditer(text)] + [(len(text), len(text))]
    for line_end, next_start in bounds:
        start, end = pos, line_end
        while start < end and text[start].isspace():
            start += 1
        end = _stripped_end(text, start, end)
        pos = next_start
        if start == end:
            out.append(None)
            continue
        marker = ""
        for name, pattern in (
            ("heading", _HEADING_MARK),
            ("list", _LIST_MARK),
            ("quote", _QUOTE_MARK),
        ):
            m = pattern.match(text, start, end)
            if m and m.end() < end:
                start, marker = m.end(), name
                break
        out.append(_Line(start, end, marker))
    return out


def _stripped_end(text: str, start: int, end: int) -> int:
    """``end`` moved back past the spaces before it, not past ``start``."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _ends_sentence(s: str) -> bool:
    return s.rstrip(_CLOSERS)[-1:] in _TERMINAL if s.rstrip(_CLOSERS) else False


def _wrap_width(text: str, lines: list[_Line | None]) -> int:
    """The width hard-wrapped text was wrapped at, or 0 when it is not hard-wrapped (most long
    lines that another line follows end mid-sentence)."""
    real = [ln for ln in lines if ln is not None]
    if len(real) < 3:
        return 0
    width = max(ln.end - ln.start for ln in real)
    if width > _WRAP_WIDTH + 20:
        return 0
    followed = continued = lower = 0
    for ln, nxt in itertools.pairwise(lines):
        if ln is not None and nxt is not None and not nxt.marker and ln.end - ln.start >= _WRAP_MIN:
            followed += 1
            # a line was wrapped when it runs on and the next line's first word would not
            # have fitted on it; a list of unpunctuated sentences has lines of any length
            first_word = text[nxt.start : nxt.end].split(None, 1)[0]
            wrapped = ln.end - ln.start + 1 + len(first_word) > width
            if wrapped and not _ends_sentence(text[ln.start : ln.end]):
                continued += 1
                lower += first_word[:1].islower()
    # and wrapped prose goes on mid-sentence, in lower case, where a list's lines each start
    # with a capital
    return (
        width
        if continued >= 2 and continued / followed >= _WRAPPED_SHARE and lower * 3 >= continued
        else 0
    )


def _paragraphs(text: str) -> list[_Line]:
    """Lines merged into paragraphs; a paragraph's span runs from its first to its last word."""
    lines = _lines(text)
    wrap_width = _wrap_width(text, lines)
    paras: list[_Line] = []
    prev: _Line | None = None
    for ln in lines:
        if ln is None:
            prev = None
            continue
        if prev is not None and not ln.marker and prev.marker != "heading":
            last = text[prev.start : prev.end]
            first = text[ln.start]
            # a sentence broken across lines by hand: no end punctuation, lower-case next
            join = not _ends_sentence(last) and first.islower()
            if wrap_width:
                # in wrapped text a line runs on when it was long enough to have been wrapped
                join = join or len(last) >= 0.6 * wrap_width
            if join:
                paras[-1].end = ln.end
                prev = paras[-1]
                continue
        paras.append(_Line(ln.start, ln.end, ln.marker))
        prev = paras[-1]
    return paras


class LayoutReader:
    """Assigns roles to an article's paragraphs and reads its metadata."""

    def __init__(self, lexicons: Lexicons | None = None) -> None:
        lexicons = lexicons or Lexicons.packaged()
        data = lexicons["layout"]
        pats = data.get("patterns", {})

        def any_of(key: str, flags: int = re.I) -> list[re.Pattern[str]]:
            return [re.compile(p, flags) for p in pats.get(key, [])]

        self.kinds = {
            label.lower(): kind
            for kind, labels in data.get("kinds", {}).items()
            for label in labels
        }
        # words too common to tie a headline to its lead ("will", "after")
        self.stop_words = frozenset(w.casefold() for w in lexicons["matching"].get("stopwords", []))
        self.byline = any_of("byline", 0)
        self.credits = any_of("credits", 0)
        self.tags = any_of("tags")
        self.boilerplate = any_of("boilerplate")
        self.captions = any_of("captions")
        self.posts = any_of("posts", 0)
        self.related = any_of("related")
        self.about_author = any_of("about_author")
        self.bio = any_of("bio", 0)
        self.bio_cues = (
            re.compile(
                r"\b(?:" + "|".join(re.escape(c) for c in pats.get("bio_cues", [])) + r")\b", re.I
            )
            if pats.get("bio_cues")
            else None
        )
        self.prefixes = [
            (role, re.compile(p))
            for role, patterns in data.get("prefixes", {}).items()
            for p in patterns
        ]
        self.suffixes = [
            (role, re.compile(p))
            for role, patterns in data.get("suffixes", {}).items()
            for p in patterns
        ]
        self.dates = DateReader(lexicons)

    def read(self, text: str) -> Layout:
        paras = self._cut_furniture(text, _paragraphs(text))
        roles: list[str] = []
        published: str | None = None
        kind = "news"
        author: str | None = None
        in_body = False
        trailer: str | None = None  # set after a related-stories or about-the-author heading
        # heading-like lines are decided once their neighbours are known: a heading is
        # followed by body text, and a run of them is body (a list of unpunctuated sentences)
        candidates: dict[int, bool] = {}  # paragraph -> whether it could be the headline

        for i, para in enumerate(paras):
            s = text[para.start : para.end]
            has_next = i + 1 < len(paras)
            if para.role:
                roles.append(para.role)  # furniture cut from the front of a line
                published = published or (self.dates.parse(s) if para.role == "dateline" else None)
                continue
            if trailer:
                name = self._bio_author(s, trusted=True)
                roles.append("bio" if name is not None else trailer)
                author = author or name or None
                continue
            label = self._label(s)
            if label:
                kind = label if label != "news" else kind
                roles.append("label")
                continue
            date = self._dateline(s)
            if date:
                published = published or date[0]
                author = author or date[1]
                roles.append("dateline")
                continue
            by = self._byline(s)
            if by is not None:  # "" for a desk's credit, which names no one
                author = author or by or None
                roles.append("byline")
                continue
            if self._tag_line(s):
                roles.append("tags")
                continue
            if _LINK.fullmatch(s):
                roles.append("link")
                if i == 0:  # a stored page's own address, first: its date is the page's
                    published = published or self.dates.from_url(s)
                continue
            if any(p.fullmatch(s) for p in self.boilerplate):
                roles.append("boilerplate")
                continue
            if any(p.fullmatch(s) for p in self.captions):
                roles.append("caption")
                continue
            # the words of an embedded post, before its signature, are no heading
            before_post = has_next and paras[i + 1].role == "signature"
            heading = not before_post and (para.marker == "heading" or self._heading_like(s))
            if heading and any(p.fullmatch(s.rstrip(":").strip()) for p in self.related):
                trailer = "related"
                roles.append("related")
                continue
            if heading and any(p.fullmatch(s.rstrip(":").strip()) for p in self.about_author):
                trailer = "bio"
                roles.append("heading")
                continue
            if para.marker == "heading" or (heading and has_next):
                candidates[i] = not in_body
                roles.append("heading")
                continue
            in_body = True
            roles.append("body")

        title = self._resolve_headings(text, paras, roles, candidates)
        author = self._trailing_bios(text, paras, roles, author)
        return Layout(
            title=title,
            published=published,
            kind=kind,
            author=author,
            paragraphs=tuple(
                Paragraph(p.start, p.end, r) for p, r in zip(paras, roles, strict=True)
            ),
        )

    def _resolve_headings(
        self, text: str, paras: list[_Line], roles: list[str], candidates: dict[int, bool]
    ) -> str | None:
        """Headline, heading or body for each heading-like paragraph. A markdown heading is
        a heading. Otherwise a heading is what body text follows: in a run of heading-like
        lines (a list of statements, captions, a transcript without full stops), or before
        body text that has no full stop either, those that read as sentences are body; lines
        in title case, or of one or two words, stay headings. Of the heading-like lines before
        any body, the headline is the one that announces the lead (``_headline``)."""
        title: str | None = None
        opening = [i for i, c in candidates.items() if c]  # before any body text
        slugs = _slugs(text, paras, roles, opening)
        front = [i for i in opening if i not in slugs]
        chosen = self._headline(text, paras, roles, front)
        for i in candidates:
            s = text[paras[i].start : paras[i].end]
            if i == chosen:
                roles[i] = "headline"
                title = s.rstrip(":").strip()
                continue
            if paras[i].marker == "heading" or i in slugs or not _sentence_like(s):
                continue
            following = paras[i + 1] if i + 1 < len(paras) else None
            before_body = following is not None and roles[i + 1] == "body"
            # body text without a full stop after it: the lines are statements of one list
            unpunctuated = (
                following is not None
                and before_body
                and not _ends_sentence(text[following.start : following.end])
            )
            # in a run, all but a last line that body text follows (a heading after a list)
            in_run = (i - 1 in candidates and not before_body) or (i + 1 in candidates)
            if in_run or unpunctuated:
                roles[i] = "body"
        return title

    def _headline(
        self, text: str, paras: list[_Line], roles: list[str], front: list[int]
    ) -> int | None:
        """Of the heading-like lines before the body, the headline: the first that shares
        words with the opening of the body (a headline announces what the lead says; a site's
        name or a section's label above it shares nothing; a standfirst below it may share
        more), else the first."""
        if len(front) < 2:
            return front[0] if front else None
        body = [p for p, r in zip(paras, roles, strict=True) if r == "body"][:2]

        def words(p: _Line) -> set[str]:
            found = {w.casefold() for w in _LEAD_WORD.findall(text, p.start, p.end)}
            return found - self.stop_words

        lead = set().union(*map(words, body))

        def shared(i: int) -> int:
            return len(words(paras[i]) & lead)

        return next((i for i in front if shared(i)), front[0])

    def post_author(self, text: str, paragraph: Paragraph) -> tuple[int, int] | None:
        """The span of the author's name in an embedded post's signature (a paragraph of
        role "signature"): "Amitabh Kant" in "— Amitabh Kant (@amitabhk87) September 9, 2023"."""
        for pattern in self.posts:
            m = pattern.fullmatch(text, paragraph.start, paragraph.end)
            if m:
                return m.span("name")
        return None

    def _posts_apart(self, text: str, paras: list[_Line]) -> list[_Line]:
        """The paragraphs with each embedded post's signature cut off as a paragraph of its
        own, of role "signature": the post before it, its author's words, is a paragraph then,
        where pages run posts together ("... Hurts!— Quinn Nelson (@SnazzyQ) October 6,
        2014The seam on my ...")."""
        out: list[_Line] = []
        for para in paras:
            start = para.start
            found = (m for p in self.posts for m in p.finditer(text, para.start, para.end))
            for m in sorted(found, key=lambda m: m.start()):
                if m.start() < start:
                    continue  # within a signature another pattern found
                if text[start : m.start()].strip():
                    out.append(_Line(start, _stripped_end(text, start, m.start()), para.marker))
                out.append(_Line(m.start(), m.end(), "", "signature"))
                start = m.end()
                while start < para.end and text[start].isspace():
                    start += 1
            if start == para.start:
                out.append(para)
            elif start < para.end:
                out.append(_Line(start, para.end, para.marker, para.role))
        return out

    def _cut_furniture(self, text: str, paras: list[_Line]) -> list[_Line]:
        """Furniture at the front of a paragraph ("date 2023-08-24", "-Edited by Jo Smith-",
        "BRUSSELS --") or at its end ("... June 25, 2024. — Reuters") cut off as a paragraph
        of its own, so that it is not part of the first or the last claim."""
        out: list[_Line] = []
        for para in self._posts_apart(text, paras):
            if para.role == "signature":
                out.append(para)
                continue
            para, credit = self._suffix(text, para)
            start = para.start
            while True:
                for role, pattern in self.prefixes:
                    m = pattern.match(text, start, para.end)
                    if m and m.end() < para.end and m.end() > start:
                        end = m.end()
                        while end > start and text[end - 1] in " \t-–—:|":
                            end -= 1
                        out.append(_Line(start, end, "", role))
                        start = m.end()
                        break
                else:
                    break
            out.append(_Line(start, para.end, para.marker))
            if credit is not None:
                out.append(credit)
        return out

    def _suffix(self, text: str, para: _Line) -> tuple[_Line, _Line | None]:
        """The paragraph without the furniture at its end, and that furniture, if any."""
        for role, pattern in self.suffixes:
            for m in pattern.finditer(text, para.start, para.end):
                if m.end() != para.end or m.start() <= para.start:
                    continue
                credit = m.start()
                while text[credit].isspace():
                    credit += 1
                body = _Line(para.start, m.start(), para.marker, para.role)
                return body, _Line(credit, para.end, "", role)
        return para, None

    def _label(self, s: str) -> str | None:
        key = s.strip().rstrip(":|-–—").strip().lower()
        return self.kinds.get(key) if len(key) <= 40 else None

    def _dateline(self, s: str) -> tuple[str, str | None] | None:
        """(date, author) for a line made of a date, a byline and reading-time furniture."""
        if len(s) > 160:
            return None
        date: str | None = None
        author: str | None = None
        for part in re.split(r"\s*[|·•]\s*|\s+[-–—]\s+", s):
            if not part:
                continue
            found = self.dates.parse(part)
            if found:
                date = date or found
            elif (by := self._byline(part)) is not None:
                author = author or by or None
            elif not any(p.fullmatch(part) for p in self.boilerplate):
                return None
        return (date, author) if date else None

    def _byline(self, s: str) -> str | None:
        """The author a byline names, "" for a desk's or a staff post's credit, None if the
        line is no byline."""
        if len(s) > 120:
            return None
        if any(p.fullmatch(s.strip()) for p in self.credits):
            return ""
        for pattern in self.byline:
            m = pattern.fullmatch(s.strip())
            if m:
                return m.group("author").strip()
        return None

    def _tag_line(self, s: str) -> bool:
        if any(p.fullmatch(s) for p in self.tags):
            return True
        return bool(_TAG_LINE.fullmatch(s)) and len(s.split()) <= _TAG_WORDS

    def _heading_like(self, s: str) -> bool:
        words = s.split()
        if not 1 <= len(words) <= _HEADING_WORDS or len(s) > _HEADING_CHARS:
            return False
        stripped = s.rstrip(_CLOSERS)
        if not stripped or stripped[-1] in ".,;…" or s[-1] in ",;":
            return False
        first = s.lstrip("\"'“‘«([")[:1]
        return first.isupper() or first.isdigit()

    def _bio_author(self, s: str, *, trusted: bool) -> str | None:
        """The name a bio paragraph starts with ("" when it names none), or None if not a bio.
        Outside a related-stories or about-the-author block it needs a bio cue ("author",
        "fellow", "served"...)."""
        for pattern in self.bio:
            m = pattern.fullmatch(s)
            if m and (trusted or (self.bio_cues is not None and self.bio_cues.search(s))):
                return (m.groupdict().get("author") or "").strip()
        return None

    def _trailing_bios(
        self, text: str, paras: list[_Line], roles: list[str], author: str | None
    ) -> str | None:
        """Mark author bios at the end of the body; return the author they name."""
        for i in range(len(paras) - 1, -1, -1):
            if roles[i] in ("boilerplate", "tags", "related", "bio", "heading"):
                continue
            if roles[i] != "body":
                break
            s = text[paras[i].start : paras[i].end]
            name = self._bio_author(s, trusted=False)
            # a person the article was about is not its author: the bio's name must be new
            if name is None or (name and name in text[: paras[i].start]):
                break
            roles[i] = "bio"
            author = author or name or None
        return author


_CASED_WORD = re.compile(r"(?<![\w'’-])([^\W\d_])([^\W\d_]{2,})(?![\w'’-])")
_OPENERS = " \t\"'“‘("


def _slugs(text: str, paras: list[_Line], roles: list[str], front: list[int]) -> set[int]:
    """Of the heading-like lines before the body, those that write in lower case a name the
    body capitalises: a file's name or an image's alt text above the story ("Nipah ward
    kozhikode kerala"), which an edited headline never is; they stay headings."""
    lowered = [i for i in front if _lower_after_first(text[paras[i].start : paras[i].end])]
    if not lowered:
        return set()
    body = [text[p.start : p.end] for p, r in zip(paras, roles, strict=True) if r == "body"]
    names = _names_of(body)
    return {i for i in lowered if _names_in(text[paras[i].start : paras[i].end], names)}


def _names_of(body: list[str]) -> frozenset[str]:
    """The words the body writes only with a capital, one time at least inside a sentence:
    names ("Kozhikode", "Kerala"), in lower case."""
    capital: set[str] = set()
    lower: set[str] = set()
    for para in body:
        for m in _CASED_WORD.finditer(para):
            word = m.group(0).casefold()
            if m.group(1).islower():
                lower.add(word)
            elif m.group(2).islower() and not _starts_sentence(para, m.start()):
                capital.add(word)
    return frozenset(capital - lower)


def _starts_sentence(text: str, at: int) -> bool:
    k = at - 1
    while k >= 0 and text[k] in _OPENERS:
        k -= 1
    return k < 0 or text[k] in ".!?…:;"


def _lower_after_first(line: str) -> bool:
    """Whether a line of two words or more has no capital after its first word ("U.S.",
    "Marshal's" are capitals)."""
    _, _, rest = line.strip().partition(" ")
    return bool(rest) and not any(c.isupper() for c in rest)


def _names_in(line: str, names: frozenset[str]) -> bool:
    """Whether the line holds one of ``names`` after its first word (where it is in lower
    case, as a slug or a file's name writes it and an edited headline never does)."""
    _, _, rest = line.strip().partition(" ")
    return any((head + tail) in names for head, tail in _CASED_WORD.findall(rest))


def _sentence_like(s: str) -> bool:
    """Reads as a sentence rather than a title or a label: three words or more, some of them
    in lower case, and not in title case (most longer words capitalised)."""
    words = s.split()
    if len(words) < 3 or not any(w.isalpha() and w.islower() for w in words):
        return False
    long = [w for w in words if sum(c.isalpha() for c in w) >= _LONG_WORD]
    return not long or sum(w[0].isupper() for w in long) / len(long) < _TITLE_SHARE
