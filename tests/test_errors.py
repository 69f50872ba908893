"""Tests for claimcheck.errors: the hierarchy, the message format, pickling."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import errors
from claimcheck.errors import (
    CaseFileError,
    CheckDefinitionError,
    ClaimcheckError,
    DateError,
    InputError,
    UnknownCheckError,
)

ERRORS = [getattr(errors, name) for name in errors.__all__]
INPUT_ERRORS = [cls for cls in ERRORS if issubclass(cls, InputError)]
TWINS = {InputError: ValueError, CheckDefinitionError: TypeError, UnknownCheckError: LookupError}


@pytest.mark.parametrize("error", ERRORS, ids=lambda cls: cls.__name__)
def test_each_error_is_also_its_builtin_twin(error: type[Exception]) -> None:
    """Every claimcheck error is a ClaimcheckError and the built-in exception it resembles."""
    assert issubclass(error, ClaimcheckError)
    assert issubclass(ClaimcheckError, Exception)
    if error is not ClaimcheckError:
        twins = [twin for base, twin in TWINS.items() if issubclass(error, base)]
        assert len(twins) == 1
        assert issubclass(error, twins[0])


def test_input_errors_share_a_base() -> None:
    """Every error about a bad input is an InputError, so one except clause catches them all."""
    assert {DateError, CaseFileError} <= set(INPUT_ERRORS)
    assert not issubclass(DateError, CaseFileError)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "wrong type"),
        ({"location": "a.json"}, "a.json: wrong type"),
        ({"path": "$.claims[2].when"}, "$.claims[2].when: wrong type"),
        (
            {"location": "a.json", "path": "$.claims[2]", "value": 3},
            "a.json: $.claims[2]: wrong type (got 3)",
        ),
        ({"value": None}, "wrong type (got None)"),
        ({"value": "x"}, "wrong type (got 'x')"),
    ],
)
def test_message_says_where_what_and_which_value(kwargs: dict[str, object], message: str) -> None:
    """The message is location, path, problem and the value, leaving out what is unknown."""
    assert str(CaseFileError("wrong type", **kwargs)) == message  # type: ignore[arg-type]


def test_value_already_quoted_is_not_repeated() -> None:
    """A problem that already quotes the value does not get it again."""
    error = DateError("cannot read '2024-13'", value="2024-13")
    assert str(error) == "cannot read '2024-13'"
    assert error.value == "2024-13"


def test_attributes_keep_the_parts() -> None:
    """problem, location, path and value are attributes; a missing value reads as None."""
    error = CaseFileError("unknown key", location="a.json", path="$.colour")
    assert (error.problem, error.location, error.path, error.value) == (
        "unknown key",
        "a.json",
        "$.colour",
        None,
    )


_TEXT = st.text(max_size=20)
_VALUES = st.one_of(st.none(), st.integers(), _TEXT, st.tuples(st.integers(), _TEXT))


@pytest.mark.parametrize("cls", INPUT_ERRORS, ids=lambda cls: cls.__name__)
@given(problem=_TEXT, location=st.none() | _TEXT, path=st.none() | _TEXT, value=_VALUES)
def test_input_errors_survive_pickling(
    cls: type[InputError], problem: str, location: str | None, path: str | None, value: object
) -> None:
    """Pickling an InputError keeps its class, message, location, path and value."""
    error = cls(problem, location=location, path=path, value=value)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is cls
    assert str(copy) == str(error)
    assert (copy.problem, copy.location, copy.path, copy.value) == (problem, location, path, value)


@pytest.mark.parametrize("cls", INPUT_ERRORS, ids=lambda cls: cls.__name__)
def test_pickling_without_a_value_keeps_the_message(cls: type[InputError]) -> None:
    """An error raised without a value pickles to the same message, without '(got None)'."""
    error = cls("required field missing", location="a.json", path="$.source")
    copy = pickle.loads(pickle.dumps(error))
    assert str(copy) == str(error) == "a.json: $.source: required field missing"
