import { readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import * as z from 'zod';
import { writeJsonFile } from '../app/files/writeJsonFile';

/** How many cases File → Open Recent lists. */
export const RECENT_LIMIT = 10;

const recentSchema = z.object({ cases: z.array(z.string().min(1).max(4096)).max(100) });

/** The cases opened most recently, newest first, as JSON in the data folder (the menu's list on every platform). */
export class RecentCases {
  private cases: string[];

  constructor(private readonly file: string) {
    this.cases = RecentCases.read(file);
  }

  private static read(file: string): string[] {
    try {
      const parsed = recentSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      return parsed.success ? parsed.data.cases.filter((path) => isAbsolute(path)).slice(0, RECENT_LIMIT) : [];
    } catch {
      return [];
    }
  }

  /** The list, newest first. */
  list(): readonly string[] {
    return this.cases;
  }

  /** Puts a case at the top of the list. */
  add(path: string): void {
    this.write([path, ...this.cases.filter((known) => known !== path)].slice(0, RECENT_LIMIT));
  }

  /** Takes a case off the list (it was moved or deleted). */
  remove(path: string): void {
    this.write(this.cases.filter((known) => known !== path));
  }

  /** Empties the list. */
  clear(): void {
    this.write([]);
  }

  private write(cases: string[]): void {
    this.cases = cases;
    writeJsonFile(this.file, { cases });
  }
}
