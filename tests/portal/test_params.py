from portal.params import BIGINT_MAX, int_param, text_param


def test_only_ascii_digits_within_the_range_are_numbers():
    assert int_param("12") == 12
    assert int_param("0012", minimum=1) == 12
    for typed in ("²", "١٢", "12²", " 12", "12 ", "+12", "-1", "1e9", "1.5", "", "\x00", "12\n"):
        assert int_param(typed) is None, repr(typed)
    assert int_param(None, default=3) == 3
    assert int_param("0", minimum=1) is None
    assert int_param("7", maximum=6) is None
    assert int_param("9" * 40, maximum=BIGINT_MAX) is None
    assert int_param(str(BIGINT_MAX), maximum=BIGINT_MAX) == BIGINT_MAX


def test_text_with_a_nul_is_no_text():
    assert text_param("erfurt", max_length=120) == "erfurt"
    assert text_param("x" * 500, max_length=120) == "x" * 120
    assert text_param("erf\x00urt", max_length=120) == ""
    assert text_param(None, max_length=120) == ""
