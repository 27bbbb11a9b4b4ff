"""Default family, short titles read as organisations (hd15): a card names one
organisation, so the chrome between two cards' texts names two at most (the card above's,
the next card's over its title); a third name there is a title (``charges.TWO_ORGS``,
``walks.CardWalks._named_twice``). An excerpt of the seed-22 default set's page p001568
(``fixtures/pages_hd15.json``), failing without the rule, and a small page of each kind."""

from __future__ import annotations

from .page_excerpts import check_excerpt, load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_hd15.json")

_A1 = (
    "This paper investigates a rotatable antenna enabled uplink system, where a base station"
    " serves both ground and aerial users. Numerical results demonstrate the superiority of"
    " the proposed scheme over several benchmarks."
)
_A2 = (
    "Event-based sensors are a promising new technology for star tracking due to their low"
    " latency and power efficiency, but prior work has been evaluated in simulation only. We"
    " propose a novel algorithm for event-based star tracking."
)
_A3 = (
    "Predicting product quality from multimodal item information is critical in cold-start"
    " scenarios, where user interaction history is unavailable. We propose a compact"
    " dual-encoder vision-language regression framework."
)
_ALIBABA = ["Alibaba Group", "·", "Jan 9, 2020"]
_SALESFORCE = ["Salesforce", "·", "Sep 6, 2025"]


def _titles(between: list[str]) -> list[str]:
    lines = ["Energy Efficiency Optimization for Rotatable Antenna-Enabled Uplink NOMA Systems"]
    lines += ["", _A1, ""]
    for line in between:
        lines += [line, ""]
    lines += ["EBS-EKF: Accurate and High Frequency Event-based Star Tracking", "", _A2, ""]
    lines += ["· 3 authors", "", "effiminivlm: a compact dual-encoder regression framework"]
    lines += ["", _A3]
    records, _ = parse_page(lines)
    return [r.title.split(":")[0].split(" for ")[0] for r in records]


def test_a_third_name_between_two_cards_is_a_title() -> None:
    """``Alibaba Group`` + ``·`` + its date, ``· 2 authors``, ``Deontic Argumentation`` +
    ``· Published on Nov 18`` (a card without an abstract), then ``Salesforce`` + ``·`` +
    its date over the next card: read as three names between two abstracts, the title
    lost (the seed-22 ``dense`` page p001568, web style, chrome on every side of a card)."""
    check_excerpt(EXCERPTS["hd15_d22_p001568_a_third_name_between_two_cards"])
    between = [*_ALIBABA, "· 2 authors", "Deontic Argumentation", "· Published on Nov 18"]
    assert _titles(between + _SALESFORCE) == [
        "Energy Efficiency Optimization",
        "Deontic Argumentation",
        "EBS-EKF",
        "effiminivlm",
    ]


def test_two_names_between_two_cards_are_two_cards_organisations() -> None:
    """Two names between two abstracts are the card above's and the next card's (a page
    that shows its chrome on any side of a card): neither is a title."""
    assert _titles(_ALIBABA + _SALESFORCE) == [
        "Energy Efficiency Optimization",
        "EBS-EKF",
        "effiminivlm",
    ]
