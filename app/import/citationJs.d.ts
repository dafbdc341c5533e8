declare module '@citation-js/core' {
  /** The plugin registry of citation-js; `input.chain` parses an input through the registered formats. */
  export const plugins: {
    input: {
      chain(
        input: unknown,
        options: { forceType?: string; target?: string; generateGraph?: boolean; maxChainLength?: number },
      ): unknown;
    };
  };
}

declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
