"""The check machinery: `check` validation, `Registry` composition and selection, entry points, and `run_checks`."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Hashable, Iterator
from pathlib import Path

import pytest

from claimcheck.checks import BUILTIN, Group, Registry, Status, check, run_checks, spec_of
from claimcheck.errors import CheckDefinitionError, UnknownCheckError
from claimcheck.kb import KnowledgeBase
from claimcheck.model import Claim, Document, Finding, Severity, Source, Statement
from claimcheck.timespan import TimeSpan

KB = KnowledgeBase.loads('{"records": []}')
"""An empty knowledge base: the machinery needs none."""


def _document(doc_id: str, *propositions: str) -> Document:
    source = Source(document_id=doc_id, published=TimeSpan.day(2024, 12, 3))
    claims = tuple(
        Claim(id=f"c{i}", source=source, assertion=Statement(content=f"says {p}", proposition=p))
        for i, p in enumerate(propositions)
    )
    return Document(source=source, claims=claims)


def _finding(code: str, name: str, message: str, doc: str, severity: Severity = Severity.WARNING) -> Finding:
    return Finding(code=code, name=name, category="testing", severity=severity, message=message, documents=(doc,))


@check("TST001", "claim-count", category="testing")
def claim_count(doc: Document, kb: KnowledgeBase) -> Iterator[Finding]:
    """Report how many claims a document has."""
    yield _finding("TST001", "claim-count", f"{len(doc.claims)} claims", doc.id)


def _by_proposition(claim: Claim, document: Document, kb: KnowledgeBase) -> list[Hashable]:
    assert isinstance(claim.assertion, Statement)
    return [claim.assertion.proposition]


@check("TST002", "shared-proposition", category="testing", key=_by_proposition)
def shared_proposition(group: Group, kb: KnowledgeBase) -> Iterator[Finding]:
    """Report each proposition stated in more than one document."""
    if len(group.documents) > 1:
        yield Finding(
            code="TST002",
            name="shared-proposition",
            category="testing",
            severity=Severity.INFO,
            message=f"{group.key} in {', '.join(group.documents)}",
            documents=group.documents,
        )


@check("TST003", "always-fails", category="testing")
def always_fails(doc: Document, kb: KnowledgeBase) -> Iterator[Finding]:
    """Raise on every document."""
    raise RuntimeError(f"cannot read {doc.id}")
    yield  # pragma: no cover - makes this a generator


@check("TST004", "wrong-code", category="testing")
def wrong_code(doc: Document, kb: KnowledgeBase) -> Iterator[Finding]:
    """Yield a finding under another check's code."""
    yield _finding("TST001", "claim-count", "not mine", doc.id)


@check("TST005", "preview-check", category="testing", status=Status.PREVIEW)
def preview_check(doc: Document, kb: KnowledgeBase) -> Iterator[Finding]:
    """A check that runs only when selected."""
    yield _finding("TST005", "preview-check", "preview", doc.id)


@check("TST006", "retired-check", category="testing", status=Status.REMOVED)
def retired_check(doc: Document, kb: KnowledgeBase) -> Iterator[Finding]:
    """A check that never runs."""
    yield _finding("TST006", "retired-check", "retired", doc.id)  # pragma: no cover


@check("OTH001", "other-family", category="testing", severity=Severity.ERROR)
def other_family(doc: Document, kb: KnowledgeBase) -> Iterator[Finding]:
    """A check of another family."""
    yield _finding("OTH001", "other-family", "other", doc.id, Severity.ERROR)


REGISTRY = Registry().with_checks(claim_count, shared_proposition, preview_check, retired_check, other_family)
DOCUMENTS = [_document("b", "p", "q"), _document("a", "p")]


# -- @check ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "name", "category", "problem"),
    [
        ("TS001", "good-name", "good_category", "code 'TS001'"),
        ("tst001", "good-name", "good_category", "code 'tst001'"),
        ("TST001", "Bad_Name", "good_category", "name 'Bad_Name'"),
        ("TST001", "good-name", "Bad-Category", "category 'Bad-Category'"),
    ],
)
def test_check_refuses_bad_identity(code: str, name: str, category: str, problem: str) -> None:
    """A code, name or category of the wrong shape is refused, naming the function and the value."""
    with pytest.raises(CheckDefinitionError, match=problem) as caught:

        @check(code, name, category=category)
        def my_check(doc: Document, kb: KnowledgeBase) -> Iterator[Finding]:
            yield from ()

    assert "my_check" in str(caught.value)


def test_check_refuses_a_wrong_signature() -> None:
    """A document-local check must take exactly (doc, kb)."""
    with pytest.raises(CheckDefinitionError, match=r"lonely_check: signature must be \(doc, kb\)"):

        @check("TST010", "lonely", category="testing")
        def lonely_check(doc: Document) -> Iterator[Finding]:
            yield from ()


def test_check_refuses_a_required_keyword() -> None:
    """A check with a required keyword-only argument cannot be called as (doc, kb)."""
    with pytest.raises(CheckDefinitionError, match="needy_check"):

        @check("TST011", "needy", category="testing")
        def needy_check(doc: Document, kb: KnowledgeBase, *, level: int) -> Iterator[Finding]:
            yield from ()


def test_check_refuses_a_key_of_the_wrong_shape() -> None:
    """A keyed check's key must take (claim, document, kb); the error names the key."""
    with pytest.raises(CheckDefinitionError, match=r"short_key: signature must be key\(claim, document, kb\)"):

        def short_key(claim: Claim) -> list[Hashable]:
            return []

        @check("TST012", "keyed", category="testing", key=short_key)  # type: ignore[arg-type]
        def keyed(group: Group, kb: KnowledgeBase) -> Iterator[Finding]:
            yield from ()


def test_check_refuses_a_severity_that_is_not_one() -> None:
    """The severity must be a `Severity`, not its text."""
    with pytest.raises(CheckDefinitionError, match="severity must be a Severity"):

        @check("TST013", "texty", category="testing", severity="error")  # type: ignore[arg-type]
        def texty(doc: Document, kb: KnowledgeBase) -> Iterator[Finding]:
            yield from ()


def test_unmarked_function_has_no_spec() -> None:
    """A plain function cannot join a registry."""

    def plain(doc: Document, kb: KnowledgeBase) -> Iterator[Finding]:
        yield from ()

    with pytest.raises(CheckDefinitionError, match="plain is not marked with @check"):
        Registry().with_checks(plain)


def test_check_returns_the_function_unchanged() -> None:
    """Marking keeps the function callable as it was, with its spec attached."""
    assert list(claim_count(_document("x", "p"), KB))[0].message == "1 claims"
    assert spec_of(claim_count).family == "TST"
    assert spec_of(claim_count).summary == "Report how many claims a document has."


# -- Registry ------------------------------------------------------------------------------


def test_duplicate_code_is_refused() -> None:
    """Two functions cannot share a code; the message names both."""

    @check("TST001", "another-name", category="testing")
    def impostor(doc: Document, kb: KnowledgeBase) -> Iterator[Finding]:
        yield from ()

    with pytest.raises(CheckDefinitionError, match=r"impostor: code 'TST001' is already taken by .*claim_count"):
        REGISTRY.with_checks(impostor)


def test_duplicate_name_is_refused() -> None:
    """Two functions cannot share a name."""

    @check("TST099", "claim-count", category="testing")
    def namesake(doc: Document, kb: KnowledgeBase) -> Iterator[Finding]:
        yield from ()

    with pytest.raises(CheckDefinitionError, match="namesake: name 'claim-count' is already taken"):
        REGISTRY.with_checks(namesake)


def test_adding_the_same_function_again_changes_nothing() -> None:
    """Registering a check twice is harmless; registries are immutable and sorted by code."""
    again = REGISTRY.with_checks(claim_count)
    assert again == REGISTRY
    assert REGISTRY.codes == ("OTH001", "TST001", "TST002", "TST005", "TST006")
    assert Registry().with_checks(other_family, claim_count).codes == ("OTH001", "TST001")


def test_get_unknown_code() -> None:
    """Asking for an unknown code raises UnknownCheckError."""
    assert REGISTRY.get("TST001").name == "claim-count"
    with pytest.raises(UnknownCheckError, match="TST404"):
        REGISTRY.get("TST404")


def _codes(**options: list[str]) -> list[str]:
    return [spec.code for spec in REGISTRY.selected(**options)]


def test_default_selection_skips_preview_and_removed() -> None:
    """By default every stable check runs; preview and removed ones do not."""
    assert _codes() == ["OTH001", "TST001", "TST002"]


def test_preview_runs_when_selected_by_code_or_family() -> None:
    """A preview check runs when its code or its family is selected."""
    assert _codes(select=["TST005"]) == ["TST005"]
    assert _codes(select=["TST"]) == ["TST001", "TST002", "TST005"]


def test_removed_check_never_runs() -> None:
    """A removed check is left out of its family, and selecting its code is an error."""
    assert "TST006" not in _codes(select=["TST"])
    assert _codes(ignore=["TST006"]) == ["OTH001", "TST001", "TST002"]
    with pytest.raises(UnknownCheckError, match="was removed"):
        _codes(select=["TST006"])


def test_select_and_ignore_by_code_and_family() -> None:
    """Ignoring wins over selecting; both take codes and families."""
    assert _codes(select=["TST"], ignore=["TST005"]) == ["TST001", "TST002"]
    assert _codes(ignore=["TST"]) == ["OTH001"]
    assert _codes(select=["OTH001", "TST002"]) == ["OTH001", "TST002"]


@pytest.mark.parametrize("options", [{"select": ["XYZ"]}, {"ignore": ["TST404"]}, {"select": ["tst001"]}, {"select": ["TST0"]}])
def test_unknown_selection_is_an_error(options: dict[str, list[str]]) -> None:
    """A code or family that matches nothing raises UnknownCheckError, from the registry and from run_checks."""
    with pytest.raises(UnknownCheckError):
        REGISTRY.selected(**options)
    with pytest.raises(UnknownCheckError):
        run_checks(DOCUMENTS, KB, registry=REGISTRY, **options)


def test_builtin_codes_and_families() -> None:
    """The built-in registry holds the five families, every check stable."""
    assert {spec.family for spec in BUILTIN} == {"CNT", "NAM", "ROL", "SRC", "TIM"}
    assert all(spec.status is Status.STABLE for spec in BUILTIN)
    assert len({spec.name for spec in BUILTIN}) == len(BUILTIN)


# -- run_checks ----------------------------------------------------------------------------


def test_run_gives_local_and_keyed_findings_sorted() -> None:
    """Local checks run per document and keyed ones per group; findings come sorted."""
    findings = run_checks(DOCUMENTS, KB, registry=REGISTRY)
    assert [(f.documents, f.code, f.message) for f in findings] == [
        (("a",), "OTH001", "other"),
        (("a",), "TST001", "1 claims"),
        (("a", "b"), "TST002", "p in a, b"),
        (("b",), "OTH001", "other"),
        (("b",), "TST001", "2 claims"),
    ]
    assert findings == sorted(findings, key=Finding.sort_key)


def test_run_does_not_depend_on_document_order() -> None:
    """Reversing the documents gives the very same findings."""
    assert run_checks(DOCUMENTS, KB, registry=REGISTRY) == run_checks(DOCUMENTS[::-1], KB, registry=REGISTRY)


def test_failing_check_becomes_an_error_finding() -> None:
    """A check that raises gives one error finding per document it failed on, and the other checks still run."""
    registry = REGISTRY.with_checks(always_fails)
    findings = run_checks(DOCUMENTS, KB, registry=registry, select=["TST001", "TST003"])
    failures = [f for f in findings if f.code == "TST003"]
    assert [(f.documents, f.severity) for f in failures] == [(("a",), Severity.ERROR), (("b",), Severity.ERROR)]
    assert "RuntimeError: cannot read a" in failures[0].message
    assert len([f for f in findings if f.code == "TST001"]) == 2


def test_finding_under_another_code_is_an_error() -> None:
    """A check that yields a finding with another code is reported as failing, and its finding is dropped."""
    registry = REGISTRY.with_checks(wrong_code)
    findings = run_checks(DOCUMENTS[:1], KB, registry=registry, select=["TST004"])
    assert len(findings) == 1
    assert findings[0].code == "TST004" and findings[0].severity is Severity.ERROR
    assert "produced 'TST001'" in findings[0].message


def test_failing_keyed_check_names_its_group() -> None:
    """A keyed check that raises is reported for the documents of its group."""

    def by_proposition(claim: Claim, document: Document, kb: KnowledgeBase) -> list[Hashable]:
        return ["all"]

    @check("TST020", "keyed-failure", category="testing", key=by_proposition)
    def keyed_failure(group: Group, kb: KnowledgeBase) -> Iterator[Finding]:
        raise ValueError("bad group")
        yield  # pragma: no cover

    findings = run_checks(DOCUMENTS, KB, registry=Registry().with_checks(keyed_failure))
    assert [(f.documents, f.code) for f in findings] == [(("a", "b"), "TST020")]
    assert "group 'all'" in findings[0].message


# -- entry points --------------------------------------------------------------------------


def _install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, module: str, source: str, entry_points: str) -> None:
    """Make a distribution "fake-checks" with *module* and the given entry points importable."""
    (tmp_path / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
    info = tmp_path / "fake_checks-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: fake-checks\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(textwrap.dedent(entry_points), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, module, raising=False)


PLUGIN = """
    from claimcheck.checks import check
    from claimcheck.checks.roles import holder_outside_tenure
    from claimcheck.model import Finding, Severity

    @check("PLG001", "plugin-one", category="testing")
    def plugin_one(doc, kb):
        yield Finding(code="PLG001", name="plugin-one", category="testing",
                      severity=Severity.WARNING, message="one", documents=(doc.id,))

    @check("PLG002", "plugin-two", category="testing", severity=Severity.INFO)
    def plugin_two(doc, kb):
        yield from ()

    def helper():
        return None
"""


def test_entry_point_naming_a_function(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An entry point naming a check function adds that check only."""
    _install(tmp_path, monkeypatch, "plugin_function", PLUGIN, "[claimcheck.checks]\none = plugin_function:plugin_one\n")
    registry = Registry().with_entry_points()
    assert registry.codes == ("PLG001",)
    findings = run_checks(DOCUMENTS, KB, registry=registry)
    assert [f.message for f in findings] == ["one", "one"]


def test_entry_point_naming_a_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An entry point naming a module adds every check it defines, not the ones it imports."""
    _install(tmp_path, monkeypatch, "plugin_module", PLUGIN, "[claimcheck.checks]\nall = plugin_module\n")
    registry = BUILTIN.with_entry_points()
    assert set(registry.codes) - set(BUILTIN.codes) == {"PLG001", "PLG002"}
    assert len(registry) == len(BUILTIN) + 2


@pytest.mark.parametrize(
    ("target", "problem"),
    [
        ("plugin_broken:missing", "cannot load 'plugin_broken:missing'"),
        ("plugin_broken:helper", "'plugin_broken:helper' is not marked with @check"),
        ("no_such_module_anywhere", "cannot load"),
    ],
)
def test_broken_entry_point_names_the_distribution(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: str, problem: str
) -> None:
    """An entry point that fails to load, or names no check, raises CheckDefinitionError naming the distribution."""
    _install(tmp_path, monkeypatch, "plugin_broken", PLUGIN, f"[claimcheck.checks]\nbroken = {target}\n")
    with pytest.raises(CheckDefinitionError, match=problem) as caught:
        Registry().with_entry_points()
    assert "entry point 'broken' of fake-checks" in str(caught.value)


def test_module_without_checks_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A module target that defines no check is an error, not a silent no-op."""
    _install(tmp_path, monkeypatch, "plugin_empty", "VALUE = 1\n", "[claimcheck.checks]\nempty = plugin_empty\n")
    with pytest.raises(CheckDefinitionError, match="module plugin_empty has no check"):
        Registry().with_entry_points()


def test_entry_point_clash_with_builtin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A plugin check that takes a built-in code is refused."""
    clash = PLUGIN.replace('"PLG001"', '"ROL001"')
    _install(tmp_path, monkeypatch, "plugin_clash", clash, "[claimcheck.checks]\nclash = plugin_clash:plugin_one\n")
    with pytest.raises(CheckDefinitionError, match="code 'ROL001' is already taken"):
        BUILTIN.with_entry_points()


def test_failing_key_becomes_an_error_finding() -> None:
    """A key that raises gives one error finding per claim it fails on; the other claims are still grouped."""

    def picky(claim: Claim, document: Document, kb: KnowledgeBase) -> list[Hashable]:
        if document.id == "b":
            raise KeyError("no key for b")
        return ["all"]

    @check("TST021", "picky-key", category="testing", key=picky)
    def picky_check(group: Group, kb: KnowledgeBase) -> Iterator[Finding]:
        yield _finding("TST021", "picky-key", f"{len(group.members)} members", group.documents[0])

    findings = run_checks(DOCUMENTS, KB, registry=Registry().with_checks(picky_check))
    assert [(f.documents, f.severity) for f in findings] == [
        (("a",), Severity.WARNING),
        (("b",), Severity.ERROR),
        (("b",), Severity.ERROR),
    ]
    assert "failed on the key of claim 'b#c0'" in findings[1].message
    assert "failed on the key of claim 'b#c1'" in findings[2].message
