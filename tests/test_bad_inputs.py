"""Bad input files: each is read or named with its reason, and the batch goes on."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from explorer.corpus import read_file, read_sources
from explorer.corpus.encoding import decode_bytes
from explorer.limits import Limits
from explorer.pipeline import analyse_documents, ingest
from explorer.store import Project

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_fac6017f9c5b3381.txt"


# --- encodings ----------------------------------------------------------------------------------

SAMPLES = [
    ("À Bamako, le président malien a reçu l'émissaire. On négocie à Kidal et à Gao.", "latin-1"),
    ("« À Bamako », dit-il — l’armée a été déployée… Les négociations reprennent.", "cp1252"),
    (
        "Der Außenminister traf in München ein; Österreich schließt sich den Gesprächen an.",
        "latin-1",
    ),
    ("¿Qué pasó en Caracas? El gobierno de España anunció sanciones el año pasado.", "latin-1"),
    ("W Łodzi i Gdańsku odbyły się protesty. Prezydent spotkał się z premierem Węgier.", "cp1250"),
    ("W Łodzi i Gdańsku odbyły się protesty. Zażółć gęślą jaźń, rzekł premier.", "iso8859_2"),
    ("Preşedintele României a vizitat Chişinău. Discuţiile au continuat în capitală.", "cp1250"),
    (
        "Türkiye Cumhurbaşkanı, Soçi'de Rusya Devlet Başkanı ile görüştü. İdlib'de anlaşma.",
        "cp1254",
    ),
    ("Президент России встретился с президентом Турции в Сочи. Стороны обсудили Сирию.", "cp1251"),
    ("Президент России встретился с президентом Турции в Сочи. Стороны обсудили Сирию.", "koi8_r"),
    ("Ο πρωθυπουργός της Ελλάδας συναντήθηκε με τον πρόεδρο της Τουρκίας στην Αθήνα.", "cp1253"),
    ("Lietuvos prezidentas susitiko su premjeru Vilniuje. Derybos dėl saugumo tęsėsi.", "cp1257"),
    ("東京で首脳会談が行われた。ロシアとトルコの大統領が会談した。", "shift_jis"),
    ("俄罗斯总统在索契会见了土耳其总统。双方讨论了叙利亚局势。", "gb2312"),
]


@pytest.mark.parametrize(("text", "encoding"), SAMPLES, ids=[e for _, e in SAMPLES])
def test_single_byte_and_east_asian_encodings_are_told_apart(text, encoding):
    decoded, _, _ = decode_bytes(text.encode(encoding), "sample.txt")
    assert decoded == text


def test_latin1_is_not_read_as_central_european_and_a_thin_guess_says_so():
    decoded, encoding, warnings = decode_bytes("À Bamako".encode("latin-1"), "short.txt")
    assert decoded == "À Bamako"  # not "Ŕ Bamako" (Windows-1250)
    assert encoding in ("cp1252", "latin_1")
    assert any("guessed" in w and "Windows-1250" in w for w in warnings)
    longer = "À Bamako, le président a reçu l'émissaire ; on négocie à Kidal, où l'armée est."
    assert decode_bytes(longer.encode("latin-1"), "long.txt")[2] == []


def test_a_file_of_mixed_encodings_is_decoded_line_by_line_and_flagged(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(
        "Talks in Zürich and Genève resumed on Monday.\n".encode()
        + "The envoy flew on to Montréal — “a good day”, he said.\n".encode("cp1252")
        + "Officials then met in São Paulo.\n".encode()
    )
    doc = read_file(path)
    for phrase in ("Zürich and Genève", "Montréal — “a good day”", "São Paulo"):
        assert phrase in doc.text
    assert any("mixes text encodings" in w for w in doc.warnings)


def test_a_few_nul_bytes_inside_an_article_are_tolerated(tmp_path):
    path = tmp_path / "nul.txt"
    text = SEED.read_bytes()
    cut = [len(text) // 4, len(text) // 2, 3 * len(text) // 4]
    for at in reversed(cut):
        text = text[:at] + b"\x00" + text[at:]
    path.write_bytes(text)
    doc = read_file(path)
    assert "\x00" not in doc.text
    assert any("3 NUL bytes" in w for w in doc.warnings)
    with pytest.raises(Exception, match="binary"):
        read_file(ROOT / "tests" / "data" / "corpus" / "binary.txt")


# --- what is not a regular file, and what cannot be read -----------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_and_a_device_are_skipped_with_a_message(tmp_path):
    shutil.copy(SEED, tmp_path / "good.txt")
    os.mkfifo(tmp_path / "pipe.txt")  # opening it for reading would wait for ever
    (tmp_path / "zero.txt").symlink_to("/dev/zero")  # reading it would never end
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    result = read_sources([tmp_path, tmp_path / "pipe.txt"])
    assert [d.id for d in result.documents] == ["good.txt"]
    problems = {Path(path).name: reason for path, reason in result.problems}
    assert "named pipe" in problems["pipe.txt"]
    assert "device" in problems["zero.txt"]
    assert "link to nothing" in problems["gone.txt"]


def _as_nobody() -> list[str] | None:
    """A command prefix that runs as an unprivileged user, when root and able to (and when that
    user can read this checkout: a clone inside a private temporary folder it cannot)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None or not os.access(sys.executable, os.X_OK):
        return None
    importable = "import explorer.corpus"
    probe = subprocess.run(
        [
            setpriv,
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            sys.executable,
            "-c",
            importable,
        ],
        capture_output=True,
    )
    return (
        [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
        if not probe.returncode
        else None
    )


def test_an_unreadable_subfolder_is_reported(tmp_path):
    prefix = _as_nobody()
    if prefix is None:
        pytest.skip("permissions cannot be tested here (root, and no unprivileged user)")
    tmp_path = Path(tempfile.mkdtemp(prefix="explorer-perm-"))  # reachable by that user
    corpus = tmp_path / "corpus"
    (corpus / "locked").mkdir(parents=True)
    shutil.copy(SEED, corpus / "good.txt")
    shutil.copy(SEED, corpus / "locked" / "hidden.txt")
    (corpus / "locked").chmod(0o000)
    for folder in (tmp_path, corpus):
        folder.chmod(0o755)
    try:
        script = (
            "import sys; from explorer.corpus import read_sources; "
            "r = read_sources([sys.argv[1]]); print([d.id for d in r.documents]); "
            "print(r.problems)"
        )
        out = subprocess.run(
            [*prefix, sys.executable, "-c", script, str(corpus)],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
    finally:
        (corpus / "locked").chmod(0o755)
        shutil.rmtree(tmp_path)
    assert out.returncode == 0, out.stderr
    documents, problems = out.stdout.splitlines()
    assert documents == "['good.txt']"
    assert "locked" in problems and "could not be read" in problems


# --- the batch goes on --------------------------------------------------------------------------


def test_a_document_that_cannot_be_analysed_is_a_problem_and_the_others_go_on():
    documents = read_sources([SEEDS]).documents[:3]
    broken = documents[1]
    broken.text = None  # not text at all: analysing it fails
    analysis = analyse_documents(documents)
    assert [d.id for d in analysis.documents] == [documents[0].id, documents[2].id]
    assert len(analysis.problems) == 1
    assert broken.id in analysis.problems[0] and "could not be analysed" in analysis.problems[0]
    assert analysis.places  # the other two were analysed


def test_a_document_that_cannot_be_analysed_writes_its_traceback_to_the_log_file_only(
    tmp_path, monkeypatch, caplog
):
    monkeypatch.setenv("EXPLORER_STATE_DIR", str(tmp_path))
    documents = read_sources([SEEDS]).documents[:2]
    documents[0].text = None
    with caplog.at_level(logging.WARNING):
        analysis = analyse_documents(documents)
    assert len(analysis.problems) == 1
    shown = [r for r in caplog.records if r.levelno >= logging.WARNING and r.exc_info]
    assert shown == [], "a traceback would be printed above the command's one line"
    logged = (tmp_path / "explorer.log").read_text(encoding="utf-8")
    assert "Traceback" in logged and documents[0].id in logged


def test_documents_over_their_budget_are_named_in_the_projects_problems(tmp_path):
    no_time = Limits(seconds=0.0, chars_per_second=1e12)
    analysis = analyse_documents(read_sources([SEEDS]).documents, limits=no_time)
    assert analysis.documents == [] and len(analysis.problems) == 5
    assert all("took longer than 0 s to analyse; skipped" in p for p in analysis.problems)
    project = tmp_path / "p.gpkg"
    summary = ingest([SEEDS], project, limits=no_time)
    assert summary.added == []
    with Project.open(project) as opened:
        problems = opened.load().problems
    assert len(problems) == 5
    assert all("took longer than 0 s" in p for p in problems)


def test_the_command_line_fills_the_problems_table_and_goes_on(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / "good.txt")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    if hasattr(os, "mkfifo"):
        os.mkfifo(corpus / "pipe.txt")
    project = tmp_path / "p.gpkg"
    result = subprocess.run(
        [sys.executable, "-m", "explorer", "ingest", str(corpus), "-p", str(project)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    # every readable file ingested, one line per bad one, and a non-zero exit (as geoparse)
    assert result.returncode == 1, result.stderr
    assert "1 article(s) added" in result.stdout
    assert "Traceback" not in result.stderr
    warned = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    bad = ["empty.txt", "image.txt"] + (["pipe.txt"] if hasattr(os, "mkfifo") else [])
    assert sorted(Path(line.split(":")[1].strip()).name for line in warned) == sorted(bad)
    with sqlite3.connect(project) as conn:
        stored = [row[0] for row in conn.execute("SELECT message FROM problems")]
    names = sorted(Path(m.split(":")[0]).name for m in stored)
    assert names == sorted(
        ["empty.txt", "image.txt"] + (["pipe.txt"] if hasattr(os, "mkfifo") else [])
    )


def test_every_command_on_a_folder_with_a_bad_file_does_the_rest_and_exits_1(tmp_path):
    """The contract of every batch command: each readable article used, one line per bad
    file, exit 1 (export, sides; ingest and geoparse above and in test_cli)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / "good.txt")
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    out = tmp_path / "out.geojson"
    for argv in (["export", str(corpus), "-f", "geojson", "-o", str(out)], ["sides", str(corpus)]):
        result = subprocess.run(
            [sys.executable, "-m", "explorer", *argv],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            timeout=600,
        )
        assert result.returncode == 1, (argv[0], result.stderr)
        assert "Traceback" not in result.stderr
        warned = [line for line in result.stderr.splitlines() if "image.txt" in line]
        assert len(warned) == 1 and warned[0].startswith("warning: "), result.stderr
    assert '"FeatureCollection"' in out.read_text(encoding="utf-8")  # the good one exported


def test_a_project_file_is_no_batch_its_recorded_problems_are_notes(tmp_path):
    """Exporting a project made from a folder with a bad file: the bad file's line, recorded
    when the project was made, is a note, and the export succeeds (nothing read now failed)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / "good.txt")
    (corpus / "empty.txt").write_bytes(b"")
    project = tmp_path / "p.gpkg"
    ingest([corpus], project)
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    out = tmp_path / "out.csv"
    result = subprocess.run(
        [sys.executable, "-m", "explorer", "export", str(project), "-f", "csv", "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert "empty.txt" in result.stderr and out.stat().st_size > 0
