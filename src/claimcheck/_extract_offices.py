"""The knowledge base's offices, for normalising the titles a text gives: by organization,
by holder, and by the names of roles and their aliases."""

from __future__ import annotations

from collections import defaultdict

from claimcheck._extract_lexicon import HEAD, HEAD_ROLES
from claimcheck._extract_tokens import folded
from claimcheck.kb import KnowledgeBase, Office, OfficeRecord, Tenure
from claimcheck.model import Actor
from claimcheck.names import fold
from claimcheck.timespan import TimeSpan

__all__: list[str] = []


class Offices:
    """The knowledge base's offices by organization and by holder, for normalising titles."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._by_org: dict[str, frozenset[str]] | None = None
        self._held: dict[tuple[str, str], Office | None] = {}
        self._by_title: dict[str, frozenset[Office]] | None = None

    def _roles_by_organization(self) -> dict[str, frozenset[str]]:
        if self._by_org is None:
            by_org: dict[str, set[str]] = defaultdict(set)
            for tenure in self.kb.tenures:
                by_org[fold(tenure.office.organization or "")].add(tenure.office.role)
            self._by_org = {org: frozenset(roles) for org, roles in by_org.items()}
        return self._by_org

    def head_of(self, organization: str) -> str | None:
        """The top office of *organization* that the knowledge base knows, if any."""
        roles = self._roles_by_organization().get(fold(organization), frozenset())
        for role in HEAD_ROLES:
            if role in roles:
                return role
        return None

    def office_of(self, actor: Actor, role: str) -> Office | None:
        """The one office the knowledge base records *actor* holding that the bare title
        *role* names: by its role or a role alias, else by one of them without its
        complement ("Ambassador" for "Ambassador to NATO", "Secretary" for "Secretary of
        Defense")."""
        key = (actor.name, role)
        if key not in self._held:
            self._held[key] = self._office_of(actor, role)
        return self._held[key]

    def _office_of(self, actor: Actor, role: str) -> Office | None:
        names = {fold(n) for n in actor.names}
        held = [tenure for tenure in self.kb.tenures if fold(tenure.holder.name) in names]
        found = {tenure.office for tenure in held if self._names_office(role, tenure)}
        if not found:
            found = {tenure.office for tenure in held if self._headed(role, tenure.office)}
        return found.pop() if len(found) == 1 else None

    def _titles(self) -> dict[str, frozenset[Office]]:
        """The knowledge base's offices by the folded names of their roles and role aliases."""
        if self._by_title is None:
            self._by_title = _offices_by_title(self.kb)
        return self._by_title

    def _names_office(self, role: str, tenure: Tenure) -> bool:
        """Whether *role* is the role of *tenure*'s office or one of its role aliases."""
        if fold(tenure.office.role) == fold(role):
            return True
        if tenure.start is None:
            return False
        office = Office(role, tenure.office.organization)
        return self.kb.holder_at(office, tenure.start).office == tenure.office

    def _headed(self, role: str, office: Office) -> bool:
        """Whether *role* is one of *office*'s titles without its complement: the title
        followed by "to", "of" or "for" and the rest."""
        title = folded(role)
        return any(
            office in offices and any(name.startswith(f"{title} {link} ") for link in _LINKS)
            for name, offices in self._titles().items()
        )

    def normalise(
        self, role: str, organization: str | None, when: TimeSpan
    ) -> tuple[str, str | None]:
        """The knowledge base's names for an office, where it knows the office."""
        if role == HEAD:
            head = self.head_of(organization) if organization else None
            role = head or "Head"
        answer = self.kb.holder_at(Office(role, organization), when)
        if answer.known:
            return answer.office.role, answer.office.organization
        named = self._named_with_body(role, organization)
        if named is not None:
            return named.role, named.organization
        return role, organization

    def _named_with_body(self, role: str, organization: str | None) -> Office | None:
        """The one office whose role or role alias is the role said with its body: a
        "European Commission President" is the President of the European Commission, an
        office of the European Union."""
        if organization is None:
            return None
        found: set[Office] = set()
        for title in (f"{organization} {role}", f"{role} of {organization}", f"{role} of the {organization}"):
            found |= self._titles().get(folded(title), frozenset())
        return found.pop() if len(found) == 1 else None


_LINKS = ("to", "of", "for")
"""The words that join a title to its complement ("Ambassador to NATO")."""

_BY_TITLE: list[tuple[KnowledgeBase, dict[str, frozenset[Office]]]] = []
"""The last few knowledge bases' offices by title (a memo: documents share a knowledge base)."""


def _offices_by_title(kb: KnowledgeBase) -> dict[str, frozenset[Office]]:
    """The offices of *kb* by the folded names of their roles and role aliases."""
    for known, index in _BY_TITLE:
        if known is kb:
            return index
    by_title: dict[str, set[Office]] = defaultdict(set)
    for record in kb.records:
        if isinstance(record, Tenure):
            by_title[fold(record.office.role)].add(record.office)
        elif isinstance(record, OfficeRecord):
            for alias in (record.office.role, *record.role_aliases):
                by_title[fold(alias)].add(record.office)
    index = {title: frozenset(offices) for title, offices in by_title.items()}
    _BY_TITLE[:] = [(kb, index), *_BY_TITLE[:3]]
    return index
