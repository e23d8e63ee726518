/**
 * Trims the NL Design System stylesheet of the production build to what the app can use.
 *
 * `@utrecht/component-library-css` styles every Utrecht component (~400 kB) and the Voorbeeld
 * theme defines ~2,800 design tokens (~200 kB); the app uses about 40 components and 1,000 tokens.
 * The stylesheet is render-blocking, so on a phone every kilobyte delays the first paint, and every
 * token is a custom property that each element inherits. Two conservative cuts:
 *
 * 1. A rule's selector is dropped when it names a Utrecht component (`.utrecht-<block>…`) whose
 *    name appears nowhere in the app's scripts or HTML, not even as the start of a class the code
 *    builds (`utrecht-heading-${level}` keeps every `utrecht-heading-…`). A rule with no selector
 *    left goes.
 * 2. A custom property declaration (`--x: …`) is dropped when nothing reads it: no `var(--x)` in a
 *    remaining rule (directly, or through another custom property that is read), and no mention
 *    of `--x` in the scripts or HTML (theme.ts sets tokens by name).
 *
 * Everything else (at-rules, keyframes, the app's own rules) is kept as written.
 */

interface StyleRule {
  kind: 'rule';
  prelude: string;
  body: string;
}
interface GroupRule {
  kind: 'group';
  prelude: string;
  children: CssNode[];
}
interface RawNode {
  kind: 'raw';
  text: string;
}
type CssNode = StyleRule | GroupRule | RawNode;

/** At-rules whose block holds rules (the others, like @keyframes and @font-face, are kept whole). */
const GROUPING = /^@(media|supports|container|layer|scope|document)\b/i;

/** Index just past the string or comment starting at `i`, or `i` when there is none. */
function skipQuoted(css: string, i: number): number {
  const ch = css[i];
  if (ch === '"' || ch === "'") {
    let j = i + 1;
    while (j < css.length && css[j] !== ch) j += css[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  if (ch === '/' && css[i + 1] === '*') {
    const end = css.indexOf('*/', i + 2);
    return end < 0 ? css.length : end + 2;
  }
  return i;
}

/** Splits `text` at `separator` where it is outside strings, comments, parentheses and brackets. */
export function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; ) {
    const skipped = skipQuoted(text, i);
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    const ch = text[i]!;
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
    i++;
  }
  parts.push(text.slice(start));
  return parts;
}

export function parseCss(css: string): CssNode[] {
  const nodes: CssNode[] = [];
  let i = 0;
  while (i < css.length) {
    const start = i;
    let depth = 0;
    // The prelude: up to a `{` or a `;` (a statement at-rule such as @import) at depth 0.
    while (i < css.length) {
      const skipped = skipQuoted(css, i);
      if (skipped !== i) {
        i = skipped;
        continue;
      }
      const ch = css[i]!;
      if (ch === '(' || ch === '[') depth++;
      else if (ch === ')' || ch === ']') depth--;
      else if (depth === 0 && (ch === '{' || ch === ';')) break;
      i++;
    }
    if (i >= css.length || css[i] === ';') {
      const text = css.slice(start, Math.min(i + 1, css.length));
      if (text.trim()) nodes.push({ kind: 'raw', text });
      i++;
      continue;
    }
    const prelude = css.slice(start, i);
    const open = i;
    let braces = 0;
    while (i < css.length) {
      const skipped = skipQuoted(css, i);
      if (skipped !== i) {
        i = skipped;
        continue;
      }
      if (css[i] === '{') braces++;
      else if (css[i] === '}' && --braces === 0) break;
      i++;
    }
    const inner = css.slice(open + 1, i);
    i++;
    const trimmed = prelude.trim();
    if (trimmed.startsWith('@')) {
      if (GROUPING.test(trimmed)) nodes.push({ kind: 'group', prelude, children: parseCss(inner) });
      else nodes.push({ kind: 'raw', text: `${prelude}{${inner}}` });
    } else nodes.push({ kind: 'rule', prelude, body: inner });
  }
  return nodes;
}

export function serializeCss(nodes: CssNode[]): string {
  return nodes
    .map((node) => (node.kind === 'raw' ? node.text : node.kind === 'rule' ? `${node.prelude}{${node.body}}` : `${node.prelude}{${serializeCss(node.children)}}`))
    .join('');
}

const UTRECHT_CLASS = /\.(utrecht-[\w-]+)/g;
const CUSTOM_PROPERTY = /--[\w-]+/g;

/** `utrecht-button--primary` → `utrecht-button`; `utrecht-form-field__label` → `utrecht-form-field`. */
const blockOf = (className: string) => className.split(/__|--/)[0]!;

export interface PruneResult {
  css: string;
  removedSelectors: number;
  removedCustomProperties: number;
}

/** Prunes `css` against `usage`: the text of every script and HTML file of the build. */
export function pruneCss(css: string, usage: string): PruneResult {
  // Class names the code builds at run time: `utrecht-heading-${n}` or "utrecht-x-" + y.
  const dynamicPrefixes = [...usage.matchAll(/(utrecht-[\w-]*?)(?:\$\{|["'`]\s*\+)/g)].map((m) => m[1]!).filter((p) => p.length > 'utrecht-'.length);
  const blockUsed = new Map<string, boolean>();
  const classUsed = (className: string) => {
    const block = blockOf(className);
    let used = blockUsed.get(block);
    if (used === undefined) {
      used = usage.includes(block) || dynamicPrefixes.some((prefix) => className.startsWith(prefix));
      blockUsed.set(block, used);
    }
    return used;
  };

  let removedSelectors = 0;
  const pruneRules = (nodes: CssNode[]): CssNode[] =>
    nodes.flatMap((node): CssNode[] => {
      if (node.kind === 'group') {
        const children = pruneRules(node.children);
        return children.length ? [{ ...node, children }] : [];
      }
      if (node.kind !== 'rule') return [node];
      const selectors = splitTopLevel(node.prelude, ',');
      const kept = selectors.filter((selector) => [...selector.matchAll(UTRECHT_CLASS)].every((m) => classUsed(m[1]!)));
      removedSelectors += selectors.length - kept.length;
      return kept.length ? [{ ...node, prelude: kept.join(',') }] : [];
    });
  const rules = pruneRules(parseCss(css));

  // Custom properties: which are read, directly or through others.
  const definitions = new Map<string, string[]>();
  const used = new Set<string>();
  const queue: string[] = [];
  const markUsed = (name: string) => {
    if (used.has(name)) return;
    used.add(name);
    queue.push(name);
  };
  for (const m of usage.matchAll(CUSTOM_PROPERTY)) markUsed(m[0]);
  const visit = (nodes: CssNode[]) => {
    for (const node of nodes) {
      if (node.kind === 'group') visit(node.children);
      else if (node.kind === 'raw') for (const m of node.text.matchAll(CUSTOM_PROPERTY)) markUsed(m[0]);
      else
        for (const declaration of splitTopLevel(node.body, ';')) {
          const colon = declaration.indexOf(':');
          const name = declaration.slice(0, colon).trim();
          const refs = [...declaration.slice(colon + 1).matchAll(CUSTOM_PROPERTY)].map((m) => m[0]);
          if (name.startsWith('--')) definitions.set(name, [...(definitions.get(name) ?? []), ...refs]);
          else refs.forEach(markUsed);
        }
    }
  };
  visit(rules);
  while (queue.length) for (const ref of definitions.get(queue.pop()!) ?? []) markUsed(ref);

  let removedCustomProperties = 0;
  const pruneDeclarations = (nodes: CssNode[]): CssNode[] =>
    nodes.flatMap((node): CssNode[] => {
      if (node.kind === 'group') {
        const children = pruneDeclarations(node.children);
        return children.length ? [{ ...node, children }] : [];
      }
      if (node.kind !== 'rule') return [node];
      const declarations = splitTopLevel(node.body, ';');
      const kept = declarations.filter((declaration) => {
        const name = declaration.slice(0, declaration.indexOf(':')).trim();
        const unused = name.startsWith('--') && !used.has(name);
        if (unused) removedCustomProperties++;
        return !unused;
      });
      if (!kept.some((d) => d.trim())) return declarations.some((d) => d.trim()) ? [] : [node];
      return [{ ...node, body: kept.join(';') }];
    });
  return { css: serializeCss(pruneDeclarations(rules)), removedSelectors, removedCustomProperties };
}
