"""The entity recogniser reads only the windows whose reading depends on it (geoparse/ner.py).

Real gazetteer, real spaCy model; the bundled articles and news-like text.
"""

from __future__ import annotations

import numpy as np
import pytest

from explorer.geoparse import Geoparser, load_gazetteer
from explorer.geoparse.ner import MARGIN, GreedyDecoder, _windows, window_entities
from explorer.geoparse.parser import load_nlp
from explorer.geoparse.schema import default_path
from explorer.geoparse.tokens import TokenView, is_cap
from explorer.paths import seeds_dir
from tests.articles import seeds_and_eval


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    if not default_path().exists():
        from explorer.geoparse.build import build

        build(verbose=False)
    return Geoparser.default()


@pytest.fixture(scope="module")
def whole() -> Geoparser:
    """The same model reading every token, as before windows."""
    return Geoparser(load_gazetteer(), load_nlp(), ner_windows=False)


def _same_vectors(mine, theirs) -> bool:
    """Float32 vectors equal up to the order of a matrix product's sums: OpenBLAS (numpy) and
    BLIS (thinc) pick their kernels by the CPU, so on some CPUs the two libraries agree bit for
    bit and on others (seen on an AVX2-only AMD EPYC) they differ in the last bits, about 1e-6;
    a weight laid out wrongly differs by whole units."""
    return mine.shape == theirs.shape and bool(np.allclose(mine, theirs, rtol=1e-5, atol=1e-4))


def _key(tops) -> set[tuple[int, int, str | None]]:
    return {(t.start, t.end, t.candidate.gazetteer_id if t.candidate else None) for t in tops}


def _plan(gp: Geoparser, text: str):
    windows = gp._windows
    assert windows is not None
    doc = windows.tokenizer(text)
    return doc, *windows.plan(doc)


def test_the_default_parser_reads_windows_and_fast_reads_none(gp):
    assert gp._windows is not None
    assert Geoparser.fast()._windows is None


def test_bundled_articles_read_in_part_give_the_same_places(gp, whole):
    """On each bundled article the recogniser reads under half the tokens, and the toponyms are
    those of the recogniser reading everything, but for a rare name at a window's edge."""
    same = total = 0
    for path in sorted(seeds_dir().glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        doc, windows, _, _ = _plan(gp, text)
        assert sum(e - s for s, e in windows) < len(doc) / 2
        mine, theirs = _key(gp.parse(text)), _key(whole.parse(text))
        same += len(mine & theirs)
        total += len(theirs)
    assert total > 200
    assert same >= 0.97 * total


def test_every_undecided_run_is_read_with_its_context(gp):
    text = (
        "Mayor Tom Jackson said on Tuesday that the council in Lombard would meet again. "
        "Fighting went on in Syria, and Turkish troops crossed into Iraq near Mosul."
    )
    doc, windows, sure, undecided = _plan(gp, text)
    assert undecided
    for s, e in undecided:
        assert any(a <= max(0, s - MARGIN) and min(len(doc), e + MARGIN) <= b for a, b in windows)
    # an unambiguous country and a country's adjective are decided without the recogniser
    labels = {doc[s:e].text: label for s, e, label in sure}
    assert labels.get("Syria") == "GPE"
    assert labels.get("Iraq") == "GPE"
    assert labels.get("Turkish") == "NORP"
    # a surname that is also a town's name, and a small town, are the recogniser's to read
    read = {doc[k].text for s, e in undecided for k in range(s, e)}
    assert {"Jackson", "Lombard"} <= read
    assert "Syria" not in read


def test_prose_without_names_is_not_read(gp):
    _, windows, _, undecided = _plan(
        gp, "The storm knocked out power to thousands of homes, and schools stayed closed."
    )
    assert windows == [] and undecided == []


def test_a_person_named_like_a_town_stays_a_person(gp, whole):
    """The recogniser skips the sentences that name only countries; the one about the person
    is still read, and her name is no place."""
    text = (
        "Russia and Ukraine traded accusations at the United Nations on Monday.\n\n"
        "Speaking in Geneva, Florence Henderson, a spokeswoman for the agency, said aid convoys "
        "would resume. Henderson added that Poland had offered to help.\n\n"
        "Turkey and Germany called for a ceasefire."
    )
    got = {t.name for t in gp.parse(text)}
    assert {"Russia", "Ukraine", "Geneva", "Poland", "Turkey", "Germany"} <= got
    assert "Florence" not in got and "Henderson" not in got
    assert _key(gp.parse(text)) == _key(whole.parse(text))


def test_a_country_adjective_that_is_also_a_place_is_read(gp, whole):
    """ "Somali" is Somalia's adjective and the name of a region of Ethiopia: whether it is a
    place is the recogniser's to say, not the gazetteer's (taken for a sure place, Turkey's
    backing of Somalia's government was put in the war in Tigray)."""
    text = (
        "Turkey has trained thousands of Somali soldiers and backs the federal government in "
        "its fight against al-Shabaab. Turkish drones struck militant positions near Mogadishu."
    )
    doc, _, sure, undecided = _plan(gp, text)
    somali = next(t.i for t in doc if t.text == "Somali")
    assert (somali, somali + 1) in undecided
    assert not any(s <= somali < e for s, e, _ in sure)
    places = {t.name: t.candidate.country for t in gp.parse(text) if t.candidate}
    assert places["Somali"] == "SO"
    assert _key(gp.parse(text)) == _key(whole.parse(text))


def test_names_the_gazetteer_lacks_are_still_read(gp, whole):
    """Streets and unknown names are found by the recogniser alone: their runs are read."""
    text = "A fire broke out on Main Street in Torrington, Conn., late Monday, officials said."
    got = {t.name for t in gp.parse(text)}
    assert {"Main Street", "Torrington"} <= got
    assert _key(gp.parse(text)) == _key(whole.parse(text))


def test_parse_many_long_and_short_texts_agree_with_parse(gp):
    seeds = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt"))]
    texts = [*seeds, "", "no names here at all.", "Clashes were reported in Aleppo."]
    batched = gp.parse_many(texts, include_demonyms=True, batch_size=2)
    for text, tops in zip(texts, batched, strict=True):
        assert _key(tops) == _key(gp.parse(text, include_demonyms=True))


def test_single_words_no_gazetteer_name_is_spelled_like_are_not_read(gp):
    """A surname or an acronym unknown to the gazetteer needs no recogniser; a spelling of a
    known town ("Hodeidah" for Al Hudaydah) still does."""
    doc, _, _, undecided = _plan(
        gp, "Saakashvili told AIG that shipments to Hodeidah and Sanaa would resume."
    )
    read = {doc[k].text for s, e in undecided for k in range(s, e)}
    assert "Saakashvili" not in read and "AIG" not in read
    assert "Hodeidah" in read


def test_the_numpy_decoder_labels_windows_as_the_recognisers_pipe(gp):
    """``window_entities`` (spaCy's greedy decoder stepped in numpy, every window at once)
    gives every window of real articles the entities that ``ner.pipe`` gives it."""
    windows = gp._windows
    assert windows is not None
    docs = [windows.tokenizer(text) for text in seeds_and_eval(25)]
    jobs = [(i, s, e) for i, doc in enumerate(docs) for s, e in windows.plan(doc)[0]]
    assert len(jobs) > 200

    mine = window_entities(windows.ner, list(_windows(docs, jobs)))
    theirs = [
        [(e.start, e.end, e.label_) for e in w.ents]
        for w in windows.ner.pipe(_windows(docs, jobs), batch_size=256)
    ]
    assert sum(map(len, theirs)) > 200
    assert mine == theirs


def test_the_numpy_decoder_reads_whole_texts_as_the_recognisers_pipe(gp):
    """Whole news texts of every length, read together (entities of one and many words, at a
    text's first and last token, beside line breaks): the same entities as ``ner.pipe``."""
    windows = gp._windows
    assert windows is not None
    texts = [
        "Paris",
        "Turkish President Recep Tayyip Erdogan met Vladimir Putin in Sochi on Tuesday.",
        "\n\nThe United Nations Security Council met in New York.\n\nIt condemned the strike",
        "Residents of Baton Rouge, Louisiana, and of St. Louis told the Associated Press",
        "The $4.5 billion TurkStream pipeline runs under the Black Sea to Kiyikoy",
        *seeds_and_eval(3),
    ]
    docs = [windows.tokenizer(text) for text in texts]
    mine = window_entities(windows.ner, docs)
    theirs = [[(e.start, e.end, e.label_) for e in d.ents] for d in windows.ner.pipe(docs)]
    assert [len(m) for m in mine[:5]] == [len(t) for t in theirs[:5]]
    assert all(theirs[:5]) and sum(map(len, theirs)) > 30
    assert mine == theirs
    # a doc that already has sentences (a parsed one) goes to spaCy's own decoder
    parsed = load_nlp()._nlp(texts[1])
    assert parsed.has_annotation("SENT_START")
    assert window_entities(windows.ner, [parsed]) == [
        [(e.start, e.end, e.label_) for e in parsed.ents]
    ]


def test_words_embedded_once_give_the_recognisers_own_vectors(gp):
    """The decoder embeds each distinct word of a batch once (its norm, prefix, suffix and
    shape), then convolves: on the windows of real articles, where words recur, the vectors
    are those of the recogniser's own tok2vec, to float32 rounding."""
    windows = gp._windows
    assert windows is not None
    decoder = GreedyDecoder.of(windows.ner)
    assert decoder._embedding is not None  # the small English model's layout is recognised
    docs = [windows.tokenizer(text) for text in seeds_and_eval(10)]
    jobs = [(i, s, e) for i, doc in enumerate(docs) for s, e in windows.plan(doc)[0]]
    batch = list(_windows(docs, jobs))
    assert len({t.norm_ for w in batch for t in w}) < sum(map(len, batch)) / 2
    mine = decoder.vectors(batch)
    theirs = decoder.tok2vec.predict(batch)
    assert mine.shape == theirs.shape == (sum(map(len, batch)), 64)
    assert _same_vectors(mine, theirs)


def test_a_spelling_is_known_without_reading_its_entries(gp):
    """The recogniser asks only whether a word is spelled like some gazetteer name
    (``spelled_like``): for the capitalised words of real articles, the answer
    ``by_skeleton`` gives, "Hodeidah" (Al Hudaydah) among the known ones."""
    from explorer.geoparse.names import norm

    keys = {
        norm(w.strip(".,;:()\"'")) for t in seeds_and_eval(10) for w in t.split() if w[:1].isupper()
    }
    keys |= {"hodeidah", "qamishli", "xq"}
    answers = {k: gp.gaz.spelled_like(k) for k in keys if k}
    assert answers == {k: bool(gp.gaz.by_skeleton(k)) for k in answers}
    assert answers["hodeidah"] and not answers["xq"]
    assert 20 < sum(answers.values()) < len(answers) - 20


def test_the_token_view_reads_what_spacy_tokens_give(gp):
    """Recognition reads each token's text, offset, lower case, capitalisation and letters from
    the doc's TokenView, made from the text the doc was made from, instead of spaCy's Token
    objects: on real articles the two agree, token by token."""
    windows = gp._windows
    assert windows is not None
    for text in seeds_and_eval(25):
        doc = windows.tokenizer(text)
        tv = TokenView(doc, text)
        assert tv.text == doc.text
        assert tv.words == [t.text for t in doc]
        assert tv.idx == [t.idx for t in doc]
        assert tv.lower == [t.lower_ for t in doc]
        assert tv.cap == [is_cap(t) for t in doc]
        assert [w.isalpha() for w in tv.words] == [t.is_alpha for t in doc]
        assert tv.spaces == [bool(t.whitespace_) for t in doc]


def _stops(windows, docs) -> tuple[list, list[int]]:
    """The windows of ``docs`` (each a (doc, start, end) job) and, for each, where its last
    undecided run ends in it (what ``WindowedNER`` hands the decoder)."""
    plans = [windows.plan(doc) for doc in docs]
    jobs = [(i, s, e) for i, plan in enumerate(plans) for s, e in plan[0]]
    stops = [max(end - s for start, end in plans[i][2] if s <= start < e) for i, s, e in jobs]
    return jobs, stops


def test_windows_decoded_to_their_stops_keep_the_entities_that_matter(gp):
    """Each window is decoded only to the end of its last undecided run when no entity is open
    there (its convolutions computed only that far), else whole: on the windows of real
    articles, every entity that starts before the stop is the one ``ner.pipe`` gives, an
    entity running past the stop included."""
    windows = gp._windows
    assert windows is not None
    docs = [windows.tokenizer(text) for text in seeds_and_eval(25)]
    jobs, stops = _stops(windows, docs)
    batch = list(_windows(docs, jobs))
    assert sum(stops) < 0.8 * sum(map(len, batch))  # the margins after the runs are not read
    mine = window_entities(windows.ner, batch, stops)
    theirs = [
        [(e.start, e.end, e.label_) for e in w.ents]
        for w in windows.ner.pipe(_windows(docs, jobs), batch_size=256)
    ]
    before = [[x for x in ents if x[0] < stop] for ents, stop in zip(theirs, stops, strict=True)]
    assert sum(map(len, before)) > 200
    # some entities open before a stop and close after it: those windows are read whole
    assert any(x[0] < stop < x[1] for ents, stop in zip(theirs, stops, strict=True) for x in ents)
    assert [[x for x in ents if x[0] < stop] for ents, stop in zip(mine, stops, strict=True)] == (
        before
    )


def test_convolutions_made_only_where_read_give_the_recognisers_vectors(gp):
    """The convolutions computed only on the rows the decoder reads (the padding between
    windows that nothing reads left out, and each window cut at its stop): the vectors of
    the rows kept are the recogniser's own, to float32 rounding."""
    windows = gp._windows
    assert windows is not None
    decoder = GreedyDecoder.of(windows.ner)
    docs = [windows.tokenizer(text) for text in seeds_and_eval(10)]
    jobs, stops = _stops(windows, docs)
    batch = list(_windows(docs, jobs))
    theirs = decoder.tok2vec.predict(batch)
    starts = np.cumsum([0] + [len(w) for w in batch])[:-1]
    kept = np.concatenate([theirs[s : s + n] for s, n in zip(starts, stops, strict=True)])
    mine = decoder.vectors(batch, stops)
    assert mine.shape == kept.shape and len(kept) < len(theirs)
    assert _same_vectors(mine, kept)
    # a model laid out otherwise has its tok2vec read whole, then cut at the stops
    other = GreedyDecoder(windows.ner)
    other._embedding = None
    assert _same_vectors(other.vectors(batch, stops), kept)


def test_windows_read_from_their_docs_rows_give_the_windows_own_labels_and_vectors(gp):
    """The windows read as rows sliced from their whole docs' features (no ``Doc`` made for
    each): the same vectors as the recogniser's tok2vec gives the windows made as docs, bit
    for bit, and the entities ``ner.pipe`` gives those docs, to each window's stop."""
    windows = gp._windows
    assert windows is not None
    decoder = GreedyDecoder.of(windows.ner)
    docs = [windows.tokenizer(text) for text in seeds_and_eval(25)]
    jobs, stops = _stops(windows, docs)
    batch = list(_windows(docs, jobs))
    rows = decoder.rows(docs, jobs)
    assert rows is not None and [len(r) for r in rows] == [len(w) for w in batch]
    theirs = decoder.tok2vec.predict(batch)
    starts = np.cumsum([0] + [len(w) for w in batch])[:-1]
    kept = np.concatenate([theirs[s : s + n] for s, n in zip(starts, stops, strict=True)])
    assert _same_vectors(decoder.vectors(rows, stops), kept)
    labelled = [
        [(e.start, e.end, e.label_) for e in w.ents]
        for w in windows.ner.pipe(_windows(docs, jobs), batch_size=256)
    ]
    mine = window_entities(windows.ner, docs, stops, jobs)
    assert sum(map(len, mine)) > 200
    assert [[x for x in ents if x[0] < stop] for ents, stop in zip(mine, stops, strict=True)] == [
        [x for x in ents if x[0] < stop] for ents, stop in zip(labelled, stops, strict=True)
    ]
    # a model laid out otherwise reads the windows as docs, with the same labels
    other = GreedyDecoder(windows.ner)
    other._embedding = None
    assert other.rows(docs, jobs) is None


def test_the_convolutions_maxout_laid_out_by_piece_gives_thincs_outputs(gp):
    """Each convolution block's maxout and layer norm, its weights laid out piece by piece and
    its largest piece taken by ``np.maximum``: the outputs of thinc's own layer on the rows
    of real articles (each beside its neighbours, block after block), to float32 rounding."""
    from explorer.ner_decoder import _Block

    windows = gp._windows
    assert windows is not None
    decoder = GreedyDecoder.of(windows.ner)
    assert decoder._embedding is not None
    features, embed, reduce, convolve, _, _ = decoder._embedding
    docs = [windows.tokenizer(text) for text in seeds_and_eval(10)]
    x = reduce.predict(embed.predict(np.concatenate(features.predict(docs))))
    for block in convolve.layers[0].layers:
        layer = block.layers[0].layers[1]
        mine = _Block.of(block)
        assert mine.weights is not None  # the small English model's layout is taken apart
        window = np.concatenate((np.roll(x, 1, axis=0), x, np.roll(x, -1, axis=0)), axis=1)
        out = layer.predict(window)
        assert _same_vectors(mine(window), out)
        x = x + out


def test_an_entity_overlapping_an_undecided_run_is_found_by_bisection(gp):
    """``_overlaps`` (the last run that starts before an entity's end) answers what testing
    every undecided run of the doc answers, for every span of up to eight tokens of real
    articles, runs' edges and spans between runs included."""
    from explorer.geoparse.ner import _overlaps

    windows = gp._windows
    assert windows is not None
    asked = found = 0
    for text in seeds_and_eval(10):
        doc = windows.tokenizer(text)
        undecided = windows.plan(doc)[2]
        firsts = [s for s, _ in undecided]
        for a in range(len(doc)):
            for b in range(a + 1, min(len(doc), a + 8) + 1):
                brute = any(a < e2 and s2 < b for s2, e2 in undecided)
                assert _overlaps(firsts, undecided, a, b) == brute
                asked += 1
                found += brute
    assert asked > 10_000 and 0 < found < asked


def test_an_entity_open_at_a_stop_is_decoded_on_from_there(gp, monkeypatch):
    """A window whose entity is still open at its stop is decoded on from the stop until the
    entity closes (its vectors made from the stop on), not decoded again from its start: one
    pass of ``decode``, and every entity that starts before a stop, those running past it
    included, is the one ``ner.pipe`` gives the windows made as docs."""
    windows = gp._windows
    assert windows is not None
    decoder = GreedyDecoder.of(windows.ner)
    docs = [windows.tokenizer(text) for text in seeds_and_eval(25)]
    jobs, stops = _stops(windows, docs)
    batch = list(_windows(docs, jobs))
    # the vectors from a token on are those of the windows read whole, to float32 rounding
    lengths = [len(w) for w in batch]
    theirs = decoder.tok2vec.predict(batch)
    starts = np.cumsum([0, *lengths])[:-1]
    begins = [min(stop, n - 1) for stop, n in zip(stops, lengths, strict=True)]
    tails = [theirs[s + b : s + n] for s, b, n in zip(starts, begins, lengths, strict=True)]
    assert _same_vectors(decoder.vectors(batch, lengths, begins), np.concatenate(tails))
    passes = []
    decode = GreedyDecoder.decode

    def counted(self, *args, **kwargs):
        passes.append(args)
        return decode(self, *args, **kwargs)

    monkeypatch.setattr(GreedyDecoder, "decode", counted)
    mine = window_entities(windows.ner, docs, stops, jobs)
    assert len(passes) == 1
    labelled = [
        [(e.start, e.end, e.label_) for e in w.ents]
        for w in windows.ner.pipe(_windows(docs, jobs), batch_size=256)
    ]
    crossing = [
        x for ents, stop in zip(labelled, stops, strict=True) for x in ents if x[0] < stop < x[1]
    ]
    assert len(crossing) >= 5
    assert [[x for x in ents if x[0] < stop] for ents, stop in zip(mine, stops, strict=True)] == [
        [x for x in ents if x[0] < stop] for ents, stop in zip(labelled, stops, strict=True)
    ]


def test_each_steps_valid_moves_read_from_the_table_follow_the_moves_rules(gp):
    """The table of valid moves by a state's code (closed: ``2 * word + room``; open with
    label k: ``4 + 2 * k + room``) gives, for every kind of state, the moves spaCy's rules
    allow: Out when closed; Begin when closed, on a word, with two tokens left and no
    sentence starting after it; Unit when closed on a word; In of the open label with room
    and no sentence start; Last of the open label."""
    windows = gp._windows
    assert windows is not None
    d = GreedyDecoder.of(windows.ner)
    checked = 0
    for label in range(-1, len(d.labels)):
        is_open = label >= 0
        same = d.label == label
        for room in (False, True):
            for word in (False, True):
                for on in (False, True):
                    rule = (
                        (not is_open and d.is_out)
                        | (not is_open and room and word and on and d.is_begin)
                        | (is_open and room and on and same & d.is_in)
                        | (is_open and same & d.is_last)
                        | (not is_open and word and d.is_unit)
                    )
                    go_on = room and on
                    code = 4 + 2 * label + go_on if is_open else 2 * word + go_on
                    assert np.array_equal(d.valid[code], rule)
                    checked += 1
    assert checked == 8 * (len(d.labels) + 1)
    assert d.valid.sum(axis=1).min() >= 1  # every kind of state has a move
