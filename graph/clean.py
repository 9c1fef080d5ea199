"""What of a document is read as news: paragraphs minus repeats, site chrome and captions.

Scraped articles carry more than the story: cookie banners, photo captions with agency
credits, paragraphs pasted twice, "(With input from Xinhua)". Reading those would add
people and places that are not in the news, or count the same evidence twice. This module
decides which passages of a `Document` are read, and keeps offsets so everything found in
the reading text can be pointed back at the exact characters the user gave us.

The rules are data (regex lists below), each general, none keyed to one article. They are
deliberately narrow: a news paragraph *about* cookies, newsletters or advertising must
survive, so each pattern looks for the phrasing of site chrome, not just a topic word.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Literal

from graph.documents import Document

__all__ = ["Passage", "ReadingText", "is_boilerplate", "is_caption", "passages", "reading_text"]

# Longer paragraphs are real prose even when they mention cookies or newsletters; banners,
# footers and sign-up prompts are one or two sentences.
MAX_BOILERPLATE_CHARS = 400
# Captions are a sentence or two plus a credit; a long paragraph that happens to end in
# "/ Reuters" is more likely prose, and losing prose costs more than keeping a caption.
MAX_CAPTION_CHARS = 600

PASSAGE_SEPARATOR = "\n\n"

# The line breaks str.splitlines() knows; one paragraph never spans any of them.
_LINE = re.compile(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")

_I = re.IGNORECASE

# (b) Site boilerplate, tested only on paragraphs shorter than MAX_BOILERPLATE_CHARS.
# Each pattern needs the site talking about itself or to the reader ("our", "you", "this
# site", a bare UI label), because a topic word alone also appears in news.
BOILERPLATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    # Cookie banners: "This site uses cookies", "By continuing ... our use of cookies".
    re.compile(r"\b(?:we|this (?:web)?site|our (?:web)?site|the site) uses? cookies\b", _I),
    re.compile(r"\b(?:our|the site's) use of cookies\b", _I),
    # Cookie controls: "Accept all cookies", "Manage cookies", "your cookie settings".
    re.compile(r"\b(?:accept|reject|allow|block) all cookies\b|\bmanage cookies\b", _I),
    re.compile(r"\b(?:our|your) cookie (?:policy|settings|preferences|notice)\b", _I),
    # Privacy and terms links: "our Privacy Policy", "Terms of Use and Privacy Policy".
    re.compile(r"\bour (?:(?:new|revised|updated) )?privacy (?:policy|notice|statement)\b", _I),
    # A footer link list and nothing else: "Privacy Policy | Terms of Use | Contact us".
    re.compile(
        r"^\W*(?:(?:privacy (?:policy|notice)|terms (?:of (?:use|service)|and conditions)|"
        r"cookie (?:policy|settings)|contact us|about us|accessibility|sitemap|help)"
        r"\W*(?:and\W+)?)+$",
        _I,
    ),
    re.compile(r"\b(?:our|these) terms (?:of (?:use|service)|and conditions)\b", _I),
    # Newsletter prompts: "Sign up for our newsletter", "Subscribe to our daily newsletter".
    re.compile(r"\b(?:sign up|subscribe)\b.{0,60}\bnewsletters?\b", _I),
    re.compile(r"\b(?:our|free|daily|weekly) (?:\w+ )?newsletters?\b.{0,60}\binbox\b", _I),
    re.compile(r"\bour (?:email |e-mail )?newsletters?\b", _I),
    # Footers: "All rights reserved", "© 2024 Example Media", "Copyright 2024 ...".
    re.compile(r"\ball rights reserved\b", _I),
    re.compile(r"^\W*(?:©|\(c\)\s*\d{4}|copyright\s+(?:©|\(c\)|\d{4}))", _I),
    # Sign-up calls to action: a paragraph opening with "Sign up", or "sign up now/here".
    re.compile(r"^\W*sign (?:up|in)\b", _I),
    re.compile(r"\bsign up (?:now|today|here)\b", _I),
    re.compile(r"\bsign up (?:for|to) (?:our|receive|get)\b", _I),
    # Ad slots: a bare "Advertisement" label, alone or with its scroll prompt.
    re.compile(r"^\W*(?:advertisement|advertising|sponsored(?: content)?)\W*$", _I),
    re.compile(r"^\W*advertisement\b.{0,40}\b(?:scroll|continue|content)\b", _I),
    re.compile(r"\b(?:story|article) continues (?:below|after) (?:this )?advert", _I),
)

# (c) Photo captions and credit lines, tested on paragraphs shorter than MAX_CAPTION_CHARS.
# An agency or credit name: up to three capitalised words ("VCG", "Getty Images", "China
# Daily", "EPA-EFE"), as a photo desk writes it at the end of a caption.
_CREDIT_NAME = r"[A-Z][\w&.'-]{0,19}(?:\s[A-Z][\w&.'-]{0,19}){0,2}"
CAPTION_PATTERNS: tuple[re.Pattern[str], ...] = (
    # A caption ending in an agency credit after a slash: "... in Geneva. /VCG",
    # "... on Tuesday. / Reuters". A space on at least one side of the slash keeps
    # "HIV/Aids" and "AC/DC" out.
    re.compile(rf"(?:\s/\s*|/\s+){_CREDIT_NAME}\s*$"),
    # Photographer credits: "REUTERS/Denis Balibouse", "AP Photo/Evan Vucci".
    re.compile(
        r"\b(?:REUTERS|Reuters|AFP|AP(?: Photo)?|EPA(?:-EFE)?|Getty Images|Xinhua|"
        rf"Bloomberg|Anadolu)\s?/\s?{_CREDIT_NAME}\s*\.?\s*$"
    ),
    # Credit in brackets at the end: "... the summit. (Photo: Xinhua)", "(Photo by X/AFP)".
    re.compile(r"\((?:photos?|images?|pictures?|file photo)\s*(?::|by\b)[^()]*\)\W*$", _I),
    # Caption labels: "Photo: ...", "Image: ...", "Picture: ...", "Image caption ...",
    # and the BBC's "Image copyright ...", "Media caption ...".
    re.compile(r"^\W*(?:photo|image|picture|caption)s?\s*:", _I),
    re.compile(r"^\W*(?:image|media|photo|picture) (?:caption|copyright|credit)\b", _I),
    # Parenthesised wire credits closing an article: "(With input from Xinhua)",
    # "(Reporting by A; Editing by B)", "(Additional reporting by C)", "(Source: AP)".
    re.compile(
        r"^\s*\(\s*(?:with (?:additional )?(?:input|inputs|reporting|contributions?) from|"
        r"(?:additional )?reporting by|editing by|writing by|compiled by|"
        r"sources?\s*:|(?:photo|image|video)s?\s*:)[^()]*\)\W*$",
        _I,
    ),
    # The same credit without brackets, as Reuters ends stories: "Reporting by A; Editing by
    # B". Both parts are required, because "Reporting by the BBC found ..." is prose.
    re.compile(r"^\W*(?:additional )?(?:reporting|writing) by\b.*\bediting by\b", _I),
)


# Some feeds (AG News) write a line break as a backslash: "urged\Russian President". Read as
# a space; one character for one, so offsets into the source still hold.
_BACKSLASH_BREAK = re.compile(r"(?<=\S)\\(?=\S)")


@dataclass(frozen=True)
class Passage:
    """A span of a `Document` attribute that is read as news."""

    field: Literal["title", "text"]  # which Document attribute it is in
    start: int  # offsets into that attribute, as given
    end: int


@dataclass(frozen=True)
class ReadingText:
    """The passages of a document joined into one string, with a map back to the source."""

    text: str  # the kept passages joined by "\n\n" (title first)
    passages: tuple[Passage, ...]
    starts: tuple[int, ...]  # where each passage starts in `text`

    def to_source(self, start: int, end: int) -> tuple[str, int, int]:
        """Map a ``[start, end)`` range of `text` back to the document.

        Parameters
        ----------
        start, end
            Character offsets into `text`, ``0 <= start <= end <= len(text)``.

        Returns
        -------
        tuple of (str, int, int)
            ``(field, start, end)``: the Document attribute (``"title"`` or ``"text"``)
            and the offsets in it. A range inside one passage maps exactly; a range that
            spans passages is clipped to the passage where it starts (a range starting in
            the separator between two passages belongs to the next one).

        Raises
        ------
        ValueError
            If the range is reversed or outside `text`, or there are no passages.
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(
                f"range [{start}, {end}) is not inside the reading text (length {len(self.text)})"
            )
        if not self.passages:
            raise ValueError("the reading text has no passages to map back to")
        index = max(bisect.bisect_right(self.starts, start) - 1, 0)
        passage = self.passages[index]
        length = passage.end - passage.start
        if start >= self.starts[index] + length and end > start:
            # Starts in the "\n\n" after this passage: the range is about the next one.
            if index + 1 >= len(self.passages):
                raise ValueError(f"range [{start}, {end}) covers no passage")
            index += 1
            passage = self.passages[index]
            length = passage.end - passage.start
            start = self.starts[index]
            end = max(end, start)
        local_start = start - self.starts[index]
        local_end = min(end - self.starts[index], length)
        return passage.field, passage.start + local_start, passage.start + local_end


def passages(doc: Document) -> list[Passage]:
    """Choose the passages of a document that are read as news.

    Parameters
    ----------
    doc
        The article, exactly as read.

    Returns
    -------
    list of Passage
        The title first (if it has any non-space character), then each paragraph of the
        text (one per non-blank line, offsets excluding the line's surrounding whitespace)
        that is not a repeat of an earlier passage, site boilerplate or a photo caption /
        credit line. Offsets point into ``doc.title`` or ``doc.text`` unchanged.
    """
    kept: list[Passage] = []
    seen: set[str] = set()
    title_span = _strip_span(doc.title, 0, len(doc.title))
    if title_span is not None:
        kept.append(Passage("title", *title_span))
        seen.add(_fold(doc.title[title_span[0] : title_span[1]]))
    for start, end in _paragraph_spans(doc.text):
        paragraph = doc.text[start:end]
        key = _fold(paragraph)
        if key in seen:
            continue
        seen.add(key)
        if is_boilerplate(paragraph) or is_caption(paragraph):
            continue
        start += dateline_length(paragraph)
        kept.append(Passage("text", start, end))
    return kept


# Wire-copy openings that name the agency or the dateline, not the news:
# "AFP - ...", "Canadian Press - VANCOUVER (CP) - ...", "JERUSALEM (Reuters) - ...",
# "TEHRAN (IRNA) -- ...", "KIEV -- ...". A person's name never stands in capitals before a dash.
_AGENCIES = r"(?:AP|AFP|Reuters|Canadian Press|CP|PA|UPI|dpa|DPA|Xinhua|IRNA|TASS|Interfax|" \
    r"Kyodo|Yonhap|ANSA|EFE|Bloomberg|CNN|BBC|SPACE\.com|Forbes\.com|Sify|NewsFactor)"
DATELINE_PATTERNS = [
    re.compile(rf"^{_AGENCIES}\s+(?:-{{1,2}}|–|—)\s+"),
    re.compile(r"^[A-Z][A-Z.'-]{2,}(?:[ ,]+[A-Z][A-Za-z.'-]+){0,3}\s*(?:\([^)\n]{1,30}\)\s*)?"
               r"(?:-{1,2}|–|—|:)\s+"),
]


def dateline_length(paragraph: str) -> int:
    """Length of the agency or dateline opening of ``paragraph`` (0 if none); repeated, as in
    "Canadian Press - VANCOUVER (CP) - ...".

    Examples
    --------
    >>> p = "JERUSALEM (Reuters) - Thousands protested."
    >>> p[dateline_length(p):]
    'Thousands protested.'
    >>> dateline_length("Tony Blair - the prime minister - spoke.")
    0
    """
    total = 0
    for _ in range(3):
        rest = paragraph[total:]
        match = next((m for m in (p.match(rest) for p in DATELINE_PATTERNS) if m), None)
        if not match or match.end() >= len(rest):
            break
        total += match.end()
    return total


def reading_text(doc: Document) -> ReadingText:
    """Join the passages of a document into the text that is read as news.

    Parameters
    ----------
    doc
        The article, exactly as read.

    Returns
    -------
    ReadingText
        The kept passages (see `passages`) joined by a blank line, title first, with the
        offsets needed to map any range of it back to the document (`ReadingText.to_source`).
    """
    chosen = passages(doc)
    pieces: list[str] = []
    starts: list[int] = []
    position = 0
    for passage in chosen:
        source = doc.title if passage.field == "title" else doc.text
        piece = _BACKSLASH_BREAK.sub(" ", source[passage.start : passage.end])
        if pieces:
            position += len(PASSAGE_SEPARATOR)
        starts.append(position)
        pieces.append(piece)
        position += len(piece)
    return ReadingText(
        text=PASSAGE_SEPARATOR.join(pieces), passages=tuple(chosen), starts=tuple(starts)
    )


def is_boilerplate(paragraph: str) -> bool:
    """Tell whether a paragraph is site chrome: cookie, privacy, newsletter, ad or footer text.

    Parameters
    ----------
    paragraph
        One paragraph, as it appears in the document.

    Returns
    -------
    bool
        True if it is short (under ``MAX_BOILERPLATE_CHARS``) and matches one of
        `BOILERPLATE_PATTERNS`.
    """
    return _short_match(paragraph, MAX_BOILERPLATE_CHARS, BOILERPLATE_PATTERNS)


def is_caption(paragraph: str) -> bool:
    """Tell whether a paragraph is a photo caption or a credit line.

    Parameters
    ----------
    paragraph
        One paragraph, as it appears in the document.

    Returns
    -------
    bool
        True if it is shorter than ``MAX_CAPTION_CHARS`` and matches one of
        `CAPTION_PATTERNS`.
    """
    return _short_match(paragraph, MAX_CAPTION_CHARS, CAPTION_PATTERNS)


def _short_match(paragraph: str, limit: int, patterns: tuple[re.Pattern[str], ...]) -> bool:
    """A paragraph shorter than ``limit`` characters that one of ``patterns`` matches."""
    text = paragraph.strip()
    return len(text) < limit and any(pattern.search(text) for pattern in patterns)


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of each non-blank line of ``text``, without its surrounding whitespace."""
    spans = []
    for match in _LINE.finditer(text):
        span = _strip_span(text, match.start(), match.end())
        if span is not None:
            spans.append(span)
    return spans


def _strip_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Narrow ``text[start:end]`` to exclude surrounding whitespace; None if nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _fold(paragraph: str) -> str:
    """The form two paragraphs share when they are the same words: spaces and case folded."""
    return " ".join(paragraph.split()).casefold()
