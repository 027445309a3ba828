"""Text hygiene shared by the extractors (issue 16): what reaches the voice is plain speakable text."""

from __future__ import annotations

from ozor.documents.extract.text import clean, has_words, is_page_number, join_lines


def test_soft_hyphens_controls_and_ligatures_are_cleaned():
    assert clean("tem\u0002por in\u00advidunt mag\ufffena") == "tempor invidunt magna"
    assert clean("\ufb01nal e\ufb00ort \ufb02ow") == "final effort flow"
    assert clean("a\u200bb\u00a0c\u202ed\ue000\x07 e\tf") == "ab cd e f"


def test_words_hyphenated_across_lines_are_joined():
    joined = join_lines(["The exam-", "ple shows", "a well-", "Known case"])
    assert joined == "The example shows a well- Known case"


def test_page_numbers():
    for furniture in ("12", "- 12 -", "Page 3 of 10", "xiv", "Seite 4", "3 / 20"):
        assert is_page_number(furniture), furniture
    for content in ("Civil rights", "12 apostles", "Mixed"):
        assert not is_page_number(content), content


def test_words_need_letters():
    assert has_words("π1 Overview") and not has_words("12 – 3.5 %")


def test_default_titles_name_no_document():
    from ozor.documents.extract.text import title_from

    lines = ["Quarterly results", "Revenue grew."]
    assert title_from("PowerPoint Presentation", lines) == "Quarterly results"
    assert title_from("Document1", ["This first line is a sentence."]) == ""
    assert title_from("Solar in 2030", ["Anything"]) == "Solar in 2030"


def test_language_is_told_only_from_enough_text():
    from ozor.voices.language import language_of

    assert language_of("Foo Bar Baz Zoo") == "en"  # langdetect alone says Somali
    assert language_of("Foo Bar Baz Zoo", "Narrate it in German, calm") == "de"
    assert language_of("パワポ・テスト難しい髙") == "ja"
    german = "Solaranlagen haben im letzten Jahr mehr Strom erzeugt als je zuvor, die Preise fielen. " * 3
    assert language_of(german) == "de"
