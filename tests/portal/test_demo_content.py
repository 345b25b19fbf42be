import pytest

from portal.demo_content import DemoContentError, read_entries, read_entry, read_records


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_entries_are_read_in_order_of_file_names_with_meta_body_and_sections(tmp_path):
    write(tmp_path / "020-zweiter.md", '+++\nslug = "zwei"\n+++\nZweiter Text.\n')
    write(
        tmp_path / "010-erster.md",
        '+++\nslug = "eins"\ntopics = ["musik", "sport"]\n+++\n\n'
        "Erster Absatz – mit „Umlauten“: äöüß.\n\nZweiter Absatz.\n\n"
        "+++ goals\n\n- Ziel eins\n  - eingerückt\n\n+++ lessons\nGelernt.\n",
    )
    write(tmp_path / "notiz.txt", "not read")

    first, second = read_entries(tmp_path)

    assert first.meta == {"slug": "eins", "topics": ["musik", "sport"]}
    assert first.body == "Erster Absatz – mit „Umlauten“: äöüß.\n\nZweiter Absatz."
    assert first.sections == {"goals": "- Ziel eins\n  - eingerückt", "lessons": "Gelernt."}
    assert first.path.name == "010-erster.md"
    assert second.meta == {"slug": "zwei"}
    assert second.body == "Zweiter Text."
    assert second.sections == {}


def test_bad_toml_names_the_file_and_the_line_in_the_file(tmp_path):
    path = write(tmp_path / "kaputt.md", '+++\nslug = "ok"\ntitle = "offen\n+++\nText\n')
    with pytest.raises(DemoContentError) as caught:
        read_entry(path)
    assert caught.value.line == 3
    assert str(caught.value).startswith(f"{path}, line 3: invalid TOML")


def test_missing_fences_and_nameless_or_repeated_sections_are_refused(tmp_path):
    cases = {
        "ohne.md": ("Nur Text\n", 1),
        "offen.md": ('+++\nslug = "x"\nText\n', 1),
        "namenlos.md": ('+++\nslug = "x"\n+++\nText\n+++\nmehr\n', 5),
        "doppelt.md": ('+++\nslug = "x"\n+++\n+++ a\neins\n+++ a\nzwei\n', 6),
    }
    for name, (text, line) in cases.items():
        with pytest.raises(DemoContentError) as caught:
            read_entry(write(tmp_path / name, text))
        assert caught.value.line == line, name
        assert name in str(caught.value)


def test_records_are_plain_toml_and_errors_name_the_line(tmp_path):
    path = write(
        tmp_path / "programme.toml",
        '[[programme]]\nslug = "amif"\nname = "AMIF"\n\n[[programme]]\nslug = "mbe"\n',
    )
    assert read_records(path) == {"programme": [{"slug": "amif", "name": "AMIF"}, {"slug": "mbe"}]}
    write(path, '[[programme]]\nslug = "amif"\nname = \n')
    with pytest.raises(DemoContentError, match=r"programme\.toml, line 3: invalid TOML"):
        read_records(path)
