/** The reader's name, as they last gave it: who checked a citation by hand, or whose changes a redline marks. */
const NAME_KEY = 'casewright.checkedBy';

export function storedName(): string {
  try {
    return localStorage.getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
}

export function saveName(name: string): void {
  try {
    localStorage.setItem(NAME_KEY, name);
  } catch {
    // Without storage the name is asked for again in the next window.
  }
}
