import { z } from 'zod';
import { Timestamp, Uuid } from './common';
import { COST_LEVELS, POSTCODE_PATTERN, SEARCH_TEXT_MAX, SERVICE_KINDS, SERVICE_SORTS } from './rules';

/**
 * Directory (sociale kaart): search, service pages and maintenance. Staff: /api/v1/services,
 * /api/v1/organizations, /api/v1/locations, /api/v1/change-suggestions. Public (no sign-in,
 * rate-limited): /api/v1/public/services, /api/v1/public/service-filters,
 * /api/v1/public/activity-proposals, /api/v1/public/services/{id}/change-suggestions.
 */

/** HSDS ids are UUIDs of any version (kept as given on import), so this is laxer than `Uuid`. */
export const DirectoryId = z.string().regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, { error: 'Use a UUID' });
export const ServiceKind = z.enum(SERVICE_KINDS);
export type ServiceKind = z.infer<typeof ServiceKind>;
export const ModerationState = z.enum(['pending', 'approved', 'rejected']);
export const CostLevel = z.enum(COST_LEVELS);
export type CostLevel = z.infer<typeof CostLevel>;
export const ServiceStatus = z.enum(['active', 'inactive', 'defunct', 'temporarily closed']);
export const Weekday = z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
export type Weekday = z.infer<typeof Weekday>;
export const ServiceSort = z.enum(SERVICE_SORTS);

/** A Dutch postcode, `1234AB` or `1234 ab`; the server normalises it to `1234AB`. */
export const PostcodeParam = z.string().trim().regex(POSTCODE_PATTERN, { error: 'Use a postcode like 1234 AB' });
const CodeList = (what: string) => z.string().trim().max(300).regex(/^[a-z0-9-]+(,[a-z0-9-]+)*$/, { error: `Use one or more ${what}, separated by commas` });
/** Clock time `HH:MM` (24 hours). */
export const ClockTime = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { error: 'Use a time like 09:30' });
const Day = z.iso.date({ error: 'Use a date like 2027-01-15' });
const Text = (max: number) => z.string().trim().max(max);
const Age = z.number().int().min(0).max(120);

/** Search filters shared by the staff and the public search. Lists are comma-separated. */
const SearchFilters = {
  q: Text(SEARCH_TEXT_MAX).optional(),
  /** Theme codes, e.g. `sport-en-spel,geld` (see service-filters). */
  theme: CodeList('theme codes').optional(),
  /** Age of the child or person: services whose age range includes it. */
  age: z.coerce.number().int().min(0).max(120).optional(),
  cost: CodeList('of free, low, paid').optional(),
  /** Language codes (ISO 639-1), e.g. `nl,ar`. */
  language: CodeList('language codes').optional(),
  districtId: Uuid.optional(),
  neighbourhoodId: Uuid.optional(),
  kind: ServiceKind.optional(),
  openNow: z.stringbool().optional(),
  hasCapacity: z.stringbool().optional(),
  /** Distance is measured from this postcode; required for sort=distance and radiusKm. */
  postcode: PostcodeParam.optional(),
  radiusKm: z.coerce.number().min(0.1).max(100).optional(),
  sort: ServiceSort.default('relevance'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
};
export const PublicServiceSearchQuery = z.strictObject(SearchFilters);
export type PublicServiceSearchQuery = z.infer<typeof PublicServiceSearchQuery>;
/** Staff see non-public (professional-only) entries too; moderators and keepers also non-approved ones. */
export const ServiceSearchQuery = z.strictObject({
  ...SearchFilters,
  moderation: ModerationState.default('approved'),
  /** Only entries I keep (my organisations' services, my own informal entries). */
  mine: z.stringbool().optional(),
  organizationId: DirectoryId.optional(),
  /** Include informal entries hidden for lack of confirmation (9 months). */
  includeHidden: z.stringbool().optional(),
});
export type ServiceSearchQuery = z.infer<typeof ServiceSearchQuery>;

export const ThemeView = z.object({ code: z.string(), name: z.string(), nameEn: z.string().nullable() });
export const PointView = z.object({ latitude: z.number(), longitude: z.number() });

/** One row of a results list (and one marker on the map: `point`). */
export const ServiceSummary = z.object({
  id: DirectoryId,
  name: z.string(),
  organizationName: z.string().nullable(),
  shortDescription: z.string(),
  themes: z.array(ThemeView),
  kind: ServiceKind,
  cost: CostLevel.nullable(),
  minimumAge: z.number().nullable(),
  maximumAge: z.number().nullable(),
  /** Kilometres from the postcode searched from; null without a postcode or location. */
  distanceKm: z.number().nullable(),
  /** Open at the time of the search (Europe/Amsterdam), from the schedules. */
  openNow: z.boolean(),
  placesAvailable: z.number().int().nullable(),
  waitingWeeks: z.number().int().nullable(),
  capacityUpdatedAt: Timestamp.nullable(),
  /** The nearest (or first) location with coordinates, and its city. */
  point: PointView.nullable(),
  city: z.string().nullable(),
  moderationState: ModerationState,
  /** Informal entry not confirmed by its host for 6 months. */
  flagged: z.boolean(),
});
export type ServiceSummary = z.infer<typeof ServiceSummary>;
/**
 * One page of a directory search. `total`: how many services match, exact when `totalExact`;
 * otherwise there are more than `total` (the search counts up to a bound, see decision 0007).
 */
export const ServicePage = z.object({
  items: z.array(ServiceSummary), nextCursor: z.string().nullable(),
  total: z.number().int().min(0), totalExact: z.boolean(),
});
export type ServicePage = z.infer<typeof ServicePage>;

export const ScheduleView = z.object({
  id: DirectoryId, locationId: DirectoryId.nullable(), freq: z.string().nullable(), weekdays: z.array(Weekday),
  opensAt: ClockTime.nullable(), closesAt: ClockTime.nullable(), validFrom: z.string().nullable(), validTo: z.string().nullable(), description: z.string().nullable(),
});
export type ScheduleView = z.infer<typeof ScheduleView>;
export const AddressView = z.object({ address1: z.string(), address2: z.string().nullable(), postalCode: z.string(), city: z.string() });
export const LocationView = z.object({
  id: DirectoryId, organizationId: DirectoryId.nullable(), name: z.string().nullable(), description: z.string().nullable(), transportation: z.string().nullable(),
  latitude: z.number().nullable(), longitude: z.number().nullable(), address: AddressView.nullable(),
  accessibility: z.array(z.object({ description: z.string().nullable(), details: z.string().nullable() })), version: z.number().int(),
});
export type LocationView = z.infer<typeof LocationView>;
export const PhoneView = z.object({ number: z.string(), type: z.string().nullable(), description: z.string().nullable() });
export const ContactView = z.object({ name: z.string().nullable(), title: z.string().nullable(), email: z.string().nullable() });
export const LanguageView = z.object({ code: z.string().nullable(), name: z.string().nullable() });
export const CostOptionView = z.object({ option: z.string().nullable(), amount: z.number().nullable(), currency: z.string().nullable(), amountDescription: z.string().nullable() });
export const OrganizationSummary = z.object({ id: DirectoryId, name: z.string(), description: z.string(), website: z.string().nullable(), email: z.string().nullable() });

/** A service page: everything a resident needs, including how to get in. */
export const PublicServiceDetail = ServiceSummary.extend({
  alternateName: z.string().nullable(), description: z.string(), url: z.string().nullable(), email: z.string().nullable(), status: ServiceStatus,
  /** How to get in (HSDS application_process). */
  applicationProcess: z.string().nullable(), feesDescription: z.string().nullable(), eligibilityDescription: z.string().nullable(),
  interpretationServices: z.string().nullable(), alert: z.string().nullable(),
  organization: OrganizationSummary.nullable(), locations: z.array(LocationView), schedules: z.array(ScheduleView),
  contacts: z.array(ContactView), phones: z.array(PhoneView), languages: z.array(LanguageView), costOptions: z.array(CostOptionView),
  districts: z.array(z.object({ id: Uuid, name: z.string() })), updatedAt: Timestamp,
});
export type PublicServiceDetail = z.infer<typeof PublicServiceDetail>;
export const ServiceDetail = PublicServiceDetail.extend({
  version: z.number().int(), isPublic: z.boolean(), moderationReason: z.string().nullable(), moderatedAt: Timestamp.nullable(),
  ownerUserId: Uuid.nullable(), proposerName: z.string().nullable(), lastConfirmedAt: Timestamp.nullable(), hiddenAt: Timestamp.nullable(),
  /** The signed-in user may edit this entry (provider of its organisation, its host, or the team). */
  canEdit: z.boolean(),
});
export type ServiceDetail = z.infer<typeof ServiceDetail>;

export const ScheduleInput = z.strictObject({
  locationId: DirectoryId.nullable().default(null),
  weekdays: z.array(Weekday).min(1, { error: 'Choose at least one day' }).max(7),
  opensAt: ClockTime, closesAt: ClockTime,
  validFrom: Day.nullable().default(null), validTo: Day.nullable().default(null),
  description: Text(1000).nullable().default(null),
}).refine((s) => s.opensAt < s.closesAt, { error: 'Closing time must be after opening time', path: ['closesAt'] })
  .refine((s) => !s.validFrom || !s.validTo || s.validFrom <= s.validTo, { error: 'The end date is before the start date', path: ['validTo'] });
export type ScheduleInput = z.infer<typeof ScheduleInput>;

/**
 * A service's lists without their default: an edit that leaves a list out keeps it (a default here
 * made every edit without `languages` clear them), a new service starts with an empty one.
 */
const serviceLists = {
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/, { error: 'Use a language code like nl' })).max(20),
  districtIds: z.array(Uuid).max(50),
  phones: z.array(z.strictObject({ number: z.string().trim().regex(/^[+0-9 ()-]{6,30}$/, { error: 'Use a phone number like 020 123 4567' }), description: Text(200).nullable().default(null) })).max(5),
  schedules: z.array(ScheduleInput).max(30),
};

const serviceFields = {
  name: z.string().trim().min(2, { error: 'Give the name' }).max(200),
  alternateName: Text(200).nullable().default(null),
  description: z.string().trim().min(10, { error: 'Describe it in a sentence or two' }).max(5000),
  url: z.url().max(2000).nullable().default(null),
  email: z.email().max(254).nullable().default(null),
  applicationProcess: Text(2000).nullable().default(null),
  feesDescription: Text(1000).nullable().default(null),
  eligibilityDescription: Text(2000).nullable().default(null),
  interpretationServices: Text(1000).nullable().default(null),
  minimumAge: Age.nullable().default(null),
  maximumAge: Age.nullable().default(null),
  cost: CostLevel.nullable().default(null),
  /** Theme codes; unknown codes are refused naming the field. */
  themes: z.array(z.string().regex(/^[a-z0-9-]{1,100}$/)).min(1, { error: 'Choose at least one theme' }).max(5),
  languages: serviceLists.languages.default([]),
  districtIds: serviceLists.districtIds.default([]),
  phones: serviceLists.phones.default([]),
  schedules: serviceLists.schedules.default([]),
};
const ageOrder = (v: { minimumAge?: number | null; maximumAge?: number | null }) => v.minimumAge == null || v.maximumAge == null || v.minimumAge <= v.maximumAge;
const ageIssue = { error: 'The lowest age is above the highest age', path: ['maximumAge'] };

export const ServiceInput = z.strictObject({
  ...serviceFields,
  kind: ServiceKind,
  organizationId: DirectoryId.nullable().default(null),
  status: ServiceStatus.default('active'),
  isPublic: z.boolean().default(true),
  locationIds: z.array(DirectoryId).max(20).default([]),
}).refine(ageOrder, ageIssue);
export type ServiceInput = z.infer<typeof ServiceInput>;
/** Edit: send only what changed (If-Match with the ETag). Lists replace the whole list. */
export const UpdateServiceInput = z.strictObject({
  name: serviceFields.name.optional(), alternateName: Text(200).nullable().optional(), description: serviceFields.description.optional(),
  url: z.url().max(2000).nullable().optional(), email: z.email().max(254).nullable().optional(),
  applicationProcess: Text(2000).nullable().optional(), feesDescription: Text(1000).nullable().optional(),
  eligibilityDescription: Text(2000).nullable().optional(), interpretationServices: Text(1000).nullable().optional(),
  minimumAge: Age.nullable().optional(), maximumAge: Age.nullable().optional(), cost: CostLevel.nullable().optional(),
  themes: serviceFields.themes.optional(), languages: serviceLists.languages.optional(), districtIds: serviceLists.districtIds.optional(),
  phones: serviceLists.phones.optional(), schedules: serviceLists.schedules.optional(),
  status: ServiceStatus.optional(), isPublic: z.boolean().optional(), locationIds: z.array(DirectoryId).max(20).optional(),
}).refine(ageOrder, ageIssue);
export type UpdateServiceInput = z.infer<typeof UpdateServiceInput>;

export const CapacityInput = z.strictObject({
  placesAvailable: z.number().int().min(0).max(100000).nullable(),
  waitingWeeks: z.number().int().min(0).max(520).nullable(),
});
export const ModerationInput = z.strictObject({
  state: z.enum(['approved', 'rejected']),
  reason: Text(2000).min(3, { error: 'Say why' }).nullable().default(null),
}).refine((v) => v.state !== 'rejected' || v.reason !== null, { error: 'Say why it is rejected', path: ['reason'] });

export const ServiceVersionView = z.object({ version: z.number().int(), change: z.string(), changedByName: z.string().nullable(), changedAt: Timestamp, snapshot: z.record(z.string(), z.unknown()) });

export const OrganizationInput = z.strictObject({
  name: z.string().trim().min(2).max(200), description: z.string().trim().min(1).max(5000),
  email: z.email().max(254).nullable().default(null), website: z.url().max(2000).nullable().default(null),
});
export const UpdateOrganizationInput = z.strictObject({
  name: z.string().trim().min(2).max(200).optional(), description: z.string().trim().min(1).max(5000).optional(),
  email: z.email().max(254).nullable().optional(), website: z.url().max(2000).nullable().optional(),
});
export const OrganizationView = OrganizationSummary.extend({ version: z.number().int(), serviceCount: z.number().int(), memberIds: z.array(Uuid) });
export type OrganizationView = z.infer<typeof OrganizationView>;
export const OrganizationListQuery = z.strictObject({ q: Text(100).optional(), mine: z.stringbool().optional(), cursor: z.string().max(200).optional(), limit: z.coerce.number().int().min(1).max(100).default(25) });

export const AddressInput = z.strictObject({ address1: z.string().trim().min(1).max(200), postalCode: PostcodeParam, city: z.string().trim().min(1).max(100) });
export const LocationInput = z.strictObject({
  organizationId: DirectoryId.nullable().default(null), name: z.string().trim().min(1).max(200), description: Text(2000).nullable().default(null),
  transportation: Text(2000).nullable().default(null), address: AddressInput,
  /** Omit to take the coordinates of the postcode. */
  latitude: z.number().min(50.7).max(53.6).nullable().default(null), longitude: z.number().min(3.3).max(7.3).nullable().default(null),
  accessibility: z.array(Text(500).min(1)).max(10).default([]),
});
export const UpdateLocationInput = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(), description: Text(2000).nullable().optional(), transportation: Text(2000).nullable().optional(),
  address: AddressInput.optional(), latitude: z.number().min(50.7).max(53.6).nullable().optional(), longitude: z.number().min(3.3).max(7.3).nullable().optional(),
  accessibility: z.array(Text(500).min(1)).max(10).optional(),
});
/** A place with what its viewer may do and the services offered there (those the viewer may see). */
export const LocationDetail = LocationView.extend({
  canEdit: z.boolean(),
  services: z.array(z.object({ id: DirectoryId, name: z.string(), moderationState: ModerationState, canEdit: z.boolean() })),
});
export type LocationDetail = z.infer<typeof LocationDetail>;
export const LocationVersionView = ServiceVersionView;
export const LocationListQuery = z.strictObject({ organizationId: DirectoryId.optional(), cursor: z.string().max(200).optional(), limit: z.coerce.number().int().min(1).max(100).default(25) });

/** A resident proposes an informal activity; it goes public after e-mail confirmation and moderation. */
export const ActivityProposalInput = z.strictObject({
  name: serviceFields.name, description: serviceFields.description, themes: serviceFields.themes,
  minimumAge: Age.nullable().default(null), maximumAge: Age.nullable().default(null), cost: CostLevel.default('free'),
  proposerName: z.string().trim().min(1, { error: 'Give your name' }).max(200),
  proposerEmail: z.email({ error: 'Give an e-mail address like naam@voorbeeld.nl' }).max(254),
  place: z.strictObject({ name: z.string().trim().min(1).max(200), address: AddressInput }).nullable().default(null),
  schedules: z.array(ScheduleInput).max(7).default([]),
}).refine(ageOrder, ageIssue);
export type ActivityProposalInput = z.infer<typeof ActivityProposalInput>;
/**
 * A host proposes an activity from their account: the public proposal's fields without the proposer
 * (the account is known, no e-mail link), plus how participants reach them. Moderated before it is public.
 */
export const OwnActivityInput = z.strictObject({
  name: serviceFields.name, description: serviceFields.description, themes: serviceFields.themes,
  minimumAge: Age.nullable().default(null), maximumAge: Age.nullable().default(null), cost: CostLevel.default('free'),
  email: serviceFields.email, phones: serviceFields.phones,
  place: z.strictObject({ name: z.string().trim().min(1).max(200), address: AddressInput }).nullable().default(null),
  schedules: z.array(ScheduleInput).max(7).default([]),
}).refine(ageOrder, ageIssue);
export type OwnActivityInput = z.infer<typeof OwnActivityInput>;
/** The web page the confirmation e-mail links to, with `?token=`; it posts the token to confirmations. */
export const ACTIVITY_CONFIRM_PATH = '/sociale-kaart/voorstel-bevestigen';
export const ProposalConfirmationInput = z.strictObject({ token: z.string().min(20).max(200) });
export const AcceptedView = z.object({ status: z.enum(['confirmation_sent', 'confirmed', 'received']) });

export const ChangeSuggestionInput = z.strictObject({
  message: z.string().trim().min(5, { error: 'Say what should change' }).max(4000),
  name: Text(200).nullable().default(null), email: z.email().max(254).nullable().default(null),
});
export const ChangeSuggestionView = z.object({
  id: Uuid, serviceId: DirectoryId, serviceName: z.string(), message: z.string(), name: z.string().nullable(), email: z.string().nullable(),
  status: z.enum(['open', 'done', 'dismissed']), createdAt: Timestamp, handledAt: Timestamp.nullable(),
});
export const ChangeSuggestionQuery = z.strictObject({ status: z.enum(['open', 'done', 'dismissed']).default('open'), serviceId: DirectoryId.optional(), cursor: z.string().max(200).optional(), limit: z.coerce.number().int().min(1).max(100).default(25) });
export const HandleChangeSuggestionInput = z.strictObject({ status: z.enum(['done', 'dismissed']) });

/** What the search form offers: themes, districts with neighbourhoods, languages in use. */
export const ServiceFiltersView = z.object({
  themes: z.array(ThemeView),
  districts: z.array(z.object({ id: Uuid, name: z.string(), neighbourhoods: z.array(z.object({ id: Uuid, name: z.string() })) })),
  languages: z.array(LanguageView),
});
