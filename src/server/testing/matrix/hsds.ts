import { ok, signInAt } from '../api-fixtures';
import { adminOnly, type MatrixRules } from '../authorization-kit';

/** Rows of the HSDS import and export (features/hsds): administrators only. */
const api = (path: string) => `/api/v1${path}`;
const aFile = () => ({
  method: 'POST',
  url: api('/directory-import-files?name=service.json'),
  payload: JSON.stringify({ id: '6b3f1a52-6a3c-4c55-9a1e-2f1c1b1e4d01', name: 'Matrixdienst', status: 'active' }),
  headers: { 'content-type': 'application/json' },
});

export const matrixRules: MatrixRules = (env) => {
  let uploadOfA: string | null = null;
  let importOfA: string | null = null;
  /** A file uploaded by A's administrator: only that user may import it (another municipality's administrator gets a 400 naming the id). */
  const anUploadOfA = async () => {
    if (uploadOfA) return uploadOfA;
    const t = env.t();
    uploadOfA = (await ok<{ id: string }>(t, { ...aFile(), cookie: await signInAt(t, 'admin@voorbeeld.nl') })).id;
    return uploadOfA;
  };
  const previewBody = async () => ({ mode: 'preview', fileIds: [await anUploadOfA()] });
  const anImportOfA = async () => {
    if (importOfA) return importOfA;
    const t = env.t();
    const admin = await signInAt(t, 'admin@voorbeeld.nl');
    importOfA = (await ok<{ id: string }>(t, { method: 'POST', url: api('/directory-imports'), cookie: admin, body: await previewBody() })).id;
    return importOfA;
  };
  return {
    uploadDirectoryImportFile: { expect: adminOnly(201, 201), call: async () => aFile() },
    startDirectoryImport: { expect: adminOnly(202, 400), call: async () => ({ method: 'POST', url: api('/directory-imports'), body: await previewBody() }) },
    getDirectoryImport: { expect: adminOnly(200, 404), call: async () => ({ method: 'GET', url: api(`/directory-imports/${await anImportOfA()}`) }) },
    exportDirectory: { expect: adminOnly(200, 200), call: async () => ({ method: 'GET', url: api('/directory-exports') }) },
  };
};
