import { Button, FormField, FormFieldDescription, FormLabel, Heading2, Link, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryItem } from '../../ui/form/ErrorSummary';
import { PageHeading } from '../../ui/PageHeading';
import { StatusMessage } from '../../ui/StatusMessage';
import { ImportCounts } from './ImportCounts';
import { ImportProblems } from './ImportProblems';
import { useImportJob, useStartImport } from './useImportJob';

const FIELD_ID = 'hsds-files';

/**
 * "Sociale kaart importeren": choose HSDS JSON or CSV files, see what would change (or every
 * problem, by file, row and field), then import it all at once while a progress bar shows how far
 * it is. Nothing is stored until the import has no problems at all.
 */
export function DirectoryImportPage() {
  const { t } = useTranslation();
  const summary = useRef<HTMLDivElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [missing, setMissing] = useState(false);
  const [previewId, setPreviewId] = useState<string | null>(null);
  const [checkedFiles, setCheckedFiles] = useState<string[]>([]);
  const [applyId, setApplyId] = useState<string | null>(null);
  const start = useStartImport();
  const preview = useImportJob(previewId).data;
  const apply = useImportJob(applyId).data;
  const rejected = [preview, apply].find((job) => job?.status === 'rejected' || job?.status === 'failed');

  useEffect(() => {
    if (rejected || missing || start.error) summary.current?.focus();
  }, [rejected, missing, start.error]);

  const check = async (event: FormEvent) => {
    event.preventDefault();
    setApplyId(null);
    setPreviewId(null);
    setMissing(files.length === 0);
    if (files.length === 0) return;
    const started = await start.mutateAsync({ mode: 'preview', files });
    setCheckedFiles(started.fileIds);
    setPreviewId(started.job.id);
  };
  // The files the preview checked, already on the server: what is imported is what was checked.
  const importNow = async () => setApplyId((await start.mutateAsync({ mode: 'apply', fileIds: checkedFiles })).job.id);

  const items: SummaryItem[] = missing
    ? [{ fieldId: FIELD_ID, label: t('hsdsImport.files'), message: t('hsdsImport.chooseFiles') }]
    : rejected
      ? [{ fieldId: FIELD_ID, label: t('hsdsImport.files'), message: t('hsdsImport.nothingImported', { count: rejected.problemCount }) }]
      : [];
  const running = [preview, apply].find((job) => job?.status === 'running');
  return (
    <>
      <PageHeading>{t('hsdsImport.title')}</PageHeading>
      <Paragraph>{t('hsdsImport.intro')}</Paragraph>
      <form onSubmit={(event) => void check(event)} noValidate>
        <ErrorSummary ref={summary} items={items} formError={start.error ? t('hsdsImport.failed') : null} />
        {rejected && <ImportProblems problems={rejected.problems} total={rejected.problemCount} />}
        <FormField invalid={items.length > 0}>
          <FormLabel htmlFor={FIELD_ID}>{t('hsdsImport.files')}</FormLabel>
          <FormFieldDescription id={`${FIELD_ID}-hint`}>{t('hsdsImport.hint')}</FormFieldDescription>
          <input id={FIELD_ID} type="file" multiple accept=".json,.csv,application/json,text/csv" aria-describedby={`${FIELD_ID}-hint`}
            aria-invalid={items.length > 0 ? true : undefined} onChange={(event) => {
              setFiles([...(event.target.files ?? [])]);
              setPreviewId(null);
              setApplyId(null);
            }} />
        </FormField>
        <Button type="submit" appearance="secondary-action-button" disabled={Boolean(running) || start.isPending}>{t('hsdsImport.check')}</Button>
        {start.isPending && !running && <Paragraph role="status">{t('hsdsImport.uploading')}</Paragraph>}
      </form>
      {running && (
        <div className="wijkwijs-section">
          <label htmlFor="hsds-progress">{t(`hsdsImport.stage.${running.progress.stage ?? (running.mode === 'apply' ? 'writing' : 'checking')}`)}</label>{' '}
          <progress id="hsds-progress" max={Math.max(1, running.progress.total)} value={running.progress.done}>
            {running.progress.done} / {running.progress.total}
          </progress>
        </div>
      )}
      {preview?.status === 'checked' && !apply && (
        <section className="wijkwijs-section" aria-labelledby="hsds-preview">
          <Heading2 id="hsds-preview">{t('hsdsImport.previewTitle')}</Heading2>
          <ImportCounts job={preview} caption={t('hsdsImport.previewCaption')} />
          <Button type="button" appearance="primary-action-button" disabled={start.isPending} onClick={() => void importNow()}>{t('hsdsImport.apply')}</Button>
        </section>
      )}
      {apply?.status === 'applied' && (
        <section className="wijkwijs-section" aria-labelledby="hsds-done">
          <Heading2 id="hsds-done">{t('hsdsImport.doneTitle')}</Heading2>
          <StatusMessage>{t('hsdsImport.done')}</StatusMessage>
          <ImportCounts job={apply} caption={t('hsdsImport.doneCaption')} />
        </section>
      )}
      <section className="wijkwijs-section" aria-labelledby="hsds-export">
        <Heading2 id="hsds-export">{t('hsdsImport.exportTitle')}</Heading2>
        <Paragraph>{t('hsdsImport.exportIntro')}</Paragraph>
        <Paragraph><Link href="/api/v1/directory-exports" download="sociale-kaart-hsds.json">{t('hsdsImport.exportLink')}</Link></Paragraph>
      </section>
    </>
  );
}
