// The answer and brief structures of snippets/markdown.json, offered by the server as completions on an
// empty line at the start of a document (VS Code also shows them through the snippet contribution).
import snippets from '../../../../snippets/markdown.json';

export interface Snippet {
  name: string;
  prefix: string;
  description: string;
  body: string;
}

export const SNIPPETS: Snippet[] = Object.entries(snippets as Record<string, { prefix: string; description: string; body: string[] }>).map(([name, s]) => ({
  name,
  prefix: s.prefix,
  description: s.description,
  body: s.body.join('\n'),
}));
