#!/usr/bin/env python3
"""Prints SQL for a synthetic schema of N tables shaped like real applications.

Identity keys, 0-4 foreign keys to earlier tables (some indexed, some not), 2-20 columns of mixed
types, CHECKs, enums, jsonb, timestamps and comments. Deterministic for a given N and --seed.

    bench/gen_schema.py 2000 | psql -q -d bench
"""
import argparse
import random

TYPES = [
    ("text", "name"), ("text", "title"), ("varchar(120)", "email"), ("integer", "quantity"),
    ("numeric(12,2)", "amount"), ("boolean", "is_active"), ("timestamptz", "created_at"),
    ("timestamptz", "updated_at"), ("date", "starts_on"), ("jsonb", "metadata"),
    ("uuid", "public_id"), ("bigint", "external_ref"), ("text", "status"), ("inet", "ip_address"),
    ("smallint", "priority"), ("double precision", "score"), ("text[]", "tags"),
]


def table_sql(rng, schema, i, enums):
    name = f"t{i:05d}"
    cols = [f"id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY"]
    post = []
    for k in range(rng.randint(0, min(4, i))):
        parent = rng.randrange(i)
        col = f"ref{k}_id"
        null = "" if rng.random() < 0.3 else " NOT NULL"
        cols.append(f"{col} bigint{null} REFERENCES {schema}.t{parent:05d} (id)")
        if rng.random() < 0.6:
            post.append(f"CREATE INDEX ON {schema}.{name} ({col});")
    used = set()
    for _ in range(rng.randint(2, 20) - 1):
        typ, base = rng.choice(TYPES)
        col = base if base not in used else f"{base}_{len(used)}"
        used.add(col)
        extra = ""
        if typ == "integer" and rng.random() < 0.5:
            extra = f" CHECK ({col} >= 0)"
        elif base == "status" and rng.random() < 0.5:
            extra = f" NOT NULL DEFAULT 'new' CHECK ({col} IN ('new', 'active', 'closed'))"
        elif base == "created_at":
            extra = " NOT NULL DEFAULT now()"
        cols.append(f"{col} {typ}{extra}")
    if enums and rng.random() < 0.2:
        cols.append(f"kind {schema}.{rng.choice(enums)}")
    if rng.random() < 0.2 and "email" in used:
        post.append(f"CREATE UNIQUE INDEX ON {schema}.{name} (lower(email));")
    body = ",\n  ".join(cols)
    out = [f"CREATE TABLE {schema}.{name} (\n  {body}\n);"]
    if rng.random() < 0.3:
        out.append(f"COMMENT ON TABLE {schema}.{name} IS 'synthetic table {i}';")
    return out + post


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tables", type=int)
    parser.add_argument("--schema", default="bench")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    print(f"CREATE SCHEMA {args.schema};")
    enums = [f"kind_{k}" for k in range(max(1, args.tables // 100))]
    for e in enums:
        print(f"CREATE TYPE {args.schema}.{e} AS ENUM ('alpha', 'beta', 'gamma');")
    for i in range(args.tables):
        print("\n".join(table_sql(rng, args.schema, i, enums)))


if __name__ == "__main__":
    main()
