import { UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { ImportProblemView } from '../../../contracts/hsds';

/** Where a problem is: file, CSV data row or JSON record, and field — in the reader's language. */
export function useDescribeProblem() {
  const { t } = useTranslation();
  return (problem: ImportProblemView): string => {
    const place = [
      problem.file,
      problem.row !== undefined ? t('hsdsImport.row', { row: problem.row }) : null,
      problem.pointer ? t('hsdsImport.record', { pointer: problem.pointer }) : null,
      problem.field ? t('hsdsImport.field', { field: problem.field }) : null,
    ].filter(Boolean);
    return `${place.join(', ')}: ${t(`hsdsImport.problem.${problem.code}`, { field: problem.field ?? '', detail: problem.message })}`;
  };
}

/** Every problem the server found (it keeps the first 500). */
export function ImportProblems({ problems, total }: { problems: ImportProblemView[]; total: number }) {
  const { t } = useTranslation();
  const describe = useDescribeProblem();
  return (
    <>
      <UnorderedList aria-label={t('hsdsImport.problems')} className="wijkwijs-problem-list">
        {problems.map((problem, i) => (
          <UnorderedListItem key={i}>{describe(problem)}</UnorderedListItem>
        ))}
      </UnorderedList>
      {total > problems.length && <p>{t('hsdsImport.moreProblems', { count: total - problems.length })}</p>}
    </>
  );
}
