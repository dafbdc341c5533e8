/** What the user gives to share a case or open a shared one, as the dialogs and the service API check it. */
export interface SharedCaseFields {
  url: string;
  name: string;
  token: string;
}

const CASE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** Whether a case's name on a server is acceptable: letters, digits, dots, dashes and underscores, up to 100. */
export function isSharedCaseName(name: string): boolean {
  return CASE_NAME.test(name);
}

/** Whether a team server's address is a WebSocket address (ws:// or wss://). */
export function isTeamServerAddress(url: string): boolean {
  return url.length <= 2000 && URL.canParse(url) && /^wss?:$/.test(new URL(url).protocol);
}

export const ADDRESS_PROBLEM =
  'The server address must start with ws:// or wss:// (for example ws://192.168.1.20:1234).';
export const NAME_PROBLEM =
  'The name on the server is letters, digits, dots, dashes and underscores (up to 100), starting with a letter or digit.';
export const TOKEN_PROBLEM = 'Paste the token that “casewright serve --add-member” printed for you.';

/** The first problem of what the user typed, by field, or none. */
export function sharedCaseProblems(fields: SharedCaseFields): Partial<Record<keyof SharedCaseFields, string>> {
  const problems: Partial<Record<keyof SharedCaseFields, string>> = {};
  if (!isTeamServerAddress(fields.url.trim())) problems.url = ADDRESS_PROBLEM;
  if (!isSharedCaseName(fields.name.trim())) problems.name = NAME_PROBLEM;
  if (fields.token.trim() === '' || fields.token.trim().length > 200) problems.token = TOKEN_PROBLEM;
  return problems;
}
