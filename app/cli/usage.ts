/** The help text of each command. */
export const USAGE: Record<string, string> = {
  main: `Casewright: build legal arguments as trees of claims, rules and evidence.

Usage: casewright <command> [options]

Commands:
  templates [--json]                       list templates (id, title)
  new <file> [--template <id>] [--applicant X --respondent Y --side S] [--title T]
                                           create a case file
  show <file> [--json] [--why]             the outline with statuses (--why: and the reason for each)
  search <file> <query> [--json]           full-text search over titles and bodies
  check <file> [--json]                    the gap report; exit 1 when it has errors
  export <file> --format json|argdown|aif --out <path>
                                           export the case
  export <file> --format docx|pdf|html|md [--layout memo|memorial|outline|cards] [--side S] --out <path>
                                           export a memo, memorial, oral-argument outline or bench cards
                                           (--from <version> [--to <version>]: as a redline)
  export <file> --format svg|png [--node <id>] --out <path>
                                           export the argument map (or one subtree) as an image
  import <file> --format json|argdown|aif|csl|bibtex|ris|md|docx <input>
                                           add a file's nodes or sources to the case
  backup <file> [--list]                   back up a case (or list its backups)
  restore <file> [--from <backup>]         restore a case from its newest (or a named) backup
  version save|list|restore|delete <file> [<name>] [--json]
                                           named versions kept inside the case file
  diff <file> [--from <version>] [--to <version> | --with <other>] [--json]
                                           what changed: nodes added, removed, moved, edited
  source attach <file> <authority-key> <path>
  source list|detach <file> [<authority-key>] [--json]
                                           the sources (PDF, HTML, DOCX, text) of the authorities
  citecheck <file> [--draft <memo>] [--report <out.docx|pdf|html>] [--json]
                                           every citation held against its source; exit 1 on errors
  oral <file> [--json]                     the oral plan: speakers, their time, the points they argue
  questions <file> [--json]                the bench questions, their state and prepared answers
  practice-log <file> [--out <path>]       every practice run as CSV: planned against actual time per point
  template save <file> --id <id> --title <title> [--node <id>] [--description D]
  template delete <id>                     save or delete a template of your own
  serve --data <folder> [--port N] [--cert C --key K] [--redis host:port]
  serve --data <folder> --add-member <name> | --remove-member <name> | --share <case> --with <name>
                                           a team server for shared cases, and its members

Options: --help on any command; --debug shows the stack trace of an error.
Case files: any path ending in .casewright. Backups and your templates live in the data folder
(CASEWRIGHT_HOME, or the platform's application data folder).`,
  templates: `Usage: casewright templates [--json]

Lists the built-in templates and your own. --json prints {"templates": [{"id", "title", "description"}]}.`,
  new: `Usage: casewright new <file> [--template <id>] [--applicant X] [--respondent Y] [--side applicant|respondent|both] [--title T]

Creates a case file (refusing to overwrite one). Without --template the case is empty; with it,
the template's {{applicant}} and {{respondent}} are filled from the options.`,
  show: `Usage: casewright show <file> [--json] [--why]

Prints the case's outline with each node's id, kind and status. --why adds, below each node, why
it has its status ("Contested: its evidence “…” is contested."). --json prints the case in the
casewright/1 format with an "id" and a "status" on every node.`,
  search: `Usage: casewright search <file> <query> [--json] [--limit N]

Searches titles and bodies; every word must match, the last as a prefix. --json prints
{"results": [{"nodeId", "kind", "title", "snippet"}]}, best match first.`,
  check: `Usage: casewright check <file> [--json]

Prints the gap report grouped by severity. Exits 1 when it has at least one error. --json prints
{"findings": [{"rule", "severity", "nodeId", "message", "hint"}], "statuses": {"<nodeId>": "<status>"}}.`,
  export: `Usage: casewright export <file> --format json|argdown|aif [--out <path>]

Exports the case. Formats: json (casewright/1, lossless); argdown (statements with + and - relations,
kinds and fields as {data}); aif (AIF JSON as AIFdb and OVA read it: titles, supports and attacks only).
Without --out the document goes to stdout.

Documents: casewright export <file> --format docx|pdf|html|md [--layout memo|memorial|outline|cards]
           [--side applicant|respondent] [--notes] [--minutes N] [--word-limits part=N,…] [--csl <style.csl>]
           [--map-annex]
           --out <path>
  --layout       memo (default), memorial (cover, contents, index of authorities, jurisdiction, questions,
                 facts, summary, pleadings, prayer for relief), outline (oral argument, timed by issue) or
                 cards (a card per bench question the side must answer: the node it tests, the prepared
                 answer and its authorities; a page each in DOCX, several to a page in PDF)
  --side         whose document it is (default: the case's side; the applicant for a case of both sides)
  --notes        include drafting notes
  --map-annex    end the memorial with an annex of the argument map, one figure per issue
  --minutes      the oral argument's length for the outline (default 15)
  --word-limits  limits per part, e.g. pleadings=10000,facts=1500 (default: the case settings' limits);
                 going over is warned on stderr first
  --csl          a CSL style file (as Zotero uses) for the footnotes and the index of authorities,
                 instead of the case's OSCOLA or Bluebook
  --from, --to   a redline: the changes since version --from (up to version --to, else now), as Word
                 tracked changes (docx) or marked in colour (pdf, html)
  --author       who the redline's tracked changes are by (default: Casewright)
--out is required for docx and pdf; html and md go to stdout without it. PDF needs Chromium
(/usr/bin/chromium, or the path in CASEWRIGHT_CHROMIUM).

The argument map: casewright export <file> --format svg|png [--node <id>] [--out <path>]
  svg            the map with real, selectable text and its legend (to stdout without --out)
  png            the same drawn at twice the screen's resolution, for slides (needs --out and Chromium)
  --node         only the subtree under this node (its id, as show --json gives it)`,
  import: `Usage: casewright import <file> --format <format> <input>

Adds what the input holds to the case, in one step (undo removes it as one step):
  json      a casewright/1 document: nodes as new top-level nodes, authorities merged by key
  argdown   statements and arguments as claims, + relations as supports, - relations as counters
  aif       AIF or xAIF JSON (AIFdb, OVA3, argument-mining tools): I-nodes as claims, nested by their
            RA and CA nodes
  csl       sources from a Zotero CSL-JSON export; bibtex, ris: from a BibTeX or RIS export
            (a source whose key the case already has is kept as it is; a record that cannot be
            read is skipped, and listed with its number, line and reason)
  md, docx  an outline: headings as issues and claims, the text below each as its body; a Word
            document's footnotes and endnotes become citations where they cite an authority of
            the case, else text after the paragraph that refers to them
An input with a problem changes nothing; the message says where (line, or JSON path). A library
of sources is refused only when no record in it can be read.`,
  backup: `Usage: casewright backup <file> [--list]

Backs the case up into the data folder (keeping the newest 10), or lists its backups.`,
  source: `Usage: casewright source attach <file> <authority-key> <path>
       casewright source list <file> [--json]
       casewright source detach <file> <authority-key>

Keeps the text of an authority (a PDF, HTML, DOCX or text file of the judgment, instrument or report)
inside the case file, split into the units pinpoints name: numbered paragraphs ("para 101" is the
paragraph that opens "101."), articles ("art 8(b)"), operative paragraphs and the PDF's pages.
Attaching again replaces the source. --json prints {"sources": [{"key", "fileName", "format", "bytes",
"units": {"paragraph", "article", "page"}, "attachedAt"}]} (list) or the source attached.`,
  citecheck: `Usage: casewright citecheck <file> [--json] [--report <out.docx|out.pdf|out.html>]
       casewright citecheck <file> --draft <memo.docx|memo.md> [--json]

Holds every citation against its authority's source, in reading order: the authority exists, a source
is attached, the pinpoint is in it, and a quotation just before the citation ("…" [@key, para 101])
is found at the pinpoint (spaces, quotation marks and dashes aside). States: verified,
pinpoint-not-in-source, quote-not-in-source, no-source, authority-missing. Exit code 1 when a citation
is in an error state (pinpoint-not-in-source, quote-not-in-source, authority-missing) and nobody has
checked it by hand. --json prints {"citations": [{"nodeId", "key", "pinpoint", "state", "quote",
"reason", "passage", "checkedBy", "checkedOn"}]}.

--draft checks a memo written elsewhere (DOCX, or Markdown with footnotes) without changing the case:
each citation in its notes is matched to an authority of the case and held against its source; those
that match nothing (the likely inventions) are listed, and the exit code is 1 when there are any.
--report writes the Cite Check Report: every citation in document order with its authority, pinpoint,
state, the quoted words and the source's words at the pinpoint, and who checked it when.`,
  oral: `Usage: casewright oral <file> [--json]

The oral-argument plan: each speaker with the minutes their points take against their time, the
rebuttal rounds, and the points (issues, and what a speaker argues) with their speaker and minutes.
--json prints {"speakers": [...], "points": [...], "questions": [...]}.`,
  questions: `Usage: casewright questions <file> [--json]

The bench questions with their state (unanswered, never drawn, weak, practised), difficulty, the side
they threaten and the prepared answer. --json prints {"questions": [...]}.`,
  'practice-log': `Usage: casewright practice-log <file> [--out <path>]

Every practice run recorded in the case, oldest first, as CSV (to stdout, or to --out): a row per
point of each run with the run, its date (UTC), speaker, round (speech, rebuttal, sur-rebuttal) and
self-rating, the point, its planned and actual seconds and the overrun, and the bench questions
asked under it with how many were answered.`,
  version: `Usage: casewright version save <file> <name>
       casewright version list <file> [--json]
       casewright version restore <file> <name>
       casewright version delete <file> <name>

Named versions are kept inside the case file and cost only what changed. "restore" makes the case what
it was at that version (after keeping the case as it is now as an automatic version); a version is
named by its name, or by its number in the list. --json prints {"versions": [{"id", "name",
"createdAt", "automatic", "changedRows"}]} (list) or the version saved, deleted or restored.`,
  diff: `Usage: casewright diff <file> [--from <version>] [--to <version> | --with <other.casewright>] [--json]

Compares two versions of a case as trees: nodes (matched by identity, not by text) added, removed,
moved, retitled, their bodies edited word by word ([-deleted-]{+inserted+}), fields changed, statuses
changed as a result, citations, authorities and the case's details. --from defaults to the newest
version (the case now when --with names another file), --to to the case now. --json prints
{"from", "to", "nodes": [{"id", "change": "added"|"removed"|"changed", "kind", "title", "depth",
"moved"?, "retitled"?, "fields"?, "body"?: {"edits": [{"op", "text"}]}, "citations"?, "status"?}],
"authorities", "caseInfo", "counts"}.`,
  restore: `Usage: casewright restore <file> [--from <backup>]

Replaces the case with its newest backup, or the one named, after backing up its current state.`,
  serve: `Usage: casewright serve --data <folder> [--port N] [--host H] [--cert <cert.pem> --key <key.pem>] [--redis host:port]
       casewright serve --data <folder> --add-member <name>
       casewright serve --data <folder> --remove-member <name>
       casewright serve --data <folder> --share <case> --with <name>

Runs a team server for shared cases (Hocuspocus; the cases are kept in <folder>/documents.sqlite) on
port N (default 1234) of H (default 127.0.0.1; 0.0.0.0 for every interface). --cert and --key: TLS
(wss://). --redis: several servers behind a load balancer share their cases through this Redis server.
--add-member prints the member's token (shown once; only its hash is kept); --remove-member stops it
working at once; --share gives a member a case (by its name on the server).`,
  template: `Usage: casewright template save <file> --id <id> --title <title> [--node <id>] [--description D]
       casewright template delete <id>

Saves a whole case, or one node and everything below it, as a template of your own; or deletes one.`,
};
