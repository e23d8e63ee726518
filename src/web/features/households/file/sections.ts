/** The parts of a household file, in the order a coach works: ordinary life first, problems later. */
export const FILE_SECTIONS = [
  { path: '', key: 'overview' },
  { path: 'verhaal', key: 'story' },
  { path: 'verkenning', key: 'exploration' },
  { path: 'netwerk', key: 'network' },
  { path: 'plan', key: 'plan' },
  { path: 'contacten', key: 'contacts' },
  { path: 'zrm', key: 'zrm' },
  { path: 'veiligheid', key: 'safety' },
  // Only the coordinator and the team lead of the household see its Meldcode (the safety officer reaches it via /meldcode).
  { path: 'meldcode', key: 'meldcode', access: ['coordinator', 'team_lead'] },
  { path: 'zorg', key: 'care' },
  { path: 'verwijzingen', key: 'referrals' },
  { path: 'tijdlijn', key: 'timeline' },
  { path: 'afsluiten', key: 'close' },
] as const;

export type SectionKey = (typeof FILE_SECTIONS)[number]['key'];

export function sectionOf(pathname: string, householdId: string): SectionKey {
  const rest = pathname.split(`/huishoudens/${householdId}`)[1]?.replace(/^\//, '').split('/')[0] ?? '';
  return FILE_SECTIONS.find((s) => s.path === rest)?.key ?? 'overview';
}
