import { Button, FormField, FormFieldDescription, FormLabel, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest, isProblem } from '../../../app/api';
import { ErrorSummary, type SummaryItem } from '../../../ui/form/ErrorSummary';
import { StatusMessage } from '../../../ui/StatusMessage';

const FIELD_ID = 'postcode-file';
const MAX_SHOWN = 20;

/** Turns the server's field names (`body.rows.3.postcode`) into Dutch or English messages per row. */
function describe(name: string, t: (key: string, options?: Record<string, unknown>) => string): string {
  const row = /^body\.rows\.(\d+)(?:\.(postcode|neighbourhood_code))?$/.exec(name);
  if (row) return t(row[2] === 'postcode' ? 'postcodes.rowPostcode' : row[2] === 'neighbourhood_code' ? 'postcodes.rowNeighbourhood' : 'postcodes.rowFields', { row: row[1] });
  if (name === 'body.header') return t('postcodes.header');
  if (name === 'body.rows') return t('postcodes.empty');
  return t('postcodes.unreadable');
}

/**
 * Imports the postcode table (postcode → CBS neighbourhood code) from a CSV file. The server applies
 * it whole or not at all; every wrong row is listed.
 */
export function PostcodeImport() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const summary = useRef<HTMLDivElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<{ title: string; rows: string[] } | null>(null);
  const [result, setResult] = useState<{ imported: number; replaced: number } | null>(null);
  const [busy, setBusy] = useState(false);

  // Each new set of errors moves the focus to the summary once it is on the page.
  useEffect(() => {
    if (errors) summary.current?.focus();
  }, [errors]);
  const fail = (title: string, rows: string[] = []) => setErrors({ title, rows });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    setErrors(null);
    if (!file) return fail(t('postcodes.chooseFile'));
    setBusy(true);
    try {
      const answer = await apiRequest<{ imported: number; replaced: number }>('POST', '/api/v1/postcode-areas', await file.arrayBuffer(), { contentType: 'text/csv' });
      setResult(answer);
      await queryClient.invalidateQueries();
    } catch (error) {
      if (isProblem(error, 'unsupported_media_type')) fail(t('postcodes.notUtf8'));
      else if (isProblem(error, 'validation_failed') || isProblem(error, 'payload_too_large'))
        fail(t('postcodes.nothingImported', { count: error.invalidParams.length }), error.invalidParams.slice(0, MAX_SHOWN).map((p) => describe(p.name, t)));
      else fail(t('postcodes.failed'));
    } finally {
      setBusy(false);
    }
  };

  const items: SummaryItem[] = errors ? [{ fieldId: FIELD_ID, label: t('postcodes.file'), message: errors.title }] : [];
  return (
    <section className="wijkwijs-section" aria-labelledby="postcode-import">
      <Heading2 id="postcode-import">{t('postcodes.title')}</Heading2>
      <Paragraph>{t('postcodes.intro')}</Paragraph>
      {result && <StatusMessage>{t('postcodes.imported', { count: result.imported, replaced: result.replaced })}</StatusMessage>}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary ref={summary} items={items} formError={null} />
        {errors && errors.rows.length > 0 && (
          <ul aria-label={t('postcodes.problems')} className="wijkwijs-problem-list">
            {errors.rows.map((row) => (
              <li key={row}>{row}</li>
            ))}
          </ul>
        )}
        <FormField invalid={Boolean(errors)}>
          <FormLabel htmlFor={FIELD_ID}>{t('postcodes.file')}</FormLabel>
          <FormFieldDescription id={`${FIELD_ID}-hint`}>{t('postcodes.hint')}</FormFieldDescription>
          <input
            id={FIELD_ID}
            type="file"
            accept=".csv,text/csv"
            aria-describedby={`${FIELD_ID}-hint`}
            aria-invalid={errors ? true : undefined}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </FormField>
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {t('postcodes.submit')}
        </Button>
      </form>
    </section>
  );
}
