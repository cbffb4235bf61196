"""The SSE decoder, rule by rule: each input is decoded whole, one byte at a time, and in uneven
pieces, and must give the same events every way."""

from __future__ import annotations

import pytest
from azopenai._sse import SSEDecoder
from hypothesis import given, settings
from hypothesis import strategies as st


def feed_all(pieces: list[bytes]) -> list[str]:
    decoder = SSEDecoder()
    events: list[str] = []
    for piece in pieces:
        events.extend(decoder.feed(piece))
    return events


def decode(body: bytes) -> list[str]:
    """The events of ``body``, checked to be the same whole, byte by byte and in pieces of 3 and 7."""
    whole = feed_all([body])
    assert feed_all([body[i : i + 1] for i in range(len(body))]) == whole
    for size in (3, 7):
        assert feed_all([body[i : i + size] for i in range(0, len(body), size)]) == whole
    return whole


def test_event_is_dispatched_only_at_the_blank_line() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: one\n") == []
    assert decoder.feed(b"data: two\n") == []
    assert decoder.feed(b"\n") == ["one\ntwo"]
    assert decode(b"data: a\n\ndata: b\n\n") == ["a", "b"]


@pytest.mark.parametrize("eol", [b"\n", b"\r\n", b"\r"], ids=["LF", "CRLF", "CR"])
def test_line_endings(eol: bytes) -> None:
    body = b"data: a" + eol + b"data: b" + eol + eol + b"data: c" + eol + eol
    assert decode(body) == ["a\nb", "c"]


def test_mixed_line_endings() -> None:
    assert decode(b"data: a\r\ndata: b\rdata: c\n\r\ndata: d\r\rdata: e\n\n") == ["a\nb\nc", "d", "e"]


def test_crlf_split_across_reads_is_one_line_ending() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\r") == []
    assert decoder.feed(b"\n") == []  # the end of "\r\n", not a blank line
    assert decoder.feed(b"data: b\r") == []
    assert decoder.feed(b"\n\r") == ["a\nb"]
    assert decoder.feed(b"\ndata: c\r\n\r\n") == ["c"]


def test_data_lines_are_joined_with_lf() -> None:
    assert decode(b'data: {\ndata:   "a": 1\ndata: }\n\n') == ['{\n  "a": 1\n}']


def test_one_leading_space_is_removed() -> None:
    assert decode(b"data:x\n\ndata: x\n\ndata:  x\n\ndata:\n\ndata: \n\n") == ["x", "x", " x", "", ""]


def test_bare_data_line_adds_an_empty_line() -> None:
    assert decode(b"data\n\ndata\ndata\n\ndata: a\ndata\n\n") == ["", "\n", "a\n"]


def test_colon_in_value_is_kept() -> None:
    assert decode(b'data: {"a": "b:c"}\n\n') == ['{"a": "b:c"}']


def test_comments_are_ignored() -> None:
    assert decode(b": keep-alive\n\n:\ndata: a\n: between\ndata: b\n\n") == ["a\nb"]


def test_id_retry_event_and_unknown_fields_are_ignored() -> None:
    body = b"id: 7\nretry: 1000\nevent: message\nfoo: bar\nDATA: no\ndatax: no\n data: no\ndata: yes\n\n"
    assert decode(body) == ["yes"]


def test_event_without_data_is_not_dispatched() -> None:
    assert decode(b"id: 1\n\nevent: x\n\n: c\n\n\n\ndata: a\n\n") == ["a"]


def test_utf8_split_across_reads() -> None:
    text = 'data: {"t": "héllo wörld ✓ 🙂 日本"}'
    body = (text + "\n\n").encode()
    assert decode(body) == [text[len("data: ") :]]
    emoji = "🙂".encode()
    decoder = SSEDecoder()
    assert decoder.feed(b"data: " + emoji[:1]) == []
    assert decoder.feed(emoji[1:3]) == []
    assert decoder.feed(emoji[3:] + b"\n\n") == ["🙂"]


def test_invalid_utf8_becomes_replacement_character() -> None:
    assert decode(b"data: a\xffb\n\n") == ["a\ufffdb"]


def test_byte_order_mark_at_start_is_ignored() -> None:
    bom = "\ufeff".encode()
    assert decode(bom + b"data: a\n\n") == ["a"]
    assert decode(bom + bom + b"data: a\n\n") == []  # the second mark is part of a field name
    assert decode(b"data: " + bom + b"a\n\n") == ["\ufeffa"]  # not at the start: kept
    assert decode(b"\xef\xbbdata: a\n\n") == []  # a partial mark is not one


def test_events_larger_than_64_kib() -> None:
    big = "x" * 200_000 + "é"
    body = f"data: {big}\ndata: {big}\n\ndata: small\n\n".encode()
    assert feed_all([body]) == [f"{big}\n{big}", "small"]
    assert feed_all([body[i : i + 1000] for i in range(0, len(body), 1000)]) == [f"{big}\n{big}", "small"]
    one_line = f"data: {'y' * 70_000}\n\n".encode()
    assert feed_all([one_line[i : i + 1] for i in range(len(one_line))]) == ["y" * 70_000]


def test_unterminated_event_at_the_end_is_not_dispatched() -> None:
    assert decode(b"data: a\n\ndata: b\n") == ["a"]
    assert decode(b"data: a\n\ndata: b") == ["a"]


def test_done_is_plain_data_to_the_decoder() -> None:
    assert decode(b"data: [DONE]\n\n") == ["[DONE]"]


def test_empty_reads_change_nothing() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"") == []
    assert decoder.feed(b"data: a\r") == []
    assert decoder.feed(b"") == []
    assert decoder.feed(b"\n\n") == ["a"]


# --- property: any valid stream, split anywhere, gives the events of the unsplit stream ---------------

_VALUE = st.text(st.characters(exclude_characters="\r\n", exclude_categories=("Cs",)), max_size=30)
_LINE = st.one_of(
    st.tuples(st.just("data"), _VALUE, st.booleans()),  # (kind, value, space after the colon)
    st.tuples(st.sampled_from(["comment", "id", "retry", "event", "other"]), _VALUE, st.booleans()),
)
_EVENT = st.lists(_LINE, min_size=1, max_size=5)


@st.composite
def event_streams(draw: st.DrawFn) -> tuple[bytes, list[str]]:
    """A valid event stream and the events it holds."""
    events = draw(st.lists(_EVENT, max_size=8))
    out: list[str] = ["\ufeff"] if draw(st.booleans()) else []
    expected: list[str] = []
    previous_eol = ""

    def end_line(line: str) -> None:
        nonlocal previous_eol
        choices = ["\n", "\r\n", "\r"]
        if not line and previous_eol == "\r":
            choices.remove("\n")  # "\r" then "\n" would be one line ending
        previous_eol = draw(st.sampled_from(choices))
        out.append(line + previous_eol)

    for event in events:
        data: list[str] = []
        for kind, value, space in event:
            if kind == "data":
                data.append(value[1:] if not space and value.startswith(" ") else value)
                end_line("data:" + (" " if space else "") + value)
            elif kind == "comment":
                end_line(":" + value)
            else:
                end_line(f"{kind}:{' ' if space else ''}{value}")
        end_line("")
        if data:
            expected.append("\n".join(data))
    return "".join(out).encode(), expected


@settings(max_examples=300, deadline=None)
@given(stream=event_streams(), data=st.data())
def test_any_split_gives_the_events_of_the_unsplit_stream(stream: tuple[bytes, list[str]], data: st.DataObject) -> None:
    body, expected = stream
    cuts = sorted(data.draw(st.lists(st.integers(0, len(body)), max_size=20)))
    pieces = [body[start:end] for start, end in zip([0, *cuts], [*cuts, len(body)], strict=True)]
    assert feed_all([body]) == expected
    assert feed_all(pieces) == expected
