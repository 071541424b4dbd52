#!/usr/bin/env python3
"""Writes expectations.json for tests/tst_corpus.cpp from Chinook's data, never from Lethe's output.

Reads Chinook_Sqlite.sqlite with fixture.json applied (in a copy in memory) and answers, in plain SQL, what a
person reading the schema would: for each chosen subject (a customer found by their exact email), the rows
that are theirs, the rows theirs point at that are not theirs (with how many other rows point at each), and
the database after the erasure that datamap.yaml describes. The three dumps hold the same data (checked by
the test on every engine, since it compares the same expectations there).

Run it again only when the subjects, the fixture or the map's erasure strategies change:
    python3 tests/corpus/chinook/expectations.py > tests/corpus/chinook/expectations.json
"""
import json
import os
import re
import sqlite3

HERE = os.path.dirname(os.path.abspath(__file__))
SUBJECTS = ["leonekohler@surfeu.de", "stanisław.wójcik@wp.pl", "ladislav_kovacs@apple.hu"]
# datamap.yaml: Customer is erased field by field; Invoice and InvoiceLine rows are deleted.
CUSTOMER_AFTER = {"FirstName": "erased", "LastName": "erased", "Company": None, "Address": None, "City": None,
                  "State": None, "Country": None, "PostalCode": None, "Phone": None, "Fax": None,
                  "Email": "erased"}
# Every foreign key of the schema (child table, child column, parent table, parent column).
FOREIGN_KEYS = [
    ("Album", "ArtistId", "Artist", "ArtistId"),
    ("Customer", "SupportRepId", "Employee", "EmployeeId"),
    ("Employee", "ReportsTo", "Employee", "EmployeeId"),
    ("Invoice", "CustomerId", "Customer", "CustomerId"),
    ("InvoiceLine", "InvoiceId", "Invoice", "InvoiceId"),
    ("InvoiceLine", "TrackId", "Track", "TrackId"),
    ("PlaylistTrack", "PlaylistId", "Playlist", "PlaylistId"),
    ("PlaylistTrack", "TrackId", "Track", "TrackId"),
    ("Track", "AlbumId", "Album", "AlbumId"),
    ("Track", "GenreId", "Genre", "GenreId"),
    ("Track", "MediaTypeId", "MediaType", "MediaTypeId"),
]
PRIMARY_KEYS = {"Customer": "CustomerId", "Invoice": "InvoiceId", "InvoiceLine": "InvoiceLineId",
                "Employee": "EmployeeId", "Track": "TrackId"}


def load():
    disk = sqlite3.connect(os.path.join(HERE, "Chinook_Sqlite.sqlite"))
    db = sqlite3.connect(":memory:")
    disk.backup(db)
    disk.close()
    with open(os.path.join(HERE, "fixture.json"), encoding="utf-8") as f:
        for row in json.load(f)["rows"]:
            cols = list(row["values"])
            db.execute("INSERT INTO [%s] (%s) VALUES (%s)" % (row["table"], ", ".join("[%s]" % c for c in cols),
                                                              ", ".join("?" for _ in cols)),
                       [row["values"][c] for c in cols])
    return db


def ids(db, sql, args):
    return sorted(r[0] for r in db.execute(sql, args))


def subject(db, email):
    customers = ids(db, "SELECT CustomerId FROM Customer WHERE Email = ?", [email])
    assert len(customers) == 1, email
    invoices = ids(db, "SELECT InvoiceId FROM Invoice WHERE CustomerId = ?", customers)
    marks = ",".join("?" * len(invoices))
    lines = ids(db, "SELECT InvoiceLineId FROM InvoiceLine WHERE InvoiceId IN (%s)" % marks, invoices)
    owned = {"Customer": customers, "Invoice": invoices, "InvoiceLine": lines}

    # What the owned rows point at, through every foreign key, that is not owned itself.
    related = {}
    for child, col, parent, pcol in FOREIGN_KEYS:
        if child not in owned:
            continue
        keys = owned[child]
        marks = ",".join("?" * len(keys))
        targets = ids(db, "SELECT DISTINCT [%s] FROM [%s] WHERE [%s] IN (%s) AND [%s] IS NOT NULL"
                      % (col, child, PRIMARY_KEYS[child], marks, col), keys)
        for t in targets:
            if t in owned.get(parent, []):
                continue
            related.setdefault(parent, {}).setdefault(t, {})
    out_related = {}
    for parent, rows in related.items():
        out_related[parent] = []
        for key in sorted(rows):
            # How many rows that are not the subject's point at this one, per referencing column.
            shared = {}
            for child, col, p, pcol in FOREIGN_KEYS:
                if p != parent:
                    continue
                n = db.execute("SELECT COUNT(*) FROM [%s] WHERE [%s] = ?" % (child, col), [key]).fetchone()[0]
                mine = 0
                if child in owned:
                    marks = ",".join("?" * len(owned[child]))
                    pk = PRIMARY_KEYS[child]
                    mine = db.execute("SELECT COUNT(*) FROM [%s] WHERE [%s] = ? AND [%s] IN (%s)"
                                      % (child, col, pk, marks), [key] + owned[child]).fetchone()[0]
                shared["%s.%s" % (child, col)] = n - mine
            out_related[parent].append({"key": [key], "shared_with": shared,
                                        "shared_total": sum(shared.values())})

    cur = db.execute("SELECT * FROM Customer WHERE CustomerId = ?", customers)
    names = [d[0] for d in cur.description]
    before = dict(zip(names, cur.fetchone()))
    after = dict(before)
    after.update(CUSTOMER_AFTER)
    return {
        "email": email,
        "owned": owned,
        "related": out_related,
        "after_erasure": {
            "deleted": {"Invoice": invoices, "InvoiceLine": lines},
            "updated": {"Customer": [{"key": customers, "set": CUSTOMER_AFTER, "values": after}]},
            "unchanged": "every other row of every table, the related rows above among them",
        },
    }


def main():
    db = load()
    out = {
        "corpus": "chinook",
        "about": "Written by expectations.py from the data (SQL over Chinook_Sqlite.sqlite and fixture.json), "
                 "never from Lethe's output. Table and column names as the SQLite and MySQL dumps spell them; "
                 "the PostgreSQL dump's are the same in snake_case. Keys are primary key values, sorted. Every "
                 "subject is previewed on the database as loaded; the erasures then run one after another, "
                 "and none of them changes another subject's rows.",
        "postgres_names": "snake_case",
        "primary_keys": {"Album": ["AlbumId"], "Artist": ["ArtistId"], "Customer": ["CustomerId"],
                         "Employee": ["EmployeeId"], "Genre": ["GenreId"], "Invoice": ["InvoiceId"],
                         "InvoiceLine": ["InvoiceLineId"], "MediaType": ["MediaTypeId"], "Playlist": ["PlaylistId"],
                         "PlaylistTrack": ["PlaylistId", "TrackId"], "Track": ["TrackId"]},
        "row_counts": {t: db.execute("SELECT COUNT(*) FROM [%s]" % t).fetchone()[0]
                       for t in ["Album", "Artist", "Customer", "Employee", "Genre", "Invoice", "InvoiceLine",
                                 "MediaType", "Playlist", "PlaylistTrack", "Track"]},
        "decoys": {"Customer": [60, 61, 62], "Invoice": [413, 414, 415],
                   "InvoiceLine": [2241, 2242, 2243, 2244, 2245]},
        "subjects": [subject(db, e) for e in SUBJECTS],
    }
    text = json.dumps(out, ensure_ascii=False, indent=1)
    # Lists of keys on one line each, so a reader sees a table's rows at a glance.
    text = re.sub(r"\[\s*([-0-9,\s]*?)\s*\]", lambda m: "[" + ", ".join(m.group(1).split()).replace(",,", ",") + "]",
                  text)
    print(text)


if __name__ == "__main__":
    main()
