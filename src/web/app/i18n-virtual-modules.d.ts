/** One part of a language's catalogue (scripts/build/i18n-part-modules.ts). */
declare module 'virtual:wijkwijs-i18n/*' {
  const texts: Record<string, unknown>;
  export default texts;
}
