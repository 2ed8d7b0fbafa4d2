"""Who backs whom: a family name alone that two listed leaders of one state share (benchmarks/
README, sidesfix51).

"Kabila" alone is the lexicon's alias of Joseph Kabila, but in a story of November 1996 it is
his father, the rebel leader; "Bush" in 1995 is neither president. The name alone means the
one in office at the story's date, or the family's first in the ten years before his office;
where the lexicon cannot tell, the name as written, never the wrong man. Beside sentences of
other senses that read as before.
"""

from __future__ import annotations

from explorer.extract.lexicon import default_lexicon
from tests.test_stances_news import claims


def test_a_family_name_alone_is_the_leader_of_the_storys_date(parse):
    # was Rwanda backs the Congolese government (Mobutu's Zaire's, in 1996: the wrong side)
    ex = parse("Rwanda backed Kabila as his rebels advanced on Goma.", "1996-11-20")
    assert claims(ex) == {("Rwanda", "backs", "Laurent-Désiré Kabila")}
    # was the United States (George W. Bush's alias, in 1995: neither Bush was president)
    ex = parse("Bush opposed Saddam.", "1995-05-03")
    assert not any(c[0] == "United States" for c in claims(ex))
    # the sentence's own year dates the name over the story's (was Joseph Kabila's
    # "Kabila" out of office in 2024: the bare name in no war of the Congo's)
    ex = parse("Angola sent troops to defend Kabila's government in 1998.", "2024-03-01")
    assert ("Angola", "backs", "Congolese government") in claims(ex)
    # one of the family in office: his state, as before; a story with no date nor year:
    # the lexicon's reading, as before
    assert ("Russia", "backs", "Syrian government (Assad)") in claims(parse("Russia backed Assad."))
    for text, date, want in [
        ("Angola sent troops to back Kabila.", "1998-08-25", "Congolese government"),
        ("Rwanda opposed Kabila.", "2008-11-10", "Congolese government"),
        ("Russia backed Assad.", "2013-05-02", "Syrian government (Assad)"),
        ("Turkey backed Aliyev against Armenia.", "2020-10-05", "Azerbaijan"),
        ("Russia opposed Aliyev.", "1995-03-05", "Azerbaijan"),
    ]:
        assert any(c[2] == want for c in claims(parse(text, date))), text
    ex = parse("Bush backed Kuwait against Iraq.", "1991-01-20")
    assert ("United States", "backs", "Kuwait") in claims(ex)


def test_which_of_a_family_the_lexicon_can_tell():
    lex = default_lexicon()
    kabilas = lex.family_of("Kabila", "CD")
    assert sorted(kabilas) == ["Joseph Kabila", "Laurent-Désiré Kabila"]
    assert lex.family_holder(kabilas, "1996-11-20") == "Laurent-Désiré Kabila"
    assert lex.family_holder(kabilas, "2001-01-20") is None  # between the two: no one
    assert lex.family_holder(kabilas, "2005") == "Joseph Kabila"
    assert lex.family_holder(kabilas, None) is None
    assert lex.family_holder(kabilas, "1975") is None  # long before his office
    bushes = lex.family_of("Bush", "US")
    assert lex.family_holder(bushes, "1990-06-01") == "George H. W. Bush"
    assert lex.family_holder(bushes, "1984") == "George H. W. Bush"  # his vice-presidency
    assert lex.family_holder(bushes, "1995") is None
    assert lex.family_holder(bushes, "2015") is None
    assert lex.family_holder(lex.family_of("Assad", "SY"), "1985") == "Hafez al-Assad"
    assert lex.family_holder(lex.family_of("Aliyev", "AZ"), "2010") == "Ilham Aliyev"
    clintons = lex.family_of("Clinton", "US")
    assert lex.family_holder(clintons, "1996") == "Bill Clinton"
    assert lex.family_holder(clintons, "2016") is None
    # a full name, a name no two leaders share: no family
    assert lex.family_of("Joseph Kabila", "CD") == []
    assert lex.family_of("Putin", "RU") == []
