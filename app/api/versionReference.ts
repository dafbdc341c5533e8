import * as z from 'zod';

/** A version's name: one line of up to 200 characters. */
export const versionName = z
  .string()
  .trim()
  .min(1, 'a version needs a name')
  .max(200)
  .refine(
    (name) => [...name].every((character) => character.charCodeAt(0) >= 0x20),
    'a version name cannot contain control characters',
  );

/** A version by its id, or by its name (the newest of that name). */
export const versionReference = z.union([z.number().int().positive(), versionName]);
