import { describe, expect, it } from 'vitest';
import { parseCss, pruneCss, serializeCss, splitTopLevel } from './prune-css';

describe('prune-css', () => {
  it('parses and writes back minified CSS unchanged, at-rules and strings included', () => {
    const css = '.a{color:red}@media (min-width:40em){.b,.c:is(.d,.e){margin:0}}@keyframes k{0%{opacity:0}to{opacity:1}}.f::before{content:"}{;"}';
    expect(serializeCss(parseCss(css))).toBe(css);
    expect(splitTopLevel('.a,:is(.b,.c),[x=","]', ',')).toEqual(['.a', ':is(.b,.c)', '[x=","]']);
  });

  it('drops rules of Utrecht components the code never names, and keeps the ones it does', () => {
    const css = '.utrecht-button{color:red}.utrecht-accordion{color:blue}.utrecht-accordion,.utrecht-button--primary{margin:0}@media print{.utrecht-accordion__section{color:red}}.wijkwijs-x{color:green}';
    const { css: pruned, removedSelectors } = pruneCss(css, 'clsx("utrecht-button")');
    expect(pruned).toBe('.utrecht-button{color:red}.utrecht-button--primary{margin:0}.wijkwijs-x{color:green}');
    expect(removedSelectors).toBe(3);
  });

  it('keeps classes the code builds at run time from a prefix', () => {
    const css = '.utrecht-heading-1{font-size:2em}.utrecht-heading-2{font-size:1.5em}.utrecht-table{margin:0}';
    expect(pruneCss(css, 'const c = `utrecht-heading-${level}`;').css).toBe('.utrecht-heading-1{font-size:2em}.utrecht-heading-2{font-size:1.5em}');
    expect(pruneCss(css, 'const c = "utrecht-heading-" + level;').css).toBe('.utrecht-heading-1{font-size:2em}.utrecht-heading-2{font-size:1.5em}');
  });

  it('drops custom properties nothing reads, following var() through other custom properties', () => {
    const css = '.theme{--used:var(--base);--base:#000;--unused:var(--only-for-unused);--only-for-unused:1px;--set-by-script:red}.a{color:var(--used)}';
    const { css: pruned, removedCustomProperties } = pruneCss(css, 'style.setProperty("--set-by-script", x)');
    expect(pruned).toBe('.theme{--used:var(--base);--base:#000;--set-by-script:red}.a{color:var(--used)}');
    expect(removedCustomProperties).toBe(2);
  });

  it('keeps custom properties read by the rules of a kept component only', () => {
    const css = '.t{--utrecht-button-color:red;--utrecht-accordion-color:blue}.utrecht-button{color:var(--utrecht-button-color)}.utrecht-accordion{color:var(--utrecht-accordion-color)}';
    expect(pruneCss(css, '"utrecht-button"').css).toBe('.t{--utrecht-button-color:red}.utrecht-button{color:var(--utrecht-button-color)}');
  });
});
