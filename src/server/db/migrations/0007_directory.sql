-- Directory (sociale kaart): the Open Referral HSDS 3 model with Wijkwijs fields alongside.
-- Table and column names follow HSDS (organization → organizations, service → services, …), ids
-- are the HSDS UUIDs (kept as given on import). Text fields are not length-limited beyond what
-- HSDS data can carry, so any valid HSDS record fits. Search: services.search_document (dutch,
-- unaccented, weighted A name, B organisation + themes, C description, D place) and the words
-- list directory_words (trigram index, for typo tolerance) are maintained by the app
-- (features/directory: refreshDirectorySearch) after every write, not by a generated column:
-- unaccent() is not immutable.
-- Foreign keys: structural links (service → organization, service_at_location, address, schedule,
-- attribute → taxonomy term, cost option) are enforced. Optional cross-links that HSDS data in the
-- wild (and the official examples) point outside the data set — parent organization, parent term,
-- term → taxonomy, location → organization, contact, phone, language, accessibility — carry no
-- foreign key; the app checks them where it writes them itself.

-- HSDS taxonomy and its terms. Wijkwijs ships one theme taxonomy per tenant (code = URL slug).
create table taxonomies (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  name text not null check (length(name) between 1 and 500),
  description text not null default '' check (length(description) <= 10000),
  uri text check (length(uri) <= 2000),
  version text check (length(version) <= 100),
  primary key (tenant_id, id)
);
select enable_tenant_rls('taxonomies');

create table taxonomy_terms (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  taxonomy_id uuid,
  parent_id uuid,
  code text check (length(code) <= 200),
  name text not null check (length(name) between 1 and 500),
  -- Wijkwijs: the English label for the portal (HSDS carries one language per term).
  name_en text check (length(name_en) <= 500),
  description text not null default '' check (length(description) <= 10000),
  taxonomy text check (length(taxonomy) <= 500),
  language text check (length(language) <= 20),
  term_uri text check (length(term_uri) <= 2000),
  position integer not null default 0,
  primary key (tenant_id, id)
);
select enable_tenant_rls('taxonomy_terms');
create unique index taxonomy_terms_code on taxonomy_terms (tenant_id, taxonomy_id, code) where code is not null;

create table organizations (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  name text not null check (length(name) between 1 and 500),
  alternate_name text check (length(alternate_name) <= 500),
  description text not null default '' check (length(description) <= 20000),
  email text check (length(email) <= 254),
  website text check (length(website) <= 2000),
  tax_status text check (length(tax_status) <= 200),
  tax_id text check (length(tax_id) <= 200),
  year_incorporated integer,
  legal_status text check (length(legal_status) <= 200),
  logo text check (length(logo) <= 2000),
  uri text check (length(uri) <= 2000),
  parent_organization_id uuid,
  version integer not null default 1,
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_by uuid,
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, created_by) references users (tenant_id, id),
  foreign key (tenant_id, updated_by) references users (tenant_id, id)
);
select enable_tenant_rls('organizations');
create index organizations_name_trgm on organizations using gin (name gin_trgm_ops);

-- Providers (role provider) keep the services of the organisations they are members of.
create table organization_members (
  tenant_id uuid not null references tenants (id),
  organization_id uuid not null,
  user_id uuid not null,
  added_at timestamptz not null default now(),
  primary key (tenant_id, organization_id, user_id),
  foreign key (tenant_id, organization_id) references organizations (tenant_id, id),
  foreign key (tenant_id, user_id) references users (tenant_id, id)
);
select enable_tenant_rls('organization_members');
create index organization_members_user on organization_members (tenant_id, user_id);

create table services (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  organization_id uuid,
  program_id uuid,
  name text not null check (length(name) between 1 and 500),
  alternate_name text check (length(alternate_name) <= 500),
  description text not null default '' check (length(description) <= 20000),
  url text check (length(url) <= 2000),
  email text check (length(email) <= 254),
  status text not null default 'active' check (status in ('active', 'inactive', 'defunct', 'temporarily closed')),
  interpretation_services text check (length(interpretation_services) <= 10000),
  application_process text check (length(application_process) <= 10000),
  fees_description text check (length(fees_description) <= 10000),
  wait_time text check (length(wait_time) <= 2000),
  fees text check (length(fees) <= 2000),
  accreditations text check (length(accreditations) <= 10000),
  eligibility_description text check (length(eligibility_description) <= 10000),
  minimum_age numeric(5, 2) check (minimum_age >= 0),
  maximum_age numeric(5, 2) check (maximum_age >= 0),
  assured_date date,
  assurer_email text check (length(assurer_email) <= 254),
  licenses text check (length(licenses) <= 10000),
  alert text check (length(alert) <= 10000),
  -- Wijkwijs: formal service or informal resident initiative (bewonersinitiatief).
  kind text not null default 'formal' check (kind in ('formal', 'informal')),
  -- Shown on the public portal (false: for professionals only).
  is_public boolean not null default true,
  cost text check (cost in ('free', 'low', 'paid')),
  moderation_state text not null default 'approved' check (moderation_state in ('pending', 'approved', 'rejected')),
  moderation_reason text check (length(moderation_reason) <= 2000),
  moderated_by uuid,
  moderated_at timestamptz,
  -- An informal entry kept by an initiative_host account.
  owner_user_id uuid,
  -- A proposal from the public form: who proposed it (confirmed by e-mail, see activity_proposals).
  proposer_name text check (length(proposer_name) <= 200),
  proposer_email citext check (length(proposer_email) <= 254),
  -- Capacity, kept by providers: places available now and expected waiting time.
  places_available integer check (places_available >= 0),
  waiting_weeks integer check (waiting_weeks between 0 and 520),
  capacity_updated_at timestamptz,
  capacity_updated_by uuid,
  -- Informal entries are confirmed by their host: flagged after 6 months, hidden after 9.
  last_confirmed_at timestamptz,
  flag_reminder_sent_at timestamptz,
  flagged_at timestamptz,
  hide_reminder_sent_at timestamptz,
  hidden_at timestamptz,
  search_document tsvector not null default ''::tsvector,
  version integer not null default 1,
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_by uuid,
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, organization_id) references organizations (tenant_id, id),
  foreign key (tenant_id, moderated_by) references users (tenant_id, id),
  foreign key (tenant_id, owner_user_id) references users (tenant_id, id),
  foreign key (tenant_id, capacity_updated_by) references users (tenant_id, id),
  foreign key (tenant_id, created_by) references users (tenant_id, id),
  foreign key (tenant_id, updated_by) references users (tenant_id, id),
  check (minimum_age is null or maximum_age is null or minimum_age <= maximum_age),
  check (moderation_state <> 'rejected' or moderation_reason is not null)
);
select enable_tenant_rls('services');
create index services_search on services using gin (search_document);
create index services_name_trgm on services using gin (name gin_trgm_ops);
create index services_organization on services (tenant_id, organization_id);
create index services_owner on services (tenant_id, owner_user_id) where owner_user_id is not null;
create index services_moderation on services (tenant_id, moderation_state, created_at);
create index services_confirmation on services (tenant_id, last_confirmed_at) where kind = 'informal';

-- Every change to a directory entry, versioned and attributed: a snapshot per version.
create table directory_versions (
  tenant_id uuid not null references tenants (id),
  entity text not null check (entity in ('organization', 'service', 'location')),
  entity_id uuid not null,
  version integer not null check (version > 0),
  change text not null check (length(change) between 1 and 100),
  snapshot jsonb not null,
  changed_by uuid,
  changed_by_email citext check (length(changed_by_email) <= 254),
  changed_at timestamptz not null default now(),
  primary key (tenant_id, entity, entity_id, version),
  foreign key (tenant_id, changed_by) references users (tenant_id, id)
);
select enable_tenant_rls('directory_versions', 'select, insert');

create table locations (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  location_type text not null default 'physical' check (location_type in ('physical', 'postal', 'virtual')),
  url text check (length(url) <= 2000),
  organization_id uuid,
  name text check (length(name) <= 500),
  alternate_name text check (length(alternate_name) <= 500),
  description text check (length(description) <= 10000),
  transportation text check (length(transportation) <= 10000),
  latitude double precision check (latitude between -90 and 90),
  longitude double precision check (longitude between -180 and 180),
  external_identifier text check (length(external_identifier) <= 500),
  external_identifier_type text check (length(external_identifier_type) <= 500),
  -- Wijkwijs: the neighbourhood the location lies in (from postcode_areas), for the filter.
  neighbourhood_id uuid,
  version integer not null default 1,
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_by uuid,
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, neighbourhood_id) references neighbourhoods (tenant_id, id),
  foreign key (tenant_id, created_by) references users (tenant_id, id),
  foreign key (tenant_id, updated_by) references users (tenant_id, id),
  check ((latitude is null) = (longitude is null))
);
select enable_tenant_rls('locations');
-- Distance search: a bounding box on latitude then longitude (no PostGIS), then haversine.
create index locations_coordinates on locations (tenant_id, latitude, longitude) where latitude is not null;
create index locations_organization on locations (tenant_id, organization_id);

create table service_at_locations (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  service_id uuid not null,
  location_id uuid not null,
  description text check (length(description) <= 10000),
  primary key (tenant_id, id),
  unique (tenant_id, service_id, location_id),
  foreign key (tenant_id, service_id) references services (tenant_id, id),
  foreign key (tenant_id, location_id) references locations (tenant_id, id)
);
select enable_tenant_rls('service_at_locations');
create index service_at_locations_location on service_at_locations (tenant_id, location_id);

create table addresses (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  location_id uuid not null,
  attention text check (length(attention) <= 500),
  address_1 text not null check (length(address_1) <= 500),
  address_2 text check (length(address_2) <= 500),
  city text not null check (length(city) <= 200),
  region text check (length(region) <= 200),
  state_province text not null default '' check (length(state_province) <= 200),
  postal_code text not null check (length(postal_code) <= 20),
  country text not null default 'NL' check (length(country) <= 2),
  address_type text not null default 'physical' check (address_type in ('physical', 'postal', 'virtual')),
  primary key (tenant_id, id),
  foreign key (tenant_id, location_id) references locations (tenant_id, id)
);
select enable_tenant_rls('addresses');
create index addresses_location on addresses (tenant_id, location_id);

-- HSDS schedule (RFC 5545-style). Open-now uses freq WEEKLY + byday + opens_at/closes_at within
-- valid_from..valid_to, in Europe/Amsterdam time.
create table schedules (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  service_id uuid,
  location_id uuid,
  service_at_location_id uuid,
  valid_from date,
  valid_to date,
  dtstart date,
  timezone numeric,
  until date,
  count integer,
  wkst text check (wkst in ('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU')),
  freq text check (freq in ('WEEKLY', 'MONTHLY')),
  interval integer check (interval > 0),
  byday text check (length(byday) <= 200),
  byweekno text check (length(byweekno) <= 200),
  bymonthday text check (length(bymonthday) <= 200),
  byyearday text check (length(byyearday) <= 200),
  description text check (length(description) <= 10000),
  opens_at time,
  closes_at time,
  schedule_link text check (length(schedule_link) <= 2000),
  attending_type text check (length(attending_type) <= 500),
  notes text check (length(notes) <= 10000),
  primary key (tenant_id, id),
  foreign key (tenant_id, service_id) references services (tenant_id, id),
  foreign key (tenant_id, location_id) references locations (tenant_id, id),
  foreign key (tenant_id, service_at_location_id) references service_at_locations (tenant_id, id),
  check (service_id is not null or location_id is not null or service_at_location_id is not null),
  check (valid_to is null or valid_from is null or valid_from <= valid_to)
);
select enable_tenant_rls('schedules');
create index schedules_service on schedules (tenant_id, service_id);
create index schedules_location on schedules (tenant_id, location_id);
create index schedules_service_at_location on schedules (tenant_id, service_at_location_id);

-- HSDS contact ("contacts" is taken by the household file's contact moments).
create table directory_contacts (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  organization_id uuid,
  service_id uuid,
  service_at_location_id uuid,
  location_id uuid,
  name text check (length(name) <= 500),
  title text check (length(title) <= 500),
  department text check (length(department) <= 500),
  email text check (length(email) <= 254),
  primary key (tenant_id, id)
);
select enable_tenant_rls('directory_contacts');
create index directory_contacts_service on directory_contacts (tenant_id, service_id);

create table phones (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  location_id uuid,
  service_id uuid,
  organization_id uuid,
  contact_id uuid,
  service_at_location_id uuid,
  number text not null check (length(number) between 1 and 100),
  extension numeric,
  type text check (length(type) <= 100),
  description text check (length(description) <= 2000),
  primary key (tenant_id, id)
);
select enable_tenant_rls('phones');
create index phones_service on phones (tenant_id, service_id);
create index phones_location on phones (tenant_id, location_id);

create table languages (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  service_id uuid,
  location_id uuid,
  phone_id uuid,
  name text check (length(name) <= 200),
  -- ISO 639-1 (or 639-3) code, lower case by convention; the language filter matches it.
  code text check (length(code) <= 20),
  note text check (length(note) <= 2000),
  primary key (tenant_id, id)
);
select enable_tenant_rls('languages');
create index languages_service on languages (tenant_id, service_id, code);

-- HSDS accessibility (one row per accessibility feature of a location).
create table accessibilities (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  location_id uuid,
  description text check (length(description) <= 10000),
  details text check (length(details) <= 10000),
  url text check (length(url) <= 2000),
  primary key (tenant_id, id)
);
select enable_tenant_rls('accessibilities');
create index accessibilities_location on accessibilities (tenant_id, location_id);

-- HSDS attribute: links a taxonomy term to any entity. A service's themes are attributes with
-- link_entity 'service' and link_id the service id.
create table attributes (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  link_id uuid not null,
  taxonomy_term_id uuid not null,
  link_type text check (length(link_type) <= 200),
  link_entity text not null check (length(link_entity) between 1 and 100),
  value text check (length(value) <= 10000),
  label text check (length(label) <= 500),
  primary key (tenant_id, id),
  foreign key (tenant_id, taxonomy_term_id) references taxonomy_terms (tenant_id, id)
);
select enable_tenant_rls('attributes');
create index attributes_term on attributes (tenant_id, taxonomy_term_id, link_id);
create index attributes_link on attributes (tenant_id, link_id);

create table cost_options (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  service_id uuid not null,
  valid_from date,
  valid_to date,
  option text check (length(option) <= 2000),
  currency text check (length(currency) <= 3),
  amount numeric,
  amount_description text check (length(amount_description) <= 2000),
  primary key (tenant_id, id),
  foreign key (tenant_id, service_id) references services (tenant_id, id)
);
select enable_tenant_rls('cost_options');
create index cost_options_service on cost_options (tenant_id, service_id);

-- Wijkwijs: the districts a service serves (filter by district or neighbourhood).
create table service_districts (
  tenant_id uuid not null references tenants (id),
  service_id uuid not null,
  district_id uuid not null,
  primary key (tenant_id, service_id, district_id),
  foreign key (tenant_id, service_id) references services (tenant_id, id),
  foreign key (tenant_id, district_id) references districts (tenant_id, id)
);
select enable_tenant_rls('service_districts');
create index service_districts_district on service_districts (tenant_id, district_id, service_id);

-- Postcode → coordinates for distance search: seeded for the demo, filled by the geocoder.
create table postcode_points (
  tenant_id uuid not null references tenants (id),
  postcode text not null check (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
  latitude double precision not null check (latitude between -90 and 90),
  longitude double precision not null check (longitude between -180 and 180),
  source text not null check (source in ('seed', 'import', 'geocoder')),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, postcode)
);
select enable_tenant_rls('postcode_points');

-- A resident's proposal through the public form waits for its e-mail confirmation link.
create table activity_proposals (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  service_id uuid not null,
  email citext not null check (length(email) between 3 and 254),
  token_hash bytea not null,
  expires_at timestamptz not null,
  confirmed_at timestamptz,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, token_hash),
  foreign key (tenant_id, service_id) references services (tenant_id, id)
);
select enable_tenant_rls('activity_proposals');
create index activity_proposals_service on activity_proposals (tenant_id, service_id);

-- "Suggest a change" from the public service page; handled by the org's providers or the team.
create table change_suggestions (
  tenant_id uuid not null references tenants (id),
  id uuid not null,
  service_id uuid not null,
  message text not null check (length(message) between 1 and 4000),
  name text check (length(name) <= 200),
  email citext check (length(email) <= 254),
  status text not null default 'open' check (status in ('open', 'done', 'dismissed')),
  handled_by uuid,
  handled_at timestamptz,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, service_id) references services (tenant_id, id),
  foreign key (tenant_id, handled_by) references users (tenant_id, id)
);
select enable_tenant_rls('change_suggestions');
create index change_suggestions_service on change_suggestions (tenant_id, service_id, created_at);
create index change_suggestions_open on change_suggestions (tenant_id, created_at) where status = 'open';

-- The words of all entries, with their dutch stem: typo-tolerant search looks up the query's
-- words here by trigram similarity and searches for the stems it finds.
create table directory_words (
  tenant_id uuid not null references tenants (id),
  word text not null check (length(word) between 1 and 100),
  lexeme text not null check (length(lexeme) between 1 and 100),
  primary key (tenant_id, word)
);
select enable_tenant_rls('directory_words', 'select, insert');
create index directory_words_trgm on directory_words using gin (word gin_trgm_ops);

-- A name-based UUID (md5 with RFC 9562 version and variant bits set): stable ids for seeded rows.
create function directory_name_uuid(name text) returns uuid language sql immutable as $$
  select overlay(overlay(md5(name) placing '5' from 13 for 1) placing '8' from 17 for 1)::uuid
$$;

-- The default theme taxonomy, seeded for every tenant (existing and new); tenants may add terms.
-- Deterministic ids (name-based on tenant and code), so every seed of a tenant yields the same themes.
create function directory_seed_themes(p_tenant uuid) returns void language plpgsql as $$
declare
  previous text := current_setting('app.tenant_id', true);
  taxonomy uuid := directory_name_uuid(p_tenant::text || ':wijkwijs-themes');
begin
  perform set_config('app.tenant_id', p_tenant::text, true);
  insert into taxonomies (tenant_id, id, name, description, version)
    values (p_tenant, taxonomy, 'Wijkwijs thema''s', 'Thema''s van de sociale kaart', '1')
    on conflict do nothing;
  insert into taxonomy_terms (tenant_id, id, taxonomy_id, code, name, name_en, taxonomy, language, position)
  select p_tenant, directory_name_uuid(p_tenant::text || ':theme:' || t.code), taxonomy, t.code, t.name, t.name_en, 'wijkwijs-themes', 'nl', t.position
    from (values
      ('opvoeden', 'Opvoeden', 'Parenting', 1),
      ('school-en-huiswerk', 'School en huiswerk', 'School and homework', 2),
      ('sport-en-spel', 'Sport en spel', 'Sport and play', 3),
      ('geld', 'Geld', 'Money', 4),
      ('gezondheid', 'Gezondheid', 'Health', 5),
      ('veiligheid-thuis', 'Veiligheid thuis', 'Safety at home', 6),
      ('wonen', 'Wonen', 'Housing', 7),
      ('werk', 'Werk', 'Work', 8),
      ('ontmoeten', 'Ontmoeten', 'Meeting people', 9),
      ('taal', 'Taal', 'Language', 10),
      ('cultuur-en-creativiteit', 'Cultuur en creativiteit', 'Culture and creativity', 11),
      ('zorg-en-ondersteuning', 'Zorg en ondersteuning', 'Care and support', 12)
    ) as t (code, name, name_en, position)
    on conflict do nothing;
  perform set_config('app.tenant_id', coalesce(previous, ''), true);
end $$;

create function directory_seed_themes_for_new_tenant() returns trigger language plpgsql as $$
begin
  perform directory_seed_themes(new.id);
  return new;
end $$;

create trigger tenants_directory_themes after insert on tenants
  for each row execute function directory_seed_themes_for_new_tenant();

select directory_seed_themes(id) from tenants;

-- Daily: flag informal entries unconfirmed for 6 months, hide them after 9, remind before both.
insert into jobs (name, interval_seconds) values ('directory_confirmations', 86400);
