/**
 * What the published site shows, as data (assembled by the build's site step, written by `site-pages.ts`).
 * Every path is relative to the site root (`out/public/`).
 * @module
 */
import type { ClauseHistory } from '../../model/delta.js';
import type { PublishLayout } from '../layout/publish-layout.js';

/** A link to a file, when it exists. */
export interface FileLinks {
  /** Word file. */
  docx?: string;
  /** PDF (only when the build makes PDFs). */
  pdf?: string;
  /** Markdown. */
  md?: string;
  /** JSON. */
  json?: string;
}

/** A version on the site. */
export interface SiteVersion {
  /** `TMAD 8.1`. */
  label: string;
  /** Version, date, status. */
  version: string;
  /** Date. */
  date: string;
  /** Status. */
  status: string;
  /** Page with its clean text. */
  page: string;
  /** Its clean copy laid out. */
  layout: PublishLayout;
  /** Its files. */
  files: FileLinks;
}

/** A delta on the site. */
export interface SiteDelta {
  /** `TMAD 8.1 – changes since TMAD 8.0`. */
  label: string;
  /** The HTML redline (with its views). */
  page: string;
  /** Counts line. */
  stats: string;
  /** Its files. */
  files: FileLinks;
}

/** A consultation's part in a clause's life. */
export interface ClauseConsultation {
  /** Consultation id. */
  id: string;
  /** Title. */
  title: string;
  /** Its page. */
  page: string;
  /** Its questions. */
  questions: Array<{ id: string; text: string; dccResponse: string[] }>;
  /** Respondents' comments on this clause, from the public report only. */
  comments: Array<{ who: string; comment: string }>;
  /** Whether a public report exists (otherwise no comments are shown). */
  reported: boolean;
}

/** A check of a clause in the latest trace. */
export interface SiteCheck {
  /** The check's name. */
  name: string;
  /** Where it is declared, `file:line`. */
  where: string;
  /** Its state. */
  state: string;
  /** Why, one line. */
  detail: string;
}

/** A clause page. */
export interface SiteClause {
  /** Address, `TMAD 4.24`. */
  address: string;
  /** Id in the latest version. */
  id: string;
  /** Nearest heading. */
  heading: string;
  /** Page path. */
  page: string;
  /** Its life across the chain. */
  history: ClauseHistory;
  /** Consultations that changed it. */
  consultations: ClauseConsultation[];
  /** Conformance status in the latest trace, with its checks; `null` when the trace does not cover this version. */
  conformance: { version: string; status: string; checks: SiteCheck[] } | null;
  /** Link to the clause in the latest version's page. */
  inVersion: string;
}

/** A consultation page. */
export interface SiteConsultation {
  /** Id. */
  id: string;
  /** Title. */
  title: string;
  /** Issued, closes. */
  issued: string;
  /** Closing date and time. */
  closes: string;
  /** Page path. */
  page: string;
  /** Base and proposed versions, as labels. */
  versions: { base: string; proposed: string };
  /** Questions. */
  questions: Array<{ id: string; text: string }>;
  /** Drafting table. */
  drafting: Array<{ clauses: string[]; description: string }>;
  /** The response template. */
  template?: string;
  /** The public report, when written. */
  report: FileLinks | null;
  /** Why there is no report, when there is none. */
  noReport?: string;
}

/** The whole site. */
export interface SiteModel {
  /** Site title, e.g. `SMETS1 Transition and Migration Approach Document`. */
  title: string;
  /** Versions, oldest first. */
  versions: SiteVersion[];
  /** Deltas, oldest first. */
  deltas: SiteDelta[];
  /** Clauses of the latest version, in document order. */
  clauses: SiteClause[];
  /** Consultations. */
  consultations: SiteConsultation[];
  /** The conformance matrix page, when built. */
  matrix: string | null;
  /** Classification shown on every page. */
  classification: string;
}
