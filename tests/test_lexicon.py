"""The lexicon's scan: the text's letters kept, everything else a space, as one class says."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from unionstats.lexicon import _NOT_A_LETTER, _spaced


def test_every_bmp_character_spaced_as_the_class_says() -> None:
    every = "".join(map(chr, range(0x10000)))
    assert _spaced(every) == _NOT_A_LETTER.sub(" ", every)


@settings(max_examples=500, deadline=None)
@given(
    st.text(
        alphabet=st.one_of(
            st.sampled_from("aăđơ ề1.,–“\n\t_\u00a0\u2070ⁱ"),
            st.characters(min_codepoint=0x10000, max_codepoint=0x1FAFF),
            st.characters(),
        ),
        max_size=40,
    )
)
def test_spaced_as_the_class_says(text: str) -> None:
    """Text beyond the BMP too (an emoji is no letter; a mathematical letter is one)."""
    assert _spaced(text) == _NOT_A_LETTER.sub(" ", text)
