#!/usr/bin/env python3
"""Writes expectations.json for tests/tst_corpus.cpp from schema.sql and data.sql, never from Lethe's output.

What is whose, read from the data as the shop would: a subject's rows are the customer row whose email is
theirs (exactly: the map stores emails normalised), and every row that points at one of their rows, followed
down (their rentals, payments and late fees, including a payment or a fee that points at their rental). A
payment is one row however the database stores it: on PostgreSQL the payments are split into monthly
partitions and the late fees into inheritance children, but the rows are those of data.sql, once each. The
rows the subject's rows point at that are not theirs (their address, shared with another customer; their store;
the copies they rented; the staff who served them, who also manage the stores) are related, with how many rows
of others point at each, per foreign key. Related rows are never followed further (a store's other customers
are not the subject's). The erasure is datamap.yaml's: the customer row anonymised (names "erased", email
NULL), rentals, payments and late fees deleted; nothing else changes, staff and stores least of all.

    python3 tests/corpus/dvdrental/expectations.py > tests/corpus/dvdrental/expectations.json
"""
import json
import os
import re
import sqlite3

HERE = os.path.dirname(os.path.abspath(__file__))
SUBJECTS = ["mary.smith@example.net", "linda_w@example.org"]
CUSTOMER_AFTER = {"first_name": "erased", "last_name": "erased", "email": None}
DELETED_TABLES = ["rental", "payment", "late_fee"]
# Every foreign key of schema.sql: child, column, parent, parent column.
REFERENCES = [
    ("city", "country_id", "country", "country_id"),
    ("address", "city_id", "city", "city_id"),
    ("store", "manager_staff_id", "staff", "staff_id"),
    ("store", "address_id", "address", "address_id"),
    ("staff", "address_id", "address", "address_id"),
    ("staff", "store_id", "store", "store_id"),
    ("customer", "store_id", "store", "store_id"),
    ("customer", "address_id", "address", "address_id"),
    ("inventory", "film_id", "film", "film_id"),
    ("inventory", "store_id", "store", "store_id"),
    ("rental", "inventory_id", "inventory", "inventory_id"),
    ("rental", "customer_id", "customer", "customer_id"),
    ("rental", "staff_id", "staff", "staff_id"),
    ("payment", "customer_id", "customer", "customer_id"),
    ("payment", "staff_id", "staff", "staff_id"),
    ("payment", "rental_id", "rental", "rental_id"),
    ("late_fee", "customer_id", "customer", "customer_id"),
    ("late_fee", "rental_id", "rental", "rental_id"),
]
PRIMARY_KEYS = {t: [t + "_id"] for t in ["country", "city", "address", "store", "staff", "customer", "film",
                                         "inventory", "rental", "payment", "late_fee"]}


def load():
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.execute("PRAGMA foreign_keys = ON")
    with open(os.path.join(HERE, "schema.sql"), encoding="utf-8") as s:
        db.executescript(s.read())
    # In one transaction, as the test loads it: store's key to staff is checked at COMMIT. (The data has no
    # semicolon but those ending statements.)
    db.execute("BEGIN")
    with open(os.path.join(HERE, "data.sql"), encoding="utf-8") as s:
        for statement in s.read().split(";"):
            if statement.strip():
                db.execute(statement)
    db.execute("COMMIT")
    assert not db.execute("PRAGMA foreign_key_check").fetchall()
    return db


def ids(db, sql, args=()):
    return sorted(r[0] for r in db.execute(sql, args))


def marks(values):
    return ",".join("?" * len(values)) or "NULL"


def pk(table):
    return PRIMARY_KEYS[table][0]


def subject(db, email):
    owned = {"customer": set(ids(db, "SELECT customer_id FROM customer WHERE email = ?", [email]))}
    # Rows pointing at owned rows, followed down until nothing new is found.
    grown = True
    while grown:
        grown = False
        for child, col, parent, pcol in REFERENCES:
            keys = sorted(owned.get(parent, []))
            if not keys:
                continue
            for r in ids(db, "SELECT %s FROM %s WHERE %s IN (%s)" % (pk(child), child, col, marks(keys)), keys):
                if r not in owned.setdefault(child, set()):
                    owned[child].add(r)
                    grown = True
    owned = {t: sorted(k) for t, k in owned.items() if k}

    related = {}
    for child, col, parent, pcol in REFERENCES:
        if child not in owned:
            continue
        for t in ids(db, "SELECT DISTINCT %s FROM %s WHERE %s IN (%s)"
                     % (col, child, pk(child), marks(owned[child])), owned[child]):
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
                rows = ids(db, "SELECT %s FROM %s WHERE %s = ?" % (pk(child), child, col), [key])
                shared["%s.%s" % (child, col)] = len([r for r in rows if r not in owned.get(child, [])])
            out_related[parent].append({"key": [key], "shared_with": shared, "shared_total": sum(shared.values())})

    pointing = {}
    for child, col, parent, pcol in REFERENCES:
        if parent not in owned:
            continue
        rows = ids(db, "SELECT %s FROM %s WHERE %s IN (%s)" % (pk(child), child, col, marks(owned[parent])),
                   owned[parent])
        rows = [r for r in rows if r not in owned.get(child, [])]
        if rows:
            pointing.setdefault(child, set()).update(rows)

    return {
        "email": email,
        "owned": owned,
        "related": out_related,
        "others_pointing_at_owned": {t: sorted(k) for t, k in pointing.items()},
        "after_erasure": {
            "deleted": {t: owned[t] for t in DELETED_TABLES if t in owned},
            "updated": {"customer": [{"key": [k], "set": CUSTOMER_AFTER} for k in owned["customer"]]},
            "unchanged": "every other row: the staff and the stores (which point at each other), the address the "
                         "subject shares, the films and the inventory, every other customer's rows, the decoys'",
        },
    }


def main():
    db = load()
    out = {
        "corpus": "dvdrental",
        "about": "Written by expectations.py from schema.sql and data.sql (SQL in SQLite), never from Lethe's "
                 "output. Names are the same on every engine; on PostgreSQL every table is in schema dvd, and "
                 "payment and late_fee hold their rows in partitions and inheritance children. Every subject is "
                 "previewed on the database as loaded; the erasures then run one after another.",
        "postgres_names": "same",
        "postgres_schema": "dvd",
        "primary_keys": PRIMARY_KEYS,
        "row_counts": {t: db.execute("SELECT COUNT(*) FROM %s" % t).fetchone()[0] for t in sorted(PRIMARY_KEYS)},
        "decoys": {"customer": [4, 5], "rental": [7, 8], "payment": [7, 9], "late_fee": [4]},
        "subjects": [subject(db, e) for e in SUBJECTS],
    }
    text = json.dumps(out, ensure_ascii=False, indent=1)
    text = re.sub(r"\[\s*([-0-9,\s]*?)\s*\]", lambda m: "[" + ", ".join(m.group(1).split()).replace(",,", ",") + "]",
                  text)
    print(text)


if __name__ == "__main__":
    main()
