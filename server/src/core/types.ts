// Plain data shared by every part of the engine. Nothing here knows about LSP, VS Code or the file system.

/** Severity as the engine sees it; the LSP layer maps it to protocol numbers in one place. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';
/** A rule's configured level: a severity, or off. */
export type RuleLevel = Severity | 'off';

/** Rule codes: the diagnostic `code`, the settings key (`dossier.rules.<code>`) and the CLI rule id. */
export const RULE_CODES = [
  'acronym-undefined',
  'acronym-mismatch',
  'claim-unsourced',
  'date-conflict',
  'date-weekday',
  'date-invalid',
  'citation-unknown',
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

/** A replacement in the draft, in UTF-16 offsets of the draft text. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix a writer most likely wants (LSP `isPreferred`). */
  preferred?: boolean;
}

/** A passage of a corpus document that a finding or hover rests on. */
export interface Evidence {
  docKey: string;
  /** URI (or path) of the corpus document, as the host gave it. */
  uri: string;
  title: string;
  /** 0-based line and UTF-16 offsets of the passage inside the corpus document. */
  line: number;
  start: number;
  end: number;
  /** The passage itself (one sentence or line, trimmed for display). */
  text: string;
}

export interface Finding {
  code: RuleCode;
  severity: Severity;
  /** UTF-16 offsets into the draft text. */
  start: number;
  end: number;
  message: string;
  evidence: Evidence[];
  fixes: Fix[];
}

/** A document as the host hands it to the engine. */
export interface SourceText {
  /** Stable identifier: a file URI or path. */
  uri: string;
  /** File name without directory (used for the citation key when front matter has no id). */
  name: string;
  text: string;
  /** True for the corpus bundled with Dossier. */
  bundled?: boolean;
}

/** Cooperative cancellation: analyses poll it between units of work. */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}
export const NEVER_CANCELLED: Cancellation = { isCancellationRequested: false };
