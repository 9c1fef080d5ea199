"""Reading inputs (graph.sources) and choosing what is read as news (graph.clean).

Every test writes real files under ``tmp_path``; nothing is mocked.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from graph.clean import Passage, is_boilerplate, is_caption, passages, reading_text
from graph.documents import Document, Skipped
from graph.sources import read_documents

REPO = Path(__file__).parents[1]
EXAMPLE = REPO / "examples" / "000_f23613198d838c56.txt"


def read_all(*paths: str | os.PathLike[str]) -> list[Document | Skipped]:
    return list(read_documents(paths))


def documents(items: list[Document | Skipped]) -> list[Document]:
    return [item for item in items if isinstance(item, Document)]


def skipped(items: list[Document | Skipped]) -> list[Skipped]:
    return [item for item in items if isinstance(item, Skipped)]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def assert_only_skip(items: list[Document | Skipped], source: Path | str, reason_part: str) -> None:
    """One Skipped for ``source`` whose reason says ``reason_part``; the good file still read."""
    skips = skipped(items)
    assert len(skips) == 1, skips
    assert skips[0].source == str(source)
    assert reason_part in skips[0].reason
    assert [doc.id for doc in documents(items)] == ["good"]


# --- sources: what is read and how it is named -------------------------------------------


def test_txt_file_named_directly_gets_its_file_name_as_id(tmp_path: Path) -> None:
    path = write(tmp_path / "000_f23613198d838c56.txt", "Some news.\n")
    [doc] = read_all(path)
    assert isinstance(doc, Document)
    assert doc.id == "000_f23613198d838c56"
    assert doc.text == "Some news.\n"
    assert doc.title == ""
    assert doc.source == str(path)


def test_txt_text_is_kept_exactly_as_decoded(tmp_path: Path) -> None:
    text = "  Leading spaces,\r\ntrailing blank lines and a tab\t\n\n\n"
    path = write(tmp_path / "a.txt", text)
    [doc] = read_all(path)
    assert doc.text == text


def test_utf8_bom_is_accepted_and_stripped(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", b"\xef\xbb\xbfCaf\xc3\xa9 news")
    [doc] = read_all(path)
    assert isinstance(doc, Document)
    assert doc.text == "Café news"


def test_folder_ids_are_relative_paths_with_slashes_in_sorted_order(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write(corpus / "politics" / "b.txt", "B")
    write(corpus / "politics" / "a.txt", "A")
    write(corpus / "sport" / "a.htm", "<html><body><p>Sport news here.</p></body></html>")
    write(corpus / "top.txt", "Top")
    items = read_all(corpus)
    assert [item.id for item in documents(items)] == ["politics/a", "politics/b", "sport/a", "top"]
    assert documents(items)[0].source == str(corpus / "politics" / "a.txt")
    assert skipped(items) == []


def test_folder_ignores_hidden_entries_and_other_extensions(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write(corpus / "a.txt", "A")
    write(corpus / ".draft.txt", "hidden file")
    write(corpus / ".git" / "b.txt", "hidden folder")
    write(corpus / "notes.md", "not an article")
    write(corpus / "scan.pdf", b"%PDF-1.4")
    items = read_all(corpus)
    assert items == [Document(id="a", text="A", source=str(corpus / "a.txt"))]


def test_folder_without_article_files_is_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    write(folder / "readme.md", "nothing to read")
    good = write(tmp_path / "good.txt", "Good news.")
    assert_only_skip(read_all(folder, good), folder, "folder has no .txt, .html or .jsonl files")


def test_read_documents_streams_lazily(tmp_path: Path) -> None:
    first = write(tmp_path / "first.txt", "First.")
    later = tmp_path / "later.txt"
    stream = read_documents([first, later])
    assert next(stream).id == "first"
    # Created only after the first article was handed out: nothing was read ahead.
    write(later, "Later.")
    assert next(stream).id == "later"


def test_jsonl_fields_become_document_fields(tmp_path: Path) -> None:
    lines = [
        {
            "id": "x1",
            "text": "Body one.",
            "title": "Title one",
            "date": "2024-05-01",
            "url": "https://example.org/1",
            "category": "ignored",
        },
        {"id": "x2", "text": "Body two."},
    ]
    path = write(tmp_path / "news.jsonl", "\n".join(json.dumps(line) for line in lines) + "\n")
    items = read_all(path)
    assert items == [
        Document(
            id="x1",
            text="Body one.",
            title="Title one",
            date="2024-05-01",
            url="https://example.org/1",
            source=f"{path}:1",
        ),
        Document(id="x2", text="Body two.", source=f"{path}:2"),
    ]


def test_jsonl_bad_lines_are_skipped_one_by_one_and_good_lines_kept(tmp_path: Path) -> None:
    lines = [
        '{"id": "a", "text": "Good A."}',
        "",
        '{"id": "b", "text": ',
        "[1, 2]",
        '{"id": 7, "text": "number id"}',
        '{"id": "c"}',
        '{"id": "d", "text": "   "}',
        '{"id": "e", "text": "Good E."}',
    ]
    path = write(tmp_path / "news.jsonl", "\n".join(lines))
    items = read_all(path)
    assert [doc.id for doc in documents(items)] == ["a", "e"]
    reasons = {skip.source: skip.reason for skip in skipped(items)}
    assert set(reasons) == {f"{path}:{n}" for n in (3, 4, 5, 6, 7)}  # blank line 2 ignored
    assert reasons[f"{path}:3"].startswith("invalid JSON: Expecting value")
    assert "not a JSON object" in reasons[f"{path}:4"]
    assert '"id" must be a string' in reasons[f"{path}:5"]
    assert 'missing "text"' in reasons[f"{path}:6"]
    assert "empty text" in reasons[f"{path}:7"]


def test_duplicate_document_id_is_skipped(tmp_path: Path) -> None:
    first = write(tmp_path / "a" / "story.txt", "First.")
    second = write(tmp_path / "b" / "story.txt", "Second.")
    items = read_all(first, second)
    assert [doc.source for doc in documents(items)] == [str(first)]
    assert skipped(items) == [
        Skipped(str(second), f"duplicate document id 'story' (first seen in {first})")
    ]


def test_html_main_text_is_extracted_without_navigation_or_footer(tmp_path: Path) -> None:
    html = """<!DOCTYPE html><html><head><title>Minister resigns | Daily Planet</title></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World news</a> <a href="/sport">Sport</a></nav>
<article><h1>Minister resigns</h1>
<p>The finance minister of Freedonia resigned on Tuesday after a row over the budget,
officials said.</p>
<p>Rufus T. Firefly, the prime minister, accepted the resignation and named a successor.</p>
</article>
<footer><p>Copyright 2024 Daily Planet. All rights reserved.</p>
<a href="/privacy">Privacy policy</a></footer>
</body></html>"""
    path = write(tmp_path / "page.html", html)
    [doc] = read_all(path)
    assert isinstance(doc, Document)
    assert doc.id == "page"
    assert "The finance minister of Freedonia resigned on Tuesday" in doc.text
    assert "Rufus T. Firefly, the prime minister" in doc.text
    assert "World news" not in doc.text
    assert "All rights reserved" not in doc.text
    assert "Privacy policy" not in doc.text
    assert "Minister resigns" in doc.title


def test_html_without_extractable_text_is_skipped(tmp_path: Path) -> None:
    path = write(tmp_path / "blank.html", "<html><head><title>x</title></head><body></body></html>")
    good = write(tmp_path / "good.txt", "Good news.")
    assert_only_skip(read_all(path, good), path, "no article text could be extracted")


# --- sources: bad inputs -------------------------------------------------------------------


def test_missing_path_is_skipped(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    good = write(tmp_path / "good.txt", "Good news.")
    assert_only_skip(read_all(missing, good), missing, "no such file or directory")


def test_empty_file_is_skipped(tmp_path: Path) -> None:
    empty = write(tmp_path / "empty.txt", b"")
    good = write(tmp_path / "good.txt", "Good news.")
    assert_only_skip(read_all(empty, good), empty, "empty file")


def test_whitespace_only_file_is_skipped_as_empty(tmp_path: Path) -> None:
    blank = write(tmp_path / "blank.txt", " \n\t\r\n\n")
    good = write(tmp_path / "good.txt", "Good news.")
    assert_only_skip(read_all(blank, good), blank, "empty file")


def test_binary_file_is_skipped(tmp_path: Path) -> None:
    binary = write(
        tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    )
    good = write(tmp_path / "good.txt", "Good news.")
    assert_only_skip(read_all(binary, good), binary, "binary file, not text")


def test_binary_file_without_nul_bytes_is_skipped(tmp_path: Path) -> None:
    # Mostly control bytes, no NUL: still not text.
    binary = write(tmp_path / "data.txt", bytes(range(1, 32)) * 20 + b"abc")
    good = write(tmp_path / "good.txt", "Good news.")
    assert_only_skip(read_all(binary, good), binary, "binary file, not text")


def test_latin1_text_is_skipped_with_the_bad_byte_and_position(tmp_path: Path) -> None:
    latin = write(tmp_path / "latin.txt", "Café Müller".encode("latin-1"))
    good = write(tmp_path / "good.txt", "Good news.")
    items = read_all(latin, good)
    assert_only_skip(items, latin, "not valid UTF-8")
    assert skipped(items)[0].reason == (
        "not valid UTF-8 (byte 0xe9 at position 3); re-save the file as UTF-8"
    )


def test_utf16_text_is_skipped_with_a_reason_to_re_save(tmp_path: Path) -> None:
    utf16 = write(tmp_path / "wide.txt", "Some news.".encode("utf-16"))
    good = write(tmp_path / "good.txt", "Good news.")
    assert_only_skip(read_all(utf16, good), utf16, "re-save the file as UTF-8")


def test_unsupported_extension_named_directly_is_skipped(tmp_path: Path) -> None:
    pdf = write(tmp_path / "report.pdf", b"%PDF-1.4 ...")
    good = write(tmp_path / "good.txt", "Good news.")
    assert_only_skip(
        read_all(pdf, good),
        pdf,
        "unsupported file type '.pdf'; newsgraph reads .txt, .html, .htm and .jsonl",
    )


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file"
)
def test_unreadable_file_is_skipped(tmp_path: Path) -> None:
    locked = write(tmp_path / "locked.txt", "Secret.")
    locked.chmod(0)
    good = write(tmp_path / "good.txt", "Good news.")
    try:
        assert_only_skip(read_all(locked, good), locked, "permission denied")
    finally:
        locked.chmod(0o600)


# --- clean: what of a document is read as news --------------------------------------------


def example_document() -> Document:
    [doc] = read_all(EXAMPLE)
    assert isinstance(doc, Document)
    return doc


def test_example_article_keeps_each_news_paragraph_once() -> None:
    doc = example_document()
    read = reading_text(doc)
    news = [
        "The second day of trilateral talks among Ukraine, the United States and Russia",
        "Ukraine's chief negotiator Rustem Umerov",
        "In a post on social media platform X, Umerov said",
        '"We are focused on substantive work.',
        "The two-day negotiations, held behind closed doors",
        "U.S. presidential special envoy Steve Witkoff",
        "Russia's delegation includes presidential aide Vladimir Medinsky",
        "The United States is represented by Witkoff and Jared Kushner",
        "Two previous rounds of trilateral talks, held in Abu Dhabi",
    ]
    for start in news:
        assert read.text.count(start) == 1, start
    assert len(read.passages) == len(news)


def test_example_article_drops_cookie_banner_caption_and_credit() -> None:
    read = reading_text(example_document())
    assert "cookies" not in read.text
    assert "/VCG" not in read.text
    assert "Journalists gather outside the entrance" not in read.text
    assert "(With input from Xinhua)" not in read.text


def test_title_is_the_first_passage_and_repeats_of_it_are_dropped() -> None:
    doc = Document(id="t", title="  Minister resigns \n", text="Minister  RESIGNS\nShe left.")
    assert passages(doc) == [Passage("title", 2, 18), Passage("text", 18, 27)]
    read = reading_text(doc)
    assert read.text == "Minister resigns\n\nShe left."
    assert read.starts == (0, 18)


def test_paragraphs_split_at_line_breaks_without_surrounding_whitespace() -> None:
    text = "  First para.  \r\n\r\n\tSecond para.\n   \nThird."
    doc = Document(id="p", text=text)
    assert [text[p.start : p.end] for p in passages(doc)] == [
        "First para.",
        "Second para.",
        "Third.",
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Kraft plans to cut back on advertising of products like Oreo cookies.",
        "Google said it would stop using third-party cookies in its Chrome browser.",
        "Facebook updated its privacy policy on Tuesday, the company said.",
        "LG Card's creditors gave LG group until Wednesday to sign up to a rescue package.",
        "Advertising spending rose 5% last year.",
        "Companies fail to plan for HIV/Aids until it affects 20% of people, a report says.",
        "(after extra-time - score at 90 mins 1-1)",
        "Reporting by the BBC found that the minister had misled parliament.",
    ],
)
def test_news_about_cookies_ads_or_credits_is_kept(paragraph: str) -> None:
    assert not is_boilerplate(paragraph)
    assert not is_caption(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "We use cookies to improve your experience on our website.",
        "Sign up for our daily newsletter",
        "© 2024 Example Media Ltd. All rights reserved.",
        "Privacy Policy | Terms of Use",
        "Advertisement",
        "Police stand guard outside parliament on Tuesday. / Reuters",
        "A man walks past a mural in Kyiv. REUTERS/Gleb Garanich",
        "Photo: Xinhua",
        "Image caption The minister arrived on Monday",
        "(Reporting by John Smith; Editing by Jane Doe)",
    ],
)
def test_site_chrome_and_captions_are_dropped(paragraph: str) -> None:
    doc = Document(id="c", text=f"The minister resigned.\n{paragraph}\n")
    assert reading_text(doc).text == "The minister resigned."


@pytest.mark.parametrize("word", ["Witkoff", "Kushner", "Medinsky", "Geneva"])
def test_to_source_maps_a_word_back_to_the_document_text(word: str) -> None:
    doc = example_document()
    read = reading_text(doc)
    start = read.text.index(word)
    field, s, e = read.to_source(start, start + len(word))
    assert field == "text"
    assert doc.text[s:e] == word


def test_to_source_maps_a_title_word_back_to_the_title() -> None:
    doc = Document(id="t", title=" Putin meets Xi ", text="Intro.\nPutin arrived in Beijing.")
    read = reading_text(doc)
    assert read.to_source(read.text.index("Xi"), read.text.index("Xi") + 2) == ("title", 13, 15)
    start = read.text.index("Beijing")
    field, s, e = read.to_source(start, start + len("Beijing"))
    assert (field, doc.text[s:e]) == ("text", "Beijing")


def test_to_source_clips_a_range_spanning_passages_to_where_it_starts() -> None:
    doc = Document(id="t", text="Alpha beta.\nGamma delta.")
    read = reading_text(doc)
    start = read.text.index("beta")
    field, s, e = read.to_source(start, read.text.index("delta"))
    assert (field, doc.text[s:e]) == ("text", "beta.")


def test_wire_dateline_is_not_read_as_news():
    from graph.clean import reading_text

    doc = Document(id="d", text="JERUSALEM (Reuters) - Thousands of Israelis protested.")
    reading = reading_text(doc)
    assert reading.text == "Thousands of Israelis protested."
    field, start, end = reading.to_source(0, len("Thousands"))
    assert field == "text" and doc.text[start:end] == "Thousands"


def test_backslash_line_break_of_a_feed_is_read_as_a_space() -> None:
    doc = Document(id="ag", title="", text=r"President Bush urged\Russian President Vladimir "
                   r"Putin to uphold\democracy. Keep C:\ as is.")
    read = reading_text(doc)
    assert "urged Russian President" in read.text
    assert "uphold democracy" in read.text
    assert "C:\\ as is" in read.text
    start = read.text.index("Russian")
    _, s, e = read.to_source(start, start + len("Russian President"))
    assert doc.text[s:e] == "Russian President"
