/**
 * No interface text written into the components: every word a reader sees comes from the message
 * tables (assets/public/_locales), so that every language has it. Reads each .tsx file of src with
 * TypeScript's parser and fails on JSX text with letters, on string attributes readers see
 * (aria-label, title, placeholder, alt), and on words in strings or templates that JSX renders.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Text that is not language: a URL pattern shown as an example of what to type. */
const ALLOWED = new Set(['www.example.com']);
const SEEN_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription']);
const WORDS = /\p{L}{2,}/u;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? tsxFiles(join(dir, entry.name)) : entry.name.endsWith('.tsx') ? [join(dir, entry.name)] : [],
  );
}

/**
 * Whether a string reaches the page as text: it is a JSX child expression itself, or a branch of a
 * conditional, the right side of && / || / ??, or part of a template that is. A string compared,
 * passed to a call or used as a class name is not.
 */
function isRendered(literal: ts.Node): boolean {
  let node: ts.Node = ts.isTemplateHead(literal) || ts.isTemplateMiddle(literal) || ts.isTemplateTail(literal) ? literal.parent : literal;
  if (ts.isTemplateSpan(node)) node = node.parent;
  for (;;) {
    const parent = node.parent;
    if (ts.isJsxExpression(parent)) return !ts.isJsxAttribute(parent.parent);
    if (ts.isParenthesizedExpression(parent)) node = parent;
    else if (ts.isConditionalExpression(parent) && parent.condition !== node) node = parent;
    else if (ts.isBinaryExpression(parent) && parent.right === node && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(parent.operatorToken.kind)) node = parent;
    else if (ts.isTemplateSpan(parent)) node = parent.parent;
    else return false;
  }
}

/** Places in a component's source where interface text is written in. */
export function hardCodedText(path: string, source: string): string[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) => `${path}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && WORDS.test(node.text) && !ALLOWED.has(node.text.trim())) found.push(`${where(node)} text "${node.text.trim()}"`);
    if (ts.isJsxAttribute(node) && SEEN_ATTRIBUTES.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer) && WORDS.test(node.initializer.text) && !ALLOWED.has(node.initializer.text))
      found.push(`${where(node)} ${node.name.getText()}="${node.initializer.text}"`);
    // Words in a string or template that a JSX expression renders ({`${n} leaders`}, {a ? 'none' : b}).
    if ((ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) || ts.isStringLiteral(node)) && /\p{L}{3,}/u.test(node.text) && isRendered(node))
      found.push(`${where(node)} string "${node.text}"`);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('interface text', () => {
  it('comes from the message tables, in every component', () => {
    const found = tsxFiles('src').flatMap((path) => hardCodedText(path, readFileSync(path, 'utf8')));
    expect(found).toEqual([]);
  });

  it('is found where a component writes it in (the check can fail)', () => {
    const component = `export const A = ({ n }) => (
      <p aria-label="Close the panel">
        Actions: {n > 1 ? \`\${n} leaders or bodies\` : 'one leader'}
        <input placeholder="www.example.com" class={\`a \${n}\`} />
      </p>
    );`;
    expect(hardCodedText('a.tsx', component)).toEqual([
      'a.tsx:2 aria-label="Close the panel"',
      'a.tsx:3 text "Actions:"',
      'a.tsx:3 string " leaders or bodies"',
      'a.tsx:3 string "one leader"',
    ]);
  });
});
