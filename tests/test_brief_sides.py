"""The brief's "Who backs whom" on real news from the stance documents: a mediation is told as
talks with each side or in the conflict itself, and conflicts whose articles name no side are
listed in one line, not each under a heading of its own."""

from __future__ import annotations

import re
import shutil

import pytest

from explorer.export.brief import BriefSpec, brief_html
from explorer.items import build_items
from explorer.pipeline import analyse_sources
from tests.articles import EVAL

DOCS = EVAL / "stances" / "docs"
# African Union talks on Darfur (its two sides; the crisis itself), and an Israeli raid in Gaza
# whose article names a conflict and no side in it
ARTICLES = ("agnews-test-1982.txt", "agnews-test-1491.txt", "agnews-test-4464.txt")


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> str:
    if not DOCS.is_dir():
        pytest.skip("the stance documents are not beside the project")
    folder = tmp_path_factory.mktemp("news")
    for name in ARTICLES:
        shutil.copy(DOCS / name, folder / name)
    return " ".join(brief_html(build_items(analyse_sources([folder])), BriefSpec("t")).split())


def _claims(page: str) -> list[str]:
    return [
        re.sub(r"</?strong>", "", claim)
        for claim in re.findall(r'<td class="claim">(.*?)(?:<br>|</td>)', page)
    ]


def test_a_mediation_reads_as_talks_with_a_side_or_in_the_conflict(page: str) -> None:
    claims = _claims(page)
    assert "African Union mediates with Darfur rebels" in claims
    assert "African Union mediates with Sudanese government" in claims
    assert "African Union mediates in War in Darfur" in claims
    assert not any("mediates between" in c for c in claims)


def test_conflicts_with_no_side_named_share_one_line(page: str) -> None:
    headings = re.findall(r"<h3>(.*?)</h3>", page)
    assert "War in Darfur" in headings
    assert "Israel–Gaza conflict" not in headings
    assert "Conflict not stated" not in headings
    # the Sudan war of 2023 is no conflict of these 2004 Darfur stories (theatres32)
    assert "name no side in 1 conflict: Israel–Gaza conflict." in page
