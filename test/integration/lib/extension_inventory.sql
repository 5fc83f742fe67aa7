-- Everything CREATE EXTENSION flaqes leaves in a database, as sorted text lines that two
-- installations can be diffed by (test/integration/update_path.sh): the extension row, every
-- member object (pg_depend deptype 'e') with its definition, owner and ACL, initial privileges,
-- every comment on a member, on its columns, on the schema and on the extension, and the schema's
-- owner and grants. Owners are printed as "owner" or "other" (both installs run as one role).
\pset format unaligned
\pset tuples_only on
\pset footer off
WITH ext AS (SELECT * FROM pg_catalog.pg_extension WHERE extname = 'flaqes'),
member AS (
  SELECT d.classid, d.objid, d.objsubid, pg_catalog.pg_describe_object(d.classid, d.objid, d.objsubid) AS object
  FROM pg_catalog.pg_depend d, ext
  WHERE d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND d.refobjid = ext.oid AND d.deptype = 'e'),
who AS (SELECT CASE WHEN r.rolname OPERATOR(pg_catalog.=) CURRENT_USER THEN 'owner' ELSE 'other' END AS who, r.oid
        FROM pg_catalog.pg_roles r),
-- ACL items with the installing role named "owner", so two databases compare whoever ran them.
acl(kind, object, acl) AS (
  SELECT 'acl', m.object, pg_catalog.replace(p.proacl::text, CURRENT_USER, 'owner')
  FROM member m JOIN pg_catalog.pg_proc p ON m.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND p.oid = m.objid
  UNION ALL
  SELECT 'acl', m.object, pg_catalog.replace(c.relacl::text, CURRENT_USER, 'owner')
  FROM member m JOIN pg_catalog.pg_class c ON m.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND c.oid = m.objid
  UNION ALL
  SELECT 'acl', m.object, pg_catalog.replace(t.typacl::text, CURRENT_USER, 'owner')
  FROM member m JOIN pg_catalog.pg_type t ON m.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND t.oid = m.objid
  UNION ALL
  SELECT 'schema acl', n.nspname, pg_catalog.replace(n.nspacl::text, CURRENT_USER, 'owner')
  FROM pg_catalog.pg_namespace n, ext WHERE n.oid = ext.extnamespace),
line(kind, object, value) AS (
  SELECT 'extension', extname, pg_catalog.concat_ws(' ', 'version', extversion, 'relocatable', extrelocatable,
         'schema', extnamespace::regnamespace, 'config', extconfig, extcondition)
  FROM ext
  UNION ALL
  SELECT 'member', m.object, NULL FROM member m
  UNION ALL
  -- Functions: the whole definition (arguments, defaults, result, volatility, SECURITY, PARALLEL,
  -- COST, ROWS, SET, symbol), and what pg_get_functiondef leaves out.
  SELECT 'function', m.object, pg_catalog.pg_get_functiondef(m.objid) || pg_catalog.concat_ws(' ', ' owner', w.who,
         'kind', p.prokind, 'strict', p.proisstrict, 'leakproof', p.proleakproof)
  FROM member m JOIN pg_catalog.pg_proc p ON m.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND p.oid = m.objid
  JOIN who w ON w.oid = p.proowner
  UNION ALL
  -- Tables, views, sequences, types owned by the extension: columns, view text, type shape.
  SELECT 'relation', m.object, pg_catalog.concat_ws(' ', 'kind', c.relkind, 'owner', w.who,
         'view', CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(c.oid) END, 'columns',
         (SELECT pg_catalog.string_agg(pg_catalog.concat_ws(' ', a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod),
                 CASE WHEN a.attnotnull THEN 'not null' END, pg_catalog.pg_get_expr(ad.adbin, ad.adrelid)), ', ' ORDER BY a.attnum)
          FROM pg_catalog.pg_attribute a LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
          WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped))
  FROM member m JOIN pg_catalog.pg_class c ON m.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND c.oid = m.objid
  JOIN who w ON w.oid = c.relowner
  UNION ALL
  SELECT 'type', m.object, pg_catalog.concat_ws(' ', 'kind', t.typtype, 'owner', w.who,
         'base', pg_catalog.format_type(t.typbasetype, t.typtypmod), 'default', t.typdefault,
         'labels', (SELECT pg_catalog.string_agg(e.enumlabel::text, ', ' ORDER BY e.enumsortorder)
                    FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid),
         'checks', (SELECT pg_catalog.string_agg(pg_catalog.pg_get_constraintdef(k.oid), ', ' ORDER BY k.conname)
                    FROM pg_catalog.pg_constraint k WHERE k.contypid = t.oid))
  FROM member m JOIN pg_catalog.pg_type t ON m.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND t.oid = m.objid
  JOIN who w ON w.oid = t.typowner
  UNION ALL
  SELECT kind, object, acl FROM acl
  UNION ALL
  SELECT 'schema', n.nspname, 'owner ' || w.who
  FROM pg_catalog.pg_namespace n JOIN ext ON n.oid = ext.extnamespace JOIN who w ON w.oid = n.nspowner
  UNION ALL
  SELECT 'init privs', pg_catalog.pg_describe_object(i.classoid, i.objoid, i.objsubid),
         i.privtype::text || ' ' || pg_catalog.replace(i.initprivs::text, CURRENT_USER, 'owner')
  FROM pg_catalog.pg_init_privs i JOIN member m ON m.classid = i.classoid AND m.objid = i.objoid
  UNION ALL
  -- Comments on members and on their columns (objsubid > 0), on the schema, on the extension.
  SELECT 'comment', pg_catalog.pg_describe_object(d.classoid, d.objoid, d.objsubid), d.description
  FROM pg_catalog.pg_description d
  WHERE EXISTS (SELECT FROM member m WHERE m.classid = d.classoid AND m.objid = d.objoid)
     OR (d.classoid, d.objoid) IN (SELECT 'pg_catalog.pg_namespace'::pg_catalog.regclass, extnamespace FROM ext
                                   UNION ALL SELECT 'pg_catalog.pg_extension'::pg_catalog.regclass, oid FROM ext))
SELECT kind || E'\t' || object || coalesce(E'\t' || value, '') FROM line ORDER BY kind, object, value;
