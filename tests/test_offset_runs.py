"""Offset maps read from a project are kept as runs and read exactly like the lists they were."""

from __future__ import annotations

import pickle
import sys

from hypothesis import given
from hypothesis import strategies as st

from explorer.corpus.reading import read_file
from explorer.corpus.textmap import source_range
from explorer.model import OffsetRuns
from explorer.store import codec

offset_lists = st.lists(st.integers(min_value=0, max_value=10_000), max_size=200)


@given(offset_lists, st.integers(min_value=-250, max_value=250), st.slices(220))
def test_runs_read_like_the_list(offsets: list[int], index: int, part: slice) -> None:
    runs = OffsetRuns.of(offsets)
    assert len(runs) == len(offsets)
    assert list(runs) == offsets
    assert runs == offsets and runs == OffsetRuns.of(offsets)
    assert runs[part] == offsets[part]
    if -len(offsets) <= index < len(offsets):
        assert runs[index] == offsets[index]
    else:
        try:
            runs[index]
        except IndexError:
            pass
        else:
            raise AssertionError(f"index {index} of {len(offsets)} did not raise")
    stored = codec.encode_offsets(offsets)
    assert codec.encode_offsets(runs) == stored
    decoded = codec.decode_offsets(stored)
    assert decoded == offsets and list(decoded) == offsets
    assert pickle.loads(pickle.dumps(decoded)) == offsets  # sent to and from worker processes


def test_a_real_article_is_a_few_runs_and_maps_back_to_its_file(tmp_path) -> None:
    raw = (
        "<html><body><nav>Home | World</nav><h1>Talks in Sochi</h1>"
        "<p>Russia &amp; Turkey met in Sochi on Monday.</p>"
        "<p>Caf\u0065\u0301 owners in Ankara   watched.</p></body></html>"
    )
    path = tmp_path / "a.html"
    path.write_text(raw, encoding="utf-8")
    doc = read_file(path)
    runs = codec.decode_offsets(codec.encode_offsets(doc.offsets))
    assert isinstance(runs, OffsetRuns) and runs == doc.offsets
    start = doc.text.index("Russia & Turkey")
    end = start + len("Russia & Turkey")
    assert source_range(doc.raw_text, runs, start, end) == source_range(
        doc.raw_text, doc.offsets, start, end
    )
    a, b = source_range(doc.raw_text, runs, start, end)
    assert doc.raw_text[a:b] == "Russia &amp; Turkey"
    # the point of it: memory that does not grow with the text
    long = OffsetRuns.of(range(1_000_000))
    assert len(long.runs()) == 1 and sys.getsizeof(long) < 200
