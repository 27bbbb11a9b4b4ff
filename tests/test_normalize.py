"""Tests for papercorpus.normalize: the equivalences of domain.md §c.1 and their limits."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from papercorpus.normalize import (
    abstract_key,
    collapse_ws,
    fix_mojibake,
    fold,
    key,
    title_key,
)
from papercorpus.title_markers import title_markers

FOLDED = re.compile(r"(?:[a-z0-9]+(?: [a-z0-9]+)*)?")
SEEDS = Path("/work/shared/seeds")
# TeX command names are case-sensitive (\Theta, stripped "mathfrak"), so upper-casing a line
# that contains them is not a case variant of it.
TEX_CASE_SENSITIVE = ("\\", "math", "text", "script", "style", "size", "{")

# Each group: spellings of the same text that must produce one key (domain.md §c.1, §c.3).
KEY_EQUIVALENT = {
    "ell_p": ["ell_p", r"$\ell_p$", "ℓ_p", r"\ell_{p}"],
    "poincare": ["Poincaré", r"Poincar\'e", "Poincare", r"Poincar\'{e}", "Poincare\u0301"],
    "nystrom": ["Nyströmformer", r"Nystr\"{o}mformer", r"Nystr\"omformer", "Nystromformer"],
    "512x512": ["512times512", r"$512\times512$", "512×512", r"$512 \times 512$"],
    "s3": ["S^{3}", "S$^{3}$", "S³", "S<sup>3</sup>"],
    "bt2": ["BT^2", "BT$^2$", "BT²", "BT<sup>2</sup>"],
    "naive": [r"na\"{\i}ve", "naïve", "naive", r"na\"ive", "nai\u0308ve"],
    "ampersand": ["Q&amp;A", "Q&A", "Q&amp;amp;A", "Q&#38;A", "Q\\&A"],
    "apostrophe": ["don't", "don&#39;t", "don&amp;#39;t", "don’t", "donâ€™t"],
    "dashes": ["attention -- a survey", "attention – a survey", "attention — a survey"],
    "quotes": ["``PhD-level''", '"PhD-level"', "“PhD-level”", "'PhD-level'", "‘PhD-level’"],
    "hyphen": ["Multi-Step Reasoning", "Multi Step Reasoning", "multi-step reasoning"],
    "ligature": ["ﬁne-tuning", "fine-tuning", "ﬁne‐tuning"],
    "nbsp": ["10\u00a0GB of text", "10 GB of text", "10\u202fGB\u2009of text"],
    "zero_width": ["Trans\u200bformer", "Transformer", "Trans\u00adformer", "\ufeffTransformer"],
    "glued": ["low-dimensional", "lowdimensional", "low dimensional"],
    "mojibake": ["PoincarÃ©", "Poincaré", "PoincarÃƒÂ©"],
    "case": [
        "Quantifying and extrapolating",
        "Quantifying and Extrapolating",
        "QUANTIFYING AND EXTRAPOLATING",
    ],
    "greek": ["{p}_{theta}", r"{p}_{\theta}", "p_θ", "p_𝜃"],
    "leq": ["1leq p<2", r"$1\leq p<2$", "1≤p<2", "1 &le; p &lt; 2"],
    "sim": ["sim50times", r"$\sim 50\times$", "∼50×"],
    "mathcal": [r"$\mathcal{O}(n)$", "mathcal{O}(n)", "𝒪(n)", "O(n)"],
    "left_right": [r"$O\left(N\right)$", "O(N)"],
    "scriptsize": [
        r"Inference Scaling $\scriptsize\mathtt{F}$Laws",
        "Inference Scaling scriptsizeFLaws",
        "Inference Scaling FLaws",
    ],
    "textbf": [r"\textbf{Varco Arena}", "Varco Arena", "textbf{Varco Arena}"],
    "em": [r"{\em opposite trend}", "opposite trend", r"\emph{opposite trend}"],
    "bf_math": [r"${\bf 1}_n$", "{bf 1}_n", "1_n"],
    "percent": [r"{\bf 8.2\%}", "8.2%"],
    "fraktur": [r"$\mathfrak{S}^{2/p}$", "mathfrak{S}^{2/p}", "𝔖^{2/p}"],
    "scandinavian": ["Søren Kierkegaard", r"S{\o}ren Kierkegaard", r"S\o ren Kierkegaard"],
    "angstrom": ["Ångström", r"\AA ngstr\"om", "Angstrom"],
    "underline": [r"\underline{V}alue", "underline{V}alue", "Value"],
    "text_symbol": [r"GS\textasciicircum2", "GS^2", "GS²"],
    "href": [r"code at \href{https://x.io/a}{here}", "code at https://x.io/a{here}"],
    "url": [r"code at \url{https://x.io/a}", "code at https://x.io/a"],
    "tex_letters": [r"\v{C}ech", "Čech", "Cech"],
}
KEY_CASES = [
    pytest.param(a, b, id=f"{name}-{i}")
    for name, variants in KEY_EQUIVALENT.items()
    for i, (a, b) in enumerate(zip(variants, variants[1:], strict=False))
]

# Spellings whose spaced fold (the shingling text) must agree too, not just the key.
FOLD_EQUIVALENT = [
    ("Poincaré", r"Poincar\'e", "poincare"),
    ("Nyströmformer", r"Nystr\"{o}mformer", "nystromformer"),
    ("512times512", r"$512\times512$", "512times512"),
    ("512×512", r"$512\times512$", "512times512"),
    ("ell_p", "ℓ_p", "ell p"),
    ("Q&amp;amp;A", "Q&A", "q a"),
    ("Multi-Step", "Multi Step", "multi step"),
    ("Trans\u200bformer", "Transformer", "transformer"),
    ("ﬁne", "fine", "fine"),
    ("A\u00a0\u2028B", "A B", "a b"),
    ("PoincarÃ©", "Poincaré", "poincare"),
]


@pytest.mark.parametrize(("a", "b"), KEY_CASES)
def test_equivalent_spellings_share_a_key(a: str, b: str) -> None:
    assert key(a) == key(b)
    assert key(a)


@pytest.mark.parametrize(("a", "b", "expected"), FOLD_EQUIVALENT)
def test_equivalent_spellings_share_a_fold(a: str, b: str, expected: str) -> None:
    assert fold(a) == fold(b) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (r"$\times$", "times"),
        (r"3 \times 10^9", "3 times 10 9"),
        (r"\theta and \tau", "theta and tau"),
        (r"\t{oo}", "oo"),
        (r"\c{c}a", "ca"),
        (r"Fr\'echet", "frechet"),
        (r"\LaTeX{} and \etc", "latex and etc"),
        ("textrm{FID}_infty", "fid infty"),
        (r"$\textrm{FID}_\infty$", "fid infty"),
        ("FID∞", "fidinfty"),
        (
            "<ability branch, knowledge, difficulty, modal>",
            "ability branch knowledge difficulty modal",
        ),
        ("such as 9.11 > 9.9 and n < d", "such as 9 11 9 9 and n d"),
        ("R&D and &parameter", "r d and parameter"),
        ("中文 title", "title"),
        ("", ""),
    ],
)
def test_fold_exact(text: str, expected: str) -> None:
    assert fold(text) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("Part I", "Part II", id="part-roman"),
        pytest.param("Llama-2", "Llama-3", id="llama"),
        pytest.param("Kandinsky 5.0", "Kandinsky 6.0", id="kandinsky"),
        pytest.param(r"$\times$", "imes", id="times-not-t-accent"),
        pytest.param(
            "Emergent Abilities of Large Language Models",
            "Are Emergent Abilities of Large Language Models a Mirage?",
            id="contained-title",
        ),
        pytest.param("Sigma", "Sigma: Differential Rescaling", id="subtitle"),
        pytest.param("résumé", "resume 2", id="digit"),
    ],
)
def test_distinct_texts_keep_distinct_keys(a: str, b: str) -> None:
    assert key(a) != key(b)


def test_times_macro_is_not_a_tie_accent() -> None:
    assert key(r"$\times$") == "times"
    assert key(r"\t imes") == "imes"  # the real \t accent, followed by whitespace


def test_key_wrappers_and_relation_to_fold() -> None:
    text = "Low-Dimensional  Poincar\\'e Embeddings"
    assert title_key(text) == abstract_key(text) == key(text) == "lowdimensionalpoincareembeddings"
    assert fold(text).replace(" ", "") == key(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\u00a0b", "a b"),
        ("a\u2028b\u2029c", "a b c"),
        ("  a\t\tb\n c \r\n", "a b c"),
        ("zero\u200bwidth\u200c\u200d\u2060join", "zerowidthjoin"),
        ("soft\u00adhyphen", "softhyphen"),
        ("\ufeffBOM", "BOM"),
        # Nothing but whitespace changes: this is display text.
        (r"Poincar\'e &amp; ﬁne “quotes” -- 512×512", r"Poincar\'e &amp; ﬁne “quotes” -- 512×512"),
        ("", ""),
        (" \u00a0 ", ""),
    ],
)
def test_collapse_ws(text: str, expected: str) -> None:
    assert collapse_ws(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PoincarÃ©", "Poincaré"),
        ("donâ€™t", "don’t"),
        ("â€œquotedâ€\x9d", "“quoted”"),
        ("NystrÃ¶mformer: A NystrÃ¶m-Based", "Nyströmformer: A Nyström-Based"),
        ("Poincaré and PoincarÃ©", "Poincaré and Poincaré"),  # mixed: repaired per sequence
        ("PoincarÃƒÂ©", "Poincaré"),  # double mojibake
        # Clean text and things that only look suspicious stay as they are.
        ("Poincaré", "Poincaré"),
        ("naïve café, Nyström, Søren", "naïve café, Nyström, Søren"),
        ("plain ASCII", "plain ASCII"),
        ("Ã alone", "Ã alone"),
        ("€100 and ±3 °C", "€100 and ±3 °C"),
        ("Ã\x28", "Ã\x28"),  # not a continuation byte
        ("", ""),
    ],
)
def test_fix_mojibake(text: str, expected: str) -> None:
    assert fix_mojibake(text) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Llama 2: Open Foundation and Fine-Tuned Chat Models", ("2",)),
        ("Llama-2", ("2",)),
        ("LLaMA2", ("2",)),
        ("Llama-3", ("3",)),
        ("Kandinsky 5.0: A Family of Foundation Models", ("5", "0")),
        ("Kandinsky 50", ("50",)),
        ("Part I", ("1",)),
        ("Part II", ("2",)),
        ("Deep Learning Theory, Part IV: Depth", ("4",)),
        ("Part Ⅲ", ("3",)),
        ("Part One", ("1",)),
        ("RetroMAE v2: Duplex Masked Auto-Encoder", ("2",)),
        ("YOLO V3", ("3",)),
        ("Rocky II: The Return", ("2",)),
        ("Mixture of Experts XII", ("12",)),
        (r"$512\times512$ Images", ("512", "512")),
        ("S^{3}", ("3",)),
        ("S³", ("3",)),
        # Words that merely look like numerals are not markers.
        ("Mix and Match: Civil Comments", ()),
        ("I Know What You Did", ()),
        ("Who Am I", ()),
        ("Grok on X", ()),
        ("Vision Transformers in CV", ()),
        ("Emergent Abilities of Large Language Models", ()),
        ("", ()),
    ],
)
def test_title_markers(title: str, expected: tuple[str, ...]) -> None:
    assert title_markers(title) == expected


def test_markers_tell_apart_titles_whose_keys_agree() -> None:
    # "5.0" and "50" fold to the same key; the markers are what keeps them apart.
    assert key("Kandinsky 5.0") == key("Kandinsky 50")
    assert title_markers("Kandinsky 5.0") != title_markers("Kandinsky 50")


ODD_INPUTS = [
    "\x00\x01\x7f",
    "lone \ud800 surrogate",
    "&#1114112; &#0; &#xD800; &#99999999; &;",
    "\\",
    "\\'",
    '\\"{',
    "{" * 500 + "}" * 3,
    "$$ ^_ $$",
    "\\u00e9 literal escape",
    "Ⅻ ① ½ ™ … ‰",
    "<sup>",
    "a" * 10_000,
]


@pytest.mark.parametrize("text", ODD_INPUTS)
def test_odd_input_never_crashes(text: str) -> None:
    folded = fold(text)
    assert FOLDED.fullmatch(folded)
    assert key(text) == folded.replace(" ", "")
    assert all(m.isdigit() for m in title_markers(text))
    assert isinstance(collapse_ws(text), str)
    assert isinstance(fix_mojibake(text), str)


def test_fold_is_deterministic_and_idempotent() -> None:
    text = r"Nystr\"{o}mformer: $512\times512$ &amp; ℓ_p — naïve"
    once = fold(text)
    assert once == fold(text) == fold(once)


def _seed_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        lines.extend(line for line in path.read_text("utf-8").split("\n") if line.strip())
    return lines


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed dumps not available")
def test_seed_lines_fold_to_ascii_words() -> None:
    for line in _seed_lines():
        folded = fold(line)
        assert FOLDED.fullmatch(folded), line
        assert key(line) == folded.replace(" ", "")
        if not any(tex in line for tex in TEX_CASE_SENSITIVE):
            assert key(line.upper()) == key(line)


@pytest.mark.parametrize("variant", [r"$\varepsilon$-greedy", "varepsilon-greedy", "ε-greedy"])
def test_var_greek_letters_fold_to_plain_names(variant):
    assert key(variant) == key("epsilon-greedy")


def test_mojibake_repair_leaves_times_dash_alone():
    # "×–" round-trips through cp1252 into a Hebrew letter; it is not mojibake.
    assert fix_mojibake("512×–1024") == "512×–1024"
    assert fix_mojibake("PoincarÃ©") == "Poincaré"


def _to_ascii_whole_text(text: str) -> str:
    """The non-ASCII step as it was first written: each pass over the whole text."""
    import unicodedata

    from papercorpus.normalize import _NON_ASCII, _UNICODE_TABLE

    def sub(t: str) -> str:
        return _NON_ASCII.sub(lambda m: m.group().translate(_UNICODE_TABLE), t)

    text = unicodedata.normalize("NFKD", sub(text))
    if not text.isascii():
        text = sub(text).encode("ascii", "replace").decode("ascii")
    return text


@pytest.mark.parametrize(
    "text",
    [
        "e\u0301\u0327x a\u0327\u0301 \u00e9\u0301\u0300b",  # combining marks to reorder
        "\u212b\u00c5 \u1e9b\u0323 Søren ﬁne ＡＢＣ ½ ① \U0001d703 \u2260 \u2113",
        "日本語 テキスト, 512×512, x\u0301, ‘quoted’ — dash",
    ],
)
def test_to_ascii_run_by_run_is_the_whole_text_pass(text: str) -> None:
    from papercorpus.normalize import _to_ascii

    assert _to_ascii(text) == _to_ascii_whole_text(text)


def test_to_ascii_run_by_run_property() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from papercorpus.normalize import _to_ascii

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",))))
    def check(text: str) -> None:
        assert _to_ascii(text) == _to_ascii_whole_text(text)

    check()


@pytest.mark.parametrize(
    "title",
    [
        "Part II: x",
        "Llama 2",
        "Rocky II",
        "Phase iv trial",
        "\\textbf{V}2",
        "Grok on X",
        "Am I",
        "A Study of Things",
        "mathbfii end",
        "Über III",
    ],
)
def test_title_markers_fast_path_agrees(title: str) -> None:
    from papercorpus.title_markers import _TITLE_SEGMENTS, _segment_markers

    slow = tuple(m for seg in _TITLE_SEGMENTS.split(title) for m in _segment_markers(fold(seg)))
    assert title_markers(title) == slow


_STYLE_PIECES = [
    *("math", "rm", "text", "bf", "script", "size", "style", "foot", "note", "disp", "lay"),
    *("var", "epsilon", "theta", "{", "bf ", " ", "x", "Math", "it", "normal", "\n", "&amp;"),
    *("&#109;", "\\", "\\textbf", "<b>", "</b>", "é", "ϑ", "Ã©", "{it ", "underline{"),
    *("boldsymbol", "superscript", "cal", "ab"),
]


@pytest.mark.parametrize(
    "texts",
    [
        [],
        [""],
        ["mathcalO and textbfWord", "context", "xvarepsilon", "varepsilon", "a\nvartheta"],
        ["scriptsizeFLaws", "footnotesize x", "displaystyle", "{bf 1} underline {x}", "var"],
        ["&#109;athrm x", "te<b>xt</b>bf", "\\mathcal{O} mathrm", "Poincar\\'e ϑ textit"],
        ["text" * 70_000, "mathbf", "plain words"],  # a block cut inside a long run
    ],
)
def test_fold_bytes_many_is_fold_bytes(texts: list[str]) -> None:
    from papercorpus.normalize import fold_bytes, fold_bytes_many

    assert fold_bytes_many(texts) == [fold_bytes(t) for t in texts]


def test_fold_bytes_many_property() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from papercorpus.normalize import fold_bytes, fold_bytes_many

    text = st.lists(st.sampled_from(_STYLE_PIECES), max_size=12).map("".join)

    @settings(max_examples=300, deadline=None)
    @given(st.lists(text | st.text(max_size=20), max_size=8))
    def check(texts: list[str]) -> None:
        assert fold_bytes_many(texts) == [fold_bytes(t) for t in texts]

    check()
