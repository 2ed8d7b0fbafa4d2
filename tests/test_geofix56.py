"""Branch geofix56: namesakes abroad the words beside a name rule out
(explorer/geoparse/namesakes_abroad.py). Stories of benchmarks/data/geofix56/sentences.txt.

The real spaCy pipeline, geoparser and gazetteer; every test fails on main 2db5d281."""

from __future__ import annotations


def _countries(geoparsing, text: str, name: str) -> list[str | None]:
    """The country of each reading of ``name`` in ``text`` (a name that opens with it: the
    recogniser may take a unit's word into the name), None where it is left unplaced."""
    gp, _ = geoparsing
    return [
        t.candidate.country if t.candidate else None
        for t in gp.parse(text)
        if t.name == name or t.name.startswith(name + " ")
    ]


def _kinds(geoparsing, text: str, name: str) -> list[str | None]:
    gp, _ = geoparsing
    return [t.candidate.kind if t.candidate else None for t in gp.parse(text) if t.name == name]


def test_a_unit_s_word_rules_out_a_town_of_another_land(geoparsing):
    """Before "Oblast" or "region", Donetsk is Ukraine's oblast, not Rostov Oblast's town that
    "Russian" or "Russia" pulls to; a town abroad stays where the text names its region."""
    for text in (
        "Russian shells hit Mariupol in Donetsk Oblast.",
        "Russian shells hit the seafront in Donetsk Oblast.",
        "Russia claimed new gains in the Donetsk region on Tuesday.",
    ):
        assert _countries(geoparsing, text, "Donetsk") == ["UA"], text
    # other senses: a town abroad whose own region the text names, units of one land
    assert _countries(
        geoparsing, "Oil workers in the Odessa region of West Texas lost their jobs.", "Odessa"
    ) == ["US"]
    assert _countries(
        geoparsing,
        "Russian officials said drones struck the Belgorod region overnight.",
        "Belgorod",
    ) == ["RU"]
    assert _countries(
        geoparsing, "Dutch farmers in the Limburg province protested on Friday.", "Limburg"
    ) == ["NL"]
    assert _countries(
        geoparsing, "Shelling killed three people in central Donetsk on Sunday.", "Donetsk"
    ) == ["UA"]


def test_a_region_after_a_comma_over_a_town_nothing_supports(geoparsing):
    """ "Sutherland, Scotland": the gazetteer holds no Scottish Sutherland, and its American
    Sutherlands no longer lend Scotland, Pennsylvania their country; a town its neighbour
    names, or a placed name's container, stays as it was."""
    assert _countries(
        geoparsing, "Divers searched the coast near Sutherland, Scotland.", "Scotland"
    ) == ["GB"]
    assert _kinds(
        geoparsing, "Divers searched the coast near Sutherland, Scotland.", "Scotland"
    ) == ["region"]
    for text, name, want in (
        ("Storms hit Perth, Scotland, overnight.", "Scotland", "GB"),
        ("A tornado hit Paris, Texas.", "Paris", "US"),
        ("Rain flooded Kingston, Jamaica, on Monday.", "Jamaica", "JM"),
        ("A fire gutted a store in Hollis, Jamaica, Queens.", "Jamaica", "US"),
        ("A barn burned in Scotland, Franklin County, on Friday.", "Scotland", "US"),
        ("Protesters marched in Tbilisi, Georgia, on Sunday.", "Georgia", "GE"),
    ):
        assert _countries(geoparsing, text, name) == [want], text


def test_a_document_named_for_a_town_with_namesakes_of_like_size_is_no_place(geoparsing):
    """ "the Toledo Principles" does not say which Toledo (Ohio's 265,638 or Spain's 86,526):
    unplaced, not Ohio; a famous city's document, a town with no namesake of like size, or a
    town the text places in its land keeps its reading."""
    text = (
        "The United States endorsed the Toledo Principles on teaching about religions in schools."
    )
    assert _countries(geoparsing, text, "Toledo") == [None]
    for text, name, want in (
        ("The Minsk agreements failed to end the war in Donbas.", "Minsk", "BY"),
        ("The Belfast Agreement ended decades of violence in Northern Ireland.", "Belfast", "GB"),
        (
            "The Naples Declaration was signed in Florida by the United States and Canada.",
            "Naples",
            "US",
        ),
        ("The Toledo Convention Center hosted the fair.", "Toledo", "US"),
        ("Police in Toledo signed a protocol with Ohio prosecutors.", "Toledo", "US"),
        ("The Lusaka Protocol ended fighting in Angola.", "Lusaka", "ZM"),
    ):
        assert _countries(geoparsing, text, name) == [want], text


def test_a_city_s_other_name_that_towns_of_several_lands_bear_is_theirs(geoparsing):
    """ "Salisbury" is Harare's colonial name and the main name of towns in England and the
    United States: with nothing of Zimbabwe in the text, a town of that name, not Harare; the
    city stays where the text names its land."""
    for text in (
        "Salisbury's cathedral hosted a memorial for the victims of the Novichok poisoning.",
        "Floods closed the road into Salisbury on Tuesday.",
    ):
        assert _countries(geoparsing, text, "Salisbury") == ["GB"], text
    for text, want in (
        ("Salisbury, the capital of Rhodesia, was renamed Harare in 1982.", "ZW"),
        ("Ian Smith ruled from Salisbury while guerrillas fought near Bulawayo.", "ZW"),
        ("Police closed a road in Salisbury, Maryland.", "US"),
    ):
        assert _countries(geoparsing, text, "Salisbury") == [want], text
    assert _countries(geoparsing, "Smyrna police arrested a man on Friday.", "Smyrna") == ["TR"]


def test_a_world_city_over_a_village_namesake_no_name_is_near(geoparsing):
    """A far city of the village's land lends it only its country: the Musikverein's Vienna is
    Austria's, a choir of Denver sings in Rome, Italy; a village beside a county or a town the
    text names, or placed by its container, stays."""
    for text, name, want in (
        ("The Chicago Symphony played at the Musikverein in Vienna.", "Vienna", "AT"),
        ("Fans from Dallas watched the game in London.", "London", "GB"),
        ("The Denver choir sang in Rome at Easter.", "Rome", "IT"),
        ("Students from Chicago toured Paris in June.", "Paris", "FR"),
        # other senses
        (
            "Vienna police in Johnson County said the fire near Marion began on Sunday.",
            "Vienna",
            "US",
        ),
        ("A tornado hit Vienna, Illinois.", "Vienna", "US"),
        ("Commuters from Vienna crowded the Washington Metro.", "Vienna", "US"),
        (
            "Berlin police in Worcester County said a crash closed Route 50 near Ocean City.",
            "Berlin",
            "US",
        ),
        ("Moscow, Idaho, police said the suspect was arrested.", "Moscow", "US"),
        ("Athens police and Columbus officials met at Ohio University.", "Athens", "US"),
    ):
        assert _countries(geoparsing, text, name) == [want], text


def test_an_area_two_lands_claim_is_shown_with_no_country(geoparsing):
    """Abyei, which Sudan and South Sudan both claim, is the curated Abyei Area with no
    country (GeoNames files the town under Sudan); its neighbours stay their lands'."""
    for text in (
        "Sudan and South Sudan have yet to settle the status of the disputed Abyei region.",
        "Members of the Abyei community who live in Juba welcomed the decision to extend"
        " UNISFA's mandate in Abyei.",
        "Gunmen attacked a village in the Abyei Administrative Area on Sunday.",
    ):
        got = _countries(geoparsing, text, "Abyei")
        assert got and all(c is None for c in got), text
        gp, _ = geoparsing
        assert all(t.candidate is not None for t in gp.parse(text) if t.name.startswith("Abyei")), (
            text
        )
    assert _countries(geoparsing, "Traders in Aweil said prices doubled.", "Aweil") == ["SS"]
    assert _countries(
        geoparsing, "Fighting closed the road to Kadugli in South Kordofan.", "Kadugli"
    ) == ["SD"]
