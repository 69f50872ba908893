"""Who a sentence's statements come from, read across sentences: "the publication" in a
paragraph that recalls earlier news, and a relay named in the sentence after a claim ("The
report cited two diplomats.")."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from claimcheck._extract_credits import NO_SOURCES, OutletNames, unnamed_behind
from claimcheck._extract_lexicon import OUTLET_WORDS
from claimcheck._extract_text import Sentence
from claimcheck._extract_tokens import folded
from claimcheck.attribution import AttributionMention
from claimcheck.model import Actor, ActorKind, Anonymity, Attribution, Claim

__all__: list[str] = []

_DEFINITE = re.compile(
    r"^the\s+(?:publication|newspaper|paper|outlet|agency|daily|magazine|broadcaster|media\s+outlet|site)\b",
    re.IGNORECASE,
)
_RECALL = re.compile(
    r"^\W*(?:it\s+is\s+worth\s+(?:recalling|noting|remembering|mentioning)|recall(?:ing)?\s+that"
    r"|as\s+a\s+reminder|earlier|previously|back\s+in|as\s+reported\s+earlier)\b",
    re.IGNORECASE,
)
_REPORT = (
    r"(?:the|its|that|this)\s+(?:report|story|article|publication|newspaper|paper|outlet|agency|"
    r"daily|magazine|broadcaster|site|account)"
)
_CITED = re.compile(
    rf"^\W*(?P<who>{_REPORT}|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,3}})\s+"
    r"(?:(?:had|has)\s+)?(?:cited|quoted|relied\s+on|drew\s+on|was\s+based\s+on|is\s+based\s+on)\s+"
    r"(?P<upstream>[^,;.]+?)\s*(?:[,;.]|$)",
    re.IGNORECASE,
)
"""A sentence that names where a report came from: "The report cited two diplomats", "The
Daily Post quoted unnamed officials", "Its story was based on a Reuters report"."""
_VAGUE = re.compile(
    r"\b(?:sources?|officials?|diplomats?|people|persons?|insiders?|aides?|figures?|someone|"
    r"unnamed|anonymous|familiar)\b",
    re.IGNORECASE,
)
_REPORT_WORDS = re.compile(r"^(?:an?|the)\s+|\s+(?:report|story|article|investigation)s?$", re.IGNORECASE)


def as_outlet(mention: AttributionMention) -> AttributionMention:
    """*mention*, with an unknown speaker whose name ends as an outlet's does ("the Financial
    Gazette wrote") read as a named organization rather than a person."""
    attribution = mention.attribution
    words = attribution.speaker_name.split()
    if (
        attribution.anonymity is not Anonymity.NAMED_PERSON
        or attribution.speaker is not None
        or len(words) < 2
        or words[-1].casefold() not in OUTLET_WORDS
    ):
        return mention
    named = attrs.evolve(attribution, anonymity=Anonymity.NAMED_ORGANIZATION)
    return attrs.evolve(mention, attribution=named)


def recalled(
    mention: AttributionMention,
    sentence: Sentence,
    sentences: Sequence[Sentence],
    attributions: Sequence[AttributionMention],
) -> AttributionMention:
    """Read "the publication" in a paragraph that recalls earlier news.

    Such a paragraph leaves the story being relayed, so the definite description does not
    refer to the outlet relayed last before it. It refers to the one other outlet the
    document names (among *attributions*), before or after, if there is exactly one; with
    several, the text does not say which, and the speaker is left unresolved.
    """
    attribution = mention.attribution
    speaker = attribution.speaker
    written = _DEFINITE.match(mention.text)
    if speaker is None or speaker.kind is not ActorKind.OUTLET or written is None:
        return mention
    opening = next((s for s in sentences if s.paragraph == sentence.paragraph), sentence)
    if not _RECALL.match(opening.text):
        return mention
    named = _outlets_named(attributions)
    relay = next((outlet for offset, outlet in reversed(named) if offset < mention.offset), None)
    others = {outlet for _, outlet in named} - {relay}
    if len(others) == 1:
        (outlet,) = others
        resolved = attrs.evolve(attribution, speaker=outlet, speaker_name=outlet.name)
    else:
        resolved = attrs.evolve(attribution, speaker=None, speaker_name=written.group(0))
    return attrs.evolve(mention, attribution=resolved)


_RELAYING = re.compile(
    r",\s*(?:relaying|re-reporting|picking\s+up|summari[sz]ing|echoing|following\s+up|"
    r"drawing\s+on|based\s+on)\s+(?:on\s+)?(?:an?\s+|the\s+)?"
    r"(?P<before>(?:report|story|article|scoop|investigation)\s+(?:by|from|in|of)\s+)?"
    r"(?P<upstream>(?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+)?[A-Z][\w.&'’-]*){0,3}?)"
    r"(?:['’]s?)?(?P<after>\s+(?:report|story|article|scoop|investigation)s?)?\s*(?:,|\bof\b|$)"
)
"""An outlet's words that say it passed on another's report: "X, relaying Bloomberg's
report, wrote", "X, picking up a story by the Fjord Post, said"."""
_DESCRIBED = re.compile(
    r"\s+(?:outlet|newspaper|paper|daily|weekly|publication|agency|broadcaster|site|magazine|"
    r"news\s+site|tabloid|channel)\b"
)
"""The noun of an outlet described by a place or a kind ("the Washington outlet") after the
words an attribution took as its speaker."""


def relaying(mention: AttributionMention, outlets: OutletNames) -> AttributionMention:
    """*mention*, an outlet's credit whose words say it relayed another outlet's report
    ("X, relaying Bloomberg's report, wrote"), as that report passed on through X.

    >>> from claimcheck.attribution import find_attributions
    >>> text = "The Harbor Times, relaying a story by the Fjord Post, said the port would close."
    >>> [m] = find_attributions(text)
    >>> a = relaying(m, OutletNames(text, None)).attribution
    >>> a.speaker_name, [o.name for o in a.via]
    ('Fjord Post', ['Harbor Times'])
    """
    outlet = _outlet_of(mention.attribution)
    found = _RELAYING.search(mention.text) if outlet is not None else None
    if outlet is None or found is None:
        return mention
    name = re.sub(r"^[Tt]he\s+|['’]s?$", "", found.group("upstream").strip())
    upstream = outlets.outlet(name)
    reported = found.group("before") or found.group("after")
    if (
        folded(name) in {folded(n) for n in outlet.names}
        or name.split()[0].lower() in _NOT_NAMES
        or (upstream is None and not reported)
    ):
        return mention
    relayed_from = attrs.evolve(
        mention.attribution,
        speaker_name=upstream.name if upstream is not None else name,
        anonymity=Anonymity.NAMED_ORGANIZATION,
        speaker=upstream,
        via=(outlet,),
    )
    return attrs.evolve(mention, attribution=relayed_from)


_NOT_NAMES = frozenset("its their his her a an".split())


def described(
    mention: AttributionMention, text: str, attributions: Sequence[AttributionMention]
) -> AttributionMention:
    """*mention*, whose speaker is an outlet described by a place or kind ("according to the
    Washington outlet"), as the outlet the document named last before it; unchanged when
    no outlet is named before, or the words go on otherwise.

    Args:
        mention: An attribution of the document.
        text: The document's text, which *mention*'s offsets index.
        attributions: All the document's attributions, in order.
    """
    attribution = mention.attribution
    speaker = attribution.speaker
    if (speaker is not None and speaker.kind is ActorKind.OUTLET) or not re.search(
        r"\bthe\s+[A-Z][\w-]*$", mention.text
    ):
        return mention
    noun = _DESCRIBED.match(text, mention.end)
    if noun is None:
        return mention
    before = [outlet for offset, outlet in _outlets_named(attributions) if offset < mention.offset]
    if not before:
        return mention
    outlet = before[-1]
    resolved = attrs.evolve(
        attribution, speaker=outlet, speaker_name=outlet.name, anonymity=Anonymity.NAMED_ORGANIZATION
    )
    return attrs.evolve(mention, attribution=resolved, text=mention.text + noun.group(0))


def _outlets_named(attributions: Sequence[AttributionMention]) -> list[tuple[int, Actor]]:
    """The outlets the document names as speakers or relays (not as "the publication"),
    with the offsets of their mentions, in order."""
    outlets = []
    for mention in attributions:
        if _DEFINITE.match(mention.text):
            continue
        for actor in (mention.attribution.speaker, *mention.attribution.via):
            if actor is not None and actor.kind is ActorKind.OUTLET:
                outlets.append((mention.offset, actor))
    return outlets


def _outlet_of(attribution: Attribution) -> Actor | None:
    """The outlet a statement is credited to directly, with nothing relayed on the way."""
    if attribution.via or attribution.anonymous:
        return None
    speaker = attribution.speaker
    if speaker is not None:
        return speaker if speaker.kind is ActorKind.OUTLET else None
    if attribution.anonymity is Anonymity.NAMED_ORGANIZATION:
        return Actor(attribution.speaker_name, ActorKind.OUTLET)
    return None


def relayed(
    attribution: Attribution, following: str, mentions: Sequence[AttributionMention]
) -> Attribution | None:
    """*attribution*, an outlet's, as a relay of the source the next sentence names.

    "..., the Daily Post reported. The report cited two diplomats." credits the diplomats,
    through the Daily Post; so does "The Daily Post, citing Reuters, said ..." for Reuters,
    and "It did not name its sources." for the Daily Post's unnamed sources. A person the
    outlet quotes ("Hegseth said ..., the paper added") is its own reporting, not a relay.
    ``None`` when *attribution* is not an outlet's, or the next sentence (*following*, with
    its attribution *mentions*) names no source behind it.
    """
    outlet = _outlet_of(attribution)
    if outlet is None:
        return None
    names = {folded(n) for n in outlet.names}
    for mention in mentions:
        later = mention.attribution
        if later.anonymity is Anonymity.NAMED_PERSON:
            continue  # the outlet quoting a person is its own reporting, not a relay
        chain = [*later.via, *(() if later.speaker is None else (later.speaker,))]
        if later.speaker is None:
            chain.append(Actor(later.speaker_name, ActorKind.OUTLET))
        rest = [actor for actor in chain if folded(actor.name) not in names]
        if rest and len(rest) < len(chain) and later.via:
            upstream = rest[-1]
            return attrs.evolve(
                attribution,
                speaker_name=upstream.name,
                anonymity=Anonymity.NAMED_ORGANIZATION,
                speaker=upstream if upstream.kind is ActorKind.OUTLET else None,
                via=(outlet,),
            )
    if NO_SOURCES.search(following):
        return unnamed_behind(attribution)
    cited = _CITED.match(following)
    if cited is None:
        return None
    who = cited.group("who")
    if not _DEFINITE.match(who) and not re.match(_REPORT, who, re.IGNORECASE) and folded(who) not in names:
        return None
    upstream = cited.group("upstream").strip()
    vague = _VAGUE.search(upstream) is not None
    return attrs.evolve(
        attribution,
        speaker_name=upstream if vague else _REPORT_WORDS.sub("", upstream) or upstream,
        anonymity=Anonymity.ANONYMOUS_GROUP if vague else Anonymity.NAMED_ORGANIZATION,
        speaker=None,
        via=(outlet,),
    )


def with_relays(
    claims: Sequence[Claim], per_sentence: Sequence[tuple[Sentence, Sequence[AttributionMention]]]
) -> list[Claim]:
    """*claims*, with an outlet's credit turned into a relay where the next sentence (of
    the same or the next paragraph) names the source behind the outlet."""
    behind: dict[tuple[int, Attribution], Attribution | None] = {}
    following = {
        s.number: (n, a)
        for (s, _), (n, a) in zip(per_sentence, per_sentence[1:], strict=False)
        if n.paragraph - s.paragraph <= 1
    }
    out = []
    for claim in claims:
        attribution = claim.attribution
        number = int(claim.id[1 : claim.id.index("-")])
        if attribution is not None and number in following:
            key = (number, attribution)
            if key not in behind:
                after, mentions = following[number]
                behind[key] = relayed(attribution, after.text, [as_outlet(m) for m in mentions])
            upstream = behind[key]
            if upstream is not None:
                claim = attrs.evolve(claim, attribution=upstream)
        out.append(claim)
    return out
