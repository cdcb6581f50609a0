"""The demo's drawn logos show every letter of a name, accented ones included."""

from PIL import ImageChops

from home.demo.images import draw_logo


def test_an_umlaut_is_drawn_as_the_letter_with_two_dots_above_it():
    plain, umlaut = draw_logo("aanikartta", "AO"), draw_logo("aanikartta", "ÄO")
    difference = ImageChops.difference(plain, umlaut).getbbox()
    assert difference is not None  # the dots are there
    letters = ImageChops.difference(plain, draw_logo("aanikartta", "")).getbbox()
    # Everything that differs lies above the letters: the A itself is drawn as it is without dots.
    assert difference[3] <= letters[1] + 2


def test_no_letter_is_drawn_as_a_missing_glyph_box():
    # A font without a glyph draws the same box for every missing letter.
    assert draw_logo("x", "Ä").tobytes() != draw_logo("x", "Ö").tobytes()
    assert draw_logo("x", "Å").tobytes() != draw_logo("x", "A").tobytes()
