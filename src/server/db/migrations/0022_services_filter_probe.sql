-- Directory searches probe services by id to check the filters kept on services: the candidates
-- from postings (with a place) or from the filter sets, up to 251 per search. Each probe read the
-- primary key and then the row (4 buffers). This index carries the same columns as the name walk
-- (0021), so a probe that needs only those is an index-only scan (3 buffers, no row). Decision 0026.
create index services_filter_probe on services (tenant_id, id)
  include (name_key, kind, minimum_age, maximum_age, cost, places_available, is_public, status, moderation_state, hidden_at);
analyze services;
