-- Installs flaqes and checks the conventions every SQL object must keep.
CREATE EXTENSION flaqes;

-- The schema is fixed: not relocatable.
SELECT extname, extrelocatable, n.nspname AS schema
FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE extname = 'flaqes';

-- Every function: SECURITY INVOKER, a pinned search_path and DateStyle, and a COMMENT. The three
-- that insert rows, and analyze_ddl (the migration runs under the caller's search_path), pin them
-- in C++ around their own queries (a SET clause would stay in force in the user's triggers and
-- statements): they have no SET clause at all.
SELECT p.oid::regprocedure AS function, p.proconfig
FROM pg_proc p
WHERE p.pronamespace = 'flaqes'::regnamespace
  AND (p.prosecdef
       OR NOT coalesce(p.proconfig @> ARRAY['search_path=pg_catalog, pg_temp', 'DateStyle=ISO, YMD'], false)
       OR obj_description(p.oid, 'pg_proc') IS NULL)
ORDER BY 1::text;

-- Every other object of the extension has a COMMENT too.
SELECT pg_describe_object(d.classid, d.objid, d.objsubid) AS undocumented
FROM pg_depend d
WHERE d.refclassid = 'pg_extension'::regclass
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'flaqes')
  AND d.deptype = 'e'
  AND obj_description(d.objid, (SELECT relname FROM pg_class WHERE oid = d.classid)) IS NULL
  AND d.classid <> 'pg_type'::regclass;  -- a composite type shares its table's comment
