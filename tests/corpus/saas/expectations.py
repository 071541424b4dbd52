#!/usr/bin/env python3
"""Writes expectations.json for tests/tst_corpus.cpp from schema.sql and data.sql, never from Lethe's output.

What is whose, read from the data as the company running the service would: a subject's rows are their
account (the user whose email is theirs, compared without case and stray spaces), its addresses, their
memberships (member rows with their user id) and the invitations addressed to their email (member rows with no
user yet), and the audit entries they performed (actor_id) or that were about them (target_user_id). A member
row that merely names them as the inviter (inviter_id) is the invited person's membership or invitation, not
theirs. The rows the subject's rows point at that are not theirs (the organizations, the user who invited
them, a user they invited) are related, with how many rows of others point at each, per reference. The
erasure is datamap.yaml's: the account anonymised, addresses and memberships deleted, audit entries stripped
of label and IP address.

    python3 tests/corpus/saas/expectations.py > tests/corpus/saas/expectations.json
"""
import json
import os
import re
import sqlite3

HERE = os.path.dirname(os.path.abspath(__file__))
SUBJECTS = ["alice.novak@acme.example", "erin@initech.example"]
USER_AFTER = {"username": "erased", "name": "erased", "email": "erased@invalid"}
AUDIT_AFTER = {"actor_label": None, "ip_address": None}
# The foreign keys: child, column, parent, parent column.
REFERENCES = [
    ("sentry_useremail", "user_id", "sentry_user", "id"),
    ("sentry_organizationmember", "organization_id", "sentry_organization", "id"),
    ("sentry_organizationmember", "user_id", "sentry_user", "id"),
    ("sentry_organizationmember", "inviter_id", "sentry_user", "id"),
    ("sentry_auditlogentry", "organization_id", "sentry_organization", "id"),
    ("sentry_auditlogentry", "actor_id", "sentry_user", "id"),
    ("sentry_auditlogentry", "target_user_id", "sentry_user", "id"),
]
PRIMARY_KEYS = {"sentry_user": ["id"], "sentry_useremail": ["id"], "sentry_organization": ["id"],
                "sentry_organizationmember": ["id"], "sentry_auditlogentry": ["id"]}


def load():
    db = sqlite3.connect(":memory:")
    for f in ("schema.sql", "data.sql"):
        with open(os.path.join(HERE, f), encoding="utf-8") as s:
            db.executescript(s.read())
    return db


def ids(db, sql, args=()):
    return sorted(r[0] for r in db.execute(sql, args))


def marks(values):
    return ",".join("?" * len(values)) or "NULL"


def subject(db, email):
    # SQLite's LOWER folds ASCII only: the decoy's "í" stays what it is, as it should.
    users = ids(db, "SELECT id FROM sentry_user WHERE LOWER(TRIM(email)) = ? UNION "
                    "SELECT user_id FROM sentry_useremail WHERE LOWER(TRIM(email)) = ?", [email, email])
    emails = ids(db, "SELECT id FROM sentry_useremail WHERE LOWER(TRIM(email)) = ? OR user_id IN (%s)"
                 % marks(users), [email] + users)
    members = ids(db, "SELECT id FROM sentry_organizationmember WHERE LOWER(TRIM(email)) = ? OR user_id IN (%s)"
                  % marks(users), [email] + users)
    audit = ids(db, "SELECT id FROM sentry_auditlogentry WHERE actor_id IN (%s) OR target_user_id IN (%s)"
                % (marks(users), marks(users)), users + users)
    owned = {t: k for t, k in (("sentry_user", users), ("sentry_useremail", emails),
                               ("sentry_organizationmember", members), ("sentry_auditlogentry", audit)) if k}

    related = {}
    for child, col, parent, pcol in REFERENCES:
        if child not in owned:
            continue
        for t in ids(db, "SELECT DISTINCT %s FROM %s WHERE %s IN (%s) AND %s IS NOT NULL"
                     % (col, child, PRIMARY_KEYS[child][0], marks(owned[child]), col), owned[child]):
            if t not in owned.get(parent, []):
                related.setdefault(parent, set()).add(t)
    out_related = {}
    for parent in sorted(related):
        out_related[parent] = []
        for key in sorted(related[parent]):
            shared = {}
            for child, col, p, pcol in REFERENCES:
                if p != parent:
                    continue
                rows = ids(db, "SELECT %s FROM %s WHERE %s = ?" % (PRIMARY_KEYS[child][0], child, col), [key])
                shared["%s.%s" % (child, col)] = len([r for r in rows if r not in owned.get(child, [])])
            out_related[parent].append({"key": [key], "shared_with": shared, "shared_total": sum(shared.values())})

    # Rows of others that point at the subject's rows (the memberships and invitations they sent): not theirs.
    pointing = {}
    for child, col, parent, pcol in REFERENCES:
        if parent not in owned:
            continue
        rows = ids(db, "SELECT %s FROM %s WHERE %s IN (%s)" % (PRIMARY_KEYS[child][0], child, col,
                                                              marks(owned[parent])), owned[parent])
        rows = [r for r in rows if r not in owned.get(child, [])]
        if rows:
            pointing.setdefault(child, []).extend(rows)

    def updated(table, keys, after):
        out = []
        for k in keys:
            cur = db.execute("SELECT * FROM %s WHERE id = ?" % table, [k])
            row = dict(zip([d[0] for d in cur.description], cur.fetchone()))
            row.update(after)
            out.append({"key": [k], "set": after, "values": row})
        return out

    after_updated = {}
    if users:
        after_updated["sentry_user"] = updated("sentry_user", users, USER_AFTER)
    if audit:
        after_updated["sentry_auditlogentry"] = updated("sentry_auditlogentry", audit, AUDIT_AFTER)
    return {
        "email": email,
        "owned": owned,
        "related": out_related,
        "others_pointing_at_owned": {t: sorted(set(k)) for t, k in pointing.items()},
        "after_erasure": {
            "deleted": {t: owned[t] for t in ("sentry_useremail", "sentry_organizationmember") if t in owned},
            "updated": after_updated,
            "unchanged": "every other row: the organizations, the memberships and invitations the subject sent "
                         "to others, everybody else's audit entries, the decoy's rows",
        },
    }


def main():
    db = load()
    out = {
        "corpus": "saas",
        "about": "Written by expectations.py from schema.sql and data.sql (SQL in SQLite), never from Lethe's "
                 "output. Names are the same on every engine. Every subject is previewed on the database as "
                 "loaded; the erasures then run one after another.",
        "postgres_names": "same",
        "primary_keys": PRIMARY_KEYS,
        "row_counts": {t: db.execute("SELECT COUNT(*) FROM %s" % t).fetchone()[0] for t in sorted(PRIMARY_KEYS)},
        "decoys": {"sentry_user": [5], "sentry_useremail": [4], "sentry_organizationmember": [8],
                   "sentry_auditlogentry": [8, 9]},
        "subjects": [subject(db, e) for e in SUBJECTS],
    }
    text = json.dumps(out, ensure_ascii=False, indent=1)
    text = re.sub(r"\[\s*([-0-9,\s]*?)\s*\]", lambda m: "[" + ", ".join(m.group(1).split()).replace(",,", ",") + "]",
                  text)
    print(text)


if __name__ == "__main__":
    main()
