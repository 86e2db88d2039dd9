-- Runs once, when the docker-compose PostgreSQL volume is first initialised
-- (mounted into /docker-entrypoint-initdb.d). DEVELOPMENT ONLY: the passwords are public.
-- Each service (the gateway included) owns its data: one database and one login role per service,
-- and no other (non-superuser) role may connect to it.
CREATE ROLE jobs LOGIN PASSWORD 'jobs';
CREATE DATABASE siapkerja_jobs OWNER jobs;
REVOKE ALL ON DATABASE siapkerja_jobs FROM PUBLIC;

CREATE ROLE training LOGIN PASSWORD 'training';
CREATE DATABASE siapkerja_training OWNER training;
REVOKE ALL ON DATABASE siapkerja_training FROM PUBLIC;

CREATE ROLE certification LOGIN PASSWORD 'certification';
CREATE DATABASE siapkerja_certification OWNER certification;
REVOKE ALL ON DATABASE siapkerja_certification FROM PUBLIC;

CREATE ROLE placement LOGIN PASSWORD 'placement';
CREATE DATABASE siapkerja_placement OWNER placement;
REVOKE ALL ON DATABASE siapkerja_placement FROM PUBLIC;

-- The integration service: change feed, webhooks.
CREATE ROLE integration LOGIN PASSWORD 'integration';
CREATE DATABASE siapkerja_integration OWNER integration;
REVOKE ALL ON DATABASE siapkerja_integration FROM PUBLIC;

-- Identity: accounts, OAuth2 clients, signing keys, consents, data-subject requests, the access log.
CREATE ROLE identity LOGIN PASSWORD 'identity';
CREATE DATABASE siapkerja_identity OWNER identity;
REVOKE ALL ON DATABASE siapkerja_identity FROM PUBLIC;

-- The gateway's own database: its edge state (rate limits, idempotency keys, request nonces).
CREATE ROLE gateway LOGIN PASSWORD 'gateway';
CREATE DATABASE siapkerja_gateway OWNER gateway;
REVOKE ALL ON DATABASE siapkerja_gateway FROM PUBLIC;

-- Created last: the compose healthcheck connects to it, so "healthy" means the script finished.
CREATE ROLE entrepreneurship LOGIN PASSWORD 'entrepreneurship';
CREATE DATABASE siapkerja_entrepreneurship OWNER entrepreneurship;
REVOKE ALL ON DATABASE siapkerja_entrepreneurship FROM PUBLIC;
