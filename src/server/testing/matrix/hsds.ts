import { ok, signInAt } from '../api-fixtures';
import { adminOnly, type MatrixRules } from '../authorization-kit';

/** Rows of the HSDS import and export (features/hsds): administrators only. */
const api = (path: string) => `/api/v1${path}`;
const previewBody = () => ({
  mode: 'preview',
  files: [{ name: 'service.json', data: Buffer.from(JSON.stringify({ id: '6b3f1a52-6a3c-4c55-9a1e-2f1c1b1e4d01', name: 'Matrixdienst', status: 'active' })).toString('base64') }],
});

export const matrixRules: MatrixRules = (env) => {
  let importOfA: string | null = null;
  const anImportOfA = async () => {
    if (importOfA) return importOfA;
    const t = env.t();
    const admin = await signInAt(t, 'admin@voorbeeld.nl');
    importOfA = (await ok<{ id: string }>(t, { method: 'POST', url: api('/directory-imports'), cookie: admin, body: previewBody() })).id;
    return importOfA;
  };
  return {
    startDirectoryImport: { expect: adminOnly(202, 202), call: async () => ({ method: 'POST', url: api('/directory-imports'), body: previewBody() }) },
    getDirectoryImport: { expect: adminOnly(200, 404), call: async () => ({ method: 'GET', url: api(`/directory-imports/${await anImportOfA()}`) }) },
    exportDirectory: { expect: adminOnly(200, 200), call: async () => ({ method: 'GET', url: api('/directory-exports') }) },
  };
};
