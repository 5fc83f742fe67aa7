-- A failing call repeated thousands of times in one session does not grow the backend: the C++
-- error is recorded, its objects destroyed, and the Postgres error raised with nothing alive.
CREATE FUNCTION pg_temp.rss_kb() RETURNS bigint LANGUAGE sql AS $$
  SELECT (regexp_match(pg_read_file('/proc/self/status'), 'VmRSS:\s+(\d+)'))[1]::bigint
$$;
CREATE FUNCTION pg_temp.fail_repeatedly(n int) RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  caught int := 0;
BEGIN
  FOR i IN 1..n LOOP
    BEGIN
      PERFORM flaqes.schema_graph(ARRAY['public', 'no_such_schema']);
    EXCEPTION WHEN invalid_schema_name THEN
      caught := caught + 1;
    END;
  END LOOP;
  RETURN caught;
END $$;

SELECT pg_temp.fail_repeatedly(500) AS warm_up;
SELECT pg_temp.rss_kb() AS rss_before \gset
SELECT pg_temp.fail_repeatedly(5000) AS caught;
-- Allow 1 MB of noise (allocator slack); a leak of even 200 bytes per call would exceed it.
SELECT pg_temp.rss_kb() - :rss_before < 1024 AS rss_flat;
