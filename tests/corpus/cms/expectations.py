#!/usr/bin/env python3
"""Writes expectations.json for tests/tst_corpus.cpp from schema.sql and data.sql, never from Lethe's output.

What is whose, read from the data as the blog's owner would: a subject's rows are their account (found by
their email, in any case and with stray spaces trimmed), its metadata, and every comment that carries their
email or their account's id. A reply of someone else to a subject's comment points at it, but carries its
writer's email: it is the writer's, not the subject's. The rows the subject's rows point at that are not
theirs (the posts they commented on, the comment they replied to) are related, with how many rows of others
point at each. The erasure is datamap.yaml's: account and metadata deleted, comments anonymised.

    python3 tests/corpus/cms/expectations.py > tests/corpus/cms/expectations.json
"""
import json
import os
import re
import sqlite3

HERE = os.path.dirname(os.path.abspath(__file__))
SUBJECTS = ["alice.meyer@example.org", "bob_1987@mail.example", "dana@example.org"]
COMMENT_AFTER = {"comment_author": "Anonymous", "comment_author_email": None, "comment_author_url": None,
                 "comment_author_ip": None, "comment_agent": None, "user_id": None}
# The references the application keeps (the database declares none): child, column, parent, parent column.
REFERENCES = [
    ("wp_usermeta", "user_id", "wp_users", "id"),
    ("wp_posts", "post_author", "wp_users", "id"),
    ("wp_comments", "user_id", "wp_users", "id"),
    ("wp_comments", "comment_post_id", "wp_posts", "id"),
    ("wp_comments", "comment_parent", "wp_comments", "comment_id"),
]
PRIMARY_KEYS = {"wp_users": ["id"], "wp_usermeta": ["umeta_id"], "wp_posts": ["id"],
                "wp_comments": ["comment_id"]}


def load():
    db = sqlite3.connect(":memory:")
    for f in ("schema.sql", "data.sql"):
        with open(os.path.join(HERE, f), encoding="utf-8") as s:
            db.executescript(s.read())
    return db


def ids(db, sql, args=()):
    return sorted(r[0] for r in db.execute(sql, args))


def subject(db, email):
    users = ids(db, "SELECT id FROM wp_users WHERE LOWER(TRIM(user_email)) = ?", [email])
    marks = ",".join("?" * len(users))
    meta = ids(db, "SELECT umeta_id FROM wp_usermeta WHERE user_id IN (%s)" % marks, users)
    posts = ids(db, "SELECT id FROM wp_posts WHERE post_author IN (%s)" % marks, users)
    comments = ids(db, "SELECT comment_id FROM wp_comments WHERE LOWER(TRIM(comment_author_email)) = ? "
                       "OR user_id IN (%s)" % marks, [email] + users)
    owned = {t: k for t, k in (("wp_users", users), ("wp_usermeta", meta), ("wp_posts", posts),
                               ("wp_comments", comments)) if k}

    related = {}
    for child, col, parent, pcol in REFERENCES:
        if child not in owned:
            continue
        marks = ",".join("?" * len(owned[child]))
        for t in ids(db, "SELECT DISTINCT %s FROM %s WHERE %s IN (%s)" % (col, child, PRIMARY_KEYS[child][0], marks),
                     owned[child]):
            # 0 and NULL are WordPress's "none" (a guest, a comment that replies to nothing).
            exists = db.execute("SELECT COUNT(*) FROM %s WHERE %s = ?" % (parent, pcol), [t]).fetchone()[0]
            if exists and t not in owned.get(parent, []):
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

    # Rows of others that point at the subject's rows (replies to their comments): not theirs.
    pointing = {}
    for child, col, parent, pcol in REFERENCES:
        if parent not in owned:
            continue
        marks = ",".join("?" * len(owned[parent]))
        rows = ids(db, "SELECT %s FROM %s WHERE %s IN (%s)" % (PRIMARY_KEYS[child][0], child, col, marks),
                   owned[parent])
        rows = [r for r in rows if r not in owned.get(child, [])]
        if rows:
            pointing.setdefault(child, []).extend(rows)

    updated = []
    for c in comments:
        cur = db.execute("SELECT * FROM wp_comments WHERE comment_id = ?", [c])
        row = dict(zip([d[0] for d in cur.description], cur.fetchone()))
        row.update(COMMENT_AFTER)
        updated.append({"key": [c], "set": COMMENT_AFTER, "values": row})
    return {
        "email": email,
        "owned": owned,
        "related": out_related,
        "others_pointing_at_owned": {t: sorted(set(k)) for t, k in pointing.items()},
        "after_erasure": {
            "deleted": {t: owned[t] for t in ("wp_users", "wp_usermeta") if t in owned},
            "updated": {"wp_comments": updated},
            "unchanged": "every other row of every table: the replies of others to the subject's comments, "
                         "the decoys' rows and the posts among them",
        },
    }


def main():
    db = load()
    out = {
        "corpus": "cms",
        "about": "Written by expectations.py from schema.sql and data.sql (SQL in SQLite), never from Lethe's "
                 "output. Names are the same on every engine. Every subject is previewed on the database as "
                 "loaded; the erasures then run one after another.",
        "postgres_names": "same",
        "primary_keys": PRIMARY_KEYS,
        "row_counts": {t: db.execute("SELECT COUNT(*) FROM %s" % t).fetchone()[0] for t in sorted(PRIMARY_KEYS)},
        "decoys": {"wp_users": [3], "wp_usermeta": [7, 8, 9], "wp_comments": [5, 7, 13]},
        "subjects": [subject(db, e) for e in SUBJECTS],
    }
    text = json.dumps(out, ensure_ascii=False, indent=1)
    text = re.sub(r"\[\s*([-0-9,\s]*?)\s*\]", lambda m: "[" + ", ".join(m.group(1).split()).replace(",,", ",") + "]",
                  text)
    print(text)


if __name__ == "__main__":
    main()
