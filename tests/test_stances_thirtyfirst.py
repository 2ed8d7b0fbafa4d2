"""The thirty-first pass on who backs whom: the wrong claims of a ninth fresh batch of real
news (``benchmarks/stances_fresh9.py``), each kind tried on sentences of other wars. A
backing noun a side holds, wins or receives ("UNITA won the support of South Africa") is
the backing of whoever it is of, never the side's own backing of them; a supply noun after
"from" on a word of gain ("profits from the arms sales to Iran") is the source of what the
subject gets, not the subject's sale; a year inside a clause that describes a noun ("a
militia formed after the 1994 genocide") dates that noun only, no era for the sentences after
it (whose claims would take that era's war and state names).
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claims, theatre_of

# --- a backing held is the holder's, from whoever it is of ----------------------------------


@pytest.mark.parametrize(
    ("text", "date", "backer", "backed"),
    [
        # before: UNITA backs South Africa
        (
            "Savimbi's UNITA won the support of South Africa in its war against the MPLA "
            "government.",
            "1986-01-01",
            "South Africa",
            "UNITA",
        ),
        # before: the Contras back Honduras
        ("The Contras won the backing of Honduras.", "1986-01-01", "Honduras", "Contras"),
        # before: the Houthis back Iran (claimed by the minister)
        (
            "The Houthis have the backing of Iran, the minister said.",
            "2016-01-01",
            "Iran",
            "Houthis",
        ),
    ],
)
def test_a_backing_held_is_backed_by_whom_it_is_of(parse, text, date, backer, backed):
    ex = parse(text, date)
    got = claims(ex)
    assert (backed, "backs", backer) not in got, got
    assert (backer, "backs", backed) in got, got


def test_a_held_backing_with_no_subject_in_the_parse_names_no_backer(parse):
    # the batch's kind (before: the United States backs "officials"): "had" hangs on a
    # participle the parser makes of "carried", with no subject of its own
    ex = parse(
        "Secord gave logistical help to the Reagan Administration's arms sales to Iran. He "
        "insisted that his supply effort for the contras carried out President Reagan's "
        "policy in Central America and had the explicit support of senior officials.",
        "1987-05-06",
    )
    assert not any(party == "officials" for _, _, party in claims(ex)), claims(ex)


# --- what one gets from a sale is not one's sale --------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "receiver"),
    [
        # before: the rebels supply Iraq
        (
            "The rebels got $2 million in profits from the arms sales to Iraq.",
            "1986-01-01",
            "rebels",
        ),
        # before: the mujahideen supply Iran
        (
            "The mujahideen received millions in profits from the weapons sales to Iran.",
            "1987-01-01",
            "mujahideen",
        ),
    ],
)
def test_profits_from_a_sale_are_not_the_receivers_sale(parse, text, date, receiver):
    ex = parse(text, date)
    assert not any(power == receiver for power, _, _ in claims(ex)), claims(ex)


# --- a year that describes a noun is no era -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "power"),
    [
        # before: Angola backs the "Democratic Republic of the Congo", in no conflict (the
        # era of 1994 gave the state its name and war of that time)
        (
            "Kinshasa accuses Kigali of arming the rebels; Rwanda says its aim is to disarm a "
            "militia formed after the 1994 genocide.\n\n"
            "Angola promised to keep supporting Congo in defending its sovereignty.\n",
            "Angola",
        ),
    ],
)
def test_a_year_describing_a_noun_sets_no_era(parse, text, power):
    ex = parse(text, "2021-06-01")
    assert (power, "backs", "Congolese government") in claims(ex), claims(ex)
    assert theatre_of(ex, power, "Congolese government") == {"Eastern DR Congo"}


def test_a_year_dating_the_sentence_still_sets_the_era(parse):
    # the era rule stands where the year dates the sentence's own clause
    ex = parse(
        "In 1977 the Somali army invaded the Ogaden.\n\n"
        "The Soviet Union sided with the Ethiopian government.\n",
        "2020-06-01",
    )
    assert any(p == "Soviet Union" and r == "backs" for p, r, _ in claims(ex)), claims(ex)
