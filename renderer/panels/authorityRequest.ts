import type { Authority } from '../../app/model/types';

/** What is known of an authority to add when its form opens: a key already cited, or a title typed after `@`. */
export interface AuthorityProposal {
  key?: string;
  title?: string;
}

type Host = (proposal: AuthorityProposal) => Promise<Authority | undefined>;
let host: Host | undefined;

/**
 * Opens the "Add authority" form over whatever is on screen (the body editor, the gap report), and resolves with
 * the authority added, or undefined when the user cancelled. The window's shell hosts the form.
 */
export function requestAuthority(proposal: AuthorityProposal): Promise<Authority | undefined> {
  return host ? host(proposal) : Promise.resolve(undefined);
}

/** Makes `next` the host of the form; returns the function that stops it being one. */
export function hostAuthorityRequests(next: Host): () => void {
  host = next;
  return () => {
    if (host === next) host = undefined;
  };
}
