import { useTranslation } from 'react-i18next';
import { COST_LEVELS, SERVICE_KINDS } from '../../../contracts/rules';
import { SelectField, TextField } from '../../ui/form';
import { CheckboxField } from '../households/ui/CheckboxField';
import { useServiceFilters } from './queries';
import { languageName, themeName } from './format';

const RADII = ['1', '2', '5', '10', '25'];

/** The filters of the search form; themes, areas and languages come from the server. */
export function FilterFields() {
  const { t, i18n } = useTranslation();
  const filters = useServiceFilters().data;
  const any = (key: string) => ({ value: '', label: t(`directorySearch.any.${key}`) });
  const themes = [any('theme'), ...(filters?.themes ?? []).map((theme) => ({ value: theme.code, label: themeName(theme, i18n.language) }))];
  const areas = [
    any('area'),
    ...(filters?.districts ?? []).flatMap((d) => [
      { value: `d:${d.id}`, label: t('directorySearch.district', { name: d.name }) },
      ...d.neighbourhoods.map((n) => ({ value: `n:${n.id}`, label: t('directorySearch.neighbourhood', { name: n.name, district: d.name }) })),
    ]),
  ];
  const languages = [any('language'), ...(filters?.languages ?? []).filter((l) => l.code).map((l) => ({ value: l.code ?? '', label: languageName(l.code, l.name, i18n.language) }))];
  const costs = [any('cost'), ...COST_LEVELS.map((value) => ({ value, label: t(`directoryCost.${value}`) }))];
  const kinds = [any('kind'), ...SERVICE_KINDS.map((value) => ({ value, label: t(`directoryKind.${value}`) }))];
  const radii = [any('radius'), ...RADII.map((value) => ({ value, label: t('directorySearch.withinKm', { count: Number(value) }) }))];
  return (
    <>
    <div className="directory-search__grid">
      <SelectField name="theme" options={themes} />
      <TextField name="age" inputMode="numeric" maxLength={3} autoComplete="off" className="directory-search__short" />
      <SelectField name="cost" options={costs} />
      <SelectField name="language" options={languages} />
      <SelectField name="area" options={areas} />
      <SelectField name="kind" options={kinds} />
      <TextField name="postcode" autoComplete="postal-code" maxLength={7} spellCheck={false} className="directory-search__short" />
      <SelectField name="radiusKm" options={radii} />
    </div>
    <CheckboxField name="openNow" />
    <CheckboxField name="hasCapacity" />
    </>
  );
}
