// The peer textlint rules ship no type declarations.
declare module 'textlint-rule-unexpanded-acronym';
declare module 'textlint-rule-date-weekday-mismatch';
