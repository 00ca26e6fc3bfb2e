"""The near-duplicate index in the store: passage fingerprints in the Fingerprint table.

Each fingerprint is kept with its four 16-bit blocks (b0..b3, indexed). A query for distance <= k
asks for rows whose block i is within k // 4 bits of the query's block i, for any i (pigeonhole:
exact for every k), then checks the full Hamming distance in Python. Works on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from claimwatch.store.models import Fingerprint
from pipelines.fingerprint import Passage, blocks, fingerprints, hamming
from pipelines.index import BLOCKS, SimIndex, block_probes

_COLUMNS = ("b0", "b1", "b2", "b3")


def save_fingerprints(
    session: Session, owner: str, owner_id: int, passages: Iterable[Passage]
) -> int:
    """Replace the fingerprints of one owner ("version" or "claim") by these; return the count."""
    session.execute(
        delete(Fingerprint).where(Fingerprint.owner == owner, Fingerprint.owner_id == owner_id)
    )
    rows = []
    for p in passages:
        b0, b1, b2, b3 = blocks(p.simhash)
        rows.append(
            Fingerprint(
                owner=owner,
                owner_id=owner_id,
                position=p.position,
                simhash=p.simhash,
                b0=b0,
                b1=b1,
                b2=b2,
                b3=b3,
            )
        )
    session.add_all(rows)
    session.flush()
    return len(rows)


def index_text(session: Session, owner: str, owner_id: int, text: str) -> int:
    """Fingerprint a text (whole document and sentences) and store it for one owner."""
    return save_fingerprints(session, owner, owner_id, fingerprints(text) if text else [])


def near_duplicates(
    session: Session,
    simhash: int,
    k: int = 3,
    *,
    owner: str | None = None,
    whole_only: bool = False,
) -> list[tuple[Fingerprint, int]]:
    """Every stored fingerprint within k bits of `simhash`, with its distance, nearest first."""
    radius = k // BLOCKS
    clauses = []
    for column, value in zip(_COLUMNS, blocks(simhash), strict=True):
        probes = block_probes(value, radius)
        col = getattr(Fingerprint, column)
        clauses.append(col == probes[0] if len(probes) == 1 else col.in_(probes))
    query = select(Fingerprint).where(or_(*clauses))
    if owner is not None:
        query = query.where(Fingerprint.owner == owner)
    if whole_only:
        query = query.where(Fingerprint.position == -1)
    found = []
    for row in session.scalars(query):
        d = hamming(row.simhash, simhash)
        if d <= k:
            found.append((row, d))
    found.sort(key=lambda pair: (pair[1], pair[0].id))
    return found


def load_index(session: Session, owner: str | None = None) -> SimIndex:
    """The stored fingerprints (of one owner kind, or all) as an in-memory index keyed by row id."""
    query = select(Fingerprint.id, Fingerprint.simhash)
    if owner is not None:
        query = query.where(Fingerprint.owner == owner)
    rows = session.execute(query).all()
    return SimIndex([r[0] for r in rows], [r[1] for r in rows])
