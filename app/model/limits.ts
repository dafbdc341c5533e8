/** The longest node title the service accepts, in UTF-16 code units (a title is one proposition, not a text). */
export const TITLE_MAX_LENGTH = 2000;
